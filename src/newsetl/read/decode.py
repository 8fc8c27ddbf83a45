"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM, else detection.

charset-normalizer (maintained, pure Python, what `requests` uses) guesses legacy
encodings; we try strict UTF-8 first because it is right for nearly all modern input
and is fast, and fall back to cp1252 only when detection has nothing better.
"""

from __future__ import annotations

import codecs
import re

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


def _detect(data: bytes) -> tuple[str, str]:
    sample = data[: 1 << 20]
    best = from_bytes(sample).best()
    if best is not None and best.encoding:
        enc = best.encoding
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", "replace"), "cp1252"


_BAD = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")  # C0 controls other than \t\n\v\f\r, and U+FFFD


def _control_share(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    return len(_BAD.findall(sample)) / len(sample)


def _looks_binary(text: str) -> bool:
    return "\x00" in text[:4096] or _control_share(text) > 0.05
