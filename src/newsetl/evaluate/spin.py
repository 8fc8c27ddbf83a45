"""Spin-repair evaluation: phrase and article figures per spinner family, false edits on clean news.

    python -m newsetl.evaluate.spin [--clean-dir DIR] [--list-edits]

Labelled set (package data, ``data/eval/spin/``): ``dev.jsonl`` (our own articles spun by
the simulator in ``evaluate/spinner.py``) and ``heldout*.txt`` (our own articles, spun
before the rules were extended and never used to write them; ``heldout3.txt`` was written
blind to the rules and adds clean "trap" articles that have only an original section).
All are self-made, so their figures are secondary; the clean-news figure on real BBC text is
the primary one.

Phrase level: spun vs original are aligned with difflib at word level; each differing run is a
gold span. Gold spans and repairs that overlap form a unit; a unit is right when applying its
repairs turns the spun words into exactly the original words. Precision = repairs in right
units / all repairs; recall = gold spans in right units / all gold spans.
Article level: every spun article is a positive, every original (traps included; and, with
``--clean-dir``, every clean file) a negative; ``spun`` is the prediction.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsetl import core
from newsetl.clean import spin
from newsetl.edits import Edit
from newsetl.evaluate import spinner
from newsetl.evaluate.corpus import read_text, text_files
from newsetl.evaluate.scores import prf
from newsetl.evaluate.spinner import parse_articles
from newsetl.resources import data_path

DEFAULT_CLEAN_DIR = Path("/work/shared/corpora/bbc-news-2005")
# Second clean corpus, package data: 75 invented 2020s articles (UK, US, Australian, Irish, Indian English; every beat),
# 01-45 written blind to the rules; one headline + paragraphs per file. Reported after the primary clean corpus.
MODERN_CLEAN = "eval/spin/clean_modern"
FAMILIES = ("phrase_thesaurus", "wordnet_paraphrase")
HELDOUT = {  # split -> file
    "heldout": "eval/spin/heldout.txt",
    "heldout2": "eval/spin/heldout2.txt",
    "heldout3": "eval/spin/heldout3.txt",
}
# Hand-written sets in the held-out format: dev2 (tuning set for detection: clean negatives that use spinner
# words legitimately, and positives spun at the seed's density), dev3 (tuning set for round-4 repair: the
# phrase thesaurus's stock swaps across topics, and clean traps using the same words) and the held-out sets.
TEXT_SETS = {"dev2": "eval/spin/dev2.txt", "dev3": "eval/spin/dev3.txt", **HELDOUT}
SPLITS = ("dev", *TEXT_SETS)
# Families a split's spun articles carry (every family unless listed): dev3 is spun in the phrase thesaurus only.
SPLIT_FAMILIES = {"dev3": ("phrase_thesaurus",)}


def split_families(split: str) -> tuple[str, ...]:
    return SPLIT_FAMILIES.get(split, FAMILIES)
_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]")


# --- labelled pairs -------------------------------------------------------------------------------


def load_pairs() -> list[dict]:
    """Dev pairs (simulator-spun) and held-out pairs (hand-spun), as dicts with split and family."""
    dev = data_path("eval/spin/dev.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(ln) for ln in dev.splitlines() if ln]
    for split, name in TEXT_SETS.items():
        rows += _heldout_pairs(split, name)
    return rows


def load_traps() -> list[dict]:
    """Hand-written articles with only an original section: clean text that must stay unedited."""
    rows = []
    for split, name in TEXT_SETS.items():
        for a in parse_articles(data_path(name)):
            if not _spun_families(a, split_families(split)):
                meta = {k: a[k] for k in ("id", "topic", "style")}
                rows.append({**meta, "split": split, "original": a["sections"]["original"]})
    return rows


def _spun_families(article: dict, families: tuple[str, ...] = FAMILIES) -> bool:
    """True when the article has a section for every family of its split, False when it has none (a trap)."""
    have = [fam in article["sections"] for fam in FAMILIES]
    want = [fam in families for fam in FAMILIES]
    if any(have) and have != want:
        raise ValueError(f"{article['id']}: its spun sections are not those of its split, {families}")
    return any(have)


def _heldout_pairs(split: str, name: str) -> list[dict]:
    rows = []
    families = split_families(split)
    for a in parse_articles(data_path(name)):
        if not _spun_families(a, families):
            continue
        for fam in families:
            rows.append(
                {
                    "id": a["id"],
                    "split": split,
                    "topic": a["topic"],
                    "style": a["style"],
                    "family": fam,
                    "original": a["sections"]["original"],
                    "spun": a["sections"][fam],
                }
            )
    return rows


def _fields(article: str) -> dict[str, str]:
    """Headline and body of a labelled article, laid out as core.process lays them out."""
    head, _, rest = article.strip().partition("\n")
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", rest.strip()) if p.strip()]
    return {"headline": head.strip(), "body": "\n\n".join(paras)}


def spin_edits(row: dict) -> list[Edit]:
    """The spin edits of a processed row (edits whose rule names a lexicon rule)."""
    ids = {r.id for r in spin.lexicon().rules}
    out = []
    for e in row["edits"]:
        if any(part in ids for part in e["rule"].split("+")):
            out.append(Edit(**e))
    return out


def _pre_positions(edits: list[Edit]) -> list[tuple[int, int, Edit]]:
    """(start, end) of each edit's ``before`` in the pre-repair text."""
    out, shift = [], 0
    for e in sorted(edits, key=lambda e: e.start):
        start = e.start - shift
        out.append((start, start + len(e.before), e))
        shift += len(e.after) - len(e.before)
    return out


@dataclass
class PhraseScore:
    repairs: int = 0
    correct: int = 0
    gold: int = 0
    recalled: int = 0
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)  # rule, before, after, context
    missed: Counter = field(default_factory=Counter)  # (spun, original) -> n
    listed: list[tuple[str, str, str, bool]] = field(default_factory=list)

    def add(self, other: PhraseScore) -> None:
        self.repairs += other.repairs
        self.correct += other.correct
        self.gold += other.gold
        self.recalled += other.recalled
        self.wrong += other.wrong
        self.missed.update(other.missed)
        self.listed += other.listed

    @property
    def precision(self) -> float:
        return self.correct / self.repairs if self.repairs else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0


def _align(a_text: str, b_text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list]:
    a_tok = [(m.start(), m.end()) for m in _TOKEN.finditer(a_text)]
    b_tok = [(m.start(), m.end()) for m in _TOKEN.finditer(b_text)]
    sm = difflib.SequenceMatcher(
        None, [a_text[x:y] for x, y in a_tok], [b_text[x:y] for x, y in b_tok], autojunk=False
    )
    return a_tok, b_tok, sm.get_opcodes()


def score_field(
    spun_text: str, repaired: str, original: str, edits: list[Edit], label: str = ""
) -> PhraseScore:
    """Phrase-level score of one field.

    Gold spans: word-level differences between spun and original text. A gold span is recalled
    when, after repair, its original words are all aligned unchanged (repaired vs original). A
    repair is correct when the words it wrote are all aligned unchanged with the original (a
    deletion: when nothing differs at that point), i.e. it turned spun text into exactly the
    original text, whatever happens to unrelated neighbouring words.
    """
    _, _, gold_ops = _align(spun_text, original)
    r_tok, o_tok, r_ops = _align(repaired, original)
    eq_o: set[int] = set()
    eq_r: set[int] = set()
    bad_r_bounds: set[int] = set()  # repaired token boundaries where repaired and original differ
    extra_at_o: set[int] = set()  # original boundaries where repaired has words the original lacks
    for tag, i1, i2, j1, j2 in r_ops:
        if tag == "equal":
            eq_o.update(range(j1, j2))
            eq_r.update(range(i1, i2))
        else:
            bad_r_bounds.update(range(i1, i2 + 1))
            if i2 > i1:
                extra_at_o.add(j1)
    out = PhraseScore()
    for tag, i1, i2, j1, j2 in gold_ops:
        if tag == "equal":
            continue
        out.gold += 1
        ok = all(j in eq_o for j in range(j1, j2)) and (j2 > j1 or j1 not in extra_at_o)
        out.recalled += ok
        if not ok:
            before = " ".join(spun_text[slice(*_span(_align(spun_text, original)[0], i1, i2))].split())
            out.missed[(before, " ".join(original[slice(*_span(o_tok, j1, j2))].split()))] += 1
    for e in edits:
        out.repairs += 1
        toks = [k for k, (x, y) in enumerate(r_tok) if x < e.end and y > e.start]
        if toks:
            ok = all(k in eq_r for k in toks)
        else:
            k = next((k for k, (x, _) in enumerate(r_tok) if x >= e.start), len(r_tok))
            ok = k not in bad_r_bounds
        out.correct += ok
        out.listed.append((label, e.rule, f"{e.before!r} -> {e.after!r}", ok))
        if not ok:
            lo, hi = max(0, e.start - 30), min(len(repaired), e.end + 30)
            out.wrong.append((e.rule, e.before, e.after, repaired[lo:hi]))
    return out


def _span(tok: list[tuple[int, int]], i1: int, i2: int) -> tuple[int, int]:
    if i2 > i1:
        return tok[i1][0], tok[i2 - 1][1]
    pos = tok[i1][0] if i1 < len(tok) else (tok[-1][1] if tok else 0)
    return pos, pos


@dataclass
class Detection:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def f1(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


def evaluate_pairs(pairs: list[dict], traps: Iterable[dict] = ()) -> tuple[dict, dict, list[dict]]:
    """Phrase scores by (split, family), detection by (split, family), and per-original clean rows.

    Traps (original-only articles) count as negatives of their split for every family.
    """
    phrase: dict[tuple[str, str], PhraseScore] = defaultdict(PhraseScore)
    detect: dict[tuple[str, str], Detection] = defaultdict(Detection)
    originals: dict[tuple[str, str], dict] = {}
    for p in pairs:
        key = (p["split"], p["family"])
        row = core.process(p["spun"], source=p["id"])
        edits = spin_edits(row)
        spun_f, orig_f = _fields(p["spun"]), _fields(p["original"])
        for name in ("headline", "body"):
            got = row[name] or ""
            f_edits = [e for e in edits if e.field == name]
            phrase[key].add(score_field(spun_f[name], got, orig_f[name], f_edits, f"{p['id']}/{name}"))
            if got and _fields_check(got, f_edits, spun_f[name]) is False:
                msg = f"warning: {p['id']} {name}: processed text does not undo to the spun text"
                print(msg, file=sys.stderr)
        d = detect[key]
        d.tp += row["spun"]
        d.fn += not row["spun"]
        if (p["split"], p["id"]) not in originals:
            originals[(p["split"], p["id"])] = core.process(p["original"], source=p["id"])
    for t in traps:
        originals[(t["split"], t["id"])] = core.process(t["original"], source=t["id"])
    for (split, _), orow in originals.items():
        for fam in split_families(split):
            detect[(split, fam)].fp += orow["spun"]
            detect[(split, fam)].tn += not orow["spun"]
    return phrase, detect, list(originals.values())


def _fields_check(got: str, edits: list[Edit], spun_text: str) -> bool:
    from newsetl.edits import undo

    try:
        return undo(got, edits) == spun_text
    except ValueError:
        return False


# --- clean news --------------------------------------------------------------------------------------



@dataclass
class CleanScore:
    files: int = 0
    words: int = 0
    spun: int = 0
    edits: list[tuple[str, Edit, str]] = field(default_factory=list)  # source, edit, family
    worst_case: Counter = field(default_factory=Counter)  # rule id -> articles where it fires if all were spun

    def per_k(self, family: str | None = None, tier: str | None = None) -> float:
        n = sum(
            1
            for _, e, f in self.edits
            if (family is None or f == family) and (tier is None or _tier(e) == tier)
        )
        return 1000.0 * n / max(self.words, 1)


def _rule(edit: Edit) -> spin.Rule | None:
    rules = {r.id: r for r in spin.lexicon().rules}
    return next((rules[p] for p in edit.rule.split("+") if p in rules), None)


def _tier(edit: Edit) -> str:
    r = _rule(edit)
    return r.tier if r else "?"


def evaluate_clean(items: Iterable[tuple[str, str]]) -> CleanScore:
    out = CleanScore()
    for source, text in items:
        row = core.process(text, source=source)
        out.files += 1
        out.words += row["word_count"]
        out.spun += row["spun"]
        for e in spin_edits(row):
            rule = _rule(e)
            out.edits.append((source, e, rule.family if rule else "?"))
        texts = [row["headline"] or "", *(row["body"] or "").split("\n\n")]
        out.worst_case.update({h.rule.id for t in texts for h in spin.find(t) if h.rule.tier != "low"})
    return out


def strong_in_clean(clean: CleanScore) -> list[tuple[str, int, float]]:
    """Rules that fire on clean news in the worst case (every article treated as spun) but still weigh as
    strong evidence: each should get a weak weight in data/spin_evidence.tsv (see docs/spin.md)."""
    rules = {r.id: r for r in spin.lexicon().rules}
    out = []
    for rid, n in sorted(clean.worst_case.items()):
        w = spin.rule_weight(rules[rid])
        if w >= spin.STRONG_WEIGHT:
            out.append((rid, n, w))
    return out


def evaluate_light_spin(items: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Detection on lightly spun real news: each clean text spun by the dev simulator in each family (its own
    density, about one swap in 30 words: lighter than the seed), family -> (flagged spun, articles). SECONDARY:
    the simulator's thesaurus also built the dev set, so the lexicon knows its swaps better than a tool's."""
    out = {fam: [0, 0] for fam in FAMILIES}
    for source, text in items:
        for short, fam in spinner.FAMILIES.items():
            row = core.process(spinner.spin(text, short, source), source=source)
            out[fam][0] += row["spun"]
            out[fam][1] += 1
    return {fam: (n, total) for fam, (n, total) in out.items()}


# --- report ------------------------------------------------------------------------------------------


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def _rate_line(score: CleanScore) -> str:
    return f"  false edits per 1,000 words: all {score.per_k():.4f}  low tier {score.per_k(tier='low'):.4f}"


def _edit_lines(score: CleanScore) -> list[str]:
    """Every edit made on a clean corpus, one line each, under a count."""
    return [
        f"  every edit made on clean text ({len(score.edits)}):",
        *(f"  {src} [{fam}/{_tier(e)}] {e.field} {e.start}: {e.rule}: {e.before!r} -> {e.after!r}"
          for src, e, fam in score.edits),
    ]


def report(
    phrase: dict,
    detect: dict,
    clean: CleanScore | None,
    labelled_clean: CleanScore,
    list_edits: bool,
    traps: dict[str, CleanScore] | None = None,
    light: dict[str, tuple[int, int]] | None = None,
    heldout_errors: bool = False,
    modern: CleanScore | None = None,
) -> str:
    """The printed report. Error listings of the held-out splits only with ``heldout_errors``: whoever
    writes rules reads this output, and a held-out set stays blind only if its misses are never seen."""
    lines = ["Spin repair evaluation", "=" * 22, ""]
    lines.append("Labelled set (self-made; figures are SECONDARY): dev = simulator-spun; heldout = hand-spun,")
    lines.append("dense (about 1 word in 6); heldout2 = hand-spun at the seed's density (about 1 phrase in 16 words);")
    lines.append("heldout3 = written blind to the rules, spun by fixed thesauri at about 1 phrase in 16 words, plus")
    lines.append("clean trap articles (negatives only). No held-out set was used to write the rules.")
    lines.append("")
    head = f"{'split':8} {'family':20} {'repairs':>7} {'gold':>5} {'P':>6} {'R':>6}"
    lines.append(head + f"   {'art.P':>6} {'art.R':>6} {'F1':>6}")
    for split in SPLITS:
        for fam in split_families(split):
            s, d = phrase[(split, fam)], detect[(split, fam)]
            p, r, f = d.f1()
            lines.append(
                f"{split:8} {fam:20} {s.repairs:7d} {s.gold:5d} {_fmt(s.precision):>6} {_fmt(s.recall):>6}"
                f"   {_fmt(p):>6} {_fmt(r):>6} {_fmt(f):>6}"
            )
    lines.append("(P/R: phrase-level precision/recall; art.: article-level detection, negatives = originals)")
    lines.append("")
    lines.append(
        f"Labelled originals (clean): {labelled_clean.files} articles, {labelled_clean.words} words, "
        f"{len(labelled_clean.edits)} spin edits ({_fmt(labelled_clean.per_k())} per 1,000 words), "
        f"{labelled_clean.spun} flagged spun"
    )
    for src, e, fam in labelled_clean.edits:
        lines.append(f"  {src} [{fam}/{_tier(e)}] {e.rule}: {e.before!r} -> {e.after!r}")
    for split, t in (traps or {}).items():
        lines.append(
            f"Trap originals of {split} (clean, must stay unedited): {t.files} articles, {t.words} words, "
            f"{len(t.edits)} false edits, {t.spun} falsely flagged spun"
        )
    if clean is not None:
        lines.append("")
        lines.append(
            f"Clean news (PRIMARY): {clean.files} files, {clean.words} words, {clean.spun} flagged spun"
        )
        lines.append(_rate_line(clean))
        for fam in FAMILIES:
            lines.append(f"    {fam:20} {clean.per_k(family=fam):.4f}")
        lines.append(
            f"  rules firing on clean text if every article were spun: {len(clean.worst_case)}; of them with"
            " strong evidence weight (should be weak in spin_evidence.tsv):"
        )
        strong = strong_in_clean(clean)
        for rid, n, w in strong:
            lines.append(f"    {rid}: {n} articles ({100 * n / max(clean.files, 1):.2f}%), weight {w}")
        if not strong:
            lines.append("    none")
        for fam, (n, total) in (light or {}).items():
            lines.append(
                f"  lightly spun by the dev simulator (SECONDARY), {fam}: {n} of {total} flagged spun"
                f" ({_fmt(n / max(total, 1))})"
            )
        lines += _edit_lines(clean)
    if modern is not None:
        lines.append("")
        lines.append(
            f"Clean news, modern (SECONDARY: invented 2020s articles, 01-45 written blind, data/{MODERN_CLEAN}): "
            f"{modern.files} files, {modern.words} words, {modern.spun} flagged spun"
        )
        lines.append(_rate_line(modern))
        lines.append(f"  rules firing if every article were spun: {len(modern.worst_case)}")
        lines += _edit_lines(modern)
    for split in SPLITS:
        for fam in split_families(split):
            s = phrase[(split, fam)]
            lines.append("")
            missed = sum(s.missed.values())
            if split.startswith("heldout") and not heldout_errors:
                lines.append(f"[{split} {fam}] wrong repairs: {len(s.wrong)}; missed spans: {missed} "
                             "(blind set: listed only with --heldout-errors)")
                continue
            lines.append(f"[{split} {fam}] wrong repairs: {len(s.wrong)}; missed spans (top 15 of {missed}):")
            for rule, before, after, context in s.wrong:
                lines.append(f"  WRONG {rule}: {before!r} -> {after!r} in ...{context}...")
            for (before, target), n in s.missed.most_common(15):
                lines.append(f"  miss x{n}: {before!r} (original {target!r})")
            if list_edits:
                for label, rule, change, ok in s.listed:
                    lines.append(f"  {'ok ' if ok else 'BAD'} {label} {rule}: {change}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsetl eval spin", description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--clean-dir", type=Path, default=DEFAULT_CLEAN_DIR, help="clean news corpus (*.txt, recursive)"
    )
    ap.add_argument("--no-clean", action="store_true", help="skip the clean-news corpus")
    ap.add_argument("--list-edits", action="store_true", help="list every repair made on the labelled set")
    ap.add_argument(
        "--heldout-errors",
        action="store_true",
        help="also list the held-out splits' wrong repairs and misses (they stop being blind for whoever reads them)",
    )
    ap.add_argument(
        "--light-spin",
        type=int,
        default=0,
        metavar="N",
        help="also spin every Nth clean file with the dev simulator and report how many are flagged spun",
    )
    args = ap.parse_args(argv)
    pairs, traps = load_pairs(), load_traps()
    phrase, detect, _ = evaluate_pairs(pairs, traps)
    seen: dict[str, str] = {}
    for p in [*pairs, *traps]:
        seen.setdefault(f"{p['split']}/{p['id']}", p["original"])
    labelled_clean = evaluate_clean(seen.items())
    trap_score = {
        split: evaluate_clean((f"{t['split']}/{t['id']}", t["original"]) for t in traps if t["split"] == split)
        for split in dict.fromkeys(t["split"] for t in traps)
    }
    clean, light, modern = None, None, None
    if not args.no_clean:
        root = data_path(MODERN_CLEAN)
        if root.is_dir() and root.resolve() != args.clean_dir.resolve():
            modern = evaluate_clean((str(f.relative_to(root)), read_text(f)) for f in text_files(root))
        if not args.clean_dir.is_dir():
            print(
                f"clean corpus not found: {args.clean_dir} (use --clean-dir or --no-clean)", file=sys.stderr
            )
            return 2
        files = text_files(args.clean_dir)
        clean = evaluate_clean((str(f.relative_to(args.clean_dir)), read_text(f)) for f in files)
        if args.light_spin > 0:
            light = evaluate_light_spin(
                (str(f.relative_to(args.clean_dir)), read_text(f)) for f in files[:: args.light_spin]
            )
    print(
        report(
            phrase, detect, clean, labelled_clean, args.list_edits, trap_score, light,
            heldout_errors=args.heldout_errors, modern=modern,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
