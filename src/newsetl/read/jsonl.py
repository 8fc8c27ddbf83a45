"""Scraper output: JSON Lines (one article object per line) and ``.json`` arrays of such objects.

Field names are data (``data/json_fields.json``): headline from ``title``/``headline``/``name``,
body from ``text``/``body``/``content``/``article``/``maintext`` (a string or a list of
paragraphs; a body holding markup goes through the HTML extractor), and url/date/source/author
fields into ``RawDoc.meta``.

Locators: ``line:N`` is the 1-based physical line (what ``sed -n Np`` prints), blank lines
included in the count; ``item:N`` is the 0-based array index (what ``jq '.[N]'`` prints).
Blank or whitespace-only lines are not records: they are skipped without being counted, as
JSON Lines writers commonly end files with one. Every other line is exactly one record: an
article, or a parse Failure (invalid JSON, not an object, no text) that does not stop the file.
An object without a headline field gives its body alone, so core takes the first paragraph as
the headline, exactly as for a plain-text dump.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from newsetl.read import html
from newsetl.read.decode import DecodeError, decode
from newsetl.read.limits import DEFAULT, LimitExceeded, Limits
from newsetl.read.records import Failure, RawDoc, Record, Skipped, excerpt
from newsetl.resources import load_json


@dataclass(frozen=True)
class _Fields:
    headline: tuple[str, ...]
    body: tuple[str, ...]
    meta: dict[str, tuple[str, ...]]
    value_keys: tuple[str, ...]
    container_keys: tuple[str, ...]


@cache
def _fields() -> _Fields:
    spec = load_json("json_fields.json")
    return _Fields(
        headline=tuple(spec["headline"]),
        body=tuple(spec["body"]),
        meta={k: tuple(v) for k, v in spec["meta"].items()},
        value_keys=tuple(spec["value_keys"]),
        container_keys=tuple(spec["container_keys"]),
    )


class _Broken(ValueError):
    """A record that parsed as JSON but is not an article we can read; ``error`` names why."""

    def __init__(self, error: str, message: str):
        super().__init__(message)
        self.error = error


_TAG = re.compile(r"<[^<>]{0,2000}>")
_WS = re.compile(r"\s+")


def _scalar(value: object, keys: tuple[str, ...]) -> str | None:
    """A field value as text: strings and numbers as they are, objects through ``keys``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, dict):
        for k in keys:
            if k in value:
                return _scalar(value[k], keys)
    if isinstance(value, list):
        parts = [s for s in (_scalar(v, keys) for v in value) if s]
        return ", ".join(parts) if parts else None
    return None


def _first(obj: dict, names: tuple[str, ...], keys: tuple[str, ...]) -> str | None:
    for name in names:
        if name in obj:
            value = _scalar(obj[name], keys)
            if value and value.strip():
                return value
    return None


def _headline(obj: dict, f: _Fields) -> str | None:
    value = _first(obj, f.headline, f.value_keys)
    if value is None:
        return None
    if "<" in value or "&" in value:  # CMS titles carry entities and inline markup
        value = html_lib.unescape(_TAG.sub("", value))
    value = _WS.sub(" ", value).strip()
    return value or None


def _body_text(value: object, f: _Fields) -> str | None:
    if isinstance(value, list):
        parts = [s.strip() for s in (_scalar(v, f.value_keys) for v in value) if s and s.strip()]
        return "\n\n".join(parts) if parts else None
    text = _scalar(value, f.value_keys)
    return text if text and text.strip() else None


def _body(obj: dict, f: _Fields, limits: Limits) -> str:
    for name in f.body:
        if name not in obj:
            continue
        text = _body_text(obj[name], f)
        if text is None:
            continue
        if html.looks_like_html(text):
            return "\n\n".join(html.extract(text, limits, want_headline=False).paragraphs)
        return text.strip()
    present = [n for n in f.body if n in obj]
    if present:
        raise _Broken("NoText", f"text field {present[0]!r} holds no text")
    raise _Broken("NoTextField", f"no text field (one of {', '.join(f.body)})")


_ABSOLUTE_URL = re.compile(r"https?://([^/\s?#]+)", re.IGNORECASE)


def _meta(obj: dict, f: _Fields) -> dict:
    meta = {}
    for name, fields in f.meta.items():
        value = _first(obj, fields, f.value_keys)
        if value is not None:
            meta[name] = value.strip()
    url = _ABSOLUTE_URL.match(meta.get("source", ""))
    if url:  # a "source" that is the page's URL (trafilatura) is no site name
        meta.setdefault("url", meta["source"])
        rest = tuple(n for n in f.meta["source"] if n in obj and not _ABSOLUTE_URL.match(str(obj[n] or "")))
        meta["source"] = (_first(obj, rest, f.value_keys) or url.group(1)).strip()
    return meta


def article(obj: object, limits: Limits = DEFAULT) -> tuple[str, dict]:
    """(plain text for core.process, meta) of one scraped-article object; raises on a broken one."""
    if not isinstance(obj, dict):
        raise _Broken("NotAnObject", f"expected a JSON object, got {type(obj).__name__}")
    f = _fields()
    body = _body(obj, f, limits)
    headline = _headline(obj, f)
    if headline:
        first, _, rest = body.partition("\n")
        if first.strip() == headline:  # scrapers often repeat the title as the body's first line
            body = rest.strip()
        text = f"{headline}\n\n{body}" if body else headline
    else:
        text = body
    return text, _meta(obj, f)


def _record(obj: object, source: str, locator: str, encoding: str | None, raw: str, limits: Limits) -> Record:
    try:
        text, meta = article(obj, limits)
    except _Broken as exc:
        return Failure(source, "parse", exc.error, str(exc), locator, excerpt(raw))
    except LimitExceeded as exc:
        return Failure(source, "parse", "LimitExceeded", str(exc), locator, excerpt(raw), limit=exc.limit)
    except Exception as exc:  # a body the HTML extractor could not handle, and nothing else
        return Failure(source, "parse", type(exc).__name__, str(exc) or repr(exc), locator, excerpt(raw))
    return RawDoc(source, text, locator, encoding, meta)


def _lines(data: bytes) -> Iterator[tuple[int, str, str]]:
    """(1-based line number, text, encoding) of each line; one undecodable line spoils only itself.

    JSON text is UTF-8 (RFC 8259), so lines are split on the byte ``\\n`` and decoded one by
    one; UTF-16/32 files (BOM or NUL bytes) are decoded whole first. ``\\u2028`` inside a JSON
    string is not a line break, so ``str.splitlines`` is not used.
    """
    wide = data[:4].startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]
    if wide:
        text, enc = decode(data)
        for n, line in enumerate(text.split("\n"), 1):
            yield n, line, enc
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            yield n, "", "utf-8"
            continue
        try:
            yield n, raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = decode(raw)
            except DecodeError:
                text, enc = raw.decode("utf-8", "replace"), "utf-8"
            yield n, text, enc


def read_jsonl(path: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[Record]:
    """One article per non-blank line; a broken line is one Failure and the file goes on."""
    if not data.strip():
        yield Skipped(path, "empty")
        return
    try:
        lines = list(_lines(data))
    except DecodeError as exc:
        yield Failure(path, "decode", "DecodeError", str(exc), None, excerpt(data))
        return
    for n, line, enc in lines:
        if not line.strip():
            continue
        locator = f"line:{n}"
        try:
            obj = json.loads(line)
        except Exception as exc:  # JSONDecodeError, RecursionError on absurd nesting, huge ints
            yield Failure(path, "parse", type(exc).__name__, str(exc) or repr(exc), locator, excerpt(line))
            continue
        yield _record(obj, path, locator, enc, line, limits)


def _items(doc: object) -> list | None:
    """The article list of a parsed ``.json`` document, or None when it is a single article."""
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict) and not any(name in doc for name in _fields().body):
        for key in _fields().container_keys:
            if isinstance(doc.get(key), list):
                return doc[key]
    return None


def read_json(path: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[Record]:
    """A ``.json`` file: an array of articles (``item:N``), ``{"articles": [...]}``, or one article.

    Files named ``.json`` that hold JSON Lines (common scraper output) are read as JSON Lines.
    """
    if not data.strip():
        yield Skipped(path, "empty")
        return
    try:
        text, enc = decode(data)
    except DecodeError as exc:
        yield Failure(path, "decode", "DecodeError", str(exc), None, excerpt(data))
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(path, data, limits)
        else:
            yield Failure(path, "parse", "JSONDecodeError", str(exc), None, excerpt(text))
        return
    except Exception as exc:  # RecursionError, int-string limit
        yield Failure(path, "parse", type(exc).__name__, str(exc) or repr(exc), None, excerpt(text))
        return
    items = _items(doc)
    if items is None:
        yield _record(doc, path, None, enc, text, limits)
        return
    if not items:
        yield Skipped(path, "empty")
        return
    for i, obj in enumerate(items):
        raw = json.dumps(obj, ensure_ascii=False)[:2000] if not isinstance(obj, str) else obj
        yield _record(obj, path, f"item:{i}", enc, raw, limits)
