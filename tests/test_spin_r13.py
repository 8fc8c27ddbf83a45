"""Round 13: relaxed rules (data/spin_relaxed.tsv) and repairs never rewriting a repair."""

import pytest

from newsetl.clean import spin


@pytest.mark.parametrize(("spun", "original"), [
    ("Police said individuals had gathered outside the hall.", "Police said people had gathered outside the hall."),
    ("It has been a laborious season for the club.", "It has been a hard season for the club."),
    ("Prices rose at the identical pace as wages.", "Prices rose at the same pace as wages."),
    ("The stadium was practically empty by half-time.", "The stadium was nearly empty by half-time."),
])
def test_relaxed_rules_repair_in_a_flagged_article_only(spun, original):
    assert spin.repair(spun, spun=True)[0] == original
    assert spin.repair(spun, spun=False)[0] == spun


@pytest.mark.parametrize("text", [
    "The fund targets high net worth individuals with a minimum stake.",
    "The individuals who signed the letter were named.",
    "He took an laborious route.".replace("an laborious", "an arduous"),
    "The identical twins were born in May.",
    "Me and other folks like me want answers.",
])
def test_relaxed_rules_leave_idioms_alone_in_a_flagged_article(text):
    assert spin.repair(text, spun=True)[0] == text


def test_relaxed_rules_add_no_evidence():
    text = "Individuals queued outside. Individuals waited."
    assert spin.evidence([text], 6).score == 0


def test_a_repaired_once_more_is_not_turned_into_again():
    out, _ = spin.repair("Prices rose once additional, the report said.", spun=True)
    assert out == "Prices rose once more, the report said."
    assert spin.repair("Prices rose once more, the report said.", spun=True)[0] == "Prices rose again, the report said."
