"""HTML extraction structures found on real news pages, rebuilt as small invented pages.

Each test names the structure: link-dense menus and teaser lists, an og:title carrying a site
and date tail, schema.org JSON-LD as the metadata (and sometimes the only body) source, printed
bylines, and dates that belong to a sidebar rather than the article.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.read.html import extract

PROSE = [
    "The ferry operator said the new timetable would add two crossings a day from March.",
    "Passengers had complained for years that the last boat left before the evening shift ended.",
]


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_link_lists_and_teasers_are_dropped_prose_with_links_is_kept():
    body = f"""
    <div class="topbar"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
      <li><a href="/sport">Sport</a></li></ul></div>
    <div class="story">
      <h1>Ferry timetable to add evening crossings</h1>
      <p>{PROSE[0]}</p>
      <p>{PROSE[1]} <a href="/earlier">An earlier report</a> set out the complaints.</p>
      <p><a href="https://example.org/timetable.pdf">The full timetable is published online</a></p>
      <ul><li><a href="/tide">Tide tables</a>, which the operator updates each week</li></ul>
    </div>
    <div class="more-stories">
      <div class="card"><a href="/a"><h2>Bridge closure extended by a month</h2>
        <p>Drivers face a longer detour after inspectors found more corrosion than expected.</p></a></div>
      <div class="card"><a href="/b"><h2>Harbour cafe wins award</h2>
        <p>The owners thanked the fishermen who supply the kitchen every morning.</p></a></div>
    </div>
    <ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/jobs">Jobs</a></li></ul>"""
    page = extract(_page(body))
    text = "\n".join(page.paragraphs)
    assert page.paragraphs[0] == PROSE[0]
    assert PROSE[1] in text and "An earlier report set out the complaints." in text
    assert "The full timetable is published online" in text  # a one-link paragraph is prose
    assert "which the operator updates each week" in text  # a list item that is mostly words
    for gone in ("Home", "Sport", "Bridge closure", "more corrosion", "Harbour cafe", "About us", "Jobs"):
        assert gone not in text


@settings(max_examples=40, deadline=None)
@given(
    menu=st.lists(st.text(alphabet="abcdefghij ", min_size=3, max_size=20).filter(str.strip), min_size=1, max_size=8),
    before=st.booleans(),
)
def test_any_menu_of_links_vanishes_and_the_article_stays(menu, before):
    items = "".join(f'<li><a href="/m{i}">MENU{i} {label}</a></li>' for i, label in enumerate(menu))
    menu_html = f'<div class="bar"><ul>{items}</ul></div>'
    article = f"<div><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>"
    page = extract(_page(menu_html + article if before else article + menu_html))
    assert page.paragraphs == PROSE


def test_og_title_with_site_and_date_tail_gives_way_to_the_h1():
    head = '<meta property="og:title" content="Ferry timetable changes | Island Post | 10.06.2013">'
    page = extract(_page(f"<article><h1>Ferry timetable changes</h1><p>{PROSE[0]}</p></article>", head))
    assert page.headline == "Ferry timetable changes"
    # an og:title that is not the h1 plus a tail stays (the h1 may be a section label)
    head = '<meta property="og:title" content="Ferry timetable changes from March">'
    page = extract(_page(f"<article><h1>Ferry timetable changes</h1><p>{PROSE[0]}</p></article>", head))
    assert page.headline == "Ferry timetable changes from March"


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_jsonld_graph_gives_date_url_and_author_by_reference():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://post.example/#site", "name": "Island Post"},
            {
                "@type": "NewsArticle",
                "headline": "Ferry timetable changes",
                "datePublished": "2021-03-02T07:00:00+00:00",
                "mainEntityOfPage": {"@id": "https://post.example/ferry"},
                "author": {"@id": "https://post.example/#/person/1"},
            },
            {"@type": "Person", "@id": "https://post.example/#/person/1", "name": "Ana Ruiz"},
        ],
    }
    page = extract(_page(f"<article><p>{PROSE[0]}</p></article>", _ld(graph)))
    assert page.headline == "Ferry timetable changes"
    assert page.meta["date"] == "2021-03-02T07:00:00+00:00"
    assert page.meta["url"] == "https://post.example/ferry"
    assert page.meta["author"] == "Ana Ruiz"


def test_meta_tags_win_over_jsonld_and_several_authors_are_joined():
    ld = {"@type": ["BlogPosting"], "datePublished": "2020-01-01", "author": [{"name": "Ana Ruiz"}, "Tom Ho"]}
    head = '<meta property="article:published_time" content="2021-05-05">' + _ld([ld])
    page = extract(_page(f"<article><p>{PROSE[0]}</p></article>", head))
    assert page.meta["date"] == "2021-05-05"
    assert page.meta["author"] == "Ana Ruiz, Tom Ho"


def test_jsonld_article_body_replaces_a_dom_that_only_holds_a_teaser():
    body_text = "\n".join(PROSE + ["The council will review the timetable after six months."])
    ld = {"@type": "NewsArticle", "headline": "Ferry timetable changes", "articleBody": body_text}
    page = extract(_page('<div id="app"><p>Loading the story…</p></div>', _ld(ld)))
    assert page.paragraphs == body_text.split("\n")
    # a DOM that holds the article is kept even when JSON-LD repeats a shorter body
    dom = "".join(f"<p>{p}</p>" for p in PROSE)
    ld["articleBody"] = PROSE[0]
    assert extract(_page(f"<article>{dom}</article>", _ld(ld))).paragraphs == PROSE


@settings(max_examples=60, deadline=None)
@given(junk=st.one_of(st.text(max_size=200), st.just("[" * 5000 + "]" * 5000), st.just('{"@graph": [1, "x", null]}')))
def test_broken_or_odd_jsonld_is_ignored(junk):
    head = f'<script type="application/ld+json">{junk.replace("</", "<")}</script>'
    page = extract(_page(f"<article><h1>Ferry</h1><p>{PROSE[0]}</p></article>", head))
    assert page.paragraphs == [PROSE[0]]
    assert page.headline == "Ferry"


def test_printed_byline_fills_a_missing_author_and_long_author_boxes_do_not():
    body = f"""<article><h1>Ferry timetable changes</h1>
      <div class="byline">By Ana Ruiz</div><p>{PROSE[0]}</p></article>"""
    page = extract(_page(body))
    assert page.meta["author"] == "Ana Ruiz"
    assert "By Ana Ruiz" not in page.paragraphs
    bio = "Ana has covered island transport, harbours and the ferry companies for the Post since 2009."
    page = extract(_page(f'<article><p>{PROSE[0]}</p><div class="author">{bio}</div></article>'))
    assert "author" not in page.meta


def test_date_comes_from_the_article_not_from_a_sidebar_event_list():
    sidebar = '<div class="events"><time datetime="2030-12-11">11.12.2030</time> Carol concert</div>'
    article = f'<article><time datetime="2021-03-02">2 March</time><p>{PROSE[0]}</p></article>'
    assert extract(_page(sidebar + article)).meta["date"] == "2021-03-02"
    no_container = f'<div class="main"><p>{PROSE[0]}</p></div>'
    assert "date" not in extract(_page(sidebar + no_container)).meta


_LINKED_PAGE = """<html><head><link rel="canonical" href="https://news.example/uk/ferry"></head><body>
<article><h1>Ferries cancelled as storm hits</h1>
<div class="share-bar"><a href="https://twitter.com/intent/tweet?url=x">Share on Twitter</a></div>
<p>All sailings were cancelled on Saturday, the operator said on <a href="/travel/status">its status page</a>.</p>
<p>Passengers can follow <a href="https://twitter.com/ferryco">Ferry Co</a> or write to
<a href="mailto:help@ferry.example?subject=refund">help@ferry.example</a> for refunds.</p>
<p>More details are <a href="#details">below</a> and <a href="javascript:void(0)">here</a>.</p>
<aside class="related-stories"><ul><li><a href="/uk/fares">Ferry fares to rise in January</a></li>
<li><a href="/uk/storm">Storm closes coastal roads</a></li><li><a href="/more">More</a></li></ul></aside>
</article><footer><a href="/terms">Terms of use for this website</a></footer></body></html>"""


def test_page_links_from_anchors_in_the_kept_text_and_in_related_lists():
    links = extract(_LINKED_PAGE).meta["links"]
    assert {"kind": "url", "href": "https://news.example/travel/status", "text": "its status page"} in links
    assert {"kind": "url", "href": "https://twitter.com/ferryco", "text": "Ferry Co"} in links
    assert {"kind": "email", "href": "help@ferry.example", "text": "help@ferry.example"} in links
    related = [(link["href"], link["text"]) for link in links if link["kind"] == "related"]
    assert related == [("https://news.example/uk/fares", "Ferry fares to rise in January"),
                       ("https://news.example/uk/storm", "Storm closes coastal roads")]
    hrefs = " ".join(link["href"] for link in links)
    assert not any(bad in hrefs for bad in ("intent/tweet", "terms", "#details", "javascript"))


def test_page_links_reach_the_row_with_targets_normalised():
    from newsetl import process
    from newsetl.read.html import page_record

    doc = page_record("page.html", _LINKED_PAGE.encode())
    row = process(doc.text, doc.source, doc.meta, doc.encoding)
    got = {(link["kind"], link["target"], link["origin"]) for link in row["links"]}
    assert ("url", "https://news.example/travel/status", "body") in got
    assert ("social", "twitter:ferryco", "body") in got
    assert ("email", "help@ferry.example", "body") in got
    assert ("related", "https://news.example/uk/fares", "boilerplate") in got
