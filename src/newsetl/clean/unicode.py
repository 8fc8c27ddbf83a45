"""Unicode and whitespace repair stages, each returning edits.

ftfy does the hard part (mojibake, C1 controls, ligatures, NFC); it reports *which* fixes
it applied but not *where*, so the changed spans are recovered with a character diff and
labelled with ftfy's plan. Curly quotes and full-width characters are left alone on
purpose: they are not errors, and quote extraction relies on the marks.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

import ftfy
import ftfy.badness

from newsetl.edits import Edit, apply_matches, compose

_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    explain=True,
    normalization="NFC",
)


# Text whose only non-ASCII characters are everyday typography cannot be changed by ftfy:
# mojibake needs a UTF-8 lead byte read as a Latin-1/cp1252/MacRoman/cp437 character next
# to a continuation character; these marks are lead bytes only in MacRoman, so they are safe
# when no two non-ASCII characters stand together. Skipping ftfy for it matters: modern news is full of curly quotes,
# and ftfy costs ~0.5 ms a paragraph. Anything else (accents, controls, entities) goes to ftfy.
_SAFE_TYPOGRAPHY = (
    "\u2018\u2019\u201c\u201d"  # curly quotes
    "\u2013\u2014\u2026\u2022"  # dashes, ellipsis, bullet
    "\u00a3\u20ac\u00b0\u00bd\u00bc\u00be\u00a9\u00ae\u2122\u2032\u2033\u00a0"  # £ € ° fractions © ® ™ primes NBSP
)
# ASCII control characters ftfy's remove_control_chars takes (C0 but tab, line feed, form feed, carriage return;
# and DEL): a dump with a stray NUL or BEL is ASCII, and ASCII text otherwise skips ftfy
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEEDS_FTFY = re.compile(rf"[^\t\n\r\x20-\x7e{_SAFE_TYPOGRAPHY}]|[^\x00-\x7f]{{2}}|&#?\w+;")
# _NEEDS_FTFY's alternatives one by one: a regex that starts with one character class scans in C,
# an alternation tries every branch at every position (three times slower on a paragraph).
_NEEDS_FTFY_PARTS = (
    re.compile(rf"[^\t\n\r\x20-\x7e{_SAFE_TYPOGRAPHY}]"),
    re.compile(r"[^\x00-\x7f]{2}"),
    re.compile(r"&#?\w+;"),
)


def needs_ftfy(text: str) -> bool:
    """Whether ftfy could change ``text`` (a cheap, conservative pre-check): ``_NEEDS_FTFY`` matches.

    HTML entities are looked for in ASCII text too: scraped plain-text dumps keep "&amp;" and
    "&#8217;", and an entity must not be decoded only when some other character is non-ASCII.
    """
    return _has_entity(text) or _odd_non_ascii(text) or has_ascii_control(text)


def has_ascii_control(text: str) -> bool:
    """An ASCII control character ftfy removes (a stray NUL or BEL from a bad write): one C-level scan."""
    return _ASCII_CONTROL.search(text) is not None


def _has_entity(text: str) -> bool:
    return "&" in text and _NEEDS_FTFY_PARTS[2].search(text) is not None


def _odd_non_ascii(text: str) -> bool:
    """Non-ASCII text with a character beyond everyday typography, or two non-ASCII in a row."""
    return not text.isascii() and any(part.search(text) is not None for part in _NEEDS_FTFY_PARTS[:2])


def looks_broken(text: str) -> bool:
    """Whether repair would change the words of ``text``: HTML entities or mojibake, not mere accents.

    Cheap enough for every short line (ftfy's own badness test, ~25 µs, only on non-ASCII text);
    boilerplate matching uses it to look through "Â Follow us on Twitter" without running ftfy on
    every line that says "café".
    """
    return _has_entity(text) or (_odd_non_ascii(text) and ftfy.badness.is_bad(text))


def fixed_text(text: str) -> str:
    """``text`` as Unicode repair will leave it, without the edits (boilerplate matching looks ahead)."""
    return ftfy.fix_text(text, config=_FTFY) if needs_ftfy(text) else text


def repair_unicode(text: str, field: str = "body") -> tuple[str, list[Edit]]:
    """Mojibake, HTML entities, control characters, ligatures and NFC; plain ASCII and typography are returned as is."""
    if not needs_ftfy(text):
        return text, []
    fixed, plan = ftfy.fix_and_explain(text, config=_FTFY)
    if fixed == text:
        return text, []
    steps = sorted({_step_name(step) for step in plan or []})
    rule = "unicode." + ("+".join(steps) if steps else "normalize")
    return _diff_edits(text, fixed, rule, field)


def _step_name(step: ftfy.ExplanationStep) -> str:
    """ftfy plan steps are ("apply", fixer) or ("encode"/"decode"/"transcode", codec): the latter are mojibake."""
    return step.parameter if step.action == "apply" else "mojibake"


def _diff_edits(old: str, new: str, rule: str, field: str) -> tuple[str, list[Edit]]:
    matches = [(i1, i2, new[j1:j2], rule) for i1, i2, j1, j2 in _changed_spans(old, new)]
    out, edits = apply_matches(old, matches, field)
    assert out == new
    return out, edits


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def _changed_spans(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """Where ``old`` and ``new`` differ, as (i1, i2, j1, j2) spans.

    A character diff of a whole paragraph is quadratic (difflib took ~10 ms for a long paragraph
    with an entity in it), so the texts are diffed by tokens first and by characters only inside
    the token spans that changed: a repair changes a few characters in a long, mostly equal text.
    """
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    a_at, b_at = _offsets(a), _offsets(b)
    head = 0  # equal tokens at both ends are set aside before the token diff
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    spans: list[tuple[int, int, int, int]] = []
    tokens = difflib.SequenceMatcher(None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False)
    for tag, t1, t2, u1, u2 in tokens.get_opcodes():
        if tag == "equal":
            continue
        i1, j1 = a_at[head + t1], b_at[head + u1]
        i2, j2 = a_at[head + t2], b_at[head + u2]
        chars = difflib.SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False)
        ops = chars.get_opcodes()
        spans.extend((i1 + c1, i1 + c2, j1 + d1, j1 + d2) for op, c1, c2, d1, d2 in ops if op != "equal")
    return spans


def _offsets(tokens: list[str]) -> list[int]:
    """Start offset of each token, plus the end of the text."""
    out = [0]
    for t in tokens:
        out.append(out[-1] + len(t))
    return out


_ODD_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MULTI_SPACE = re.compile(r" {2,}")
_ODD_OR_ZERO_WIDTH = re.compile(rf"[{_ODD_SPACE.pattern[1:-1]}{_ZERO_WIDTH.pattern[1:-1]}]")


def repair_whitespace(text: str, field: str = "body") -> tuple[str, list[Edit]]:
    """Odd spaces to one plain space, zero-width characters out, runs collapsed, ends trimmed."""
    if "\t" not in text and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        if text.isascii() or _ODD_OR_ZERO_WIDTH.search(text) is None:
            return text, []  # the common case: of the odd spaces only \t is ASCII, and no run to collapse
    matches: list[tuple[int, int, str, str]] = []
    for m in _ZERO_WIDTH.finditer(text):
        matches.append((m.start(), m.end(), "", "whitespace.zero_width"))
    for m in _ODD_SPACE.finditer(text):
        matches.append((m.start(), m.end(), " ", "whitespace.odd_space"))
    if matches:
        matches.sort()
        text, e1 = apply_matches(text, matches, field)
    else:
        e1 = []
    matches = [(m.start(), m.end(), " ", "whitespace.collapse") for m in _MULTI_SPACE.finditer(text)]
    lead = len(text) - len(text.lstrip(" "))
    if lead:
        matches = [m for m in matches if m[0] >= lead]
        matches.insert(0, (0, lead, "", "whitespace.trim"))
    stripped = text.rstrip(" ")
    if len(stripped) < len(text):
        matches = [m for m in matches if m[1] <= len(stripped)]
        matches.append((len(stripped), len(text), "", "whitespace.trim"))
    if not matches and not e1:
        return text, []
    new, e2 = apply_matches(text, matches, field)
    return new, compose(text, e1, e2)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
