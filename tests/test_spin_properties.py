"""Property tests: spin repair never raises, round-trips via undo, and is idempotent."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.clean import spin
from newsetl.edits import undo
from newsetl.resources import read_tsv

_FORMS = sorted({r["spun"] for r in read_tsv("spin_lexicon.tsv") if not r["spun"].startswith("re:")})
_EXAMPLES = [r["example"] for r in read_tsv("spin_lexicon.tsv")]
_FILLER = [
    "the",
    "a",
    "an",
    "2",
    "countries",
    "reporters",
    ",",
    ".",
    "\u2019",
    "\u201c",
    "He",
    "said",
    "hour",
    "University",
    "MP",
    "per",
    "cent",
    "\n",
    "  ",
    "year",
    "one",
    "of",
    "each",
    "Home",
    "LED",
]

pieces = st.lists(st.sampled_from(_FORMS + _FILLER + _EXAMPLES) | st.text(max_size=6), max_size=30)
texts = pieces.map(" ".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_repair_never_raises_and_round_trips(text, spun):
    out, edits = spin.repair(text, spun)
    assert undo(out, edits) == text
    assert all(out[e.start : e.end] == e.after for e in edits)


@settings(max_examples=300, deadline=None)
@given(texts, st.booleans())
def test_repair_is_idempotent(text, spun):
    once, _ = spin.repair(text, spun)
    twice, edits = spin.repair(once, spun)
    assert twice == once and not edits


@settings(max_examples=200, deadline=None)
@given(texts)
def test_articles_not_flagged_spun_get_no_ambiguous_repairs(text):
    ambiguous = {r.id for r in spin.lexicon().rules if r.tier == "ambiguous"}
    for e in spin.repair(text, False)[1]:
        assert not set(e.rule.split("+")) & ambiguous
