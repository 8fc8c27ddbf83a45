"""One raw record to one output row or one dead letter, plus the counts the run report needs.

This is the per-record unit of work that the Beam DoFns call; it is pure and never
raises, so a bad record can only ever become a :class:`Failure`.

A failure inside ``core.process`` is attributed to the step that raised it (parse,
normalise or extract) from the traceback: the first frame below ``process`` that belongs
to a known step module names the stage. That keeps ``core.process`` a plain function with
one behaviour, and a new function in an existing step module is attributed without change.
"""

from __future__ import annotations

from collections import Counter
from types import TracebackType

from newsetl import metadata
from newsetl.core import process
from newsetl.read.limits import DEFAULT, LimitExceeded, Limits, check_text
from newsetl.read.records import Failure, RawDoc, excerpt

# Qualified function or module name prefix -> stage; the longest matching prefix wins.
STEP_STAGES: dict[str, str] = {
    "newsetl.clean.lines": "parse",  # split_lines, assemble
    "newsetl.clean.lines.join_lines": "normalise",
    "newsetl.clean.boilerplate": "parse",
    "newsetl.clean": "normalise",  # unicode, whitespace, spin
    "newsetl.edits": "normalise",
    "newsetl.extract": "extract",  # quotes, people, links
    "newsetl.core.stable_id": "parse",
    "newsetl.metadata": "parse",  # url, dates, byline columns
    "newsetl.core._normalise": "normalise",
    "newsetl.core._shift": "normalise",
    "newsetl.core.word_count": "normalise",
    "newsetl.core.process.<locals>.respin": "normalise",
}
# Metadata columns the run report counts (how many rows carry each): a quick check that a dump's fields were found.
METADATA_COUNTED = tuple(name for name in metadata.columns(None) if name != "encoding")  # encoding: by_encoding
UNATTRIBUTED = "process"  # raised by core.process's own lines, not by a step it called


def _frame_name(tb: TracebackType) -> str:
    code = tb.tb_frame.f_code
    module = tb.tb_frame.f_globals.get("__name__", "?")
    return f"{module}.{getattr(code, 'co_qualname', code.co_name)}"


def _lookup(name: str) -> str | None:
    best, stage = -1, None
    for prefix, value in STEP_STAGES.items():
        if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best:
            best, stage = len(prefix), value
    return stage


def failed_stage(exc: BaseException) -> str:
    """The processing stage (parse, normalise, extract) in which ``exc`` was raised."""
    tb = exc.__traceback__
    inside = False
    while tb is not None:
        name = _frame_name(tb)
        if inside:
            stage = _lookup(name)
            if stage is not None:
                return stage
        elif name == "newsetl.core.process":
            inside = True
        tb = tb.tb_next
    return UNATTRIBUTED


def to_row(doc: RawDoc, limits: Limits = DEFAULT) -> dict | Failure:
    """Process one record: an article row, or a Failure naming the stage and reason."""
    try:
        exceeded = check_text(doc.text, limits)  # readers check too; this guards direct callers
        if exceeded is not None:
            return _limit(doc, "read", exceeded)
        row = process(doc.text, doc.source_id, doc.meta, doc.encoding)
    except Exception as exc:  # one bad record must not fail the job
        return _fail(doc, failed_stage(exc), type(exc).__name__, str(exc) or repr(exc))
    if len(row["paragraphs"]) > limits.max_paragraphs:
        exceeded = LimitExceeded("max_paragraphs", len(row["paragraphs"]), limits.max_paragraphs)
        return _limit(doc, "parse", exceeded)
    if not row["body"] and not row["headline"]:
        return _fail(doc, "parse", "EmptyArticle", "no headline and no body text after boilerplate removal")
    return row


def _fail(doc: RawDoc, stage: str, error: str, message: str, limit: str | None = None) -> Failure:
    return Failure(doc.source, stage, error, message, doc.locator, excerpt(doc.text), limit)


def _limit(doc: RawDoc, stage: str, exc: LimitExceeded) -> Failure:
    return _fail(doc, stage, "LimitExceeded", str(exc), exc.limit)


def row_stats(row: dict) -> dict:
    """Counts one written row contributes to the run report."""
    return {
        "edits_by_rule": dict(Counter(e["rule"] for e in row["edits"])),
        "boilerplate_by_kind": dict(Counter(b["kind"] for b in row["boilerplate"])),
        "quotes": len(row["quotes"]),
        "links": len(row["links"]),
        "spun": int(bool(row["spun"])),
        "paragraphs": len(row["paragraphs"]),
        "words": int(row["word_count"] or 0),
        "with_metadata": {k: 1 for k in METADATA_COUNTED if row.get(k) is not None},
        "by_encoding": {row.get("encoding") or "unknown": 1},
    }
