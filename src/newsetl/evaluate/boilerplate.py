"""``newsetl eval boilerplate``: how well boilerplate lines are found, on labelled dumps and clean news.

Two measures. The labelled set (``data/eval/boilerplate/{dev,heldout}.txt``, format below) gives
line-level precision, recall and F1 of boilerplate detection, the same per kind, kind accuracy and
headline accuracy. The clean BBC corpus has no page furniture, so every line taken there is a
false positive; they are counted and listed.

Labelled-set format (plain text, one dump per record)::

    # comment (a line starting with '#'; labels never do)
    === record-id | free description of the shape
    .|Headline of the article
    |
    video_player|To view this video please enable JavaScript, and consider
    .|Body paragraph ...

Each record line is ``LABEL|TEXT``: ``.`` (content) or a boilerplate kind, a bar, then the dump
line exactly (nothing stripped). ``|`` alone is a blank dump line. Empty lines between records
are ignored.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsetl.clean import boilerplate
from newsetl.evaluate.corpus import read_text, text_files
from newsetl.evaluate.scores import prf
from newsetl.resources import data_path

CONTENT = "."
SPLITS = ("dev", "heldout", "spun_dev", "spun_dev2", "spun_dev3", "spun_dev4", "spun_heldout")


@dataclass
class Dump:
    id: str
    lines: list[str]
    labels: list[str]


@dataclass
class Score:
    """Line-level counts over non-blank lines; per-kind counts keyed by kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    kind_right: int = 0
    headline_right: int = 0
    dumps: int = 0
    by_kind: dict[str, Counter] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def parse(text: str, origin: str = "<labelled>") -> list[Dump]:
    """Records of the labelled-set format; raises ValueError naming the bad line."""
    dumps: list[Dump] = []
    for n, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("==="):
            ident = raw[3:].split("|", 1)[0].strip()
            if not ident:
                raise ValueError(f"{origin}:{n}: record without an id")
            dumps.append(Dump(ident, [], []))
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        if not dumps:
            raise ValueError(f"{origin}:{n}: line before the first '===' record")
        label, bar, line = raw.partition("|")
        if not bar:
            raise ValueError(f"{origin}:{n}: expected LABEL|TEXT")
        label = label.strip() or CONTENT
        dumps[-1].lines.append(line)
        dumps[-1].labels.append(label)
    return dumps


def load(split: str) -> list[Dump]:
    path = data_path(f"eval/boilerplate/{split}.txt")
    return parse(path.read_text(encoding="utf-8"), str(path))


def predict(lines: list[str]) -> list[str]:
    """Kind (or CONTENT) for each line, from ``boilerplate.find``."""
    pred = [CONTENT] * len(lines)
    for b in boilerplate.find(lines):
        for i in range(b.first_line, b.last_line + 1):
            pred[i] = b.kind
    return pred


def _headline(lines: list[str], labels: list[str]) -> str | None:
    return next((ln.strip() for ln, lab in zip(lines, labels) if ln.strip() and lab == CONTENT), None)


def score(dumps: list[Dump]) -> Score:
    s = Score()
    for d in dumps:
        pred = predict(d.lines)
        s.dumps += 1
        if _headline(d.lines, d.labels) == _headline(d.lines, pred):
            s.headline_right += 1
        else:
            s.errors.append(f"{d.id}: headline {_headline(d.lines, pred)!r}")
        for i, (line, gold, got) in enumerate(zip(d.lines, d.labels, pred)):
            if not line.strip():
                continue
            for kind in {gold, got} - {CONTENT}:
                c = s.by_kind.setdefault(kind, Counter())
                c["tp" if gold == got else ("fn" if kind == gold else "fp")] += 1
            if gold != CONTENT and got != CONTENT:
                s.tp += 1
                s.kind_right += gold == got
                if gold != got:
                    s.errors.append(f"{d.id}:{i + 1}: kind {got} (gold {gold}): {line.strip()[:100]}")
            elif gold != CONTENT:
                s.fn += 1
                s.errors.append(f"{d.id}:{i + 1}: missed {gold}: {line.strip()[:100]}")
            elif got != CONTENT:
                s.fp += 1
                s.errors.append(f"{d.id}:{i + 1}: false {got}: {line.strip()[:100]}")
            else:
                s.tn += 1
    return s


def report(name: str, s: Score, errors: bool) -> list[str]:
    p, r, f = prf(s.tp, s.fp, s.fn)
    gold = s.tp + s.fn
    out = [
        f"{name}: {s.dumps} dumps, {s.tp + s.fp + s.fn + s.tn} non-blank lines, {gold} boilerplate",
        f"  detection  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})",
        f"  kind accuracy {s.kind_right / s.tp if s.tp else 1.0:.3f} on {s.tp} detected lines; "
        f"headline right {s.headline_right}/{s.dumps}",
        "  per kind (gold lines): P / R / F1",
    ]
    for kind in sorted(s.by_kind):
        c = s.by_kind[kind]
        kp, kr, kf = prf(c["tp"], c["fp"], c["fn"])
        out.append(f"    {kind:<16} {c['tp'] + c['fn']:>4}  {kp:.3f} / {kr:.3f} / {kf:.3f}")
    if errors:
        out += [f"  ! {e}" for e in s.errors]
    return out



def corpus(directory: Path) -> tuple[int, int, int, list[str], float]:
    """(files, non-blank lines, lines taken, listing, mean microseconds per find) on clean news."""
    files = text_files(directory)
    total = taken = 0
    listing: list[str] = []
    elapsed = 0.0
    for path in files:
        lines = read_text(path).splitlines()
        t0 = time.perf_counter()
        found = boilerplate.find(lines)
        elapsed += time.perf_counter() - t0
        total += sum(1 for ln in lines if ln.strip())
        for b in found:
            n = sum(1 for ln in lines[b.first_line : b.last_line + 1] if ln.strip())
            taken += n
            listing.append(f"{path.relative_to(directory)}:{b.first_line + 1}: {b.kind}: {b.text[:120]}")
    return len(files), total, taken, listing, elapsed / max(len(files), 1) * 1e6


def bench() -> list[str]:
    """CPU time of ``find`` on a 30-line dump made of dev lines, next to a fixed reference loop.

    CPU time (not wall time) and the reference make the figure comparable on a shared machine.
    """
    import timeit

    lines = [ln for d in load("dev")[:4] for ln in d.lines if ln.strip()][:30]
    boilerplate.find(lines)

    def best(fn, n: int) -> float:
        return min(timeit.repeat(fn, number=n, repeat=7, timer=time.process_time)) / n * 1e6

    us, ref = best(lambda: boilerplate.find(lines), 200), best(lambda: sum(range(1000)), 2000)
    return [f"speed: find() {us:.1f} us CPU, {len(lines)}-line dump; reference sum(range(1000)) {ref:.1f} us"]


def _default_bbc() -> Path | None:
    shared = os.environ.get("NEWSETL_SHARED")
    for base in ([Path(shared)] if shared else []) + [Path("/work/shared")]:
        path = base / "corpora" / "bbc-news-2005"
        if path.is_dir():
            return path
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsetl eval boilerplate", description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all", help="labelled split(s) to score")
    ap.add_argument("--errors", action="store_true", help="list every wrong line of the labelled set")
    ap.add_argument("--bbc-dir", type=Path, default=None, help="clean BBC corpus (default: shared corpora)")
    ap.add_argument("--no-bbc", action="store_true", help="skip the clean-corpus check")
    ap.add_argument("--bench", action="store_true", help="also time find() on a 30-line dump (CPU time)")
    args = ap.parse_args(argv)
    out: list[str] = []
    for split in SPLITS if args.split == "all" else (args.split,):
        out += report(split, score(load(split)), args.errors)
    bbc = None if args.no_bbc else (args.bbc_dir or _default_bbc())
    if bbc is not None:
        if not bbc.is_dir():
            print(f"newsetl eval boilerplate: no such directory {bbc}", file=sys.stderr)
            return 2
        files, total, taken, listing, us = corpus(bbc)
        out.append(f"clean corpus {bbc}: {files} files, {taken} of {total} non-blank lines taken:")
        out += [f"  - {line}" for line in listing]
        out.append(f"  find(): {us:.1f} us per article (mean)")
    if args.bench:
        out += bench()
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
