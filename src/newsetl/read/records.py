"""Record types that readers yield."""

from __future__ import annotations

from dataclasses import dataclass, field

EXCERPT_CHARS = 500


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

    def as_row(self) -> dict:
        return {
            "source": self.source,
            "locator": self.locator,
            "stage": self.stage,
            "error": self.error,
            "message": self.message[:2000],
            "excerpt": self.excerpt[:EXCERPT_CHARS],
        }


@dataclass(frozen=True)
class Skipped:
    """Input that is not an article (empty file, non-response WARC record): counted, not written."""

    source: str
    reason: str
    locator: str | None = None


Record = RawDoc | Failure | Skipped


def excerpt(data: bytes | str, limit: int = EXCERPT_CHARS) -> str:
    """A bounded, printable excerpt of raw input for a dead letter."""
    if isinstance(data, bytes):
        data = data[: limit * 4].decode("utf-8", "replace")
    return data[:limit].replace("\x00", "\\x00")
