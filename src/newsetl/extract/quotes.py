"""Direct quotes with speaker and cue verb (first version: pairing + nearby attribution).

Quote marks are paired per paragraph; an apostrophe (a letter on both sides, or after a
plural s) never closes a single-quoted span. Attribution looks for ``<speaker> <cue>`` or
``<cue> <speaker>`` in the text around the quote; pronouns and role nouns resolve to the
most recently named person.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache

from newsetl.resources import read_tsv

PAIRS = {"\u2018": "\u2019", "\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb"}
_PRONOUNS = {"he", "she", "they", "it", "we"}
_NAME = r"(?:[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.))*)"
_MENTION = rf"(?:{_NAME}|[Hh]e|[Ss]he|[Tt]hey|the\s+[a-z]+(?:\s+[a-z]+)?)"


@dataclass
class Quote:
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    kind: str
    paragraph: int
    start: int
    end: int

    def as_row(self) -> dict:
        return asdict(self)


@cache
def cue_forms() -> dict[str, str]:
    return {r["form"]: r["lemma"] for r in read_tsv("cue_verbs.tsv")}


@cache
def _attribution_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = sorted(cue_forms(), key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms)
    c1, c2 = f"(?P<c1>{alt})", f"(?P<c2>{alt})"
    after = re.compile(rf"^[\s,]*(?:(?P<m1>{_MENTION})\s+{c1}\b|{c2}\s+(?P<m2>{_NAME}))")
    before = re.compile(rf"(?:(?P<m1>{_MENTION})\s+{c1}(?:\s+\w+){{0,3}}|{c2}\s+(?P<m2>{_NAME}))\s*[:,]?\s*$")
    return after, before


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return prev.isalnum() and nxt.isalnum() or prev in "sS" and not nxt.isalnum() and _open_before(text, i)


def _open_before(text: str, i: int) -> bool:
    # "girls’ school" inside ‘...’: treat as apostrophe only if a later closing mark exists.
    return "\u2019" in text[i + 1 :] or "'" in text[i + 1 :]


def spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of quoted text, marks excluded; an unclosed quote runs to the end."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in PAIRS and not (ch in "'\"" and i > 0 and text[i - 1].isalnum()):
            close = PAIRS[ch]
            j = i + 1
            while j < n:
                if text[j] == close and not (close in "\u2019'" and _is_apostrophe(text, j)):
                    break
                j += 1
            out.append((i + 1, j, j < n))
            i = j + 1
        else:
            i += 1
    return out


def _is_speech(q: str) -> bool:
    """Scare quotes, titles and nicknames are short; speech has several words."""
    return len(q.split()) >= 4 or q.rstrip().endswith((".", ",", "?", "!"))


def extract(paragraphs: list[str], people: list[str] | None = None) -> list[Quote]:
    after_re, before_re = _attribution_res()
    cues = cue_forms()
    known = list(people or [])
    quotes: list[Quote] = []
    last_person: str | None = None
    open_quote: Quote | None = None
    for p, text in enumerate(paragraphs):
        for name in re.findall(rf"\b{_NAME}\b", text):
            if name in known:
                last_person = name
        for start, end, closed in spans(text):
            q = text[start:end]
            if not _is_speech(q):
                continue
            m = after_re.search(text[end + 1 :]) or before_re.search(text[: start - 1])
            mention = cue = None
            if m:
                mention = (m.group("m1") or m.group("m2")).strip()
                cue = cues.get(m.group("c1") or m.group("c2"))
            elif open_quote is not None and p == open_quote.paragraph + 1 and start <= 1:
                mention, cue = open_quote.speaker_mention, open_quote.cue
            speaker = _resolve(mention, known, last_person)
            quote = Quote(q, speaker, mention, cue, "direct", p, start, end)
            quotes.append(quote)
            open_quote = None if closed else quote
            if speaker:
                last_person = speaker
    return quotes


def _resolve(mention: str | None, known: list[str], last_person: str | None) -> str | None:
    if not mention:
        return None
    low = mention.lower()
    if low in _PRONOUNS or low.startswith("the "):
        return last_person
    for name in known:
        if mention == name or name.endswith(" " + mention) or name.startswith(mention + " "):
            return name
    return mention
