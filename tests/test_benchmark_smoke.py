"""Smoke test of the throughput benchmark: corpus generator + floor + single-core stage timing.

Structure only (keys, counts, ratios present); never timings.
"""

from __future__ import annotations

import os
import sys
import types

import pyarrow.parquet as pq
import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks import corpus, modes, throughput  # noqa: E402
from benchmarks.stages import StageTimer, instrument  # noqa: E402
from newsetl import core  # noqa: E402

N = 20


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    return corpus.generate(folder, N, seed=7)


def test_generator_writes_requested_articles_deterministically(generated, tmp_path):
    paths = corpus.paths(generated.folder)
    assert len(paths) == generated.files == N
    assert sum(generated.shapes.values()) == N
    assert generated.bytes == sum(os.path.getsize(p) for p in paths)
    again = corpus.generate(tmp_path, N, seed=7)
    assert [open(p, "rb").read() for p in corpus.paths(again.folder)] == [open(p, "rb").read() for p in paths]


def test_generator_shapes_look_like_news():
    import random

    rng = random.Random(3)
    spun = corpus.article(rng, "spun", 1500)
    clean = corpus.article(rng, "clean", 1500)
    assert "\n\n" in clean and "\n\n" not in spun.strip()  # blank-separated vs one paragraph per line
    assert len(clean.splitlines()[0]) < 120  # a headline first


def test_single_core_reports_every_stage(generated, tmp_path):
    paths = corpus.paths(generated.folder)
    res = modes.single(paths, str(tmp_path), batch_size=8)
    assert res.articles + res.extra["unwritten"] == N
    assert pq.ParquetFile(tmp_path / "single.parquet").metadata.num_rows == res.articles
    assert set(res.extra["us_per_article"]) == {"read/decode", "process", "encode"}
    stages = modes.profile_stages(paths[:10], str(tmp_path), batch_size=4)
    for key in ("read/decode", "boilerplate", "normalise", "spin", "quotes", "links", "other", "encode"):
        assert key in stages and stages[key] >= 0
    assert res.extra["process_rate"] > 0


def test_instrumentation_is_undone():
    before = {k: v for k, v in vars(core).items() if isinstance(v, types.ModuleType)}
    with instrument(StageTimer()) as timer:
        core.process("Headline\n\nA paragraph that one in all the readers will see, she said.")
        assert timer.seconds["spin"] > 0
    assert {k: v for k, v in vars(core).items() if isinstance(v, types.ModuleType)} == before
    assert not hasattr(core._normalise, "__wrapped__")


def test_floor_and_ratios(generated, tmp_path):
    paths = corpus.paths(generated.folder)
    floor = modes.floor(paths, str(tmp_path))
    assert floor.articles == N
    rows = {
        "floor": {"articles_per_s": floor.rate},
        "single": {"articles_per_s": floor.rate / 4},
        "pool": {"articles_per_s": floor.rate / 2},
        "pipelineN": {"articles_per_s": floor.rate / 3, "steady_articles_per_s": floor.rate / 2.5},
    }
    r = throughput.ratios(rows)
    assert r["single/floor (2/1)"] == pytest.approx(0.25, abs=1e-3)
    assert r["pipelineN/pool (4/3)"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["pipelineN/pipeline1"] is None  # not measured: no ratio, no crash


def _role_cache_size() -> int:
    from newsetl.extract import people

    return people.role_of.cache_info().currsize


def test_pool_workers_and_isolated_modes_start_cold(generated, tmp_path):
    """The pool's workers and `single` must not inherit caches warmed by earlier modes (Beam's workers cannot)."""
    from newsetl.extract import people

    paths = corpus.paths(generated.folder)
    people.role_of("Secretary's")  # warm a cache in this process
    assert _role_cache_size() > 0
    modes.start_fresh_context()
    assert modes.isolated(_role_cache_size) == 0
    assert modes.isolated(os.getpid) != os.getpid()
    res = modes.pool(paths, str(tmp_path), workers=2, batch_size=8)
    assert res.articles + res.extra["unwritten"] == N
    assert sum(pq.ParquetFile(f).metadata.num_rows for f in tmp_path.glob("pool-*.parquet")) == res.articles
