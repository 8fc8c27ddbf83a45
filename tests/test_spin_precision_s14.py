"""Older rules that changed ordinary English, pinned to where the spun reading is the only one.

Writing must-not-change sentences for round 11 showed low-tier rules firing in any article on legitimate
English ("two issues behind the failure" -> "points", "little is known as to the cause" -> "called") and an
ambiguous one repairing "sufferers" to "patients" in crime stories, where the original said "victims".
"""

from __future__ import annotations

import pytest

from newsetl.clean import spin


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("Officers were known as at around 10pm.", "Officers were called at around 10pm."),
        ("Police were known as just after midnight.", "Police were called just after midnight."),
        ("Firefighters were known as to a blaze at the mill.", "Firefighters were called to a blaze at the mill."),
        ("Officers were known as on Monday evening.", "Officers were called on Monday evening."),
        ("Police had been known as to New Road.", "Police had been called to New Road."),
        ("Ministers urged families to install the update once imaginable.",
         "Ministers urged families to install the update as soon as possible."),
        ("They want their money back once imaginable, the report said.",
         "They want their money back as soon as possible, the report said."),
        ("Chelsea moved 9 issues transparent at the top.", "Chelsea moved 9 points clear at the top."),
        ("Chelsea are nine issues clear at the top of the table.",
         "Chelsea are nine points clear at the top of the table."),
        ("Chelsea are now three issues behind the leaders.", "Chelsea are now three points behind the leaders."),
        ("They are two issues behind Arsenal.", "They are two points behind Arsenal."),
        ("Wigan are three issues from safety.", "Wigan are three points from safety."),
        ("The club sit two issues off the European places.", "The club sit two points off the European places."),
        ("The club sit two issues off the pace.", "The club sit two points off the pace."),
        ("Stephen Jones kicked 17 issues as Wales led.", "Stephen Jones kicked 17 points as Wales led."),
        ("Chelsea took three issues from the game at Anfield.", "Chelsea took three points from the game at Anfield."),
        ("Passengers waited for round 40 minutes.", "Passengers waited for around 40 minutes."),
        ("Shares saw a drop of round 40% in a week.", "Shares saw a drop of around 40% in a week."),
    ],
)
def test_spun_forms_are_still_repaired_in_any_article(spun, original):
    assert spin.repair(spun, spun=False)[0] == original


@pytest.mark.parametrize(
    "clean",
    [
        "He is known as on each side of the border as a peacemaker.",
        "Little is known as to the cause of the fire.",
        "Not much is known as to the whereabouts of the painting.",
        "Children who are known as at-risk get extra help.",
        "He is known as just Bob to his friends.",
        "A future once imaginable has gone.",
        "The report found two issues behind the failure of the dam.",
        "The minister made two issues clear at the meeting.",
        "Inspectors found two issues from the last visit that had not been fixed.",
        "The board took two issues off the agenda.",
        "The panel took two issues to the minister.",
        "The audit listed three issues above all others.",
        "Two issues outside its remit were passed on.",
        "The draw for round 5 takes place on Monday.",
        "Tickets for round 4 games go on sale today.",
    ],
)
def test_ordinary_english_is_left_alone_even_in_spun_articles(clean):
    assert spin.repair(clean, spun=False)[0] == clean
    assert spin.repair(clean, spun=True)[0] == clean


@pytest.mark.parametrize(
    "clean",
    [
        "Arsenal fans were angry after the membership file was lost, the club said.",
        "The membership secretary of the football club resigned after the defeat.",
        "The fraudster thanked the sufferers and their families in court.",
        "Many sufferers were left out of pocket, police said.",
        "Sufferers were left out of pocket after the scam, police said.",
        "Hay fever sufferers should stay indoors.",
    ],
)
def test_flagged_articles_keep_ordinary_english(clean):
    assert spin.repair(clean, spun=True)[0] == clean


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("Arsenal striker Thierry Henry signed a contract with the membership last season.",
         "Arsenal striker Thierry Henry signed a contract with the club last season."),
        ("Only 60% of sufferers started their treatment within two months.",
         "Only 60% of patients started their treatment within two months."),
        ("Sufferers will be offered the new drug from April.", "Patients will be offered the new drug from April."),
        ("Hospital bosses said the number of sufferers ready for beds had doubled.",
         "Hospital bosses said the number of patients waiting for beds had doubled."),
    ],
)
def test_flagged_articles_still_repair_in_context(spun, original):
    assert spin.repair(spun, spun=True)[0] == original
