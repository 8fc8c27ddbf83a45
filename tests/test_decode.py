"""Legacy-encoding detection: the decoded text must be the text that was written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.read.decode import DecodeError, decode, implausible

# Invented sentences in the languages news archives hold, each with the 8-bit encoding sites used for it.
CASES = [
    ("cp1252", "The council spent £5m on the café’s roof – the mayor said it was “worth it”."),
    ("cp1252", "Tickets for the naïve art show in München cost €20, organisers said."),
    ("cp1252", "Le président a déclaré que la réforme sera présentée à l'Assemblée."),
    ("cp1250", "Prezydent powiedział, że rząd przygotuje nową ustawę o podatkach."),
    ("cp1251", "Президент заявил, что перемирие возможно."),
    ("cp1253", "Ο πρωθυπουργός δήλωσε ότι η κυβέρνηση θα συνεχίσει."),
    ("gb18030", "政府周四宣布了新的经济措施，以支持中小企业。"),
    ("shift_jis", "政府は木曜日、新しい経済対策を発表しました。"),
]


@pytest.mark.parametrize("encoding,sentence", CASES)
def test_legacy_text_decodes_to_what_was_written(encoding: str, sentence: str) -> None:
    text = (sentence + "\n") * 3
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


def test_mostly_ascii_windows_1252_is_not_read_as_a_dos_code_page() -> None:
    # charset-normalizer alone ranks this cp775 ("Ż5m", "cafķ"): the re-ranking must undo that.
    text = "The council spent \u00a35m on the caf\u00e9\u2019s roof \u2013 said the mayor. " * 3
    decoded, encoding = decode(text.encode("cp1252"))
    assert (decoded, encoding) == (text, "cp1252")


def test_implausible_counts_mojibake_not_real_text() -> None:
    assert implausible("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144") == 0
    assert implausible("Za\u00bf\u00f3\u00b3\u00e6 g\u00ea\u009cl\u00b9") > 0  # cp1250 read as cp1252
    assert implausible("\u00cf\u00f0\u00e8\u00e2\u00e5\u00f2 \u00ec\u00e8\u00f0") > 0  # cp1251 read as cp1252
    assert implausible("\u017b5m") == 1 and implausible("\u00a35m") == 0


def test_utf8_and_binary_unchanged() -> None:
    assert decode("caf\u00e9 \u2013 \u00a35".encode()) == ("caf\u00e9 \u2013 \u00a35", "utf-8")
    with pytest.raises(DecodeError):
        decode(bytes(range(256)) * 8)


_WESTERN_WORDS = ["caf\u00e9", "na\u00efve", "r\u00e9sum\u00e9", "fa\u00e7ade", "M\u00fcnchen", "S\u00e3o", "\u00a312m",
                  "\u20ac40", "\u2013", "\u201cyes\u201d", "it\u2019s", "se\u00f1or", "Z\u00fcrich", "d\u00e9but"]
_ASCII_WORDS = ["the", "council", "said", "on", "Tuesday", "that", "prices", "rose", "by", "5%", "and", "in", "2024,"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_WORDS), min_size=8, max_size=40),
       st.lists(st.sampled_from(_WESTERN_WORDS), min_size=1, max_size=4), st.randoms())
def test_windows_1252_news_sentences_round_trip(ascii_words, western, rnd) -> None:
    words = ascii_words + western
    rnd.shuffle(words)
    text = " ".join(words) + ".\n"
    decoded, _ = decode(text.encode("cp1252"))
    assert decoded == text
