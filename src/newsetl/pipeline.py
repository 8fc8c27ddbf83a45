"""The newsetl job as a Beam graph, stage by stage (cf. apache_beam/examples/wordcount.py).

    patterns -> match -> read records -> process -> batch to Arrow -> Parquet
                              \\______________\\____________\\____-> dead letters (JSONL)
                                                                 -> stats -> run report
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
    dumps = p | "ProcessDumps" >> ProcessDumps(patterns, limits)
    written = dumps["rows"] | "WriteArticles" >> WriteArticles(f"{out}/{ARTICLES_DIR}/part", batch_size)

    (
        (dumps["dead"], written["dead"])
        | "AllDeadLetters" >> beam.Flatten()
        | "DeadToJson" >> beam.Map(dead_letter_json)
        | "WriteDeadLetters" >> beam.io.WriteToText(f"{out}/{DEAD_LETTER_DIR}/dead-letter", file_name_suffix=".jsonl")
    )
    (
        (*dumps["stats"], written["stats"])
        | "AllStats" >> beam.Flatten()
        | "MergeStats" >> beam.CombineGlobally(MergeStats())
        | "StatsToJson" >> beam.Map(dead_letter_json)
        | "WriteStats"
        >> beam.io.WriteToText(f"{out}/{STATS_DIR}/stats", file_name_suffix=".json", shard_name_template="")
    )
