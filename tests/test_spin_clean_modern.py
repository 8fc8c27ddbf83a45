"""Rules pinned after the blind run on modern clean news (data/eval/spin/clean_modern, 45 invented 2020s articles).

The blind run changed "homes were completed last year" -> "finished" (pt.finished_completed, context tier) and "trucks,
which sit higher off the ground" -> "better off" (pt.better_off, low tier; it also flagged the article as spun). With
every article treated as spun, "a result within the poll's margin of error" -> "in the" (pt.in_the_within_the) and
"She also mentioned the company's commitment to retraining" -> "said" (pt.mentioned) changed too. Each rule now keeps
the spun reading only: sentences below are our own.

Files 46-75 were written after those fixes (having read only the rows above): with every article treated as spun,
"giving each business greater focus" -> "both" (pt.each_plural: its "not -ss/-us/-is/-ics" checks looked at the
letters before the final s, so "business", "bonus" and "analysis" passed) and "her department had lost several
lecturers" in a universities story -> "teachers" (pt.teachers_lecturers_school took "students" as a school cue).
"""

from __future__ import annotations

import pytest

from newsetl.clean import spin
from newsetl.evaluate import spin as ev
from newsetl.evaluate.corpus import read_text, text_files
from newsetl.resources import data_path


@pytest.mark.parametrize(
    "clean",
    [
        # pt.finished_completed: "completed" + a time or a course, not a finishing position
        "About 30,300 homes were completed last year, according to official figures.",
        "The new bridge was completed last month after years of delays.",
        "The sale was completed last Tuesday.",
        "The deal was completed on 3 March, the company said.",
        "The purchase was completed on 14/02/2025.",
        "She completed eighth grade at a school in Ohio.",
        "He completed second year of his medical degree before leaving.",
        "Patients who completed first round of treatment were followed up.",
        "The transfer was completed with 2 hours to spare before the deadline.",
        # pt.better_off: "higher off" + a noun phrase is height, not "better off"
        "Hybrid vehicles and trucks, which sit higher off the ground, are especially vulnerable.",
        "The new houses are built higher off the floodplain.",
        "Shares closed higher off the back of strong results.",
    ],
)
def test_clean_modern_sentences_are_left_alone(clean):
    assert spin.repair(clean, spun=False)[0] == clean
    assert spin.repair(clean, spun=True)[0] == clean


@pytest.mark.parametrize(
    "clean",
    [
        # pt.in_the_within_the: fixed phrases of measure
        "The poll put her on 47%, a result within the poll's margin of error.",
        "The gap is within the margin of error.",
        "Readings stayed within the normal range for most of the trial.",
        "Prices have risen within the period covered by the report.",
        "The work must be done within the agreed timeframe.",
        # pt.mentioned: "mentioned" with an object and no clause after it
        "She also mentioned the company's commitment to retraining in the memo.",
        "He mentioned the rise in prices in passing.",
        "The report mentioned a shortage of nurses.",
        "She mentioned the plans in her speech.",
        "She also mentioned the firm's commitment to help retrain staff.",
        # pt.each_plural: "each" + a singular noun ending in s
        "The plan aims at giving each business greater focus.",
        "Each bonus was paid in May.",
        "Each analysis took a week.",
        "Each campus has its own library.",
        # pt.teachers_lecturers_school: university stories say "students" too
        "Students say the department has lost several lecturers over the summer.",
        "The council's ethics committee, which mentioned the case in its annual report, said it would wait.",
    ],
)
def test_flagged_articles_keep_clean_modern_sentences(clean):
    assert spin.repair(clean, spun=True)[0] == clean


@pytest.mark.parametrize(
    ("spun", "original", "flagged"),
    [
        ("Verstappen completed second in Monaco.", "Verstappen finished second in Monaco.", False),
        ("Hamilton completed last in qualifying.", "Hamilton finished last in qualifying.", False),
        ("Root, who completed not out on 89, said the pitch was good.",
         "Root, who finished not out on 89, said the pitch was good.", False),
        ("Leeds completed in 5th place last season.", "Leeds finished in 5th place last season.", False),
        ("Leeds completed top of the league.", "Leeds finished top of the league.", False),
        ("Families will be higher off under the plan.", "Families will be better off under the plan.", False),
        ("Most people are higher off than they were a decade ago.",
         "Most people are better off than they were a decade ago.", False),
        ("Thousands of people took part within the protests.", "Thousands of people took part in the protests.", True),
        ("Analysts mentioned the cost of the recall was likely to be modest.",
         "Analysts said the cost of the recall was likely to be modest.", True),
        ("The company mentioned a part that holds the belt in place could crack.",
         "The company said a part that holds the belt in place could crack.", True),
        ("Cycling groups mentioned the crash highlighted the need for safer roads.",
         "Cycling groups said the crash highlighted the need for safer roads.", True),
        ("Officials mentioned about 120 jobs may go.", "Officials said about 120 jobs may go.", True),
        ("They met in each countries last year.", "They met in both countries last year.", True),
        ("Fans of each clubs were kept apart.", "Fans of both clubs were kept apart.", True),
        ("Ofsted praised the pupils and lecturers at the school.",
         "Ofsted praised the pupils and teachers at the school.", True),
        ("Schools minister Stephen Twigg praised pupils and lecturers.",
         "Schools minister Stephen Twigg praised pupils and teachers.", True),
        ("The pundit mentioned the club's problems went deeper than the manager.",
         "The pundit said the club's problems went deeper than the manager.", True),
        ("Police mentioned the woman's sons, who were at school at the time, were being cared for by relatives.",
         "Police said the woman's sons, who were at school at the time, were being cared for by relatives.", True),
        ("He mentioned the government plans to cut fuel duty.", "He said the government plans to cut fuel duty.", True),
        ("Officials mentioned the figures show a rise in cases.",
         "Officials said the figures show a rise in cases.", True),
    ],
)
def test_spun_forms_are_still_repaired(spun, original, flagged):
    assert spin.repair(spun, spun=flagged)[0] == original


def test_modern_clean_corpus_stays_unedited():
    root = data_path(ev.MODERN_CLEAN)
    files = text_files(root)
    assert len(files) == 75
    score = ev.evaluate_clean((f.name, read_text(f)) for f in files)
    assert score.words > 30000
    assert [(src, e.rule, e.before) for src, e, _ in score.edits] == []
    assert score.spun == 0
    # with every article treated as spun, two ambiguous weak forms still fire, each in one article and each keeping
    # the meaning: "wore a fedora at every performance, regardless of the heat" -> "despite the heat" and "customers
    # will pay ..., whereas shareholders ..." -> "while" (pt.whereas_any fires on BBC 2005 too; both weigh as weak)
    assert dict(score.worst_case) == {"pt.regardless_of": 1, "pt.whereas_any": 1}
