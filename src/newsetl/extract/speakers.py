"""Attribution of a quoted span: the cue verb, the speaker as written, and who that is.

Attribution is read from the text around a quote within its sentence:
after it (``‘…,’ the leader told reporters`` / ``“…,” said Jones``), before it
(``He added later: ‘…’`` / ``said the line would be “…”``) or ``according to X``.
The speaker noun phrase is taken next to the cue verb with a small phrase grammar (names,
pronouns, determiner + role nouns, parentheticals such as ``Jones, 45,``), and resolved
against the article's :class:`~newsetl.extract.people.Cast`: names to full names, pronouns
to the current focus of matching gender, role nouns to the person introduced with that
role or else the most salient person, organisation nouns to the organisation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from newsetl.extract import people as people_mod
from newsetl.extract.people import _PARA, Cast, Entity
from newsetl.resources import read_tsv

_WORD = re.compile(r"\w[\w\u2019'\-&]*(?:\.\w+)*\.?|[^\w\s]")
# a sentence ends after . ! ? or \u2026, closing marks (a high \u201c closes a \u201elow-high\u201c quote) and
# space, before a capital or digit, perhaps after an opening mark (\u201e, or \u00ab with the French space)
_BOUNDARY = re.compile(
    r"[.!?\u2026][\"\u201d\u2019\u201c'\u00bb)]*\s+(?=(?:[\"\u201c\u201e\u2018'(]|\u00ab\s?)?[A-Z0-9])"
)
_OPENER = re.compile(r"\s*(?:[A-Z]\w*ing|But|And|However|Meanwhile)\b")
_LAST_WORD = re.compile(r"([\w.]+)[.!?\u2026][\"\u201d\u2019\u201c'\u00bb)]*\s+$")
_LEAD = re.compile(r"[\s,;\u2014\u2013-]*")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_CONJ_END = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$")
_AGED = re.compile(r"(\d+)-year-old")
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "sen",
    "gov",
    "rep",
    "jr",
    "no",
    "co",
    "inc",
    "lt",
    "gen",
    "col",
    "capt",
    "sgt",
    "prof",
    "rev",
    "u.s",
    "vs",
    "det",
    "insp",
    "mt",
    "ft",
}
_LONG_WORD = max(map(len, _ABBREV)) + 1
PRONOUNS = {"he": "m", "she": "f", "it": "org", "they": None, "we": None, "i": None}
DETERMINERS = {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "one",
    "another",
    "some",
    "this",
    "that",
}
_INDEFINITE = {"a", "an", "one", "another", "some"}
_POSSESSIVE_DET = {"his", "her", "their", "its", "our"}
_ADVERBS = {
    "later",
    "also",
    "then",
    "previously",
    "earlier",
    "once",
    "again",
    "recently",
    "subsequently",
    "has",
    "had",
    "have",
    "would",
    "will",
    "yesterday",
    "today",
    "tonight",
    "simply",
    "only",
    "just",
    "afterward",
    "afterwards",
    "repeatedly",
    "publicly",
    "privately",
    "separately",
    "last",
    "week",
    "night",
    "since",
    "now",
    "quickly",
    "candidly",
    "angrily",
    "calmly",
    "firmly",
    "bluntly",
    "defiantly",
    "proudly",
}
_SKIP_BACK = frozenset(_ADVERBS | {"has", "had", "have", "also"})  # words between a subject and its cue
_STOP = {
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "and",
    "but",
    "or",
    "nor",
    "as",
    "because",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "so",
    "than",
    "to",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "not",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "into",
    "about",
    "over",
    "under",
    "during",
    "where",
    "what",
    "how",
    "why",
    "there",
    "here",
    "it's",
    "all",
    "yet",
    "though",
    "although",
    "said",
    "says",
    "told",
    "tells",
    "this",
    "these",
    "those",
    "also",
    "then",
    "still",
    "even",
    "up",
    "out",
    "off",
    "down",
    "through",
    "across",
    "against",
    "amid",
    "among",
    "upon",
    "per",
    "via",
    "like",
}
_FORWARD_END = {
    "who",
    "in",
    "on",
    "at",
    "during",
    "after",
    "as",
    "while",
    "when",
    "before",
    "from",
    "to",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "that",
    "and",
    "but",
    "adding",
    "saying",
    "speaking",
    "referring",
    "according",
    "with",
    "outside",
    "inside",
    "afterward",
    "afterwards",
    "later",
    "earlier",
    "recently",
    "since",
    "via",
    "by",
}


@dataclass
class Attribution:
    """A cue verb and the speaker phrase it governs; offsets are into the paragraph."""

    mention: str | None
    cue: str | None
    where: str  # after | inverted | before | according | headline | next | inherited
    start: int  # first character of the attribution text
    end: int  # last character (exclusive) of the attribution text
    pos: int = 0  # paragraph offset of the mention (for resolution)
    cue_at: int = -1  # paragraph offset of the cue verb


@cache
def cues() -> dict[str, tuple[str, bool, str]]:
    """form -> (stored cue, can be inverted, use)."""
    return {r["form"]: (r["cue"], r["invert"] == "y", r["use"]) for r in read_tsv("cue_verbs.tsv")}


@cache
def cue_re() -> re.Pattern[str]:
    """Any cue form (or its capitalised form) as a whole word; the longest form wins at a position.

    A character trie (one branch per letter) instead of one alternative per form: the engine
    rejects a position after a character or two instead of trying all forms there.
    """
    forms = sorted(set(cues()) | {f[0].upper() + f[1:] for f in cues()})
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    return re.compile(rf"(?<!\w)(?=[{first}])" + _trie(forms) + r"\b")


def _trie(words: list[str]) -> str:
    """A regex for ``words`` that prefers the longest word (longer continuations are tried first)."""
    heads: dict[str, list[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(ch) + _trie(rests) for ch, rests in heads.items()]
    body = "|".join(alts)
    if "" in words:
        return f"(?:{body})?" if body else ""
    return f"(?:{body})" if len(alts) > 1 else body


def cue_of(form: str) -> tuple[str, bool, str]:
    return cues()[form[0].lower() + form[1:]]


@lru_cache(maxsize=4096)
def sentence_starts(text: str) -> list[int]:
    """Offsets at which sentences start (0 included), skipping abbreviations like Mr. or U.S."""
    out = [0]
    for m in _BOUNDARY.finditer(text):  # _breaks written out: no generator step per sentence
        dot = m.start()
        if text[dot] == "." and (dot < _LONG_WORD or not text[dot - _LONG_WORD : dot].isalnum()) and _abbrev(text, m):
            continue
        out.append(m.end())
    return out


def first_sentence(text: str) -> str:
    """``text`` up to the start of its second sentence (all of it if there is one sentence)."""
    return text[: next(_breaks(text), len(text))]


def _breaks(text: str):
    """Sentence starts after 0, in order, computed only as far as the caller reads."""
    for m in _BOUNDARY.finditer(text):
        dot = m.start()
        # a word longer than any abbreviation (or initial) before the full stop needs no regex
        if text[dot] == "." and (dot < _LONG_WORD or not text[dot - _LONG_WORD : dot].isalnum()) and _abbrev(text, m):
            continue
        yield m.end()


def _abbrev(text: str, m: re.Match[str]) -> bool:
    """Whether the full stop starting boundary ``m`` ends an abbreviation (Mr., U.S.) or an initial (J.)."""
    word = _LAST_WORD.search(text, max(0, m.start() - 12), m.end())
    if word:
        w = word.group(1)
        return w.lower().rstrip(".") in _ABBREV or (len(w) == 1 and w.isupper())
    return False


def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    clean = people_mod._clean
    for m in _WORD.finditer(text):
        word = m.group()
        s = m.start()
        if word[-1] == "." and len(word) > 2:
            tok = clean(word)
            out.append((tok, s, s + len(tok)))
            if len(tok) < len(word):
                out.append((".", s + len(tok), m.end()))
        else:
            out.append((word, s, m.end()))
    return out


def _iter_tokens(text: str, pos: int = 0):
    """The tokens of ``text[pos:]`` (offsets into ``text``) one at a time, for callers that stop early."""
    clean = people_mod._clean
    for m in _WORD.finditer(text, pos):
        word = m.group()
        s = m.start()
        if word[-1] == "." and len(word) > 2:
            tok = clean(word)
            yield (tok, s, s + len(tok))
            if len(tok) < len(word):
                yield (".", s + len(tok), m.end())
        else:
            yield (word, s, m.end())


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _wordish(tok: str) -> bool:
    return tok[:1].isalnum()


def backward_np(text: str) -> tuple[str | None, int]:
    """The noun phrase that ends ``text`` (the subject of a following cue verb), and where it starts."""
    mention, start, _ = _backward_np(text)
    return mention, start


def _backward_np(text: str) -> tuple[str | None, int, int]:
    """:func:`backward_np`, plus where the whole subject starts: for "its chief, Jo Bell," the
    mention is the name in apposition and the subject starts at "its"."""
    toks = _tokens(text)
    k = len(toks) - 1
    while (
        k >= 0
        and toks[k][0].lower() in _SKIP_BACK
        or (
            k >= 0
            and toks[k][0].endswith("ly")
            and toks[k][0].islower()
            and len(toks[k][0]) > 4
            and not (k and toks[k - 1][0].lower() in DETERMINERS)  # "His family said": a noun, not an adverb
        )
    ):
        k -= 1
    if k < 0:
        return None, len(text), len(text)
    if toks[k][0] in (",", "\u2014", "\u2013"):
        sep = toks[k][0]
        j = k - 1
        while j >= 0 and toks[j][0] not in (sep, ".", ";", ":", "(", ")") and k - j <= 16:
            j -= 1
        if j >= 0 and toks[j][0] == sep:
            inner = toks[j + 1 : k]
            while inner and _AGED.fullmatch(inner[0][0]):  # "One patient, 71-year-old Brian Hollis, said"
                inner = inner[1:]
            outer, ostart = _collect(toks, j - 1)
            if inner and all(_is_cap(t) for t, _, _ in inner) and len(inner) <= 4:
                # "Its chief, Jo Bell, said" / "Labour's deputy leader, Angela Rayner, said": the name, not the role
                # ("John Smith, Chief Executive, said" keeps the name before the commas)
                head = outer.split() if outer else []
                if not head or head[0].lower() in DETERMINERS or head[0].endswith(("'s", "\u2019s")) or not _is_cap(
                    head[-1]
                ):
                    return " ".join(t for t, _, _ in inner), inner[0][1], ostart if outer else inner[0][1]
            if outer:
                return outer, ostart, ostart
        return None, len(text), len(text)
    mention, start = _collect(toks, k)
    return mention, start, start


def _acronym(tok: str) -> bool:
    """An organisation's initials that spell a function word: "WHO", "US", "IT" are names, not who/us/it."""
    return len(tok) > 1 and tok.isupper() and tok.isalpha()


def _collect(toks, k: int) -> tuple[str | None, int]:
    picked: list[tuple[str, int, int]] = []
    while k >= 0 and len(picked) < 9:
        tok = toks[k][0]
        low = tok.lower()
        if not _wordish(tok):
            break
        if low in ("for", "of") and picked and k > 0:
            picked.insert(0, toks[k])
            k -= 1
            continue
        if low == "and" and picked and _is_cap(picked[0][0]) and k > 0 and _is_cap(toks[k - 1][0]):
            picked.insert(0, toks[k])
            k -= 1
            continue
        if (low in _STOP and not _acronym(tok)) or low in cues():
            break
        picked.insert(0, toks[k])
        k -= 1
        if low in DETERMINERS:
            if (
                k >= 1
                and toks[k][0] in ("for", "of")
                and _wordish(toks[k - 1][0])
                and toks[k - 1][0].lower() not in _STOP
            ):
                continue
            break
    while picked and picked[0][0].lower() in ("for", "of", "and"):
        picked = picked[1:]
    if not picked:
        return None, 0
    # a lone pronoun or name is fine; a bare lower-case word must be a noun we know or a plural
    return " ".join(t for t, _, _ in picked), picked[0][1]


def forward_np(text: str) -> tuple[str | None, int]:
    """The noun phrase that starts ``text`` (the subject after an inverted cue: ``said Jones``)."""
    picked: list[tuple[str, int, int]] = []
    has_name = owner = False
    for tok, s, e in _iter_tokens(text):
        low = tok.lower()
        if not _wordish(tok) or len(picked) >= 8:
            break
        if low in ("of", "for") and (has_name or not picked) and not owner:
            break
        if low == "from" and picked and not has_name and _role_kind(picked[-1][0]) == "spokes":
            owner = True  # "a statement from the Federation of Small Businesses": the whole name
            picked.append((tok, s, e))
            continue
        if low in _FORWARD_END or (low in _STOP and low not in ("of", "for") and not _acronym(tok)) or low in cues():
            break
        if tok.isdecimal():
            break
        picked.append((tok, s, e))
        has_name = has_name or (_is_cap(tok) and low not in DETERMINERS)
    while picked and picked[-1][0].lower() in ("of", "for", "the", "a"):
        picked.pop()
    if not picked:
        return None, 0
    return " ".join(t for t, _, _ in picked), picked[0][1]


def _valid(mention: str | None) -> bool:
    if not mention:
        return False
    words = mention.split()
    low = words[0].lower()
    if len(words) == 1 and low in PRONOUNS:
        return True
    if low in _STOP and low not in ("this", "that") and not _acronym(words[0]):
        return False
    return any(_is_cap(w) for w in words) or low in DETERMINERS or _is_role(words[-1])


def _is_role(word: str) -> bool:
    role = people_mod.role_of(word)
    roles = people_mod.lexicon()["roles"]
    return role in roles or (role.endswith("s") and role[:-1] in roles)


# ", Owen Pryce." after an inverted cue's role phrase: a name (capitalised words) in apposition that ends
# the sentence or the clause, so "said the director, as Owen Pryce looked on" keeps the role
_APPOSED_NAME = re.compile(
    r",\s+((?:[A-Z][\w\u2019'.-]*\s+){0,3}[A-Z][\w\u2019'-]*)\s*(?=[.,;!?\u2026]|$)"
)


def _role_phrase(mention: str) -> bool:
    """A determiner or possessive plus a role noun: "the trust's director", "its general secretary".
    After a possessive owner any lower-case noun is a role here, as a name is apposed to it: "Kent
    County Council's education lead, Rory Love"."""
    words = mention.split()
    if len(words) < 2:
        return False
    owned = any(w.endswith(("'s", "\u2019s")) for w in words[:-1])
    if words[0].lower() in DETERMINERS or owned:
        return _is_role(words[-1]) or (owned and words[-1].isalpha() and words[-1].islower())
    return False


def after(tail: str, offset: int) -> Attribution | None:
    """Attribution right after a quote; ``tail`` starts after the closing mark (``offset`` in paragraph)."""
    lead = _LEAD.match(tail).end()
    rest = tail[lead:]
    window = rest[:160]
    m = cue_re().search(window)
    if m is None:
        return None
    form = m.group()
    cue, invertible, use = cue_of(form)
    if use == "partial":
        return None
    before_cue = rest[: m.start()]
    if not before_cue.strip():
        if not invertible:
            return None
        mention, ms = forward_np(rest[m.end() :])
        if not _valid(mention) or mention.split()[0].lower() in ("that",):
            return None
        named = _APPOSED_NAME.match(rest, m.end() + ms + len(mention))
        if named and _role_phrase(mention):
            mention, ms = named[1], named.start(1) - m.end()  # "said the trust's director, Owen Pryce."
        end = lead + m.end() + ms + len(mention)
        return Attribution(
            mention,
            cue,
            "inverted",
            offset + lead,
            offset + end,
            pos=offset + lead + m.end() + ms,
            cue_at=offset + lead + m.start(),
        )
    if cue == "according to":
        return None
    mention, ms, subject_start = _backward_np(before_cue)
    if not _valid(mention) or before_cue[:subject_start].strip(" ,"):
        return None
    if subject_start < ms and rest[m.end() :].lstrip().startswith(":"):
        return None  # '"…." Her lawyer, Jo Bell, said: "…"': that cue introduces the next quote
    return Attribution(
        mention,
        cue,
        "after",
        offset + lead,
        offset + lead + m.end(),
        pos=offset + lead + ms,
        cue_at=offset + lead + m.start(),
    )


def before(head: str, offset: int, quote_first: bool) -> Attribution | None:
    """Attribution in the sentence before a quote (``X said: ‘…’`` or a partial ``said it was “…”``)."""
    acc = _ACCORDING.search(head) if "ccording to" in head else None
    if acc:
        mention, ms = forward_np(head[acc.end() :])
        if _valid(mention):
            return Attribution(
                mention,
                "according to",
                "according",
                offset + acc.start(),
                offset + acc.end() + ms + len(mention),
                pos=offset + acc.end() + ms,
                cue_at=offset + acc.start(),
            )

    participle = None  # ", adding: ‘…’": the cue whose subject is an earlier cue's

    def before_cue(mention: str, cue: str, ms: int, cue_start: int) -> Attribution:
        """The speaker written before its cue verb, quote after both (``X said: ‘…’``)."""
        if participle is not None:
            cue, cue_start = participle[1], participle[0].start()
        return Attribution(
            mention, cue, "before", offset + ms, offset + len(head), pos=offset + ms, cue_at=offset + cue_start
        )

    found = list(cue_re().finditer(head))
    nearest = None
    for m in reversed(found):
        cue, invertible, use = cue_of(m.group())
        if cue == "according to":
            continue
        if next(islice(_iter_tokens(head, m.end()), 30, None), None) is not None:  # over 30 tokens
            break
        nearest = nearest or (m, cue)
        if _CONJ_END.search(head, 0, m.start()):
            mention, ms = clause_subject(head[: m.start()])
            if _valid(mention):
                return before_cue(mention, cue, ms, m.start())
            continue
        mention, ms = backward_np(head[: m.start()])
        if _valid(mention):
            return before_cue(mention, cue, ms, m.start())
        if participle is None and m.group().endswith("ing") and head[: m.start()].rstrip().endswith((",", "\u00a7")):
            # "X insisted …, adding: ‘…’" / "X had asked …, arguing that …": X (read at the earlier cue) and added;
            # \u00a7 is an earlier quote masked in the sentence, its comma inside the marks (US style)
            participle = (m, cue)
            continue
        if invertible and not head[: m.start()].strip():
            mention, ms = forward_np(head[m.end() :])
            if _valid(mention):
                return Attribution(
                    mention,
                    cue,
                    "before",
                    offset,
                    offset + len(head),
                    pos=offset + m.end() + ms,
                    cue_at=offset + m.start(),
                )
    if nearest is not None:
        m, cue = nearest
        mention, ms = clause_subject(head[: m.start()])
        if _valid(mention):
            return before_cue(mention, cue, ms, m.start())
    return None


def clause_subject(text: str) -> tuple[str | None, int]:
    """The noun phrase opening a sentence whose later verb is the cue: ``Ferreira said … but added``."""
    toks = _tokens(text)
    i = 0
    while i < len(toks) and toks[i][0].lower() in ("but", "and", "so", "yet", "however", ","):
        i += 1
    picked: list[tuple[str, int, int]] = []
    rest = toks[i:]
    for n, (tok, s, e) in enumerate(rest):
        low = tok.lower()
        ok = (_is_cap(tok) and low not in _STOP) or low in DETERMINERS and not picked or _is_role(tok)
        ok = ok or (low in ("of", "for", "and") and picked)
        # a lower-case modifier of a role noun just after it: "The prime minister", "the deputy head"
        ok = ok or (bool(picked) and tok.isalpha() and tok.islower() and low not in _STOP
                    and any(_is_role(t) for t, _, _ in rest[n + 1 : n + 3]))
        if not ok or not _wordish(tok) or len(picked) >= 8:
            break
        picked.append((tok, s, e))
    while picked and (picked[-1][0].lower() in {"of", "for", "and"} | DETERMINERS):
        picked.pop()
    if not picked or (len(picked) == 1 and picked[0][0].lower() in DETERMINERS):
        return None, 0
    if picked[0][0].lower() in DETERMINERS and not any(_is_role(t) or _is_cap(t) for t, _, _ in picked[1:]):
        return None, 0
    return " ".join(t for t, _, _ in picked), picked[0][1]


def according(text: str, offset: int) -> Attribution | None:
    m = _ACCORDING.search(text) if "ccording to" in text else None
    if not m:
        return None
    mention, ms = forward_np(text[m.end() :])
    if not _valid(mention):
        return None
    return Attribution(
        mention,
        "according to",
        "according",
        offset + m.start(),
        offset + m.end() + ms + len(mention),
        pos=offset + m.end() + ms,
        cue_at=offset + m.start(),
    )


# --- resolution -------------------------------------------------------------------------------------


class Focus:
    """Who the text is about at each point: sentence subjects and resolved speakers, in order.

    Subject events are computed lazily and only as far into the article as a lookup needs:
    most quotes name their speaker outright, and a pronoun only looks backwards.
    At equal positions a resolved speaker counts as later than a sentence subject.
    """

    def __init__(self, cast: Cast, texts: dict[int, str]):
        self._cast, self._texts = cast, texts
        self._subjects: list[tuple[int, Entity]] = []
        self._done = 0  # cast.mentions[: self._done] have been checked for subject events
        self._starts: dict[int, list[int]] = {}
        self._added: list[tuple[int, Entity]] = []

    @property
    def events(self) -> list[tuple[int, Entity]]:
        self._scan(len(self._cast.mentions))
        return sorted(self._subjects + self._added, key=lambda e: e[0])

    def add(self, pos: int, ent: Entity) -> None:
        self._added.append((pos, ent))

    def _scan(self, upto: int) -> None:
        mentions = self._cast.mentions
        for m in mentions[self._done : upto]:
            if _is_subject(m, self._texts, self._starts):
                self._subjects.append((m.pos, m.entity))
        self._done = max(self._done, upto)

    def latest(self, pos: int, ok) -> Entity | None:
        return self.latest_at(pos, ok)[1]

    def text_at(self, pos: int) -> str | None:
        """The paragraph (or headline) that position ``pos`` falls in."""
        return self._texts.get(pos // _PARA - 1)

    def latest_at(self, pos: int, ok) -> tuple[int, Entity | None]:
        """:meth:`latest`, with the position of that event (-1 when there is none)."""
        mentions = self._cast.mentions
        upto = self._done
        while upto < len(mentions) and mentions[upto].pos < pos:
            upto += 1
        self._scan(upto)
        best: tuple[int, Entity] | None = None
        for p, ent in reversed(self._subjects):
            if p < pos and ok(ent):
                best = (p, ent)
                break
        for p, ent in reversed(sorted(self._added, key=lambda e: e[0])):
            if p < pos and (best is None or p >= best[0]) and ok(ent):
                return p, ent
            if best is not None and p < best[0]:
                break
        return best if best else (-1, None)


def subjects(cast: Cast, texts: dict[int, str]) -> Focus:
    return Focus(cast, texts)


def _is_subject(m, texts: dict[int, str], starts: dict[int, list[int]]) -> bool:
    p = m.pos // _PARA - 1
    text = texts.get(p)
    if text is None:
        return False
    if p not in starts:
        starts[p] = sentence_starts(text)
    s0 = starts[p][bisect_right(starts[p], m.start) - 1]
    prefix = text[s0 : m.start]
    cut = max(prefix.rfind(","), prefix.rfind(";"), prefix.rfind(":"))
    clause = prefix[cut + 1 :] if cut >= 0 else prefix
    words = clause.split()
    if len(words) > 5:
        return False
    if all(
        _is_cap(w) or w.lower() in DETERMINERS or _is_role(w) or w.lower() in ("but", "and") for w in words
    ):
        if cut >= 0 and not _OPENER.match(prefix):
            if len(prefix[:cut].split()) > 6:
                return False
        return True
    return False


def resolve(
    mention: str | None, pos: int, cast: Cast, focus: Focus, headline: bool = False
) -> Entity | str | None:
    """The person or organisation a speaker mention refers to (an Entity, a bare name, or None)."""
    if not mention:
        return None
    words = mention.split()
    if headline and words and _is_role(words[0]):
        words[0] = words[0].lower()
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        return _pronoun(low[0], pos, cast, focus)
    if " and " in mention and all(_is_cap(part.split()[-1]) for part in mention.split(" and ")):
        parts = [resolve(part, pos, cast, focus) for part in mention.split(" and ")]
        names = [p.name if isinstance(p, Entity) else p for p in parts]
        return " and ".join(n for n in names if n) or None
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "at") and i > 0), 0)
    if cut and _is_cap(words[cut - 1]):
        person = _named_person(_cap_runs(words[:cut], headline), words[:cut], cast)
        if person is not None:
            return person  # "Captain Lars Berg of the Norwegian coastguard": the person before the phrase
    head_part, _, owner = _split_pp(words)
    lowered_head = bool(head_part) and head_part[-1][:1].islower() and not head_part[-1].isdigit()
    names = _cap_runs(head_part, headline)
    if owner and (_spokes([w.lower() for w in head_part]) or not lowered_head):
        person = _named_person(names, head_part, cast)
        if person is not None:
            return person  # "Sen. John Thune of South Dakota": the person named, not the place he is from
        return _owner(owner, pos, cast, focus)
    if len(head_part) == 2 and low[0] in DETERMINERS and _demonym(head_part[1]):
        return _nationality(head_part[1], pos, cast, focus)  # "the Scot", "the Italian": not a name
    if names and not lowered_head:
        ent = cast.find(names[-1])
        if ent is not None and (ent.kind == "org" or ent.confident):
            return ent
        written = names[-1].split()
        # a name with no role word, or an organisation named with its role noun ("East Lindsey District Council")
        if not any(_is_role(w) for w in written) or (len(written) >= 3 and _org_noun(written[-1])):
            return ent.name if ent is not None else people_mod.strip_titles(names[-1])
    if names and lowered_head and _spokes([w.lower() for w in head_part]):
        name = _org_before(head_part) or names[-1]
        ent = cast.find(name)
        return ent if ent is not None else people_mod.strip_titles(name)
    if names and lowered_head and _org_noun(head_part[-1]):
        ent = cast.find(names[-1])  # "the FNSEA union": the organisation named in the phrase
        if ent is not None and ent.kind == "org":
            return ent
    return _role(words if owner else head_part, pos, cast, focus)


def _demonym(word: str) -> bool:
    """A nationality noun (``Scot``, ``Italian``, and adjectives in -an such as ``German``)."""
    cls = people_mod.lexicon()["words"].get(word, ("",))[0]
    return cls == "demonym" or (cls == "adj" and word.endswith("an"))


@cache
def _nationality_words() -> frozenset[str]:
    return frozenset(w.lower() for w, (c, _) in people_mod.lexicon()["words"].items() if c in ("adj", "demonym"))


def _nationality(word: str, pos: int, cast: Cast, focus: Focus) -> Entity | None:
    """``the Scot``: a person introduced with that nationality (``Scottish number one X``, ``Argentine X``), else
    the latest person named earlier in the same sentence and not inside a quote (``When Hewitt shook his hand,
    the Australian said``) whom the text gives no other nationality; never a guess by salience."""
    stem = word.lower()[:4]
    known = _nationality_words()

    def said(e: Entity) -> set[str]:
        return {w.lower() for w in e.name.split()[:-1]} | e.roles

    people = [e for e in cast.entities.values() if e.kind == "person" and e.first < pos]
    named = [e for e in people if any(w.startswith(stem) for w in said(e))]
    if named:
        return max(named, key=lambda e: e.salience())
    p, at = divmod(pos, _PARA)
    text = focus.text_at(pos)
    if text is None:
        return None
    starts = sentence_starts(text)
    lo = p * _PARA + starts[bisect_right(starts, at) - 1]
    for m in reversed(cast.mentions):
        if m.pos >= pos:
            continue
        if m.pos < lo:
            break
        e = m.entity
        if e.kind != "person" or any(w in known and not w.startswith(stem) for w in said(e)):
            continue
        if not any(ch in _QUOTE_MARKS for ch in text[m.end : at]):
            return e
    return None


_QUOTE_MARKS = frozenset("\"\u201c\u201d\u2018\u00ab\u00bb\u201e")


def _named_person(names: list[str], head_part: list[str], cast: Cast) -> Entity | str | None:
    """The person a mention names before its "of"/"for"/"at" phrase ("Mayor Jane Cole of Springfield"):
    the cast's person, else a first name and surname; None for a role or an organisation ("Chief
    Executive of Tesco", "A spokesman for Thames Water"), whose owner is meant."""
    if not names or _spokes([w.lower() for w in head_part]):
        return None
    ent = cast.find(names[-1])
    if ent is not None:
        return ent if ent.kind == "person" else None
    run = head_part if head_part and head_part[-1] == names[-1].split()[-1] else names[-1].split()
    name = people_mod._name_part(run)
    first_names = people_mod.lexicon()["names"]
    if len(name) == 3 and name[0] not in first_names and name[1] in first_names:
        name = name[1:]  # "Sheriff Mike Brown": a title the lexicon does not know
    if len(name) < 2:
        return None
    before = run[-len(name) - 1] if len(run) > len(name) else ""
    titled = bool(before) and (
        people_mod.lexicon()["words"].get(before, ("",))[0] == "title" or people_mod._person_role(before)
    )
    return " ".join(name) if name[0] in first_names or titled else None


def _owner(owner: list[str], pos: int, cast: Cast, focus: Focus) -> Entity | str | None:
    """The organisation a spokesperson speaks for: a name, or ``the company``; the person when the phrase
    after "of" ends in one ("Bank of England Governor Andrew Bailey")."""
    if owner and owner[0].lower() in DETERMINERS and not any(_is_cap(w) for w in owner[1:]):
        return _role(owner, pos, cast, focus)
    person = _named_person(_cap_runs(owner, False), owner, cast)
    if person is not None:
        return person
    k = 1 if owner and owner[0].lower() in DETERMINERS else 0
    while k < len(owner) - 1 and owner[k].islower() and owner[k] not in ("of", "for", "&", "the"):
        k += 1  # "campaign group Stop Elmstead Expansion": the description before the name is not the name
    if k and _is_cap(owner[k]):
        owner = owner[k:]
    ent = cast.find(" ".join(owner))
    return ent if ent is not None else people_mod.strip_titles(" ".join(owner))


def _split_pp(words: list[str]) -> tuple[list[str], str, list[str]]:
    """``a spokesman for Thames Water`` -> (``a spokesman``, ``for``, ``Thames Water``)."""
    for i, w in enumerate(words):
        if (w in ("for", "of", "at") or w == "from" and _spokes([x.lower() for x in words[:i]])) and i + 1 < len(words):
            obj = words[i + 1 :]
            if obj and (
                all(_is_cap(x) or x in ("of", "for", "&", "the") for x in obj)
                or _spokes([x.lower() for x in words[:i]])
            ):
                return words[:i], w, obj
    return words, "", []


def _cap_runs(words: list[str], headline: bool) -> list[str]:
    runs: list[list[str]] = []
    cur: list[str] = []
    for i, w in enumerate(words):
        cap = _is_cap(w) and not (i == 0 and (w.lower() in DETERMINERS or (headline and _is_role(w))))
        if cap and w.lower() not in PRONOUNS:
            cur.append(w)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for r in runs:
        name = people_mod._name_part(r)
        out.append(" ".join(name) if name else " ".join(r))
        if name and len(name) < len(r):
            out.insert(-1, " ".join(r))
    return out


def _org_before(words: list[str]) -> str | None:
    """The whole name before a spokes noun, joined over of/and/for/&: ``A Department of Health and Social Care
    spokesperson`` -> ``Department of Health and Social Care`` (None unless it needs the joining words)."""
    k = len(words)
    while k and not _is_cap(words[k - 1]):
        k -= 1
    i = 1 if words and words[0].lower() in DETERMINERS else 0
    name = words[i:k]
    if len(name) < 3 or not any(w in ("of", "and", "for", "&") for w in name):
        return None
    if not all(_is_cap(w) or w in ("of", "and", "for", "&", "the") for w in name) or not _is_cap(name[0]):
        return None
    return " ".join(name)


def _role_kind(word: str) -> str:
    """What a role noun names (``person``, ``org``, ``spokes``), or "" for a word that is not one."""
    return people_mod.lexicon()["roles"].get(people_mod.role_of(word), ("", ""))[1]


def _org_noun(word: str) -> bool:
    """A role noun for a body that speaks for itself (``union``, ``firm``, ``council``)."""
    return _role_kind(word) == "org"


def _spokes(low: list[str]) -> bool:
    return any(_role_kind(w) == "spokes" for w in low)


_GENDERED = {
    "m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
}


def _pronoun(word: str, pos: int, cast: Cast, focus: Focus) -> Entity | None:
    gender = PRONOUNS[word]
    if word in ("i", "we"):
        return None
    if gender == "org" or word == "they":
        at, ent = focus.latest_at(pos, lambda e: e.kind == "org")
        if word == "they":
            couple = _couple(pos, cast, focus)
            if couple is not None and couple[0] > at:
                return couple[1]
        return ent

    def ok(e: Entity) -> bool:
        return e.kind == "person" and e.gender in (gender, None)

    at, ent = focus.latest_at(pos, ok)
    if ent is not None:
        if ent.gender is None and at // _PARA != pos // _PARA:
            # a subject of no known gender from an earlier paragraph; a person of the pronoun's gender named
            # in the pronoun's own paragraph is likelier ("… echoed by Christine Rush, director of the
            # Bangkok Film Market. '…,' she said", under a headline about the market)
            # Not when the paragraph already used the pronoun before that name: "So he is full of admiration
            # for ... Batistuta. '…,' he said" goes on about the earlier subject.
            here = (m for m in reversed(cast.mentions) if pos // _PARA * _PARA <= m.pos < pos)
            named = next((m for m in here if m.entity.kind == "person" and m.entity.gender == gender), None)
            text = focus.text_at(pos)
            if named is not None and text is not None and not _GENDERED[gender].search(text, 0, named.start):
                return named.entity
        return ent
    return next((m.entity for m in reversed(cast.mentions) if m.pos < pos and ok(m.entity)), None)


_COUPLE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z\-]+)?) and ([A-Z][a-z]+ [A-Z][a-z\-]+)\b")


def _couple(pos: int, cast: Cast, focus: Focus) -> tuple[int, str] | None:
    """The latest two people named together as a sentence subject (``Ken and Pauline Mabey have …``) in this
    or the two paragraphs before: who ``they`` are when no organisation was the subject since."""
    p = pos // _PARA
    for q in range(p, max(0, p - 3), -1):
        text = focus.text_at(q * _PARA)
        if not text:
            continue
        limit = pos - q * _PARA if q == p else len(text)
        starts = set(sentence_starts(text))
        found = [m for m in _COUPLE.finditer(text, 0, limit) if m.start() in starts]
        for m in reversed(found):
            second = cast.find(m[2])
            first = cast.find(m[1])
            if second is None or second.kind != "person" or (first is not None and first.kind != "person"):
                continue
            return q * _PARA + m.start(), f"{first.name if first else m[1]} and {second.name}"
    return None


def _person_named(word: str, cast: Cast) -> bool:
    """A capitalised word that names a person of the cast ("McFadden makes claims": not a group noun)."""
    if not _is_cap(word):
        return False
    ent = cast.find(people_mod._bare(word))
    return ent is not None and ent.kind == "person" and ent.confident


def _role(words: list[str], pos: int, cast: Cast, focus: Focus) -> Entity | None:
    low = [w.lower() for w in words]
    if not low:
        return None
    det = low[0] if low[0] in DETERMINERS else ""
    cut = next((i for i, w in enumerate(low) if w in ("of", "for", "at") and i > 0), len(low))
    owner_mods = [w for w in low[cut + 1 :] if w not in DETERMINERS]
    low = low[:cut]
    content = [w for w in low if w not in DETERMINERS]
    if not content:
        return None
    lex = people_mod.lexicon()["roles"]
    head = people_mod.role_of(content[-1])
    two = " ".join(content[-2:])
    if two in lex:
        head = two
    if (
        head not in lex
        and head.endswith("s")
        and not head.endswith("ss")
        and len(content) <= 3
        and not any(_person_named(w, cast) for w in words)
    ):
        return None  # a group of people ("Festival organisers", "the school's governors") is nobody in particular
    gender, kind = lex.get(head, (None, "person"))
    if kind == "spokes":
        if det in _INDEFINITE or det == "the":
            return focus.latest(
                pos, lambda e: e.kind == "org" and e.first < pos and pos - e.first < 2 * _PARA
            )
        return None
    if det in _INDEFINITE or det in _POSSESSIVE_DET:
        return None
    if kind == "org":
        orgs = [e for e in cast.orgs() if e.first < pos]
        named = [e for e in orgs if head in e.roles or head in e.name.lower().split()]
        if named:
            return max(named, key=lambda e: e.salience())
        latest = focus.latest(pos, lambda e: e.kind == "org")
        if latest is not None:
            return latest
        return max(orgs, key=lambda e: e.salience()) if orgs else None
    everyone = cast.people()
    people = [e for e in everyone if e.first < pos or e.headline] if pos >= _PARA else everyone
    mods = [w for w in content[:-1] + owner_mods if not _AGED.fullmatch(w)]
    age = next((m.group(1) for w in content for m in [_AGED.fullmatch(w)] if m), None)
    if age:
        aged = [e for e in people if age in e.ages]
        if aged:
            return aged[-1]
    words_of = [head] + head.split()
    with_role = [e for e in people if any(w in e.roles for w in words_of)]
    with_role = with_role or [e for e in everyone if any(w in e.roles for w in words_of)]
    if with_role:
        if mods:
            stems = {m[:5] for m in mods}
            matching = [e for e in with_role if stems & {r[:5] for r in e.roles}]
            if matching:
                return max(matching, key=lambda e: e.salience())
            with_role = [e for e in with_role if not (e.roles - {head} - set(head.split()))] or with_role
        else:  # a bare "the chancellor" is not the shadow or former one
            with_role = [e for e in with_role if not (e.roles & people_mod.QUALIFIERS)]
            if not with_role:
                return None
        return max(with_role, key=lambda e: e.salience())
    ok = [e for e in people if gender is None or e.gender in (gender, None)]
    if not ok:
        return None
    current = focus.latest(pos, lambda e: e.kind == "person")
    return max(ok, key=lambda e: e.salience() + 2 * (e is current))
