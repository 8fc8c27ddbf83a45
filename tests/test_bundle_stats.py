"""Stats are summed per bundle in the DoFns: the run report must still count every record once."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from newsetl.runner import default_runner, run


def test_bundle_stats_reconcile(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        text = f"Headline {i}\n\nA paragraph about item {i}, she said.\n"
        (src / f"a{i}.txt").write_text(text, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "blank.txt").write_text("\n\n   \n", encoding="utf-8")
    out = tmp_path / "out"
    report = run(["--input", str(src), "--output", str(out)], quiet=True)
    c = report["counts"]
    assert report["reconciled"]
    assert c["files"] == 8
    assert c["written"] == 5
    assert c["skipped"] == 2 and c["skipped_by_reason"] == {"empty": 2}
    assert c["dead_lettered"] == 1
    assert c["records_read"] == 8
    rows = sum(pq.ParquetFile(f).metadata.num_rows for f in (out / "articles").glob("*.parquet"))
    assert rows == 5
    files = (out / "_dead_letter").glob("*.jsonl")
    dead = [json.loads(line) for f in files for line in f.read_text().splitlines()]
    assert [d["source"].endswith("binary.txt") for d in dead] == [True]


def test_default_runner_respects_explicit_runner():
    from apache_beam.options.pipeline_options import PipelineOptions

    assert default_runner(["--runner=DirectRunner"], PipelineOptions([])) is None
    assert type(default_runner([], PipelineOptions([]))).__name__ == "FnApiRunner"
