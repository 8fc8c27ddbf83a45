"""WordNet paraphrasers write "same" for "said" and "coming up with" for "planning". After a closing quote
and a comma, "same" is the cue verb whatever follows (a lower-case title: "same committee chairman X"); after
an age in apposition ("Joan Whitfield, 72, same she was") too. Repairing it gives quotes their speaker."""

from __future__ import annotations

import pytest

import newsetl
from newsetl.clean import spin


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ('"It is a chance to revive the site," same committee chairman Ahmed Rahman.',
         '"It is a chance to revive the site," said committee chairman Ahmed Rahman.'),
        ("“We will appeal,” same the club’s lawyer.", "“We will appeal,” said the club’s lawyer."),
        ("Local resident Joan Whitfield, 72, same she was disappointed.",
         "Local resident Joan Whitfield, 72, said she was disappointed."),
    ],
)
def test_same_as_a_cue_verb_in_spun_articles(spun, original):
    assert spin.repair(spun, spun=True)[0] == original
    assert spin.repair(spun, spun=False)[0] == spun  # an ambiguous rule: only with article evidence


@pytest.mark.parametrize(
    "text",
    [
        '"No," same thing happened again the next day.',
        "It was the same: the answer was no.",
        "In 2019, same as before, the vote was close.",
        '"Yes," same as always, was his reply.',
    ],
)
def test_same_keeps_its_own_sense(text):
    assert spin.repair(text, spun=True)[0] == text


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("The scheme went to a coming up with committee on Wednesday.",
         "The scheme went to a planning committee on Wednesday."),
        ("The developer won coming up with permission for 40 flats.",
         "The developer won planning permission for 40 flats."),
        ("The council's coming up with officers recommended refusal.",
         "The council's planning officers recommended refusal."),
    ],
)
def test_planning_is_repaired_in_any_article(spun, original):
    assert spin.repair(spun, spun=False)[0] == original


@pytest.mark.parametrize(
    "text",
    [
        "Schools are coming up with permission slips for the trip.",
        "The team is coming up with committee ideas for the fair.",
        "She is coming up with a board game.",
    ],
)
def test_coming_up_with_in_its_own_sense_stays(text):
    assert spin.repair(text, spun=True)[0] == text


def test_spun_article_quotes_get_their_speaker():
    text = "\n\n".join([
        "Council approves 400 homes on former factory site",
        "Councillors area unit expected to approve the plans at a coming up with committee meeting.",
        '"This is associate degree chance to revive a site that has been empty for years," same committee '
        "chairman Ahmed Rahman.",
        'Local resident Joan Whitfield, 72, same she was "terribly disappointed" by the choice.',
        "We have a tendency to are not against new homes, the residents' group added in an exceedingly statement.",
    ])
    row = newsetl.process(text, source="t")
    assert row["spun"]
    speakers = {q["text"]: (q["speaker"], q["cue"]) for q in row["quotes"]}
    assert speakers["This is a chance to revive a site that has been empty for years,"] == ("Ahmed Rahman", "said")
    assert speakers["terribly disappointed"] == ("Joan Whitfield", "said")
