"""Beam transforms over the pure core: matched files -> Arrow tables -> Parquet.

Beam stays at the edges. One DoFn does the per-article work (read a file's records, process each
with ``to_row``, buffer the rows and emit them as one pyarrow Table per ``batch_size`` rows) and
routes every record to a Table, the dead-letter output or the stats, which are summed per bundle
and merged by a CombineFn into the run report. Splitting that work over several DoFns cost a Beam
element per article and hop (see docs/benchmark.md), which is why it is one.
"""

from __future__ import annotations

import gc
import json

import apache_beam as beam
import pyarrow as pa
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes, FileSystem
from apache_beam.io.filesystems import FileSystems
from apache_beam.io.parquetio import WriteToParquetBatched
from apache_beam.transforms.window import GlobalWindow, GlobalWindows
from apache_beam.utils.windowed_value import WindowedValue

from newsetl import report
from newsetl.read import Failure, RawDoc, Skipped, read_path
from newsetl.read.limits import DEFAULT, Limits
from newsetl.read.records import excerpt
from newsetl.schema import article_schema, to_table
from newsetl.stage import row_stats, to_row

DEAD = "dead"
STATS = "stats"


def _windowed(value, window) -> WindowedValue:
    """``value`` in ``window``: buffered rows of several elements have no single input element to inherit from."""
    if isinstance(window, GlobalWindow):
        return GlobalWindows.windowed_value(value)
    return WindowedValue(value, window.max_timestamp(), (window,))


class DumpsToArrowFn(beam.DoFn):
    """A matched file path -> its records -> article rows -> pyarrow Tables of at most ``batch_size`` rows.

    Outputs: Tables (main), dead letters (``DEAD``: unreadable file, bad record, failed processing, a
    row Arrow refuses) and one stats dict per bundle (``STATS``). Rows are buffered across the files
    of a bundle, so memory holds at most ``batch_size`` rows; the buffer is emitted when full, when
    the window changes and at the end of the bundle.
    """

    def __init__(self, limits: Limits = DEFAULT, batch_size: int = 1000, schema: pa.Schema | None = None):
        self.limits = limits
        self.batch_size = max(1, batch_size)
        self.schema = schema or article_schema()

    def setup(self):
        # Compile every lexicon and pattern once per worker, not per element.
        from newsetl import process

        process("Warm-up headline\n\nA warm-up paragraph, he said.")
        # Beam, pyarrow and the lexicons leave a large, long-lived heap: move it out of the cyclic
        # collector's reach, or every full collection walks it again (measured: see docs/benchmark.md).
        gc.freeze()

    def start_bundle(self):
        self._filesystems: dict[str, FileSystem] = {}
        self._stats_by_window: dict = {}
        self._stats: dict = {}  # the current window's
        self._rows: list[dict] = []
        self._window = None

    def process(self, path: str, window=beam.DoFn.WindowParam):
        path = getattr(path, "path", path)  # a FileMetadata from MatchFiles/MatchAll works too
        if path.endswith(("/", "\\")):  # a directory placeholder of an object store, not a file
            return
        if window is not self._window and (self._window is None or window != self._window):
            if self._rows:
                yield from self._flush()
            self._window = window
            self._stats = self._stats_by_window.setdefault(window, report.empty())
        stats = self._stats
        stats["files"] += 1
        try:
            handle = self._open(path)
        except Exception as exc:  # unreadable file: permissions, vanished
            yield self._dead(Failure(path, "read", type(exc).__name__, str(exc) or repr(exc)))
            return
        with handle:
            # read_path and to_row never raise; a reader's records stream one by one.
            for rec in read_path(path, handle, self.limits):
                if isinstance(rec, RawDoc):
                    stats["records_read"] += 1
                    row = to_row(rec, self.limits)
                    if isinstance(row, Failure):
                        yield self._dead(row, counted_read=True)
                        continue
                    self._rows.append(row)  # counted when written (_flush)
                    if len(self._rows) >= self.batch_size:
                        yield from self._flush()
                elif isinstance(rec, Skipped):
                    report.merge(stats, {"records_read": 1, **report.skipped(rec.reason)})
                else:
                    yield self._dead(rec)

    def finish_bundle(self):
        yield from self._flush()
        # One stats dict per window and bundle (not per record): the counts belong to their records' window.
        for window, stats in self._stats_by_window.items():
            if any(stats.values()):
                yield beam.pvalue.TaggedOutput(STATS, _windowed(stats, window))
        self._stats_by_window, self._stats, self._window = {}, {}, None

    def _open(self, path: str):
        """Beam's FileSystems.open, with the file system looked up once per scheme instead of per file."""
        scheme = path.split("://", 1)[0] if "://" in path else ""
        fs = self._filesystems.get(scheme)
        if fs is None:
            fs = self._filesystems[scheme] = FileSystems.get_filesystem(path)
        return fs.open(path, compression_type=CompressionTypes.UNCOMPRESSED)

    def _dead(self, failure: Failure, counted_read: bool = False, window=None):
        """A dead letter, counted; ``counted_read`` when the record was already counted as read.

        ``window`` is given when the record is not the current element (a buffered row).
        """
        stats = report.dead(failure.stage, failure.reason)
        if not counted_read:
            stats["records_read"] = 1
        report.merge(self._stats, stats)
        row = failure.as_row()
        return beam.pvalue.TaggedOutput(DEAD, row if window is None else _windowed(row, window))

    def _flush(self):
        """The buffered rows as one Table (in their window); a row Arrow refuses becomes a dead letter."""
        rows, self._rows = self._rows, []
        table, good, refused = to_table(rows, self.schema)
        for row, exc in refused:
            yield self._dead(encode_failure(row, exc), counted_read=True, window=self._window)
        if table is None:
            return
        for row in good:
            report.merge(self._stats, row_stats(row))
        self._stats["written"] += len(good)
        yield _windowed(table, self._window)


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
    """File patterns -> {'tables': pyarrow Tables of article rows, 'dead': dead letters, 'stats': per-bundle stats}.

    Each Table holds at most ``batch_size`` rows of ``schema``; merge 'stats' with :class:`MergeStats`.
    """

    def __init__(self, patterns: list[str], limits: Limits = DEFAULT, batch_size: int = 1000,
                 schema: pa.Schema | None = None):
        super().__init__()
        self.patterns = patterns
        self.limits = limits
        self.batch_size = batch_size
        self.schema = schema or article_schema()

    def expand(self, pbegin):
        paths = (
            pbegin
            | "Patterns" >> beam.Create(self.patterns)
            | "Match" >> fileio.MatchAll(fileio.EmptyMatchTreatment.ALLOW)
            | "Paths" >> beam.Map(lambda meta: meta.path)
            # Overlapping patterns must not read a file twice; the grouping behind Distinct also
            # spreads the files over workers (MatchAll alone would pin them all to one).
            | "Dedupe" >> beam.Distinct()
        )
        out = paths | "ToArrow" >> beam.ParDo(
            DumpsToArrowFn(self.limits, self.batch_size, self.schema)
        ).with_outputs(DEAD, STATS, main="tables")
        return {"tables": out.tables, "dead": out[DEAD], "stats": out[STATS]}


class WriteArticles(beam.PTransform):
    """pyarrow Tables -> zstd Parquet files under ``prefix``, one row group per Table (one file per bundle)."""

    def __init__(self, prefix: str, schema: pa.Schema | None = None):
        super().__init__()
        self.prefix = prefix
        self.schema = schema or article_schema()

    def expand(self, tables):
        return tables | "Parquet" >> WriteToParquetBatched(
            self.prefix, self.schema, codec="zstd", file_name_suffix=".parquet"
        )


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
