"""People and organisations named in an article, and what the text says about them.

The quote extractor needs more than a list of names to resolve ``the leader``, ``He`` or
``the firm``: gender hints (first names, honorifics, role nouns), roles introduced with a
name ("Health Secretary Wes Streeting", "Priya Nandakumar, the chief executive,"), ages
("Gemma Arkwright, 34,"), salience (mentions, headline) and where each mention sits.
All of it comes from a single pass over word tokens with lexicons kept in data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from newsetl.resources import read_tsv

_POSSESSIVE = re.compile(r"[\u2019']s?$")
_AGE = re.compile(r"^(\d{1,3})$")
_AGE_ADJ = re.compile(r"(\d{1,3})-year-old", re.I)
_CONNECTORS = {"of", "for", "&", "de", "van", "von", "der", "da", "du", "al", "bin", "le", "la"}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another"}
_APPOSITIVE_AFTER = re.compile(
    r",\s+([^,.;:()\u201c\u201d\u2018\u2019\"]{1,80}?)(?=[,.;:]|\s+(?:who|said|says|told)\b)"
)
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[.;:]\s+)((?:the|a|an|his|her|their|its)\s[^,.;:]{1,60}),\s+$", re.I)
_CUES = {"said", "says", "told", "added", "according", "wrote", "asked", "by", "with", "from", "to", "and"}
_PARA = 1_000_000  # position = (paragraph + 1) * _PARA + offset; the headline is paragraph -1


class Entity:
    """A person or organisation; ``roles`` are lower-case words the text attached to it.

    What the text says next to each full-name mention (roles, titles, ages) is read only
    when ``gender``, ``roles``, ``ages`` or ``confident`` is first needed: most entities are
    never asked about. The result is the same as reading every description in mention order
    during :func:`build`.
    """

    __slots__ = ("name", "kind", "_gender", "_roles", "_ages", "mentions", "first", "headline", "_confident",
                 "_pending")

    def __init__(
        self,
        name: str,
        kind: str,  # person | org
        gender: str | None = None,
        roles: set[str] | None = None,
        ages: set[str] | None = None,
        mentions: int = 0,
        first: int = 0,
        headline: bool = False,
        confident: bool = False,
    ):
        self.name, self.kind = name, kind
        self._gender = gender
        self._roles = roles if roles is not None else set()
        self._ages = ages if ages is not None else set()
        self.mentions, self.first, self.headline, self._confident = mentions, first, headline, confident
        self._pending: list[tuple[str, int, int, tuple[str, ...]]] | None = None

    def __repr__(self) -> str:
        return (
            f"Entity(name={self.name!r}, kind={self.kind!r}, gender={self.gender!r}, roles={self.roles!r}, "
            f"ages={self.ages!r}, mentions={self.mentions!r}, first={self.first!r}, "
            f"headline={self.headline!r}, confident={self.confident!r})"
        )

    def _settle(self) -> None:
        pending, self._pending = self._pending, None
        for text, start, end, prefix in pending or ():
            _describe(self, text, start, end, prefix)

    # descriptions only ever set a missing gender and only ever make an entity confident,
    # so a set gender or a confident entity needs no pending descriptions read
    @property
    def gender(self) -> str | None:
        if self._gender is None and self._pending:
            self._settle()
        return self._gender

    @gender.setter
    def gender(self, value: str | None) -> None:
        if self._pending:
            self._settle()
        self._gender = value

    @property
    def confident(self) -> bool:
        if not self._confident and self._pending:
            self._settle()
        return self._confident

    @confident.setter
    def confident(self, value: bool) -> None:
        if self._pending:
            self._settle()
        self._confident = value

    @property
    def roles(self) -> set[str]:
        if self._pending:
            self._settle()
        return self._roles

    @property
    def ages(self) -> set[str]:
        if self._pending:
            self._settle()
        return self._ages

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def salience(self) -> float:
        return self.mentions + 3 * self.headline + 1.0 / (1 + self.first / _PARA) - (not self.confident)


@dataclass(slots=True)  # slots: cheaper to build, and there is one per name mention
class Mention:
    pos: int
    start: int
    end: int
    entity: Entity


@dataclass
class Cast:
    """Everyone named in one article, plus each name mention in text order."""

    entities: dict[str, Entity]
    mentions: list[Mention]

    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person" and (e.mentions >= 2 or e.confident)]

    def orgs(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "org"]

    def find(self, words: str) -> Entity | None:
        """The entity a written name refers to: full name, surname, first name or organisation."""
        name = strip_titles(words)
        if not name:
            return None
        if name in self.entities:
            return self.entities[name]
        low = name.lower()
        tail = " " + low
        for e in self.entities.values():
            lower = e.name.lower()
            if lower == low or (e.kind == "org" and lower.endswith(tail)):
                return e
        last = name.split()[-1]
        hits = [e for e in self.entities.values() if e.kind == "person" and e.surname == last]
        if len(hits) == 1 and (" " not in name or hits[0].name.endswith(name)):
            return hits[0]
        if " " not in name:
            firsts = [e for e in self.entities.values() if e.kind == "person" and e.name.split()[0] == name]
            if len(firsts) == 1:
                return firsts[0]
        return None


@cache
def lexicon() -> dict[str, dict]:
    """Name-word classes, first-name genders and role nouns, read once."""
    words = {r["word"]: (r["class"], r["gender"] or None) for r in read_tsv("name_words.tsv")}
    names = {r["name"]: r["gender"] or None for r in read_tsv("first_names.tsv")}
    roles = {r["noun"]: (r["gender"] or None, r["kind"] or "person") for r in read_tsv("role_nouns.tsv")}
    return {"words": words, "names": names, "roles": roles}


def strip_titles(words: str) -> str:
    """``Sir Keir Starmer`` -> ``Keir Starmer``; ``the BBC`` -> ``BBC``; possessives dropped."""
    toks = words.split()
    lex = lexicon()["words"]
    while toks and (lex.get(toks[0], ("",))[0] == "title" or toks[0].lower() == "the"):
        toks = toks[1:]
    if toks:
        toks[-1] = _POSSESSIVE.sub("", toks[-1]) or toks[-1]
    return " ".join(toks)


def _clean(tok: str) -> str:
    """A token without a sentence-final full stop, unless it is an abbreviation or an initial."""
    if (
        tok.endswith(".")
        and len(tok) > 2
        and lexicon()["words"].get(tok, ("",))[0] not in ("title", "org", "abbr")
    ):
        if "." not in tok[:-1]:
            return tok[:-1]
    return tok


def _is_cap(tok: str) -> bool:
    if tok == "I" or tok.startswith(("I\u2019", "I'")):
        return False
    return tok[:1].isupper() and (len(tok) > 1 or tok.isalpha())


@lru_cache(maxsize=65536)
def role_of(word: str) -> str:
    """``mum-of-two`` -> ``mum``; ``Secretary's`` -> ``secretary``."""
    return re.sub(r"-of-\w+$", "", _POSSESSIVE.sub("", word).lower())


@lru_cache(maxsize=65536)
def _role_word(tok: str) -> bool:
    return role_of(tok) in lexicon()["roles"]


_CAP_TOKEN = r"[A-Z\u00c0-\u00de][\w\u2019'\-&]*(?:\.\w+)*\.?"
# the capital comes first and the "not after a word" check follows it, so the regex engine can
# jump straight to capitals instead of trying a look-behind at every position
_RUN = re.compile(
    rf"[A-Z\u00c0-\u00de](?<![\w\u2019'].)[\w\u2019'\-&]*(?:\.\w+)*\.?"
    rf"(?:(?<![\u2019']s)(?<![\u2019'])\s+(?:(?:of|for|&|de|van|von|der|da|du|al|bin|le|la)\s+)?(?:{_CAP_TOKEN}))*"
)


def _split_tokens(text: str) -> list[tuple[str, int, int]]:
    """``(m.group(), m.start(), m.end())`` for each ``\\S+`` match, from ``str.split`` (several times faster).

    ``str.split`` and the regex ``\\s`` agree on what is whitespace; ``find`` from the end of the
    previous token gives each offset, as only whitespace lies between tokens.
    """
    out = []
    at = 0
    for c in text.split():
        s = text.find(c, at)
        at = s + len(c)
        out.append((c, s, at))
    return out


# what build does with a capitalised run
_SKIP, _ORG, _PERSON, _SINGLE, _NOTHING = range(5)  # build relies on this order
_RUN_CACHE: dict[str, tuple] = {}
_RUN_CACHE_MAX = 200_000


def _run_info(run: str) -> tuple:
    """Everything ``build`` needs from one capitalised run, computed once per distinct run text.

    ``(action, name, start, end, describe_start, prefix, title_gender, headline_ok, words)``;
    offsets are relative to the run; ``words`` are (start, end, bare word) for headline singles.
    """
    info = _RUN_CACHE.get(run)
    if info is None:
        if len(_RUN_CACHE) >= _RUN_CACHE_MAX:
            _RUN_CACHE.clear()
        info = _RUN_CACHE[run] = _analyse_run(run)
    return info


def _bare(tok: str) -> str:
    """``tok`` without a possessive ending (``_POSSESSIVE``), skipping the regex when there is none."""
    return _POSSESSIVE.sub("", tok) if tok.endswith(_POSSESSIVE_ENDS) else tok


_POSSESSIVE_ENDS = ("'", "\u2019", "'s", "\u2019s")


def _analyse_run(run: str) -> tuple:
    lex = lexicon()
    words_lex = lex["words"]
    toks: list[tuple[str, int, int]] = []
    for c, s, _ in _split_tokens(run):
        if c[-1] == ".":
            c = _clean(c)
            if c[-1] != "." and s + len(c) + 1 < len(run):
                toks.clear()  # a sentence ended inside the run ("the Sydney Olympics. But Rogge"): start after it
                continue
        toks.append((c, s, s + len(c)))
    k = 0
    while k < len(toks) and not _is_cap(toks[k][0]):
        k += 1
    if k:
        toks = toks[k:]
    if not toks:
        return (_SKIP, "", 0, 0, 0, (), None, False, ())
    words = [t for t, _, _ in toks]
    bare_words = [_bare(t) for t in words]
    bare = tuple([(toks[j][1], toks[j][2], b) for j, b in enumerate(bare_words)])
    kind, name, prefix = _classify_run(words, bare_words, words_lex, lex)
    title = words_lex.get(prefix[-1], ("", None)) if prefix else ("", None)
    headline_ok = kind == "person" and len(name) >= 2 and name[0] in lex["names"]
    start, end, action, full = 0, toks[-1][2], _NOTHING, ""
    if kind == "org":
        action, start = _ORG, toks[len(toks) - len(name)][1]
    elif kind == "person" and len(name) >= 2:
        action, start = _PERSON, toks[len(toks) - len(name)][1]
    elif kind == "person" and len(name) == 1:
        action, start = _SINGLE, toks[-1][1]
    if action in (_ORG, _PERSON):
        full = strip_titles(" ".join(name))
    elif action == _SINGLE:
        full = bare[-1][2]
    gender = title[1] if title[0] == "title" else None
    return (action, full, start, end, toks[0][1], tuple(prefix), gender, headline_ok, bare)


def _classify_run(
    words: list[str], bare_all: list[str], lex: dict[str, tuple], lexes: dict[str, dict]
) -> tuple[str, list[str], list[str]]:
    """``bare_all`` is ``words`` without possessive endings; ``lex``/``lexes`` are ``lexicon()``'s."""
    i = 0
    while i < len(words) and lex.get(words[i], ("",))[0] == "stop":
        i += 1
    if i == len(words):
        return "none", [], []
    if i:
        words, bare = words[i:], bare_all[i:]
    else:
        bare = bare_all
    name = _name_part(words, lex)
    # explicit loops, not any() over generators: this runs once per distinct run, mostly on cold caches
    if len(name) >= 2 and name[0] in lexes["names"]:
        for w in name:
            if lex.get(w, _NO_CLASS)[0] == "org":
                break
        else:
            return "person", name, words[: len(words) - len(name)]
    n = len(words) - len(name)
    if len(name) >= 2 and n and (lex.get(words[n - 1], _NO_CLASS)[0] == "title" or _person_role(words[n - 1])):
        # a title or a person's role before a name of plain words keeps an organisation or a role acronym
        # before it out of the name: "Wakefield MP Simon Lister", "Labour MP Ann Ford", "DCI Jo Hale"
        for w, b in zip(name, bare[n:]):
            if w.isupper() or w in _CONNECTORS or lex.get(b, _NO_CLASS)[0] in ("org", "place"):
                break
        else:
            return "person", name, words[:n]
    for w in bare:
        if lex.get(w, _NO_CLASS)[0] == "org" or (w.isupper() and len(w) > 1 and w.isalpha()):
            if lex.get(bare[0], _NO_CLASS)[0] == "stop" or bare[0].lower() in lexes["roles"] and len(bare) == 1:
                return "none", [], []
            return "org", words, []
    for w in bare:
        if lex.get(w, _NO_CLASS)[0] == "place":
            return "place", words, []
    for c in words:
        if c in _CONNECTORS:
            return "place", words, []
    return "person", name, words[: len(words) - len(name)]


_NO_CLASS = ("",)
# role nouns that also start ordinary capitalised names ("Open Source Development Labs", "Star Wars")
_NAME_ROLES = frozenset({"source", "star", "host", "head", "wing", "network"})


@lru_cache(maxsize=4096)
def _person_role(tok: str) -> bool:
    """A role noun naming a person (not a body such as ``Bank``), before a name: ``MP``, ``President``."""
    role = role_of(tok)
    entry = lexicon()["roles"].get(role)
    return entry is not None and entry[1] == "person" and role not in _NAME_ROLES
_NAME_STOP = frozenset({"title", "stop", "adj"})


def _name_part(words: list[str], lex: dict[str, tuple] | None = None) -> list[str]:
    """The last one to three words of a run that can be a personal name."""
    if lex is None:
        lex = lexicon()["words"]
    n = len(words)
    i = n
    while i > 0 and n - i < 3:
        w = words[i - 1]
        cls = lex.get(w, _NO_CLASS)[0]
        if cls in _NAME_STOP or _role_word(w):
            break
        if cls == "demonym" and i < n and w not in lexicon()["names"]:
            break  # "Argentine David Nalbandian": a nationality before the name (not the first name Finn)
        i -= 1
    return words[i:]


def build(headline: str | None, paragraphs: list[str]) -> Cast:
    """Collect the article's people and organisations, with roles, ages, genders and mentions."""
    entities: dict[str, Entity] = {}
    singles: list[tuple[int, int, int, str, str | None]] = []  # pos, start, end, word, title gender
    mentions: list[Mention] = []
    cache = _RUN_CACHE
    if headline:
        base = 0
        for m in _RUN.finditer(headline):
            run = m.group()
            info = cache.get(run) or _run_info(run)
            action = info[0]
            if action == _SKIP:
                continue
            at = m.start()
            if not info[7]:
                # headline case is unreliable: only names with a known first name are taken from it
                singles += [(base + at + s, at + s, at + e, w, None) for s, e, w in info[8]]
            else:  # a headline-ok run is always a full personal name
                _person(entities, mentions, info, headline, base, at)
    add_single = singles.append
    for p, text in enumerate(paragraphs):
        if not text:
            continue
        text = _unnick(text)
        base = (p + 1) * _PARA
        for m in _RUN.finditer(text):
            run = m[0]
            info = cache.get(run) or _run_info(run)
            action = info[0]
            if action >= _SINGLE:  # _SINGLE or _NOTHING (they sort last)
                if action == _SINGLE:
                    m0 = m.start()
                    at = m0 + info[2]
                    add_single((base + at, at, m0 + info[3], info[1], info[6]))
            elif action == _PERSON:
                at = m.start()
                start = at + info[2]
                if _may_follow_work(text, start) and _WORK_BEFORE.search(text, max(0, start - 30), start):
                    continue
                ent = _add(entities, mentions, info[1], "person", base, start, at + info[3])
                if ent._pending is None:
                    ent._pending = []
                ent._pending.append((text, at + info[4], at + info[3], info[5]))
            elif action == _ORG:
                if run == info[1] and _attributive(run, text, m.end()):
                    continue
                at = m.start()
                _add(entities, mentions, info[1], "org", base, at + info[2], at + info[3])
    _resolve_singles(entities, mentions, singles)
    mentions.sort(key=_pos)
    return Cast(entities, mentions)


_NICK = re.compile(
    r"\b([A-Z][a-z]+) ([\u201c\u2018\"'][A-Z][^\u201d\u2019\"'\n]{0,24}[\u201d\u2019\"'] )(?=[A-Z][a-z])"
)


def _unnick(text: str) -> str:
    """A nickname between a first name and a surname blanked out (same length), so that ``Danny “Rocket”
    Rhodes`` is one run and one person, Danny Rhodes, instead of a lone first name and a lone surname."""
    if "\u201c" not in text and "\u2018" not in text and '"' not in text and "'" not in text:
        return text
    lex = lexicon()
    names, words = lex["names"], lex["words"]
    return _NICK.sub(
        lambda m: m[1] + " " + " " * len(m[2]) if m[1] in names or m[1] not in words else m[0], text
    )


# A capitalised run right after a word naming a work is that work's title, not a person ("the film Finding
# Neverland", "hit series Crime Scene Investigation"); "star", "director" and other role words do not count.
_WORK_WORDS = (
    "film", "movie", "show", "series", "album", "single", "book", "novel", "play", "musical", "programme", "program",
    "sitcom", "drama", "song", "opera", "comedy", "thriller", "documentary", "soap", "biopic", "blockbuster",
    "franchise", "episode", "track", "ballet", "painting", "poem", "cartoon", "spin-off", "sequel", "remake",
    r"(?:video|computer|online|PC|console|mobile|board)\s+game",
)
_WORK_BEFORE = re.compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bmust )(?<!\bshould )(?<!\bmay )"
    r"(?<!\bmight )(?<!\band )(?<!\bthey )(?<!\bwe )(?<!\bnext )(?<!\bthen )(?<!\bnot )"
    rf"\b(?:{'|'.join(_WORK_WORDS)})\s+[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
# Non-ASCII letters that IGNORECASE matches to an ASCII one (long s, Kelvin sign, dotted and dotless i).
_CASE_FOLDS = {"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}
# Letters a _WORK_BEFORE word can end with, as the text may write them (every word ends in a literal letter).
_WORK_LAST = frozenset(
    c for w in _WORK_WORDS for c in (w[-1].lower(), w[-1].upper(), *_CASE_FOLDS.get(w[-1].lower(), ""))
)
_QUOTES = frozenset("\"'\u201c\u2018")


def _may_follow_work(text: str, start: int) -> bool:
    """Cheap necessary test for a _WORK_BEFORE match ending at start: skips its scan of 30 positions.

    That regex needs an optional quote, then whitespace (re's \\s is str.isspace), then a word ending in
    one of _WORK_LAST, right before start. A line break right before start is left to the regex: its ``$``
    also matches before a final newline, so a quote may stand before that newline.
    """
    if start and text[start - 1] == "\n":
        return True
    j = start - 1 if start and text[start - 1] in _QUOTES else start
    k = j
    while k and text[k - 1].isspace():
        k -= 1
    return k != j and k > 0 and text[k - 1] in _WORK_LAST


# Words after a lone organisation word that keep it a name ("Police said", "Police in Kent"): verbs
# that follow a subject, and closed-class words. Any other lower-case word makes it a modifier.
_KEEPS_NAME = frozenset(
    "has have had is was are were will would could can may might must should shall did does do said says "
    "say told tells added adds warned warns announced announces confirmed confirms also then now still "
    "and or but of in on at to for from with by as about after before over under against spokesman "
    "spokeswoman spokesperson chief chiefs".split()
)
_NEXT_WORD = re.compile(r" ([a-z][a-z\u2019'-]*)")


def _attributive(word: str, text: str, end: int) -> bool:
    """A lone generic organisation word used as a modifier ("Rail fares rise"), not a name."""
    if lexicon()["words"].get(word, ("", None))[1] != "generic":
        return False
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    nxt = m.group(1)
    return nxt not in _KEEPS_NAME and not nxt.endswith("ed")


def _pos(m: Mention) -> int:
    return m.pos


def _person(entities, mentions, info: tuple, text: str, base: int, at: int) -> None:
    """Add a full-name mention and queue what the text says next to it for :func:`_describe`."""
    ent = _add(entities, mentions, info[1], "person", base, at + info[2], at + info[3])
    if ent._pending is None:
        ent._pending = []
    ent._pending.append((text, at + info[4], at + info[3], info[5]))


def _add(entities, mentions, name: str, kind: str, base: int, start: int, end: int) -> Entity:
    ent = entities.get(name)
    if ent is None:
        ent = entities[name] = Entity(name, kind, first=base + start, headline=base < _PARA)
        if kind == "person":
            first = name.split(None, 1)[0]
            names = lexicon()["names"]
            if first in names:
                ent._gender, ent._confident = names[first], True
    ent.mentions += 1
    mentions.append(Mention(base + start, start, end, ent))
    return ent


# Words that make a role someone else's ("shadow chancellor", "former minister"): a bare "the chancellor" is not them.
QUALIFIERS = frozenset({"shadow", "former", "ex", "deputy", "vice", "assistant", "acting", "interim", "outgoing"})


def _describe(ent: Entity, text: str, start: int, end: int, prefix: tuple[str, ...]) -> None:
    """Roles, titles and ages written next to a full name (``ent``'s pending descriptions only)."""
    lex = lexicon()
    roles = [role_of(w) for w in prefix]
    if prefix:
        title = lex["words"].get(prefix[-1], ("", None))
        if title[0] == "title":
            ent._confident = True
            ent._gender = ent._gender or title[1]
    words = text[max(0, start - 50) : start].split()[-3:]
    if words and words[-1][:1].islower() and _role_word(words[-1]):
        for w in reversed(words):
            if w.lower() in QUALIFIERS:  # "Shadow chancellor", "Former minister" at a sentence start
                roles.append(w.lower())
                continue
            if not w[:1].islower() or w in _DETERMINERS or w in _CUES:
                break
            roles.append(role_of(w))
    if "-year-old" in text[max(0, start - 40) : start]:
        age = _AGE_ADJ.search(text, max(0, start - 40), start)
        if age:
            ent._ages.add(age.group(1))
    m = _APPOSITIVE_AFTER.match(text, end, end + 120) if text.startswith(",", end) else None
    if m:
        desc = m.group(1)
        if _AGE.match(desc.strip()):
            ent._ages.add(desc.strip())
            ent._confident = True
        elif desc.split()[0].lower() in _DETERMINERS or _role_word(desc.split()[0]):
            roles += [role_of(w) for w in re.findall(r"\b[a-z][\w\-]*", desc)]
    before = text[max(0, start - 120) : start]
    m = _APPOSITIVE_BEFORE.search(before) if before.rstrip().endswith(",") else None
    if m:
        roles += [role_of(w) for w in re.findall(r"\b[a-z][\w\-\u2019']*", m.group(1).lower())]
    found = [r for r in roles if r in lex["roles"]]
    for r in found:
        ent._confident = True
        ent._gender = ent._gender or lex["roles"][r][0]
    ent._roles.update(roles)


def _resolve_singles(entities, mentions, singles) -> None:
    """Surname, first-name and honorific mentions ("Putin", "Mr Merz") count for the full name."""
    by_surname: dict[str, list[Entity]] = {}
    by_first: dict[str, list[Entity]] = {}
    orgs: dict[str, Entity] = {}
    for e in entities.values():
        if e.kind == "person":
            words = e.name.split()
            by_surname.setdefault(words[-1], []).append(e)
            by_first.setdefault(words[0], []).append(e)
        else:
            orgs[e.name] = e
    for pos, start, end, word, gender in singles:
        hits = by_surname.get(word) or by_first.get(word) or ([orgs[word]] if word in orgs else [])
        if len(hits) != 1:
            continue
        ent = hits[0]
        if pos < ent.first and pos >= _PARA:
            continue
        if pos < _PARA:
            ent.headline = True
        ent.mentions += 1
        if gender and ent.kind == "person":
            ent.gender = ent.gender or gender
            ent.confident = True
        mentions.append(Mention(pos, start, end, ent))


def rows(cast: Cast) -> list[dict]:
    """The ``people`` column: persons named in the article with mention counts, first seen first."""
    return [{"name": e.name, "mentions": e.mentions} for e in sorted(cast.people(), key=lambda e: e.first)]


def people(texts: list[str]) -> list[tuple[str, int]]:
    """(name, mentions) for the persons named in ``texts`` (headline first if any), first seen first."""
    cast = build(texts[0] if texts else None, texts[1:]) if texts else Cast({}, [])
    return [(e.name, e.mentions) for e in sorted(cast.people(), key=lambda e: e.first)]
