"""Defects found by a blind end-to-end audit over self-written dumps (small, invented fixtures)."""

from __future__ import annotations

import newsetl
from newsetl.clean import boilerplate

HEAD = "Town hall clock to chime again after repairs"
P1 = (
    "The clock on the old town hall will chime again from Monday after a\n"
    "restoration that took two years and cost the council more than £90,000."
)
P2 = "Volunteers raised a third of the money through cake sales and a\nsponsored walk around the market square."


def _dump(*blocks: str) -> str:
    return "\n\n".join([HEAD, P1, *blocks, P2]) + "\n"


def test_hard_wrapped_newsletter_notice_is_removed_whole():
    row = newsetl.process(
        _dump(P1, "Sign up to our free Anytown Echo newsletter for the latest news\nstraight to your inbox.")
    )
    assert not any("inbox" in p for p in row["paragraphs"])
    assert [b["kind"] for b in row["boilerplate"]] == ["newsletter"]
    assert row["boilerplate"][0]["text"].endswith("straight to your inbox.")


def test_hard_wrapped_follow_notice_takes_its_email_with_it():
    notice = "Follow Anytown Echo on Facebook, X and Instagram. Send your story\nideas to news@anytown-echo.example."
    row = newsetl.process(_dump(notice))
    assert not any("ideas to" in p for p in row["paragraphs"])
    mail = [link for link in row["links"] if link["kind"] == "email"]
    assert [(m["target"], m["origin"]) for m in mail] == [("news@anytown-echo.example", "boilerplate")]


def test_hard_wrapped_cookie_notice_is_removed_whole():
    notice = "We use cookies to improve your experience on our site. By continuing\nto browse you agree to our use of"
    row = newsetl.process(_dump(notice + " cookies. Find out more."))
    assert len(row["paragraphs"]) == 2
    assert [b["kind"] for b in row["boilerplate"]] == ["cookie"]


def test_a_notice_is_not_run_on_into_the_next_paragraph_line():
    # one paragraph per line: the next line is a paragraph of its own, even when the notice has no full stop
    lines = ["Sign up to our free newsletter for the latest news", "Council leaders met on Monday."]
    assert [(b.first_line, b.last_line) for b in boilerplate.find(lines)] == [(0, 0)]
