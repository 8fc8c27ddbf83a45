"""Speed-ups must not change behaviour: each fast path equals the plain version it replaced."""

from __future__ import annotations

import dataclasses
import os
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
