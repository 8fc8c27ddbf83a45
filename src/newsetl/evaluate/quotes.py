"""``python -m newsetl.evaluate.quotes [--bbc-dir DIR]``: quote extraction measured.

On the labelled set (every ``*.jsonl`` in ``data/eval/quotes``: hand-written passages, held-out
parts written before tuning and a dev part, figures per split) it prints quote precision/recall/F1 with exact
and overlap matching, speaker accuracy (mention as written and resolved person), cue and
kind accuracy, recall per shape and per mark style, and non-speech spans wrongly kept.
With ``--bbc-dir`` it also runs over a plain-text corpus (headline line, blank line,
paragraphs): no file may crash, straight-quoted speech with a cue verb nearby should be
found (recall of such candidates, with a few misses), and throughput is measured.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from newsetl.evaluate.corpus import read_text, text_files
from newsetl.extract import quotes as quotes_mod
from newsetl.resources import data_path

_EDGE = " \t\n,.;:!?\u2026\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"
_CANDIDATE = re.compile(r'"([^"\n]*)"')
_CUE_NEAR = re.compile(r"\b(?:said|says|told|added|warned|explained|insisted|asked|argued|wrote)\b")


def load(path: Path | None = None) -> list[dict]:
    """One labelled file, or by default every ``*.jsonl`` in ``data/eval/quotes`` (each passage names its split)."""
    paths = [path] if path else sorted(data_path("eval/quotes/passages.jsonl").parent.glob("*.jsonl"))
    return [
        json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip(_EDGE)).replace("\u2019", "'").lower()


def _match(gold: list[dict], system: list[dict], exact: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, system index) in the same paragraph."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best, best_score = None, 0.0
        for si, s in enumerate(system):
            if si in used or s["paragraph"] != g["paragraph"]:
                continue
            if exact:
                score = 1.0 if norm(s["text"]) == norm(g["text"]) else 0.0
            else:
                a, b = set(norm(s["text"]).split()), set(norm(g["text"]).split())
                score = len(a & b) / max(1, min(len(a), len(b)))
                score = score if score >= 0.5 else 0.0
            if score > best_score:
                best, best_score = si, score
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    return pairs


def evaluate(passages: list[dict]) -> dict:
    """All figures for a list of labelled passages."""
    tp = {"exact": 0, "overlap": 0}
    n_gold = n_sys = 0
    acc = Counter()
    shape_total, shape_hit = Counter(), Counter()
    style_total, style_hit = Counter(), Counter()
    non_speech_kept = 0
    non_speech_total = 0
    errors: list[str] = []
    for p in passages:
        system = [q.as_row() for q in quotes_mod.extract(p["paragraphs"], headline=p["headline"])]
        gold = p["quotes"]
        n_gold += len(gold)
        n_sys += len(system)
        for mode in ("exact", "overlap"):
            tp[mode] += len(_match(gold, system, mode == "exact"))
        pairs = _match(gold, system, exact=False)
        matched_sys = {si for _, si in pairs}
        matched_gold = {gi for gi, _ in pairs}
        for gi, si in pairs:
            g, s = gold[gi], system[si]
            acc["pairs"] += 1
            acc["mention"] += norm(g["mention"]) == norm(s["speaker_mention"])
            acc["speaker"] += norm(g["speaker"]) == norm(s["speaker"])
            acc["cue"] += (g["cue"] or "") == (s["cue"] or "")
            acc["kind"] += g["kind"] == s["kind"]
            if norm(g["speaker"]) != norm(s["speaker"]) or norm(g["mention"]) != norm(s["speaker_mention"]):
                errors.append(
                    f"  {p['id']} speaker: {g['text'][:50]!r} gold={g['speaker']!r}/{g['mention']!r}"
                    f" got={s['speaker']!r}/{s['speaker_mention']!r}"
                )
        for gi, g in enumerate(gold):
            shape_total[g["shape"]] += 1
            style_total[p["style"]] += 1
            hit = gi in matched_gold
            shape_hit[g["shape"]] += hit
            style_hit[p["style"]] += hit
            if not hit:
                errors.append(f"  {p['id']} missed: {g['text'][:70]!r} ({g['shape']})")
        for si, s in enumerate(system):
            if si not in matched_sys:
                errors.append(f"  {p['id']} extra: {s['text'][:70]!r} ({s['kind']})")
        for t in p.get("not_speech", []):
            non_speech_total += 1
            non_speech_kept += any(
                norm(s["text"]) == norm(t) and si not in matched_sys for si, s in enumerate(system)
            )
    out = {"passages": len(passages), "gold": n_gold, "system": n_sys}
    for mode in ("exact", "overlap"):
        prec = tp[mode] / n_sys if n_sys else 0.0
        rec = tp[mode] / n_gold if n_gold else 0.0
        out[mode] = {
            "precision": prec,
            "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        }
    pairs = acc["pairs"] or 1
    out["accuracy"] = {k: acc[k] / pairs for k in ("mention", "speaker", "cue", "kind")}
    out["shape_recall"] = {k: (shape_hit[k], shape_total[k]) for k in sorted(shape_total)}
    out["style_recall"] = {k: (style_hit[k], style_total[k]) for k in sorted(style_total)}
    out["non_speech_kept"] = (non_speech_kept, non_speech_total)
    out["errors"] = errors
    return out


def _print(name: str, r: dict, verbose: bool) -> None:
    print(f"== {name}: {r['passages']} passages, {r['gold']} gold quotes, {r['system']} extracted")
    for mode in ("exact", "overlap"):
        m = r[mode]
        print(f"  quote {mode:7s} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}")
    a = r["accuracy"]
    print(
        f"  on matched quotes: speaker(resolved)={a['speaker']:.3f} mention={a['mention']:.3f} "
        f"cue={a['cue']:.3f} kind={a['kind']:.3f}"
    )
    print("  recall per shape: " + ", ".join(f"{k} {h}/{t}" for k, (h, t) in r["shape_recall"].items()))
    print("  recall per style: " + ", ".join(f"{k} {h}/{t}" for k, (h, t) in r["style_recall"].items()))
    kept, total = r["non_speech_kept"]
    print(f"  non-speech spans kept as speech: {kept}/{total}")
    if verbose:
        print("\n".join(r["errors"]))



def split_article(text: str) -> tuple[str | None, list[str]]:
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    if not blocks:
        return None, []
    return blocks[0], blocks[1:]


def bbc(directory: Path, show: int = 5) -> dict:
    """Crash check, candidate recall and throughput over a plain-text corpus."""
    files = text_files(directory)
    articles = []
    for f in files:
        if f.name.lower().startswith("readme"):
            continue
        articles.append((f, split_article(read_text(f))))
    crashes, cands, found, misses, n_quotes = [], 0, 0, [], 0
    t0 = time.process_time()
    results = []
    for f, (headline, paras) in articles:
        try:
            results.append(quotes_mod.extract(paras, headline=headline))
        except Exception as exc:  # noqa: BLE001 - the point is to count every failure
            crashes.append(f"{f}: {exc!r}")
            results.append([])
    elapsed = time.process_time() - t0
    for (f, (_, paras)), qs in zip(articles, results, strict=True):
        n_quotes += len(qs)
        for p, text in enumerate(paras):
            if text.count('"') % 2:
                continue  # an unclosed (multi-paragraph) quote: pairing by regex would be wrong
            for m in _CANDIDATE.finditer(text):
                window = text[max(0, m.start() - 60) : m.start()] + " " + text[m.end() : m.end() + 60]
                if len(m.group(1).split()) < 4 or not _CUE_NEAR.search(window):
                    continue
                cands += 1
                hit = any(q.paragraph == p and q.start < m.end(1) and q.end > m.start(1) for q in qs)
                found += hit
                if not hit:
                    misses.append(f"  {f.parent.name}/{f.name} p{p}: {m.group(1)[:80]!r}")
    return {
        "files": len(articles),
        "crashes": crashes,
        "candidates": cands,
        "found": found,
        "misses": misses[:show],
        "quotes": n_quotes,
        "seconds": elapsed,
        "per_second": len(articles) / elapsed if elapsed else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsetl eval quotes", description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=None, help="labelled JSONL (default: the bundled set)")
    ap.add_argument("--bbc-dir", type=Path, default=None, help="plain-text corpus for the sanity check")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, extras and speaker errors")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    passages = load(args.set)
    by_split: dict[str, list[dict]] = defaultdict(list)
    for p in passages:
        by_split[p.get("split", "dev")].append(p)
    report = {name: evaluate(ps) for name, ps in sorted(by_split.items())}
    report["all"] = evaluate(passages)
    if args.bbc_dir:
        report["bbc"] = bbc(args.bbc_dir)
    if args.json:
        print(
            json.dumps(
                {k: {kk: vv for kk, vv in v.items() if kk != "errors"} for k, v in report.items()}, indent=1
            )
        )
        return 0
    for name in [*sorted(by_split), "all"]:
        _print(name, report[name], args.verbose)
    if args.bbc_dir:
        b = report["bbc"]
        print(
            f"== corpus {args.bbc_dir}: {b['files']} files, {len(b['crashes'])} crashes, {b['quotes']} quotes"
        )
        rec = b["found"] / b["candidates"] if b["candidates"] else 0.0
        print(f"  straight-quoted speech near a cue verb found: {b['found']}/{b['candidates']} = {rec:.3f}")
        print(f"  quote extraction speed: {b['per_second']:.0f} articles/s ({b['seconds']:.2f}s, one core)")
        for line in b["crashes"][:5] + b["misses"]:
            print(line)
    return 1 if args.bbc_dir and report["bbc"]["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
