"""Readers for JSONL/JSON, HTML and WARC: realistic fixtures built here, broken and hostile input."""

from __future__ import annotations

import gzip
import io
import json
import time

import pytest
from html_pages import PAGES
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsetl.read import Failure, RawDoc, Skipped, read_file, read_path
from newsetl.read.dispatch import reader_for
from newsetl.read.html import decode_html, nesting_depth, page_record, read_html
from newsetl.read.jsonl import read_json, read_jsonl
from newsetl.read.limits import Limits
from newsetl.read.warc import read_warc


def kinds(records) -> list[str]:
    return [type(r).__name__ for r in records]


# --- dispatch -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "reader"),
    [
        ("a.jsonl", read_jsonl),
        ("a.ndjson.gz", read_jsonl),
        ("a.json.zst", read_json),
        ("A.HTML", read_html),
        ("a.htm.bz2", read_html),
        ("crawl.warc", read_warc),
        ("crawl.warc.gz", read_warc),
    ],
)
def test_dispatch_by_suffix_after_compression(path, reader):
    assert reader_for(path) is reader


# --- HTML -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PAGES))
def test_html_pages_give_headline_and_content_paragraphs(name):
    page, headline, paragraphs, absent = PAGES[name]
    data = page.encode("latin-1" if name == "div_soup" else "utf-8")
    [doc] = read_html(f"{name}.html", data)
    assert isinstance(doc, RawDoc)
    parts = doc.text.split("\n\n")
    assert parts[0] == headline
    assert parts[1:] == paragraphs
    for junk in absent:
        assert junk not in doc.text


def test_html_meta_fields():
    [doc] = read_html("p.html", PAGES["wordpress"][0].encode())
    assert doc.meta["url"] == "https://coastal-courier.example/2024/05/harbour-wall/"
    assert doc.meta["date"].startswith("2024-05-14")
    assert doc.meta["site"] == "Coastal Courier"


def test_title_site_suffix_is_stripped_when_no_og_title():
    html = "<html><head><title>Ferry timetable changes announced | Island Times</title></head>"
    html += (
        "<body><p>The ferry company has published a new winter timetable for the islands.</p></body></html>"
    )
    [doc] = read_html("t.html", html.encode())
    assert doc.text.split("\n\n")[0] == "Ferry timetable changes announced"


def test_html_without_any_container_uses_body_and_keeps_quotes():
    html = "<p>\u2018Quoted,\u2019 she said &mdash; and \u201cmore\u201d.</p><p>Second &amp; last.</p>"
    [doc] = read_html("bare.html", html.encode())
    assert doc.text == "\u2018Quoted,\u2019 she said \u2014 and \u201cmore\u201d.\n\nSecond & last."


def test_html_charset_order_http_then_meta_then_detection():
    body = '<html><head><meta charset="windows-1251"></head><body><p>caf\u00e9 cr\u00e8me</p></body></html>'
    latin = body.encode("cp1252")
    assert decode_html(latin, http_charset="iso-8859-1")[0].count("caf\u00e9") == 1  # HTTP wins
    legacy = (
        "<meta charset=utf-8><p>Tickets cost \u00a35 at the caf\u00e9 and the fa\u00e7ade is being restored; "
        "the r\u00e9sum\u00e9 of works is published.</p>"
    ).encode("cp1252")
    text, enc = decode_html(legacy)
    # Declared UTF-8 that is not: detection decides, and the pound sign survives (cp1250 would read it as "Ł").
    assert "\u00a35 at the caf\u00e9" in text and "fa\u00e7ade" in text and enc == "cp1252"
    text, enc = decode_html("\ufeff<p>\u00e9t\u00e9</p>".encode("utf-16"))
    assert "\u00e9t\u00e9" in text


def test_deeply_nested_html_is_refused_quickly_naming_the_limit():
    data = ("<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000).encode()
    start = time.monotonic()
    [rec] = read_html("deep.html", data)
    assert time.monotonic() - start < 2
    assert isinstance(rec, Failure) and rec.stage == "parse" and rec.error == "LimitExceeded"
    assert "max_html_depth" in rec.message


@pytest.mark.parametrize(
    "html",
    ["<b>" * 50_000 + "x", "<div></nope>" * 50_000, "<span><a>" * 30_000, "<table><tr><td>" * 30_000],
)
def test_other_deep_shapes_are_refused(html):
    [rec] = read_html("deep.html", html.encode())
    assert isinstance(rec, Failure) and "max_html_depth" in rec.message


def test_depth_estimate_ignores_void_implied_and_raw_text():
    html = "<html><body>" + "<p>para<br><img src=x>" * 5000 + "<li>item" * 5000
    html += "<script>" + "if (a<b) {}" * 5000 + "</script><!-- <div><div> -->"
    assert nesting_depth(html, 2000) <= 3


def test_wide_flat_page_is_fine_and_bounded_in_time():
    html = "<main>" + "<p>A sentence of ordinary prose, repeated.</p>" * 20_000 + "</main>"
    [doc] = read_html("wide.html", html.encode())
    assert isinstance(doc, RawDoc) and doc.text.count("\n\n") == 0  # identical adjacent paragraphs fold
    [rec] = read_html("slow.html", html.encode(), Limits(html_seconds=0.0))
    assert isinstance(rec, Failure) and "html_seconds" in rec.message
    [rec] = read_html("big.html", html.encode(), Limits(max_html_bytes=1000))
    assert isinstance(rec, Failure) and "max_html_bytes" in rec.message


def test_html_without_text_is_skipped_and_empty_file_too():
    assert kinds(read_html("a.html", b"<html><body><script>x()</script></body></html>")) == ["Skipped"]
    assert [r.reason for r in read_html("b.html", b"  \n")] == ["empty"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abpdivscriptlh1!-&;#\n")), max_size=400))
def test_html_reader_never_raises(text):
    for rec in read_html("fuzz.html", text.encode()):
        assert isinstance(rec, (RawDoc, Failure, Skipped))


# --- JSONL / JSON ---------------------------------------------------------------------------

SCRAPED = [
    {  # news-please style
        "title": "Library opening hours extended",
        "maintext": "The central library will open until 9pm.\nStaff say demand has grown since the spring.",
        "url": "https://news.example/lib",
        "date_publish": "2024-02-01 10:00:00",
        "source_domain": "news.example",
        "authors": ["Ann Lee", "Bo Kim"],
    },
    {  # paragraphs as a list, headline repeated as the first paragraph
        "headline": "Museum wins national award",
        "body": [
            "Museum wins national award",
            "The town museum was named best small museum.",
            "Judges praised its new \u2018hands-on\u2019 gallery.",
        ],
    },
    {  # WordPress REST API
        "id": 77,
        "link": "https://wp.example/?p=77",
        "title": {"rendered": "Council tax to rise by 3&#37;"},
        "content": {
            "rendered": "<p>Bills will rise by 3% from April.</p>\n<p>&ldquo;It is unavoidable,&rdquo; "
            'the treasurer said.</p><div class="sharedaddy">Share this</div>'
        },
    },
]


def jsonl_bytes(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_jsonl_realistic_objects():
    docs = list(read_jsonl("s.jsonl", jsonl_bytes([json.dumps(o) for o in SCRAPED])))
    assert kinds(docs) == ["RawDoc"] * 3
    assert [d.locator for d in docs] == ["line:1", "line:2", "line:3"]
    assert docs[0].text.startswith("Library opening hours extended\n\nThe central library")
    assert docs[0].meta == {
        "url": "https://news.example/lib",
        "date": "2024-02-01 10:00:00",
        "source": "news.example",
        "author": "Ann Lee, Bo Kim",
    }
    assert docs[1].text == (
        "Museum wins national award\n\nThe town museum was named best small museum."
        "\n\nJudges praised its new \u2018hands-on\u2019 gallery."
    )
    assert docs[2].text == (
        "Council tax to rise by 3%\n\nBills will rise by 3% from April.\n\n"
        "\u201cIt is unavoidable,\u201d the treasurer said."
    )
    assert docs[2].meta["url"] == "https://wp.example/?p=77" and docs[2].meta["id"] == "77"


def test_jsonl_broken_lines_are_failures_with_locators_and_the_file_goes_on():
    lines = [
        json.dumps(SCRAPED[0]),
        '{"title": "Cut off", "text": "half a rec',
        "",
        "   ",
        '["an", "array"]',
        '{"title": "No body here", "url": "https://x.example"}',
        '{"title": "Empty body", "text": "   "}',
        "[" * 100_000 + "]" * 100_000,
        json.dumps(SCRAPED[1]),
    ]
    recs = list(read_jsonl("b.jsonl", jsonl_bytes(lines)))
    assert [(type(r).__name__, r.locator) for r in recs] == [
        ("RawDoc", "line:1"),
        ("Failure", "line:2"),
        ("Failure", "line:5"),
        ("Failure", "line:6"),
        ("Failure", "line:7"),
        ("Failure", "line:8"),
        ("RawDoc", "line:9"),
    ]
    fails = [r for r in recs if isinstance(r, Failure)]
    assert {f.stage for f in fails} == {"parse"}
    assert [f.error for f in fails[:4]] == ["JSONDecodeError", "NotAnObject", "NoTextField", "NoText"]
    assert fails[0].excerpt.startswith('{"title": "Cut off"')


def test_jsonl_line_separator_inside_string_is_not_a_line_break_and_bad_bytes_stay_local():
    good = json.dumps({"title": "A\u2028B", "text": "one\u2029two"}, ensure_ascii=False).encode()
    legacy = '{"title": "Caf\u00e9 reopens", "text": "The caf\u00e9 on the square has reopened."}'.encode(
        "cp1252"
    )
    recs = list(read_jsonl("m.jsonl", good + b"\n" + legacy + b"\n" + good))
    assert kinds(recs) == ["RawDoc"] * 3
    assert recs[0].text.startswith("A B\n\none\u2029two") and recs[0].encoding == "utf-8"
    assert "caf\u00e9" in recs[1].text and recs[1].encoding != "utf-8"


def test_jsonl_utf16_with_bom():
    data = "\n".join(json.dumps(o, ensure_ascii=False) for o in SCRAPED[:2]).encode("utf-16")
    assert kinds(read_jsonl("w.jsonl", data)) == ["RawDoc", "RawDoc"]


def test_json_array_object_container_single_and_jsonl_named_json():
    arr = json.dumps([SCRAPED[0], 5, SCRAPED[1]]).encode()
    recs = list(read_json("a.json", arr))
    assert [(type(r).__name__, r.locator) for r in recs] == [
        ("RawDoc", "item:0"),
        ("Failure", "item:1"),
        ("RawDoc", "item:2"),
    ]
    assert kinds(read_json("c.json", json.dumps({"articles": SCRAPED}).encode())) == ["RawDoc"] * 3
    [one] = read_json("o.json", json.dumps(SCRAPED[1]).encode())
    assert isinstance(one, RawDoc) and one.locator is None
    lines = jsonl_bytes([json.dumps(o) for o in SCRAPED])
    assert [r.locator for r in read_json("l.json", lines)] == ["line:1", "line:2", "line:3"]
    assert kinds(read_json("e.json", b"[]")) == ["Skipped"]
    [bad] = read_json("x.json", b'{"title": ')
    assert isinstance(bad, Failure) and bad.error == "JSONDecodeError"


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".ndjson.gz", ".json.gz"])
def test_gzipped_json_through_dispatch(suffix):
    data = gzip.compress(jsonl_bytes([json.dumps(o) for o in SCRAPED]))
    assert kinds(read_path("dump" + suffix, io.BytesIO(data))) == ["RawDoc"] * 3


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=300) | st.text(alphabet=st.sampled_from(list('{}[]":,\\ \ntitlex<p>')), max_size=300)
)
def test_json_readers_never_raise(blob):
    data = blob if isinstance(blob, bytes) else blob.encode()
    for reader in (read_jsonl, read_json):
        for rec in reader("fuzz", data):
            assert isinstance(rec, (RawDoc, Failure, Skipped))


# --- WARC -----------------------------------------------------------------------------------

ARTICLE = (
    "<html><head><meta property='og:title' content='Tram line extension approved'></head><body><article>"
    "<p>The tram line will be extended to the airport by 2027, the mayor said.</p>"
    "<p>Caf\u00e9 owners near the route welcomed the plan.</p></article></body></html>"
)


def _http(status: str, content_type: str, extra=()) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")


def build_warc(gz: bool) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "test-crawler/1.0"}))
    req = StatusAndHeaders("GET /tram HTTP/1.1", [("Host", "city.example")], is_http_request=True)
    w.write_record(w.create_warc_record("https://city.example/tram", "request", http_headers=req))
    w.write_record(
        w.create_warc_record(
            "https://city.example/tram",
            "response",
            payload=io.BytesIO(ARTICLE.encode("cp1252")),
            http_headers=_http("200 OK", "text/html; charset=ISO-8859-1"),
        )
    )
    zipped = gzip.compress(ARTICLE.replace("Tram line", "Bus lane").encode())
    w.write_record(
        w.create_warc_record(
            "https://city.example/bus",
            "response",
            payload=io.BytesIO(zipped),
            http_headers=_http("200 OK", "text/html", [("Content-Encoding", "gzip")]),
        )
    )
    w.write_record(
        w.create_warc_record(
            "https://city.example/logo.png",
            "response",
            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)),
            http_headers=_http("200 OK", "image/png"),
        )
    )
    w.write_record(
        w.create_warc_record(
            "https://city.example/gone",
            "response",
            payload=io.BytesIO(b"<html><p>Not found</p></html>"),
            http_headers=_http("404 Not Found", "text/html"),
        )
    )
    w.write_record(
        w.create_warc_record(
            "https://city.example/note.txt",
            "resource",
            payload=io.BytesIO(b"Notice of road closure\n\nMain St shuts."),
            warc_content_type="text/plain",
        )
    )
    w.write_record(
        w.create_warc_record(
            "https://city.example/tram",
            "metadata",
            payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
            warc_content_type="application/warc-fields",
        )
    )
    return buf.getvalue()


EXPECTED = [
    ("Skipped", "warc:warcinfo"),
    ("Skipped", "warc:request"),
    ("RawDoc", None),
    ("RawDoc", None),
    ("Skipped", "warc:non-text"),
    ("Skipped", "warc:http-4xx"),
    ("RawDoc", None),
    ("Skipped", "warc:metadata"),
]


def summary(records):
    return [(type(r).__name__, getattr(r, "reason", None)) for r in records]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_records(gz):
    recs = list(read_warc("crawl.warc", build_warc(gz)))
    assert summary(recs) == EXPECTED
    assert all(r.locator and r.locator.startswith("<urn:uuid:") for r in recs)
    assert len({r.locator for r in recs}) == len(recs)
    tram, bus, note = [r for r in recs if isinstance(r, RawDoc)]
    assert tram.text == (
        "Tram line extension approved\n\nThe tram line will be extended to the airport by 2027, "
        "the mayor said.\n\nCaf\u00e9 owners near the route welcomed the plan."
    )
    assert tram.encoding == "cp1252" and tram.meta["url"] == "https://city.example/tram"
    assert bus.text.startswith("Bus lane extension approved")  # Content-Encoding: gzip undone
    assert note.text.startswith("Notice of road closure") and note.meta["url"].endswith("note.txt")


@pytest.mark.parametrize(
    ("name", "gz_records"), [("c.warc.gz", False), ("c.warc.gz", True), ("c.warc", True)]
)
def test_warc_gz_through_dispatch(name, gz_records):
    data = build_warc(gz_records)
    if name.endswith(".gz") and not gz_records:
        data = gzip.compress(data)
    assert summary(read_path(name, io.BytesIO(data))) == EXPECTED


def _one_response(body: bytes, uri: str) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    w.write_record(
        w.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=_http("200 OK", "text/html")
        )
    )
    return buf.getvalue()


def test_warc_wrong_content_length_fails_that_record_and_stops():
    first = _one_response(ARTICLE.encode(), "https://a.example/1")
    second = _one_response(ARTICLE.encode(), "https://a.example/2")
    third = _one_response(ARTICLE.encode(), "https://a.example/3")
    block = len(second.split(b"\r\n\r\n", 1)[1]) - 4  # the record block, without the two CRLFs after it
    for delta in (-30, +30):
        bad = second.replace(b"Content-Length: %d" % block, b"Content-Length: %d" % (block + delta), 1)
        assert bad != second
        recs = list(read_warc("w.warc", first + bad + third))
        assert kinds(recs) == ["RawDoc", "Failure"]
        assert recs[1].error == "BadContentLength" and recs[1].locator.startswith("<urn:uuid:")


def test_warc_truncated_stream_is_a_failure_not_silence():
    data = build_warc(False)
    for cut in (len(data) - 40, len(data) - 300, 700):
        recs = list(read_warc("t.warc", data[:cut]))
        assert isinstance(recs[-1], Failure) and recs[-1].error in (
            "TruncatedRecord",
            "BadContentLength",
            "MissingContentLength",
        )
        assert all(not isinstance(r, Failure) for r in recs[:-1])
    recs = list(read_path("t.warc.gz", io.BytesIO(build_warc(True)[:-50])))
    assert isinstance(recs[-1], Failure)


def test_warc_deep_html_record_fails_alone():
    deep = ("<div>" * 100_000).encode()
    data = _one_response(deep, "https://a.example/deep") + _one_response(
        ARTICLE.encode(), "https://a.example/ok"
    )
    recs = list(read_warc("d.warc", data))
    assert kinds(recs) == ["Failure", "RawDoc"] and "max_html_depth" in recs[0].message


def test_not_a_warc():
    for data in (b"hello, this is not a warc file", b"<html><p>x</p></html>", b"\x00\x01\x02"):
        [rec] = read_file("x.warc", data)
        assert isinstance(rec, Failure)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 4000), st.binary(max_size=20))
def test_warc_reader_never_raises_on_damage(cut, junk):
    data = build_warc(False)
    for rec in read_warc("f.warc", data[:cut] + junk + data[cut + len(junk) :]):
        assert isinstance(rec, (RawDoc, Failure, Skipped))


def test_page_record_passes_meta_through():
    rec = page_record("s", b"<p>Enough words here to be a paragraph of text.</p>", "loc", None, {"url": "u"})
    assert isinstance(rec, RawDoc) and rec.meta["url"] == "u" and rec.locator == "loc"


def test_jsonl_body_with_hostile_html_fails_alone():
    deep = json.dumps({"title": "Deep", "content": "<div>" * 50_000})
    recs = list(read_jsonl("h.jsonl", jsonl_bytes([deep, json.dumps(SCRAPED[0])])))
    assert kinds(recs) == ["Failure", "RawDoc"]
    assert recs[0].error == "LimitExceeded" and "max_html_depth" in recs[0].message and recs[0].locator == "line:1"


def test_truncated_warc_gz_keeps_the_records_before_the_cut():
    data = build_warc(True)
    full = list(read_path("crawl.warc.gz", io.BytesIO(data)))
    cut = list(read_path("crawl.warc.gz", io.BytesIO(data[: len(data) * 2 // 3])))
    full_docs = [r.locator for r in full if isinstance(r, RawDoc)]
    cut_docs = [r.locator for r in cut if isinstance(r, RawDoc)]
    assert cut_docs and cut_docs == full_docs[: len(cut_docs)] and len(cut_docs) < len(full_docs)
    assert isinstance(cut[-1], Failure) and cut[-1].stage == "read" and "whole records" in cut[-1].message


def test_trafilatura_json_source_url_is_the_url_and_the_host_the_site():
    obj = {"title": "Flood warnings in place", "author": "Met Desk", "hostname": "weather.example.org",
           "date": "2024-02-01", "text": "Flood warnings remain in place.", "source": "https://weather.example.org/f"}
    [doc] = list(read_jsonl("t.jsonl", json.dumps(obj).encode()))
    assert doc.meta["url"] == "https://weather.example.org/f"
    assert doc.meta["source"] == "weather.example.org"
    # no other site field: the URL's host; a named url field is kept
    obj2 = {"text": "Body.", "source": "https://news.example.com/a", "url": "https://news.example.com/a?amp"}
    [doc2] = list(read_jsonl("t.jsonl", json.dumps(obj2).encode()))
    assert doc2.meta["url"] == "https://news.example.com/a?amp" and doc2.meta["source"] == "news.example.com"
    # a source that names the outlet stays as it is
    [doc3] = list(read_jsonl("t.jsonl", json.dumps({"text": "Body.", "source": "BBC News"}).encode()))
    assert doc3.meta["source"] == "BBC News" and "url" not in doc3.meta


def test_jsonl_html_body_field_is_read_through_the_html_extractor():
    obj = {"headline": "Council acts", "body_html": "<p>The council said on <b>Monday</b> it would act.</p>"
           "<p>&ldquo;We will,&rdquo; a spokesman said.</p>"}
    [doc] = list(read_jsonl("t.jsonl", json.dumps(obj).encode()))
    assert isinstance(doc, RawDoc)
    expected = "Council acts\n\nThe council said on Monday it would act.\n\n\u201cWe will,\u201d a spokesman said."
    assert doc.text == expected
