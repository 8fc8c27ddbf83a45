"""The job end to end: CLI on files, Parquet readable by DuckDB/pandas, and the Beam graph."""

import gzip
import json
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from newsetl.beam import ProcessDumps
from newsetl.cli import main
from newsetl.resources import sample_dir
from newsetl.schema import article_schema

ARTICLE = (
    "Library reopens after two-year refit\n"
    "The central library reopened on Saturday after a two-year refit costing £12m.\n"
    "‘It is wonderful to have it back,’ said Joan Pike, who has used the library since 1971.\n"
    "Follow Town News on Twitter and Facebook for the latest news updates.\n"
    "MORE: Museum plans new wing for local history collection\n"
)


def _rows(out: Path) -> list[dict]:
    return pq.read_table(out / "articles", schema=article_schema()).to_pylist()


def test_cli_runs_on_files_and_writes_parquet_with_report(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "library.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "library-latin1.txt").write_bytes(ARTICLE.replace("‘", "'").replace("’", "'").encode("latin-1"))
    (src / "zipped.txt.gz").write_bytes(gzip.compress(ARTICLE.replace("Library", "Museum").encode()))
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out"
    assert main(["run", "--input", str(src), "--output", str(out)]) == 0
    rows = _rows(out)
    assert sorted(r["headline"] for r in rows) == [
        "Library reopens after two-year refit",
        "Library reopens after two-year refit",
        "Museum reopens after two-year refit",
    ]
    assert all("MORE:" not in r["body"] for r in rows)
    report = json.loads((out / "_run_report.json").read_text())
    counts = report["counts"]
    assert (counts["records_read"], counts["written"], counts["dead_lettered"]) == (4, 3, 1)
    assert report["reconciled"] is True
    dead = [json.loads(line) for f in (out / "_dead_letter").glob("*.jsonl") for line in f.read_text().splitlines()]
    assert [d["source"].endswith("binary.txt") for d in dead] == [True]
    assert dead[0]["stage"] == "decode" and dead[0]["message"]
    assert "articles written" in capsys.readouterr().out


def test_cli_refuses_non_empty_output_without_overwrite(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("precious")
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    try:
        main(["run", "--input", str(src), "--output", str(out)])
    except SystemExit as exc:
        assert "not empty" in str(exc)
    else:
        raise AssertionError("a non-empty output folder was written into")
    assert (out / "keep.txt").read_text() == "precious"
    assert main(["run", "--input", str(src), "--output", str(out), "--overwrite"]) == 0
    assert not (out / "keep.txt").exists() and len(_rows(out)) == 1


def test_bundled_sample_is_the_default_input(tmp_path):
    out = tmp_path / "out"
    assert main(["run", "--output", str(out)]) == 0
    rows = _rows(out)
    assert len(rows) == len(list(sample_dir().glob("*.txt"))) >= 3
    import duckdb

    n = duckdb.sql(f"select count(*) from read_parquet('{out}/articles/*.parquet') where len(quotes) > 0").fetchall()
    assert n[0][0] >= 3


def test_process_dumps_transform(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    with TestPipeline() as p:
        out = p | ProcessDumps([str(tmp_path / "*.txt")])
        headlines = out["tables"] | beam.FlatMap(lambda t: t.column("headline").to_pylist())
        assert_that(headlines, equal_to([ARTICLE.splitlines()[0]]), label="rows")
        assert_that(
            out["dead"] | beam.Map(lambda d: (Path(d["source"]).name, d["stage"])),
            equal_to([("bad.txt", "decode")]),
            label="dead",
        )
