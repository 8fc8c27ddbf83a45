"""Spinners write "for the reason that" for both senses of "since". Before a time (a year, a month or a
weekday that ends a phrase, "then", "last year", "the start of") only the temporal sense reads, so the
repair is always on; elsewhere the ambiguous "because" rule needs a spun article."""

from __future__ import annotations

import pytest

from newsetl.clean import spin


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("Prices have doubled for the reason that 2019.", "Prices have doubled since 2019."),
        ("It has been shut for the reason that final yr.", "It has been shut since last year."),
        ("Nothing has changed for the reason that then.", "Nothing has changed since then."),
        ("For the reason that March, sales fell.", "Since March, sales fell."),
        ("The road has been closed for the reason that Monday night.", "The road has been closed since Monday night."),
        ("the biggest attack for the reason that the beginning of the war",
         "the biggest attack since the beginning of the war"),
        ("He has played chess for the reason that childhood.", "He has played chess since childhood."),
    ],
)
def test_temporal_since_is_repaired_in_any_article(spun, original):
    assert spin.repair(spun, spun=False)[0] == original


@pytest.mark.parametrize(
    "spun",
    [
        "He resigned for the reason that May had lost the vote.",  # May the person: not a time
        "The deal collapsed for the reason that the bank pulled out.",
        "Shares fell for the reason that Monday's figures were weak.",
    ],
)
def test_other_senses_wait_for_article_evidence(spun):
    assert spin.repair(spun, spun=False)[0] == spun
    assert "because" in spin.repair(spun, spun=True)[0]
