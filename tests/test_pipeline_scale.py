"""Scale check: 10,000 records with 5% malformed reconcile exactly, in-process and in worker processes.

The multi-processing run proves the transforms pickle and run in separate worker processes,
as they do on Dataflow.
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from robust_corpus import read_dead, read_report, run, tiny_article

TOTAL, MALFORMED, EMPTY = 10_000, 500, 50


def _write(folder: Path) -> None:
    """9,450 articles, 500 malformed records of four kinds, 50 empty files (skips)."""
    rng = random.Random(11)
    folder.mkdir()
    good = TOTAL - MALFORMED - EMPTY
    for i in range(TOTAL):
        sub = folder / f"d{i % 20:02d}"
        sub.mkdir(exist_ok=True)
        if i < good:
            (sub / f"a{i:05d}.txt").write_text(tiny_article(rng, i), encoding="utf-8")
        elif i < good + MALFORMED:
            kind = i % 4
            if kind == 0:
                (sub / f"bin{i}.txt").write_bytes(rng.randbytes(512))
            elif kind == 1:
                (sub / f"long{i}.txt").write_text("Headline\n\n" + "z" * 3000, encoding="utf-8")
            elif kind == 2:
                (sub / f"boiler{i}.txt").write_text(
                    "Advertisement\n\nFollow us on Twitter\n", encoding="utf-8"
                )
            else:
                (sub / f"trunc{i}.txt.gz").write_bytes(gzip.compress(tiny_article(rng, i).encode() * 3)[:40])
        else:
            (sub / f"empty{i}.txt").write_bytes(b"")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scale") / "in"
    _write(folder)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(
    "beam_args",
    [[], ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]],
    ids=["in_process", "multi_processing"],
)
def test_ten_thousand_records_reconcile_exactly(corpus, tmp_path, beam_args):
    out = tmp_path / "out"
    rep = run(["--input", str(corpus), "--output", str(out), "--max-line-chars", "2000", *beam_args])
    c = rep["counts"]
    assert rep["reconciled"]
    assert (c["files"], c["records_read"]) == (TOTAL, TOTAL)
    assert (c["written"], c["dead_lettered"], c["skipped"]) == (TOTAL - MALFORMED - EMPTY, MALFORMED, EMPTY)
    assert c["dead_by_reason"] == {
        "decode:DecodeError": 125,
        "read:LimitExceeded.max_line_chars": 125,
        "parse:EmptyArticle": 125,
        "read:EOFError": 125,
    }
    assert rep["outputs_found"] == {"written": TOTAL - MALFORMED - EMPTY, "dead_lettered": MALFORMED}
    assert len(read_dead(out)) == MALFORMED
    assert read_report(out)["options"]["beam_args"] == beam_args
