"""Boilerplate detection: each kind, the traps that look like furniture, windows, blocks, positions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsetl
from newsetl.clean import boilerplate
from newsetl.resources import load_json

VIDEO = [
    "To view this video please enable JavaScript, and consider upgrading to a web",
    "browser that",
    "supports HTML5",
    "video",
]
PROSE = "The council said it would reopen the bridge next month after repairs costing £2m."
SPEC = load_json("boilerplate.json")


def spans(lines: list[str]) -> list[tuple[str, int, int]]:
    return [(b.kind, b.first_line, b.last_line) for b in boilerplate.find(lines)]


def test_video_notice_broken_over_lines_is_one_span():
    lines = ["He said: ‘We will see.", *VIDEO, "‘And then we go on.’"]
    assert spans(lines) == [("video_player", 1, 4)]


def test_footer_kinds():
    lines = [
        "Got a story? Get in touch with our news team by emailing us at desk@example.co.uk.",
        "For more stories like this, check our news page.",
        "Follow Example News on Twitter and Facebook for the latest news updates.",
        "Sign up to our daily newsletter for the biggest stories of the day.",
        "MORE: A related headline about something else",
        "READ MORE: Another related headline",
    ]
    kinds = [b.kind for b in boilerplate.find(lines)]
    assert kinds == ["contact", "more_stories", "social_follow", "newsletter", "related", "related"]


def test_a_window_does_not_swallow_the_next_paragraph():
    lines = ["Got a story?", "The council said it would reopen the bridge next month."]
    assert spans(lines) == [("contact", 0, 0)]


# --- every pattern's own examples, and one fresh line per kind ---------------------------------

EXAMPLES = [(p["kind"], ex) for p in SPEC["patterns"] for ex in p["examples"]]


@pytest.mark.parametrize(("kind", "line"), EXAMPLES, ids=[f"{k}:{e[:30]}" for k, e in EXAMPLES])
def test_pattern_examples(kind, line):
    assert boilerplate.classify(line) == kind


FRESH = [
    ("video_player", "Please enable JavaScript in your browser to watch this video."),
    ("video_player", "Video unavailable"),
    ("contact", "Do you have a story to share? Email newsdesk@example.org"),
    ("contact", "Send us your pictures and videos here"),
    ("newsletter", "Subscribe to our Breaking News email alerts"),
    ("newsletter", "Please enter a valid email address."),
    ("newsletter", "Thanks for signing up!"),
    (
        "newsletter",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    ),
    ("app_promo", "Get the free Example News app for iPhone and Android"),
    ("social_follow", "Follow @ExampleNews on X"),
    ("related", "SEE ALSO: How the new rules will affect you"),
    ("related_header", "You might also like"),
    ("share", "Share this article"),
    ("share", "Copy link"),
    ("cookie", "This website uses cookies to give you the best experience."),
    ("cookie", "Reject all"),
    ("advert", "Article continues after advertisement"),
    ("image_credit", "Picture: PA Media"),
    ("image_credit", "Shutterstock / Jane Doe"),
    ("image_credit", "Crowds gathered outside the court on Monday morning (Picture: Ben Ode/Example)"),
    ("copyright", "© Example Newspapers Ltd 2025"),
    ("copyright", "Copyright 2024 The Associated Press. All rights reserved."),
    ("syndication", "This story was first published by The Valley Star."),
    ("comments", "View comments"),
    ("comments", "Comments are closed."),
    ("author_bio", "Jane Okoro is a political correspondent at Example News."),
    ("editorial", "Editor's note: This story has been updated with comment from the police."),
    ("byline", "By JANE SMITH and Tom Jones"),
    ("byline", "Reuters contributed to this report."),
    ("dateline", "Last updated: Tue 4 Mar 2025 12.03 GMT"),
    ("dateline", "March 4, 2025 at 9:12 a.m."),
    ("breadcrumb", "Sport » Football » Premier League"),
    ("paywall", "Subscribe to keep reading"),
    ("paywall", "You've reached your limit of 5 free articles this month."),
    ("tags", "Filed under: Crime, Courts"),
    ("poll", "VOTE"),
]


@pytest.mark.parametrize(("kind", "line"), FRESH, ids=[k for k, _ in FRESH])
def test_each_kind(kind, line):
    assert boilerplate.classify(line) == kind


# --- traps: news lines that look like furniture ----------------------------------------------

TRAPS = [
    "Follow-up tests on the patients showed no sign of the virus.",
    "More than 200 people attended the meeting in the town hall.",
    "Share prices fell sharply after the announcement.",
    "Sign-ups to the scheme rose 40% in the first month.",
    "Related charges were dropped against the two men on Friday.",
    "The video, which was shared on Twitter, shows the car mounting the pavement.",
    "“Nobody here reads the newsletter, so sign up to it if you like,” said the landlord.",
    "Photo ID will be required at polling stations for the first time.",
    "Read more about the plan on page 4.",
    "Copyright infringement claims rose 12% last year, the report found.",
    "Comments made by the minister were condemned by opposition parties.",
    "Advertising revenue fell by a fifth, the company said.",
    "By 2030, the council hopes to plant 10,000 trees.",
    "By Thursday evening the fire had been brought under control.",
    "Updated figures published on Tuesday show a sharp rise in cases.",
    "Picture this: a town with no buses after 6pm.",
    "Image rights were at the heart of the dispute.",
    "Tom Hale is a former newspaper editor who now runs the village shop.",
    "Download speeds in rural areas remain well below the national average.",
    "Contact tracing teams were stood down in the spring.",
    "Trending upwards for a third month, the index reached a record.",
    "Like many on Facebook, she shared the post without reading it.",
    "Subscribers to the service will pay £2 more a month from June.",
    "Cookies and cake will be served after the service.",
    "On 4 March 2025, the court heard, the defendant left the country.",
    "Tuesday, 1 March",
    "2000 GMT",
    "Join the debate on the future of the pier at the town hall on Friday.",
    "Most readers will remember the winter of 1963.",
]


@pytest.mark.parametrize("line", TRAPS)
def test_trap_is_content(line):
    assert boilerplate.classify(line) is None
    assert boilerplate.find(["Headline about the town", line, PROSE]) == []


# --- position: the headline is the first real line --------------------------------------------


def test_watch_headline_stays_but_watch_promo_in_body_goes():
    lines = [
        "Watch: Moment a seal pup is rescued from a harbour wall",
        PROSE,
        "WATCH: The rescue in full",
        PROSE,
    ]
    assert spans(lines) == [("video_player", 2, 2)]


def test_top_furniture_before_the_headline():
    lines = [
        "Advertisement",
        "News › World › Europe",
        "Bridge to close for a month of repairs",
        "Published 12:03, 4 March 2025 | Updated 14:10",
        "By Sarah Jones, Transport Correspondent",
        PROSE,
    ]
    assert [k for k, _, _ in spans(lines)] == ["advert", "breadcrumb", "dateline", "byline"]
    row = newsetl.process("\n".join(lines))
    assert row["headline"] == "Bridge to close for a month of repairs"


def test_bio_is_content_mid_article_and_boilerplate_at_the_end():
    bio = "Jane Okoro is a senior reporter at Example News covering health."
    assert spans(["Headline", bio, PROSE]) == []
    assert spans(["Headline", PROSE, bio, "Comments"]) == [("author_bio", 2, 2), ("comments", 3, 3)]


# --- blocks: headers and their bare items -----------------------------------------------------


def test_related_block_items_carry_their_headlines():
    lines = [
        "Headline",
        PROSE,
        "Related Articles",
        "Bridge reopens after repairs",
        "",
        "Mayor backs new ferry plan",
        PROSE,
    ]
    found = boilerplate.find(lines)
    assert [(b.kind, b.first_line) for b in found] == [("related_header", 2), ("related", 3), ("related", 5)]
    assert [b.headline for b in found[1:]] == ["Bridge reopens after repairs", "Mayor backs new ferry plan"]


def test_a_block_ends_at_prose_and_absorbs_dates_and_sections():
    lines = ["Headline", PROSE, "Related", "Spring fair returns", "March 1, 2025", 'In "Community"', PROSE]
    found = boilerplate.find(lines)
    assert [(b.kind, b.first_line, b.headline) for b in found] == [
        ("related_header", 2, None),
        ("related", 3, "Spring fair returns"),
        ("related", 4, None),
        ("related", 5, None),
    ]


def test_poll_widget_over_lines_is_one_block():
    lines = ["Headline", PROSE, "VOTE", "Should the pier be saved?", "Yes", "No"]
    lines.append("Results are indicative and may not reflect public opinion")
    assert [k for k, _, _ in spans(lines)] == ["poll"] * 5


def test_core_turns_block_headlines_into_related_links():
    text = "\n".join(
        ["Bridge to close for repairs", PROSE, "More on this story", "Ferry fares to rise in May"]
    )
    links = newsetl.process(text)["links"]
    assert {
        "kind": "related",
        "target": "Ferry fares to rise in May",
        "text": "Ferry fares to rise in May",
        "origin": "boilerplate",
    } in links


# --- windows: notices broken anywhere, never swallowing prose --------------------------------

NOTICE = (
    "To view this video please enable JavaScript, and consider upgrading to a web browser that supports "
    "HTML5 video"
)


@pytest.mark.parametrize("cuts", [(3,), (5, 9), (2, 11, 14), (1, 4, 7, 13)])
def test_video_notice_cut_at_any_words(cuts):
    words = NOTICE.split()
    bounds = [0, *cuts, len(words)]
    pieces = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]
    lines = ["Headline", PROSE, *pieces, PROSE]
    assert spans(lines) == [("video_player", 2, 1 + len(pieces))]


def test_broken_wire_footers():
    lines = [
        "Headline",
        PROSE,
        "(Reporting by Ana Ruiz; Writing by Tom Hale; Editing by",
        "Kim Lee)",
        "Copyright 2025 The Associated Press. All rights reserved. This",
        "material may not be published, broadcast, rewritten or redistributed.",
    ]
    assert spans(lines) == [("byline", 2, 3), ("copyright", 4, 5)]


def test_consent_notice_cut_mid_sentence():
    lines = [
        "Headline",
        PROSE,
        "We use your sign-up to provide content in ways you've consented",
        "to and to improve",
        "our understanding of you. This may include adverts from us and 3rd parties based on our",
        "understanding.",
        PROSE,
    ]
    assert spans(lines) == [("newsletter", 2, 5)]


@pytest.mark.parametrize("pattern", [p for p in SPEC["patterns"] if p.get("window")], ids=lambda p: p["kind"])
def test_window_patterns_are_closed(pattern):
    """A window pattern must not accept its own example with a news paragraph glued on."""
    assert not re.search(r"(?:\.\*|\.\+|\\S\.\*)\)?\$?$", pattern["regex"])
    rx = re.compile(pattern["regex"], re.I)
    for example in pattern["examples"]:
        assert rx.fullmatch(example)
        assert not rx.fullmatch(f"{example} {PROSE}")


# --- open-ended input --------------------------------------------------------------------------

FRAGMENTS = [
    *VIDEO,
    "Related Articles",
    "Read more",
    "VOTE",
    "Yes",
    "",
    "  ",
    "Advertisement",
    "MORE: x",
    "We use your sign-up to provide content",
    "(Reporting by A;",
    "B)",
    PROSE,
    "Copyright 2025 X. All",
    "rights reserved.",
    "Share",
    "Jane Doe is a reporter at X.",
    "\t",
    "©",
    "—",
    "‘",
    "Watch: x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80)), max_size=40))
def test_find_never_raises_and_spans_are_sane(lines):
    found = boilerplate.find(lines)
    last = -1
    for b in found:
        assert 0 <= b.first_line <= b.last_line < len(lines)
        assert b.first_line > last  # in order, non-overlapping
        assert lines[b.first_line].strip()
        last = b.last_line


def test_carousel_controls_in_a_related_block_are_removed_but_are_no_headlines():
    from newsetl import process

    text = (
        "Scratchcard win for mother of two\n\nA mother of two has won a million pounds, she said on Friday.\n\n"
        "RELATED ARTICLES\nPrevious\n1\n2 of 5\nNext\nLottery winner reveals how she spent her fortune\n\n"
        "123 shares\n\nThe comments below have not been moderated.\n"
        "We are no longer accepting comments on this article.\n"
    )
    row = process(text, "mail.txt")
    assert row["paragraphs"] == ["A mother of two has won a million pounds, she said on Friday."]
    related = [link["target"] for link in row["links"] if link["kind"] == "related"]
    assert related == ["Lottery winner reveals how she spent her fortune"]
    kinds = [b["kind"] for b in row["boilerplate"]]
    assert kinds.count("comments") == 2 and "share" in kinds


def test_broadcaster_page_furniture_split_over_lines_is_removed():
    from newsetl import process

    text = (
        "Schools to get new laptops\n\nPublished\n2 hours ago\n\nShare\nclose panel\nAbout sharing\n\n"
        "Image source, Getty Images\nImage caption,\nPupils will get new laptops under the scheme\n\n"
        "By Alys Davies\nWales education correspondent\n\n"
        "Every secondary school will get new laptops, the government has said.\n\n"
        "Media playback is unsupported on your device\nMedia caption,\nA head teacher says the laptops will help\n\n"
        "Short subheading\n\nThe minister said the money would close the gap.\n\n"
        "More on this story\nTeachers warn of laptop shortage\nPublished\n3 March\n"
    )
    row = process(text, "dump.txt")
    assert row["paragraphs"] == [
        "Every secondary school will get new laptops, the government has said.",
        "Short subheading",  # a caption label takes one line, not the lines after it
        "The minister said the money would close the gap.",
    ]
    assert [link["target"] for link in row["links"] if link["kind"] == "related"] == [
        "Teachers warn of laptop shortage"
    ]
    assert row["byline"] == "Alys Davies"


def test_a_line_that_opens_a_failed_window_is_unspun_once():
    """``find`` unspins a short line at most once: the unspun window and the unspun single-line
    match read the same text (each unspin is a full spin scan of the line)."""
    calls: list[str] = []

    def despin(text: str) -> str:
        calls.append(text)
        return text

    lines = ["Council backs plan", "", "Research by the council", "", "The vote was held on Monday after a debate."]
    boilerplate.find(lines, despin=despin)
    assert calls.count("Research by the council") == 1


@pytest.mark.parametrize(
    "bio",
    [
        "Tomas Reyes is technology correspondent for The Wire, a co-production of two public broadcasters.",
        "Ines Okafor is features editor at Harbour Weekly",
        "Dana Whitlock is senior political reporter for The Evening Ledger.",
    ],
)
def test_a_bio_without_an_article_closes_the_page(bio):
    """'X is technology correspondent for The Y': the article-less bio, taken at the end of the page only."""
    assert spans(["Headline", PROSE, bio]) == [("author_bio", 2, 2)]
    assert spans(["Headline", bio, PROSE]) == []


@pytest.mark.parametrize(
    "line",
    [
        "He is now editor of The Sunday Courier.",
        "Ms Patel is deputy editor of The Clarion.",
        "Alan Voss is still editor of The Northern Post after the vote.",
        "The paper is editor-led.",
    ],
)
def test_last_line_naming_an_editor_in_the_story_stays(line):
    assert spans(["Headline", PROSE, line]) == []
