"""Limits: every exceeded bound is a dead letter naming it, found quickly, configurable from the CLI."""

from __future__ import annotations

import gzip
import io
import json
import time

import pytest
from robust_corpus import gzip_bomb

from newsetl.read import Failure, RawDoc, Skipped, dispatch, read_file, read_path
from newsetl.read.limits import DEFAULT, Deadline, LimitExceeded, Limits, check_text, from_args
from newsetl.runner import parse_args
from newsetl.stage import to_row


def _only(records) -> Failure:
    records = list(records)
    assert len(records) == 1, records
    assert isinstance(records[0], Failure), records[0]
    return records[0]


def test_gzip_bomb_stops_at_the_file_limit_without_inflating_it(tmp_path):
    bomb = gzip_bomb(tmp_path / "bomb.txt.gz", megabytes=300)
    assert bomb.stat().st_size < 1 << 20  # 300 MB of zeros in well under 1 MB
    started = time.perf_counter()
    with open(bomb, "rb") as f:
        failure = _only(read_path(str(bomb), f, Limits(max_file_bytes=2 << 20)))
    assert time.perf_counter() - started < 2.0
    assert (failure.stage, failure.error, failure.limit) == ("read", "LimitExceeded", "max_file_bytes")
    assert "max_file_bytes" in failure.message and failure.reason == "LimitExceeded.max_file_bytes"


def test_plain_file_over_the_file_limit_is_refused():
    data = b"word " * 100_000
    failure = _only(read_path("big.txt", io.BytesIO(data), Limits(max_file_bytes=10_000)))
    assert failure.limit == "max_file_bytes"


def test_record_bytes_are_utf8_bytes_not_characters():
    text = "Headline\n\n" + "\u00e9" * 600  # 610 characters, 1210 bytes
    assert check_text(text, Limits(max_record_bytes=1000)).limit == "max_record_bytes"
    assert check_text(text, Limits(max_record_bytes=2000)) is None
    failure = _only(read_file("a.txt", text.encode(), Limits(max_record_bytes=1000)))
    assert failure.limit == "max_record_bytes" and failure.excerpt.startswith("Headline")


def test_long_line_limit_names_the_limit_and_keeps_a_bounded_excerpt():
    text = "Headline\n\n" + "x" * 5000
    failure = _only(read_file("a.txt", text.encode(), Limits(max_line_chars=1000)))
    assert (failure.stage, failure.limit) == ("read", "max_line_chars")
    assert "5000 > 1000" in failure.message
    assert len(failure.as_row()["excerpt"]) <= 500


def test_fifty_megabyte_single_line_fails_fast_with_default_limits():
    data = b"word " * (10 << 20)  # 50 MB, one line
    started = time.perf_counter()
    failure = _only(read_path("one-line.txt", io.BytesIO(data), DEFAULT))
    assert time.perf_counter() - started < 3.0
    assert failure.limit == "max_record_bytes"


def test_paragraph_limit_is_a_parse_dead_letter():
    text = "Headline\n\n" + "\n\n".join(f"Paragraph number {i} is here." for i in range(30))
    out = to_row(RawDoc("a.txt", text), Limits(max_paragraphs=10))
    assert isinstance(out, Failure)
    assert (out.stage, out.limit) == ("parse", "max_paragraphs")
    assert isinstance(to_row(RawDoc("a.txt", text), Limits(max_paragraphs=30)), dict)


def test_deadline_raises_naming_its_limit_once_expired():
    now = [100.0]
    deadline = Deadline(2.0, clock=lambda: now[0])
    deadline.check()
    assert list(deadline.iterate([1, 2])) == [1, 2]
    now[0] = 102.5
    assert deadline.expired
    with pytest.raises(LimitExceeded) as info:
        deadline.check()
    assert info.value.limit == "html_seconds" and "2.5 > 2.0" in str(info.value)
    with pytest.raises(LimitExceeded):
        list(Deadline(0.5, clock=iter([0.0, 1.0]).__next__).iterate([1]))


def test_reader_taking_limits_gets_them_and_a_raised_limit_becomes_a_dead_letter(monkeypatch):
    seen = {}

    def slow_html(path, data, limits=DEFAULT):
        seen["limits"] = limits
        yield RawDoc(path, "First\n\nA first record that is fine.", locator="1")
        Deadline(0.0, clock=iter([0.0, 1.0]).__next__).check()

    monkeypatch.setitem(dispatch._readers(), ".html", slow_html)
    limits = Limits(html_seconds=0.5)
    records = list(read_file("page.html", b"<p>x</p>", limits))
    assert seen["limits"] is limits
    assert isinstance(records[0], RawDoc)
    assert isinstance(records[1], Failure) and records[1].limit == "html_seconds"


def test_reader_crash_mid_file_keeps_earlier_records(monkeypatch):
    def flaky(path, data):
        yield RawDoc(path, "One\n\nFirst record body.", locator="1")
        yield Skipped(path, "not_an_article", locator="2")
        raise KeyError("boom")

    monkeypatch.setitem(dispatch._readers(), ".flaky", flaky)
    records = list(read_file("x.flaky", b"...", DEFAULT))
    assert [type(r).__name__ for r in records] == ["RawDoc", "Skipped", "Failure"]
    assert (records[2].stage, records[2].error) == ("read", "KeyError")


def test_truncated_gzip_is_a_read_dead_letter():
    full = gzip.compress(b"Headline\n\nBody text. " * 1000)
    data = full[: len(full) // 2]
    failure = _only(read_path("t.txt.gz", io.BytesIO(data), DEFAULT))
    assert failure.stage == "read" and failure.error == "EOFError"
    assert failure.excerpt.startswith("Headline\n\nBody text.")  # the prefix that did decompress


def test_every_limit_has_a_cli_flag_and_defaults_match():
    args, rest = parse_args([])
    assert from_args(args) == DEFAULT and rest == []
    args, rest = parse_args(
        [
            "--max-record-bytes",
            "1000",
            "--max-file-bytes",
            "5000",
            "--max-paragraphs",
            "7",
            "--max-line-chars",
            "300",
            "--html-seconds",
            "0.5",
            "--direct_num_workers=2",
        ]
    )
    assert from_args(args) == Limits(5000, 1000, 7, 300, 0.5)
    assert rest == ["--direct_num_workers=2"]
    with pytest.raises(SystemExit):
        parse_args(["--max-record-bytes", "0"])


def test_truncated_jsonl_gz_keeps_its_whole_records_and_reports_the_cut():
    lines = [json.dumps({"headline": f"Story {i}", "text": f"Body of story {i}. " * 20}) for i in range(200)]
    full = gzip.compress("\n".join(lines).encode())
    records = list(read_path("feed.jsonl.gz", io.BytesIO(full[: len(full) // 2]), DEFAULT))
    docs = [r for r in records if isinstance(r, RawDoc)]
    fails = [r for r in records if isinstance(r, Failure)]
    assert 0 < len(docs) < 200 and len(fails) == 1
    assert [d.locator for d in docs] == [f"line:{i + 1}" for i in range(len(docs))]  # in order, none skipped
    assert all(d.source == "feed.jsonl.gz" for d in docs) and docs[-1].text.startswith(f"Story {len(docs) - 1}")
    assert fails[0].stage == "read" and f"{len(docs)} whole records" in fails[0].message


def test_truncated_single_article_is_not_salvaged_as_a_shorter_article():
    full = gzip.compress(b"Headline\n\nBody text. " * 1000 + b"\n")
    records = list(read_path("one.txt.gz", io.BytesIO(full[: len(full) // 2]), DEFAULT))
    assert [type(r).__name__ for r in records] == ["Failure"]
