"""Headline and paragraph assembly from raw lines, and broken-line repair.

Dumps come in two shapes: one paragraph per line (the seed), or paragraphs separated by
blank lines and possibly hard-wrapped (the BBC corpus, most e-mail and terminal dumps).
Assembly keeps the raw line breaks inside a paragraph; :func:`join_lines` is the repair
stage that turns them into spaces, so each join is an audited edit like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsetl.edits import Edit, apply_matches

_CLOSERS = "'\"\u2019\u201d\u00bb)]"
_C = re.escape(_CLOSERS)
_SENTENCE_END = re.compile(rf"[.!?:;\u2026][{_C}]*$|[{_C}]$")
_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x1c|\x1d|\x1e|\x85")


@dataclass
class Layout:
    headline: str | None
    headline_line: int | None
    paragraphs: list[str]  # raw paragraph text, lines kept with "\n"


def split_lines(text: str) -> list[str]:
    return _LINE_SPLIT.split(text)


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.rstrip()))


_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014]\s|\d{1,2}[.)]\s)")


def _continues(prev: str, nxt: str, hard_wrapped: bool) -> bool:
    """Whether ``nxt`` continues the paragraph that ``prev`` ends (same paragraph)."""
    if _LIST_ITEM.match(nxt):
        return False
    if hard_wrapped:
        return True
    prev = prev.rstrip()
    if ends_sentence(prev):
        return False
    first = nxt.lstrip()[:1]
    if first.islower() or first.isdigit() or prev.endswith((",", "-", "\u2013", "\u2014", "(")):
        return True
    # A long line cut before its end is a broken line; a short one is a subheading.
    return len(prev) >= 60


_HEADLINE_LINE_CHARS = 60
# A headline never ends on these: a line that does was cut ("... after heated" / "debate").
_DANGLING = frozenset("a an the of to in on for with and or but after over from by as at into than".split())


def _headline_continues(lines: list[str], i: int, removed: set[int]) -> bool:
    """Whether the line right after the headline (no blank between) is the rest of it: the headline
    does not end a sentence or a clause, and the short next line ends its block and starts in lower
    case or follows a dangling word. A subheading or a first paragraph is never taken."""
    if i + 1 >= len(lines) or i + 1 in removed:
        return False
    head, nxt = lines[i].strip(), lines[i + 1].strip()
    if not nxt or len(nxt) > _HEADLINE_LINE_CHARS or ends_sentence(head) or head.endswith((",", "-", "|")):
        return False
    if i + 2 < len(lines) and lines[i + 2].strip() and i + 2 not in removed:
        return False  # the next line runs on into a block of text: the headline stood alone
    last = head.rsplit(None, 1)[-1].lower()
    return nxt[:1].islower() or last in _DANGLING


def assemble(lines: list[str], removed: set[int]) -> Layout:
    """Headline (first real line) and raw paragraphs; ``removed`` lines are boilerplate."""
    headline, headline_line = None, None
    _joined = -1  # a headline's second line, when the dump broke the headline in two
    body_idx: list[int] = []
    for i, line in enumerate(lines):
        if i in removed or not line.strip() or i == _joined:
            continue
        if headline is None:
            headline, headline_line = line.strip(), i
            if _headline_continues(lines, i, removed):
                headline, _joined = f"{headline}\n{lines[i + 1].strip()}", i + 1
        else:
            body_idx.append(i)
    # Blank-separated mode: the body has blank lines between its text lines.
    blank_separated = False
    if headline_line is not None:
        nonblank_after = [i for i in range(headline_line + 1, len(lines)) if lines[i].strip()]
        if nonblank_after:
            span = range(nonblank_after[0], nonblank_after[-1])
            blank_separated = any(not lines[i].strip() and i not in removed for i in span)
    # Blocks of contiguous lines; in a blank-separated dump a block that breaks mid-sentence
    # somewhere is hard-wrapped prose (join it all), otherwise its lines stand apart.
    blocks: list[list[str]] = []
    prev_i = None
    for i in body_idx:
        if blocks and prev_i is not None and i == prev_i + 1:
            blocks[-1].append(lines[i].strip())
        else:
            blocks.append([lines[i].strip()])
        prev_i = i
    paragraphs: list[str] = []
    for block in blocks:
        wrapped = blank_separated and any(not ends_sentence(line) for line in block[:-1])
        current = [block[0]]
        for line in block[1:]:
            if _continues(current[-1], line, wrapped):
                current.append(line)
            else:
                paragraphs.append("\n".join(current))
                current = [line]
        paragraphs.append("\n".join(current))
    return Layout(headline, headline_line, paragraphs)


_BREAK = re.compile(r"\n")


def join_lines(text: str, field: str = "body") -> tuple[str, list[Edit]]:
    """Repair stage: line breaks inside a paragraph become one space (none after a hyphen)."""
    if "\n" not in text:
        return text, []
    matches = []
    for m in _BREAK.finditer(text):
        repl = "" if text[: m.start()].endswith("-") and text[m.end() : m.end() + 1].islower() else " "
        matches.append((m.start(), m.end(), repl, "lines.join"))
    return apply_matches(text, matches, field)
