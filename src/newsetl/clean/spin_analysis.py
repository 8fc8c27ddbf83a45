"""Stored results of spin's regex analysis, so a fresh process does not redo it.

Before a regex rule first runs, spin reads its regex (and its left context and scan) with
Python's regex parser to plan how to try it cheaply: the literal texts a match starts with,
the words every match holds, a skeleton of the left context. That reading is pure (the same
regex always gives the same answer) and costly: about 2 s of CPU for the whole lexicon, paid
by every process, so by every Beam worker before its first article. The answers are kept in
``data/spin_analysis.json`` as plain data (regex sources, word lists), keyed by the regex they
were read from (a short hash of it), and a process only compiles them.

Keyed by the regex itself, an entry can never belong to another rule: an edited or new rule
simply misses the table and is analysed as before. ``tests/test_spin_analysis.py`` checks that
the file equals a fresh analysis of the lexicon; rewrite it with ``newsetl lexicon-analysis``
after changing the lexicon or the analysis code.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from functools import cache, wraps
from typing import Any, TypeVar

from newsetl.resources import data_path

FILE = "spin_analysis.json"
VERSION = 1  # bump when an analysis function's answers change meaning: old files are then ignored

T = TypeVar("T")
_MISSING = object()
_ANALYSES: dict[str, tuple[Callable[[str], Any], Callable[[Any], Any], Callable[[Any], Any]]] = {}


@cache
def table() -> dict[str, dict[str, Any]]:
    """The stored answers, by analysis name then regex; empty if the file is missing or of another version."""
    path = data_path(FILE)
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["analyses"] if data.get("version") == VERSION else {}


def stored(name: str, encode: Callable[[T], Any], decode: Callable[[Any], T]) -> Callable:
    """Decorate a pure analysis ``regex -> T``: answer from the stored table where it holds the regex,
    else compute. Cached either way. ``encode``/``decode`` turn an answer into JSON data and back."""

    def wrap(compute: Callable[[str], T]) -> Callable[[str], T]:
        _ANALYSES[name] = (compute, encode, decode)

        @cache
        @wraps(compute)
        def answer(regex: str) -> T:
            known = table().get(name, {}).get(key_of(regex), _MISSING)
            return compute(regex) if known is _MISSING else decode(known)

        answer.compute = compute  # the analysis itself, the table not asked
        return answer

    return wrap


def key_of(regex: str) -> str:
    """A regex's key in the file: 64 bits of its hash (the file stays small; a few thousand regexes never collide)."""
    return hashlib.blake2b(regex.encode("utf-8"), digest_size=8).hexdigest()


class LazyRegex:
    """A stored regex, compiled on first use: a process plans some 1,700 rules on BBC news and most of their
    finders and skeletons are never searched (the rule's words are missing first); compiling them all at plan
    time cost a third of a second. Searched like the compiled pattern it stands for."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)


Regex = re.Pattern[str] | LazyRegex


def encode_pattern(pattern: Regex | None) -> list | None:
    return None if pattern is None else [pattern.pattern, int(pattern.flags)]


def decode_pattern(data: list | None) -> LazyRegex | None:
    return None if data is None else LazyRegex(data[0], data[1])


def analyse(inputs: dict[str, set[str]]) -> dict[str, dict[str, Any]]:
    """Fresh answers (encoded) of each named analysis for its regexes: what the file should hold."""
    return {
        name: {key_of(regex): _ANALYSES[name][1](_ANALYSES[name][0](regex)) for regex in regexes}
        for name, regexes in sorted(inputs.items())
    }


def render(analyses: dict[str, dict[str, Any]]) -> str:
    """The file's text: one entry per line, sorted, so a lexicon change is a readable diff."""
    lines = ['{"version": %d, "analyses": {' % VERSION]
    names = sorted(analyses)
    for i, name in enumerate(names):
        entries = analyses[name]
        lines.append(f"{json.dumps(name)}: {{")
        keys = sorted(entries)
        lines += [f"{json.dumps(k)}: {json.dumps(entries[k])}{',' * (j < len(keys) - 1)}" for j, k in enumerate(keys)]
        lines.append("}" + ("," if i < len(names) - 1 else ""))
    lines.append("}}")
    return "\n".join(lines) + "\n"


def write() -> int:
    """Rewrite the stored file from the current lexicon and analysis code (``newsetl lexicon-analysis``)."""
    from newsetl.clean import spin

    text = render(analyse(spin.analysis_inputs()))
    path = data_path(FILE)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(text):,} bytes)")
    return 0
