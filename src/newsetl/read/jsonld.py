"""schema.org JSON-LD in a page: the article object's headline, date, author, URL and body.

News sites often state these more reliably in ``<script type="application/ld+json">`` than in
meta tags (and some render the body only from it). Parsing is bounded: scripts above a size
cap are skipped, and malformed or absurdly nested JSON is ignored, never raised.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator


def objects(scripts: Iterable[str], max_chars: int) -> list[dict]:
    """Every JSON object in the scripts, ``@graph`` members and list items flattened (order kept)."""
    out: list[dict] = []
    for text in scripts:
        if len(text) > max_chars:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        out.extend(_flatten(data))
    return out


def _flatten(data: object) -> Iterator[dict]:
    queue: deque[object] = deque([data])
    while queue:
        item = queue.popleft()
        if isinstance(item, list):
            queue.extendleft(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                queue.extendleft(reversed(graph))


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    names = t if isinstance(t, list) else [t]
    return {n.rsplit("/", 1)[-1] for n in names if isinstance(n, str)}


def article(objs: list[dict], types: frozenset[str]) -> dict | None:
    """The first object typed as an article (NewsArticle, BlogPosting …)."""
    return next((o for o in objs if _types(o) & types), None)


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return None


def author(obj: dict, objs: list[dict], key: str = "author") -> str | None:
    """Author names, joined with ", "; a ``{"@id": …}`` reference is looked up among ``objs``.
    ``key="publisher"`` reads the publisher's name the same way."""
    raw = obj.get(key)
    people = raw if isinstance(raw, list) else [raw]
    by_id = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str)}
    names: list[str] = []
    for p in people:
        if isinstance(p, dict) and "name" not in p and isinstance(p.get("@id"), str):
            p = by_id.get(p["@id"], p)
        name = _text(p.get("name")) if isinstance(p, dict) else _text(p)
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


def fields(obj: dict, objs: list[dict]) -> dict[str, str]:
    """headline, date, author, site (the publisher's name), url and body of an article object (only those
    it states as text)."""
    page = obj.get("mainEntityOfPage")
    url = _text(obj.get("url")) or (_text(page.get("@id")) if isinstance(page, dict) else _text(page))
    found = {
        "headline": _text(obj.get("headline")),
        "date": _text(obj.get("datePublished")) or _text(obj.get("dateCreated")),
        "author": author(obj, objs),
        "site": author(obj, objs, "publisher"),
        "url": url if url and url.startswith("http") else None,
        "body": obj.get("articleBody") if isinstance(obj.get("articleBody"), str) else None,
    }
    return {k: v for k, v in found.items() if v}
