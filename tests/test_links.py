"""Links: URLs, e-mails, social accounts, phones, related headlines; false positives stay out."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.core import process
from newsetl.extract.links import Link, dedupe, extract, normalise_url, related


def found(text: str, kind: str | None = None) -> list[tuple[str, str]]:
    return [(link.kind, link.target) for link in extract(text, "body") if kind is None or link.kind == kind]


# --- URLs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Details are at https://www.Example.com/path/?utm_source=tw&id=4#top.",
            "https://www.example.com/path/?id=4",
        ),
        ("See bbc.co.uk/news, which was updated.", "https://bbc.co.uk/news"),
        ("(More at www.gov.uk/help)", "https://www.gov.uk/help"),
        ("Shoppers used Amazon.co.uk more.", "https://amazon.co.uk"),
        (
            "Read https://en.wikipedia.org/wiki/Foo_(bar), then leave.",
            "https://en.wikipedia.org/wiki/Foo_%28bar%29",
        ),
        ("The site (example.org) went down.", "https://example.org"),
        ("\u201chttp://news.example.net/a-b\u201d", "http://news.example.net/a-b"),
        ("Its site, latinohiphopradio.com's top page", "https://latinohiphopradio.com"),
    ],
)
def test_urls_are_found_trimmed_and_normalised(text, target):
    assert found(text, "url") == [("url", target)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr.Smith met the U.S. envoy at No.10 at 10 a.m., e.g. on Monday.",
        "Profits rose to 3.5bn, up 0.7% on 2.4m units; version 2.6.1 shipped.",
        "Open report.txt, photo.jpg and setup.py in the Ph.D. folder.",
        "The deal collapsed.It was the end.The shares fell.",
        "The dot.com boom ended in 2001.",
        "Scores: 3-1, 2.5 and 1.0; the St.Helens match.",
    ],
)
def test_not_urls(text):
    assert found(text) == []


def test_normalise_url_rejects_non_hosts():
    assert normalise_url("https://exa mple") is None
    assert normalise_url("http://[::1") is None
    assert normalise_url("Example.COM:443/a") == "https://example.com/a"


# --- e-mail and social ---------------------------------------------------------------------------


def test_email_lowercased_and_not_a_url_or_handle():
    links = found("Write to News.Desk@Metro.co.uk. Thanks.")
    assert links == [("email", "news.desk@metro.co.uk")]


def test_follow_line_gives_one_account_per_platform():
    text = "Follow Metro.co.uk on Twitter, Instagram and Facebook for the latest news updates."
    social = found(text, "social")
    assert social == [
        ("social", "twitter:Metro.co.uk"),
        ("social", "instagram:Metro.co.uk"),
        ("social", "facebook:Metro.co.uk"),
    ]
    assert found("Follow us on Twitter and Facebook.", "social") == []


def test_handles_take_the_nearest_platform_in_their_sentence():
    text = "She tweeted @jane_doe99 about it. Instagram: @city.gallery and TikTok @citygallery"
    assert found(text, "social") == [
        ("social", "twitter:jane_doe99"),
        ("social", "instagram:city.gallery"),
        ("social", "tiktok:citygallery"),
    ]
    assert found("Thanks to @bob for the tip.", "social") == [("social", "handle:bob")]
    assert found("Seti@home and user@ host", "social") == []


def test_profile_urls_are_social_accounts_too():
    text = (
        "See x.com/CityCouncil/status/123, instagram.com/city.gallery and https://www.tiktok.com/@artsdesk."
    )
    social = found(text, "social")
    assert ("social", "twitter:CityCouncil") in social
    assert ("social", "instagram:city.gallery") in social
    assert ("social", "tiktok:artsdesk") in social
    assert found("Share via https://twitter.com/intent/tweet?text=hi", "social") == []


# --- phones -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("For advice call the helpline on 0800 123 4567.", "08001234567"),
        ("WhatsApp the newsdesk on +44 (0)7700 900123 with your videos.", "+447700900123"),
        ("Tel: 020 7946 0000", "02079460000"),
        ("Police asked witnesses to come forward on 0845 600 8000 or via the website.", "08456008000"),
        ("In the US, phone (202) 555-0100 for details.", "2025550100"),
        ("Call 1-800-273-8255 for support.", "18002738255"),
        ("You can call Samaritans free on 116 123, day or night.", "116123"),
        ("In an emergency, always dial 999.", "999"),
    ],
)
def test_phone_numbers_after_a_cue(text, target):
    assert found(text, "phone") == [("phone", target)]


@pytest.mark.parametrize(
    "text",
    [
        "The firm called 100 customers in 2019 and 2020.",
        "He scored 1,000 runs and won 2-1 on 12 March 2024, a 0.5 point lead.",
        "Phone sales rose to 2,500,000 units, worth \u00a31234567890.",
        "What is the number 4 in this number 40052308090?",
        "The number 111 bus was late. The 0800 123 4567 line was closed.",
        "Mobile phone firms made 12345678901 calls last year.",
        "Call of Duty sold 10 million copies. 01234 567890 was the code.",
    ],
)
def test_not_phones(text):
    assert found(text, "phone") == []


# --- related headlines ---------------------------------------------------------------------------


def test_more_line_is_a_related_headline():
    link = related("MORE: Council approves \u2018landmark\u2019 bridge plan")
    assert link == Link(
        "related",
        "Council approves \u2018landmark\u2019 bridge plan",
        "MORE: Council approves \u2018landmark\u2019 bridge plan",
        "boilerplate",
    )
    assert related("More than 900 people attended.") is None


ARTICLE = """Harbour wall repairs to start next month
Repairs to the storm-damaged harbour wall will begin on 3 June, the council has confirmed.
\u2018We know people have waited a long time,\u2019 said the council leader.
For advice call the harbour office on 01632 960 123 or email harbour@council.example.org.
MORE: Lifeboat station gets a new all-weather boat
"""


def test_process_records_body_and_boilerplate_links():
    row = process(ARTICLE, "fixture")
    pairs = [(link["kind"], link["target"], link["origin"]) for link in row["links"]]
    assert pairs == [
        ("email", "harbour@council.example.org", "body"),
        ("phone", "01632960123", "body"),
        ("related", "Lifeboat station gets a new all-weather boat", "boilerplate"),
    ]


def test_seed_links():
    seed = Path("/work/shared/seed/metro-putin-ceasefire.txt")
    row = process(seed.read_text(encoding="utf-8"), "seed")
    pairs = {(link["kind"], link["target"]) for link in row["links"]}
    assert ("email", "webnews@metro.co.uk") in pairs
    assert {("social", "twitter:Metro.co.uk"), ("social", "facebook:Metro.co.uk")} <= pairs
    related_links = [link["target"] for link in row["links"] if link["kind"] == "related"]
    assert len(related_links) == 3
    assert related_links[0].startswith("Putin seen wearing military gear")
    assert all(link["origin"] == "boilerplate" for link in row["links"])


def test_origins_and_dedupe():
    row = process("Visit example.org today\n\nThe site example.org and team@example.org were busy.\n", "x")
    rows = [(link["kind"], link["target"], link["origin"]) for link in row["links"]]
    assert rows == [("url", "https://example.org", "headline"), ("email", "team@example.org", "body")]
    assert dedupe([Link("url", "a", "a", "body"), Link("url", "a", "A", "headline")]) == [
        Link("url", "a", "a", "body")
    ]


_PIECES = list("ab.@:/ w0123+()-_\u2019,?Cc") + [
    "call ",
    "on ",
    "www.",
    ".com",
    "http://",
    "Follow ",
    " Twitter",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join) | st.text(max_size=200))
def test_extract_never_raises_and_targets_are_non_empty(text):
    for link in extract(text, "body"):
        assert link.target and link.target.strip()
        assert link.kind in {"url", "email", "social", "phone"}
    related(text)


@pytest.mark.parametrize(
    "text",
    [
        "Twitter @a. " * 10_000,
        "@a " * 30_000,
        "a-" * 50_000 + ".com",
        "x" * 60 + "@" + "b." * 40_000,
        "call 0" + " 1" * 50_000,
        "Follow " + "A " * 30_000 + "on Twitter",
    ],
)
def test_hostile_text_stays_fast(text):
    start = time.monotonic()
    extract(text, "body")
    assert time.monotonic() - start < 5
