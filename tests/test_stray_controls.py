"""A text dump with a stray NUL or BEL (a scraper's bad write) is text: it is processed, and Unicode repair
removes the control characters and records each one. Only data that is mostly NULs or control characters is
binary and dead-lettered. Until session 14 a single NUL made a whole article a dead letter, and a BEL in ASCII
text reached the output (ASCII skipped Unicode repair)."""

from __future__ import annotations

import pytest
from robust_corpus import read_dead, read_report, read_rows, run

import newsetl
from newsetl.edits import undo
from newsetl.read.decode import DecodeError, decode

ARTICLE = (
    "Council approves budget\n\n"
    "The council approved the budget\x00 on Tuesday after a long debate.\n\n"
    "It passed by 30 votes to 12\x07, the clerk said.\n"
)


def test_a_few_stray_nuls_leave_a_dump_text():
    text, enc = decode(ARTICLE.encode("utf-8"))
    assert enc == "utf-8" and text == ARTICLE


@pytest.mark.parametrize(
    "data",
    [
        b"Headline\x00\x00\x00\n\nBody\x00text" + b"\x00" * 500,  # mostly NULs
        bytes(range(32)) * 40,  # control characters
        b"\x00\x01\x02\x03" * 100,
    ],
)
def test_binary_data_is_still_refused(data):
    with pytest.raises(DecodeError):
        decode(data)


def test_control_characters_are_removed_and_recorded():
    row = newsetl.process(ARTICLE, source="x.txt")
    assert "\x00" not in row["body"] and "\x07" not in row["body"]
    assert row["paragraphs"] == [
        "The council approved the budget on Tuesday after a long debate.",
        "It passed by 30 votes to 12, the clerk said.",
    ]
    removed = [(e["rule"], e["before"], e["after"]) for e in row["edits"]]
    assert removed == [("unicode.remove_control_chars", "\x00", ""), ("unicode.remove_control_chars", "\x07", "")]


@pytest.mark.parametrize("text", ["A BEL\x07 in plain ASCII", "DEL\x7f and VT\x0b too", "tab\tand\nline breaks stay"])
def test_ascii_controls_in_a_headline_or_paragraph(text):
    from newsetl.clean import unicode

    fixed, edits = unicode.repair_unicode(text)
    assert all(c not in fixed for c in "\x07\x7f\x0b")
    assert undo(fixed, edits) == text
    assert bool(edits) == (fixed != text)


def test_the_pipeline_writes_the_article_instead_of_dead_lettering_it(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "stray-nul.txt").write_bytes(ARTICLE.encode("utf-8"))
    (tmp_path / "in" / "binary.bin.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    out = tmp_path / "out"
    run(["--input", str(tmp_path / "in"), "--output", str(out)])
    rows, dead, report = read_rows(out), read_dead(out), read_report(out)
    assert [r["headline"] for r in rows] == ["Council approves budget"]
    assert [d["stage"] for d in dead] == ["decode"]
    assert report["reconciled"] is True
