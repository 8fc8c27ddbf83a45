"""Links in article text: URLs, e-mail addresses, social accounts, phone numbers, related headlines.

Links are recorded, never fetched. Rules (top-level domains for bare hosts, platforms and their
profile URLs, phone cues, related-line prefixes) live in ``data/links.json``.

URLs are normalised with courlan (``normalize_url``: lower-case scheme and host, no default
port, tracking parameters such as ``utm_*`` removed, query sorted, path percent-encoded): it is
already a dependency, maintained, and made for crawled news URLs. ``urllib.parse`` does the rest:
adding ``https://`` to a host written without a scheme, validating the host, dropping the
``#fragment`` (same resource). A host without scheme or ``www.`` is only taken when its
top-level domain is in the data list and written in lower case, so ``Mr.Smith``, ``U.S.``,
``3.5bn``, ``report.txt`` or a missing space (``deal.It``) are not links.

Phone numbers are taken only after a cue ("call", "tel", "WhatsApp", "on 0800 …") in the same
sentence, so years, scores, prices and counts are never phones. Targets: e-mail lower-cased,
phone as digits with a leading ``+`` when written internationally, social as
``platform:account`` (``handle:account`` when no platform is named nearby).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import unquote, urlsplit, urlunsplit

from newsetl.resources import load_json


@dataclass(frozen=True)
class Link:
    kind: str  # url, email, social, phone, related
    target: str  # normalised: what two mentions of the same thing share
    text: str | None  # as written
    origin: str  # body, headline or boilerplate

    def as_row(self) -> dict:
        # Explicit, not dataclasses.asdict: that deep-copies every field.
        return {"kind": self.kind, "target": self.target, "text": self.text, "origin": self.origin}


_STOP = "\\s<>\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a"  # a URL never contains these
_TRAIL = ".,;:!?'\"\u2018\u2019\u201c\u201d\u00bb)]}>\u2026*"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]*"  # unambiguous, so a failed match does not backtrack


@dataclass(frozen=True)
class _Platform:
    name: str
    url: re.Pattern[str]  # host and path; group 1 is the account


@dataclass(frozen=True)
class _Rules:
    scan: re.Pattern[str]
    follow: re.Pattern[str]
    platform_word: re.Pattern[str]
    platform_by_word: dict[str, str]
    platforms: tuple[_Platform, ...]
    related: re.Pattern[str]
    cue: re.Pattern[str]
    number: re.Pattern[str]
    strong: frozenset[str]
    window: int
    min_digits: int
    max_digits: int
    service: frozenset[str]
    # Cheap hints, so that the full patterns only run on text that can hold a link at all.
    host_hint: re.Pattern[str]
    platform_names: frozenset[str]  # as written after "on" in a follow line: Twitter, X, Facebook …
    on_platform: re.Pattern[str]  # " on " and one of platform_names: the C-level gate of _names_platform
    cue_hint: tuple[str, ...]
    service_hint: tuple[bytes, ...]
    not_hosts: frozenset[str]


def _minimal(hints: set[str]) -> tuple[str, ...]:
    """Substring hints without those that contain another ("telephone" is implied by "phone")."""
    return tuple(sorted(h for h in hints if not any(o != h and o in h for o in hints)))


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _rules() -> _Rules:
    spec = load_json("links.json")
    tlds = _alt(spec["bare_tlds"])
    scan = re.compile(
        rf"(?P<email>(?<![\w.%+-])[A-Za-z0-9][\w.%+-]{{0,63}}@(?:{_LABEL}\.)+[A-Za-z]{{2,24}})(?![\w-]|\.\w)"
        rf"|(?P<url>(?<![\w@/.-])(?:(?:https?|ftp)://|www\d{{0,3}}\.)[^{_STOP}]+"
        rf"|(?<![\w@/.:-])(?:{_LABEL}\.)+(?:{tlds})(?![\w-]|\.\w|@)(?:[/?#][^{_STOP}]*)?)"
        rf"|(?P<handle>(?<![\w@.+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{{0,28}}[A-Za-z0-9_])?)(?![\w@]|\.\w)"
    )
    words: dict[str, str] = {}
    platforms = []
    for p in spec["platforms"]:
        for w in p["words"] + p["cues"]:
            words[w.lower()] = p["name"]
        platforms.append(_Platform(p["name"], re.compile(rf"(?:{p['hosts']}){p['path']}", re.IGNORECASE)))
    # Platform names are capitalised proper nouns; "X" alone is a letter, so only "on X".
    names = [w for p in spec["platforms"] for w in p["words"] if w != "X"]
    cues = [w for p in spec["platforms"] for w in p["cues"]]
    platform_word = re.compile(rf"\b(?:{_alt(names)})\b|\b(?:{_alt(cues)})\b|(?<=\bon )X\b", re.IGNORECASE)
    platform_alt = _alt(names + ["X"])
    account = r"@?[A-Z0-9][\w.&'\u2019-]*(?: [A-Z0-9][\w.&'\u2019-]*){0,3}?"
    follow = re.compile(
        rf"\b(?:{_alt(spec['follow_verbs'])}) (?P<account>{account}) on "
        rf"(?P<platforms>(?:{platform_alt})(?:(?:, ?| and | or | ?& ?)(?:{platform_alt}))*)\b"
    )
    ph = spec["phone"]
    related = re.compile(rf"^(?:{_alt(spec['related_prefixes'])})\s*[:>|\-\u2013\u2014]\s*(\S.*)$")
    number = re.compile(
        r"(?<![\w\u00a3$\u20ac\u00a5.,/+-])"
        r"(?:\+\d{1,3}[ \u00a0.-]?(?:\(0\)[ \u00a0.-]?)?|\(\d{2,5}\)[ \u00a0.-]?)?"
        r"\d{1,12}(?:[ \u00a0.-]\d{1,12}){0,5}"
        r"(?![\w\u00a3$\u20ac%]|[.,/-]?\d)"
    )
    return _Rules(
        scan=scan,
        follow=follow,
        platform_word=platform_word,
        platform_by_word=words,
        platforms=tuple(platforms),
        related=related,
        cue=re.compile(rf"\b(?:{_alt(ph['cues'])})\b", re.IGNORECASE),
        number=number,
        strong=frozenset(c.lower() for c in ph["strong_cues"]),
        window=int(ph["cue_window_chars"]),
        min_digits=int(ph["min_digits"]),
        max_digits=int(ph["max_digits"]),
        service=frozenset(ph["service_numbers"]),
        host_hint=re.compile(r"\.[a-z]{2}"),  # a bare host's TLD is lower case; "://" and "@" checked apart
        platform_names=frozenset(w for p in spec["platforms"] for w in p["words"]),
        on_platform=re.compile(" on (?:" + _alt([w for p in spec["platforms"] for w in p["words"]]) + ")"),
        cue_hint=_minimal({c.lower() for c in ph["cues"] if len(c) > 2} | {"on 0", "on +", "on (", "t:"}),
        service_hint=tuple(sorted({n[:3].encode() for n in ph["service_numbers"]})),
        not_hosts=frozenset(h.lower() for h in spec["not_hosts"]),
    )


# --- URLs -----------------------------------------------------------------------------------

_HOST = re.compile(rf"(?:{_LABEL}\.)+(?:[A-Za-z]{{2,63}}|xn--[A-Za-z0-9-]{{2,59}})\.?|\d{{1,3}}(?:\.\d{{1,3}}){{3}}")


def _trim(raw: str) -> str:
    """Trailing punctuation off a URL; a closing bracket stays when the URL opened it."""
    while raw and raw[-1] in _TRAIL:
        last = raw[-1]
        pair = {")": "(", "]": "[", "}": "{"}.get(last)
        if pair and raw.count(pair) >= raw.count(last):
            break
        raw = raw[:-1]
    return raw


@lru_cache(maxsize=4096)
def normalise_url(raw: str) -> str | None:
    """Canonical form of a URL as written (scheme added when missing), or None when it is not one.

    Cached (bounded): the same site URLs recur across a feed's articles. The first call of a
    worker also pays courlan's import (about 0.1 s), once."""
    url = raw if "://" in raw else "https://" + raw
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:  # bad port, unbalanced IPv6 bracket
        return None
    if not _HOST.fullmatch(host):
        return None
    url = urlunsplit((parts.scheme.lower(), parts.netloc, parts.path, parts.query, ""))
    try:
        from courlan import normalize_url

        return normalize_url(url)
    except Exception:  # courlan rejects some odd ports and hosts: keep the urllib form
        return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def _social_from_url(url: str) -> str | None:
    """``platform:account`` for a profile URL (twitter.com/name, tiktok.com/@name …)."""
    parts = urlsplit(url)
    where = (parts.hostname or "") + unquote(parts.path)  # courlan writes "@" in paths as %40
    for p in _rules().platforms:
        m = p.url.fullmatch(where)
        if m:
            return f"{p.name}:{m.group(1)}"
    return None


# --- social accounts ----------------------------------------------------------------------------


def _platform_near(text: str, start: int, end: int, mentions: list[re.Match[str]], starts: list[int]) -> str | None:
    """The platform named closest to text[start:end] (at most 80 characters away, same sentence).

    ``mentions`` are in text order (``starts`` their offsets): only the last one before the
    handle and the first one after it can be the closest.
    """
    i = bisect.bisect_left(starts, start)
    best, best_dist = None, 81
    for m in mentions[max(0, i - 1) : i + 1]:
        if m.end() <= start:
            dist, between = start - m.end(), text[m.end() : start]
        elif m.start() >= end:
            dist, between = m.start() - end, text[end : m.start()]
        else:
            continue
        if dist < best_dist and not _BREAK.search(between):
            best, best_dist = _rules().platform_by_word.get(m.group(0).lower(), "twitter"), dist
    return best


_BREAK = re.compile(r"[.!?]\s")


_WORD_END = re.compile(r"[^\w]")


def _names_platform(text: str) -> bool:
    """Whether some " on " is followed by a platform name: the cheap gate for follow lines."""
    r = _rules()
    if r.on_platform.search(text) is None:  # most text: the loop below could find no name either
        return False
    names = r.platform_names
    i = text.find(" on ")
    while i != -1:
        word = _WORD_END.split(text[i + 4 : i + 16], 1)[0]
        if word in names:
            return True
        i = text.find(" on ", i + 4)
    return False


_HANDLE_NEXT = re.compile(r"\s*\(?@\w")


def _follow_links(text: str, origin: str) -> list[Link]:
    out = []
    for m in _rules().follow.finditer(text):
        account = m.group("account").lstrip("@")
        if not m.group("account").startswith("@") and _HANDLE_NEXT.match(text, m.end()):
            continue  # "Follow Metro on Twitter @MetroUK": the handle is the account, not the brand name
        for word in re.split(r", ?| and | or | ?& ?", m.group("platforms")):
            name = _rules().platform_by_word.get(word.lower())
            if name:
                out.append(Link("social", f"{name}:{account}", m.group(0), origin))
    return out


# --- phones ---------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<![Tt]el)(?<!TEL)(?<!No)[.!?]\s+")  # "Tel. 020 …" does not end a sentence


_DIGIT_MAP = bytes(48 if 48 <= i <= 57 else 46 for i in range(256))  # digits -> "0", other bytes -> "."


def _cue_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text where a phone number could follow a cue; none for most text.

    Runs on every paragraph, so it is built from C-level string scans: one translate and
    count on bytes (three digits in a row; enough digits for a phone or a service number),
    then ``str.find`` for the cue words. Only these windows are searched for numbers.
    """
    r = _rules()
    data = text.encode("utf-8", "surrogatepass")
    shape = data.translate(_DIGIT_MAP)
    if b"000" not in shape:  # every phone and service number has three digits in a row
        return []
    if shape.count(48) < r.min_digits and not any(s in data for s in r.service_hint):
        return []
    low = text.lower()
    spans: list[tuple[int, int]] = []
    for cue in r.cue_hint:
        i = low.find(cue)
        while i != -1:
            spans.append((i, i + len(cue) + r.window))
            i = low.find(cue, i + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


_NUMBER_START = re.compile(r"[\d+(]")  # every match of _Rules.number starts with one of these


def _phone_links(text: str, origin: str) -> list[Link]:
    r = _rules()
    out = []
    for lo, hi in _cue_windows(text):
        if _NUMBER_START.search(text, lo, hi + 1) is None:
            continue  # no number starts in the window: the scan below would run on to the next one and stop
        for m in r.number.finditer(text, lo):
            if m.start() > hi:
                break
            link = _phone(text, m, origin)
            if link:
                out.append(link)
    return out


def _phone(text: str, m: re.Match[str], origin: str) -> Link | None:
    """The number ``m`` as a phone link if a cue word precedes it in its sentence."""
    r = _rules()
    raw = m.group(0)
    digits = re.sub(r"\D", "", raw.replace("(0)", ""))
    international = raw.startswith("+")
    service = digits in r.service and not international
    if not service and not (r.min_digits <= len(digits) <= r.max_digits):
        return None
    before = text[max(0, m.start() - r.window) : m.start()]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    found = {c.group(0).lower() for c in r.cue.finditer(before)}
    dialled = raw.startswith(("0", "+", "("))  # written the way phone numbers are: 0…, +44 …, (202) …
    if service:
        ok = bool(found & r.strong)
    elif not dialled and raw.isdigit():  # an unformatted run of digits is a count or an id
        ok = False
    else:  # weak cues ("on", "number", "mobile") only before a number written as a phone
        ok = bool(found & r.strong) or (bool(found) and dialled)
    return Link("phone", ("+" if international else "") + digits, raw, origin) if ok else None


# --- extraction -------------------------------------------------------------------------------


def extract(text: str, origin: str) -> list[Link]:
    """Every link in one piece of text (a paragraph, the headline, a boilerplate line)."""
    if not text:
        return []
    r = _rules()
    links: list[Link] = []
    hinted = "@" in text or ("/" in text and "://" in text) or r.host_hint.search(text) or "WWW." in text
    matches = r.scan.finditer(text) if hinted else ()
    mentions: list[re.Match[str]] | None = None
    starts: list[int] = []
    for m in matches:
        kind = m.lastgroup
        raw = m.group(0)
        if kind == "email":
            links.append(Link("email", raw.lower(), raw, origin))
        elif kind == "url":
            raw = _trim(raw)
            target = normalise_url(raw) if raw and raw.lower() not in r.not_hosts else None
            if target:
                links.append(Link("url", target, raw, origin))
                social = _social_from_url(target)
                if social:
                    links.append(Link("social", social, raw, origin))
        elif kind == "handle":
            if mentions is None:  # platform names in this text, found once for all its handles
                mentions = list(r.platform_word.finditer(text))
                starts = [p.start() for p in mentions]
            platform = _platform_near(text, m.start(), m.end(), mentions, starts) or "handle"
            links.append(Link("social", f"{platform}:{raw[1:]}", raw, origin))
    if _names_platform(text):
        links += _follow_links(text, origin)
    links += _phone_links(text, origin)
    return dedupe(links)


def related(line: str) -> Link | None:
    """A ``MORE: headline`` line as a related-article link (bare headlines under a "Related
    Articles" header are found by clean/boilerplate, which names them on the span)."""
    line = line.strip()
    m = _rules().related.match(line)
    if m:
        return Link("related", m.group(1).strip(), line, "boilerplate")
    return None


def from_markup(item: dict, origin: str = "body") -> list[Link]:
    """Links an HTML page carried as ``<a href>`` (read/html: {kind, href, text}), which its text
    lost: a URL in the body (or the social account it names, or an e-mail), or a related story from
    a teaser list, whose target is then the story's URL and text its headline. ``origin`` is where
    the anchor's text ended up (``boilerplate`` for a link in a line removed as furniture)."""
    kind, href, text = item.get("kind"), str(item.get("href") or ""), str(item.get("text") or "")
    if kind == "email":
        return [Link("email", href.lower(), text, origin)] if _EMAIL_ONLY.fullmatch(href) else []
    url = normalise_url(href)
    if url is None:
        return []
    if kind == "related":
        return [Link("related", url, text, "boilerplate")]
    social = _social_from_url(url)
    return [Link("url", url, text, origin)] + ([Link("social", social, text, origin)] if social else [])


_EMAIL_ONLY = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def dedupe(links: list[Link]) -> list[Link]:
    """First occurrence of each (kind, target)."""
    seen, out = set(), []
    for link in links:
        key = (link.kind, link.target)
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out
