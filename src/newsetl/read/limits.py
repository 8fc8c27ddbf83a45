"""Input limits: each exceeded limit becomes a dead letter naming it, never a crash or a hang.

Limits are plain frozen data so they pickle to Beam workers; :func:`add_arguments` and
:func:`from_args` turn every field into a ``--max-...`` CLI flag, so a new limit needs one
line here and nothing else. :class:`Deadline` is the time bound readers poll (HTML).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 256 << 20  # decompressed bytes of one input file (decompression bombs)
    max_record_bytes: int = 8 << 20  # UTF-8 bytes of one article record
    max_paragraphs: int = 5000  # paragraphs in one article
    max_line_chars: int = 1 << 20  # one line longer than this is not prose (a 50 MB one-liner)
    html_seconds: float = 5.0  # wall-clock bound for turning one HTML record into text
    max_html_bytes: int = 32 << 20  # characters of one HTML document handed to the parser
    # Open-element nesting of one HTML document: the HTML5 tree builder's scope checks walk the
    # stack of open elements, so parsing cost grows with depth squared (100k nested divs: ~45 s).
    max_html_depth: int = 2000

    def as_dict(self) -> dict:
        return asdict(self)


DEFAULT = Limits()

_HELP = {
    "max_file_bytes": "decompressed bytes per input file (decompression bombs)",
    "max_record_bytes": "UTF-8 bytes per article record",
    "max_paragraphs": "paragraphs per article",
    "max_line_chars": "characters per line",
    "html_seconds": "seconds to turn one HTML record into text",
    "max_html_bytes": "characters of one HTML document handed to the parser",
    "max_html_depth": "element nesting depth of one HTML document",
}


class LimitExceeded(ValueError):
    """Raised with the limit's name so the dead letter says which bound was hit."""

    def __init__(self, limit: str, value: int | float, bound: int | float):
        super().__init__(f"limit {limit} exceeded: {value} > {bound}")
        self.limit = limit
        self.value = value
        self.bound = bound


def flag(name: str) -> str:
    """CLI flag of a limit field: ``max_record_bytes`` -> ``--max-record-bytes``."""
    return "--" + name.replace("_", "-")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """One ``--max-...`` flag per :class:`Limits` field, defaulting to :data:`DEFAULT`."""
    group = parser.add_argument_group("limits (each exceeded limit is a dead letter naming it)")
    for f in fields(Limits):
        default = getattr(DEFAULT, f.name)
        kind = float if isinstance(default, float) else int
        group.add_argument(
            flag(f.name), dest=f"limit_{f.name}", type=_positive(kind), default=default,
            metavar="SECONDS" if kind is float else "N",
            help=f"{_HELP.get(f.name, f.name)} (default {default})",
        )


def from_args(args: argparse.Namespace) -> Limits:
    return Limits(**{f.name: getattr(args, f"limit_{f.name}") for f in fields(Limits)})


def _positive(kind: type):
    def parse(value: str):
        number = kind(value)
        if number <= 0:
            raise argparse.ArgumentTypeError(f"must be > 0, got {value}")
        return number

    return parse


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def check_text(text: str, limits: Limits) -> LimitExceeded | None:
    """The first record-level limit ``text`` exceeds (size, then line length), or None.

    Cheap on normal input: the exact UTF-8 size is only computed when the character count
    says it could matter, and line lengths are measured without copying the text.
    """
    if len(text) > limits.max_record_bytes:
        return LimitExceeded("max_record_bytes", len(text), limits.max_record_bytes)
    if len(text) * 4 > limits.max_record_bytes:
        size = utf8_len(text)
        if size > limits.max_record_bytes:
            return LimitExceeded("max_record_bytes", size, limits.max_record_bytes)
    if len(text) > limits.max_line_chars:
        longest = longest_line(text)
        if longest > limits.max_line_chars:
            return LimitExceeded("max_line_chars", longest, limits.max_line_chars)
    return None


def longest_line(text: str) -> int:
    return max(map(len, text.splitlines()), default=0)


class Deadline:
    """A wall-clock bound that long-running work polls, e.g. an HTML reader per node or block.

    Python cannot safely interrupt C code (a parser) from a worker thread, so the bound is
    cooperative: call :meth:`check` between units of work; it raises :class:`LimitExceeded`
    naming ``limit`` once ``seconds`` have passed since the deadline was created.

        deadline = Deadline(limits.html_seconds)
        for node in tree.traverse():
            deadline.check()
    """

    __slots__ = ("limit", "seconds", "_start", "_end", "_clock")

    def __init__(self, seconds: float, limit: str = "html_seconds", clock=time.monotonic):
        self.limit = limit
        self.seconds = seconds
        self._clock = clock
        self._start = clock()
        self._end = self._start + seconds

    @property
    def elapsed(self) -> float:
        return self._clock() - self._start

    @property
    def expired(self) -> bool:
        return self._clock() > self._end

    def check(self) -> None:
        now = self._clock()
        if now > self._end:
            raise LimitExceeded(self.limit, round(now - self._start, 3), self.seconds)

    def iterate(self, items):
        """Yield ``items``, checking the deadline before each one."""
        for item in items:
            self.check()
            yield item
