import re

from hypothesis import given
from hypothesis import strategies as st

from newsetl.edits import Edit, apply_matches, chain, undo


def regex_stage(pattern: str, repl: str, rule: str):
    def stage(text: str):
        return apply_matches(text, [(m.start(), m.end(), m.expand(repl), rule) for m in re.finditer(pattern, text)])

    return stage


STAGES = [
    regex_stage(r"a+", "x", "r1"),
    regex_stage(r"x b|  ", "y", "r2"),
    regex_stage(r"y|c", "", "r3"),
    regex_stage(r"(?=b)", "Q", "r4"),
    regex_stage(r"Qb", "bQ", "r5"),
]


def test_apply_matches_positions_point_at_after():
    text, edits = apply_matches("one in all the cats", [(0, 14, "one of the", "spin")])
    assert text == "one of the cats"
    assert edits == [Edit("spin", "one in all the", "one of the", 0, 10)]


def test_identical_replacement_is_not_an_edit():
    text, edits = apply_matches("clean text", [(0, 5, "clean", "noop")])
    assert text == "clean text" and edits == []


def test_touching_edits_merge_so_undo_is_unambiguous():
    text, edits = apply_matches("ccc b", [(0, 1, "", "del"), (1, 2, "", "del"), (2, 3, "", "del")])
    assert text == " b"
    assert len(edits) == 1 and edits[0].before == "ccc"
    assert undo(text, edits) == "ccc b"


def test_undo_rejects_edits_that_do_not_match():
    try:
        undo("abc", [Edit("r", "x", "zz", 0, 2)])
    except ValueError:
        return
    raise AssertionError("undo accepted an edit whose `after` is not in the text")


@given(st.text(alphabet="ab c\n", max_size=40))
def test_chained_stages_round_trip(text):
    out, edits = chain(text, STAGES)
    assert undo(out, edits) == text
    spans = sorted((e.start, e.end) for e in edits)
    assert all(a_end < b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    for e in edits:
        assert out[e.start : e.end] == e.after


def test_composed_edit_names_both_rules():
    out, edits = chain("a b", STAGES[:2])
    assert out == "y"
    assert [e.rule for e in edits] == ["r1+r2"]
    assert edits[0].before == "a b"
