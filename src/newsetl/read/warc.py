"""WARC crawls: each HTML or plain-text response/resource/conversion record is one article.

warcio parses the records (and decompresses per-record gzip itself, so a ``.warc.gz`` that
dispatch has already decompressed and one it has not both work). Every record becomes exactly
one output: a RawDoc, a Skipped (``warc:request``, ``warc:warcinfo``, ``warc:non-text``,
``warc:http-4xx`` …) or a Failure. A record whose Content-Length disagrees with the stream
(truncated file, wrong length) is a Failure, and reading stops there: after a bad length the
following bytes cannot be trusted to be record boundaries.

Locator: the WARC-Record-ID (``<urn:uuid:…>``), or ``offset:N`` when a record has none.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from newsetl.read.decode import DecodeError, decode
from newsetl.read.html import charset_of, page_record
from newsetl.read.limits import DEFAULT, Limits
from newsetl.read.records import Failure, RawDoc, Record, Skipped, excerpt

_ARTICLE_TYPES = ("response", "resource", "conversion")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _sniff_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")) or b"<html" in head


class _Truncated(ValueError):
    pass


class _Iterator(ArchiveIterator):
    """warcio's iterator, minus its stderr warning on a bad Content-Length: we count ``err_count``
    and turn the error into a Failure instead of letting it scroll past in worker logs."""

    INC_RECORD = ""


def _payload(record) -> bytes:
    """The record's payload with transfer and content encodings undone; raises on a short block."""
    data = record.content_stream().read()
    left = getattr(record.raw_stream, "limit", 0)
    if left:
        raise _Truncated(f"record ends {left} bytes before its Content-Length {record.length}")
    return data


def _convert(record, source: str, locator: str, limits: Limits) -> Record:
    """One article-type record: payload to RawDoc, or why not."""
    headers = record.rec_headers
    meta = {"url": headers.get_header("WARC-Target-URI"), "warc_date": headers.get_header("WARC-Date")}
    meta = {k: v for k, v in meta.items() if v}
    content_type = headers.get_header("Content-Type")
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return Skipped(source, f"warc:http-{status[:1] or '?'}xx", locator)
        content_type = record.http_headers.get_header("Content-Type")
    elif record.rec_type == "response":
        return Skipped(source, "warc:non-http", locator)
    media = _media_type(content_type)
    if media and media not in _HTML_TYPES + _TEXT_TYPES:
        return Skipped(source, "warc:non-text", locator)
    payload = _payload(record)
    if not payload.strip():
        return Skipped(source, "empty", locator)
    if media in _HTML_TYPES or (not media and _sniff_html(payload)):
        return page_record(source, payload, locator, charset_of(content_type), meta, limits)
    try:
        text, encoding = decode(payload)
    except DecodeError:
        return Skipped(source, "warc:non-text", locator)
    if not text.strip():
        return Skipped(source, "empty", locator)
    return RawDoc(source, text, locator, encoding, meta)


def read_warc(path: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[Record]:
    """Records of a WARC file (plain or per-record gzip); never raises."""
    if not data.strip():
        yield Skipped(path, "empty")
        return
    stream = io.BytesIO(data)
    it = _Iterator(stream, check_digests=False)
    offset = 0
    locator = "offset:0"
    while True:
        try:
            record = next(it)
        except StopIteration:
            break
        except Exception as exc:  # not a WARC, or a record header that does not parse
            yield Failure(
                path,
                "parse",
                type(exc).__name__,
                _first_line(exc),
                f"offset:{offset}",
                excerpt(data[offset : offset + 2000]),
            )
            return
        if record.format != "warc":  # warcio also reads ARC, and takes any text line for an ARC header
            yield Failure(
                path,
                "parse",
                "NotWarc",
                f"not a WARC record (parsed as {record.format})",
                f"offset:{offset}",
                excerpt(data[offset : offset + 2000]),
            )
            return
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        locator = record_id or f"offset:{offset}"
        if record.length is None:  # header block cut short (truncated file) or a malformed record
            yield Failure(
                path,
                "read",
                "MissingContentLength",
                "WARC record without a Content-Length header",
                locator,
                excerpt(data[offset : offset + 2000]),
            )
            return
        errors_before = it.err_count
        if record.rec_type in _ARTICLE_TYPES:
            try:
                out: Record = _convert(record, path, locator, limits)
            except _Truncated as exc:
                yield Failure(
                    path, "read", "TruncatedRecord", str(exc), locator, excerpt(data[offset : offset + 2000])
                )
                return
            except Exception as exc:  # a corrupt gzip/chunked payload: this record only
                out = Failure(
                    path,
                    "decode",
                    type(exc).__name__,
                    str(exc) or repr(exc),
                    locator,
                    excerpt(data[offset : offset + 2000]),
                )
        else:
            out = Skipped(path, f"warc:{record.rec_type}", locator)
        try:
            it.read_to_end()  # consumes the block and the blank lines after it
        except Exception as exc:
            yield Failure(path, "read", type(exc).__name__, str(exc) or repr(exc), locator)
            return
        if it.err_count > errors_before or getattr(record.raw_stream, "limit", 0):
            yield Failure(
                path,
                "read",
                "BadContentLength",
                f"record Content-Length {record.length} does not end at a record boundary",
                locator,
                excerpt(data[offset : offset + 2000]),
            )
            return
        yield out
        offset = it.offset
    tail = data[it.offset :] if it.offset is not None else b""
    if tail.strip():
        yield Failure(
            path,
            "read",
            "TruncatedRecord",
            f"{len(tail)} trailing bytes are not a complete record",
            f"offset:{it.offset}",
            excerpt(tail),
        )


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or repr(exc)
    return text.splitlines()[0][:500]
