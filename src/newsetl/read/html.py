"""HTML pages to plain article text: ``headline``, blank line, paragraphs separated by blank lines.

Parsing is selectolax's Lexbor backend: a C HTML5 parser that builds a tree from the string it
is given and nothing else. It never fetches anything (no network, no external entities, DTDs,
stylesheets or images; HTML has no entity expansion beyond the fixed named-character table),
so a hostile page cannot make us read files or call out.

Extraction is deliberately simple and rule-driven (``data/html.json``): pick the main-content
container (``[itemprop=articleBody]``, ``article``, ``main`` …), drop navigation, asides,
scripts, forms and captions, and emit one paragraph per ``p``/``h2``/``h3``/``blockquote``/``li``.
Boilerplate lines that survive (share prompts, "Read more" headers) are core's job, where the
same patterns apply to every input format.

Hostile input: the HTML5 tree builder walks the stack of open elements for scope checks, so
parse time grows with nesting depth squared (100k nested ``<div>``: ~45 s in Lexbor). A cheap
linear pre-scan estimates the depth and refuses deep or huge documents before parsing, and the
tree walk is iterative (no recursion) and checks a wall-clock budget.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsetl.read import jsonld
from newsetl.read.decode import DecodeError, decode
from newsetl.read.limits import DEFAULT, LimitExceeded, Limits
from newsetl.read.records import Failure, RawDoc, Record, Skipped, excerpt
from newsetl.resources import load_json


@dataclass(frozen=True)
class Page:
    """What a page gave: its headline, its paragraphs and page metadata (canonical URL, date …)."""

    headline: str | None
    paragraphs: list[str]
    meta: dict = field(default_factory=dict)

    def text(self) -> str:
        parts = ([self.headline] if self.headline else []) + self.paragraphs
        return "\n\n".join(parts)


@dataclass(frozen=True)
class _Rules:
    headline_meta: tuple[str, ...]
    content_selectors: tuple[str, ...]
    drop_tags: frozenset[str]
    drop_roles: frozenset[str]
    drop_tokens: re.Pattern[str]
    paragraph_tags: frozenset[str]
    item_tags: frozenset[str]
    block_tags: frozenset[str]
    loose_min: int
    title_separators: tuple[str, ...]
    meta_fields: dict[str, list[tuple[str, str]]]
    link_dense_tags: frozenset[str]
    link_density_max: float
    byline_selectors: tuple[str, ...]
    byline_max_chars: int
    jsonld_types: frozenset[str]
    jsonld_max_chars: int
    jsonld_body_min_ratio: float


@cache
def _rules() -> _Rules:
    spec = load_json("html.json")
    tokens = "|".join(re.escape(t) for t in spec["drop_tokens"])
    prefixes = "|".join(re.escape(t) for t in spec["drop_prefixes"])
    meta = {
        name: [tuple(sel.rsplit("@", 1)) for sel in sels]  # "css@attribute"
        for name, sels in spec["meta_fields"].items()
    }
    return _Rules(
        headline_meta=tuple(spec["headline_meta"]),
        content_selectors=tuple(spec["content_selectors"]),
        drop_tags=frozenset(spec["drop_tags"]),
        drop_roles=frozenset(spec["drop_roles"]),
        drop_tokens=re.compile(rf"(?:^|[\s_-])(?:(?:{tokens})(?:$|[\s_-])|(?:{prefixes}))", re.IGNORECASE),
        paragraph_tags=frozenset(spec["paragraph_tags"]),
        item_tags=frozenset(spec["item_tags"]),
        block_tags=frozenset(spec["block_tags"]),
        loose_min=int(spec["loose_text_min_chars"]),
        title_separators=tuple(spec["title_separators"]),
        meta_fields=meta,
        link_dense_tags=frozenset(spec["link_dense_tags"]),
        link_density_max=float(spec["link_density_max"]),
        byline_selectors=tuple(spec["byline_selectors"]),
        byline_max_chars=int(spec["byline_max_chars"]),
        jsonld_types=frozenset(spec["jsonld_types"]),
        jsonld_max_chars=int(spec["jsonld_max_chars"]),
        jsonld_body_min_ratio=float(spec["jsonld_body_min_ratio"]),
    )


# --- decoding ---------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})""", re.IGNORECASE
)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})""", re.IGNORECASE)
# WHATWG Encoding Standard: these labels mean the superset browsers actually decode with.
_WHATWG = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gbk",
    "x-sjis": "shift_jis",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP ``Content-Type`` header value, if any."""
    m = _HTTP_CHARSET.search(content_type or "")
    return m.group(1) if m else None


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """(text, encoding): BOM, then the HTTP charset, then ``<meta charset>``, else detection.

    A declared charset that does not decode the bytes strictly is ignored (pages often claim
    UTF-8 and contain cp1252), and :func:`newsetl.read.decode.decode` decides instead.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:3] == b"\xef\xbb\xbf":
        return decode(data)
    meta = _META_CHARSET.search(data[:4096])
    for declared in (http_charset, meta.group(1).decode("ascii") if meta else None):
        if not declared:
            continue
        enc = _WHATWG.get(declared.strip().lower(), declared.strip())
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return decode(data)


# --- hostile-input guard ------------------------------------------------------------------

_TOKEN = re.compile(
    r"<!--(?:.*?-->|.*\Z)"  # comment (an unterminated one runs to the end, as in browsers)
    r"|<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b[^<>]*>(?:.*?</\1\s*>|.*\Z)"
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)",
    re.DOTALL | re.IGNORECASE,
)
# Elements that never stay open (void) or are closed implicitly by their next sibling.
_NO_DEPTH = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "
    "p li dt dd option optgroup tr td th tbody thead tfoot rb rt rp rtc colgroup caption "
    "html head body".split()
)


def nesting_depth(html: str, stop_at: int) -> int:
    """An upper estimate of the open-element depth the parser will reach; linear time.

    End tags close the innermost open element of their name (and those inside it); unknown
    end tags are ignored, as the tree builder ignores them. Stops counting past ``stop_at``.
    """
    stack: list[str] = []
    open_count: dict[str, int] = {}
    deepest = 0
    for m in _TOKEN.finditer(html):
        name = m.group(3)
        if name is None:
            continue
        name = name.lower()
        if m.group(2):  # end tag
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            continue
        if name in _NO_DEPTH or m.group(4).rstrip().endswith("/"):
            continue
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > stop_at:
                break
    return deepest


def parse(html: str, limits: Limits = DEFAULT) -> LexborHTMLParser:
    """A parsed tree, or :class:`LimitExceeded` naming the bound a hostile page hit."""
    if len(html) > limits.max_html_bytes:
        raise LimitExceeded("max_html_bytes", len(html), limits.max_html_bytes)
    depth = nesting_depth(html, limits.max_html_depth)
    if depth > limits.max_html_depth:
        raise LimitExceeded("max_html_depth", depth, limits.max_html_depth)
    return LexborHTMLParser(html)


# --- extraction -----------------------------------------------------------------------------

_WS = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace only: no-break spaces are text and stay
_PARA_BREAK = re.compile(r" *\n *\n[ \n]*")  # two <br> in a row (source whitespace is already squashed)
_BR = "\n"
_CHECK_EVERY = 512


class _Clock:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.start = time.monotonic()
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks % _CHECK_EVERY == 0:
            spent = time.monotonic() - self.start
            if spent > self.seconds:
                raise LimitExceeded("html_seconds", round(spent, 2), self.seconds)


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _dropped(node: LexborNode, rules: _Rules) -> bool:
    if node.tag in rules.drop_tags:
        return True
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if (attrs.get("role") or "").lower() in rules.drop_roles:
        return True
    style = attrs.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.IGNORECASE):
        return True
    marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return bool(marks.strip()) and bool(rules.drop_tokens.search(marks))


def _has_block(node: LexborNode, rules: _Rules) -> bool:
    wanted = rules.paragraph_tags | rules.item_tags | rules.block_tags
    children = node.traverse(include_text=False)
    next(children, None)  # the node itself
    return any(n.tag in wanted for n in children)


def _inline_text(node: LexborNode, rules: _Rules, clock: _Clock) -> str:
    """Text of an inline run; ``<br>`` becomes a newline, dropped elements vanish."""
    out: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        clock.tick()
        tag = n.tag
        if tag == "-text":
            out.append(_WS.sub(" ", n.text_content or ""))
        elif tag == "br":
            out.append(_BR)
        elif tag in ("-comment", "-doctype") or (n is not node and _dropped(n, rules)):
            continue
        else:
            stack.extend(reversed(list(n.iter(include_text=True))))
    return "".join(out)


def _split_paragraphs(raw: str) -> list[str]:
    """A text run to paragraphs: a blank line (``<br><br>``) splits, a single break joins."""
    return [p for p in (_squash(chunk) for chunk in _PARA_BREAK.split(raw)) if p]


def _link_dense(root: LexborNode, rules: _Rules, clock: _Clock) -> set[int]:
    """``mem_id`` of the link-dense blocks under ``root``: menus, teaser and related-story lists.

    One post-order pass (linear, iterative) counts each element's visible characters and those
    inside ``<a>``; whitespace and dropped subtrees do not count.
    """
    counts: dict[int, list[int]] = {}  # mem_id -> [text chars, link chars]
    dense: set[int] = set()
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]
    while stack:
        node, done, in_link = stack.pop()
        clock.tick()
        if not done:
            stack.append((node, True, in_link))
            counts[node.mem_id] = [0, 0]
            link = in_link or node.tag == "a"
            for child in node.iter(include_text=True):
                if child.tag == "-text":
                    n = len("".join((child.text_content or "").split()))
                    counts[node.mem_id][0] += n
                    counts[node.mem_id][1] += n if link else 0
                elif child.tag not in ("-comment", "-doctype") and not _dropped(child, rules):
                    stack.append((child, False, link))
            continue
        total, linked = counts.pop(node.mem_id)
        parent = node.parent
        if parent is not None and parent.mem_id in counts:
            counts[parent.mem_id][0] += total
            counts[parent.mem_id][1] += linked
        dense_tag = node is not root and node.tag in rules.link_dense_tags
        if dense_tag and total and linked >= rules.link_density_max * total:
            dense.add(node.mem_id)
    return dense


def _walk(root: LexborNode, rules: _Rules, clock: _Clock, dense: set[int] | None = None) -> list[str]:
    """Paragraphs of ``root`` in document order (iterative: deep trees cannot overflow)."""
    paragraphs: list[str] = []
    loose: list[str] = []
    dense = _link_dense(root, rules, clock) if dense is None else dense

    def flush() -> None:
        for p in _split_paragraphs("".join(loose)):
            if len(p) >= rules.loose_min:
                paragraphs.append(p)
        loose.clear()

    stack: list[LexborNode | None] = [root]  # None marks the end of a block: flush loose text
    while stack:
        node = stack.pop()
        clock.tick()
        if node is None:
            flush()
            continue
        tag = node.tag
        if tag == "-text":
            loose.append(_WS.sub(" ", node.text_content or ""))
            continue
        if tag == "br":
            loose.append(_BR)
            continue
        if tag in ("-comment", "-doctype", "h1") or (node is not root and _dropped(node, rules)):
            continue
        if node.mem_id in dense:
            flush()
            continue
        leaf = tag in rules.paragraph_tags or (tag in rules.item_tags and not _has_block(node, rules))
        if leaf:
            flush()
            paragraphs.extend(_split_paragraphs(_inline_text(node, rules, clock)))
            continue
        is_block = tag in rules.block_tags or tag in rules.item_tags
        if is_block:
            flush()
            stack.append(None)
        stack.extend(reversed(list(node.iter(include_text=True))))
    flush()
    return _dedupe_adjacent(paragraphs)


def _dedupe_adjacent(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        if not out or out[-1] != p:
            out.append(p)
    return out


def _content_root(tree: LexborHTMLParser, rules: _Rules) -> LexborNode | None:
    """The main-content container: first selector with a match; the richest of its matches."""
    for selector in rules.content_selectors:
        found = tree.css(selector)
        if not found:
            continue
        if len(found) == 1:
            return found[0]
        return max(found, key=lambda n: sum(len(p.text()) for p in n.css("p")))
    return tree.body


def _meta_value(tree: LexborHTMLParser, selectors: list[tuple[str, str]]) -> str | None:
    for css, attr in selectors:
        node = tree.css_first(css)
        value = _squash((node.attributes.get(attr) or "") if node else "")
        if value:
            return value
    return None


def _headline(tree: LexborHTMLParser, rules: _Rules, site: str | None, fallback: str | None = None) -> str | None:
    h1 = tree.css_first("h1")
    h1_text = _squash(h1.text()) if h1 is not None else ""
    for prop in rules.headline_meta:
        node = tree.css_first(f"meta[property='{prop}'], meta[name='{prop}']")
        value = _squash((node.attributes.get("content") or "") if node else "")
        if value:
            return _h1_if_prefix(_strip_site(value, site, rules), h1_text, rules)
    if fallback:
        return _h1_if_prefix(fallback, h1_text, rules)
    if h1_text:
        return h1_text
    title = tree.css_first("title")
    if title is not None and _squash(title.text()):
        return _strip_site(_squash(title.text()), site, rules, guess=True)
    return None


_TITLE_HEAD_MIN_WORDS = 2


def _heading_the_title_shortens(root: LexborNode, first: str, title: str, rules: _Rules) -> bool:
    """Whether ``first`` (the first paragraph) is the page's own heading and the <title> a shortened
    form of it: a page with no h1 (old table layouts) heads its story with an <h2>/<h3>, and its
    <title> is that heading cut short, often plus a site name ("Ferry Services Suspended - Herald"
    over "Ferry services suspended after engine fault"). Case and apostrophes do not count."""
    heading = root.css_first("h2, h3")
    if heading is None or _squash(heading.text()) != first:
        return False
    heads = {title} | {title.split(sep, 1)[0].strip() for sep in rules.title_separators if sep in title}
    folded = _fold(first)
    return any(len(h.split()) >= _TITLE_HEAD_MIN_WORDS and folded.startswith(_fold(h)) for h in heads)


def _h1_if_prefix(title: str, h1: str, rules: _Rules) -> str:
    """The h1 when ``title`` is that h1 plus a separator and a tail (" | DW | 10.06.2013")."""
    if h1 and len(title) > len(h1) and _fold(title).startswith(_fold(h1)):
        tail = title[len(h1):]
        if any(tail.startswith(sep) for sep in rules.title_separators):
            return h1
    return title


def _fold(text: str) -> str:
    """Apostrophe variants folded (titles and h1s of one page often differ only there)."""
    return text.translate(_APOSTROPHES).lower()


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2032": "'", "\u2018": "'", "`": "'"})


def _strip_site(title: str, site: str | None, rules: _Rules, guess: bool = False) -> str:
    """Drop a " | Site name" suffix: the known site name, or (for <title>) a short last segment."""
    for sep in rules.title_separators:
        head, found, tail = title.rpartition(sep)
        if not found or not head.strip():
            continue
        if (site and tail.strip().lower() == site.lower()) or (guess and len(tail) <= 30 < len(head)):
            return head.strip()
    return title


def _byline(tree: LexborHTMLParser, rules: _Rules) -> str | None:
    """A short author name printed on the page ("By Sam Reed"), when no metadata names one."""
    for selector in rules.byline_selectors:
        for node in tree.css(selector):
            text = _squash(node.attributes.get("content") or node.text())
            text = re.sub(r"^(?:by|von|par|por|di)\s+", "", text, flags=re.IGNORECASE)
            if text and len(text) <= rules.byline_max_chars and any(c.isalpha() for c in text):
                return text
    return None


def _jsonld_fields(tree: LexborHTMLParser, rules: _Rules) -> dict[str, str]:
    scripts = (n.text() for n in tree.css("script[type='application/ld+json']"))
    objs = jsonld.objects(scripts, rules.jsonld_max_chars)
    obj = jsonld.article(objs, rules.jsonld_types)
    return jsonld.fields(obj, objs) if obj is not None else {}


def extract_tree(tree: LexborHTMLParser, limits: Limits = DEFAULT, want_headline: bool = True) -> Page:
    rules = _rules()
    clock = _Clock(limits.html_seconds)
    meta = {name: v for name, sels in rules.meta_fields.items() if (v := _meta_value(tree, sels))}
    ld = _jsonld_fields(tree, rules)
    for key in ("url", "date", "author", "site"):
        if key not in meta and key in ld:
            meta[key] = ld[key]
    if "author" not in meta and (byline := _byline(tree, rules)):
        meta["author"] = byline
    headline = _headline(tree, rules, meta.get("site"), ld.get("headline")) if want_headline else None
    # the headline is the <title>'s: no og/twitter title, no JSON-LD headline, no h1
    from_title = bool(headline) and not ld.get("headline") and tree.css_first("h1") is None
    from_title = from_title and not any(
        tree.css_first(f"meta[property='{p}'], meta[name='{p}']") for p in rules.headline_meta
    )
    root = _content_root(tree, rules)
    dense = _link_dense(root, rules, clock) if root is not None else set()
    paragraphs = _walk(root, rules, clock, dense) if root is not None else []
    if not paragraphs and tree.body is not None and root is not None and root.mem_id != tree.body.mem_id:
        root = tree.body  # the container held no prose: use the page
        dense = _link_dense(root, rules, clock)
        paragraphs = _walk(root, rules, clock, dense)
    if "date" not in meta and root is not None and tree.body is not None and root.mem_id != tree.body.mem_id:
        stamp = root.css_first("time[datetime]")  # inside the article: not a sidebar's event date
        if stamp is not None and (when := _squash(stamp.attributes.get("datetime") or "")):
            meta["date"] = when
    body = ld.get("body")
    if body and sum(len(p) for p in paragraphs) < rules.jsonld_body_min_ratio * len(_squash(body)):
        paragraphs = _split_paragraphs(body.replace("\r", "").replace("\n", "\n\n"))
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]
    elif headline and paragraphs and root is not None and from_title:
        if _heading_the_title_shortens(root, paragraphs[0], headline, rules):
            headline, paragraphs = paragraphs[0], paragraphs[1:]
    found = _anchors(root, rules, clock, dense, paragraphs, meta.get("url")) if root is not None else []
    if root is not None and tree.body is not None and root.mem_id != tree.body.mem_id:
        found += _related_beside(tree.body, root, clock, meta.get("url"), {a["href"] for a in found})
    if found:
        meta["links"] = found
    return Page(headline, paragraphs, meta)


# A block outside the article named for related stories ("related", "related-stories", "relatedLinks"):
# only "related" itself, as "most read" / "recommended" sidebars are site-wide, not about this article.
_RELATED_BLOCK = re.compile(r"(?:^|[\s_-])related", re.I)


def _related_beside(body: LexborNode, root: LexborNode, clock: _Clock, base: str | None, seen: set[str]) -> list[dict]:
    """Related-story links in a "related" block beside the article (an <aside> next to <article>), which
    the article's own walk never sees: headline-like link texts, hrefs resolved against the page URL."""
    out: list[dict] = []
    holding = {n.mem_id for n in _ancestors(root)}  # blocks holding the article
    for block in body.css("[class], [id]"):
        clock.tick()
        attrs = block.attributes or {}
        if not _RELATED_BLOCK.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            continue
        # a block inside the article (or holding it) is the article walk's business
        if block.mem_id == root.mem_id or block.mem_id in holding:
            continue
        if any(n.mem_id == root.mem_id for n in _ancestors(block)):
            continue
        for a in block.css("a[href]"):
            href = (a.attributes.get("href") or "").strip()
            text = _squash(a.text(deep=True) or "")
            if not href or len(text.split()) < _RELATED_MIN_WORDS or href.startswith(("#", "javascript:")):
                continue
            url = urljoin(base, href) if base and base.startswith(("http://", "https://")) else href
            if url.startswith(("http://", "https://")) and url not in seen:
                seen.add(url)
                out.append({"kind": "related", "href": url, "text": text})
    return out


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


_RELATED_MIN_WORDS = 3  # a link in a teaser list is a related headline when its text reads like one
# A dropped block named like a related-stories list still names related articles (its links are kept as such).
_TEASER = re.compile(r"related|recommend|more[-_]?stor|read[-_]?(?:more|next)|see[-_]?also|also[-_]?read", re.I)


def _anchors(
    root: LexborNode, rules: _Rules, clock: _Clock, dense: set[int], paragraphs: list[str], base: str | None
) -> list[dict]:
    """The page's own links, which plain text loses: ``<a href>`` inside the kept paragraphs (kind
    ``url``, or ``email`` for mailto:) and headline-like links in teaser lists inside the article
    (kind ``related``), each as {kind, href, text}; relative hrefs resolved against the page URL.
    Links in dropped elements (share bars, navigation) are left out."""
    kept = "\n".join(paragraphs)
    out: list[dict] = []
    for a in root.css("a[href]"):
        clock.tick()
        href = (a.attributes.get("href") or "").strip()
        text = _squash(a.text(deep=True) or "")
        if not href or not text or href.startswith(("#", "javascript:", "data:", "tel:")):
            continue
        in_dense, dropped, teaser, node = False, False, False, a
        while node is not None and node.mem_id != root.mem_id:
            in_dense = in_dense or node.mem_id in dense
            if node is not a and _dropped(node, rules):
                dropped = True
                attrs = node.attributes or {}
                teaser = teaser or bool(_TEASER.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"))
            node = node.parent
        if dropped and not teaser:
            continue
        in_dense = in_dense or teaser
        if href.lower().startswith("mailto:"):
            address = href[7:].split("?", 1)[0]
            if "@" in address and text in kept:
                out.append({"kind": "email", "href": address, "text": text})
            continue
        url = urljoin(base, href) if base and base.startswith(("http://", "https://")) else href
        if not url.startswith(("http://", "https://")):
            continue
        if in_dense:
            if len(text.split()) >= _RELATED_MIN_WORDS:
                out.append({"kind": "related", "href": url, "text": text})
        elif text in kept:
            out.append({"kind": "url", "href": url, "text": text})
    return out


def extract(html: str, limits: Limits = DEFAULT, want_headline: bool = True) -> Page:
    """Headline, paragraphs and metadata of one HTML document; raises LimitExceeded on hostile input."""
    return extract_tree(parse(html, limits), limits, want_headline)


_LOOKS_HTML = re.compile(
    r"<(?:p|div|br|span|a|h[1-6]|ul|ol|li|blockquote|article|section|strong|em|b|i|figure|img|html|body)"
    r"\b[^<>]*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Whether a text field holds markup (scrapers often store the article body as HTML)."""
    return _LOOKS_HTML.search(text[:65536]) is not None


def page_record(
    source: str,
    data: bytes,
    locator: str | None = None,
    http_charset: str | None = None,
    meta: dict | None = None,
    limits: Limits = DEFAULT,
) -> Record:
    """One HTML payload to a RawDoc, a Skipped (no text at all) or a Failure (undecodable, hostile)."""
    try:
        html, encoding = decode_html(data, http_charset)
    except DecodeError as exc:
        return Failure(source, "decode", "DecodeError", str(exc), locator, excerpt(data))
    try:
        page = extract(html, limits)
    except LimitExceeded as exc:
        return Failure(source, "parse", "LimitExceeded", str(exc), locator, excerpt(html), limit=exc.limit)
    except Exception as exc:  # the parser or our walk failed on this page only
        return Failure(source, "parse", type(exc).__name__, str(exc) or repr(exc), locator, excerpt(html))
    if not page.headline and not page.paragraphs:
        return Skipped(source, "html:no-text", locator)
    return RawDoc(source, page.text(), locator, encoding, {**(meta or {}), **page.meta})


def read_html(path: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[Record]:
    """One HTML file is one article."""
    if not data.strip():
        yield Skipped(path, "empty")
        return
    yield page_record(path, data, limits=limits)
