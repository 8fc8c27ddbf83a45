"""Speed-ups must not change behaviour: each fast path equals the plain version it replaced."""

from __future__ import annotations

import dataclasses
import os
import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from newsetl.edits import Edit

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@given(st.text(), st.text(), st.integers(0, 10**6), st.integers(0, 10**6))
def test_edit_as_row_equals_asdict(before, after, start, end):
    e = Edit("r.x", before, after, start, end, "body")
    assert e.as_row() == dataclasses.asdict(e)
    assert list(e.as_row()) == [f.name for f in dataclasses.fields(Edit)]


_WORDISH = st.text(
    alphabet=st.sampled_from(list("abcXYZ09_ '-\u2019\t\n.,\u00e9\u0130\u212a\u00a0\u200b\ud800\u00a3")), max_size=60
)


@given(_WORDISH)
def test_word_count_fast_path_counts_like_the_unicode_regex(text):
    from newsetl import core

    assert core.word_count(text) == len(core._WORD.findall(text))


@given(st.text(alphabet=st.sampled_from(list("aZ9_ '-.\t\n\x00\x7f\u00a3\u201c\u00a0\ud800")), max_size=80))
def test_word_count_byte_counting_equals_the_regex(text):
    from newsetl import core

    assert core.word_count(text) == len(core._WORD.findall(text))


@given(_WORDISH)
def test_spin_word_set_equals_the_regex_word_set(text):
    from newsetl.clean import spin

    lower = text.lower()
    assert spin._word_set(lower) == set(spin._WORD.findall(lower))


@given(st.one_of(_WORDISH, st.text(alphabet=st.characters(max_codepoint=127))))
def test_repair_whitespace_fast_path_only_skips_text_the_full_path_leaves_alone(text):
    from newsetl.clean import unicode

    fast = text.isascii() and "\t" not in text and "  " not in text and not text.startswith(" ")
    if fast and not text.endswith(" "):
        assert unicode._ZERO_WIDTH.search(text) is None
        assert unicode._ODD_SPACE.search(text) is None
        assert unicode._MULTI_SPACE.search(text) is None
    assert unicode.repair_whitespace(text)[0] == unicode.repair_whitespace(text + "\u200b")[0]


_MESSY = st.lists(
    st.sampled_from(
        list("ab -\n\t\u00a0\u200b\u00c3\u00a9\u00e2\u20ac\u2122\x85;#")
        + ["&amp;", "\u00c3\u00a9", "\u00e2\u20ac\u2030"]
    ),
    max_size=40,
).map("".join)


@given(_MESSY)
def test_normalise_equals_the_chain_of_its_stages(text):
    from functools import partial

    from newsetl import core
    from newsetl.clean import lines, unicode
    from newsetl.edits import chain

    stages = [partial(f, field="body") for f in (lines.join_lines, unicode.repair_whitespace, unicode.repair_unicode)]
    want, edits = chain(text, stages)
    if edits and any(e.rule.startswith("unicode.") or "+unicode." in e.rule for e in edits):
        want, edits = chain(want, [lambda t: (t, edits), partial(unicode.repair_whitespace, field="body")])
    assert core._normalise(text, "body") == (want, edits)


_PLAIN = st.lists(st.sampled_from(["a", "B", " ", ".", "&", "\n", "\t", "\r", "\u00e9", "amp;", "\u00a0"]), max_size=20)


@given(_PLAIN.map("".join))
def test_text_normalise_skips_is_returned_as_is_by_every_stage(text):
    from newsetl import core
    from newsetl.clean import lines, unicode

    if core._untouched(text):
        for stage in (lines.join_lines, unicode.repair_whitespace, unicode.repair_unicode):
            assert stage(text, "body") == (text, [])


_ON_TEXT = st.lists(
    st.sampled_from([" on ", "on", " ", "Twitter", "X", "Xylo", "TikTok", "-", "follow", "us", "."]), max_size=12
)


@given(_ON_TEXT.map("".join))
def test_names_platform_gate_changes_no_answer(text):
    from newsetl.extract import links

    def loop(text: str) -> bool:  # the plain scan the regex gate sits in front of
        i = text.find(" on ")
        while i != -1:
            if links._WORD_END.split(text[i + 4 : i + 16], 1)[0] in links._rules().platform_names:
                return True
            i = text.find(" on ", i + 4)
        return False

    assert links._names_platform(text) == loop(text)


_SPACEY = st.lists(
    st.sampled_from(
        list("ab \t\u00a0\u1680\u2003\u200a\u200b\u202f\u205f\u3000\u2060\ufeff\u00ad\u00a3\u2019&#;\u00e9\u0080")
    )
    | st.sampled_from(["&amp;", "&#39;", "\u00c3\u00a9"]),
    max_size=30,
).map("".join)


@given(_SPACEY)
def test_needs_ftfy_by_parts_equals_the_single_regex(text):
    from newsetl.clean import unicode

    entity = re.search(r"&#?\w+;", text) is not None  # entities count in ASCII text too
    single = unicode._NEEDS_FTFY.search(text) is not None
    assert unicode.needs_ftfy(text) == (entity or (not text.isascii() and single))


@given(_SPACEY)
def test_repair_whitespace_skips_only_text_with_nothing_to_repair(text):
    from newsetl.clean import unicode

    fast = "\t" not in text and "  " not in text and not text.startswith(" ") and not text.endswith(" ")
    if fast and unicode._ODD_OR_ZERO_WIDTH.search(text) is None:
        assert unicode._ZERO_WIDTH.search(text) is None and unicode._ODD_SPACE.search(text) is None
        assert unicode._MULTI_SPACE.search(text) is None
        assert unicode.repair_whitespace(text) == (text, [])
    else:  # the full path runs, and undoing its edits gives the text back
        from newsetl.edits import undo

        out, edits = unicode.repair_whitespace(text)
        assert undo(out, edits) == text


_PHONEY = st.lists(
    st.sampled_from(["call", "Tel", "phone", "on ", "0800", " 123 456", "+44", "(020)", "7946", "0000", "999", "2005"])
    | st.sampled_from(
        [" ", ". ", ", ", "x", "\u0663\u0664\u0665", "\u00a0", "-", " our helpline for advice is ", "y" * 9]
    ),
    max_size=25,
).map("".join)


@given(_PHONEY)
def test_phone_window_gate_changes_no_phone(text):
    from newsetl.extract import links

    def plain(text: str) -> list:  # the window scan without the number-start gate
        out = []
        for lo, hi in links._cue_windows(text):
            for m in links._rules().number.finditer(text, lo):
                if m.start() > hi:
                    break
                link = links._phone(text, m, "body")
                if link:
                    out.append(link)
        return out

    assert links._phone_links(text, "body") == plain(text)


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=("Cs",)), max_size=80) | _WORDISH)
def test_invisible_table_equals_the_per_character_walk(line):
    import unicodedata

    from newsetl.clean import boilerplate

    slow = "".join(
        " " if c.isspace() else c for c in line if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf")
    )
    assert line.translate(boilerplate._invisible_table(line)) == slow
