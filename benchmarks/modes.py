"""The four ways of turning the corpus into Parquet that the benchmark compares.

1. floor: read and write the raw text as rows, no processing (what I/O + Arrow cost);
2. single: read -> ``newsetl`` stage.to_row (process) -> Parquet on one core, with CPU timings;
3. pool: the same work in a ``multiprocessing.Pool``, each task writing its own file;
4. pipeline: ``newsetl.runner.run`` on the DirectRunner (in-process or worker processes).

Every mode streams: rows go to the Parquet writer in fixed-size record batches and are
then dropped, so memory does not grow with the number of articles.
"""

from __future__ import annotations

import glob
import math
import multiprocessing
import os
import time
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.parquet as pq

from benchmarks.stages import CLOCK, StageTimer, breakdown, instrument
from newsetl.read import RawDoc, read_file
from newsetl.schema import article_schema
from newsetl.stage import to_row


class ParquetSink:
    """Rows -> one zstd Parquet file, one record batch (row group) per ``batch_size`` rows."""

    def __init__(self, path: str, batch_size: int = 1000, schema: pa.Schema | None = None):
        self.schema = schema or article_schema()
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.batch_size = batch_size
        self.rows: list[dict] = []
        self.written = 0

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_batch(pa.RecordBatch.from_pylist(self.rows, schema=self.schema))
            self.written += len(self.rows)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


@dataclass
class Result:
    mode: str
    articles: int
    wall: float
    input_bytes: int
    extra: dict = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    @property
    def mb_s(self) -> float:
        return self.input_bytes / 1e6 / self.wall if self.wall else 0.0


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def raw_row(path: str, text: str) -> dict:
    """An article row holding the unprocessed text: what the floor writes."""
    first, _, rest = text.partition("\n")
    return {
        "id": "", "source": path, "headline": first, "body": rest, "paragraphs": [rest], "quotes": [],
        "people": [], "links": [], "boilerplate": [], "edits": [], "spin_score": 0.0, "spun": False,
        "word_count": 0, "pipeline_version": "floor",
    }


def floor(paths: list[str], out: str, batch_size: int = 1000) -> Result:
    started = time.perf_counter()
    sink = ParquetSink(os.path.join(out, "floor.parquet"), batch_size)
    size = 0
    for path in paths:
        data = _read(path)
        size += len(data)
        sink.add(raw_row(path, data.decode("utf-8", "replace")))
    sink.close()
    return Result("floor", sink.written, time.perf_counter() - started, size)


def _convert(paths: list[str], sink: ParquetSink, clock: dict[str, float] | None = None) -> tuple[int, int]:
    """Read, decode, process and write ``paths``; returns (input bytes, dead letters)."""
    size = dead = 0
    now = CLOCK
    for path in paths:
        t0 = now()
        data = _read(path)
        size += len(data)
        records = list(read_file(path, data))
        t1 = now()
        rows = [to_row(rec) for rec in records if isinstance(rec, RawDoc)]
        t2 = now()
        for row in rows:
            if isinstance(row, dict):
                sink.add(row)
            else:
                dead += 1
        dead += sum(1 for rec in records if not isinstance(rec, RawDoc))
        if clock is not None:
            t3 = now()
            clock["read/decode"] += t1 - t0
            clock["process"] += t2 - t1
            clock["encode"] += t3 - t2
    return size, dead


def warm_up() -> None:
    """Load lexicons and compile patterns, as DumpsToArrowFn.setup does once per worker."""
    from newsetl import process

    process("Warm-up headline\n\nA warm-up paragraph, he said.")


def single(paths: list[str], out: str, batch_size: int = 1000) -> Result:
    """One core, no instrumentation (see :func:`profile_stages` for the per-stage pass)."""
    warm_up()
    clock = {"read/decode": 0.0, "process": 0.0, "encode": 0.0}
    started = time.perf_counter()
    sink = ParquetSink(os.path.join(out, "single.parquet"), batch_size)
    size, dead = _convert(paths, sink, clock)
    t_close = CLOCK()
    sink.close()
    clock["encode"] += CLOCK() - t_close
    ended = time.perf_counter()
    n = len(paths)
    result = Result("single", sink.written, ended - started, size, {"unwritten": dead})
    result.extra["process_rate"] = n / clock["process"] if clock["process"] else 0.0
    result.extra["us_per_article"] = {k: round(1e6 * v / n, 1) for k, v in clock.items()}
    return result


def profile_stages(paths: list[str], out: str, batch_size: int = 1000) -> dict[str, float]:
    """µs per article and stage, from an instrumented pass over ``paths``."""
    if not paths:
        return {}
    timer = StageTimer()
    clock = {"read/decode": 0.0, "process": 0.0, "encode": 0.0}
    sink = ParquetSink(os.path.join(out, "profile.parquet"), batch_size)
    with instrument(timer):
        _convert(paths, sink, clock)
    t = CLOCK()
    sink.close()
    clock["encode"] += CLOCK() - t
    timer.add("read/decode", clock["read/decode"])
    timer.add("encode", clock["encode"])
    return breakdown(timer, len(paths), clock["process"])


def _pool_task(task: tuple[int, list[str], str, int]) -> tuple[int, int, int]:
    index, paths, out, batch_size = task
    sink = ParquetSink(os.path.join(out, f"pool-{index:05d}.parquet"), batch_size)
    size, dead = _convert(paths, sink)
    sink.close()
    return sink.written, size, dead


def fresh_context() -> multiprocessing.context.BaseContext:
    """Processes that start cold: forked from a server that imported the modules but processed nothing.

    A plain fork would copy the benchmark process, whose lexicons, compiled patterns and name/URL
    caches are warm from the modes that ran before on the very same articles: measured, that made a
    Pool worker's ``process()`` ~0.85 s cheaper per 3,000 articles than a cold one, and Beam's workers
    are always cold. ``forkserver`` keeps what a script's Pool gets for free (imports), not the caches.
    """
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def start_fresh_context() -> None:
    """Start the fork server now (importing this module once), so no timed mode pays for it."""
    ctx = fresh_context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        ctx.set_forkserver_preload([__name__])
        forkserver.ensure_running()
    isolated(os.getpid)  # returns once the server has imported its modules and forked a child


def isolated(fn, *args):
    """``fn(*args)`` in one fresh process (see :func:`fresh_context`); returns its (pickled) result."""
    with fresh_context().Pool(1) as p:
        return p.apply(fn, args)


def pool(paths: list[str], out: str, workers: int = 2, batch_size: int = 1000) -> Result:
    """The plain-Python limit: ``workers`` cold processes, each task writing its own Parquet file."""
    per_task = max(1, min(1000, math.ceil(len(paths) / (workers * 4))))
    starts = range(0, len(paths), per_task)
    tasks = [(i, paths[k : k + per_task], out, batch_size) for i, k in enumerate(starts)]
    started = time.perf_counter()
    written = size = dead = 0
    with fresh_context().Pool(workers, initializer=warm_up) as p:
        for w, s, d in p.imap_unordered(_pool_task, tasks):
            written, size, dead = written + w, size + s, dead + d
    wall = time.perf_counter() - started
    return Result(f"pool({workers})", written, wall, size, {"unwritten": dead, "files": len(tasks)})


def pipeline(
    folder: str, out: str, workers: int = 1, batch_size: int = 1000, beam_args: list[str] | None = None
) -> Result:
    """``newsetl run`` over ``folder``; ``workers`` > 1 uses Beam's multi_processing mode."""
    from newsetl.runner import run

    args = ["--input", folder, "--output", out, "--overwrite", "--batch-size", str(batch_size)]
    if workers > 1:
        args += ["--direct_running_mode=multi_processing", f"--direct_num_workers={workers}"]
    args += beam_args or []
    started = time.perf_counter()
    report = run(args, quiet=True)
    wall = time.perf_counter() - started
    counts = report["counts"]
    files = sorted(glob.glob(os.path.join(out, "articles", "*.parquet")))
    rows_per_file = [pq.ParquetFile(f).metadata.num_rows for f in files]
    size = sum(os.path.getsize(p) for p in glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True))
    extra = {
        "unwritten": counts["dead_lettered"] + counts["skipped"], "reconciled": report["reconciled"],
        "files": len(files), "rows_per_file": rows_per_file, "runner_wall": report["wall_seconds"],
    }
    return Result(f"pipeline({workers})", counts["written"], wall, size, extra)
