"""Edits: the audit trail of every text repair.

An :class:`Edit` says that ``before`` was replaced by ``after`` and where ``after`` now
sits (``start``/``end``) in the output text. A list of non-overlapping edits sorted by
``start`` is enough to rebuild the text before repair (:func:`undo`), the same idea as
ftfy's replayable plan. Repair stages run one after another, so :func:`compose` folds the
edits of a later stage into those of an earlier one, keeping positions in the newest text
and ``before`` in the oldest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Edit:
    rule: str
    before: str
    after: str
    start: int
    end: int
    field: str = "body"

    def as_row(self) -> dict:
        # Explicit, not dataclasses.asdict: asdict deep-copies every field (~10x slower, per edit).
        return {"rule": self.rule, "before": self.before, "after": self.after, "start": self.start,
                "end": self.end, "field": self.field}


def undo(text: str, edits: Iterable[Edit]) -> str:
    """The text as it was before ``edits`` were made."""
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        if text[e.start : e.end] != e.after:
            raise ValueError(f"edit {e} does not match the text at {e.start}:{e.end}")
        text = text[: e.start] + e.before + text[e.end :]
    return text


def apply_matches(
    text: str, matches: Iterable[tuple[int, int, str, str]], field: str = "body"
) -> tuple[str, list[Edit]]:
    """Replace spans ``(start, end, replacement, rule)`` of ``text`` (non-overlapping, sorted).

    Returns the new text and the edits, positioned in the new text. Spans whose
    replacement equals the original are skipped: clean text yields no edits.
    """
    out: list[str] = []
    edits: list[Edit] = []
    pos = 0
    shift = 0
    for start, end, repl, rule in matches:
        if start < pos:
            raise ValueError("overlapping matches")
        before = text[start:end]
        if before == repl:
            continue
        out.append(text[pos:start])
        out.append(repl)
        new_start = start + shift
        prev = edits[-1] if edits else None
        if prev is not None and prev.end == new_start:
            # Touching edits merge: undo stays unambiguous when one of them deletes.
            rules = prev.rule if rule in prev.rule.split("+") else f"{prev.rule}+{rule}"
            edits[-1] = Edit(rules, prev.before + before, prev.after + repl, prev.start, new_start + len(repl), field)
        else:
            edits.append(Edit(rule, before, repl, new_start, new_start + len(repl), field))
        shift += len(repl) - len(before)
        pos = end
    out.append(text[pos:])
    return "".join(out), edits


def compose(middle: str, earlier: list[Edit], later: list[Edit]) -> list[Edit]:
    """Edits from the text before ``earlier`` straight to the text after ``later``.

    ``middle`` is the text between the two stages: ``earlier`` is positioned in it and
    ``later`` rewrites it. Edits of the two stages that overlap or meet are merged into
    one edit whose rule names both rules, so the result stays non-overlapping and
    no two edits touch (which keeps :func:`undo` unambiguous for deletions).
    """
    if not earlier or not later:
        return list(earlier or later)
    # (start, end, is_later, edit) in middle coordinates.
    spans: list[tuple[int, int, bool, Edit]] = [(e.start, e.end, False, e) for e in earlier]
    shift = 0
    for e in sorted(later, key=lambda e: e.start):
        mid = e.start - shift
        spans.append((mid, mid + len(e.before), True, e))
        shift += len(e.after) - len(e.before)
    spans.sort(key=lambda s: (s[0], s[1], s[2]))
    groups: list[list[tuple[int, int, bool, Edit]]] = []
    for s in spans:
        if groups:
            g = groups[-1]
            hi = max(x[1] for x in g)
            if s[0] <= hi:
                g.append(s)
                continue
        groups.append([s])
    result: list[Edit] = []
    shift = 0  # middle -> newest, over the later edits already passed
    for g in groups:
        lo = min(x[0] for x in g)
        hi = max(x[1] for x in g)
        olds = sorted((x for x in g if not x[2]), key=lambda x: x[0])
        news = sorted((x for x in g if x[2]), key=lambda x: x[0])
        if not news:
            e = olds[0][3]
            result.append(replace(e, start=e.start + shift, end=e.end + shift))
            continue
        delta = sum(len(x[3].after) - len(x[3].before) for x in news)
        if not olds:
            result.append(news[0][3])
        else:
            before = _splice(middle, lo, hi, [(x[0], x[1], x[3].before) for x in olds])
            after = _splice(middle, lo, hi, [(x[0], x[1], x[3].after) for x in news])
            rules = list(dict.fromkeys(x[3].rule for x in sorted(g, key=lambda x: (x[0], x[2]))))
            start = lo + shift
            result.append(Edit("+".join(rules), before, after, start, start + len(after), g[0][3].field))
        shift += delta
    return result


def _splice(text: str, lo: int, hi: int, parts: list[tuple[int, int, str]]) -> str:
    """``text[lo:hi]`` with sorted, non-overlapping spans replaced."""
    out, pos = [], lo
    for s, e, repl in parts:
        out.append(text[pos:s])
        out.append(repl)
        pos = e
    out.append(text[pos:hi])
    return "".join(out)


def chain(text: str, stages: Iterable[Callable[[str], tuple[str, list[Edit]]]]) -> tuple[str, list[Edit]]:
    """Run repair stages in order, composing their edits."""
    edits: list[Edit] = []
    for stage in stages:
        new_text, new = stage(text)
        edits = compose(text, edits, new)
        text = new_text
    return text, edits
