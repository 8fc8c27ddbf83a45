"""Choose a reader by file suffix, decompress within limits, and turn errors into records.

A reader is ``(path, data) -> Iterator[Record]``; one that also takes a ``limits`` keyword
gets the run's :class:`Limits` (e.g. for a :class:`~newsetl.read.limits.Deadline`).
Whatever a reader does, :func:`read_file` never raises: a crash mid-file keeps the records
already read and adds one dead letter for the rest.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from typing import BinaryIO

from newsetl.read.compression import read_bounded, split_suffix
from newsetl.read.decode import DecodeError
from newsetl.read.limits import DEFAULT, LimitExceeded, Limits, check_text
from newsetl.read.records import _SURROGATE, Failure, RawDoc, Record, excerpt, has_surrogates
from newsetl.read.text import read_text

Reader = Callable[..., Iterator[Record]]


@cache
def _readers() -> dict[str, Reader]:
    readers: dict[str, Reader] = {".txt": read_text, ".text": read_text}
    try:  # optional formats register themselves when their module exists
        from newsetl.read.formats import READERS
    except ImportError:
        READERS = {}
    readers.update(READERS)
    return readers


@cache
def _takes_limits(reader: Reader) -> bool:
    try:
        return "limits" in inspect.signature(reader).parameters
    except (TypeError, ValueError):
        return False


def reader_for(path: str) -> Reader:
    base, _ = split_suffix(path)
    low = base.lower()
    readers = _readers()
    for suffix in sorted(readers, key=len, reverse=True):
        if low.endswith(suffix):
            return readers[suffix]
    return read_text


def stage_of(exc: BaseException) -> str:
    """Dead-letter stage of a reader exception: bad bytes/encoding/container is ``decode``."""
    if isinstance(exc, LimitExceeded):
        return "read"
    if isinstance(exc, (DecodeError, UnicodeError, ValueError)):
        return "decode"
    return "read"


def limit_failure(source: str, exc: LimitExceeded, locator: str | None = None, raw: bytes | str = "",
                  stage: str = "read") -> Failure:
    return Failure(source, stage, "LimitExceeded", str(exc), locator, excerpt(raw), exc.limit)


def read_file(path: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[Record]:
    """Records of one file's (decompressed) bytes; never raises."""
    reader = reader_for(path)
    try:
        records = reader(path, data, limits=limits) if _takes_limits(reader) else reader(path, data)
        for rec in records:
            if isinstance(rec, RawDoc):
                if has_surrogates(rec.text):  # e.g. a JSON "\ud800" escape: invalid, like a bad byte
                    rec = replace(rec, text=_SURROGATE.sub("\ufffd", rec.text))
                exceeded = check_text(rec.text, limits)
                if exceeded is not None:
                    yield limit_failure(rec.source, exceeded, rec.locator, rec.text)
                    continue
            yield rec
    except LimitExceeded as exc:
        yield limit_failure(path, exc, None, data)
    except Exception as exc:  # a reader bug or corrupt data: one dead letter, not a failed job
        yield Failure(path, stage_of(exc), type(exc).__name__, str(exc) or repr(exc), None, excerpt(data))


def read_path(path: str, f: BinaryIO, limits: Limits = DEFAULT) -> Iterator[Record]:
    """Records of an open binary file: bounded decompression, then :func:`read_file`."""
    try:
        data = read_bounded(f, path, limits.max_file_bytes)
    except LimitExceeded as exc:
        yield limit_failure(path, exc, None, getattr(exc, "partial", b""))
        return
    except Exception as exc:  # truncated gzip, corrupt xz, I/O error
        partial = getattr(exc, "partial", b"")
        salvaged = 0
        if partial and _multi_record(path):
            yield from (salvage := _complete_records(path, partial, limits))
            salvaged = sum(not isinstance(r, Failure) for r in salvage)
        note = f" ({salvaged} whole records before the cut were read)" if salvaged else ""
        yield Failure(path, "read", type(exc).__name__, (str(exc) or repr(exc)) + note, None, excerpt(partial))
        return
    yield from read_file(path, data, limits)


# Formats whose records are independent, so a cut-off stream still holds whole records.
MULTI_RECORD = (".jsonl", ".ndjson", ".warc")


def _multi_record(path: str) -> bool:
    base, suffix = split_suffix(path)
    return suffix is not None and base.lower().endswith(MULTI_RECORD)


def _complete_records(path: str, partial: bytes, limits: Limits) -> list[Record]:
    """Records of a truncated multi-record stream, without the record the cut went through.

    JSONL: everything up to the last newline (the cut line is lost with the rest, reported by
    the caller's Failure). WARC: warcio stops at the cut record and reports it as a Failure.
    """
    base, _ = split_suffix(path)
    if not base.lower().endswith(".warc"):
        partial = partial[: partial.rfind(b"\n") + 1]
    return list(read_file(path, partial, limits)) if partial else []
