"""``process``: one raw article text in, one output row out. Pure and deterministic.

The pipeline, the CLI, the evaluation commands and the benchmark all call this, so there
is exactly one behaviour to trust. Stages, in order:
decode is done by the readers -> lines -> boilerplate -> paragraphs -> repair
(line joins, unicode, whitespace, spin; every change an Edit) -> extract (quotes, links).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache

from newsetl import __version__, metadata
from newsetl.clean import boilerplate, lines, spin, style, unicode
from newsetl.edits import Edit, compose
from newsetl.extract import links as links_mod
from newsetl.extract import people as people_mod
from newsetl.extract import quotes as quotes_mod
from newsetl.schema import SCHEMA_VERSION

PIPELINE_VERSION = f"newsetl/{__version__} schema/v{SCHEMA_VERSION}"
_WORD = re.compile(r"\w+(?:['\u2019\-]\w+)*")


def stable_id(source: str | None, text: str) -> str:
    """Content hash of source and raw text: the same input always gets the same id."""
    h = hashlib.sha256()
    h.update((source or "").encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


# word_count's byte shape: ASCII word characters -> "a", the joiners ' and - -> "-", every other byte -> " ".
_SHAPE = bytes(97 if i < 128 and (chr(i).isalnum() or i == 95) else 45 if i in b"'-" else 32 for i in range(256))
_UNICODE_WORDISH = re.compile(r"[^\W\x00-\x7f]|\u2019")  # what the byte shape cannot see: non-ASCII \w, and ’
# ASCII stretches, dropped before that search: it looks at non-ASCII characters only, and a regex opening
# with a negated class is tried at every position, where this one skips a whole stretch per match
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def word_count(text: str) -> int:
    """``len(_WORD.findall(text))``, by C-level byte counts unless the text has non-ASCII word characters.

    A word is a maximal chain of word-character runs joined by single joiners, so words are
    counted where one starts: after a space, after a space and a joiner, or after two joiners.
    Any other non-ASCII character (a pound sign, a curly double quote) is several " " bytes,
    which counts the same as one.
    """
    if text.isascii():
        data = text.encode("ascii")
    elif _UNICODE_WORDISH.search(_ASCII_RUN.sub("", text)) is None:
        data = text.encode("utf-8", "surrogatepass")
    else:
        return len(_WORD.findall(text))
    shape = b" " + data.translate(_SHAPE)
    return shape.count(b" a") + shape.count(b" -a") + shape.count(b"--a")


def _normalise(text: str, field: str) -> tuple[str, list[Edit]]:
    """Line joins, whitespace, then Unicode repair (and whitespace again if that changed anything).

    Whitespace goes first so that ftfy sees the text it will see on a second run: mojibake
    next to a tab ("à¸\t") decodes differently from mojibake next to a space.
    """
    if _untouched(text):
        return text, []
    edits: list[Edit] = []
    # edits.chain, unrolled (most texts pass every stage unchanged); stages looked up per call, so patchable.
    for stage in (lines.join_lines, unicode.repair_whitespace, unicode.repair_unicode):
        text, edits = _step(stage, text, edits, field)
    if edits and any(e.rule.startswith("unicode.") or "+unicode." in e.rule for e in edits):
        text, edits = _step(unicode.repair_whitespace, text, edits, field)
    return text, edits


def _untouched(text: str) -> bool:
    """Plain ASCII with no line break, tab, double or edge space, ``&`` (entity) or control character: text that
    every normalise stage returns as is by its own first test. Most paragraphs are such text, and
    three stage calls each cost more than these C-level checks (tests pin the agreement)."""
    return (
        text.isascii()
        and "\n" not in text
        and "\t" not in text
        and "  " not in text
        and "&" not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        and not unicode.has_ascii_control(text)
    )


_Stage = Callable[[str, str], tuple[str, list[Edit]]]


def _step(stage: _Stage, text: str, edits: list[Edit], field: str) -> tuple[str, list[Edit]]:
    """One repair stage; its edits are composed onto the earlier ones only when it made any."""
    new_text, new = stage(text, field)
    return new_text, compose(text, edits, new) if new else edits


def _shift(edits: list[Edit], offset: int) -> list[Edit]:
    return [Edit(e.rule, e.before, e.after, e.start + offset, e.end + offset, e.field) for e in edits]


def _markup_origin(anchor: str, headline: str | None, paragraphs: list[str], bp: list[tuple[str, list[Edit]]]) -> str:
    """Where an HTML link's anchor text ended up: ``boilerplate`` when only a removed line holds it
    ("Follow us on Twitter @Echo"), else ``body`` (the reader kept it because the page's text held it)."""
    if not anchor or (headline and anchor in headline) or any(anchor in p for p in paragraphs):
        return "body"
    return "boilerplate" if any(anchor in t for t, _ in bp) else "body"


def take_dateline(
    found: list[boilerplate.Boilerplate], layout: lines.Layout, raw_lines: list[str], removed: set[int]
) -> list[boilerplate.Boilerplate]:
    """Cut a wire dateline ("LONDON (Reuters) - ") off the first body paragraph (``layout`` is
    changed in place) and return the spans with a ``dateline`` span for it, in line order, so the
    removal is kept and audited like any boilerplate line. The body's edits start after the cut."""
    if not layout.paragraphs:
        return found
    cut = boilerplate.wire_dateline(layout.paragraphs[0])
    if not cut:
        return found
    first = layout.paragraphs[0]
    layout.paragraphs[0] = first[cut:]
    start = 0 if layout.headline_line is None else layout.headline_line + 1 + (layout.headline or "").count("\n")
    line = next((i for i in range(start, len(raw_lines)) if i not in removed and raw_lines[i].strip()), start)
    span = boilerplate.Boilerplate("dateline", first[:cut].strip(), line, line)
    at = sum(1 for b in found if b.first_line < line)
    return [*found[:at], span, *found[at:]]


def process(text: str, source: str | None = None, meta: dict | None = None, encoding: str | None = None) -> dict:
    """Parse, normalise, repair and extract one article; returns a row of the article schema.

    ``meta`` is what the source said about the record (``RawDoc.meta``: url, date, author …) and
    ``encoding`` what it was decoded from; both only fill the metadata columns.
    """
    raw_lines = lines.split_lines(text)
    found = boilerplate.find(raw_lines)
    removed = {i for b in found for i in range(b.first_line, b.last_line + 1)}
    layout = lines.assemble(raw_lines, removed)
    found = take_dateline(found, layout, raw_lines, removed)

    # Normalise each piece (structure-level stages), then measure spin over the lot.
    headline, h_edits = _normalise(layout.headline, "headline") if layout.headline else (None, [])
    paras: list[tuple[str, list[Edit]]] = [_normalise(p, "body") for p in layout.paragraphs]
    paras = [(t, e) for t, e in paras if t]
    bp: list[tuple[str, list[Edit]]] = [_normalise(b.text, f"boilerplate[{i}]") for i, b in enumerate(found)]

    words = sum(word_count(t) for t, _ in paras)
    article = [headline or ""] + [t for t, _ in paras]
    ev = spin.evidence(article + [t for t, _ in bp], words)
    house = cache(lambda: style.house_style(article))  # read only if a repair depends on it

    def respin(text: str, edits: list[Edit], field: str) -> tuple[str, list[Edit]]:
        new, s_edits = spin.repair(text, ev.spun, field, style=house)
        return new, compose(text, edits, s_edits)

    if headline is not None:
        headline, h_edits = respin(headline, h_edits, "headline")
    paras = [respin(t, e, "body") for t, e in paras]
    bp = [respin(t, e, f"boilerplate[{i}]") for i, (t, e) in enumerate(bp)]

    paragraphs = [t for t, _ in paras]
    body = "\n\n".join(paragraphs)
    edits: list[Edit] = list(h_edits)
    offset = 0
    for t, e in paras:
        edits.extend(_shift(e, offset))
        offset += len(t) + 2
    for _, e in bp:
        edits.extend(e)

    cast = people_mod.build(headline, paragraphs)
    quotes = quotes_mod.extract(paragraphs, cast, headline=headline)

    links: list[links_mod.Link] = []
    if headline:
        links += links_mod.extract(headline, "headline")
    for p in paragraphs:
        links += links_mod.extract(p, "body")
    boiler_rows = []
    for b, (t, _) in zip(found, bp):
        boiler_rows.append({"kind": b.kind, "text": t})
        # Bare headlines under a "Related Articles" header carry no MORE:-style prefix: the span names them.
        bare = links_mod.Link("related", b.headline, t, "boilerplate") if b.headline else None
        rel = links_mod.related(t) or bare
        links += [rel] if rel else links_mod.extract(t, "boilerplate")
    for item in (meta or {}).get("links") or ():  # an HTML page's own <a href> links
        links += links_mod.from_markup(item, _markup_origin(str(item.get("text") or ""), headline, paragraphs, bp))
    links = links_mod.dedupe(links)

    return {
        "id": stable_id(source, text),
        "source": source,
        **metadata.columns(meta, encoding, boiler_rows),
        "headline": headline,
        "body": body,
        "paragraphs": paragraphs,
        "quotes": [q.as_row() for q in quotes],
        "people": people_mod.rows(cast),
        "links": [link.as_row() for link in links],
        "boilerplate": boiler_rows,
        "edits": [e.as_row() for e in edits],
        "spin_score": ev.score,
        "spun": ev.spun,
        "word_count": words,
        "pipeline_version": PIPELINE_VERSION,
    }
