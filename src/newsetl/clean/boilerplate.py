"""Boilerplate lines: player notices, sign-ups, related links, credits, page furniture.

Patterns are data (``data/boilerplate.json``, described in docs/boilerplate.md); this module
only runs them. Every pattern is ``fullmatch``-ed against a whole stripped line. To stay
cheap, a line is only tried against the patterns keyed by its first word (one combined
regex per word); the few patterns that can start with any word sit behind a cheap gate
(a substring, an ending, a length). Three extras cover what single lines cannot:

* windows: scrapers break notices over lines (the seed's video notice spans four). Only a
  line cut mid-sentence whose start matches a pattern's ``window`` regex opens a window,
  and window patterns are closed (no open tail), so a window never swallows a paragraph.
* blocks: a header such as "Related Articles" is followed by bare headlines; short,
  unpunctuated lines after it are items of the header's ``block`` kind.
* position: ``body`` patterns never take the first real line, which is the headline
  ("Watch: ..." heads an article but is a video promo below it); ``tail`` patterns (bio
  boxes) only count after the last content line; ``head`` patterns (section kickers such as
  "Politics" or "EXCLUSIVE") only before the first content line, as below the headline the
  same word is a subheading.
* spin: spinners rewrite page furniture too ("Comply with us on Fb"). A short line no pattern
  takes is tried once more as the spin lexicon's always-on tiers read it (``spin.unspun``), so
  the patterns stay written in plain English. The span keeps the raw text; its repairs are
  recorded later like any other field's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from newsetl.clean import lines as lines_mod
from newsetl.clean import spin, unicode
from newsetl.resources import load_json


class Boilerplate(NamedTuple):
    """One span of boilerplate lines (a NamedTuple: one is made per hit, so it must be cheap)."""

    kind: str
    text: str
    first_line: int
    last_line: int
    headline: str | None = None  # related-article headline this line links to, if any


@dataclass(frozen=True)
class _Rule:
    kind: str
    regex: re.Pattern[str]
    block: str | None
    position: str | None  # "body": never the headline line; "tail": only after the last content line;
    # "head": only before the first content line (above the headline)
    gate: tuple[str, ...]  # unkeyed rules: the line's head must contain one of these...
    gate_end: tuple[str, ...]  # ...or the line must end with one of these...
    max_chars: int  # ...and be no longer than this
    block_items: int | None = None  # items its block may take (a caption label takes one line), else the limit


@dataclass(frozen=True)
class _Engine:
    rules: tuple[_Rule, ...]
    by_key: dict[str, tuple[tuple[int, str], ...]]  # first word -> (rule index, regex) keyed by it
    by_group: dict[str, _Rule]  # group name in a combined regex -> rule
    gated: tuple[_Rule, ...]  # rules with no first-word key, tried in order behind their gates
    gate_ends: tuple[str, ...]  # every gate_end: a long line ending with none of them skips the gated rules
    gate_chars_max: int  # longest line a substring-gated rule can take
    tail: tuple[_Rule, ...]  # position "tail": tried only on the lines after the last content line
    starts: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]  # first word -> (window rule, start regex)
    absorbs: frozenset[str]
    controls: re.Pattern[str]  # carousel/pager controls inside a block ("Previous", "1", "Next"): no headlines
    line_chars: int
    gate_chars: int
    window_lines: int
    window_chars: int
    block_items: int
    item_chars: int
    despin_chars: int  # longest line tried again as unspun text (boilerplate lines are short)


_NAMED = re.compile(r"\(\?P<\w+>")
_KEY = re.compile(r"[\s(\[\"'\u2018\u201c\u2190\u2039<]*(\w+|\S)")
_CLOSERS = "\"')]\u2019\u201d"
# A blog's 'In "Category"' line under a related post title: part of the block, not a headline.
_SECTION_NOTE = re.compile(r"In [\"\u201c][^\"\u201d]{1,40}[\"\u201d]")


def _key(text: str) -> str:
    """First word, lowercased, after leading brackets, quotes and arrows; '#' for a number."""
    m = _KEY.match(text)
    if m is None:
        return ""
    word = m[1]
    return "#" if word[0].isdigit() else word.lower()


@cache
def _keyed_regex(key: str) -> re.Pattern[str]:
    """The combined regex of the rules keyed by ``key`` (one of ``by_key``'s words, so the cache is
    bounded), compiled when a line starting with it first comes up: compiling all of them up front
    costs every worker about 0.3 s, and most are never needed."""
    return _alternation(_engine().by_key[key])


def _alternation(regexes: list[tuple[int, str]] | tuple[tuple[int, str], ...]) -> re.Pattern[str]:
    # Named groups belong to one pattern; in a combined regex each pattern is the group r<index>.
    return re.compile("|".join(f"(?P<r{i}>{_NAMED.sub('(?:', rx)})" for i, rx in regexes), re.I)


@cache
def _engine() -> _Engine:
    spec = load_json("boilerplate.json")
    pats = spec["patterns"]
    rules = tuple(
        _Rule(
            p["kind"],
            re.compile(p["regex"], re.I),
            p.get("block"),
            p.get("position"),
            tuple(p.get("gate", ())),
            tuple(p.get("gate_end", ())),
            int(p.get("max_chars", 1 << 30)),
            int(p["block_items"]) if "block_items" in p else None,
        )
        for p in pats
    )
    keyed: dict[str, list[tuple[int, str]]] = {}
    for i, p in enumerate(pats):
        for word in p.get("first", ()) if p.get("position") != "tail" else ():
            keyed.setdefault(word.lower(), []).append((i, p["regex"]))
    windowed = [(i, p) for i, p in enumerate(pats) if p.get("window")]
    limits = spec["limits"]
    return _Engine(
        rules=rules,
        by_key={word: tuple(sorted(set(group))) for word, group in keyed.items()},
        by_group={f"r{i}": rule for i, rule in enumerate(rules)},
        gated=tuple(r for r, p in zip(rules, pats) if not p.get("first") and r.position != "tail"),
        gate_ends=tuple(g for r in rules if r.position != "tail" for g in r.gate_end),
        gate_chars_max=max((r.max_chars for r in rules if r.gate and r.position != "tail"), default=0),
        tail=tuple(r for r in rules if r.position == "tail"),
        starts={
            word: tuple((i, re.compile(p["window"], re.I)) for i, p in windowed if word in p["first"])
            for word in {w for _, p in windowed for w in p["first"]}
        },
        absorbs=frozenset(spec.get("block_absorbs", ())),
        controls=re.compile(spec.get("block_controls", "(?!)"), re.I),
        line_chars=int(limits["line_chars"]),
        gate_chars=int(limits["gate_chars"]),
        window_lines=int(limits["window_lines"]),
        window_chars=int(limits["window_chars"]),
        block_items=int(limits["block_items"]),
        item_chars=int(limits["item_chars"]),
        despin_chars=int(limits["despin_chars"]),
    )


@cache
def _window_regex(indexes: tuple[int, ...]) -> re.Pattern[str]:
    pats = load_json("boilerplate.json")["patterns"]
    return _alternation([(i, pats[i]["regex"]) for i in indexes])


def _norm(line: str) -> str:
    """The line as patterns see it: invisible characters out, whitespace runs as one space.

    Normalisation drops control and format characters (ZWSP, ESC) and repairs mojibake later
    anyway, so a notice must be recognised with or without them ("Â Follow us on Twitter"), or a
    second run over the output would differ.
    """
    if unicode.looks_broken(line):
        line = unicode.fixed_text(line)
    if not line.isprintable():
        line = line.translate(_invisible_table(line))
    line = line.strip()
    return " ".join(line.split()) if "  " in line or "\t" in line or "\xa0" in line else line


def _invisible_table(line: str) -> dict[int, str | None]:
    """A translate table for the line's unprintable characters: whitespace to a space, control
    and format characters (ZWSP, ESC) out, the rest kept. Built from the distinct characters,
    not a walk over every character (lines with a no-break space are common)."""
    table: dict[int, str | None] = {}
    for c in set(line):
        if c.isprintable():
            continue
        if c.isspace():
            table[ord(c)] = " "
        elif unicodedata.category(c) in ("Cc", "Cf"):
            table[ord(c)] = None
    return table


def _gate_open(rule: _Rule, text: str, eng: _Engine) -> bool:
    if len(text) > rule.max_chars:
        return False
    if rule.gate_end and text.endswith(rule.gate_end):
        return True
    head = text[: eng.gate_chars]
    return any(g in head for g in rule.gate) or not (rule.gate or rule.gate_end)


def _match(text: str, key: str, eng: _Engine) -> _Rule | None:
    """The first pattern keyed by the line's first word that takes it, else the first gated one."""
    if key in eng.by_key:
        m = _keyed_regex(key).fullmatch(text)
        if m is not None:
            return eng.by_group[m.lastgroup]  # type: ignore[index]
    size, head = len(text), None
    if size > eng.gate_chars_max and not text.endswith(eng.gate_ends):
        return None  # the common case: a prose line no gate can open
    for rule in eng.gated:  # plain loops and substring tests: this runs on many content lines
        if size > rule.max_chars:
            continue
        if not (rule.gate_end and text.endswith(rule.gate_end)):
            if head is None:
                head = text[: eng.gate_chars]
            for g in rule.gate:
                if g in head:
                    break
            else:
                continue
        if rule.regex.fullmatch(text):
            return rule
    return None


def classify(text: str) -> str | None:
    """The boilerplate kind of one line (or joined lines), or None. Position rules do not apply."""
    text = _norm(text)
    eng = _engine()
    rule = _match(text, _key(text), eng)
    if rule is None:
        rule = next((r for r in eng.tail if _gate_open(r, text, eng) and r.regex.fullmatch(text)), None)
    return rule.kind if rule else None


def _headline(rule: _Rule, text: str) -> str | None:
    m = rule.regex.fullmatch(text)
    found = [v for k, v in (m.groupdict() if m else {}).items() if k.startswith("headline") and v]
    return found[0].strip() if found else None


def _window(
    lines: list[str],
    i: int,
    first: str,
    key: str,
    eng: _Engine,
    despin: Callable[[str], str] | None = None,
    head: str | None = None,
) -> tuple[_Rule, int, str] | None:
    """Longest run of lines from ``i`` (blank lines skipped) whose joined text a window pattern takes,
    as written or, with ``despin``, as unspun (a spun phrase may run over a line break); ``head`` is
    ``first`` as it opens the window (unspun with ``despin``). The span keeps the lines as written, so
    the repair stage records every change to them."""
    head = first if head is None else head
    opened = tuple(r for r, start in eng.starts[key] if start.match(head))
    if not opened:
        return None
    window = _window_regex(opened)
    parts, best, j, used = [first], None, i + 1, 1
    size = len(first)
    while j < len(lines) and used < eng.window_lines:
        nxt = _norm(lines[j])
        if nxt:
            parts.append(nxt)
            used += 1
            size += len(nxt) + 1
            if size > eng.window_chars:
                break
            joined = " ".join(parts)
            m = window.fullmatch(joined)
            if m is None and despin is not None:
                m = window.fullmatch(despin(joined))
            if m is not None:
                best = (eng.by_group[m.lastgroup], j, joined)  # type: ignore[index]
        j += 1
    return best


def _item_like(line: str, eng: _Engine) -> bool:
    """A bare headline or tag in a block: short, and not ending like prose."""
    return len(line) <= eng.item_chars and (not line.endswith((".", ",", ":", ";")) or line.endswith("..."))


def find(lines: list[str], despin: Callable[[str], str] | None = spin.unspun) -> list[Boilerplate]:
    """Boilerplate spans in ``lines``, in order, non-overlapping (line indexes inclusive).

    ``despin`` gives a line as it read before spinning; a line no pattern takes is tried again in
    that form (None: patterns see lines only as written).
    """
    eng = _engine()
    found: list[Boilerplate] = []
    block: str | None = None
    items = 0
    limit = eng.block_items
    seen_content = False
    last_content = -1
    i, n = 0, len(lines)
    key_match = _KEY.match
    while i < n:
        text = raw = lines[i].strip()  # patterns see ``text``; the record keeps ``raw`` (edits cover the rest)
        if not text:
            i += 1
            continue
        if len(text) > eng.line_chars:  # long prose: no pattern, no block item
            block, seen_content, last_content = None, True, i
            i += 1
            continue
        if "  " in text or not text.isprintable() or unicode.looks_broken(text):
            text = _norm(text)
            if not text:
                i += 1
                continue
        word = key_match(text)[1]  # inlined _key(): this loop is the hot path
        key = "#" if word[0].isdigit() else word.lower()
        hit: tuple[_Rule, int, str] | None = None
        plain: str | None = None  # the line unspun, worked out once when a pattern first needs it
        unspin = despin if len(text) <= eng.despin_chars else None
        # A window opens only on a line cut mid-sentence: whole sentences match on their own.
        if key in eng.starts and not text.rstrip(_CLOSERS).endswith((".", "!", "?")):
            hit = _window(lines, i, text, key, eng)
            if hit is None and unspin is not None:
                plain = unspin(text)
                hit = _window(lines, i, text, key, eng, unspin, plain)
        if hit is None:
            rule = _match(text, key, eng)
            if rule is not None and _placed(rule, seen_content):
                hit = (rule, i, raw)
        if hit is None and unspin is not None:
            plain = unspin(text) if plain is None else plain
            hit = _unspun_hit(i, plain, text, raw, seen_content, eng)
        if hit is not None and hit[1] == i:
            hit = _run_on(lines, hit, eng)
        if hit is not None:
            rule, last, joined = hit
            if block is not None and rule.kind in eng.absorbs and items < limit:
                found.append(Boilerplate(block, joined, i, last))  # a date under a related headline
                items += 1
            else:
                headline = _headline(rule, joined) if rule.kind == "related" else None
                found.append(Boilerplate(rule.kind, joined, i, last, headline))
                block, items = rule.block, 0
                limit = rule.block_items or eng.block_items
            i = last + 1
            continue
        if block is not None and items < limit and _item_like(text, eng):
            bare = block == "related" and not (_SECTION_NOTE.fullmatch(text) or eng.controls.fullmatch(text))
            found.append(Boilerplate(block, raw, i, i, text if bare else None))
            items += 1
        else:
            block, seen_content, last_content = None, True, i
        i += 1
    return _tail(lines, found, last_content, eng) if eng.tail and last_content >= 0 else found


_WRAPPED_CHARS = 50  # a line this long that stops mid-sentence may have been cut by a hard wrap


def _run_on(lines: list[str], hit: tuple[_Rule, int, str], eng: _Engine) -> tuple[_Rule, int, str]:
    """A one-line hit cut mid-sentence, with the lines that finish its sentence: a hard-wrapped dump
    breaks a notice anywhere ("... for the latest news" / "straight to your inbox."), and the
    single-line patterns, open at the end, take its first line alone. Only lines right below it
    (no blank line between) are taken, the first starting in lower case, each while the line above
    does not end a sentence, and none a line of furniture itself, so a paragraph of its own on the
    next line is never taken. A short line ("By Jo Bloggs") was not cut by a wrap: it stays alone."""
    rule, last, joined = hit
    if len(joined) < _WRAPPED_CHARS:
        return hit
    parts, j = [joined], last + 1
    while j < len(lines) and len(parts) < eng.window_lines and not lines_mod.ends_sentence(parts[-1]):
        nxt = lines[j].strip()
        if not nxt or (len(parts) == 1 and not nxt[:1].islower()) or classify(nxt) is not None:
            break
        if sum(map(len, parts)) + len(nxt) > eng.window_chars:
            break
        parts.append(nxt)
        j += 1
    return hit if len(parts) == 1 else (rule, j - 1, " ".join(parts))


def _unspun_hit(i: int, plain: str, text: str, raw: str, seen: bool, eng: _Engine) -> tuple[_Rule, int, str] | None:
    """The hit of line ``i`` alone, read as unspun (``plain``; windows are tried unspun where they open)."""
    if plain == text:
        return None
    rule = _match(plain, _key(plain), eng)
    return (rule, i, raw) if rule is not None and _placed(rule, seen) else None


@cache
def _wire_dateline() -> re.Pattern[str]:
    return re.compile(load_json("boilerplate.json")["wire_dateline"]["regex"])


def wire_dateline(paragraph: str) -> int:
    """Length of the wire dateline that opens ``paragraph`` ("LONDON (Reuters) - ", "KYIV, Ukraine
    (AP) — "), the space after it included; 0 when there is none. It is page furniture glued to the
    first sentence, so line patterns cannot take it; core cuts it off and keeps it as a span."""
    m = _wire_dateline().match(paragraph)
    return m.end() if m else 0


def _placed(rule: _Rule, seen_content: bool) -> bool:
    """Whether the rule's position allows a line seen after (``seen_content``) or before any content."""
    if rule.position == "body":
        return seen_content
    if rule.position == "head":
        return not seen_content
    return True


def _tail(lines: list[str], found: list[Boilerplate], last: int, eng: _Engine) -> list[Boilerplate]:
    """Walk back from the last content line: lines that tail patterns take (bio boxes) join the footer."""
    covered = {i for b in found for i in range(b.first_line, b.last_line + 1)}
    extra: list[Boilerplate] = []
    while last >= 0:
        text = _norm(lines[last])
        if text and last not in covered:
            rule = next((r for r in eng.tail if _gate_open(r, text, eng) and r.regex.fullmatch(text)), None)
            if rule is None:
                break
            extra.append(Boilerplate(rule.kind, text, last, last))
        last -= 1
    return sorted(found + extra, key=lambda b: b.first_line) if extra else found
