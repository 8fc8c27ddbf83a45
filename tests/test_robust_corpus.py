"""Hostile files through the real pipeline: no crash, every bad record dead-lettered, the run reconciles."""

from __future__ import annotations

import time

from robust_corpus import read_dead, read_report, read_rows, run, write_nasty


def test_nasty_corpus_ends_as_rows_dead_letters_or_skips(tmp_path):
    src = tmp_path / "nasty"
    expected = write_nasty(src, big_line_mb=50)
    started = time.perf_counter()
    rep = run(["--input", str(src), "--output", str(tmp_path / "out"), "--max-file-bytes", str(64 << 20)])
    assert time.perf_counter() - started < 60
    out = tmp_path / "out"
    rows, dead = read_rows(out), read_dead(out)
    c = rep["counts"]
    assert rep["reconciled"] and c["files"] == len(expected)
    assert c["records_read"] == c["written"] + c["dead_lettered"] + c["skipped"]
    assert (len(rows), len(dead)) == (c["written"], c["dead_lettered"])

    def name(source: str) -> str:
        return source.split("#", 1)[0].rsplit("/", 1)[-1]

    written = {name(r["source"]) for r in rows}
    dead_by_file = {}
    for d in dead:
        dead_by_file.setdefault(name(d["source"]), []).append(d)
    for file, outcome in expected.items():
        if outcome == "row":
            assert file in written and file not in dead_by_file, file
        elif outcome == "dead":
            assert file in dead_by_file and file not in written, file
        elif outcome == "skip":
            assert file not in written and file not in dead_by_file, file
        else:  # formats whose readers may not exist yet: accounted for somehow
            assert file in written or file in dead_by_file or c["skipped"] > 0, file
    untracked = [f for f in expected if f not in written and f not in dead_by_file]
    assert c["skipped"] >= len(untracked)

    assert dead_by_file["one-line.txt"][0]["limit"] == "max_record_bytes"
    assert dead_by_file["bomb.txt.gz"][0]["limit"] == "max_file_bytes"
    assert dead_by_file["truncated.txt.gz"][0]["stage"] == "read"
    assert dead_by_file["binary.txt"][0]["stage"] == "decode"
    assert dead_by_file["only-boilerplate.txt"][0]["stage"] == "parse"
    for d in dead:  # every dead letter is complete and bounded
        assert d["stage"] in {"read", "decode", "parse", "normalise", "extract", "write-encode"}
        assert d["error"] and d["message"] and len(d["excerpt"]) <= 500
    assert read_report(out)["options"]["limits"]["max_file_bytes"] == 64 << 20


def test_unreadable_input_file_is_a_dead_letter(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("Headline here\n\nA short body paragraph, it said.\n", encoding="utf-8")
    # A dangling symlink matches the glob but cannot be opened.
    (src / "gone.txt").symlink_to(tmp_path / "missing.txt")
    rep = run(["--input", str(src), "--output", str(tmp_path / "out")])
    c = rep["counts"]
    assert rep["reconciled"] and c["written"] == 1
    assert c["records_read"] == c["written"] + c["dead_lettered"] + c["skipped"]
