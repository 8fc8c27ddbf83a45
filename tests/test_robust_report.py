"""The run report: complete, reconciled against what is on disk, and a failed run when it is not."""

from __future__ import annotations

import pytest
from robust_corpus import read_dead, read_report, read_rows, run, write_articles

import newsetl
from newsetl import beam as newsetl_beam
from newsetl import report
from newsetl.runner import main


def test_report_fields_and_counts_match_the_output(tmp_path, capsys):
    write_articles(tmp_path / "in", 6)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out"
    assert main(["--input", str(tmp_path / "in"), "--output", str(out), "--max-paragraphs", "40"]) == 0
    printed = capsys.readouterr().out
    assert "records read" in printed and "reconciled         yes" in printed
    rep = read_report(out)
    c = rep["counts"]
    assert (c["files"], c["records_read"], c["written"], c["dead_lettered"], c["skipped"]) == (8, 8, 6, 1, 1)
    assert c["dead_by_stage"] == {"decode": 1} and c["dead_by_reason"] == {"decode:DecodeError": 1}
    assert c["skipped_by_reason"] == {"empty": 1}
    rows = read_rows(out)
    assert len(rows) == 6 and len(read_dead(out)) == 1
    assert c["quotes"] == sum(len(r["quotes"]) for r in rows)
    assert c["links"] == sum(len(r["links"]) for r in rows)
    assert c["spun"] == sum(r["spun"] for r in rows)
    assert sum(c["edits_by_rule"].values()) == sum(len(r["edits"]) for r in rows)
    assert sum(c["boilerplate_by_kind"].values()) == sum(len(r["boilerplate"]) for r in rows)
    assert rep["outputs_found"] == {"written": 6, "dead_lettered": 1} and rep["reconciled"] is True
    assert rep["options"]["limits"]["max_paragraphs"] == 40
    assert set(rep["versions"]) >= {"newsetl", "apache_beam", "pyarrow"}
    assert rep["versions"]["newsetl"] == newsetl.__version__
    assert rep["wall_seconds"] > 0 and rep["inputs"]


def test_write_encode_failure_is_a_dead_letter_and_the_run_reconciles(tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 4)
    real = newsetl_beam.to_row

    def poisoned(doc, limits):
        row = real(doc, limits)
        if doc.source.endswith("article-00002.txt"):
            row = dict(row, word_count=2**40)  # does not fit the schema's int32
        return row

    monkeypatch.setattr(newsetl_beam, "to_row", poisoned)
    rep = run(["--input", str(tmp_path / "in"), "--output", str(tmp_path / "out")])
    c = rep["counts"]
    assert (c["records_read"], c["written"], c["dead_lettered"]) == (4, 3, 1)
    assert c["dead_by_stage"] == {"write-encode": 1}
    (dead,) = read_dead(tmp_path / "out")
    assert dead["stage"] == "write-encode" and dead["source"].endswith("article-00002.txt")
    assert dead["error"].startswith("Arrow") or "overflow" in dead["message"].lower()
    assert len(read_rows(tmp_path / "out")) == 3 and rep["reconciled"]


def test_lost_records_fail_the_run_and_keep_the_previous_output(tmp_path, monkeypatch, capsys):
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["--input", str(tmp_path / "in"), "--output", str(out)]) == 0
    before = read_report(out)
    # A skip that forgets to count itself: records read no longer add up.
    monkeypatch.setattr(report, "skipped", lambda reason: {"skipped_by_reason": {reason: 1}})
    code = main(["--input", str(tmp_path / "in"), "--output", str(out), "--overwrite"])
    assert code == 3
    err = capsys.readouterr().err
    assert "does not reconcile" in err and "read 4 != written 3" in err
    assert read_report(out) == before  # the good output was not replaced
    (failed,) = [p for p in tmp_path.iterdir() if p.name.startswith("out.failed-")]
    bad = read_report(failed)
    assert bad["reconciled"] is False and "skipped_by_reason sums to 1, not skipped 0" in bad["error"]


def test_reconcile_checks_outputs_on_disk():
    stats = report.merge_all([{"records_read": 3, "written": 2}, report.dead("parse", "X")])
    report.reconcile(stats, {"written": 2, "dead_lettered": 1})
    with pytest.raises(report.ReconciliationError, match="written counted 2 but the output holds 1"):
        report.reconcile(stats, {"written": 1, "dead_lettered": 1})
    with pytest.raises(report.ReconciliationError, match="read 4 != written 2"):
        report.reconcile(report.merge(dict(stats), {"records_read": 1}))


def test_table_lists_dead_letter_reasons():
    counts = report.merge_all([report.dead("read", "LimitExceeded.max_file_bytes"), {"records_read": 1}])
    table = report.format_table({"counts": counts, "wall_seconds": 1.5, "reconciled": True})
    assert "read:LimitExceeded.max_file_bytes" in table and "inputs matched" in table
