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


# text built from pieces that exercise quote marks, apostrophes, abbreviations and sentence ends
_PIECES = [" ", "  ", "\n", ". ", "! ", "? ", "\u2026 ", *"a s S Jo said girls Mr Mrs U.S J Inc capt prof 12 _".split()]
_PIECES += list(".,:()-\u2014\"'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a")
_WORDISH = ["Mr", "Mrs", "U.S", "J", "Inc", "capt", "Prof", "it", "said", "markets", "2005", "Jo", "Émile"]
_SEPS = [" ", ". ", ".. ", '." ', ".’ ", "! ", "? ", ", ", "… ", ".\n", ' "', " (", "'s "]
_texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.lists(st.tuples(st.sampled_from(_WORDISH), st.sampled_from(_SEPS)), max_size=12).map(
        lambda pairs: "".join(w + s for w, s in pairs)
    ),
)


@given(_texts)
def test_spans_quick_test_agrees_with_full_pairing(text):
    from newsetl.extract.marks import _pair

    assert spans(text) == _pair(text)


def _plain_breaks(text: str) -> list[int]:
    """Sentence starts as first written: the abbreviation regex at every full stop."""
    out = []
    for m in sp._BOUNDARY.finditer(text):
        if text[m.start()] != ".":
            out.append(m.end())
            continue
        word = sp._LAST_WORD.search(text, max(0, m.start() - 12), m.end())
        if word:
            w = word.group(1)
            if w.lower().rstrip(".") in sp._ABBREV or (len(w) == 1 and w.isupper()):
                continue
        out.append(m.end())
    return out


@given(_texts)
def test_sentence_breaks_skip_the_regex_only_after_long_words(text):
    assert list(sp._breaks(text)) == _plain_breaks(text)
    assert sp.sentence_starts(text) == [0, *_plain_breaks(text)]
    assert sp.first_sentence(text) == text[: (_plain_breaks(text) or [len(text)])[0]]


@given(_texts, st.integers(min_value=0, max_value=80))
def test_lazy_tokens_are_the_tokens_of_the_rest(text, pos):
    pos = min(pos, len(text))
    shifted = [(t, s + pos, e + pos) for t, s, e in sp._tokens(text[pos:])]
    assert list(sp._iter_tokens(text, pos)) == shifted


def _classify_reference(words, bare_all, lex, lexes):
    """:func:`people._classify_run` as first written, with any() over generators."""
    from newsetl.extract.people import _CONNECTORS, _name_part, _person_role

    i = 0
    while i < len(words) and lex.get(words[i], ("",))[0] == "stop":
        i += 1
    if i == len(words):
        return "none", [], []
    words, bare = words[i:], bare_all[i:]
    name = _name_part(words, lex)
    if len(name) >= 2 and name[0] in lexes["names"] and not any(lex.get(w, ("",))[0] == "org" for w in name):
        return "person", name, words[: len(words) - len(name)]
    n = len(words) - len(name)
    if len(name) >= 2 and n and (lex.get(words[n - 1], ("",))[0] == "title" or _person_role(words[n - 1])):
        named = zip(name, bare[n:])
        if not any(w.isupper() or w in _CONNECTORS or lex.get(b, ("",))[0] in ("org", "place") for w, b in named):
            return "person", name, words[:n]
    if any(lex.get(w, ("",))[0] == "org" or (w.isupper() and len(w) > 1 and w.isalpha()) for w in bare):
        if lex.get(bare[0], ("",))[0] == "stop" or bare[0].lower() in lexes["roles"] and len(bare) == 1:
            return "none", [], []
        return "org", words, []
    if any(lex.get(w, ("",))[0] == "place" for w in bare) or any(c in _CONNECTORS for c in words):
        return "place", words, []
    return "person", name, words[: len(words) - len(name)]


def _run_words() -> list[str]:
    from newsetl.extract.people import lexicon

    lex = lexicon()
    by_class: dict[str, list[str]] = {}
    for w, (cls, _) in lex["words"].items():
        by_class.setdefault(cls, []).append(w)
    picked = [w for ws in by_class.values() for w in sorted(ws)[:6]]
    picked += sorted(lex["names"])[:8] + [r.title() for r in sorted(lex["roles"])[:4]]
    return picked + ["Osei", "Kent", "NHS", "BBC's", "Jones\u2019", "of", "for", "de", "A", "I", "Smith."]


@given(st.lists(st.sampled_from(_run_words()), min_size=1, max_size=6))
def test_run_classification_loops_agree_with_the_any_formulation(words):
    from newsetl.extract.people import _bare, _classify_run, lexicon

    lex = lexicon()
    bare = [_bare(w) for w in words]
    assert _classify_run(list(words), bare, lex["words"], lex) == _classify_reference(
        list(words), bare, lex["words"], lex
    )


@given(st.lists(st.sampled_from(_run_words()), min_size=1, max_size=6))
def test_run_analysis_offsets_point_at_the_run_words(words):
    from newsetl.extract.people import _SKIP, _analyse_run

    run = " ".join(words)
    info = _analyse_run(run)
    if info[0] == _SKIP:
        return
    for s, e, b in info[8]:  # bare words sit at their offsets (possessive endings dropped)
        assert run[s:e].startswith(b) and run[s:e][len(b):] in ("", "'", "\u2019", "'s", "\u2019s")
    assert info[4] == info[8][0][0]


# only straight single quotes and closing marks: the quick test decides by the straight-quote regex alone
_SINGLES = ["don", "'", "t", "s", " ", "\n", "_", "1", "\u00c9", "\u00e9", ".", ","]
_SINGLES += ["\u2019", "\u201d", "\u00bb", "\u203a"]


@given(st.lists(st.sampled_from(_SINGLES), max_size=30).map("".join))
def test_straight_single_quick_test_agrees_with_full_pairing(text):
    from newsetl.extract.marks import _pair

    assert spans(text) == _pair(text)


def test_apostrophes_alone_give_no_span_but_a_loose_single_quote_does():
    assert spans("It's the firm's view, don't worry.") == []
    assert [(s.start, s.end) for s in spans("He called it 'rubbish' today.")] == [(14, 21)]


_SPACES = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())


@given(st.text(alphabet=st.sampled_from(_SPACES + "aZ.'\u2019-\u00e9\u00a7"), max_size=30))
def test_split_tokens_are_the_non_space_matches(text):
    from newsetl.extract.people import _split_tokens

    assert _split_tokens(text) == [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def test_str_split_and_regex_agree_on_whitespace():
    space = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if c.isspace() != bool(space.match(c))] == []
