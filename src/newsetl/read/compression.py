"""Transparent, bounded decompression by file suffix (gzip, bz2, xz, zstd)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from typing import BinaryIO

from newsetl.read.limits import LimitExceeded

_CHUNK = 1 << 20
PARTIAL_BYTES = 4096


def _zstd(f: BinaryIO) -> BinaryIO:
    import zstandard

    return zstandard.ZstdDecompressor().stream_reader(f)


OPENERS = {
    ".gz": lambda f: gzip.GzipFile(fileobj=f),
    ".bz2": lambda f: bz2.BZ2File(f),
    ".xz": lambda f: lzma.LZMAFile(f),
    ".zst": _zstd,
}


def split_suffix(path: str) -> tuple[str, str | None]:
    """(path without compression suffix, compression suffix or None)."""
    low = path.lower()
    for suffix in OPENERS:
        if low.endswith(suffix):
            return path[: -len(suffix)], suffix
    return path, None


def read_bounded(f: BinaryIO, path: str, max_bytes: int) -> bytes:
    """All bytes of ``f``, decompressed by ``path``'s suffix, refusing more than ``max_bytes``."""
    _, suffix = split_suffix(path)
    buf = io.BytesIO()
    try:
        stream = OPENERS[suffix](f) if suffix else f
        # read1 returns what is decompressed so far, so a truncated stream keeps its prefix.
        read = getattr(stream, "read1", stream.read) if suffix else f.read
        while True:
            chunk = read(_CHUNK)
            if not chunk:
                break
            buf.write(chunk)
            if buf.tell() > max_bytes:
                raise LimitExceeded("max_file_bytes", buf.tell(), max_bytes)
    except LimitExceeded as exc:
        exc.partial = buf.getbuffer()[:PARTIAL_BYTES].tobytes()
        raise
    except Exception as exc:
        # What was decompressed before the failure: the excerpt, and the records a
        # multi-record file (JSONL, WARC) can still give (see dispatch.read_path).
        exc.partial = buf.getvalue()
        raise
    return buf.getvalue()
