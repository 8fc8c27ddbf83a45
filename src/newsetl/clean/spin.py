"""Spin repair: undo synonym spinners with a lexicon kept as data.

Rules come from ``data/spin_lexicon.tsv`` (one row per rule; see the file's header and
docs/spin.md). Matching is built for speed on clean text, the common case: a text is first
reduced to its set of words (one C-level regex scan), and only the spun forms whose every
word occurs are looked up, with one anchored, precompiled match at each occurrence of their
first word. Clean text therefore costs a word scan and a few set look-ups whatever the size
of the lexicon; the few rules whose spun form is a regex (``re:``) run only when the words
they ``need`` occur, and, for a rule with a ``scan`` regex, when that regex is found too: a
regex that opens with ``\\b(?:one|two|...)`` is tried at every position of the text, while a scan
that opens with a literal (``\\.`` then a digit) is a fast C-level search.

Tiers say when a rule may fire, and how much a hit says about the article:

* ``low``: almost never legitimate English ("one in every of the"); always repaired; strong evidence.
* ``context``: safe wherever its context regex matches (clean news has ~no such hits); weaker evidence.
* ``ambiguous``: ordinary English elsewhere ("authorities", "mentioned"); repaired only in
  articles whose evidence flags them as spun; each distinct one adds a little evidence.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from newsetl.clean.spin_analysis import LazyRegex, decode_pattern, encode_pattern, stored
from newsetl.edits import Edit, apply_matches, compose
from newsetl.resources import read_tsv

try:  # the regex parser, to read off the literal text a regex rule's matches start with
    from re import _constants as _sre_c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c
    import sre_parse as _sre_parse

TIER_WEIGHT = {"low": 1.0, "context": 0.5, "ambiguous": 0.5}  # default weights; ambiguous: once per rule and article
SPUN_MIN_WEIGHT = 1.0  # evidence an article needs before ambiguous rules apply
SPUN_MIN_SCORE = 2.0  # ... and per 1,000 words: a long, chatty clean text gathers a few ambiguous forms by chance
STRONG_WEIGHT = 0.5  # ... and at least one hit of a rule weighing this much (not only forms common in clean news)
SHORT_MIN_SCORE = 3.0  # one strong form is enough where it is this dense: a short, lightly spun article
_LEFT_WINDOW = 40  # characters before a form that its left context is read in ...
_WIDE_LEFT = re.compile(r"@(\d+):")  # ... unless the left column opens with "@N:" (a wider window, e.g. a paragraph)
_NUMBER_WORDS = dict(zip("23456789", "two three four five six seven eight nine".split(), strict=True))
# Spelling vs sound for a/an: "a university", "an hour", "an MP", "a one-off".
_A_EXCEPTIONS = re.compile(r"(?:uni|use|usu|uti|eu|ewe|one\b|once\b|ur[aio])", re.IGNORECASE)
_AN_INITIALISM = re.compile(r"[AEFHILMNORSX][A-Z0-9]*\b")
_SENTENCE_START = re.compile(r"[.!?][\u2019\u201d'\"]?\s+$")
# A sentence's first word, also after an opening quote: where a capital in the text marks one
_CAPITAL_START = re.compile(r"(?:^|[.!?:][\u2019\u201d'\"]?\s+)[\"\u201c\u2018']?\s*$")
_WORD = re.compile(r"[a-z0-9]+")  # lexicon forms are ASCII; run on lower-cased text
# An article's house style ("us"/"uk"/None), or a function giving it: read only when a repair needs it.
Style = str | Callable[[], str | None] | None


class LazyPattern(LazyRegex):
    """A lexicon context or rule regex: case-insensitive, compiled on first use (the lexicon holds some 700
    of them, and compiling them all cost every worker and every ``newsetl run`` 0.7 s at start), equal by
    its source, and with a fast test for a left context (``ends_in``)."""

    __slots__ = ("_tail",)

    def __init__(self, pattern: str):
        super().__init__(pattern, re.IGNORECASE)
        self._tail: re.Pattern[str] | bool | None = None  # ends_in's test; False: none

    def ends_in(self, text: str, pos: int, endpos: int) -> bool:
        """``search(text, pos, endpos)`` finds a match, for a left context (a regex ending in ``$``).

        Such a match ends at ``endpos``, so what it consumes, read backwards, opens the reversed
        window: one anchored match of the reversed regex (``_reversed_tail``) rules out most windows,
        where the search tries the context at every position of the window (a context opening with
        thirty lookbehinds tries each of them at each position: ~50 µs a call). With a line break in
        the window ``$`` may match before it, so the search decides.
        """
        tail = self._tail
        if tail is None:
            tail = self._tail = _reversed_tail(self.pattern) or False
        if tail is not False:
            window = text[pos:endpos]
            if "\n" not in window and tail.match(window[::-1]) is None:
                return False
        return self.compiled().search(text, pos, endpos) is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyPattern) and other.pattern == self.pattern

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


@dataclass(frozen=True)
class Rule:
    id: str
    spun: str
    original: str
    family: str
    tier: str
    left: LazyPattern | None
    right: LazyPattern | None
    left_negated: bool = False  # left given as "!regex": the rule fires only where it does NOT match
    left_window: int = _LEFT_WINDOW
    relaxed: bool = False  # a wide copy of an ambiguous rule (data/spin_relaxed.tsv): repairs, weighs nothing

    def left_ok(self, text: str, start: int) -> bool:
        if self.left is None:
            return True
        return self.left.ends_in(text, max(0, start - self.left_window), start) != self.left_negated


@dataclass(frozen=True)
class Key:
    """One literal spun form and the rules that share it."""

    words: frozenset[str]  # every word of the form (lower case): all must occur in a text
    index: str  # the form's longest word, by which it is looked up (long words are rare: few checks)
    first: str  # literal start searched for in the lower-cased text
    edge: bool  # the form starts with a word character (needs a word boundary before it)
    regex: str  # anchored: the form, a boundary, and the union of its right contexts
    rules: tuple[Rule, ...]

    @cached_property  # compiled when a text first holds the form's words; then a plain attribute read
    def pattern(self) -> re.Pattern[str]:
        return _compile_ci(self.regex)

    @cached_property
    def starts(self) -> re.Pattern[str]:
        """For a form starting with a word: where ``first`` starts in the lower-cased text with no
        word character before it, found by one C-level scan (a ``find`` loop in Python visits
        every "i" of a text for the form "I")."""
        return _compile_start(self.first)


@cache
def _compile_ci(regex: str) -> re.Pattern[str]:
    """A lexicon form's regex, compiled when a text first contains all of its words: compiling
    all of them up front costs every worker a tenth of a second, most are rarely needed.
    Bounded: only the lexicon's own regexes come here."""
    return re.compile(regex, re.IGNORECASE)


@cache
def _compile_start(first: str) -> re.Pattern[str]:
    """``first`` where no word character precedes it (\\w is ``str.isalnum()`` or "_", as the
    edge test has it). ``first`` is a word, so of two overlapping occurrences the later one has a
    word character before it: non-overlapping matches miss none. Bounded: lexicon words only."""
    word = re.escape(first)
    return re.compile(rf"{word}(?<!\w{word})")


# How _candidates tries a regex rule in a text it may match (fold-safe texts): words the text must hold
# (all of ``must``, one of each ``ors`` set), whether to look for a start first (rules without words),
# the start finder, the scan regex, what its left context needs in the text (_left_skeleton), the same followed
# by the rule (_left_then: for texts without line breaks), where that context may begin (for a rule matching
# whole words: _finditer_near), the rule's pattern and the rule.
_Plan = tuple[
    frozenset[str],
    tuple[frozenset[str], ...],
    bool,
    re.Pattern[str] | None,
    LazyPattern | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    LazyPattern,
    Rule,
]


@dataclass(frozen=True)
class Lexicon:
    """Forms and regex rules keyed by their longest word: a form can only occur in a text holding all its
    words, so any of them can be the key, and the longest is rarely there (the first word of many forms is
    "in", "the" or "one", which would cost a loop over their forms in almost every text)."""

    by_word: dict[str, tuple[Key, ...]]  # longest word -> keys, longest form first
    regex: tuple[tuple[LazyPattern, Rule], ...]
    regex_by_word: dict[str, tuple[tuple[frozenset[str], int], ...]]  # longest needed word -> (need, rule index)
    regex_scan: tuple[LazyPattern | None, ...]  # per regex rule: a regex the text must hold first (column scan)
    rules: tuple[Rule, ...]
    words: frozenset[str]
    regex_words: frozenset[str]
    plans: list[_Plan | None]  # per regex rule: how _candidates tries it, made when a text first needs it
    regex_needs: tuple[tuple[frozenset[str], ...], ...] = ()  # per regex rule: its needs (any one of them)
    # regex_by_word as _candidates reads it: once a rule's plan is made, each need joined with the words every
    # match holds (_regate), so a text without them never selects the rule; grows with the plans
    gates: dict[str, tuple[tuple[frozenset[str], int], ...]] = field(default_factory=dict)
    gate_words: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.gates.update(self.regex_by_word)
        self.gate_words.update(self.regex_by_word)

    def __hash__(self) -> int:  # one instance per lexicon file (cached), so identity is enough
        return id(self)


def _phrase_regex(phrase: str) -> str:
    """A literal phrase as regex: spaces match any whitespace, apostrophes both kinds."""
    out: list[str] = []
    for ch in phrase:
        if ch == " ":
            if out[-1:] != [r"\s+"]:
                out.append(r"\s+")
        elif ch in "'\u2019":
            out.append("['\u2019]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _group_end(regex: str, i: int) -> int:
    """Index just past the group or character class that opens at ``regex[i]``, or -1."""
    depth, j = 0, i
    while j < len(regex):
        c = regex[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j += 2 if regex[j + 1 : j + 2] == "]" else 3 if regex[j + 1 : j + 3] == "^]" else 1
            while j < len(regex) and regex[j] != "]":
                j += 2 if regex[j] == "\\" else 1
            if regex[i] == "[":
                return j + 1 if j < len(regex) else -1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def _lookbehind_last(regex: str) -> str:
    """``(?<!X)[C]rest`` as ``[C](?<!(?:X)[C])rest``: the same matches, but a regex that opens with a
    character class is searched by a C-level scan for that class, where one that opens with a
    lookbehind is tried at every position. (After ``[C]`` matched at p, "X then [C] ends at p+1" is
    "X ends at p".) Any other regex is returned as it is."""
    if not regex.startswith(("(?<!", "(?<=")):
        return regex
    end = _group_end(regex, 0)
    if end < 0 or regex[end : end + 1] != "[":
        return regex
    cls_end = _group_end(regex, end)
    if cls_end < 0 or regex[cls_end : cls_end + 1] in ("*", "+", "?", "{"):
        return regex
    cls = regex[end:cls_end]
    return f"{cls}{regex[:4]}(?:{regex[4 : end - 1]}){cls}){regex[cls_end:]}"


def _right_union(rules: list[Rule], phrase: str) -> str:
    """Word boundary, then a lookahead any of the rules' right contexts satisfies."""
    b = r"\b" if phrase[-1:].isalnum() else ""
    if any(r.right is None for r in rules):
        return b
    return b + "(?=" + "|".join(f"(?:{r.right.pattern})" for r in rules) + ")"


def _lead(phrase: str) -> str:
    m = _WORD.match(phrase)  # phrase is lower case
    return m.group(0) if m else phrase[:1]


# The commonest words of English news, rarest-first keys never pick them while a form has another word: a key
# that occurs in every paragraph costs a look-up of its forms or rules in every paragraph.
_COMMON = frozenset(
    "the of to and a in for is on that by with said it was as at from he be has have are but an not this will "
    "they his had its were which been who their also more would we after one new up i or there than about out "
    "two can could year all when over so".split()
)


def _longest(words: frozenset[str]) -> str:
    """The key a form or rule is filed under: its longest word that is not among the commonest."""
    return max(sorted(words), key=lambda w: (w not in _COMMON, len(w)))


RELAXED_MAX_RATIO = 0.05  # spun-form uses per original-form use in clean BBC news, at most, for a relaxed rule
RELAXED_MIN_ORIGINAL = 50  # ... measured on at least this many uses of the original (a ratio of 1/24 is noise)


def _relaxed_rows(name: str) -> list[dict[str, str]]:
    """Rows of ``data/spin_relaxed.tsv`` as lexicon rows: wide copies of ambiguous swaps, flagged articles only.

    Inside an article already flagged spun, a one-word swap whose spun form clean news rarely writes
    ("individuals": 26 uses in clean BBC news against 1,422 of "people") is almost always the
    spinner's, so it needs no narrow context; ``left``/``right`` only keep out idioms and slots the
    original cannot fill. The measured counts are kept beside each row and checked here.
    """
    rows = []
    for row in read_tsv(name):
        spun_n, original_n = int(row["spun_n"]), int(row["original_n"])
        if original_n < RELAXED_MIN_ORIGINAL or spun_n > RELAXED_MAX_RATIO * original_n:
            raise ValueError(f"relaxed spin rule {row['id']}: {spun_n}/{original_n} is above the threshold")
        rows.append({**row, "tier": "ambiguous", "relaxed": "1"})
    return rows


@cache
def lexicon(name: str = "spin_lexicon.tsv") -> Lexicon:
    """The rules of ``name`` and, for the shipped lexicon, after them (so that a narrow rule of the same form
    is tried first) the relaxed rules of ``data/spin_relaxed.tsv``."""
    relaxed = _relaxed_rows("spin_relaxed.tsv") if name == "spin_lexicon.tsv" else []
    by_phrase: dict[str, list[Rule]] = {}
    regex: list[tuple[LazyPattern, Rule]] = []
    regex_by_word: dict[str, list[tuple[frozenset[str], int]]] = {}
    regex_needs: list[tuple[frozenset[str], ...]] = []
    regex_scan: list[LazyPattern | None] = []
    rules: list[Rule] = []
    for row in read_tsv(name) + relaxed:
        left = row.get("left") or ""
        wide = _WIDE_LEFT.match(left)
        window = int(wide.group(1)) if wide else _LEFT_WINDOW
        left = left[wide.end():] if wide else left
        rule = Rule(
            row["id"],
            row["spun"],
            row["original"],
            row["family"],
            row["tier"],
            LazyPattern(f"(?:{left.removeprefix('!')})$") if left else None,
            LazyPattern(row["right"]) if row.get("right") else None,
            left.startswith("!"),
            window,
            bool(row.get("relaxed")),
        )
        if rule.tier not in TIER_WEIGHT:
            raise ValueError(f"spin rule {rule.id}: unknown tier {rule.tier!r}")
        rules.append(rule)
        if rule.spun.startswith("re:"):
            alts = (row.get("needs") or "").split("|")
            needs = [frozenset(alt.lower().split()) for alt in alts if alt.strip()]
            if not needs:
                raise ValueError(f"spin rule {rule.id}: a regex rule needs trigger words (column needs)")
            if any(not _WORD.fullmatch(w) for need in needs for w in need):
                # a text's words are runs of [a-z0-9] (_word_set): "non-public" would never be found
                raise ValueError(f"spin rule {rule.id}: trigger words are letters and digits only: {row['needs']!r}")
            for need in needs:
                regex_by_word.setdefault(_longest(need), []).append((need, len(regex)))
            regex_needs.append(tuple(dict.fromkeys(needs)))
            right = f"(?={rule.right.pattern})" if rule.right else ""
            regex.append((LazyPattern(f"(?:{_lookbehind_last(rule.spun[3:])}){right}"), rule))
            regex_scan.append(LazyPattern(row["scan"]) if row.get("scan") else None)
        else:
            if row.get("scan") or row.get("needs"):
                raise ValueError(f"spin rule {rule.id}: only regex rules take trigger words or a scan regex")
            by_phrase.setdefault(rule.spun.lower(), []).append(rule)
    by_word: dict[str, list[Key]] = {}
    for phrase, group in sorted(by_phrase.items(), key=lambda kv: -len(kv[0])):
        words = frozenset(_WORD.findall(phrase))
        key = Key(
            words,
            _longest(words),
            _lead(phrase),
            phrase[:1].isalnum(),
            _phrase_regex(phrase) + _right_union(group, phrase),
            tuple(group),
        )
        by_word.setdefault(key.index, []).append(key)
    return Lexicon(
        {k: tuple(v) for k, v in by_word.items()},
        tuple(regex),
        {k: tuple(v) for k, v in regex_by_word.items()},
        tuple(regex_scan),
        tuple(rules),
        frozenset(by_word),
        frozenset(regex_by_word),
        [None] * len(regex),
        tuple(regex_needs),
    )


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: Rule
    replacement: str


def find(
    text: str, lex: Lexicon | None = None, ambiguous: bool = True, style: Style = None, relaxed: bool = True
) -> list[Hit]:
    """Lexicon matches in ``text`` whose context fits, non-overlapping, in order.

    With ``ambiguous=False`` ambiguous rules are left out before overlaps are resolved, so they
    never hide a low or context hit they overlap. ``style`` is the article's house style
    (``clean.style.house_style``, or a function giving it), for originals that depend on it. With
    ``relaxed=False`` the relaxed rules (``data/spin_relaxed.tsv``) are left out too: evidence reads the
    text without them, so they can neither add to it nor hide a hit that does.
    """
    return list(_find(text, lex or lexicon(), ambiguous, style, relaxed))


def _find(text: str, lex: Lexicon, ambiguous: bool, style: Style = None, relaxed: bool = True) -> tuple[Hit, ...]:
    found = _candidates(text, lex)
    hits: list[Hit] = []
    last_end = -1
    for start, end, m, rules in found:
        if start < last_end:
            continue
        for rule in rules:
            if not ambiguous and rule.tier == "ambiguous" or rule.relaxed and not relaxed:
                continue
            if rule.right is not None and not rule.right.match(text, end):
                continue
            if not rule.left_ok(text, start):
                continue
            repl = _replacement(m.group(0), rule, text, start, end, style)
            if repl != m.group(0):  # a no-op is not a hit (and must not count as evidence)
                hits.append(Hit(start, end, rule, repl))
                last_end = end
            break
    return tuple(hits)


# _WORD's words of a lower-cased text by one bytes.translate + split: every byte that is not
# [a-z0-9] becomes a space (UTF-8 writes non-ASCII characters with bytes >= 0x80 only).
_NOT_WORD_BYTE = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))


def _word_set(lower: str) -> set[str]:
    """``set(_WORD.findall(lower))``, about a quarter faster."""
    return set(lower.encode("utf-8", "surrogatepass").translate(_NOT_WORD_BYTE).decode("ascii").split())


# Characters that IGNORECASE matches to an ASCII letter but that lower() does not turn into it
# (dotted and dotless i, long s): in a text holding one, a regex rule's start cannot be found in the
# lower-cased text, so the rule runs as written (tests check the set over all of Unicode).
_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f]")
_ZERO_WIDTH = (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT)
_REPEATS = (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT)
_SPACE = _sre_c.CATEGORY_SPACE


def _literal_run(items: list) -> str:
    """The literal ASCII characters that open a parsed regex sequence."""
    out = []
    for op, av in items:
        if op is not _sre_c.LITERAL or av > 127:
            break
        out.append(chr(av))
    return "".join(out)


def _follow(items: list) -> str:
    """What a match goes on with after its first character, as a regex for the lower-cased text:
    literal ASCII characters, classes of them and whitespace runs, up to the first other element
    (zero-width ones skipped). ``\\ba\\s+record\\s+number`` gives ``\\s+record\\s+number`` after
    "a": a finder stops at the few "a"s it fits, not at every "a" of the text."""
    out: list[str] = []
    items = list(items)
    while items:
        op, av = items.pop(0)
        if op is _sre_c.LITERAL and av < 128:
            out.append(re.escape(chr(av).lower()))
        elif op is _sre_c.IN and av and all(o is _sre_c.LITERAL and c < 128 for o, c in av):
            out.append("[" + "".join(re.escape(chr(c).lower()) for _, c in av) + "]")
        elif op in _REPEATS and av[0] >= 1 and list(av[2].data) == [(_sre_c.IN, [(_sre_c.CATEGORY, _SPACE)])]:
            out.append(r"\s+")
        elif op is _sre_c.IN and av == [(_sre_c.CATEGORY, _sre_c.CATEGORY_DIGIT)]:  # lower-casing keeps digits
            out.append(r"\d")
        elif op is _sre_c.SUBPATTERN:
            items[:0] = av[-1].data
        elif op is _sre_c.ASSERT and av[0] == 1:  # a lookahead: its text follows here too, as does the rest
            ahead, rest = _follow(list(av[1].data)), _follow(items)
            return "".join(out) + max(rest, ahead, key=len)
        elif op not in _ZERO_WIDTH:
            break
    return "".join(out)


def _needed(items: list) -> str:
    """A regex every match of a parsed sequence holds somewhere: an uncased literal of the sequence (or of a
    lookahead in it) and what follows it (``_follow``), the longest of them; "" if none. Searched first, the
    engine jumps from one such literal to the next: ``\\b(?:one|two|...)(?=\\.\\d)`` needs ``\\.\\d``."""
    found = ""
    items = list(items)
    while items:
        op, av = items.pop(0)
        if op is _sre_c.SUBPATTERN and not (av[1] | av[2]) & (re.ASCII | re.LOCALE):
            items[:0] = av[-1].data
        elif op is _sre_c.ASSERT and av[0] == 1:
            found = max(found, _needed(list(av[1].data)), key=len)
        elif op is _sre_c.LITERAL and av < 128 and not chr(av).isalnum() and not chr(av).isspace():
            follow = _follow(items)
            if follow.strip("\\s+"):  # a rarer text than one punctuation mark
                found = max(found, re.escape(chr(av)) + follow, key=len)
    return found


@stored("derived_scan", lambda scan: scan and scan.pattern, lambda src: src and LazyPattern(src))
def _derived_scan(regex: str) -> LazyPattern | None:
    """A scan for a regex rule without one in the lexicon: ``_needed``, if the rule's parse gives one.
    Bounded: lexicon regexes only."""
    needed = _needed(_parsed(regex) or [])
    return LazyPattern(needed) if needed else None


def _starts(items: list, tail: Callable[[list], str] = _literal_run) -> set[str] | None:
    """Texts one of which every match of a parsed regex sequence starts with (a first character,
    then ``tail`` of the rest: literal text, or a ``_follow`` regex), or None if its first
    consuming element is not literal (a class of several kinds, a repeat, ...)."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:  # \b, lookarounds: they consume nothing
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    rest = items[i + 1 :]
    if op is _sre_c.SUBPATTERN:
        return _starts([*av[-1].data, *rest], tail)
    if op is _sre_c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _starts([*alt.data, *rest], tail)
            if not found:
                return None
            out |= found
        return out
    if op is _sre_c.IN and av and all(o is _sre_c.LITERAL for o, _ in av):
        heads = [chr(c) for _, c in av]
    elif op is _sre_c.LITERAL:
        heads = [chr(av)]
    else:
        return None
    after = tail(rest)
    return {h + after for h in heads}


def _cased(code: int) -> bool:
    return chr(code).lower() != chr(code).upper()


def _engine_jumps(items: list) -> bool:
    """Whether the regex engine itself jumps from candidate to candidate (a finder would only slow it):
    the regex opens with a literal, a class of literals or literal alternatives, none of them cased
    (IGNORECASE turns the jump off for cased ones). ``\\.(?<=[eorxnt]\\.)\\d`` is one."""
    while items and items[0][0] is _sre_c.SUBPATTERN:
        items = list(items[0][1][-1].data)
    if not items:
        return False
    op, av = items[0]
    if op is _sre_c.LITERAL:
        return not _cased(av)
    if op is _sre_c.IN:
        return all(o is _sre_c.LITERAL and not _cased(c) for o, c in av)
    if op is _sre_c.BRANCH:
        return all(alt.data and alt.data[0][0] is _sre_c.LITERAL and not _cased(alt.data[0][1]) for alt in av[1])
    return False


@cache
def _parse(regex: str) -> _sre_parse.SubPattern | None:
    """A lexicon regex or left context parsed (IGNORECASE); None if the parser fails on it. Bounded:
    lexicon regexes only."""
    try:
        return _sre_parse.parse(regex, re.IGNORECASE)
    except Exception:  # noqa: BLE001 - the parser is an internal module: any failure means "unknown"
        return None


@cache
def _parsed(regex: str) -> list | None:
    """A lexicon regex's parsed elements, read by its start finder and its word clauses; None if the
    parser fails on it. Bounded: lexicon regexes only."""
    tree = _parse(regex)
    return None if tree is None else list(tree.data)


@stored("start_finder", encode_pattern, decode_pattern)
def _start_finder(regex: str) -> re.Pattern[str] | None:
    """Where in the lower-cased text a match of ``regex`` (IGNORECASE) can start, or None if unknown.

    A rule like ``\\b(?:Sunday|Monday|...)[’']s\\s+last`` opens with a word boundary and cased
    letters, so the regex engine cannot jump to candidates and tries the whole rule at every
    position of the text. Every match starts with one of a few lower-case ASCII texts ("sunday",
    "monday", ...), which a case-sensitive regex finds in the lower-cased text by a C-level scan.
    Each finder match consumes one character, so overlapping starts are all found. None too for a
    regex the engine already scans quickly. Bounded: lexicon regexes only.
    """
    items = _parsed(regex)
    if items is None:  # a regex the parser reads differently just runs as written
        return None
    starts = _starts(items, _follow)
    if _engine_jumps(items) or not starts or not all(s.isascii() for s in starts):  # a non-ASCII first character
        return None
    tails: dict[str, set[str]] = {}
    for s in starts:
        tails.setdefault(s[0].lower(), set()).add(s[1:])
    if any("" in rest for rest in tails.values()):  # a bare letter ("a", "i"): a stop per letter in the text,
        return None  # each a Python-level try, costs twice the engine's own scan (measured)
    alts = [
        re.escape(head) if "" in rest else f"{re.escape(head)}(?={'|'.join(sorted(rest))})"
        for head, rest in sorted(tails.items())
    ]
    return re.compile("|".join(alts))


def _finditer_from(pattern: re.Pattern[str], finder: re.Pattern[str], text: str, lower: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``finder`` says a match can start.

    Matching at a position is what a search finds there (lookbehinds and ``\\b`` see the text
    before it), and the next search starts where a match ended: the same matches, in order.
    Matches are never empty (they start with a literal), so no position needs a second try.
    """
    end = 0
    match = pattern.match
    for s in finder.finditer(lower):
        at = s.start()
        if at < end:
            continue
        m = match(text, at)
        if m is not None:
            end = m.end()
            yield m


def _whole_words(items: list) -> bool:
    """Whether every match of a parsed regex is one whole word: ``\\b``, one or more literal letters or
    digits (in groups and alternatives), ``\\b``; lookarounds anywhere. No two such matches overlap, so a
    finditer from any position yields every match after it (as does one from the text's start)."""
    kinds = _word_kinds(items)
    return kinds is not None and len(kinds) >= 3 and kinds[0] == kinds[-1] == "B" and set(kinds[1:-1]) == {"L"}


def _word_kinds(items: list) -> list[str] | None:
    """A parsed sequence, groups opened, as "B" (``\\b``) and "L" (letters, at least one); other
    zero-width parts left out; None for anything else."""
    out: list[str] = []
    for op, av in items:
        if op is _sre_c.AT and av is _sre_c.AT_BOUNDARY:
            out.append("B")
        elif op is _sre_c.SUBPATTERN and not (av[1] | av[2]) & (re.ASCII | re.LOCALE):
            inner = _word_kinds(list(av[-1].data))
            if inner is None:
                return None
            out += inner
        elif op in _ZERO_WIDTH:
            continue
        elif _letters(op, av):
            out.append("L")
        else:
            return None
    return out


def _letters(op: object, av) -> bool:  # noqa: ANN001 - the parser's argument shapes vary by op
    """Whether a parsed element consumes one or more letters or digits, and nothing else."""
    if op is _sre_c.LITERAL:
        return chr(av).isalnum()
    if op is _sre_c.BRANCH:
        return all(alt.data and all(_letters(o, a) for o, a in alt.data) for alt in av[1])
    if op is _sre_c.SUBPATTERN and not (av[1] | av[2]) & (re.ASCII | re.LOCALE):
        return bool(av[-1].data) and all(_letters(o, a) for o, a in av[-1].data)
    return False


def _left_then(left: re.Pattern[str], regex: str) -> re.Pattern[str] | None:
    """A left context's skeleton, then the rule: in a text without line breaks, every hit is a match of it.

    A hit's context ends where the form starts (``$`` at the window's end: a line break before it is the
    only other place, and there is none), and what the context consumes matches the skeleton, which is
    weaker; so the skeleton's text runs straight into a match of the rule. One search of this finds the
    rare paragraph where that happens: the {capitalise} rule's context, ". ", is in half of all paragraphs,
    a lower-case "the" right after it in almost none, and the near path cost ~36 µs in each of those.
    None if the two do not join into one regex (a global flag, a group reference).
    """
    try:
        return re.compile(f"(?:{left.pattern})(?:{regex})", re.IGNORECASE)
    except re.error:
        return None


def _finditer_near(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, window: int) -> Iterator[re.Match]:
    """The matches of ``pattern`` (whole words: ``_whole_words``) that start at most ``window`` characters
    after a place ``starts`` finds (a lookahead: every place the rule's left context may begin). A match
    anywhere else has no left context within its window, so it is never a hit."""
    spans: list[list[int]] = []
    for s in starts.finditer(text):
        if spans and s.start() <= spans[-1][1]:
            spans[-1][1] = s.start() + window
        else:
            spans.append([s.start(), s.start() + window])
    for first, last in spans:
        for m in pattern.finditer(text, first):
            if m.start() > last:
                break
            yield m


def _holds(pattern: LazyPattern, text: str, lower: str, fold_safe: bool) -> bool:
    """``pattern.search(text)`` found something: a scan regex, tried only where a match can start."""
    finder = _start_finder(pattern.pattern) if fold_safe else None
    if finder is None:
        return pattern.search(text) is not None
    return next(_finditer_from(pattern.compiled(), finder, text, lower), None) is not None


# A left context's match ends where the form starts: read backwards, what it consumes opens the reversed window.
# _reversed_tail writes that reversed regex from the parsed context, zero-width parts left out (so it holds
# wherever the context does, and in a few more places); None for what it cannot write (back-references).
# Written forwards (_left_skeleton), the same regex is searched in a whole text: where it is not found, the
# context holds nowhere in it.
_CATEGORY_ESCAPES = {
    _sre_c.CATEGORY_DIGIT: r"\d",
    _sre_c.CATEGORY_NOT_DIGIT: r"\D",
    _sre_c.CATEGORY_SPACE: r"\s",
    _sre_c.CATEGORY_NOT_SPACE: r"\S",
    _sre_c.CATEGORY_WORD: r"\w",
    _sre_c.CATEGORY_NOT_WORD: r"\W",
}
_ENDS = (_sre_c.AT_END, _sre_c.AT_END_STRING)
_BEGINS = (_sre_c.AT_BEGINNING, _sre_c.AT_BEGINNING_STRING)


class _Unwritable(Exception):
    """A regex element _skeleton cannot write."""


@cache
def _left_items(regex: str) -> list | None:
    """A left context (a regex ending in ``$``) parsed, the ``$`` cut off; None if it is not one or the
    parser fails. Bounded: lexicon left contexts only."""
    parsed = _parse(regex)
    if parsed is None:
        return None
    items = list(parsed.data)
    if parsed.state.flags & (re.ASCII | re.LOCALE) or not items or items[-1] not in ((_sre_c.AT, e) for e in _ENDS):
        return None
    return items[:-1]


def _skeleton_regex(regex: str, backwards: bool, begin: str, anywhere: str) -> re.Pattern[str] | None:
    """``_skeleton`` of a left context, compiled (IGNORECASE); None if unknown, or if it holds in any
    text: it matches the empty string with ``^`` written as ``anywhere``."""
    items = _left_items(regex)
    if items is None:
        return None
    try:
        if re.compile(_skeleton(items, backwards, anywhere)).match(""):
            return None
        return re.compile(_skeleton(items, backwards, begin), re.IGNORECASE)
    except _Unwritable:
        return None


@stored("reversed_tail", encode_pattern, decode_pattern)
def _reversed_tail(regex: str) -> re.Pattern[str] | None:
    """For a left context: a regex that matches at the start of the reversed window wherever the
    context matches the window up to its end, or None. ``^`` matches at the window's start only (at 0,
    or after a line break, and windows with one are not tested): backwards, the reversed window's end.
    Bounded: lexicon left contexts only."""
    return _skeleton_regex(regex, True, r"\Z", "(?!)")  # \Z holds in the empty window only


@stored("left_skeleton", encode_pattern, decode_pattern)
def _left_skeleton(regex: str) -> re.Pattern[str] | None:
    """For a left context: a regex a text holds wherever the context holds somewhere in it, or None.
    Bounded: lexicon left contexts only."""
    return _skeleton_regex(regex, False, "(?m:^)", "")  # every text has a start


def _skeleton(items: list, backwards: bool, begin: str) -> str:
    """A parsed sequence as regex source without its zero-width parts (a weaker test) but ``^``, written
    as ``begin``; ``backwards``: its elements in reverse order, each reversed."""
    order = reversed(items) if backwards else items
    return "".join(_skeleton_one(op, av, backwards, begin) for op, av in order)


def _skeleton_one(op: object, av, backwards: bool, begin: str) -> str:  # noqa: ANN001 - shapes vary by op
    if op is _sre_c.AT and av in _BEGINS:
        return begin
    if op in _ZERO_WIDTH:  # other anchors, \b, lookarounds: left out (a weaker test)
        return ""
    if op is _sre_c.LITERAL:
        return re.escape(chr(av))
    if op is _sre_c.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is _sre_c.ANY:
        return "(?s:.)"  # any character, line breaks too (a weaker test without DOTALL)
    if op is _sre_c.IN:
        return _class_source(av)
    if op is _sre_c.BRANCH:
        return "(?:" + "|".join(_skeleton(list(alt.data), backwards, begin) for alt in av[1]) + ")"
    if op is _sre_c.SUBPATTERN:
        _group, add, remove, body = av
        if (add | remove) & (re.ASCII | re.LOCALE):
            raise _Unwritable
        flags = ("i" if add & re.IGNORECASE else "") + ("-i" if remove & re.IGNORECASE else "")
        return f"(?{flags}:{_skeleton(list(body.data), backwards, begin)})"
    if op is _sre_c.ATOMIC_GROUP:  # backtracking into it allowed: a weaker test
        return f"(?:{_skeleton(list(av.data), backwards, begin)})"
    if op in _REPEATS:  # lazy and possessive read as greedy: the same texts match, or more
        lo, hi, body = av
        return f"(?:{_skeleton(list(body.data), backwards, begin)}){{{lo},{'' if hi == _sre_c.MAXREPEAT else hi}}}"
    raise _Unwritable


def _has_letters(items: list) -> bool:
    """Whether a parsed sequence consumes a literal letter or digit (lookarounds not read)."""
    for op, av in items:
        if op is _sre_c.LITERAL and chr(av).isalnum():
            return True
        if op is _sre_c.BRANCH and any(_has_letters(list(alt.data)) for alt in av[1]):
            return True
        body = av[-1] if op is _sre_c.SUBPATTERN or op in _REPEATS else av if op is _sre_c.ATOMIC_GROUP else None
        if body is not None and _has_letters(list(body.data)):
            return True
    return False


def _class_source(items: list) -> str:
    """A parsed character class as regex source."""
    out = []
    for op, av in items:
        if op is _sre_c.NEGATE:
            out.append("^")
        elif op is _sre_c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre_c.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre_c.CATEGORY and av in _CATEGORY_ESCAPES:
            out.append(_CATEGORY_ESCAPES[av])
        else:
            raise _Unwritable
    return "[" + "".join(out) + "]"

# Words a regex rule's every match puts in the text's word set (_word_set), read off the parsed regex: a rule
# whose words are missing cannot match, so it is skipped by a few set look-ups instead of scans of the text.
# A consumed character is a letter or digit ("a": one spelling), "S" (a character whose lower case is not
# [a-z0-9]: it ends a word), "B" (\b: next to a letter, the other side ends the word) or "U" (unknown; any
# number of characters). A word is a run of letters with "S" or "B" on both sides.
_Atom = str | frozenset[str]
_State = tuple[tuple[_Atom, ...], tuple[tuple[_Atom, ...], ...]]  # atoms so far, finished lookahead strings
_MAX_STATES = 64  # alternatives followed side by side (branches, optional parts)
_MAX_SPELLINGS = 512  # spellings of one word
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


class _Unknown(Exception):
    """Too many alternatives to follow: the rule gets no word clauses."""


def _char_atom(op: object, av: object) -> _Atom:
    """A consumed character: its letter (lower case), "S" or "U". IGNORECASE matches an ASCII
    letter only to characters lowering to it (outside _FOLD_UNSAFE), and a character that is not
    alphanumeric only to itself."""
    if op is _sre_c.LITERAL:
        c = chr(av)
        if c.isascii() and c.lower() in _ASCII_WORD:
            return frozenset([c.lower()])
        return "U" if c.isalnum() or c == "_" else "S"
    if op is _sre_c.IN:
        kinds = set()
        for o, a in av:
            if o is _sre_c.LITERAL:
                kinds.add(_char_atom(o, a))
            elif o is _sre_c.CATEGORY and a in (_sre_c.CATEGORY_SPACE, _sre_c.CATEGORY_NOT_WORD):
                kinds.add("S")  # \W and \s: not alphanumeric, and lower-casing keeps that
            else:
                return "U"
        return kinds.pop() if len(kinds) == 1 else "U"
    return "U"


def _append(states: list[_State], atom: _Atom) -> list[_State]:
    """Each state with ``atom`` after it; letters after letters join them (fewer, shorter tuples)."""
    if isinstance(atom, frozenset):
        return [(_join(cur, atom), done) for cur, done in states]
    return [(cur + (atom,), done) for cur, done in states]


def _join(cur: tuple[_Atom, ...], letters: frozenset[str]) -> tuple[_Atom, ...]:
    last = cur[-1] if cur else None
    if isinstance(last, frozenset) and len(last) * len(letters) <= _MAX_SPELLINGS:
        return (*cur[:-1], frozenset(a + b for a in last for b in letters))
    return (*cur, letters)


def _walk(items: list, states: list[_State]) -> list[_State]:
    """Each state extended by a parsed regex sequence; a branch or optional part multiplies them."""
    letters: list[str] = []  # a run of ASCII letters and digits, appended as one atom (most of a lexicon regex)
    for op, av in items:
        if op is _sre_c.LITERAL and av < 128 and chr(av).isalnum():
            letters.append(chr(av).lower())
            continue
        if letters:
            states = _append(states, frozenset(["".join(letters)]))
            letters = []
        if op in (_sre_c.LITERAL, _sre_c.IN, _sre_c.ANY, _sre_c.NOT_LITERAL):
            states = _append(states, _char_atom(op, av))
        elif op is _sre_c.SUBPATTERN:
            states = _walk(av[-1].data, states)
        elif op is _sre_c.ATOMIC_GROUP:
            states = _walk(av.data, states)
        elif op is _sre_c.BRANCH:
            words = _word_branch(av[1])
            states = _append(states, words) if words else [s for alt in av[1] for s in _walk(alt.data, states)]
        elif op in _REPEATS:
            lo, hi, body = av
            body = list(body.data)
            if hi == 0:
                continue
            if len(body) == 1 and _char_atom(*body[0]) == "S":  # \s+, [,.]*: separators however many
                once = _append(states, "S")
            else:  # one copy, after any number of others
                once = _walk(body, _append(states, "U") if hi > 1 else states)
            states = states + once if lo == 0 else once
        elif op is _sre_c.AT:
            if av is _sre_c.AT_BOUNDARY:
                states = _append(states, "B")
        elif op is _sre_c.ASSERT and av[0] == 1:  # lookahead: its text follows here too, then anything
            states = [(cur, d + (c + ("U",),)) for cur, done in states for c, d in _walk(av[1].data, [(cur, done)])]
        elif op not in (_sre_c.ASSERT, _sre_c.ASSERT_NOT):  # lookbehinds and negations say nothing
            states = _append(states, "U")
        if len(states) > _MAX_STATES:
            raise _Unknown
    return _append(states, frozenset(["".join(letters)])) if letters else states


def _spellings(run: list[frozenset[str]]) -> frozenset[str] | None:
    out = {""}
    for piece in run:
        out = {a + b for a in out for b in piece}
        if len(out) > _MAX_SPELLINGS:
            return None
    return frozenset(out)


def _word_branch(alts: list) -> frozenset[str] | None:
    """A branch of plain letters ("one|two|three") as one atom, its spellings: followed as one state."""
    out: set[str] = set()
    for alt in alts:
        try:
            states = _walk(alt.data, [((), ())])
        except _Unknown:
            return None
        for cur, done in states:
            if done or not all(isinstance(a, frozenset) for a in cur):
                return None
            spelt = _spellings(list(cur))
            if not spelt or "" in spelt:
                return None
            out |= spelt
    return frozenset(out) if len(out) <= _MAX_SPELLINGS else None


def _words_of(atoms: tuple[_Atom, ...]) -> set[frozenset[str]]:
    """The spellings of each word with a separator or boundary on both sides."""
    out = set()
    run: list[frozenset[str]] = []
    before: _Atom = "U"
    for atom in (*atoms, "U"):
        if isinstance(atom, frozenset):
            run.append(atom)
            continue
        if run and before in ("S", "B") and atom in ("S", "B"):
            spelt = _spellings(run)
            if spelt:
                out.add(spelt)
        run = []
        before = atom
    return out


@stored("word_clauses", lambda clauses: [sorted(c) for c in clauses], lambda data: tuple(map(frozenset, data)))
def _word_clauses(regex: str) -> tuple[frozenset[str], ...]:
    """Sets of words, of each of which every match of ``regex`` (IGNORECASE) puts one in the word set
    of the lower-cased text, smallest first; empty when unknown. A text without them cannot match
    (where lower-casing keeps offsets and fold_safe holds). Bounded: lexicon regexes only."""
    items = _parsed(regex)
    try:
        states = _walk(items, [(("U",), ())]) if items is not None else []
    except _Unknown:
        return ()
    if not states:
        return ()
    per = []
    for cur, done in states:  # each state must hold all of its words' clauses
        words = set().union(*(_words_of(s) for s in (*done, (*cur, "U"))))
        if not words:
            return ()
        per.append(sorted(words, key=lambda c: (len(c), sorted(c))))
    common = set.intersection(*(set(p) for p in per))
    out = sorted(common, key=lambda c: (len(c), sorted(c)))
    rest = [[c for c in p if c not in common] for p in per]
    for i in range(2):  # every state holds its i-th clause: the union of them holds
        if not all(len(r) > i for r in rest):
            break
        out.append(frozenset().union(*(r[i] for r in rest)))
    return tuple(sorted(out, key=len))


def _plan(lex: Lexicon, k: int) -> _Plan:
    """Regex rule ``k``'s plan, made once: cached look-ups cost more than the checks they feed."""
    pattern, rule = lex.regex[k]
    finder = _start_finder(pattern.pattern)
    clauses = _word_clauses(pattern.pattern)
    must = frozenset(w for c in clauses if len(c) == 1 for w in c)
    ors = tuple(c for c in clauses if len(c) > 1)
    left = _left_skeleton(rule.left.pattern) if rule.left is not None and not rule.left_negated else None
    if left is not None and _left_has_words(rule.left.pattern):  # words: a scan of alternatives at
        left = None  # every position, costlier than most rules it would skip; punctuation (". ") is cheap
    # a whole-word rule keeps the near path where a lookahead gives it a finder: {capitalise}'s would stop at
    # every "a ", "in ", "the " of a paragraph
    whole = left is not None and _matches_whole_words(pattern.pattern)
    near = re.compile(f"(?={left.pattern})", re.IGNORECASE) if whole else None
    then = _left_then(left, pattern.pattern) if left is not None else None
    scan = lex.regex_scan[k] or _derived_scan(pattern.pattern)
    plan = (must, ors, not clauses and finder is not None, finder, scan, left, then, near, pattern, rule)
    _regate(lex, k, must)
    lex.plans[k] = plan
    return plan


@stored("left_has_words", bool, bool)
def _left_has_words(regex: str) -> bool:
    """Whether a left context consumes a literal letter or digit. Bounded: lexicon left contexts only."""
    return _has_letters(_left_items(regex) or [])


@stored("whole_words", bool, bool)
def _matches_whole_words(regex: str) -> bool:
    """``_whole_words`` of a regex rule. Bounded: lexicon regexes only."""
    return _whole_words(_parsed(regex) or [])


def analysis_inputs(lex: Lexicon | None = None) -> dict[str, set[str]]:
    """Every regex each stored analysis (``spin_analysis``) is asked about for the lexicon: what its file holds."""
    lex = lex or lexicon()
    patterns = {pattern.pattern for pattern, _ in lex.regex}
    lefts = {rule.left.pattern for _, rule in lex.regex if rule.left is not None and not rule.left_negated}
    bare = {pattern.pattern for (pattern, _), scan in zip(lex.regex, lex.regex_scan, strict=True) if scan is None}
    scans = {scan.pattern for scan in lex.regex_scan if scan is not None}
    scans |= {scan.pattern for scan in map(_derived_scan.compute, bare) if scan is not None}
    return {
        "start_finder": patterns | scans,
        "word_clauses": patterns,
        "left_skeleton": lefts,
        "left_has_words": lefts,
        "whole_words": patterns,
        "reversed_tail": {rule.left.pattern for rule in lex.rules if rule.left is not None},
        "derived_scan": bare,
    }


def _regate(lex: Lexicon, k: int, must: frozenset[str]) -> None:
    """File regex rule ``k`` in ``lex.gates`` under the longest word of each need joined with ``must``: on BBC
    text half the rules a paragraph's needs select lack a must word, and each cost a plan look-up to skip.
    Lists are replaced, never changed in place, so a reader in another thread sees the old or the new one."""
    if not must:
        return
    needs = lex.regex_needs[k]
    for word in {_longest(need) for need in needs}:
        lex.gates[word] = tuple(e for e in lex.gates[word] if e[1] != k)
    for need in needs:
        word = _longest(need | must)
        lex.gates[word] = (*lex.gates.get(word, ()), (need | must, k))
        lex.gate_words.add(word)


@lru_cache(maxsize=1024)
def _candidates(text: str, lex: Lexicon) -> tuple[tuple[int, int, re.Match[str], tuple[Rule, ...]], ...]:
    """Every lexicon form present in ``text``, sorted, overlaps unresolved.

    Cached, because evidence (all tiers) and repair (tiers by article) scan the same texts
    one after the other; only the cheap overlap resolution differs between them.
    """
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets exact
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low_words = _word_set(lower)
    found: list[tuple[int, int, re.Match[str], tuple[Rule, ...]]] = []
    for w in low_words & lex.words:
        for key in lex.by_word[w]:
            if not key.words <= low_words:
                continue
            if key.edge:
                match = key.pattern.match
                for s in key.starts.finditer(lower):
                    m = match(text, s.start())
                    if m:
                        found.append((s.start(), m.end(), m, key.rules))
                continue
            pos = lower.find(key.first)
            while pos >= 0:
                m = key.pattern.match(text, pos)
                if m:
                    found.append((pos, m.end(), m, key.rules))
                pos = lower.find(key.first, pos + 1)
    if text.isascii() or _FOLD_UNSAFE.search(text) is None:
        plain = "\n" not in text  # no line break: _left_then holds wherever a hit is
        run = {k for w in low_words & lex.gate_words for need, k in lex.gates[w] if need <= low_words}
        plans = lex.plans
        for k in sorted(run):
            must, ors, precheck, finder, scan, left, then, near, pattern, rule = plans[k] or _plan(lex, k)
            if not must <= low_words or ors and any(map(low_words.isdisjoint, ors)):  # a word every match holds
                continue
            if precheck and finder.search(lower) is None:  # no text a match starts with
                continue
            if scan is not None and not _holds(scan, text, lower, True):  # most texts lack what the rule needs
                continue
            if left is not None and (then if plain and then is not None else left).search(text) is None:
                continue  # its left context holds nowhere (or nowhere right before a match): no hit here
            compiled = pattern.compiled()
            if near is not None:  # only matches near where the left context may begin can be hits
                matches = _finditer_near(compiled, near, text, rule.left_window)
            else:
                matches = compiled.finditer(text) if finder is None else _finditer_from(compiled, finder, text, lower)
            found += [(m.start(), m.end(), m, (rule,)) for m in matches]
    else:  # a character lower-casing cannot see (İ, ı, ſ): rules run as written
        run = {k for w in low_words & lex.regex_words for need, k in lex.regex_by_word[w] if need <= low_words}
        for k in sorted(run):
            pattern, rule = lex.regex[k]
            scan = lex.regex_scan[k]
            if scan is None or _holds(scan, text, lower, False):
                found += [(m.start(), m.end(), m, (rule,)) for m in pattern.finditer(text)]
    found.sort(key=lambda f: (f[0], -f[1]))  # stable: on a tie, literal forms, then regex rules in file order
    return tuple(found)


def _replacement(spun: str, rule: Rule, text: str, start: int, end: int, style: Style = None) -> str:
    original = rule.original
    if original.startswith("="):
        out = original[1:]
        if spun[:1].isupper() and out[:1].islower() and _CAPITAL_START.search(text, 0, start):
            out = out[:1].upper() + out[1:]  # "Other folks said" -> "People said", not "people"
        return out
    if original.startswith("{sub:"):
        return substitute(spun, original)
    if original == "{capitalise}":  # a sentence's first word that the spinner lower-cased ("we have a tendency to")
        return spun[:1].upper() + spun[1:]
    if original == "{a_an}":
        original = article_for(text[end:])
    elif original == "{number_word}":
        original = _NUMBER_WORDS.get(spun, spun)
    elif original == "{per_cent}":
        original = "percent" if (style() if callable(style) else style) == "us" else "per cent"
    out = match_case(spun, original)
    # spinners that lower-case a sentence's first word; at a field's start only digits made a word
    # ("3 men were held" -> "Three"): a fragment may begin in lower case on purpose
    at_start = spun[:1].isdigit() and not text[:start].strip()
    if not spun[:1].isupper() and (at_start or _SENTENCE_START.search(text, 0, start)):
        out = out[:1].upper() + out[1:]
    return out


@cache
def _substitutions(spec: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``{sub:old>new;old2>new2}`` as (pattern, new) pairs; a space in ``old`` matches any whitespace."""
    pairs = []
    for item in spec.removeprefix("{sub:").removesuffix("}").split(";"):
        old, _, new = item.partition(">")
        pairs.append((re.compile(rf"(?<!\w){_phrase_regex(old.lower())}(?!\w)", re.IGNORECASE), new))
    return tuple(pairs)


def substitute(spun: str, spec: str) -> str:
    """The matched text with only some of its words swapped back ("scale again" -> "scale back"),
    each swap taking the case of the words it replaces; the rest of the match stays as it is."""
    for pattern, new in _substitutions(spec):
        spun = pattern.sub(lambda m, new=new: match_case(m.group(0), new), spun)
    return spun


def article_for(following: str) -> str:
    """'a' or 'an' for the word that starts ``following``, by its sound."""
    word = following.lstrip(" \t\n\"'\u2018\u201c(")
    if not word:
        return "a"
    if word[:1].isdigit():
        return "an" if re.match(r"8|1[18](?![\d,])", word) else "a"
    if re.match(r"[A-Z]{2,}\b", word):  # initialism, read letter by letter
        return "an" if _AN_INITIALISM.match(word) else "a"
    if _A_EXCEPTIONS.match(word):
        return "a"
    if word[:1].lower() in "aeiou" or re.match(r"(?:hour|honou?r|honest|heir)", word, re.IGNORECASE):
        return "an"
    return "a"


def match_case(spun: str, original: str) -> str:
    """Carry the spun text's capitalisation over to the original.

    All capitals stay all capitals; with as many words on both sides, each word's initial
    follows its counterpart ("of Well being" -> "of Health"); otherwise the first letter does.
    """
    if len(spun) > 1 and spun.isupper() and not original.isupper():
        return original.upper()
    s_words, o_words = spun.split(), original.split(" ")
    if len(s_words) == len(o_words) > 1:
        pairs = zip(s_words, o_words, strict=True)
        return " ".join(o[:1].upper() + o[1:] if w[:1].isupper() else o for w, o in pairs)
    if spun[:1].isupper():
        return original[:1].upper() + original[1:]
    return original


@dataclass(frozen=True)
class Evidence:
    hits: int  # low-tier hits
    score: float  # evidence weight per 1,000 words
    spun: bool


@cache
def evidence_weights(name: str = "spin_evidence.tsv") -> dict[str, float]:
    """Per-rule evidence weights that override the tier's (``id`` -> ``weight``), from a data file."""
    return {row["id"]: float(row["weight"]) for row in read_tsv(name)}


def rule_weight(rule: Rule) -> float:
    """A relaxed rule weighs nothing: it fires only where the article is already flagged, and its form is
    ordinary English, so it must never help flag one."""
    if rule.relaxed:
        return 0.0
    return evidence_weights().get(rule.id, TIER_WEIGHT[rule.tier])


def evidence(texts: list[str], word_count: int, lex: Lexicon | None = None) -> Evidence:
    """How much spin an article shows, and whether it counts as spun.

    Each hit adds its rule's weight (``data/spin_evidence.tsv``, else its tier's: low 1, context
    0.5, ambiguous 0.5); an ambiguous rule counts once per article however often it fires (one
    clean story can say "authorities" twenty times). Rules common in edited English ("mentioned",
    "whereas", "the federal government") weigh little. An article is spun when its weight reaches
    SPUN_MIN_WEIGHT, at least SPUN_MIN_SCORE per 1,000 words (a 3,000-word page of comments gathers
    a few weak forms by chance, spun text shows them densely), and at least one hit is not weak
    (weight >= STRONG_WEIGHT): weak forms alone, however many, are what clean news looks like.
    A short article may show one strong form only (lightly spun, about 1 swap in 30 words, most of
    them not repairable): one is enough at SHORT_MIN_SCORE per 1,000 words (up to ~166 words).
    spin_score is the weight per 1,000 words.
    """
    lex = lex or lexicon()
    weight = 0.0
    low = 0
    strong = False
    seen: set[str] = set()
    for text in texts:
        for h in find(text, lex, relaxed=False):
            if h.rule.tier == "ambiguous":
                if h.rule.id in seen:
                    continue
                seen.add(h.rule.id)
            w = rule_weight(h.rule)
            weight += w
            strong = strong or w >= STRONG_WEIGHT
            low += h.rule.tier == "low"
    score = 1000.0 * weight / max(word_count, 1)
    dense = weight >= SPUN_MIN_WEIGHT and score >= SPUN_MIN_SCORE
    spun = strong and (dense or score >= SHORT_MIN_SCORE)
    return Evidence(low, round(score, 3), spun)


def unspun(text: str) -> str:
    """``text`` with the repairs every article gets (low and context tiers), one pass: how a line of
    page furniture read before spinning, for the boilerplate patterns ("Comply with us on Fb"). The
    repair stage later records them; one pass, as a second would scan a text nothing else reads."""
    hits = find(text, ambiguous=False)
    return _applied(text, hits, "")[0] if hits else text


def _applied(text: str, hits: list[Hit], field: str) -> tuple[str, list[Edit]]:
    """``text`` with ``hits`` (non-overlapping, in order) written in, and their edits."""
    return apply_matches(text, [(h.start, h.end, h.replacement, h.rule.id) for h in hits], field)


_TOKEN = re.compile(r"\w+|\W")


def _trimmed(before: str, after: str) -> tuple[int, int]:
    """How many characters ``before`` and ``after`` share at the start and at the end (not overlapping)."""
    n = min(len(before), len(after))
    p = 0
    while p < n and before[p] == after[p]:
        p += 1
    q = 0
    while q < n - p and before[-1 - q] == after[-1 - q]:
        q += 1
    return p, q


def _written(edit: Edit) -> Iterator[tuple[int, int, str]]:
    """The words ``edit`` wrote, as (start, end, what was there before), by a word-level diff: a ``{sub:}``
    edit spans a whole match but writes only some of its words."""
    old, new = _TOKEN.findall(edit.before), _TOKEN.findall(edit.after)
    offsets = [0]
    for t in new:
        offsets.append(offsets[-1] + len(t))
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op != "equal" and j1 < j2:
            yield edit.start + offsets[j1], edit.start + offsets[j2], "".join(old[i1:i2])


def _outside(text: str, hits: list[Hit], edits: list[Edit]) -> list[Hit]:
    """``hits`` less those that would rewrite words an earlier pass wrote (``edits``, positioned in ``text``).
    A repair is the original wording: "once additional" -> "once more" must not go on to "again". A later
    hit may still read a repair as context and rewrite the words beside it ("used to be harm" -> "used to
    be hurt" -> "was hurt"), and may put back exactly what an earlier repair replaced, once the repaired
    context shows that repair was wrong ("know-how giant" -> "technology big" -> "technology giant")."""
    written = [w for e in edits for w in _written(e)]
    if not written:
        return hits
    keep = []
    for h in hits:
        p, q = _trimmed(text[h.start : h.end], h.replacement)
        a, b = h.start + p, max(h.end - q, h.start + p + 1)  # an insertion rewrites the character it lands on
        new = h.replacement[p : len(h.replacement) - q]
        if all(not (a < w1 and w0 < b) or (a, b, new) == (w0, w1, was) for w0, w1, was in written):
            keep.append(h)
    return keep


def repair(
    text: str, spun: bool, field: str = "body", lex: Lexicon | None = None, style: Style = None
) -> tuple[str, list[Edit]]:
    """Repair stage: low and context tiers always; ambiguous rules only when the article is ``spun``.

    Contexts are read in the text being repaired, so one repair can enable another ("whether or
    not medical doctors"): passes repeat (at most three) until nothing changes, with their edits
    composed. Clean text takes one pass. A later pass never rewrites characters an earlier one wrote
    (``_outside``): a repair is the original wording, not spinner output ("once additional" -> "once
    more" must not go on to "again").
    """
    edits: list[Edit] = []
    for _ in range(3):
        hits = _outside(text, find(text, lex, ambiguous=spun, style=style), edits)
        if not hits:
            break
        new, new_edits = _applied(text, hits, field)
        edits = compose(text, edits, new_edits)
        text = new
    return text, edits
