"""Record types that readers yield."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

EXCERPT_CHARS = 500
MESSAGE_CHARS = 2000
_SURROGATE = re.compile("[\ud800-\udfff]")
DEAD_LETTER_FIELDS = ("source", "locator", "stage", "error", "limit", "message", "excerpt")


@dataclass(frozen=True)
class RawDoc:
    """One article's decoded text; ``source`` plus ``locator`` identify it uniquely."""

    source: str
    text: str
    locator: str | None = None
    encoding: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def source_id(self) -> str:
        return f"{self.source}#{self.locator}" if self.locator else self.source


@dataclass(frozen=True)
class Failure:
    """A record that could not be read or processed: it becomes a dead letter."""

    source: str
    stage: str
    error: str
    message: str
    locator: str | None = None
    excerpt: str = ""
    limit: str | None = None  # the Limits field, when a limit was exceeded

    @property
    def reason(self) -> str:
        """What the run report counts: the error type, or the limit that was exceeded."""
        return f"{self.error}.{self.limit}" if self.limit else self.error

    def as_row(self) -> dict:
        return {
            "source": utf8_safe(self.source),
            "locator": utf8_safe(self.locator),
            "stage": self.stage,
            "error": self.error,
            "limit": self.limit,
            "message": utf8_safe(self.message[:MESSAGE_CHARS]),
            "excerpt": excerpt(self.excerpt),
        }


@dataclass(frozen=True)
class Skipped:
    """Input that is not an article (empty file, non-response WARC record): counted, not written."""

    source: str
    reason: str
    locator: str | None = None


Record = RawDoc | Failure | Skipped


def has_surrogates(text: str) -> bool:
    """Lone surrogates (JSON ``\\ud800`` escapes, undecodable file names) are not UTF-8 encodable."""
    return not text.isascii() and _SURROGATE.search(text) is not None


def utf8_safe(text: str | None) -> str | None:
    """``text`` with lone surrogates written as ``\\udXXX`` escapes, so it can always be encoded."""
    if text is None or not has_surrogates(text):
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def excerpt(data: bytes | str, limit: int = EXCERPT_CHARS) -> str:
    """A bounded, printable excerpt of raw input for a dead letter."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data[:limit]).decode("utf-8", "backslashreplace")
    # Lone surrogates would make the dead-letter line itself unwritable.
    return utf8_safe(data[:limit]).replace("\x00", "\\x00")[:limit]
