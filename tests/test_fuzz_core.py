"""Property tests over the pure core: never raises, idempotent, edits undo, offsets and words hold.

Inputs are arbitrary strings plus "news-shaped" text assembled from fragments that exercise
every stage (quotes, links, boilerplate, spun phrases, odd spaces, mojibake, broken lines).
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsetl import process
from newsetl.clean import boilerplate, lines, spin, unicode
from newsetl.core import _normalise, take_dateline
from newsetl.edits import undo
from newsetl.extract import links, people, quotes

FRAGMENTS = [
    "The council said",
    "on Tuesday",
    "residents",
    "throughout the conference",
    "quite a lot of questions",
    "\u201cWe will not back down,\u201d",
    "said Maria Lopez.",
    "\u2018It is over,\u2019 he said.",
    '"Yes," she said',
    "https://example.org/a?utm_source=x",
    "www.example.com/path.",
    "desk@example.org",
    "@newsdesk",
    "Follow us on Twitter",
    "Read more: Another story here",
    "Advertisement",
    "Got a story?",
    "caf\u00c3\u00a9",
    "\u00a0",
    "\u200b",
    "  ",
    "\t",
    "-",
    "\u2014",
    "\u2026",
    "\ufb01ne",
    "\u0301",
    "e\u0301",
    "Mr Smith",
    "Smith",
    "(",
    ")",
    ".",
    ",",
    "'",
    '"',
    "\u2019",
    "\u201c",
    "\u201d",
    "\u00ab",
    "\u00bb",
    "1,200",
    "\U0001f600",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u4e2d\u6587",
    "\x85",
    "\r",
    "\x0c",
]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\n \n", "-\n", "\r\n"]


@st.composite
def news_like(draw) -> str:
    parts = draw(
        st.lists(
            st.tuples(st.sampled_from(FRAGMENTS) | st.text(max_size=12), st.sampled_from(SEPARATORS)),
            max_size=40,
        )
    )
    return "".join(a + b for a, b in parts)


TEXTS = st.text(max_size=300) | news_like()
FAST = settings(
    max_examples=int(os.environ.get("NEWSETL_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_WORD = re.compile(r"\w+")


def render(row: dict) -> str:
    return (row["headline"] or "") + "\n\n" + row["body"]


def _field_edits(row: dict, field: str) -> list:
    from newsetl.edits import Edit

    return [Edit(**e) for e in row["edits"] if e["field"] == field]


@FAST
@given(TEXTS)
def test_process_never_raises_and_returns_the_schema(text):
    row = process(text, "fuzz.txt")
    assert isinstance(row["body"], str) and row["body"] == "\n\n".join(row["paragraphs"])
    assert all(p for p in row["paragraphs"])


@FAST
@given(TEXTS)
def test_clean_and_extract_stages_never_raise(text):
    raw = lines.split_lines(text)
    found = boilerplate.find(raw)
    lines.assemble(raw, {i for b in found for i in range(b.first_line, b.last_line + 1)})
    for stage in (lines.join_lines, unicode.repair_unicode, unicode.repair_whitespace):
        out, edits = stage(text)
        assert undo(out, edits) == text
    spin.evidence([text], 10)
    out, edits = spin.repair(text, True)
    assert undo(out, edits) == text
    quotes.extract([text, text], ["Maria Lopez"])
    quotes.spans(text)
    links.extract(text, "body")
    links.related(text)
    people.people([text])


@FAST
@given(TEXTS)
def test_edits_undo_to_the_pre_repair_text(text):
    row = process(text)
    raw = lines.split_lines(text)
    layout = lines.assemble(raw, _removed(text))
    found = take_dateline(boilerplate.find(raw), layout, raw, _removed(text))  # a wire dateline is a span
    if row["headline"] is not None:
        assert undo(row["headline"], _field_edits(row, "headline")) == layout.headline
    kept = [p for p in layout.paragraphs if _normalise(p, "body")[0]]
    assert undo(row["body"], _field_edits(row, "body")) == "\n\n".join(kept)
    for i, (b, out) in enumerate(zip(found, row["boilerplate"])):
        assert undo(out["text"], _field_edits(row, f"boilerplate[{i}]")) == b.text


def _removed(text: str) -> set[int]:
    found = boilerplate.find(lines.split_lines(text))
    return {i for b in found for i in range(b.first_line, b.last_line + 1)}


@FAST
@given(TEXTS)
def test_quote_offsets_point_at_the_quote_text(text):
    row = process(text)
    for q in row["quotes"]:
        source = row["headline"] if q["paragraph"] == -1 else row["paragraphs"][q["paragraph"]]
        assert source[q["start"] : q["end"]] == q["text"]


@FAST
@given(TEXTS)
def test_no_words_are_lost_except_as_recorded_boilerplate(text):
    row = process(text)
    kept = [
        undo(row["headline"] or "", _field_edits(row, "headline")),
        undo(row["body"], _field_edits(row, "body")),
    ]
    kept += [
        undo(b["text"], _field_edits(row, f"boilerplate[{i}]")) for i, b in enumerate(row["boilerplate"])
    ]
    have = set(_WORD.findall("\n".join(kept)))
    for line in lines.split_lines(text):
        missing = set(_WORD.findall(line)) - have
        assert not missing, (line, missing)


# Boilerplate is matched on raw lines while normalisation later drops invisible characters, so
# a notice with a ZWSP or an ESC inside must be recognised on the first pass too.
@pytest.mark.parametrize(
    "text", ["FO\x1bLLOW A ON TWITTER\x80", "Follow us on\u200b Twitter\n\nBody text here."]
)
def test_invisible_characters_do_not_hide_boilerplate(text):
    first = process(text)
    second = process(render(first))
    assert (second["headline"], second["paragraphs"]) == (first["headline"], first["paragraphs"])


@FAST
@given(TEXTS)
def test_normalising_is_idempotent(text):
    first = process(text)
    if not first["headline"]:
        return  # render() needs a headline: without one the first paragraph would become it
    second = process(render(first))
    assert (second["headline"], second["paragraphs"]) == (first["headline"], first["paragraphs"])


def test_mojibake_does_not_hide_boilerplate():
    """Found by hypothesis: the notice must be recognised before its mojibake is repaired, or a second run differs."""
    first = process("\u00c2 Follow us on Twitter")
    assert first["headline"] is None and [b["kind"] for b in first["boilerplate"]] == ["social_follow"]


def test_html_entities_in_plain_text_are_decoded_and_recorded():
    """Scraped dumps keep "&amp;" and "&#8217;": decoded whether or not the paragraph has other non-ASCII text."""
    ascii_only = process("Marks &amp; Spencer sales rise\n\nMarks &amp; Spencer said it&#8217;s confident.")
    mixed = process("Marks &amp; Spencer sales rise\n\nMarks &amp; Spencer said it&#8217;s confident \u2014 caf\u00e9.")
    assert ascii_only["headline"] == "Marks & Spencer sales rise"
    assert ascii_only["body"] == "Marks & Spencer said it\u2019s confident."
    assert mixed["body"].startswith("Marks & Spencer said it\u2019s")
    assert {e["rule"] for e in ascii_only["edits"]} == {"unicode.unescape_html"}
    before = undo(ascii_only["body"], _field_edits(ascii_only, "body"))
    assert before == "Marks &amp; Spencer said it&#8217;s confident."
    # not entities: left alone
    assert process("AT&T; results\n\nQ&A; with R&D; staff.")["body"] == "Q&A; with R&D; staff."
