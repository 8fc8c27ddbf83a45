"""Persons named in an article: full names and later surname-only mentions."""

from __future__ import annotations

import re
from collections import Counter

_FULL = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?){1,2})\b")
_NOT_FIRST = {
    "The", "A", "An", "But", "And", "He", "She", "They", "It", "This", "That", "In", "On", "At", "For",
    "MORE", "Follow", "Got", "Or", "If", "When", "As", "By", "With", "From", "To", "Of", "Mr", "Mrs", "Ms",
}


def people(texts: list[str]) -> list[tuple[str, int]]:
    """(name, mentions) for two- or three-word capitalised names, first seen first."""
    counts: Counter[str] = Counter()
    order: list[str] = []
    joined = "\n".join(texts)
    for m in _FULL.finditer(joined):
        words = m.group(1).split()
        if words[0] in _NOT_FIRST:
            words = words[1:]
        if len(words) < 2:
            continue
        name = " ".join(words)
        if name not in counts:
            order.append(name)
        counts[name] += 1
    for name in order:
        surname = name.split()[-1]
        counts[name] += len(re.findall(rf"(?<![A-Z][a-z] )\b{re.escape(surname)}\b(?!\s+[A-Z])", joined)) - 1
    return [(n, max(counts[n], 1)) for n in order]
