"""House style: repairs with two right answers follow the article's own spelling."""

from newsetl import core
from newsetl.clean.style import house_style

US = (
    "Mall traffic falls again\n\n"
    "Sales at stores open at least a year fell 3 p.c. in the most recent quarter, the company said on Tuesday. "
    "The downtown center saw the sharpest drop as shoppers stayed home.\n\n"
    "Executives said they expect the holiday season to be weaker than last year's."
)
UK = (
    "High street footfall falls again\n\n"
    "Sales at shops open at least a year fell 3 p.c. in the most recent quarter, the company said on Tuesday. "
    "The town centre saw the sharpest drop as shoppers stayed at home.\n\n"
    "Managers said they expect the Christmas season to be weaker than last year's."
)


def _pc_edits(row: dict) -> list[str]:
    return [e["after"] for e in row["edits"] if e["rule"] == "pt.per_cent_pc"]


def test_us_spelled_article_gets_percent():
    row = core.process(US, "us")
    assert "fell 3 percent in" in row["body"]
    assert _pc_edits(row) == ["percent"]


def test_uk_spelled_article_gets_per_cent():
    row = core.process(UK, "uk")
    assert "fell 3 per cent in" in row["body"]
    assert _pc_edits(row) == ["per cent"]


def test_article_without_cues_keeps_the_default():
    row = core.process("Prices rise\n\nPrices rose 4 p.c. last month, the office said.", "none")
    assert "rose 4 per cent last" in row["body"]


def test_house_style_counts_cues_on_both_sides():
    assert house_style(["The colour of the centre", "a gray neighbor"]) is None  # two each: a tie
    assert house_style(["The colour of the centre", "a gray color"]) is None
    assert house_style(["The color of the center", "a grey wall"]) == "us"
    assert house_style(["prices rose 3 per  cent", "the theatre"]) == "uk"  # spacing does not hide a cue
    assert house_style(["Nothing to see here."]) is None
    assert house_style([]) is None


def test_cues_are_whole_words():
    assert house_style(["The momentum of the mathematics department"]) is None  # not 'mom', 'math'


def test_doubled_consonant_spellings_are_cues():
    assert house_style(["The Fed signaled cuts; prices fueled by demand"]) == "us"
    assert house_style(["The Bank signalled cuts; prices fuelled by demand"]) == "uk"
