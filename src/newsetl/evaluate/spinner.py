"""A spinner simulator, used only to build the development half of the spin evaluation set.

It imitates the two spinner families with a thesaurus of its own
(``data/eval/spin/spinner_thesaurus.tsv``): each occurrence of an original phrase is replaced
with probability ``p`` by one of its spun forms, longest phrase first, like the tools do. The
thesaurus is deliberately broader than the repair lexicon (it includes swaps nobody can undo),
and the held-out half of the set is hand-spun instead, so figures are not circular.

    python -m newsetl.evaluate.spinner   # rewrites data/eval/spin/dev.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newsetl.resources import data_path, read_tsv

FAMILIES = {"pt": "phrase_thesaurus", "wp": "wordnet_paraphrase"}
_QUIRK = re.compile(
    r"\b((?:One|one) (?:in all|in every of|considered one of) the \w+) (\w+ed|made|held|seen|taken)\b"
)


@dataclass(frozen=True)
class Entry:
    spun: tuple[str, ...]
    p: float
    left: re.Pattern[str] | None
    right: re.Pattern[str] | None
    exact: str | None  # capitalised originals (I, New York) match only in that case


def _table(family: str) -> tuple[re.Pattern[str], list[Entry]]:
    rows = [r for r in read_tsv("eval/spin/spinner_thesaurus.tsv") if r["family"] == family]
    rows.sort(key=lambda r: -len(r["original"]))
    entries, alts = [], []
    for k, r in enumerate(rows):
        words = r"\s+".join(re.escape(w) for w in r["original"].split())
        alts.append(rf"(?P<e{k}>\b{words}\b)")
        entries.append(
            Entry(
                tuple(r["spun"].split("|")),
                float(r["p"]),
                re.compile(r["left"]) if r["left"] else None,
                re.compile(r["right"]) if r["right"] else None,
                r["original"] if r["original"] != r["original"].lower() else None,
            )
        )
    return re.compile("|".join(alts), re.IGNORECASE), entries


def _case(src: str, out: str) -> str:
    if src[:1].isupper() and not out[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def spin(text: str, family: str, seed: str) -> str:
    """``text`` spun by the simulated ``family`` tool ("pt" or "wp"); deterministic for ``seed``."""
    pattern, entries = _table(family)
    rng = random.Random(f"{family}:{seed}")
    out, pos = [], 0
    for m in pattern.finditer(text):
        e = entries[int(m.lastgroup[1:])]
        src = m.group(0)
        if e.exact is not None and src != e.exact:
            continue
        if e.left is not None and not e.left.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if e.right is not None and not e.right.match(text, m.end()):
            continue
        if rng.random() >= e.p:
            continue
        out.append(text[pos : m.start()])
        out.append(_case(src, rng.choice(e.spun)))
        pos = m.end()
    out.append(text[pos:])
    spun = "".join(out)
    if family == "pt":
        spun = _QUIRK.sub(lambda m: f"{m.group(1)}, {m.group(2)}" if rng.random() < 0.5 else m.group(0), spun)
    return spun


def parse_articles(path: Path) -> list[dict]:
    """Articles of a ``### id | topic | style`` file; sections (``=== name``) when present."""
    articles: list[dict] = []
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not line.startswith("### "):
            continue
        if line.startswith("### "):
            aid, topic, style = (x.strip() for x in line[4:].split("|"))
            articles.append({"id": aid, "topic": topic, "style": style, "sections": {"original": []}})
            section = "original"
        elif line.startswith("=== "):
            section = line[4:].strip()
            articles[-1]["sections"][section] = []
        elif articles:
            articles[-1]["sections"][section].append(line)
    for a in articles:
        a["sections"] = {k: "\n".join(v).strip() + "\n" for k, v in a["sections"].items()}
    return articles


def build_dev(out: Path | None = None) -> Path:
    out = out or data_path("eval/spin/dev.jsonl")
    rows = []
    for a in parse_articles(data_path("eval/spin/dev_originals.txt")):
        original = a["sections"]["original"]
        for fam, name in FAMILIES.items():
            rows.append(
                {
                    "id": a["id"],
                    "split": "dev",
                    "topic": a["topic"],
                    "style": a["style"],
                    "family": name,
                    "original": original,
                    "spun": spin(original, fam, a["id"]),
                }
            )
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build_dev())
    sys.exit(0)
