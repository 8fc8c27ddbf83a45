"""Throughput benchmark: how close is the Beam pipeline to what this machine can do?

    python benchmarks/throughput.py --articles 20000 [--corpus DIR] [--workers 2]

Generates a corpus (or links the ``.txt`` files of ``--corpus``) into a temp folder, then
runs, side by side: (1) the floor, read + write Parquet with no processing; (2)
``newsetl`` on one core, with µs per article for each stage; (3) a plain
``multiprocessing.Pool``; (4) the real pipeline on the DirectRunner with 1 and N workers.
It prints articles/s, MB/s, CPU seconds, peak RSS of the whole process tree, and the
ratios that matter. Figures are wall-clock: run it on a quiet machine (the load average
is printed so a busy one shows).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time

if __package__ in (None, ""):  # run as a script: make the repo and its src/ importable
    _root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path[:0] = [p for p in (_root, os.path.join(_root, "src")) if p not in sys.path]
    # Beam's worker processes start fresh interpreters: they need the same path.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [_root, os.path.join(_root, "src"), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    )

from benchmarks import corpus, modes  # noqa: E402
from benchmarks.proctree import TreeMonitor  # noqa: E402

MODES = ("floor", "single", "pool", "pipeline1", "pipelineN")
STARTUP_ARTICLES = 20  # a run this small measures the pipeline's fixed cost (imports, workers, finalize)


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=20000, help="articles to generate (or take from --corpus)")
    p.add_argument("--corpus", help="take the .txt files under this folder, cycled to --articles (0: once)")
    p.add_argument("--workers", type=int, default=2, help="processes: pool, N-worker pipeline")
    p.add_argument("--batch-size", type=int, default=1000, help="rows per Parquet record batch")
    p.add_argument("--profile", type=int, default=2000, help="articles to time stage by stage (0: skip)")
    p.add_argument("--modes", default=",".join(MODES), help=f"comma-separated subset of {','.join(MODES)}")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--mean-bytes", type=int, default=2200, help="mean size of generated articles")
    p.add_argument("--tmp", help="work folder (default: a new temp folder, removed at the end)")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--json", help="also write the results as JSON to this file")
    return p.parse_known_args(argv)


def machine() -> dict:
    import apache_beam
    import pyarrow

    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), model)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "apache_beam": apache_beam.__version__,
        "pyarrow": pyarrow.__version__,
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def measured(name: str, fn, *args, **kwargs) -> dict:
    with TreeMonitor() as mon:
        res = fn(*args, **kwargs)
    row = {
        "mode": res.mode, "articles": res.articles, "wall_s": round(res.wall, 3),
        "articles_per_s": round(res.rate, 1), "mb_per_s": round(res.mb_s, 3),
        "cpu_s": round(mon.cpu_total, 2), "worker_cpu_s": [round(c, 2) for c in mon.child_cpu()],
        "articles_per_cpu_s": round(res.articles / mon.cpu_total, 1) if mon.cpu_total else None,
        "peak_rss_mb": round(mon.peak_rss / 2**20, 1), **res.extra,
    }
    print(f"  {name:<10} {row['articles_per_s']:>9.1f} articles/s  ({res.articles} in {res.wall:.1f} s)",
          flush=True)
    return row


@contextlib.contextmanager
def stderr_to(path: str):
    """Send fd 2 (ours and Beam's worker processes') to ``path``: the workers log every step."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "ab") as log:
        os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def pipeline_row(name: str, data: str, startup_data: str, out: str, workers: int, args, beam_args) -> dict:
    """The pipeline over the corpus, plus a tiny run whose wall time is the fixed cost."""
    small = modes.pipeline(startup_data, out + "-startup", workers, args.batch_size, beam_args)
    row = measured(name, modes.pipeline, data, out, workers, args.batch_size, beam_args)
    row["startup_s"] = round(small.wall, 2)
    busy = row["wall_s"] - small.wall
    if busy > 0:
        row["steady_articles_per_s"] = round((row["articles"] - small.articles) / busy, 1)
    return row


def ratios(rows: dict[str, dict]) -> dict[str, float | None]:
    def r(a: str, b: str, key: str = "articles_per_s") -> float | None:
        if a in rows and b in rows and rows[b].get(key) and rows[a].get(key):
            return round(rows[a][key] / rows[b][key], 3)
        return None

    steady = "steady_articles_per_s"

    return {
        "single/floor (2/1)": r("single", "floor"),
        "pipelineN/pool (4/3)": r("pipelineN", "pool"),
        "pipelineN steady/pool": round(rows["pipelineN"][steady] / rows["pool"]["articles_per_s"], 3)
        if rows.get("pipelineN", {}).get(steady) and rows.get("pool") else None,
        "pipelineN/pipeline1": r("pipelineN", "pipeline1"),
        "pipelineN/pipeline1 steady": r("pipelineN", "pipeline1", steady),
        "pipeline1/single": r("pipeline1", "single"),
        "pool/single": r("pool", "single"),
    }


def run(argv: list[str] | None = None) -> dict:
    args, beam_args = parse_args(argv)
    chosen = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = set(chosen) - set(MODES)
    if unknown:
        raise SystemExit(f"unknown modes: {', '.join(sorted(unknown))}")
    work = args.tmp or tempfile.mkdtemp(prefix="newsetl-bench-")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, "corpus")
    try:
        shutil.rmtree(data, ignore_errors=True)
        t = time.perf_counter()
        if args.corpus:
            info = corpus.link_corpus(args.corpus, data, args.articles)
        else:
            info = corpus.generate(data, args.articles, args.seed, args.mean_bytes)
        paths = corpus.paths(data)
        mean = info.bytes / max(info.files, 1)
        print(f"corpus: {info.files} files, {info.bytes / 1e6:.1f} MB (mean {mean:.0f} B), "
              f"{info.shapes}, ready in {time.perf_counter() - t:.1f} s", flush=True)
        results = {"machine": machine(), "corpus": vars(info), "options": vars(args), "beam_args": beam_args}
        rows: dict[str, dict] = {}

        def out(name: str) -> str:
            folder = os.path.join(work, "out", name)
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            return folder

        # Every mode starts cold, as Beam's workers do: nothing processes articles in this process before the
        # pipelines run here, and single and the pool run in fresh processes of a fork server (started after
        # the pipelines, so its memory is not in their peak RSS). See modes.fresh_context.
        if "floor" in chosen:
            rows["floor"] = measured("floor", modes.floor, paths, out("floor"), args.batch_size)
        piped = [m for m in ("pipeline1", "pipelineN") if m in chosen]
        if piped:
            small = os.path.join(work, "startup-corpus")
            shutil.rmtree(small, ignore_errors=True)
            corpus.generate(small, STARTUP_ARTICLES, args.seed + 1, args.mean_bytes)
            log = os.path.join(work, "beam.log")
            print(f"  (Beam's log: {log})", flush=True)
            with stderr_to(log):
                for m in piped:
                    workers = 1 if m == "pipeline1" else args.workers
                    rows[m] = pipeline_row(m, data, small, out(m), workers, args, beam_args)
        if "single" in chosen or "pool" in chosen:
            modes.start_fresh_context()
        if "single" in chosen:
            rows["single"] = measured("single", modes.isolated, modes.single, paths, out("single"), args.batch_size)
            if args.profile > 0:  # a second, instrumented pass, outside the measured one
                sample = paths[: args.profile]
                rows["single"]["stages_us"] = modes.isolated(modes.profile_stages, sample, out("profile"),
                                                             args.batch_size)
                rows["single"]["profiled_articles"] = len(sample)
        if "pool" in chosen:
            rows["pool"] = measured("pool", modes.pool, paths, out("pool"), args.workers, args.batch_size)
        rows = {m: rows[m] for m in MODES if m in rows}  # report in the usual order
        results["modes"] = rows
        results["ratios"] = ratios(rows)
        results["machine"]["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
        print(format_report(results))
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(results, f, indent=2, sort_keys=True)
        return results
    finally:
        if not args.keep and not args.tmp:
            shutil.rmtree(work, ignore_errors=True)


def format_report(results: dict) -> str:
    m = results["machine"]
    lines = [
        f"machine: {m['nproc']} CPUs, {m['cpu']}, Python {m['python']}, Beam {m['apache_beam']}, "
        f"pyarrow {m['pyarrow']}; load avg {m['load_avg_1m']} -> {m.get('load_avg_1m_end')}",
        f"{'mode':<12}{'articles':>9}{'wall s':>9}{'art/s':>9}{'MB/s':>8}{'CPU s':>8}{'art/CPUs':>9}"
        f"{'RSS MB':>8}  notes",
    ]
    for name, r in results["modes"].items():
        notes = []
        if r.get("worker_cpu_s"):
            notes.append("worker CPU s " + "/".join(f"{c:g}" for c in r["worker_cpu_s"][:6]))
        if "files" in r:
            notes.append(f"{r['files']} parquet files")
        if "startup_s" in r:
            notes.append(f"fixed cost {r['startup_s']:g} s, steady {r.get('steady_articles_per_s', 0):g}/s")
        if "process_rate" in r:
            notes.append(f"process() alone {r['process_rate']:.0f}/CPU-s")
        if r.get("unwritten"):
            notes.append(f"{r['unwritten']} not written")
        lines.append(
            f"{name:<12}{r['articles']:>9}{r['wall_s']:>9.1f}{r['articles_per_s']:>9.1f}{r['mb_per_s']:>8.2f}"
            f"{r['cpu_s']:>8.1f}{r['articles_per_cpu_s'] or 0:>9.1f}{r['peak_rss_mb']:>8.0f}  "
            + "; ".join(notes)
        )
    single = results["modes"].get("single", {})
    if single.get("us_per_article"):
        parts = ", ".join(f"{k} {v:g}" for k, v in single["us_per_article"].items())
        lines.append(f"single, CPU µs/article: {parts}")
    if single.get("stages_us"):
        total = sum(v for k, v in single["stages_us"].items())
        lines.append(f"stages, CPU µs/article (instrumented, {single['profiled_articles']} articles, "
                     f"total {total:.0f}): "
                     + ", ".join(f"{k} {v:g}" for k, v in single["stages_us"].items()))
    lines.append("ratios: " + ", ".join(f"{k} = {v}" for k, v in results["ratios"].items() if v is not None))
    return "\n".join(lines)


if __name__ == "__main__":
    run()
