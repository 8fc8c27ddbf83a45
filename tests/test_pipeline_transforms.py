"""Beam transforms under TestPipeline + assert_that: Arrow tables, dead-letter and stats outputs."""

from __future__ import annotations

import gc
import json
import random

import apache_beam as beam
import pyarrow as pa
import pytest
from apache_beam.io import fileio
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms import window
from apache_beam.utils.windowed_value import WindowedValue
from robust_corpus import article

from newsetl import beam as newsetl_beam
from newsetl import process, report
from newsetl.beam import DEAD, STATS, DumpsToArrowFn, MergeStats, ProcessDumps, dead_letter_json, encode_failure
from newsetl.read.limits import Limits
from newsetl.schema import article_schema, to_table

GOOD = article(random.Random(5), 5)


def _files(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "long.txt").write_text("Headline\n\n" + "y" * 3000, encoding="utf-8")
    return str(tmp_path / "*")


def _merged(pcoll, label):
    return pcoll | label >> beam.CombineGlobally(MergeStats())


def _rows(tables, label="Rows"):
    return tables | label >> beam.FlatMap(lambda t: t.to_pylist())


def _articles(folder, n, first=0):
    paths = []
    for i in range(first, first + n):
        path = folder / f"a{i}.txt"
        path.write_text(article(random.Random(i), i), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_dumps_to_arrow_fn_routes_tables_dead_letters_and_stats(tmp_path):
    pattern = _files(tmp_path)
    (tmp_path / "boiler.txt").write_text("Advertisement\n\nFollow us on Twitter\n", encoding="utf-8")
    expected = process(GOOD, str(tmp_path / "good.txt"), None, "utf-8")
    schema = article_schema()
    with TestPipeline() as p:
        out = (
            p
            | fileio.MatchFiles(pattern)  # FileMetadata elements; ProcessDumps feeds plain paths
            | beam.ParDo(DumpsToArrowFn(Limits(max_line_chars=1000))).with_outputs(DEAD, STATS, main="tables")
        )
        assert_that(
            out.tables | beam.Map(lambda t: (t.num_rows, t.schema == schema)), equal_to([(1, True)]), label="tables"
        )
        assert_that(_rows(out.tables), equal_to([expected]), label="rows")
        assert_that(
            out[DEAD]
            | "Dead" >> beam.Map(lambda r: (r["source"].rsplit("/", 1)[1], r["stage"], r["error"], r["limit"])),
            equal_to([
                ("binary.txt", "decode", "DecodeError", None),
                ("long.txt", "read", "LimitExceeded", "max_line_chars"),
                ("boiler.txt", "parse", "EmptyArticle", None),
            ]),
            label="dead",
        )
        stats = _merged(out[STATS], "Merge") | beam.Map(
            lambda s: (s["files"], s["records_read"], s["written"], s["dead_lettered"], s["skipped"],
                       s["skipped_by_reason"], s["quotes"])
        )
        assert_that(stats, equal_to([(5, 5, 1, 3, 1, {"empty": 1}, len(expected["quotes"]))]), label="stats")


def test_dumps_to_arrow_fn_emits_at_most_batch_size_rows_per_table(tmp_path):
    paths = _articles(tmp_path, 7)
    with TestPipeline() as p:
        out = p | beam.Create(paths) | beam.ParDo(DumpsToArrowFn(batch_size=3)).with_outputs(DEAD, STATS, main="tables")
        assert_that(out.tables | beam.Map(lambda t: t.num_rows <= 3), equal_to([True] * 3), label="sizes")
        assert_that(_rows(out.tables) | beam.Map(lambda r: r["source"]), equal_to(paths), label="sources")
        assert_that(out[DEAD], equal_to([]), label="dead")


def test_dumps_to_arrow_fn_buffers_per_window_and_flushes_at_bundle_end(tmp_path):
    """Direct calls, to pin exactly when the buffer is emitted and in which window."""
    paths = _articles(tmp_path, 5)
    first, second = window.IntervalWindow(0, 10), window.IntervalWindow(10, 20)
    fn = DumpsToArrowFn(batch_size=2)
    fn.start_bundle()
    outputs = []
    for path, win in zip(paths, [first, first, first, second, second]):
        outputs += [("process", o) for o in fn.process(path, window=win)]
    outputs += [("finish", o) for o in fn.finish_bundle()]
    tables = [(when, o.value.num_rows, o.windows, o.timestamp) for when, o in outputs
              if isinstance(o, WindowedValue) and isinstance(o.value, pa.Table)]
    assert tables == [
        ("process", 2, (first,), first.max_timestamp()),
        ("process", 1, (first,), first.max_timestamp()),  # the window changed: the 3rd row goes alone
        ("process", 2, (second,), second.max_timestamp()),
    ]
    stats = [(o.value.windows, o.value.value) for when, o in outputs if getattr(o, "tag", None) == STATS]
    assert [(w, (s["files"], s["records_read"], s["written"])) for w, s in stats] == [
        ((first,), (3, 3, 3)),
        ((second,), (2, 2, 2)),
    ]


def test_dumps_to_arrow_fn_keeps_windows_in_a_pipeline(tmp_path):
    paths = _articles(tmp_path, 4)
    stamped = [(path, 5 if i < 2 else 15) for i, path in enumerate(paths)]
    with TestPipeline() as p:
        out = (
            p
            | beam.Create(stamped)
            | beam.Map(lambda pt: window.TimestampedValue(pt[0], pt[1]))
            | beam.WindowInto(window.FixedWindows(10))
            | beam.ParDo(DumpsToArrowFn(batch_size=10)).with_outputs(DEAD, STATS, main="tables")
        )
        per_window = out.tables | beam.Map(lambda t: sorted(t.column("source").to_pylist()))
        assert_that(per_window, equal_to([paths[:2], paths[2:]]), label="tables")
        # Each window sees only its own table.
        counted = (
            out.tables
            | beam.Map(lambda t: ("n", t.num_rows))
            | beam.CombinePerKey(sum)
            | "Windowed" >> beam.Map(lambda kv, w=beam.DoFn.WindowParam: (w.start, kv[1]))
        )
        assert_that(counted, equal_to([(0, 2), (10, 2)]), label="windows")


def test_a_row_arrow_refuses_is_a_dead_letter_and_the_rest_of_its_batch_is_written(tmp_path, monkeypatch):
    paths = _articles(tmp_path, 5)
    real = newsetl_beam.to_row
    broken = {  # what a buggy core could hand the writer
        "a1.txt": {"word_count": 2**40},  # does not fit the schema's int32
        "a2.txt": {"spin_score": "high"},  # wrong type
        "a3.txt": {"paragraphs": "one paragraph, not a list"},  # pyarrow alone would write single characters
    }

    def poisoned(doc, limits):
        row = real(doc, limits)
        return dict(row, **broken.get(doc.source.rsplit("/", 1)[1], {}))

    monkeypatch.setattr(newsetl_beam, "to_row", poisoned)
    good = [paths[0], paths[4]]
    with TestPipeline(runner=FnApiRunner()) as p:  # in-process, so the patched core is the one that runs
        out = (
            p
            | beam.Create(paths)
            | beam.ParDo(DumpsToArrowFn(batch_size=10)).with_outputs(DEAD, STATS, main="tables")
        )
        assert_that(_rows(out.tables) | beam.Map(lambda r: r["source"]), equal_to(good), label="rows")
        assert_that(
            out[DEAD] | beam.Map(lambda r: (r["source"].rsplit("/", 1)[1], r["stage"])),
            equal_to([(name, "write-encode") for name in broken]),
            label="dead",
        )
        assert_that(
            _merged(out[STATS], "Merge") | beam.Map(lambda s: (s["records_read"], s["written"], s["dead_lettered"])),
            equal_to([(5, 2, 3)]),
            label="stats",
        )


def test_to_table_encodes_a_clean_batch_in_one_table():
    rows = [process(article(random.Random(i), i), f"{i}.txt") for i in range(5)]
    table, good, refused = to_table(rows, article_schema())
    assert table.to_pylist() == rows and good == rows and refused == []
    assert table.num_rows == 5 and len(table.to_batches()) == 1


def test_to_table_refuses_only_the_rows_arrow_cannot_encode():
    good = process(GOOD, "a.txt")
    overflow = dict(good, id="big", source="big.txt", word_count=2**40)
    chars = dict(good, id="chars", source="chars.jsonl#1", paragraphs="one paragraph, not a list")
    table, kept, refused = to_table([good, overflow, good, chars], article_schema())
    assert table.column("id").to_pylist() == [good["id"], good["id"]] and kept == [good, good]
    assert [(row["id"], type(exc).__name__) for row, exc in refused] == [("big", "ArrowInvalid"),
                                                                         ("chars", "TypeError")]
    assert len(table.to_batches()) == 1  # one record batch: one Parquet row group
    table, kept, refused = to_table([overflow], article_schema())
    assert table is None and kept == [] and [row for row, _ in refused] == [overflow]
    assert to_table([], article_schema()) == (None, [], [])


def test_dead_letter_for_a_lone_surrogate_is_itself_encodable():
    # Beam's coders cannot carry a lone surrogate either, so this one is checked without a pipeline.
    good = process(GOOD, "a.txt")
    bad = dict(good, id="bad", source="bad.jsonl#4", body="lone surrogate \ud800 from a JSON escape")
    table, _, refused = to_table([good, bad], article_schema())
    assert table.num_rows == 1 and len(refused) == 1
    dead = encode_failure(*refused[0]).as_row()
    assert dead["stage"] == "write-encode" and dead["source"] == "bad.jsonl#4" and "\\ud800" in dead["excerpt"]
    assert dead_letter_json(dead).encode("utf-8")


def test_process_dumps_reconciles_on_a_folder(tmp_path):
    pattern = _files(tmp_path)
    with TestPipeline() as p:
        dumps = p | ProcessDumps([pattern, str(tmp_path / "good.txt")], Limits(max_line_chars=1000), batch_size=10)
        assert_that(
            _rows(dumps["tables"]) | beam.Map(lambda r: r["source"].rsplit("/", 1)[1]),
            equal_to(["good.txt"]),
            label="rows",
        )
        assert_that(
            dumps["dead"] | beam.Map(lambda r: (r["source"].rsplit("/", 1)[1], r["stage"])),
            equal_to([("binary.txt", "decode"), ("long.txt", "read")]),
            label="dead",
        )
        stats = dumps["stats"] | beam.CombineGlobally(MergeStats())
        # Overlapping patterns read good.txt once: read 4 = written 1 + dead 2 + skipped 1.
        assert_that(
            stats | beam.Map(lambda s: (s["files"], s["records_read"], s["written"], s["dead_lettered"], s["skipped"])),
            equal_to([(4, 4, 1, 2, 1)]),
            label="stats",
        )


def test_merge_stats_is_associative_over_partial_merges():
    parts = [report.dead("read", "X"), report.skipped("empty"), {"records_read": 2, "written": 1}]
    whole = report.merge_all(parts)
    fn = MergeStats()
    split = fn.merge_accumulators(
        [fn.add_input(fn.create_accumulator(), parts[0]), report.merge_all(parts[1:])]
    )
    assert fn.extract_output(split) == whole


def test_dead_letter_json_is_one_line_whatever_the_excerpt_holds():
    row = {"excerpt": "a\x85b\u2028c\u2029d\x1c\ne\r", "source": "s"}
    line = dead_letter_json(row)
    assert len(line.splitlines()) == 1 and json.loads(line) == row


def test_check_lists_refuses_str_where_arrow_expects_a_list():
    from newsetl.schema import check_lists

    schema = article_schema()
    good = process(GOOD, "a.txt")
    check_lists(good, schema)  # a real row passes
    for bad in (dict(good, paragraphs="text"), dict(good, quotes="text"), dict(good, edits=b"raw")):
        with pytest.raises(TypeError):
            check_lists(bad, schema)
    # Arrow really would accept it silently: that is why the check exists.
    assert pa.Table.from_pylist([dict(good, paragraphs="ab")], schema=schema).column("paragraphs").to_pylist() == [
        ["a", "b"]
    ]


def test_setup_moves_the_startup_heap_out_of_the_collector():
    gc.unfreeze()
    try:
        DumpsToArrowFn().setup()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
