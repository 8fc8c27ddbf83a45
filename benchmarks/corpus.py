"""A synthetic news corpus shaped like the real inputs: one article per ``.txt`` file.

Text comes from the templates and word lists in ``data/corpus_words.json`` (no real
article text). Shapes follow the dumps newsetl meets: blank-line-separated paragraphs
(as the BBC corpus), one paragraph per line with curly quotes, page boilerplate and
synonym spinning (as the scraped seed), hard-wrapped text, and messy text with odd
spaces, mojibake, links and CRLF line ends. Sizes follow a log-normal fitted to the BBC
corpus (mean ~2.2 KB). The same seed always gives the same corpus.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import textwrap
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from newsetl.resources import read_tsv

SHAPES = {"clean": 0.55, "spun": 0.2, "wrapped": 0.15, "messy": 0.1}
SIGMA = 0.5  # log-normal spread of article sizes (BBC: p10 ~1.1 KB, p90 ~3.6 KB)
CP1252_EVERY = 500  # one legacy-encoded file in this many, as in real dumps
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass
class CorpusInfo:
    folder: str
    files: int
    bytes: int
    shapes: dict[str, int] = field(default_factory=dict)


@cache
def words() -> dict:
    return json.loads((Path(__file__).parent / "data" / "corpus_words.json").read_text(encoding="utf-8"))


@cache
def _respin_rules() -> tuple[re.Pattern[str], dict[str, str]]:
    """Spinner behaviour, inverted from the lexicon: one pattern of original phrases -> spun phrase."""
    spun: dict[str, str] = {}
    for row in read_tsv("spin_lexicon.tsv"):
        if row["tier"] == "low" or not (row.get("left") or row.get("right")):
            spun.setdefault(row["original"].lower(), row["spun"])
    alts = sorted(spun, key=len, reverse=True)
    pattern = re.compile(r"\b(?:%s)\b(?!['\u2019])" % "|".join(re.escape(a) for a in alts), re.IGNORECASE)
    return pattern, spun


class _Writer:
    """One article: fills templates, remembering the people it has named."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.w = words()
        self.people: list[str] = []

    def pick(self, key: str) -> str:
        return self.rng.choice(self.w[key])

    def name(self) -> str:
        full = f"{self.pick('first')} {self.pick('last')}"
        self.people.append(full)
        return full

    def surname(self) -> str:
        return (self.rng.choice(self.people) if self.people else self.name()).split()[-1]

    def fill(self, template: str) -> str:
        def slot(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "Name":
                return self.name()
            if key == "Surname":
                return self.surname()
            if key in ("pct", "num", "num2"):
                return str(self.rng.randint(2, 40))
            if key == "num3":
                return f"{self.rng.randint(0, 999):03d}"
            if key == "quote":
                return self.fill(self.pick("quote"))
            if key == "headline":
                return self.fill(self.pick("headline"))
            if key == "slug":
                return "-".join(self.rng.sample(self.w["noun"], 2)).replace(" ", "-")
            if key == "handle":
                return self.pick("last").replace("'", "") + "News"
            if key == "Site":
                return self.pick("site").split(".")[0].title() + ".co.uk"
            base = key.rstrip("0123456789").lower()
            text = self.pick(base if base in self.w else key)
            return text[:1].upper() + text[1:] if key[:1].isupper() else text

        return _SLOT.sub(slot, template)

    def paragraph(self) -> str:
        if self.rng.random() < 0.3:
            return self.fill(self.pick("quote_frame"))
        n = self.rng.choice((1, 1, 2, 2, 3))
        return " ".join(self.fill(self.pick("sentence")) for _ in range(n))

    def body(self, target: int, links: bool = False) -> tuple[str, list[str]]:
        headline = self.fill(self.pick("headline"))
        paras: list[str] = []
        size = len(headline)
        while size + 100 < target or len(paras) < 2:
            p = self.paragraph()
            if links and self.rng.random() < 0.1:
                p += " " + self.fill(self.pick("link_sentence"))
            paras.append(p)
            size += len(p) + 2
        return headline, paras

    def boilerplate(self) -> list[str]:
        return [self.fill(line) for line in self.rng.choice(self.w["boilerplate"])]

    def respin(self, text: str) -> str:
        """Swap phrases for the spinner's synonyms, most of the time, in one pass."""
        pattern, spun = _respin_rules()

        def swap(m: re.Match[str]) -> str:
            return _case_like(m.group(0), spun[m.group(0).lower()]) if self.rng.random() < 0.6 else m.group(0)

        return pattern.sub(swap, text)


def _case_like(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def article(rng: random.Random, shape: str, target: int) -> str:
    """One article of ``shape`` with about ``target`` characters."""
    w = _Writer(rng)
    if shape == "spun":
        headline, paras = w.body(target, links=True)
        paras = [w.respin(p).replace('"', "\u2018", 1).replace('"', "\u2019", 1) for p in paras]
        mid = rng.randint(1, max(1, len(paras) - 1))
        lines = [headline, *paras[:mid], *w.boilerplate(), *paras[mid:]]
        lines += [line for _ in range(rng.randint(1, 4)) for line in w.boilerplate()]
        return "\n".join(lines) + "\n"
    headline, paras = w.body(target, links=shape == "messy")
    if shape == "wrapped":
        paras = [textwrap.fill(p, width=rng.choice((66, 72, 76))) for p in paras]
    text = "\n\n".join([headline, *paras]) + "\n"
    if shape == "messy":
        text = _mess(rng, text)
    return text


def _mess(rng: random.Random, text: str) -> str:
    """Scraper damage: odd and doubled spaces, trailing blanks, mojibake, CRLF."""
    text = re.sub(r"(?<=\w) (?=\w)", lambda m: rng.choices((" ", "\u00a0", "  "), (40, 1, 2))[0], text)
    for good, bad in words()["mojibake"]:
        if rng.random() < 0.5:
            text = text.replace(good, bad)
    if rng.random() < 0.5:
        text = re.sub(r"\.\n", lambda m: ".  \n", text)
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text


def sizes(rng: random.Random, n: int, mean_bytes: int) -> list[int]:
    median = mean_bytes / math.exp(SIGMA**2 / 2)
    return [int(min(20_000, max(500, rng.lognormvariate(math.log(median), SIGMA)))) for _ in range(n)]


def generate(folder: str | os.PathLike, n: int, seed: int = 1, mean_bytes: int = 2200) -> CorpusInfo:
    """Write ``n`` articles into ``folder`` (created), spread over sub-folders of 1,000 files."""
    rng = random.Random(seed)
    shapes, weights = list(SHAPES), list(SHAPES.values())
    info = CorpusInfo(str(folder), 0, 0, {s: 0 for s in shapes})
    for i, target in enumerate(sizes(rng, n, mean_bytes)):
        shape = rng.choices(shapes, weights)[0]
        text = article(rng, shape, target)
        legacy = i % CP1252_EVERY == CP1252_EVERY - 1
        data = text.encode("cp1252", "replace") if legacy else text.encode("utf-8")
        sub = Path(folder) / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"article-{i:07d}.txt").write_bytes(data)
        info.files += 1
        info.bytes += len(data)
        info.shapes[shape] += 1
    return info


def link_corpus(source: str | os.PathLike, folder: str | os.PathLike, n: int | None) -> CorpusInfo:
    """Use the ``*.txt`` files under ``source`` (e.g. the BBC corpus), cycled to ``n`` files.

    Files are hard-linked (copied where links fail) into ``folder`` under distinct names,
    so every mode of the benchmark reads exactly the same set of paths.
    """
    found = sorted(str(p) for p in Path(source).rglob("*.txt") if p.is_file())
    if not found:
        raise SystemExit(f"no .txt files under {source}")
    n = n or len(found)
    info = CorpusInfo(str(folder), 0, 0, {"given": 0})
    for i in range(n):
        src = found[i % len(found)]
        sub = Path(folder) / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        dst = sub / f"article-{i:07d}.txt"
        try:
            os.link(src, dst)
        except OSError:
            dst.write_bytes(Path(src).read_bytes())
        info.files += 1
        info.bytes += os.path.getsize(dst)
    info.shapes["given"] = info.files
    return info


def paths(folder: str | os.PathLike) -> list[str]:
    return sorted(str(p) for p in Path(folder).rglob("*.txt"))
