"""Spin repair: undo synonym spinners with a lexicon kept as data.

Rules come from ``data/spin_lexicon.tsv``. All spun forms are compiled into one regex
alternation (longest first), so a paragraph is scanned once whatever the lexicon size.
Low-ambiguity rules are always applied; ambiguous ones only in articles that carry spin
evidence (enough low-tier or context-confirmed matches), because each of them is also
ordinary English somewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsetl.edits import Edit, apply_matches
from newsetl.resources import read_tsv

EVIDENCE_MIN_HITS = 2  # distinct spin matches an article needs before ambiguous rules apply
SPUN_SCORE = 1.5  # evidence per 1,000 words above which an article is flagged spun
_LEFT_WINDOW = 40


@dataclass(frozen=True)
class Rule:
    id: str
    spun: str
    original: str
    family: str
    tier: str
    left: re.Pattern[str] | None
    right: str


@dataclass(frozen=True)
class Lexicon:
    rules: dict[str, Rule]  # group name -> rule
    pattern: re.Pattern[str]


def _phrase_regex(phrase: str) -> str:
    words = [re.escape(w).replace("'", "['\u2019]") for w in phrase.split()]
    body = r"\s+".join(words)
    lead = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return lead + body + tail


@cache
def lexicon(name: str = "spin_lexicon.tsv") -> Lexicon:
    rows = read_tsv(name)
    rows.sort(key=lambda r: -len(r["spun"]))
    rules: dict[str, Rule] = {}
    alts = []
    for k, row in enumerate(rows):
        group = f"r{k}"
        right = row.get("right") or ""
        left = row.get("left") or ""
        rules[group] = Rule(
            row["id"], row["spun"], row["original"], row["family"], row["tier"],
            re.compile(left, re.IGNORECASE) if left else None, right,
        )
        alts.append(f"(?P<{group}>{_phrase_regex(row['spun'])}{f'(?={right})' if right else ''})")
    return Lexicon(rules, re.compile("|".join(alts), re.IGNORECASE))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: Rule
    replacement: str


def find(text: str, lex: Lexicon | None = None) -> list[Hit]:
    """Every lexicon match in ``text`` whose context fits (any tier)."""
    lex = lex or lexicon()
    hits = []
    for m in lex.pattern.finditer(text):
        rule = lex.rules[m.lastgroup]
        if rule.left is not None and not rule.left.search(text[max(0, m.start() - _LEFT_WINDOW) : m.start()]):
            continue
        hits.append(Hit(m.start(), m.end(), rule, match_case(m.group(0), rule.original)))
    return hits


def match_case(spun: str, original: str) -> str:
    """Carry the spun text's capitalisation over to the original."""
    if len(spun) > 1 and spun.isupper():
        return original.upper()
    if spun[:1].isupper():
        return original[:1].upper() + original[1:]
    return original


@dataclass(frozen=True)
class Evidence:
    hits: int
    score: float
    spun: bool


def evidence(texts: list[str], word_count: int, lex: Lexicon | None = None) -> Evidence:
    """How much spin an article shows: low-tier hits count 1, context-confirmed ambiguous ones 0.5."""
    lex = lex or lexicon()
    weight = 0.0
    low = 0
    for text in texts:
        for h in find(text, lex):
            if h.rule.tier == "low":
                low += 1
                weight += 1.0
            elif h.rule.right or h.rule.left:
                weight += 0.5
    score = 1000.0 * weight / max(word_count, 1)
    spun = low >= 1 and weight >= EVIDENCE_MIN_HITS or weight >= 3 and score >= SPUN_SCORE
    return Evidence(low, round(score, 3), spun)


def repair(text: str, spun: bool, field: str = "body", lex: Lexicon | None = None) -> tuple[str, list[Edit]]:
    """Repair stage: low-tier rules always; ambiguous ones only when the article is ``spun``."""
    hits = [h for h in find(text, lex) if h.rule.tier == "low" or spun]
    return apply_matches(text, [(h.start, h.end, h.replacement, h.rule.id) for h in hits], field)
