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

from dateutil import parser as dateutil_parser

MAX_CHARS = 2048  # a metadata value longer than this is page debris, not a URL or a byline
_WS = re.compile(r"\s+")
_EPOCH = re.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")
_ISO_Z = re.compile(r"(?i)z$")
# RFC 2822 proper ("Tue, 05 Mar 2024 10:30:00 GMT"): the e-mail parser is lenient and drops a "PM" it does not expect.
_RFC2822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:[+-]\d{4}|[A-Z]{1,5})?$"
)
_OFFSET_NO_COLON = re.compile(r"([+-]\d{2})(\d{2})$")
# Dates in words ("March 5, 2024", "12:03, 4 March 2025 GMT"): read by dateutil, but only when a month
# name and a four-digit year are both there, so "5 min read" or "04/03/2025" (day or month first?) are not guessed.
_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})\.?(?![a-z])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ZONES = {  # abbreviations news sites print; ambiguous ones (IST, CST in Asia) are read as US/UK usage
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800,
    "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "MST": -25200, "MDT": -21600,
    "PST": -28800, "PDT": -25200, "AEST": 36000, "AEDT": 39600,
}
MIN_YEAR, MAX_YEAR = 1900, 2100
_FIELD_SEP = re.compile(r"\s*[|\u2022\u00b7]\s*|\s+(?=(?:Updated|Last updated|Modified)\b)", re.IGNORECASE)
_UPDATED = re.compile(r"(?i)\s*(?:updated|last updated|modified)\b")
_PUBLISHED = re.compile(r"(?i)^\s*(?:published|posted|first published|date)(?:\s+(?:on|at))?\s*:?\s*")
_BYLINE = re.compile(r"(?i)^\s*(?:by|written by|words by|reported by|story by|posted by)\s+(.+)$")
_NOT_A_NAME = frozenset({"admin", "administrator", "editor", "staff", "webmaster"})  # "Posted by admin"
# A wire credit: "(Reporting by Alex Lawler in London; Editing by Louise Heavens)": the reporters, not the editors.
_CREDIT = re.compile(r"(?i)^\s*\(?\s*(?:reporting|writing|additional reporting) by\s+([^;)]+)")
_CREDIT_PLACE = re.compile(r"\s+in\s+[A-Z][\w'. -]*$")


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
    if _RFC2822.match(text):
        try:
            return _utc(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return _in_words(text)


def _in_words(text: str) -> datetime | None:
    if not (_MONTH.search(text) and _YEAR.search(text)):
        return None
    try:
        dt = dateutil_parser.parse(text, default=datetime(1900, 1, 1), tzinfos=_ZONES, fuzzy=True)
        if dateutil_parser.parse(text, default=datetime(1900, 1, 2), tzinfos=_ZONES, fuzzy=True).day != dt.day:
            return None  # no day given ("May 2024"): not a publication date
    except (ValueError, OverflowError, TypeError):
        return None
    return _utc(dt)


def _dateline_date(line: str) -> str | None:
    """The date text of a removed dateline ("Published 12:03, 4 March 2025 | Updated 14:10"), if it reads as one."""
    head = _FIELD_SEP.split(line, maxsplit=1)[0]
    if _UPDATED.match(head):
        return None
    date = _PUBLISHED.sub("", head)
    return date if parse_datetime(date) else None


def from_dateline(line: str) -> datetime | None:
    """The publication time in a removed dateline."""
    date = _dateline_date(line)
    return parse_datetime(date) if date else None


def from_byline(line: str) -> str | None:
    """The names in a removed "By …" byline line, or the reporters of a wire credit line."""
    m = _BYLINE.match(line)
    if m:
        return None if m.group(1).strip().lower() in _NOT_A_NAME else _text(m.group(1))
    m = _CREDIT.match(line)
    return _text(_CREDIT_PLACE.sub("", m.group(1).strip())) if m else None


def columns(meta: dict | None, encoding: str | None = None, boilerplate: list[dict] | None = None) -> dict:
    """The metadata columns of one output row (every key present; None where the source said nothing).

    Where the source gave no author or date, a byline or dateline line that boilerplate removal took
    from the text fills ``byline`` / ``published`` (a dateline only when it reads as a date).
    """
    meta = dict(meta or {})
    for b in boilerplate or ():
        if b["kind"] == "byline" and not meta.get("author"):
            meta["author"] = from_byline(b["text"])
        elif b["kind"] == "dateline" and not meta.get("date"):
            meta["date"] = _dateline_date(b["text"])
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
