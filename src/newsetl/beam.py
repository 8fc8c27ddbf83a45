"""Beam transforms over the pure core: read records, process them, write Parquet.

Beam stays at the edges: each DoFn calls one pure function (``read_path``, ``to_row``)
and routes its result to a main output, the dead-letter output or the stats output. Stats
are merged by a CombineFn into one dict, from which the run report is built.
"""

from __future__ import annotations

import gc
import json

import apache_beam as beam
import pyarrow as pa
from apache_beam.io import fileio
from apache_beam.io.parquetio import WriteToParquetBatched
from apache_beam.transforms.window import GlobalWindows

from newsetl import report
from newsetl.read import Failure, RawDoc, Skipped, read_path
from newsetl.read.limits import DEFAULT, Limits
from newsetl.read.records import excerpt
from newsetl.schema import article_schema, check_lists
from newsetl.stage import row_stats, to_row

DEAD = "dead"
STATS = "stats"


class _BundleStats(beam.DoFn):
    """Stats summed per bundle and emitted once from ``finish_bundle``, not once per element.

    A stats element per record cost more than the DoFn's own work once the core is fast;
    the merged counts are the same either way (MergeStats adds them up).
    """

    def start_bundle(self):
        self._stats = report.empty()

    def count(self, stats: dict) -> None:
        report.merge(self._stats, stats)

    def dead(self, failure: Failure, counted_read: bool = False):
        """A dead letter, counted; ``counted_read`` when the record was already counted as read."""
        stats = report.dead(failure.stage, failure.reason)
        if not counted_read:
            stats["records_read"] = 1
        self.count(stats)
        return beam.pvalue.TaggedOutput(DEAD, failure.as_row())

    def finish_bundle(self):
        if any(self._stats.values()):
            yield beam.pvalue.TaggedOutput(STATS, GlobalWindows.windowed_value(self._stats))
        self._stats = report.empty()


class ReadRecordsFn(_BundleStats):
    """A matched file -> RawDocs; failures and skips to the tagged outputs."""

    def __init__(self, limits: Limits = DEFAULT):
        self.limits = limits

    def process(self, readable: fileio.ReadableFile):
        path = readable.metadata.path
        self.count({"files": 1})
        try:
            handle = readable.open(compression_type="uncompressed")
        except Exception as exc:  # unreadable file: permissions, vanished
            yield self.dead(Failure(path, "read", type(exc).__name__, str(exc) or repr(exc)))
            return
        with handle:
            # read_path never raises; a reader's records stream one by one.
            for rec in read_path(path, handle, self.limits):
                if isinstance(rec, RawDoc):
                    self.count({"records_read": 1})
                    yield rec
                elif isinstance(rec, Skipped):
                    self.count({"records_read": 1, **report.skipped(rec.reason)})
                else:
                    yield self.dead(rec)


class ProcessFn(_BundleStats):
    """RawDoc -> article row (dict) or dead letter."""

    def __init__(self, limits: Limits = DEFAULT):
        self.limits = limits

    def setup(self):
        # Compile every lexicon and pattern once per worker, not per element.
        from newsetl import process

        process("Warm-up headline\n\nA warm-up paragraph, he said.")
        # Beam, pyarrow and the lexicons leave a large, long-lived heap: move it out of the cyclic
        # collector's reach, or every full collection walks it again (measured: see docs/benchmark.md).
        gc.freeze()

    def process(self, doc: RawDoc):
        out = to_row(doc, self.limits)
        if isinstance(out, Failure):
            yield self.dead(out, counted_read=True)
        else:
            yield out  # its counts are taken when it is written (ToArrowFn)


class ToArrowFn(_BundleStats):
    """A batch of rows -> one pyarrow Table; a row that will not encode becomes a dead letter."""

    def __init__(self, schema: pa.Schema):
        self.schema = schema

    def process(self, rows: list[dict]):
        try:
            for row in rows:
                check_lists(row, self.schema)
            table = pa.Table.from_pylist(rows, schema=self.schema)
            good = rows
        except Exception:
            # Find the bad rows one by one; the rest of the batch is still written.
            good, tables = [], []
            for row in rows:
                try:
                    check_lists(row, self.schema)
                    tables.append(pa.Table.from_pylist([row], schema=self.schema))
                    good.append(row)
                except Exception as exc:
                    yield self.dead(encode_failure(row, exc), counted_read=True)
            if not tables:
                return
            table = pa.concat_tables(tables)
        for row in good:
            self.count(row_stats(row))
        self.count({"written": len(good)})
        yield table


def encode_failure(row: dict, exc: Exception) -> Failure:
    """A row Arrow refused (lone surrogate, int32 overflow, wrong type): a write-encode dead letter."""
    # ``source`` of a row is the record's source id (path#locator), kept whole.
    return Failure(str(row.get("source") or ""), "write-encode", type(exc).__name__, str(exc) or repr(exc),
                   None, excerpt(str(row.get("body") or row.get("headline") or "")))


class MergeStats(beam.CombineFn):
    def create_accumulator(self):
        return report.empty()

    def add_input(self, acc, stats):
        return report.merge(acc, stats)

    def merge_accumulators(self, accs):
        return report.merge_all(accs)

    def extract_output(self, acc):
        return acc


class ProcessDumps(beam.PTransform):
    """File patterns -> {'rows': dict rows, 'dead': dead letters, 'stats': merged stats}."""

    def __init__(self, patterns: list[str], limits: Limits = DEFAULT):
        super().__init__()
        self.patterns = patterns
        self.limits = limits

    def expand(self, pbegin):
        files = (
            pbegin
            | "Patterns" >> beam.Create(self.patterns)
            | "Match" >> fileio.MatchAll(fileio.EmptyMatchTreatment.ALLOW)
            | "Paths" >> beam.Map(lambda meta: meta.path)
            # Overlapping patterns must not read a file twice; the grouping behind Distinct also
            # spreads the files over workers (MatchAll alone would pin them all to one).
            | "Dedupe" >> beam.Distinct()
            | "Open" >> fileio.ReadMatches(skip_directories=True)
        )
        read = files | "Read" >> beam.ParDo(ReadRecordsFn(self.limits)).with_outputs(DEAD, STATS, main="docs")
        done = read.docs | "Process" >> beam.ParDo(ProcessFn(self.limits)).with_outputs(DEAD, STATS, main="rows")
        return {
            "rows": done.rows,
            "dead": (read[DEAD], done[DEAD]) | "AllDead" >> beam.Flatten(),
            "stats": (read[STATS], done[STATS]),
        }


class WriteArticles(beam.PTransform):
    """Rows -> zstd Parquet files under ``prefix`` in fixed-size record batches; returns stats and dead letters."""

    def __init__(self, prefix: str, batch_size: int = 1000, schema: pa.Schema | None = None):
        super().__init__()
        self.prefix = prefix
        self.batch_size = batch_size
        self.schema = schema or article_schema()

    def expand(self, rows):
        tables = (
            rows
            | "Batch" >> beam.BatchElements(min_batch_size=self.batch_size, max_batch_size=self.batch_size)
            | "ToArrow" >> beam.ParDo(ToArrowFn(self.schema)).with_outputs(DEAD, STATS, main="tables")
        )
        tables.tables | "Parquet" >> WriteToParquetBatched(
            self.prefix, self.schema, codec="zstd", file_name_suffix=".parquet"
        )
        return {"dead": tables[DEAD], "stats": tables[STATS]}


def dead_letter_json(row: dict) -> str:
    """One JSONL line; escapes non-ASCII only when the text holds lone surrogates (not UTF-8)."""
    line = json.dumps(row, ensure_ascii=False, sort_keys=True)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(row, ensure_ascii=True, sort_keys=True)
    # JSON leaves these unescaped, but str.splitlines() and some JSONL readers break lines on them.
    return line.translate(_LINE_BREAKS)


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}
