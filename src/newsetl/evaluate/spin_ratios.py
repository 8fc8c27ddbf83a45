"""How often each ambiguous spin rule's spun form is written legitimately, measured on clean news.

For every ambiguous rule whose spun form and original are plain words (no ``re:`` pattern, no
``{...}`` special), count both forms in a clean corpus (word boundaries, case-insensitive) and print
``spun / original``. A spun form that clean news writes rarely next to its original ("individuals"
vs "people") is, inside an article already flagged spun, almost always the spinner's swap: such
rules are candidates for ``data/spin_relaxed.tsv`` (docs/spin.md, "Relaxed rules"). Only counts
are printed; no corpus text is stored.

    PYTHONPATH=src python -m newsetl.evaluate.spin_ratios /work/shared/corpora/bbc-news-2005
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from newsetl.clean import spin
from newsetl.evaluate.corpus import read_text, text_files

_PLAIN = re.compile(r"[a-z][a-z' -]*[a-z]")


def plain_rules(lex: spin.Lexicon | None = None) -> list[spin.Rule]:
    """Ambiguous rules whose spun form and original are both plain lower-case words or phrases."""
    lex = lex or spin.lexicon()
    return [
        r
        for r in lex.rules
        if r.tier == "ambiguous"
        and not r.relaxed
        and _PLAIN.fullmatch(r.spun.lower())
        and _PLAIN.fullmatch(r.original.lower())
    ]


def _phrase(form: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in form.lower().split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b")


def count_forms(texts: Iterable[str], forms: Iterable[str]) -> Counter[str]:
    """Occurrences of each form (lower case) in ``texts``, on word boundaries, case-insensitive."""
    patterns = {f: _phrase(f) for f in set(forms)}
    counts: Counter[str] = Counter()
    for text in texts:
        lower = text.lower()
        for form, pattern in patterns.items():
            counts[form] += len(pattern.findall(lower))
    return counts


def ratio(spun_count: int, original_count: int) -> float:
    """Spun-form uses per original-form use; add-one on the original so a missing original is not 0/0."""
    return spun_count / max(original_count, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clean_dir", type=Path)
    args = parser.parse_args(argv)
    rules = plain_rules()
    texts = [read_text(p) for p in text_files(args.clean_dir)]
    if not texts:
        print(f"no .txt files under {args.clean_dir}", file=sys.stderr)
        return 2
    counts = count_forms(texts, [f.lower() for r in rules for f in (r.spun, r.original)])
    print("id\tspun\toriginal\tspun_n\toriginal_n\tratio")
    rows = sorted(rules, key=lambda r: ratio(counts[r.spun.lower()], counts[r.original.lower()]))
    for r in rows:
        s, o = counts[r.spun.lower()], counts[r.original.lower()]
        print(f"{r.id}\t{r.spun}\t{r.original}\t{s}\t{o}\t{ratio(s, o):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
