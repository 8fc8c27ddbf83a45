"""Common tells of the phrase-thesaurus spinner on crime, court and celebrity copy (session 15).

Each swap below is one the spinner makes in every article it rewrites ("come into force" -> "come into
pressure", "remains in custody" -> "stays in custody", "told to" -> "informed to", "keep ... shut" ->
"maintain ... shut"); none occurred in any labelled set, so the rules are pinned to where the spun
reading is the only one, and the sentences that must not change carry the legitimate neighbours.
"""

from __future__ import annotations

import pytest

from newsetl.clean import spin


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("He was discovered responsible of two counts of fraud.", "He was found guilty of two counts of fraud."),
        ("The jury took an hour before she was discovered responsible.",
         "The jury took an hour before she was found guilty."),
        ("The new rules will come into pressure next April.", "The new rules will come into force next April."),
        ("The ban came into pressure at midnight.", "The ban came into force at midnight."),
        ("Residents were told to shut their home windows and doors.",
         "Residents were told to shut their windows and doors."),
        ("Shoppers were informed to stay away from the area.", "Shoppers were told to stay away from the area."),
        ("Residents were urged to maintain their windows shut.", "Residents were urged to keep their windows shut."),
        ("Parents are advised to maintain children indoors.", "Parents are advised to keep children indoors."),
        ("He was charged and stays in custody.", "He was charged and remains in custody."),
        ("A second man stayed in a critical condition on Sunday.",
         "A second man remained in a critical condition on Sunday."),
        ("The information comes after months of talks.", "The news comes after months of talks."),
        ("The couple shared the joyful information with fans.", "The couple shared the joyful news with fans."),
        ("The NHS faces its hardest winter on file.", "The NHS faces its hardest winter on record."),
        ("Crews were called to the house simply after 7pm.", "Crews were called to the house just after 7pm."),
        ("The shop burned by the point firefighters arrived.", "The shop burned by the time firefighters arrived."),
        ("The actress regarded stunning on the purple carpet.", "The actress looked stunning on the red carpet."),
        ("The band regarded happy to be back on stage.", "The band looked happy to be back on stage."),
        ("He scored late to safe all three points.", "He scored late to secure all three points."),
        ("The firm reported a document income of $90bn.", "The firm reported a record income of $90bn."),
        ("Profits hit a document excessive last year.", "Profits hit a record high last year."),
        ("The replace will be out there to obtain from Monday.",
         "The update will be available to download from Monday."),
        ("Police want to trace a man they wish to communicate to.",
         "Police want to trace a man they wish to speak to."),
        ("He was jailed for life with a minimal time period of 20 years.",
         "He was jailed for life with a minimum term of 20 years."),
        ("She admitted inflicting loss of life by harmful driving.",
         "She admitted causing death by dangerous driving."),
        ("The family have been knowledgeable and are being supported.",
         "The family have been informed and are being supported."),
        ("A put up mortem examination will be held.", "A post-mortem examination will be held."),
    ],
)
def test_tell_is_repaired_in_any_article(spun, original):
    assert spin.repair(spun, spun=False)[0] == original


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("The previous footballer died peacefully at home.", "The former footballer died peacefully at home."),
        ("Her previous boyfriend was arrested.", "Her former boyfriend was arrested."),
        ("She shared a put up on Instagram on Tuesday.", "She shared a post on Instagram on Tuesday."),
        ("He wrote in a lengthy put up on Facebook that he was sorry.",
         "He wrote in a lengthy post on Facebook that he was sorry."),
    ],
)
def test_ambiguous_tell_is_repaired_only_in_a_spun_article(spun, original):
    assert spin.repair(spun, spun=True)[0] == original
    assert spin.repair(spun, spun=False)[0] == spun


@pytest.mark.parametrize(
    "text",
    [
        "He was found responsible for the crash.",
        "Double glazing firms sell home windows and doors.",
        "Most home windows installers offer a guarantee.",
        "Police were informed that the man had left.",
        "The council was informed to its surprise that the plan had failed.",
        "The club will maintain its position on the matter.",
        "They maintain their innocence.",
        "He stayed in hospital for a week.",
        "She stays in touch with her old teammates.",
        "The previous chief executive left abruptly in 2019.",
        "The previous owner sold the house in 2019.",
        "The previous president's policies were reversed.",
        "He has long put up with abuse from fans.",
        "They helped her put up the tent.",
        "The information comes from three sources inside the ministry.",
        "The shocking information in the report was leaked.",
        "By the point of no return, they had spent the money.",
        "The proposal was regarded happy by few.",
        "She was widely regarded as beautiful.",
        "He is simply after a quiet life.",
        "The royal box was draped in purple carpet for the coronation.",
        "They moved to a safe distance.",
        "Use find and replace to correct the names.",
        "The charity wants to communicate to the public the risks of the drug.",
        "She is knowledgeable about wine.",
        "Staff scanned every document before the hearing.",
        "Floods caused loss of life across the region.",
    ],
)
def test_legitimate_english_is_left_alone_even_in_a_spun_article(text):
    assert spin.repair(text, spun=True)[0] == text
