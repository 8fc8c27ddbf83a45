"""Run the job end to end: options, safe output folder, pipeline, reconciled run report.

Used by ``newsetl run`` and by ``pipelines/news_dumps.py``; every Beam flag (``--runner``,
``--direct_num_workers`` …) passes through untouched.
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
import uuid

from newsetl import __version__, report
from newsetl.pipeline import ARTICLES_DIR, DEAD_LETTER_DIR, STATS_DIR, build
from newsetl.read import limits
from newsetl.resources import sample_dir

REPORT_FILE = "_run_report.json"


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="newsetl run", description="Raw news dumps -> Parquet (Apache Beam).")
    parser.add_argument(
        "--input", action="append",
        help="file, folder or glob; repeatable. Default: the bundled sample dumps.",
    )
    parser.add_argument("--output", default="out", help="output folder (default ./out)")
    parser.add_argument("--overwrite", action="store_true", help="replace a non-empty output folder")
    parser.add_argument("--batch-size", type=int, default=1000, help="rows per Parquet record batch")
    limits.add_arguments(parser)
    return parser.parse_known_args(argv)


def input_patterns(inputs: list[str] | None) -> list[str]:
    """Folders become recursive globs; anything else is passed to Beam's matcher as is."""
    if not inputs:
        return [os.path.join(str(sample_dir()), "*.txt")]
    out = []
    for item in inputs:
        if "://" not in item and os.path.isdir(item):
            out.append(os.path.join(os.path.abspath(item), "**"))
        elif "://" not in item:
            out.append(os.path.abspath(item))
        else:
            out.append(item)
    return out


def _is_local(path: str) -> bool:
    return "://" not in path


def prepare_output(output: str, overwrite: bool) -> str:
    """Where to write: a fresh staging folder beside ``output`` (renamed into place at the end)."""
    if _is_local(output):
        if os.path.exists(output) and (not os.path.isdir(output) or os.listdir(output)) and not overwrite:
            raise SystemExit(f"newsetl: output {output!r} is not empty; pass --overwrite to replace it")
        parent = os.path.dirname(os.path.abspath(output)) or "."
        os.makedirs(parent, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=f".{os.path.basename(os.path.abspath(output))}.staging-", dir=parent)
        os.chmod(staging, 0o755)
        return staging
    return output


def publish(staging: str, output: str) -> None:
    """Swap the finished staging folder into place, so readers never see a half-written output."""
    if staging == output:
        return
    if os.path.exists(output):
        trash = f"{output}.old-{uuid.uuid4().hex[:8]}"
        os.rename(output, trash)
        os.rename(staging, output)
        shutil.rmtree(trash, ignore_errors=True)
    else:
        os.rename(staging, output)


def _files(out: str, folder: str, suffix: str) -> list[str]:
    from apache_beam.io.filesystems import FileSystems

    pattern = FileSystems.join(out, folder, f"*{suffix}")
    return sorted(m.path for r in FileSystems.match([pattern]) for m in r.metadata_list)


def _read_text(path: str) -> str:
    from apache_beam.io.filesystems import FileSystems

    with FileSystems.open(path, compression_type="uncompressed") as f:
        return f.read().decode("utf-8")


def read_stats(out: str) -> dict:
    return report.merge_all(json.loads(_read_text(f) or "{}") for f in _files(out, STATS_DIR, ".json"))


def count_outputs(out: str) -> dict:
    """What the run actually wrote: Parquet rows (from file footers) and dead-letter lines."""
    import pyarrow.parquet as pq
    from apache_beam.io.filesystems import FileSystems

    rows = 0
    for path in _files(out, ARTICLES_DIR, ".parquet"):
        with FileSystems.open(path, compression_type="uncompressed") as f:
            rows += pq.ParquetFile(f).metadata.num_rows
    dead = sum(
        sum(1 for line in _read_text(path).split("\n") if line.strip())
        for path in _files(out, DEAD_LETTER_DIR, ".jsonl")
    )
    return {"written": rows, "dead_lettered": dead}


def versions() -> dict:
    import apache_beam
    import pyarrow

    return {
        "newsetl": __version__,
        "apache_beam": apache_beam.__version__,
        "pyarrow": pyarrow.__version__,
        "python": platform.python_version(),
    }


def default_runner(beam_args: list[str], options):
    """The DirectRunner's batch engine (FnApiRunner) when no ``--runner`` is given, else None.

    Beam's DirectRunner first tries the Prism runner, which downloads a Go binary from GitHub
    on every run (or waits for the lookup to fail offline) and ignores ``--direct_num_workers``;
    going straight to the FnApiRunner saves that second or more and keeps runs reproducible.
    Mirrors what DirectRunner does when it falls back (Beam 2.6x-2.7x internals).
    """
    if any(a == "--runner" or a.startswith("--runner=") for a in beam_args):
        return None
    try:
        from apache_beam.portability.api import beam_provision_api_pb2
        from apache_beam.runners.portability.fn_api_runner import fn_runner
        from apache_beam.runners.portability.portable_runner import JobServiceHandle

        encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
        info = fn_runner.ExtendedProvisionInfo(beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
        return fn_runner.FnApiRunner(provision_info=info)
    except (ImportError, AttributeError, TypeError):  # internals moved: let Beam pick
        return None


def run(argv: list[str] | None = None, quiet: bool = False) -> dict:
    """Run the job; returns the run report (also written to OUTPUT/_run_report.json)."""
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    args, beam_args = parse_args(argv)
    run_limits = limits.from_args(args)
    patterns = input_patterns(args.input)
    staging = prepare_output(args.output, args.overwrite)
    started = time.perf_counter()
    options = PipelineOptions(beam_args, save_main_session=False)
    try:
        with beam.Pipeline(runner=default_runner(beam_args, options), options=options) as p:
            build(p, patterns, staging, batch_size=args.batch_size, limits=run_limits)
        counts = read_stats(staging)
        found = count_outputs(staging)
    except BaseException:
        if staging != args.output:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    if _is_local(staging):
        shutil.rmtree(os.path.join(staging, STATS_DIR), ignore_errors=True)
    run_report = {
        "counts": counts,
        "outputs_found": found,
        "inputs": patterns,
        "output": os.path.abspath(args.output) if _is_local(args.output) else args.output,
        "options": {
            "batch_size": args.batch_size,
            "beam_args": beam_args,
            "overwrite": args.overwrite,
            "limits": run_limits.as_dict(),
        },
        "versions": versions(),
        "wall_seconds": round(time.perf_counter() - started, 3),
        "reconciled": True,
    }
    try:
        report.reconcile(counts, found)
    except report.ReconciliationError as exc:
        run_report["reconciled"] = False
        run_report["error"] = str(exc)
    write_report(staging, run_report)
    if run_report["reconciled"]:
        publish(staging, args.output)
    else:  # keep the previous output; leave the suspect one beside it for inspection
        run_report["error"] += f" (output left in {set_aside(staging, args.output)})"
    if not quiet:
        print(report.format_table(run_report))
        print(f"output: {run_report['output']}")
    if not run_report["reconciled"]:
        raise report.ReconciliationError(run_report["error"])
    return run_report


def write_report(out: str, run_report: dict) -> None:
    from apache_beam.io.filesystems import FileSystems

    with FileSystems.create(FileSystems.join(out, REPORT_FILE)) as f:
        f.write(report.to_json(run_report).encode("utf-8"))


def set_aside(staging: str, output: str) -> str:
    """Rename a failed run's staging folder to ``OUTPUT.failed-XXXXXXXX``; returns where it is."""
    if staging == output:
        return output
    failed = f"{os.path.abspath(output)}.failed-{uuid.uuid4().hex[:8]}"
    os.rename(staging, failed)
    return failed


def main(argv: list[str] | None = None) -> int:
    try:
        run(argv)
    except report.ReconciliationError as exc:
        print(f"newsetl: {exc}", file=sys.stderr)
        return 3
    return 0
