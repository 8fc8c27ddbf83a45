"""Speed-ups must not change behaviour: each fast path equals the plain version it replaced."""

from __future__ import annotations

import dataclasses
import os
import sys

from hypothesis import given
from hypothesis import strategies as st

from newsetl.edits import Edit

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))



@given(st.text(), st.text(), st.integers(0, 10**6), st.integers(0, 10**6))
def test_edit_as_row_equals_asdict(before, after, start, end):
    e = Edit("r.x", before, after, start, end, "body")
    assert e.as_row() == dataclasses.asdict(e)
    assert list(e.as_row()) == [f.name for f in dataclasses.fields(Edit)]
