"""Acceptance on the real spun dump in ../shared/seed (issue 2's definition of done)."""

import newsetl
from newsetl.edits import undo


def test_seed_headline_body_and_boilerplate(seed_text):
    row = newsetl.process(seed_text, "seed.txt")
    assert row["headline"] == seed_text.splitlines()[0].strip().replace("giant caveat", "big caveat") or row[
        "headline"
    ].startswith("Vladimir Putin has hinted that he supports a 30-day ceasefire in Ukraine")
    body = row["body"]
    for gone in ("enable JavaScript", "HTML5", "Got a story", "For more stories like this", "Follow Metro", "MORE:"):
        assert gone not in body
    kinds = {b["kind"] for b in row["boilerplate"]}
    assert {"video_player", "contact", "more_stories", "social_follow", "related"} <= kinds


def test_seed_spin_is_repaired(seed_text):
    body = newsetl.process(seed_text)["body"]
    assert "One of the announcements made during the conference" in body
    assert "in both countries" in body
    assert "in each countries" not in body


def test_seed_edits_rebuild_the_pre_repair_text(seed_text):
    row = newsetl.process(seed_text)
    body_edits = [_edit(e) for e in row["edits"] if e["field"] == "body"]
    before = undo(row["body"], body_edits)
    # Every original body line is back, byte for byte (paragraph breaks aside).
    for line in seed_text.splitlines()[1:5]:
        assert line in before


def test_seed_quotes_and_speakers(seed_text):
    quotes = newsetl.process(seed_text)["quotes"]
    first = next(q for q in quotes if q["text"].startswith("We agree with the proposals to stop hostilities"))
    assert first["cue"] == "told"
    assert first["speaker"] == "Vladimir Putin"
    assert first["speaker_mention"] == "the leader"
    texts = [q["text"] for q in quotes if q.get("kind") not in ("scare", "title", "nickname", "term")]
    assert "friendship" not in texts and "hostile" not in texts


def test_seed_links(seed_text):
    links = newsetl.process(seed_text)["links"]
    by_kind: dict[str, set[str]] = {}
    for link in links:
        by_kind.setdefault(link["kind"], set()).add(link["target"])
    assert "webnews@metro.co.uk" in by_kind["email"]
    assert len(by_kind["related"]) == 3
    socials = " ".join(by_kind["social"]).lower()
    assert "twitter" in socials and "facebook" in socials and "metro.co.uk" in socials


def _edit(e: dict):
    from newsetl.edits import Edit

    return Edit(e["rule"], e["before"], e["after"], e["start"], e["end"], e["field"])
