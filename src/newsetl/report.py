"""Run statistics: mergeable counters, and the reconciled run report.

Counts are plain nested dicts of ints so they merge associatively (a Beam CombineFn) and
serialise as JSON. The report checks in code that every record read is accounted for:
read = written + dead-lettered + skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

COUNTERS = (
    "files", "records_read", "written", "dead_lettered", "skipped",
    "quotes", "links", "spun", "paragraphs", "words",
)
BREAKDOWNS = (
    "dead_by_stage", "dead_by_reason", "skipped_by_reason", "edits_by_rule", "boilerplate_by_kind",
    "with_metadata", "by_encoding",
)


def empty() -> dict:
    return {**{k: 0 for k in COUNTERS}, **{k: {} for k in BREAKDOWNS}}


def merge(a: dict, b: dict) -> dict:
    """Add counters of ``b`` into ``a`` (returned); nested dicts add key-wise."""
    for k, v in b.items():
        if isinstance(v, dict):
            target = a.setdefault(k, {})
            for kk, vv in v.items():
                target[kk] = target.get(kk, 0) + vv
        else:
            a[k] = a.get(k, 0) + v
    return a


def merge_all(stats: Iterable[dict]) -> dict:
    total = empty()
    for s in stats:
        merge(total, s)
    return total


def dead(stage: str, reason: str) -> dict:
    """Counts of one dead letter; ``reason`` is the error type or ``LimitExceeded.<limit>``."""
    return {"dead_lettered": 1, "dead_by_stage": {stage: 1}, "dead_by_reason": {f"{stage}:{reason}": 1}}


def skipped(reason: str) -> dict:
    return {"skipped": 1, "skipped_by_reason": {reason: 1}}


class ReconciliationError(RuntimeError):
    """Records went missing: the run must fail loudly."""


def reconcile(stats: dict, outputs: dict | None = None) -> None:
    """Raise unless read = written + dead-lettered + skipped, and the breakdowns add up.

    ``outputs`` holds what is actually on disk (``{"written": parquet rows, "dead_lettered":
    dead-letter lines}``): the counters must match it too, so a lost shard is caught.
    """
    problems = []
    accounted = stats["written"] + stats["dead_lettered"] + stats["skipped"]
    if stats["records_read"] != accounted:
        problems.append(
            f"read {stats['records_read']} != written {stats['written']} + "
            f"dead-lettered {stats['dead_lettered']} + skipped {stats['skipped']} = {accounted}"
        )
    for total, parts in (("dead_lettered", "dead_by_stage"), ("dead_lettered", "dead_by_reason"),
                         ("skipped", "skipped_by_reason")):
        if sum(stats[parts].values()) != stats[total]:
            problems.append(f"{parts} sums to {sum(stats[parts].values())}, not {total} {stats[total]}")
    for key, found in (outputs or {}).items():
        if found != stats[key]:
            problems.append(f"{key} counted {stats[key]} but the output holds {found}")
    if problems:
        raise ReconciliationError("run does not reconcile: " + "; ".join(problems))


def format_table(report: dict) -> str:
    s = report["counts"]
    lines = [
        f"inputs matched     {s['files']:>8}",
        f"records read       {s['records_read']:>8}",
        f"articles written   {s['written']:>8}",
        f"dead-lettered      {s['dead_lettered']:>8}  {_top(s['dead_by_stage'])}",
        *(f"    {v:>6}  {k}" for k, v in _ranked(s["dead_by_reason"])[:8]),
        f"skipped            {s['skipped']:>8}  {_top(s['skipped_by_reason'])}",
        f"spun articles      {s['spun']:>8}",
        f"quotes             {s['quotes']:>8}",
        f"links              {s['links']:>8}",
        f"edits              {sum(s['edits_by_rule'].values()):>8}  {_top(s['edits_by_rule'])}",
        f"boilerplate lines  {sum(s['boilerplate_by_kind'].values()):>8}  {_top(s['boilerplate_by_kind'])}",
        f"with metadata      {'':>8}  {_top(s.get('with_metadata', {}), 9) or '-'}",
        f"input encodings    {'':>8}  {_top(s.get('by_encoding', {}))}",
        f"wall time          {report['wall_seconds']:>8.2f} s",
        f"reconciled         {'yes' if report['reconciled'] else 'NO: ' + report.get('error', '')}",
    ]
    return "\n".join(lines)


def _ranked(counts: dict) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _top(counts: dict, n: int = 6) -> str:
    items = _ranked(counts)[:n]
    more = f" +{len(counts) - n} more" if len(counts) > n else ""
    return ", ".join(f"{k}={v}" for k, v in items) + more


def to_json(report: dict) -> str:
    return json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False)
