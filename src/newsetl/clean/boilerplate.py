"""Boilerplate lines: player notices, footers, related-article lines.

Patterns come from ``data/boilerplate.json``. Scrapers break notices over several short
lines (the seed's video notice spans four), so each pattern is also tried against windows
of consecutive lines joined by spaces; the longest window that matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsetl.resources import load_json


@dataclass(frozen=True)
class Boilerplate:
    kind: str
    text: str
    first_line: int
    last_line: int


@cache
def _patterns() -> tuple[int, list[tuple[str, re.Pattern[str]]]]:
    spec = load_json("boilerplate.json")
    pats = [(p["kind"], re.compile(p["regex"], re.IGNORECASE)) for p in spec["patterns"]]
    return int(spec["max_lines"]), pats


@cache
def _combined() -> tuple[re.Pattern[str], dict[str, str]]:
    """All patterns as one alternation, in file order: fullmatch tries them in turn, so the
    first pattern that matches the whole text wins, exactly as a loop would, in one call."""
    pats = _patterns()[1]
    kinds = {f"b{i}": kind for i, (kind, _) in enumerate(pats)}
    alts = "|".join(f"(?P<b{i}>{pat.pattern})" for i, (_, pat) in enumerate(pats))
    return re.compile(alts, re.IGNORECASE), kinds


def classify(text: str) -> str | None:
    """The boilerplate kind of one line (or joined lines), or None."""
    pattern, kinds = _combined()
    m = pattern.fullmatch(" ".join(text.split()))
    return kinds[m.lastgroup] if m else None


def find(lines: list[str]) -> list[Boilerplate]:
    """Boilerplate spans in ``lines``.

    A line that matches on its own is taken alone. Otherwise the line is joined with the
    following non-blank lines, one at a time, while the joined text has not yet ended a
    sentence, and the shortest window that matches is taken: that is how a notice broken
    over several lines is recognised without swallowing the paragraph after it.
    """
    max_lines, _ = _patterns()
    found: list[Boilerplate] = []
    i, n = 0, len(lines)
    while i < n:
        first = lines[i].strip()
        if not first:
            i += 1
            continue
        kind = classify(first)
        if kind is not None:
            found.append(Boilerplate(kind, first, i, i))
            i += 1
            continue
        window, j, hit = [first], i + 1, None
        while j < n and len(window) < max_lines and not _ends_sentence(window[-1]):
            nxt = lines[j].strip()
            if nxt:
                window.append(nxt)
                kind = classify(" ".join(window))
                if kind is not None:
                    hit = Boilerplate(kind, " ".join(window), i, j)
                    break
            j += 1
        if hit is not None:
            found.append(hit)
            i = hit.last_line + 1
        else:
            i += 1
    return found


_SENTENCE_END = re.compile(r"[.!?]['\u2019\u201d\")]?$")


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))
