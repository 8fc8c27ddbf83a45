"""The newsetl job as a Beam graph, stage by stage (cf. apache_beam/examples/wordcount.py).

    patterns -> match -> dedupe -> read, process, batch to Arrow (one DoFn) -> Parquet
                                              \\______-> dead letters (JSONL)
                                               \\_____-> stats -> run report
"""

from __future__ import annotations

import apache_beam as beam

from newsetl.beam import MergeStats, ProcessDumps, WriteArticles, dead_letter_json
from newsetl.read.limits import DEFAULT, Limits

ARTICLES_DIR = "articles"
DEAD_LETTER_DIR = "_dead_letter"
STATS_DIR = "_stats"


def build(p: beam.Pipeline, patterns: list[str], output: str, batch_size: int = 1000, limits: Limits = DEFAULT):
    """Add the whole job to ``p``, writing under the ``output`` folder."""
    out = output.rstrip("/")
    dumps = p | "ProcessDumps" >> ProcessDumps(patterns, limits, batch_size)
    dumps["tables"] | "WriteArticles" >> WriteArticles(f"{out}/{ARTICLES_DIR}/part")
    (
        dumps["dead"]
        | "DeadToJson" >> beam.Map(dead_letter_json)
        | "WriteDeadLetters" >> beam.io.WriteToText(f"{out}/{DEAD_LETTER_DIR}/dead-letter", file_name_suffix=".jsonl")
    )
    (
        dumps["stats"]
        # No input, no stats file: the report then counts zeros, as it should.
        | "MergeStats" >> beam.CombineGlobally(MergeStats()).without_defaults()
        | "WriteStats" >> beam.Map(write_json, f"{out}/{STATS_DIR}/stats.json")
    )


def write_json(value: dict, path: str) -> str:
    """Write the one merged stats dict to ``path``; returns the path.

    A plain write, not a file sink: a sink's initialise/finalise stages cost ~0.1 s of fixed time per
    run for a single small file, and rewriting the same content is safe if a runner retries.
    """
    from apache_beam.io.filesystems import FileSystems

    with FileSystems.create(path) as f:
        f.write(dead_letter_json(value).encode("utf-8"))
    return path
