"""Record metadata columns: what readers found about a record reaches the row, dates parsed to UTC."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsetl.metadata import MAX_CHARS, columns, parse_datetime
from newsetl.read import RawDoc, read_path
from newsetl.schema import article_schema, column_names, spec
from newsetl.stage import to_row

UTC = timezone.utc
META_COLUMNS = ["url", "published", "published_at", "byline", "site", "language", "record_id", "fetched_at", "encoding"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-03-05T10:30:00+01:00", datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
        ("2024-03-05T10:30:00Z", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("2024-03-05T10:30:00.250-0500", datetime(2024, 3, 5, 15, 30, 0, 250000, tzinfo=UTC)),
        ("2024-03-05 10:30:00", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),  # no zone: taken as UTC
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 10:30:00 GMT", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 10:30:00 +0200", datetime(2024, 3, 5, 8, 30, tzinfo=UTC)),
        ("1709634600", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("1709634600000", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("March 5, 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("5 March 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("  2024-03-05T10:30:00Z \n", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
    ],
)
def test_dates_news_sites_write_are_parsed_to_utc(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "yesterday", "2 hours ago", "2024-13-45", "0001-01-01T00:00:00Z", "9999-12-31", "12345", "Published: soon",
     "2024-03-05T10:30:00+01:00 " * 10, None],
)
def test_unreadable_or_implausible_dates_give_none(text):
    assert parse_datetime(text) is None


@given(st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)))
def test_iso_round_trip(dt):
    assert parse_datetime(dt.isoformat()) == dt


@given(
    st.datetimes(min_value=datetime(1901, 1, 2), max_value=datetime(2099, 12, 30)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_offsets_are_applied(dt, minutes):
    zone = timezone(timedelta(minutes=minutes))
    aware = dt.replace(tzinfo=zone, microsecond=0)
    assert parse_datetime(aware.isoformat()) == aware.astimezone(UTC)


@given(st.text(max_size=80))
def test_parse_datetime_never_raises_and_is_utc(text):
    got = parse_datetime(text)
    assert got is None or (got.utcoffset() == timedelta(0) and 1900 <= got.year <= 2100)


def test_columns_always_has_every_metadata_column():
    assert list(columns(None)) == META_COLUMNS
    assert all(v is None for v in columns({}).values())


def test_columns_trim_bound_and_normalise():
    cols = columns(
        {"url": "  https://x.example/a \n", "author": "A  B", "language": "EN-GB", "site": "X" * 5000,
         "source": "ignored when site is given", "id": "7", "date": "2024-03-05"},
        "cp1252",
    )
    assert cols["url"] == "https://x.example/a"
    assert cols["byline"] == "A B"
    assert cols["language"] == "en-gb"
    assert len(cols["site"]) == MAX_CHARS
    assert cols["record_id"] == "7"
    assert cols["published"] == "2024-03-05" and cols["published_at"] == datetime(2024, 3, 5, tzinfo=UTC)
    assert cols["encoding"] == "cp1252"
    assert columns({"source": "example.com"})["site"] == "example.com"


def test_schema_v2_adds_the_metadata_columns_and_keeps_every_v1_column():
    v1 = {f["name"]: f for f in spec(1)["fields"]}
    v2 = {f["name"]: f for f in spec(2)["fields"]}
    assert {n: v2[n] for n in v1} == v1
    assert [n for n in column_names(2) if n not in v1] == META_COLUMNS
    assert article_schema(2).field("published_at").type == pa.timestamp("us", tz="UTC")


def _row(path: str, data: bytes) -> dict:
    (doc,) = [r for r in read_path(path, io.BytesIO(data)) if isinstance(r, RawDoc)]
    row = to_row(doc)
    assert isinstance(row, dict)
    return row


def test_jsonl_scraper_fields_reach_the_row_and_encode_to_arrow():
    line = {
        "url": "https://harbour.example/news/ferry",
        "title": "Ferry timetable cut",
        "text": "The ferry will run twice a day from June.",
        "date_publish": "2025-05-02T07:00:00+01:00",
        "authors": ["Mia Holt", "Sam Reyes"],
        "source_domain": "harbour.example",
        "lang": "en",
        "_id": "abc123",
    }
    row = _row("dump.jsonl", (json.dumps(line) + "\n").encode())
    assert row["url"] == "https://harbour.example/news/ferry"
    assert row["published_at"] == datetime(2025, 5, 2, 6, 0, tzinfo=UTC)
    assert row["byline"] == "Mia Holt, Sam Reyes"
    assert (row["site"], row["language"], row["record_id"], row["encoding"]) == ("harbour.example", "en", "abc123",
                                                                                   "utf-8")
    table = pa.Table.from_pylist([row], schema=article_schema())
    assert table.column("published_at")[0].as_py() == datetime(2025, 5, 2, 6, 0, tzinfo=UTC)


def test_html_page_meta_reaches_the_row():
    page = (
        "<html lang='en-GB'><head><title>Tram</title><link rel='canonical' href='https://city.example/tram'>"
        "<meta property='article:published_time' content='2025-01-09T18:00:00Z'>"
        "<meta property='og:site_name' content='City News'><meta name='author' content='Jo Park'></head>"
        "<body><article><h1>Tram line to reopen</h1><p>The tram line reopens on Monday after repairs.</p>"
        "</article></body></html>"
    )
    row = _row("page.html", page.encode())
    assert row["url"] == "https://city.example/tram"
    assert row["published_at"] == datetime(2025, 1, 9, 18, 0, tzinfo=UTC)
    assert (row["site"], row["byline"], row["language"]) == ("City News", "Jo Park", "en-gb")


def test_warc_record_gives_target_uri_and_fetch_time():
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    body = b"<html><body><h1>Bus lane opens</h1><p>The new bus lane opened on Friday morning.</p></body></html>"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    rec = w.create_warc_record("https://city.example/bus", "response", payload=io.BytesIO(body), http_headers=http,
                               warc_headers_dict={"WARC-Date": "2025-02-03T04:05:06Z"})
    w.write_record(rec)
    row = _row("crawl.warc", buf.getvalue())
    assert row["url"] == "https://city.example/bus"
    assert row["fetched_at"] == datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC)


def test_plain_text_rows_have_null_metadata_but_the_encoding():
    row = to_row(RawDoc("a.txt", "Headline here\n\nA paragraph of body text.", encoding="utf-8"))
    assert isinstance(row, dict)
    assert row["encoding"] == "utf-8"
    assert all(row[c] is None for c in META_COLUMNS if c != "encoding")


def test_run_report_counts_metadata_and_encodings():
    from newsetl import report
    from newsetl.stage import row_stats

    rows = [
        to_row(RawDoc("a.jsonl", "Head\n\nBody text one.", "line:1", "utf-8", {"url": "https://a.example/1"})),
        to_row(RawDoc("b.txt", "Head\n\nBody text two.", None, "cp1252")),
    ]
    total = report.merge_all(row_stats(r) for r in rows)
    assert total["with_metadata"] == {"url": 1}
    assert total["by_encoding"] == {"utf-8": 1, "cp1252": 1}


def test_news_please_and_mongodb_export_shapes():
    line = {
        "_id": {"$oid": "65e6f1aa01"},
        "title": "Library hours extended",
        "maintext": "The central library will open until nine on weekdays.",
        "date_publish": {"$date": {"$numberLong": "1709634600000"}},
        "date_download": {"$date": "2024-03-06T08:00:00Z"},
        "authors": [{"name": "Lena Ortiz"}, {"name": "Tom Baker"}],
    }
    row = _row("export.jsonl", (json.dumps(line) + "\n").encode())
    assert row["record_id"] == "65e6f1aa01"
    assert row["published_at"] == datetime(2024, 3, 5, 10, 30, tzinfo=UTC)
    assert row["fetched_at"] == datetime(2024, 3, 6, 8, 0, tzinfo=UTC)
    assert row["byline"] == "Lena Ortiz, Tom Baker"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12:03, 4 March 2025 GMT", datetime(2025, 3, 4, 12, 3, tzinfo=UTC)),
        ("Tue March 4, 2025 3:41 PM EST", datetime(2025, 3, 4, 20, 41, tzinfo=UTC)),
        ("Mar 4 2025 3:41pm EDT", datetime(2025, 3, 4, 19, 41, tzinfo=UTC)),
        ("May 2024", None),  # no day: not a publication date
        ("04/03/2025", None),  # day or month first? not guessed
        ("5 min read", None),
    ],
)
def test_dates_in_words(text, expected):
    assert parse_datetime(text) == expected


def test_removed_byline_and_dateline_fill_missing_metadata():
    text = (
        "Ferry fares to rise in spring\n"
        "By Jane Smith and Omar Ali, Transport Reporters\n"
        "Published 12:03, 4 March 2025 | Updated 14:10\n"
        "Ferry fares on the island routes will rise by five per cent from April, the operator said."
    )
    row = to_row(RawDoc("f.txt", text, encoding="utf-8"))
    assert row["byline"] == "Jane Smith and Omar Ali, Transport Reporters"
    assert row["published"] == "12:03, 4 March 2025"
    assert row["published_at"] == datetime(2025, 3, 4, 12, 3, tzinfo=UTC)
    # what the source said wins over the text
    given = to_row(RawDoc("f.jsonl", text, "line:1", "utf-8", {"author": "Desk", "date": "2025-03-05"}))
    assert (given["byline"], given["published"]) == ("Desk", "2025-03-05")


def test_relative_or_updated_datelines_do_not_fill_published():
    for line in ("Published 3 hours ago", "Updated 3:41 PM EST, Tue March 4, 2025"):
        row = to_row(RawDoc("f.txt", f"Headline here\n{line}\nThe body of the story follows in full here.", None))
        assert row["published"] is None and row["published_at"] is None


def test_wire_credit_line_gives_the_reporters_not_the_editors():
    from newsetl.metadata import from_byline

    line = "(Reporting by Alex Lawler in London; Additional reporting by Florence Tan; Editing by Louise Heavens)"
    assert from_byline(line) == "Alex Lawler"
    assert from_byline("(Reporting by Jane Doe and John Roe; Editing by Sam Poe)") == "Jane Doe and John Roe"
    assert from_byline("(Editing by Louise Heavens)") is None


def test_wire_credit_fills_the_byline_of_a_plain_text_dump():
    from newsetl import process

    text = (
        "Oil prices climb as tensions rise\n\nOil prices rose more than 2% on Monday, traders said.\n\n"
        "(Reporting by Alex Lawler in London; Editing by Louise Heavens)\n"
    )
    row = process(text, "wire.txt")
    assert row["byline"] == "Alex Lawler"
    assert all("Reporting by" not in p for p in row["paragraphs"])
