"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM, else detection.

charset-normalizer (maintained, pure Python, what `requests` uses) guesses legacy
encodings; we try strict UTF-8 first because it is right for nearly all modern input
and is fast. For legacy 8-bit text, charset-normalizer's ranking alone is unreliable when a
page is mostly ASCII with a few high bytes (a Windows-1252 "£5m … café’s" ranks as cp775,
"Ż5m … cafķ"): so its candidates, plus the encodings news archives really use, are re-ranked by
how plausible the decoded characters are in context (see ``implausible``).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we can trust (binary data)."""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises DecodeError for binary data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, "replace"), enc
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, "replace")
        if not _looks_binary(text):
            return text, utf16
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text, enc = _detect(data)
    if _looks_binary(text):
        raise DecodeError(f"binary content (decoded as {enc} but {_control_share(text):.0%} control characters)")
    return text, enc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM: NUL bytes on one parity only, as ASCII-range text gives."""
    head = data[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / max(len(head[1::2]), 1)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


# Legacy encodings news archives actually use, always tried besides charset-normalizer's guesses.
_LEGACY = ("cp1252", "cp1250", "cp1251", "iso-8859-15", "cp1253", "cp1254", "cp1257")
# Non-ASCII punctuation and symbols that are normal anywhere in Western news text.
_TYPOGRAPHIC = set("’‘“”„‚–—…€£¥°©®™•·«»‹›§¶×÷½¼¾±¹²³µ¢¤¦¨ª¬¯´¸º¿¡\u00a0\u00ad")
_IN_WORD = set("’‘·\u00ad")  # also normal between two letters ("it’s", soft hyphen)
_TOKEN = re.compile(r"\S+")


def _detect(data: bytes) -> tuple[str, str]:
    sample = data[: 1 << 20]
    names = [m.encoding for m in from_bytes(sample)]
    scored: list[tuple[int, int, str]] = []  # (implausible characters, rank, encoding)
    for rank, enc in enumerate(dict.fromkeys([*_LEGACY[:1], *names, *_LEGACY[1:]])):
        try:
            sample.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        # Scoring is a Python loop: 64 KB decide as well as a megabyte.
        scored.append((implausible(sample[:65536].decode(enc, "ignore")), rank, enc))
    for _, _, enc in sorted(scored):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", "replace"), "cp1252"


def _script(ch: str) -> str:
    """'ascii', 'latin' (accented Latin), 'other' script letter, or 'sym' for anything else."""
    if ch.isascii():
        return "ascii" if ch.isalpha() else "sym"
    if not ch.isalpha():
        return "sym"
    return "latin" if unicodedata.name(ch, "").startswith("LATIN") else unicodedata.name(ch, "?").split()[0]


def implausible(text: str) -> int:
    """How many non-ASCII characters look like a wrong decoding (lower is better).

    A character counts when it is a control character; a symbol inside a word that is not
    ordinary typography ("Za¿ó³æ"); an accented letter next to a digit ("Ż5m"); a letter of a
    second script in the word (Latin mixed with Cyrillic); or an accented Latin letter in a word of
    three or more letters none of which is plain ASCII ("Ïðèâåò" is cp1251 Russian read as cp1252).
    """
    bad = 0
    for token in _TOKEN.findall(text):
        if token.isascii():
            continue
        kinds = [_script(c) for c in token]
        letters = [k for k in kinds if k != "sym"]
        scripts = {k for k in letters if k not in ("ascii", "latin")}
        latin = "ascii" in letters or "latin" in letters
        for i, (c, k) in enumerate(zip(token, kinds)):
            if c.isascii():
                continue
            if unicodedata.category(c)[0] == "C":
                bad += 1
            elif k == "sym":
                inner = 0 < i < len(token) - 1 and token[i - 1].isalpha() and token[i + 1].isalpha()
                bad += c not in _TYPOGRAPHIC or (inner and c not in _IN_WORD)
            elif (i and token[i - 1].isdigit()) or (i + 1 < len(token) and token[i + 1].isdigit()):
                bad += 1
            elif (scripts and latin) or len(scripts) > 1:
                bad += 1
            elif k == "latin" and "ascii" not in letters and len(letters) >= 3:
                bad += 1
    return bad


_BAD = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")  # C0 controls other than \t\n\v\f\r, and U+FFFD


def _control_share(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    return len(_BAD.findall(sample)) / len(sample)


def _looks_binary(text: str) -> bool:
    """More than two NULs and more than 1% of the first 4,096 characters, or 5% control characters. A few stray NULs
    in a text dump (a scraper's bad write) leave it text: Unicode repair removes them and records each."""
    sample = text[:4096]
    nul = sample.count("\x00")
    return (nul > 2 and nul * 100 > len(sample)) or _control_share(text) > 0.05
