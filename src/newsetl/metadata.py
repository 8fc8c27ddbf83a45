"""Record metadata (URL, dates, byline, site, language, id, encoding) as output columns.

Readers collect what the source says about an article (a scraper's JSON fields, a page's
``<meta>`` tags, WARC headers) into ``RawDoc.meta``. Analysts join on the URL and filter by
publication date, so these travel with the row: as given, trimmed and bounded, plus the dates
parsed to UTC timestamps when they can be read unambiguously. Nothing here guesses: a date
that cannot be read is kept as text and its timestamp is null.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

MAX_CHARS = 2048  # a metadata value longer than this is page debris, not a URL or a byline
_WS = re.compile(r"\s+")
_EPOCH = re.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")
_ISO_Z = re.compile(r"(?i)z$")
_OFFSET_NO_COLON = re.compile(r"([+-]\d{2})(\d{2})$")
_TEXT_FORMATS = (  # "March 5, 2024", "5 March 2024 10:30", ... (English month names, as news sites write them)
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y %H:%M",
    "%d %B %Y %H:%M",
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M:%S",
)
MIN_YEAR, MAX_YEAR = 1900, 2100


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = _WS.sub(" ", str(value)).strip()
    if not text:
        return None
    return text[:MAX_CHARS]


def _utc(dt: datetime) -> datetime | None:
    """A timezone-aware UTC datetime; a naive one is taken as UTC (documented in the schema)."""
    dt = dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)
    return dt if MIN_YEAR <= dt.year <= MAX_YEAR else None


def parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601, RFC 2822, Unix epoch (s or ms) or an English "March 5, 2024" date, as UTC; else None."""
    text = _text(value)
    if text is None or len(text) > 64:
        return None
    try:
        if _EPOCH.fullmatch(text):
            seconds = float(text) / (1000 if len(text) >= 12 and "." not in text else 1)
            return _utc(datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds))
        if text[:4].isdigit() and text[4:5] == "-":
            iso = _OFFSET_NO_COLON.sub(r"\1:\2", _ISO_Z.sub("+00:00", text))
            return _utc(datetime.fromisoformat(iso))
    except (ValueError, OverflowError):
        return None
    try:
        return _utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for fmt in _TEXT_FORMATS:
        try:
            return _utc(datetime.strptime(text, fmt))
        except ValueError:
            continue
    return None


def columns(meta: dict | None, encoding: str | None = None) -> dict:
    """The metadata columns of one output row (every key present; None where the source said nothing)."""
    meta = meta or {}
    published = _text(meta.get("date"))
    fetched = _text(meta.get("warc_date") or meta.get("fetched"))
    return {
        "url": _text(meta.get("url")),
        "published": published,
        "published_at": parse_datetime(published),
        "byline": _text(meta.get("author")),
        "site": _text(meta.get("site") or meta.get("source")),
        "language": (_text(meta.get("language")) or "").lower()[:35] or None,
        "record_id": _text(meta.get("id")),
        "fetched_at": parse_datetime(fetched),
        "encoding": _text(encoding),
    }
