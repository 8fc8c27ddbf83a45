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
        [_root, os.path.join(_root, "src")] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])

from benchmarks import corpus, modes  # noqa: E402
from benchmarks.proctree import TreeMonitor  # noqa: E402

MODES = ("floor", "single", "pool", "pipeline1", "pipelineN")


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=20000, help="articles to generate (or files to use from --corpus)")
    p.add_argument("--corpus", help="use the .txt files under this folder, cycled to --articles (0 = all once)")
    p.add_argument("--workers", type=int, default=2, help="processes for the pool and the multi-worker pipeline")
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
        "peak_rss_mb": round(mon.peak_rss / 2**20, 1), **res.extra,
    }
    print(f"  {name:<10} {row['articles_per_s']:>9.1f} articles/s  ({res.articles} in {res.wall:.1f} s)", flush=True)
    return row


def ratios(rows: dict[str, dict]) -> dict[str, float | None]:
    def r(a: str, b: str) -> float | None:
        if a in rows and b in rows and rows[b]["articles_per_s"]:
            return round(rows[a]["articles_per_s"] / rows[b]["articles_per_s"], 3)
        return None

    return {
        "single/floor (2/1)": r("single", "floor"),
        "pipelineN/pool (4/3)": r("pipelineN", "pool"),
        "pipelineN/pipeline1": r("pipelineN", "pipeline1"),
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
        print(f"corpus: {info.files} files, {info.bytes / 1e6:.1f} MB (mean {info.bytes / max(info.files, 1):.0f} B), "
              f"{info.shapes}, ready in {time.perf_counter() - t:.1f} s", flush=True)
        results = {"machine": machine(), "corpus": vars(info), "options": vars(args), "beam_args": beam_args}
        rows: dict[str, dict] = {}

        def out(name: str) -> str:
            folder = os.path.join(work, "out", name)
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            return folder

        if "floor" in chosen:
            rows["floor"] = measured("floor", modes.floor, paths, out("floor"), args.batch_size)
        if "single" in chosen:
            rows["single"] = measured("single", modes.single, paths, out("single"), args.batch_size, args.profile)
        if "pool" in chosen:
            rows["pool"] = measured("pool", modes.pool, paths, out("pool"), args.workers, args.batch_size)
        if "pipeline1" in chosen:
            rows["pipeline1"] = measured(
                "pipeline1", modes.pipeline, data, out("pipeline1"), 1, args.batch_size, beam_args)
        if "pipelineN" in chosen:
            rows["pipelineN"] = measured(
                "pipelineN", modes.pipeline, data, out("pipelineN"), args.workers, args.batch_size, beam_args)
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
        f"{'mode':<12}{'articles':>9}{'wall s':>9}{'art/s':>9}{'MB/s':>8}{'CPU s':>8}{'RSS MB':>8}  notes",
    ]
    for name, r in results["modes"].items():
        notes = []
        if r.get("worker_cpu_s"):
            notes.append("worker CPU s " + "/".join(f"{c:g}" for c in r["worker_cpu_s"][:6]))
        if "files" in r:
            notes.append(f"{r['files']} parquet files")
        if "process_rate" in r:
            notes.append(f"process() alone {r['process_rate']:.0f}/s")
        if r.get("dead"):
            notes.append(f"{r['dead']} not written")
        lines.append(f"{name:<12}{r['articles']:>9}{r['wall_s']:>9.1f}{r['articles_per_s']:>9.1f}{r['mb_per_s']:>8.2f}"
                     f"{r['cpu_s']:>8.1f}{r['peak_rss_mb']:>8.0f}  {'; '.join(notes)}")
    single = results["modes"].get("single", {})
    if single.get("us_per_article"):
        lines.append("single, µs/article: " + ", ".join(f"{k} {v:g}" for k, v in single["us_per_article"].items()))
    if single.get("stages_us"):
        total = sum(v for k, v in single["stages_us"].items())
        lines.append(f"stages, µs/article (instrumented, {results['options']['profile']} articles, total {total:.0f}): "
                     + ", ".join(f"{k} {v:g}" for k, v in single["stages_us"].items()))
    lines.append("ratios: " + ", ".join(f"{k} = {v}" for k, v in results["ratios"].items() if v is not None))
    return "\n".join(lines)


if __name__ == "__main__":
    run()
