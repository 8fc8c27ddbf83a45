"""Pairing of quotation marks within one paragraph.

Handles ‘single curly’, “double curly”, „low-high“, "straight", 'straight single', «guillemets» and
‹single guillemets›. Apostrophes never close a quote: a mark between two letters (Russia’s,
We’d) is an apostrophe, and a mark after a plural s (girls’ school) closes only when no
other closing mark follows. Nested quotes belong to the outer one; only top-level spans
are returned. An opening mark left unclosed at the end of the paragraph gives an
unclosed span (the UK/US multi-paragraph convention: the next paragraph reopens).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# mark -> (family, role): role o = opens, c = closes, s = straight (either way)
_MARKS = {
    "\u201c": ("d", "o"),
    "\u201e": ("d", "o"),
    "\u201d": ("d", "c"),
    '"': ("d", "s"),
    "\u2018": ("s", "o"),
    "\u2019": ("s", "c"),
    "'": ("s", "s"),
    "\u00ab": ("g", "o"),
    "\u00bb": ("g", "c"),
    "\u2039": ("h", "o"),
    "\u203a": ("h", "c"),
}
# single marks between two letters or digits (Russia’s, We’d) are apostrophes and never marks, so the
# regex skips them ([^\W_] is exactly str.isalnum for one character); the pattern opens with one
# character class so the engine can jump from candidate to candidate
_MARK_RE = re.compile(
    '[\u201c\u201e\u201d"\u00ab\u00bb\u2039\u203a\u2018\u2019\']'
    '(?:(?<=[\u201c\u201e\u201d"\u00ab\u00bb\u2039\u203a])|(?<![^\\W_].)|(?![^\\W_]))'
)
_OPEN_BEFORE = set(" \t\n([{\u2014\u2013-/") | {m for m, (_, r) in _MARKS.items() if r != "c"}


class Span(NamedTuple):
    """Quoted text ``[start, end)`` (marks excluded); ``open_at`` is the index of the opening mark.

    A named tuple: cheap to build, and there are many.
    """

    start: int
    end: int
    closed: bool
    mark: str

    @property
    def open_at(self) -> int:
        return self.start - 1

    @property
    def close_at(self) -> int:
        return self.end if self.closed else self.end


def _apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return prev.isalnum() and nxt.isalnum()


def _later_closer(text: str, i: int, family: str) -> bool:
    """Whether a clear single closing mark (not between letters) follows position ``i``."""
    for j in range(i + 1, len(text)):
        ch = text[j]
        if ch in ("\u2019", "'") and not _apostrophe(text, j) and not text[j - 1].isspace():
            if not (
                text[j - 1] in "sS" and j + 1 < len(text) and text[j + 1] == " " and _word_after(text, j)
            ):
                return True
        if ch in ("\u2018",) and family == "s":
            return False
    return False


def _word_after(text: str, j: int) -> bool:
    return j + 2 < len(text) and text[j + 2].isalpha() and text[j + 2].islower()


_OPENERS = tuple(m for m, (_, r) in _MARKS.items() if r != "c")
_OPENERS_BUT_STRAIGHT_SINGLE = tuple(m for m in _OPENERS if m != "'")
# a straight single quote that _MARK_RE would yield (not between two letters or digits); it opens
# with the literal, so the engine can jump from one ' to the next
_STRAIGHT_SINGLE_MARK = re.compile("'(?:(?<![^\\W_].)|(?![^\\W_]))")


def spans(text: str) -> list[Span]:
    """Top-level quoted spans of one paragraph, in order."""
    # no mark that can open means no span: a substring test per mark is far cheaper than the regex scan
    for mark in _OPENERS_BUT_STRAIGHT_SINGLE:
        if mark in text:
            return _pair(text)
    # most paragraphs with a ' have only apostrophes (don't, it's), which never open a quote
    if "'" in text and _STRAIGHT_SINGLE_MARK.search(text):
        return _pair(text)
    return []


def _pair(text: str) -> list[Span]:
    """:func:`spans` without the quick test for an opening mark."""
    stack: list[tuple[str, int, str]] = []  # family, index, mark
    fams: list[str] = []  # the families on the stack, for quick membership tests
    out: list[Span] = []
    n = len(text)
    for found in _MARK_RE.finditer(text):
        # the regex never yields a single mark between two letters or digits (an apostrophe)
        i = found.start()
        ch = text[i]
        family, role = _MARKS[ch]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if role == "s":
            has_open = family in fams
            opens = (prev in _OPEN_BEFORE or prev.isspace()) and not nxt.isspace()
            if has_open and not nxt.isalnum():
                role = "c"
            elif opens:
                role = "o"
            elif has_open:
                role = "c"
            else:
                continue
        if role == "o" and ch == "\u201c" and family in fams and not (prev.isspace() and nxt.isalnum()):
            idx = len(fams) - 1
            while fams[idx] != family:
                idx -= 1
            if stack[idx][2] == "\u201e":
                role = "c"  # \u201elow-high\u201c (German-style) pairs: the high mark closes
        if role == "o":
            stack.append((family, i, ch))
            fams.append(family)
            continue
        if family == "s" and ch == "\u2019" and prev.isspace():
            continue  # elision: ’90s, rock ’n’ roll
        # closing mark
        if family not in fams:
            continue
        idx = len(fams) - 1
        while fams[idx] != family:
            idx -= 1
        if (
            family == "s"
            and prev in "sS"
            and nxt == " "
            and _word_after(text, i)
            and _later_closer(text, i, family)
        ):
            continue  # plural possessive inside the quote: girls’ school
        at, mark = stack[idx][1], stack[idx][2]
        del stack[idx:]
        del fams[idx:]
        if not stack:
            out.append(Span(at + 1, i, True, mark))
    if stack:
        _, at, mark = stack[0]
        end = len(text.rstrip())
        if end > at + 1:
            out.append(Span(at + 1, end, False, mark))
    return out
