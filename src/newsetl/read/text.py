"""Plain-text dumps: one article per file."""

from __future__ import annotations

from collections.abc import Iterator

from newsetl.read.decode import decode
from newsetl.read.records import RawDoc, Record, Skipped


def read_text(path: str, data: bytes) -> Iterator[Record]:
    if not data.strip():
        yield Skipped(path, "empty")
        return
    text, encoding = decode(data)
    if not text.strip():
        yield Skipped(path, "empty")
        return
    yield RawDoc(path, text, encoding=encoding)
