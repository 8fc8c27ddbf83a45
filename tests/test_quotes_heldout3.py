"""Causes of errors found on the third held-out quote set (held-out 3), one test per fix.

Each test uses its own small invented sentences (not the passages of the labelled set).
"""

from __future__ import annotations

from quote_rows import _one, _q

from newsetl.extract import people


def test_job_and_rank_words_before_a_name_are_not_part_of_it():
    rows = _q(
        [
            "Coxswain Alan Birtles said: \u201cThe sea was wild all night.\u201d",
            "Parent Joanne Hurst said: \u201cNobody asked the families.\u201d",
            "Detective Sergeant Kevin Moor said the man was \u201cdangerous and unpredictable\u201d.",
            "Referee Colin Dyer said: \u201cI saw the foul clearly.\u201d",
        ]
    )
    assert [r["speaker"] for r in rows] == ["Alan Birtles", "Joanne Hurst", "Kevin Moor", "Colin Dyer"]


def test_a_company_ending_in_limited_is_not_a_person():
    paragraphs = [
        "Ravi Kant, the head of Coastal Petrochemicals Limited (CPL), stayed away from the meeting.",
        "Coastal Petrochemicals Limited shares fell. The deal was signed by TV producer Harbour Lane Pictures Limited.",
    ]
    names = [p["name"] for p in people.rows(people.build(None, paragraphs))]
    assert names == ["Ravi Kant"]


def test_a_group_of_people_speaks_for_nobody_in_particular():
    paragraphs = [
        "Head teacher Carol Ames wrote to parents last week.",
        "The school\u2019s governors said the policy would be reviewed \u201cafter one full year\u201d.",
        "Match organisers posted: \u201cThe game is off. Refunds will follow.\u201d",
    ]
    assert _one(paragraphs, "after one")["speaker"] is None
    assert _one(paragraphs, "The game")["speaker"] is None


def test_a_quote_after_a_possessive_in_the_headline_names_a_thing():
    body = ["The Rev Paul Hart, 52, was hit by lightning in a field near Ross on Sunday."]
    assert _q(body, headline="Priest's 'miracle' escape after storm") == []
    assert _q(body, headline="Town’s ‘litter tsar’ resigns") == []
    # before a preposition the quote is still the owner's words
    assert [r["kind"] for r in _q(body, headline="Priest's 'lucky day' after storm")] == ["headline"]


def test_a_question_or_topic_label_before_a_quote_hands_the_floor_back():
    paragraphs = [
        "Retiring headmaster Owen Lacey looked back on 30 years at the school.",
        "\u201cI loved every minute of it,\u201d he said.",
        "Any regrets? \u201cOnly that I never learned the pupils\u2019 names fast enough.\u201d",
        "On the new head: \u201cShe will be brilliant. The school is in good hands.\u201d",
    ]
    rows = [_one(paragraphs, t) for t in ("Only that", "She will")]
    assert [(r["speaker"], r["kind"], r["cue"]) for r in rows] == [("Owen Lacey", "continuation", "said")] * 2


def test_a_nickname_inside_a_name_keeps_the_name_whole():
    paragraphs = [
        "Former darts champion Terry \u201cThe Hammer\u201d Blackwood has announced his return at 44.",
        "\u201cI\u2019ve missed the buzz more than I ever thought I would,\u201d he said.",
    ]
    names = [p["name"] for p in people.rows(people.build(None, paragraphs))]
    assert names == ["Terry Blackwood"]
    assert _one(paragraphs, "I\u2019ve missed")["speaker"] == "Terry Blackwood"


def test_they_after_a_couple_named_as_the_subject_is_the_couple():
    paragraphs = [
        "Trevor and Wendy Pollard have run the village shop in Alston for 40 years.",
        "This month the parish council agreed to buy the building.",
        "\u201cWe can retire knowing it stays open,\u201d they said.",
    ]
    assert _one(paragraphs, "We can retire")["speaker"] == "Trevor and Wendy Pollard"


def test_a_description_before_the_organisation_a_spokesperson_speaks_for_is_dropped():
    paragraphs = ["\u201cWe will fight this in the courts,\u201d said a spokesman for pressure group Save Our Moor."]
    assert _one(paragraphs, "We will fight")["speaker"] == "Save Our Moor"


def test_a_statement_speaks_for_the_organisation_that_issued_it():
    paragraphs = [
        "\u201cEvery closure costs a town its high street,\u201d according to a statement from the Society of"
        " Independent Grocers.",
        "Shares in Harbury Foods fell on Monday. An Ofwat statement said: \u201cWe will review the licence.\u201d",
    ]
    assert _one(paragraphs, "Every closure")["speaker"] == "Society of Independent Grocers"
    assert _one(paragraphs, "We will review")["speaker"] == "Ofwat"


def test_a_topic_label_before_the_first_quote_gives_it_to_the_person_the_text_is_about():
    paragraphs = [
        "Wales captain Rhys Pennant spoke to reporters in Cardiff on Tuesday before the trip to Rome.",
        "On his knee: \u201cIt is sore but I will play. The physios have done a great job.\u201d",
        "On Italy: \u201cThey are better than people think. We cannot take them lightly.\u201d",
    ]
    rows = [_one(paragraphs, t) for t in ("It is sore", "They are better")]
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Rhys Pennant", "direct"), ("Rhys Pennant", "continuation")]


def test_a_second_that_clause_keeps_the_first_ones_reporting_verb():
    paragraphs = [
        "Coach Dale Orme said the defeat had been \u201cpainful\u201d"
        " and that the squad felt \u201cdeeply let down\u201d."
    ]
    q = _one(paragraphs, "deeply let down")
    assert (q["speaker"], q["kind"], q["cue"]) == ("Dale Orme", "partial", "said")


def test_a_short_sentence_ending_in_a_cue_hands_its_speaker_to_the_next_quote():
    paragraphs = [
        "Asked what she would miss, Mrs Kerr laughed. \u201cThe gossip. Definitely the gossip.\u201d",
        "The figures were weaker than forecast, analysts said. \u201cIt is a blip, not a trend.\u201d",
    ]
    q = _one(paragraphs, "The gossip")
    assert (q["speaker"], q["speaker_mention"], q["cue"]) == ("Kerr", "Mrs Kerr", "laughed")
    assert _one(paragraphs, "It is a blip")["speaker_mention"] is None


def test_a_verb_in_s_after_a_name_is_not_a_group_of_people():
    paragraphs = [
        "Singer Dean Corrie has been criticised over his new video.",
        "Corrie makes claims in the lyrics, saying his school was \u201clike a prison\u201d.",
    ]
    assert _one(paragraphs, "like a prison")["speaker"] == "Dean Corrie"


def test_a_multi_paragraph_quote_takes_a_speaker_named_right_after_it():
    paragraphs = [
        "\u201cWe sang all the way down the valley. Nobody had told us the pit would shut.",
        "\u201cBy Christmas half the street had gone south for work.\u201d",
        "Those are the memories of Gwen Pritchard, 79, who grew up in Maerdy.",
    ]
    rows = _q(paragraphs)
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Gwen Pritchard", "multi_paragraph")] * 2
