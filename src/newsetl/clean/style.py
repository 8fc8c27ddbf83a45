"""House style (US or UK spelling) of an article, read from its own words.

Some repairs have two right answers that differ only by house style: a spinner's "p.c." was
"percent" in AP copy and "per cent" in British copy. Putting the wrong one back would make a clean
American article look edited, so the repair follows the spellings the article already uses.
"""

from __future__ import annotations

import re
from functools import cache

from newsetl.resources import load_json

_WORDS = re.compile(r"[a-z]+")


@cache
def _cues() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per style: its single-word cues, and its multi-word cues (matched with spaces normalised)."""
    data = load_json("house_style.json")
    out = {}
    for key in ("us", "uk"):
        words = [w.lower() for w in data[key]]
        out[key] = (frozenset(w for w in words if " " not in w), tuple(w for w in words if " " in w))
    return out


def house_style(texts: list[str]) -> str | None:
    """``"us"`` or ``"uk"`` when the texts' spellings lean one way, else None (no cues, or a tie)."""
    counts = {"us": 0, "uk": 0}
    for text in texts:
        lower = " ".join(text.lower().split())
        words = _WORDS.findall(lower)
        for key, (single, multi) in _cues().items():
            counts[key] += sum(w in single for w in words) + sum(lower.count(p) for p in multi)
    if counts["us"] == counts["uk"]:
        return None
    return "us" if counts["us"] > counts["uk"] else "uk"
