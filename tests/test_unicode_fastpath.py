"""The ftfy pre-check is sound: text it lets through unchanged is text ftfy would not change."""

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.clean import unicode

ALPHABET = st.sampled_from(
    list("aAzZ09 .,;:'\"&#;-\t\n")
    + list(unicode._SAFE_TYPOGRAPHY)
    + ["amp", "&#233;", "Ã", "â€", "é", "\x07", "\ufb01"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_text_skipped_by_the_pre_check_is_text_ftfy_leaves_alone(text):
    if not unicode.needs_ftfy(text) and not text.isascii():
        assert ftfy.fix_text(text, config=unicode._FTFY._replace(explain=False)) == text


def test_pre_check_lets_typography_through_and_stops_mojibake():
    assert not unicode.needs_ftfy("‘We agree,’ the leader said – £5bn… “fine”")
    assert unicode.needs_ftfy("Itâ€™s")
    assert unicode.needs_ftfy("caf\u00e9 \u00a3")
    assert unicode.needs_ftfy("M&amp;S ‘sales’")


_PIECES = st.sampled_from(
    ["the ", "café", " ", "&amp;", "&", "Ã©", "é", "ﬁ", "\u0085", "news", ",", "  ", "2005", "\u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.lists(_PIECES, max_size=40))
def test_token_then_character_diff_finds_spans_that_rebuild_the_new_text(a, b):
    old, new = "".join(a), "".join(b)
    spans = unicode._changed_spans(old, new)
    rebuilt, last = [], 0
    for i1, i2, j1, j2 in spans:
        assert last <= i1 <= i2  # in order, not overlapping
        rebuilt += [old[last:i1], new[j1:j2]]
        last = i2
    assert "".join(rebuilt) + old[last:] == new
    assert (spans == []) == (old == new)


def test_a_decoded_entity_in_a_long_paragraph_is_one_small_edit():
    para = "Shares in Marks &amp; Spencer rose. " * 40 + "The caf&#233; closed."
    fixed, edits = unicode.repair_unicode(para)
    assert fixed == para.replace("&amp;", "&").replace("&#233;", "é")
    # one edit per entity, each no wider than the entity ("&amp;" -> "&" is "amp;" taken out)
    assert len(edits) == 41 and {e.before for e in edits} == {"amp;", "&#233;"}
