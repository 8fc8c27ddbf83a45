"""Same input, same output: identical rows across runs; the output folder is replaced atomically."""

from __future__ import annotations

import os

import pytest
from robust_corpus import read_report, read_rows, run, tree, write_articles, write_nasty


def _key(row: dict) -> str:
    return row["id"]


def test_two_runs_give_identical_rows(tmp_path):
    src = tmp_path / "in"
    write_articles(src, 30)
    write_nasty(src / "nasty", big_line_mb=1)
    a = run(["--input", str(src), "--output", str(tmp_path / "a"), "--max-file-bytes", str(4 << 20)])
    b = run(
        [
            "--input",
            str(src),
            "--output",
            str(tmp_path / "b"),
            "--batch-size",
            "7",
            "--max-file-bytes",
            str(4 << 20),
        ]
    )
    rows_a = sorted(read_rows(tmp_path / "a"), key=_key)
    rows_b = sorted(read_rows(tmp_path / "b"), key=_key)
    assert len(rows_a) >= 30 and rows_a == rows_b
    assert len({r["id"] for r in rows_a}) == len(rows_a)  # ids are unique per record
    assert a["counts"] == b["counts"]


def test_ids_depend_on_source_and_content(tmp_path):
    src = tmp_path / "in"
    (p,) = write_articles(src, 1)
    (src / "copy.txt").write_bytes(p.read_bytes())
    run(["--input", str(src), "--output", str(tmp_path / "out")])
    rows = read_rows(tmp_path / "out")
    assert len(rows) == 2 and rows[0]["id"] != rows[1]["id"]
    assert rows[0]["body"] == rows[1]["body"]


def test_refuses_a_non_empty_output_without_overwrite(tmp_path):
    write_articles(tmp_path / "in", 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("precious", encoding="utf-8")
    with pytest.raises(SystemExit, match="not empty; pass --overwrite"):
        run(["--input", str(tmp_path / "in"), "--output", str(out)])
    assert tree(out) == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # no staging left behind


def test_empty_output_folder_is_used_without_overwrite(tmp_path):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "out").mkdir()
    run(["--input", str(tmp_path / "in"), "--output", str(tmp_path / "out")])
    assert len(read_rows(tmp_path / "out")) == 2


def test_overwrite_replaces_the_folder_whole(tmp_path):
    write_articles(tmp_path / "in", 3)
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.parquet").write_bytes(b"old")
    run(["--input", str(tmp_path / "in"), "--output", str(out), "--overwrite"])
    files = tree(out)
    assert "stale.parquet" not in files and "_run_report.json" in files
    assert not any(f.startswith("_stats") for f in files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
    assert read_report(out)["counts"]["written"] == 3


def test_a_failing_run_leaves_the_previous_output_untouched(tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 2)
    out = tmp_path / "out"
    run(["--input", str(tmp_path / "in"), "--output", str(out)])
    before = {f: (out / f).read_bytes() for f in tree(out)}

    import newsetl.runner as runner

    def crash(*args, **kwargs):
        raise RuntimeError("pipeline blew up")

    monkeypatch.setattr(runner, "build", crash)
    with pytest.raises(RuntimeError, match="blew up"):
        run(["--input", str(tmp_path / "in"), "--output", str(out), "--overwrite"])
    assert {f: (out / f).read_bytes() for f in tree(out)} == before
    assert sorted(os.listdir(tmp_path)) == ["in", "out"]
