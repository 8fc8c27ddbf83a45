"""Links: URLs, e-mail addresses, social accounts and related-article headlines.

Links are recorded, never fetched. URLs are normalised with courlan (scheme, host case,
tracking parameters) rather than a home-made rule set.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_URL = re.compile(
    r"(?<![@\w.])(?:https?://|www\.)[^\s<>\"'\u2018\u2019\u201c\u201d]+"
    r"|(?<![@\w.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|gov\.uk|org\.uk|ac\.uk|uk|io|news|info|eu|us)"
    r"(?:/[^\s<>\"'\u2018\u2019\u201c\u201d]*)?(?![\w.]*@)",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_]{1,30})\b(?!\.[a-z])")
_PLATFORMS = ("Twitter", "X", "Facebook", "Instagram", "TikTok", "Threads", "Bluesky", "LinkedIn", "YouTube")
_FOLLOW = re.compile(
    r"\bFollow\s+(?P<account>@?[A-Za-z][\w.]*)\s+on\s+(?P<platforms>(?:(?:%s)(?:,\s*|\s+and\s+|\s*&\s*)?)+)"
    % "|".join(_PLATFORMS)
)
_RELATED = re.compile(
    r"^(?:MORE|READ MORE|Read more|RELATED|Related|SEE ALSO|See also|Read next|READ NEXT)\s*[:>-]\s*(.+)$"
)
_TRAIL = ".,;:!?)]}'\"\u2019\u201d"


@dataclass(frozen=True)
class Link:
    kind: str
    target: str
    text: str | None
    origin: str

    def as_row(self) -> dict:
        return asdict(self)


def normalise_url(raw: str) -> str:
    from courlan import normalize_url

    url = raw if "://" in raw else "https://" + raw
    try:
        return normalize_url(url)
    except Exception:  # courlan raises on malformed hosts; keep the raw form
        return url


def extract(text: str, origin: str) -> list[Link]:
    links: list[Link] = []
    emails = list(_EMAIL.finditer(text))
    for m in emails:
        links.append(Link("email", m.group(0).lower(), m.group(0), origin))
    email_spans = [(m.start(), m.end()) for m in emails]
    for m in _URL.finditer(text):
        if any(s <= m.start() < e for s, e in email_spans):
            continue
        raw = m.group(0).rstrip(_TRAIL)
        if not raw or "." not in raw:
            continue
        links.append(Link("url", normalise_url(raw), raw, origin))
    for m in _FOLLOW.finditer(text):
        account = m.group("account").lstrip("@")
        for platform in re.findall("|".join(_PLATFORMS), m.group("platforms")):
            links.append(Link("social", f"{platform.lower()}:{account}", m.group(0).strip(), origin))
    for m in _HANDLE.finditer(text):
        if any(s <= m.start() < e for s, e in email_spans):
            continue
        links.append(Link("social", f"handle:{m.group(1)}", m.group(0), origin))
    return _dedupe(links)


def related(line: str) -> Link | None:
    m = _RELATED.match(line.strip())
    if not m:
        return None
    headline = m.group(1).strip()
    return Link("related", headline, line.strip(), "boilerplate")


def _dedupe(links: list[Link]) -> list[Link]:
    seen, out = set(), []
    for link in links:
        key = (link.kind, link.target)
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out
