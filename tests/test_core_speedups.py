"""Speed-ups must not change behaviour: each fast path equals the plain version it replaced."""

from __future__ import annotations

import dataclasses
import os
import random
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsetl.clean import boilerplate
from newsetl.edits import Edit

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks import corpus  # noqa: E402


def _classify_loop(text: str) -> str | None:
    """The original: each pattern in file order, first full match wins."""
    text = " ".join(text.split())
    for kind, pat in boilerplate._patterns()[1]:
        if pat.fullmatch(text):
            return kind
    return None


def _lines() -> list[str]:
    rng = random.Random(11)
    out = []
    for shape in ("spun", "clean", "messy", "spun"):
        out += corpus.article(rng, shape, 2500).splitlines()
    out += [" ".join(b) for b in corpus.words()["boilerplate"]]
    out += ["Share", "share on Facebook, Twitter", "Picture: Getty Images", "MORE: x", "Advertisement here"]
    return out


def test_combined_boilerplate_pattern_equals_loop():
    lines = _lines()
    assert any(_classify_loop(x) for x in lines) and any(_classify_loop(x) is None for x in lines)
    for line in lines:
        assert boilerplate.classify(line) == _classify_loop(line), line


_PIECES = st.sampled_from(
    ["Share", " on ", "Facebook", "MORE", ":", "Got a story?", "Video unavailable", ".", " ", "\t"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_combined_boilerplate_pattern_equals_loop_on_fragments(text):
    assert boilerplate.classify(text) == _classify_loop(text)


@given(st.text(), st.text(), st.integers(0, 10**6), st.integers(0, 10**6))
def test_edit_as_row_equals_asdict(before, after, start, end):
    e = Edit("r.x", before, after, start, end, "body")
    assert e.as_row() == dataclasses.asdict(e)
    assert list(e.as_row()) == [f.name for f in dataclasses.fields(Edit)]
