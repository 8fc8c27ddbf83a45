"""One raw record to one output row or one dead letter, plus the counts the run report needs.

This is the per-record unit of work that the Beam DoFns call; it is pure and never
raises, so a bad record can only ever become a :class:`Failure`.
"""

from __future__ import annotations

from collections import Counter

from newsetl.core import process
from newsetl.read.limits import DEFAULT, Limits
from newsetl.read.records import Failure, RawDoc, excerpt


def to_row(doc: RawDoc, limits: Limits = DEFAULT) -> dict | Failure:
    try:
        longest = max((len(line) for line in doc.text.splitlines()), default=0)
        if longest > limits.max_line_chars:
            message = f"limit max_line_chars exceeded: {longest} > {limits.max_line_chars}"
            return _fail(doc, "parse", "LimitExceeded", message)
        row = process(doc.text, doc.source_id)
        if len(row["paragraphs"]) > limits.max_paragraphs:
            return _fail(
                doc, "parse", "LimitExceeded",
                f"limit max_paragraphs exceeded: {len(row['paragraphs'])} > {limits.max_paragraphs}",
            )
        if not row["body"] and not row["headline"]:
            return _fail(doc, "parse", "EmptyArticle", "no headline and no body text after boilerplate removal")
        return row
    except Exception as exc:  # one bad record must not fail the job
        return _fail(doc, "process", type(exc).__name__, str(exc) or repr(exc))


def _fail(doc: RawDoc, stage: str, error: str, message: str) -> Failure:
    return Failure(doc.source, stage, error, message, doc.locator, excerpt(doc.text))


def row_stats(row: dict) -> dict:
    """Counts one written row contributes to the run report."""
    return {
        "edits_by_rule": dict(Counter(e["rule"] for e in row["edits"])),
        "boilerplate_by_kind": dict(Counter(b["kind"] for b in row["boilerplate"])),
        "quotes": len(row["quotes"]),
        "links": len(row["links"]),
        "spun": int(bool(row["spun"])),
    }
