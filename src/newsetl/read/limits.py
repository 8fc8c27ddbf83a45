"""Input limits: each exceeded limit becomes a dead letter naming it, never a crash or a hang."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 256 << 20  # decompressed bytes of one input file (decompression bombs)
    max_record_bytes: int = 8 << 20  # bytes of one article record
    max_paragraphs: int = 5000  # paragraphs in one article
    max_line_chars: int = 1 << 20  # one line longer than this is not prose (a 50 MB one-liner)
    html_seconds: float = 5.0  # wall-clock bound for turning one HTML record into text
    max_html_bytes: int = 32 << 20  # characters of one HTML document handed to the parser
    # Open-element nesting of one HTML document: the HTML5 tree builder's scope checks walk the
    # stack of open elements, so parsing cost grows with depth squared (100k nested divs: ~45 s).
    max_html_depth: int = 2000


DEFAULT = Limits()


class LimitExceeded(ValueError):
    """Raised with the limit's name so the dead letter says which bound was hit."""

    def __init__(self, limit: str, value: int | float, bound: int | float):
        super().__init__(f"limit {limit} exceeded: {value} > {bound}")
        self.limit = limit
