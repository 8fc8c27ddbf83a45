"""The fast paths of quote and people extraction agree with their plain definitions."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsetl.extract import speakers as sp
from newsetl.extract.marks import spans
from newsetl.extract.people import build, rows

_PARAS = [
    "Dr Amara Osei, 52, the hospital’s medical director, said the ward would reopen.",
    "Health Secretary Wes Streeting met Mrs Okafor on Friday.",
    "“We are not going anywhere,” she said. “Not now.”",
    "Osei told reporters the plan was ‘deeply flawed’, and Mr Streeting agreed.",
    "The unit’s staff, who asked not to be named, said the girls’ ward was full.",
]


def _snapshot(cast) -> list[tuple]:
    return sorted(
        (e.name, e.kind, e.gender, sorted(e.roles), sorted(e.ages), e.mentions, e.first, e.confident)
        for e in cast.entities.values()
    )


@given(st.permutations(range(len(_PARAS))), st.booleans())
def test_lazy_descriptions_do_not_depend_on_what_is_read_first(order, rows_first):
    paras = [_PARAS[i] for i in order]
    eager = build(None, paras)
    for e in eager.entities.values():
        _ = e.roles  # read every description straight away
    lazy = build(None, paras)
    if rows_first:
        rows(lazy)  # reads confidence only
    for e in lazy.entities.values():
        _ = e.gender  # a gender read may skip descriptions; a later roles read must still see them all
    assert _snapshot(lazy) == _snapshot(eager)
    assert rows(lazy) == rows(eager)


def _plain_cue_re() -> re.Pattern[str]:
    forms = sorted(sp.cues(), key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms) + "|" + "|".join(re.escape(f[0].upper() + f[1:]) for f in forms)
    return re.compile(rf"\b(?:{alt})\b")


_WORDS = sorted(sp.cues()) + ["Said", "saidx", "xsaid", "went", "on", "onward", "to", "tox", "Jones", "the"]


@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.lists(st.sampled_from([" ", ", ", ".", "-", "_"])))
def test_cue_trie_matches_the_plain_alternation(words, seps):
    text = "".join(w + (seps[i % len(seps)] if seps else " ") for i, w in enumerate(words))
    plain = [(m.start(), m.group()) for m in _plain_cue_re().finditer(text)]
    assert [(m.start(), m.group()) for m in sp.cue_re().finditer(text)] == plain


@given(st.text(alphabet="ab1_ .,\n\"'\u2018\u2019\u201c\u201d\u00ab\u00bb", max_size=60))
def test_spans_are_well_formed(text):
    found = spans(text)
    for a, b in zip(found, found[1:]):
        assert a.end < b.start
    for s in found:
        assert 0 < s.start <= s.end <= len(text)


def test_first_sentence_is_the_first_sentence_start():
    text = "Mr. Jones said so. J. Smith agreed! Then U.S. officials left."
    starts = sp.sentence_starts(text)
    assert sp.first_sentence(text) == text[: starts[1]] == "Mr. Jones said so. "
    assert sp.first_sentence("No break here") == "No break here"
