"""The written Parquet is readable, with its nested columns intact, by DuckDB, pandas and Polars."""

import pytest

from newsetl.cli import main


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("readers") / "out"
    assert main(["run", "--output", str(out)]) == 0
    return out / "articles"


def test_duckdb_unnests_quotes(sample_output):
    import duckdb

    rows = duckdb.sql(
        f"select q.speaker, q.cue from read_parquet('{sample_output}/*.parquet'), unnest(quotes) as t(q)"
    ).fetchall()
    assert rows and all(cue for _, cue in rows if cue is not None)


def test_pandas_reads_nested_columns(sample_output):
    import pandas as pd

    df = pd.read_parquet(sample_output)
    assert len(df) >= 3
    first_edit = next(e for edits in df["edits"] for e in edits)
    assert set(first_edit) == {"field", "rule", "before", "after", "start", "end"}


def test_polars_reads_the_schema(sample_output):
    import polars as pl

    df = pl.read_parquet(f"{sample_output}/*.parquet")
    assert df.schema["quotes"] == pl.List(
        pl.Struct(
            {"text": pl.String, "speaker": pl.String, "speaker_mention": pl.String, "cue": pl.String,
             "kind": pl.String, "paragraph": pl.Int32, "start": pl.Int32, "end": pl.Int32}
        )
    )
    assert df.filter(pl.col("spun")).height >= 1
