"""Defects found by the second blind end-to-end audit (inputs in tests/data/e2e2, expectations in
its expected.json, written before the code was read). Each test failed before its fix."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsetl import process
from newsetl.clean import boilerplate
from newsetl.edits import undo
from newsetl.read import RawDoc, read_path
from newsetl.resources import data_path
from newsetl.stage import to_row

DATA = Path(__file__).parent / "data" / "e2e2"


def _body_edits(row: dict) -> list:
    from newsetl.edits import Edit

    keys = ("rule", "before", "after", "start", "end", "field")
    return [Edit(*(e[k] for k in keys)) for e in row["edits"] if e["field"] == "body"]


@pytest.mark.parametrize(
    ("name", "dateline", "first_words"),
    [
        ("reuters_wire.txt", "LONDON (Reuters) -", "Dock workers at the port"),
        ("ap_wire.txt", "WASHINGTON (AP) —", "The Senate on Friday"),
        ("ap_kyiv.txt", "KYIV, Ukraine (AP) —", "A wave of Russian drones"),
    ],
)
def test_wire_dateline_is_taken_off_the_first_paragraph_as_a_dateline_span(name, dateline, first_words):
    row = process((DATA / name).read_text(encoding="utf-8"))
    assert row["paragraphs"][0].startswith(first_words)
    assert dateline not in row["body"]
    assert {"kind": "dateline", "text": dateline} in row["boilerplate"]


def test_wire_dateline_cut_keeps_body_edits_undoable_and_quotes_in_place():
    text = (
        "Mill to close with loss of 300 jobs\n\n"
        "BRADFORD, England, March 3 (Reuters) - A textile mill that has run since 1868 will close, its owner\n"
        "said on Monday, caf&#233; owners nearby fearing the worst.\n\n"
        '"It is the end of an era," said union official Anne Ward.\n'
    )
    row = process(text)
    assert row["paragraphs"][0].startswith("A textile mill")
    assert row["boilerplate"][0] == {"kind": "dateline", "text": "BRADFORD, England, March 3 (Reuters) -"}
    before = (
        "A textile mill that has run since 1868 will close, its owner\n"
        "said on Monday, caf&#233; owners nearby fearing the worst."
    )
    assert undo(row["body"], _body_edits(row)).split("\n\n")[0] == before
    q = row["quotes"][0]
    assert row["paragraphs"][q["paragraph"]][q["start"] : q["end"]] == q["text"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "US - The figures were revised on Friday.",
        "NATO — the alliance said it would respond.",
        "FTSE 100 - Shares rose in early trade.",
        "UK — The economy grew by 0.1%.",
        "Mr Blair — who was speaking in Sedgefield — said it was wrong.",
    ],
)
def test_prose_opening_like_a_dateline_stays(paragraph):
    row = process("A headline for the story\n\n" + paragraph + "\n\nA second paragraph follows here.\n")
    assert row["paragraphs"][0] == paragraph
    assert not any(b["kind"] == "dateline" for b in row["boilerplate"])


def test_wire_dateline_data_examples_and_traps():
    spec = json.loads(data_path("boilerplate.json").read_text(encoding="utf-8"))
    for example in spec["wire_dateline"]["examples"]:
        assert boilerplate.wire_dateline(example + "Text") == len(example)
    for trap in spec["wire_dateline"]["traps"]:
        assert boilerplate.wire_dateline(trap) == 0


def test_bbc_credit_line_under_the_byline_is_byline_furniture():
    row = process((DATA / "bbc_credit.txt").read_text(encoding="utf-8"))
    assert row["paragraphs"][0].startswith("The last bank in")
    assert {"kind": "byline", "text": "BBC News, Shropshire"} in row["boilerplate"]
    assert row["byline"] == "Priya Khatri"


@pytest.mark.parametrize(
    "text",
    [
        "BBC Scotland cuts 50 jobs in newsroom shake-up",  # a headline
        "BBC News said it would appeal against the ruling.",
        "BBC Sport understands the deal is close.",
    ],
)
def test_prose_and_headlines_naming_the_bbc_stay(text):
    row = process(text + "\n\n" + text + "\n\nAnother paragraph of news follows here.\n")
    assert row["headline"] == text
    assert row["paragraphs"][0] == text


def test_listen_to_this_article_takes_its_duration_line_with_it():
    row = process((DATA / "correction.txt").read_text(encoding="utf-8"))
    assert row["paragraphs"][0].startswith("A council has admitted")
    assert row["boilerplate"][0]["kind"] == "share"
    assert "4 min" not in row["body"]


def test_wire_footer_rule_and_coverage_promo_are_furniture():
    row = process((DATA / "ap_kyiv.txt").read_text(encoding="utf-8"))
    assert row["paragraphs"][-1].startswith("Ukraine's air force said")
    kinds = [b["kind"] for b in row["boilerplate"]]
    assert kinds == ["dateline", "separator", "more_stories"]
    assert [lk["origin"] for lk in row["links"]] == ["boilerplate"]


def test_interview_edited_note_is_editorial_furniture():
    row = process((DATA / "qa_interview.txt").read_text(encoding="utf-8"))
    assert row["paragraphs"][-1] == "A: Count everything twice, and pay your staff first."
    note = "This interview has been edited for length and clarity."
    assert row["boilerplate"] == [{"kind": "editorial", "text": note}]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, he told the committee.",
        "The interview was edited by his lawyers before broadcast, she said.",
        "Prices rose - sharply - in March.",
    ],
)
def test_prose_like_the_new_furniture_stays(line):
    assert boilerplate.classify(line) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Republican Sen. John Thune of South Dakota said the bill was "a patch, not a plan."', "John Thune"),
        ('Mayor Jane Cole of Springfield said: "We will rebuild the bridge."', "Jane Cole"),
        ('Professor Anna Marsh of Leeds University said: "It is very rare."', "Anna Marsh"),
        ('A spokesman for Thames Water said: "We are sorry for the disruption."', "Thames Water"),
        ('"We are not going anywhere," Rep. Alexandria Ocasio-Cortez of New York said.', "Alexandria Ocasio-Cortez"),
        ('Bank of England Governor Andrew Bailey said: "Inflation is falling."', "Andrew Bailey"),
        ('Sheriff Mike Brown of Kern County said: "No comment at this time."', "Mike Brown"),
        ('"The port is closed," Captain Lars Berg of the Norwegian coastguard said.', "Lars Berg"),
        ('Newcastle director of rugby Rob Andrew said: "He is fine."', "Rob Andrew"),
        ('"The data is clear," WHO Director-General Tedros Adhanom Ghebreyesus said.', "Tedros Adhanom Ghebreyesus"),
        ('UN Secretary-General Antonio Guterres said: "This must stop."', "Antonio Guterres"),
    ],
)
def test_a_named_person_of_a_place_or_body_is_the_speaker_not_the_place(sentence, speaker):
    row = process("Headline of the story\n\n" + sentence + "\n\nMore text follows here.\n")
    assert [q["speaker"] for q in row["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cThis is a line in the sand,\u201d said Kent County Council\u2019s education lead, Rory Love.",
        "\"This is a line in the sand,\" said the council's education lead, Rory Love.",
    ],
)
def test_name_apposed_to_an_owned_role_after_an_inverted_cue_is_the_speaker(sentence):
    row = process("Schools told to ban phones\n\n" + sentence + "\n\nMore text follows here.\n")
    assert [q["speaker"] for q in row["quotes"]] == ["Rory Love"]


def test_an_owned_thing_that_is_no_role_does_not_take_a_following_clause():
    row = process("Club wins cup\n\n\"We won,\" said the club's statement, released on Friday.\n\nMore text.\n")
    assert [q["speaker"] for q in row["quotes"]] == [None]


def _file_rows(name: str) -> list[dict]:
    path = DATA / name
    docs = [r for r in read_path(str(path), io.BytesIO(path.read_bytes())) if isinstance(r, RawDoc)]
    return [to_row(d) for d in docs]


def test_json_ld_publisher_name_is_the_site_when_the_page_has_no_og_site_name():
    (row,) = _file_rows("amp.html")
    assert row["site"] == "Daily Rail"
    assert row["byline"] == "Sam Okoro"


def test_trafilatura_source_hostname_is_the_site_name_not_the_host():
    (row,) = _file_rows("trafilatura.jsonl")
    assert row["site"] == "Valley Gazette"
    assert row["url"] == "https://www.valleygazette.example/news/library-reopens"


def test_agency_line_under_a_byline_goes_and_the_dateline_below_it_is_cut():
    text = (
        "Storm batters coast\n\nBy JOHN ROE\nAssociated Press\n\n"
        "MIAMI (AP) --\nA powerful storm battered the\ncoast on Sunday, officials said.\n\nThousands lost power.\n"
    )
    row = process(text)
    first = "A powerful storm battered the coast on Sunday, officials said."
    assert row["paragraphs"] == [first, "Thousands lost power."]
    assert [b["kind"] for b in row["boilerplate"]] == ["byline", "byline", "dateline"]
    assert row["byline"] == "JOHN ROE"


@pytest.mark.parametrize("line", ["The Associated Press reported the figures.", "Reuters said", "The Press"])
def test_sentences_naming_an_agency_stay(line):
    assert boilerplate.classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Skip past newsletter promotion", "newsletter"),
        ("after newsletter promotion", "newsletter"),
        ("Enable JavaScript to view this content", "video_player"),
        ("Video, 00:01:32, Watch: the rescue", "video_player"),
        ("This story has been corrected to show the vote was on Tuesday, not Monday.", "editorial"),
    ],
)
def test_furniture_lines_from_the_probe_are_removed_from_the_body(line, kind):
    first = "Water poured through the high street on Sunday."
    text = f"Flood defences fail in market town\n\n{first}\n\n{line}\n\nShops stayed shut.\n"
    row = process(text)
    assert row["paragraphs"] == [first, "Shops stayed shut."]
    assert row["boilerplate"] == [{"kind": kind, "text": line}]


@pytest.mark.parametrize(
    "line", ["Video, it seems, killed the radio star.", "After newsletter promotion, sales rose.", "Enable the app."]
)
def test_prose_like_the_probe_furniture_stays(line):
    assert boilerplate.classify(line) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The data is clear," WHO chief Tedros Adhanom Ghebreyesus said.', "Tedros Adhanom Ghebreyesus"),
        ('"It is clear," WHO Director-General Tedros Adhanom Ghebreyesus told MPs.', "Tedros Adhanom Ghebreyesus"),
    ],
)
def test_initials_spelling_a_function_word_do_not_end_the_speaker_mention(sentence, speaker):
    row = process("Headline of the story\n\n" + sentence + "\n\nMore text follows here.\n")
    assert [q["speaker"] for q in row["quotes"]] == [speaker]  # the quote was dropped: "WHO" read as "who"
