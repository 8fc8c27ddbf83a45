"""Stock phrase-thesaurus swaps found by reading a fresh spun dump (session 13): "College of Manchester" for the
University, "working intently with" for closely, "at any level in the last" for point, and "Based on police,"
for "According to police," (a source followed by a comma: "based on police figures" is English and stays)."""

from __future__ import annotations

import pytest

from newsetl.clean import spin


@pytest.mark.parametrize(
    ("spun", "original", "flagged_only"),
    [
        ("Professor Whitfield, of the College of Manchester, said the risk was small.",
         "Professor Whitfield, of the University of Manchester, said the risk was small.", False),
        ("We're working intently with the NHS.", "We're working closely with the NHS.", False),
        ("We are seeing more patients than at any level in the last five years.",
         "We are seeing more patients than at any point in the last five years.", False),
        ("Based on police, the man was arrested at the scene.",
         "According to police, the man was arrested at the scene.", True),
        ("The fire started in the kitchen, based on the fire service, and spread fast.",
         "The fire started in the kitchen, according to the fire service, and spread fast.", True),
    ],
)
def test_stock_swaps(spun, original, flagged_only):
    assert spin.repair(spun, spun=True)[0] == original
    assert spin.repair(spun, spun=False)[0] == (spun if flagged_only else original)


@pytest.mark.parametrize(
    "text",
    [
        "She trained at the Royal College of Edinburgh and the College of Policing.",
        "He studied at Imperial College of London in the 1990s.",
        "She was working intently on her laptop.",
        "Support is available at any level in the club.",
        "Based on police figures, crime fell by 3%.",
        "Based on the report, the council decided to act.",
        "The estimate is based on Monday's figures, the bank said.",
        "Because of the way podcasts work, based on RSS, the latest ones arrive by themselves.",
    ],
)
def test_legitimate_uses_stay(text):
    assert spin.repair(text, spun=True)[0] == text
