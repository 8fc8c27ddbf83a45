"""Choose a reader by file suffix, decompress within limits, and turn errors into records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from newsetl.read.compression import read_bounded, split_suffix
from newsetl.read.limits import DEFAULT, LimitExceeded, Limits
from newsetl.read.records import Failure, RawDoc, Record, excerpt
from newsetl.read.text import read_text

Reader = Callable[[str, bytes], Iterator[Record]]


def _readers() -> dict[str, Reader]:
    readers: dict[str, Reader] = {".txt": read_text, ".text": read_text}
    try:  # optional formats register themselves when their module exists
        from newsetl.read.formats import READERS
    except ImportError:
        READERS = {}
    readers.update(READERS)
    return readers


def reader_for(path: str) -> Reader:
    base, _ = split_suffix(path)
    low = base.lower()
    readers = _readers()
    for suffix in sorted(readers, key=len, reverse=True):
        if low.endswith(suffix):
            return readers[suffix]
    return read_text


def read_file(path: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[Record]:
    """Records of one file's (decompressed) bytes; never raises."""
    try:
        for rec in reader_for(path)(path, data):
            if isinstance(rec, RawDoc) and len(rec.text) > limits.max_record_bytes:
                yield Failure(
                    rec.source, "read", "LimitExceeded",
                    f"limit max_record_bytes exceeded: {len(rec.text)} > {limits.max_record_bytes}",
                    rec.locator, excerpt(rec.text),
                )
            else:
                yield rec
    except Exception as exc:  # a reader bug or corrupt data: one dead letter, not a failed job
        yield Failure(path, "decode" if isinstance(exc, (UnicodeError, ValueError)) else "read",
                      type(exc).__name__, str(exc), None, excerpt(data))


def read_path(path: str, f: BinaryIO, limits: Limits = DEFAULT) -> Iterator[Record]:
    """Records of an open binary file: bounded decompression, then :func:`read_file`."""
    try:
        data = read_bounded(f, path, limits.max_file_bytes)
    except LimitExceeded as exc:
        yield Failure(path, "read", "LimitExceeded", str(exc))
        return
    except Exception as exc:  # truncated gzip, corrupt xz, I/O error
        yield Failure(path, "read", type(exc).__name__, str(exc) or repr(exc))
        return
    yield from read_file(path, data, limits)
