"""Run statistics: mergeable counters, and the reconciled run report.

Counts are plain nested dicts of ints so they merge associatively (a Beam CombineFn) and
serialise as JSON. The report checks in code that every record read is accounted for:
read = written + dead-lettered + skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

COUNTERS = ("files", "records_read", "written", "dead_lettered", "skipped", "quotes", "links", "spun")
BREAKDOWNS = ("dead_by_stage", "dead_by_reason", "skipped_by_reason", "edits_by_rule", "boilerplate_by_kind")


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


def dead(stage: str, error: str) -> dict:
    return {"dead_lettered": 1, "dead_by_stage": {stage: 1}, "dead_by_reason": {f"{stage}:{error}": 1}}


def skipped(reason: str) -> dict:
    return {"skipped": 1, "skipped_by_reason": {reason: 1}}


class ReconciliationError(RuntimeError):
    """Records went missing: the run must fail loudly."""


def reconcile(stats: dict) -> None:
    accounted = stats["written"] + stats["dead_lettered"] + stats["skipped"]
    if stats["records_read"] != accounted:
        raise ReconciliationError(
            f"run does not reconcile: read {stats['records_read']} != written {stats['written']} + "
            f"dead-lettered {stats['dead_lettered']} + skipped {stats['skipped']} = {accounted}"
        )


def format_table(report: dict) -> str:
    s = report["counts"]
    lines = [
        f"files matched      {s['files']:>8}",
        f"records read       {s['records_read']:>8}",
        f"articles written   {s['written']:>8}",
        f"dead-lettered      {s['dead_lettered']:>8}  {_top(s['dead_by_reason'])}",
        f"skipped            {s['skipped']:>8}  {_top(s['skipped_by_reason'])}",
        f"spun articles      {s['spun']:>8}",
        f"quotes             {s['quotes']:>8}",
        f"links              {s['links']:>8}",
        f"edits              {sum(s['edits_by_rule'].values()):>8}  {_top(s['edits_by_rule'])}",
        f"boilerplate lines  {sum(s['boilerplate_by_kind'].values()):>8}  {_top(s['boilerplate_by_kind'])}",
        f"wall time          {report['wall_seconds']:>8.2f} s",
        f"reconciled         {'yes' if report['reconciled'] else 'NO'}",
    ]
    return "\n".join(lines)


def _top(counts: dict, n: int = 6) -> str:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    more = f" +{len(counts) - n} more" if len(counts) > n else ""
    return ", ".join(f"{k}={v}" for k, v in items) + more


def to_json(report: dict) -> str:
    return json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False)
