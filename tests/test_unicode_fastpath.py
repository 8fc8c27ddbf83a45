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
