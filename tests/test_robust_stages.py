"""Per-record failures name the step that failed (parse, normalise, extract) and never escape."""

from __future__ import annotations

import pytest

from newsetl.clean import boilerplate, lines, spin, unicode
from newsetl.extract import links, people, quotes
from newsetl.read import Failure, RawDoc
from newsetl.read.records import DEAD_LETTER_FIELDS
from newsetl.stage import failed_stage, to_row

TEXT = (
    "Caf\u00e9 owners back new licence rules\n\n"
    "\u201cWe welcome the change and hope it lasts,\u201d said Nora Quinn, who runs a caf\u00e9.\n\n"
    "Details are at https://example.org/licences and by e-mail at desk@example.org.\n"
)


# The entry points core.process calls for each step (the stage comes from the module).
@pytest.mark.parametrize(
    ("module", "name", "stage"),
    [
        (lines, "split_lines", "parse"),
        (boilerplate, "find", "parse"),
        (lines, "assemble", "parse"),
        (unicode, "repair_unicode", "normalise"),
        (unicode, "repair_whitespace", "normalise"),
        (spin, "evidence", "normalise"),
        (spin, "repair", "normalise"),
        (people, "build", "extract"),
        (quotes, "extract", "extract"),
        (links, "extract", "extract"),
    ],
)
def test_failure_is_attributed_to_the_step_that_raised(monkeypatch, module, name, stage):
    assert callable(getattr(module, name))  # the step still exists under this name
    monkeypatch.setattr(module, name, _raising_in(module))
    out = to_row(RawDoc("src.txt", TEXT, locator="7"))
    assert isinstance(out, Failure)
    assert (out.stage, out.error, out.message) == (stage, "RuntimeError", "injected failure")
    assert (out.source, out.locator) == ("src.txt", "7")
    assert out.excerpt.startswith("Caf\u00e9 owners")


def _raising_in(module):
    """A raising function whose frame reports ``module`` as its module, like the real step."""
    namespace = dict(vars(module))
    exec("def injected(*args, **kwargs):\n    raise RuntimeError('injected failure')\n", namespace)
    return namespace["injected"]


def test_exception_outside_process_steps_is_unattributed():
    try:
        raise ValueError("x")
    except ValueError as exc:
        assert failed_stage(exc) == "process"


def test_clean_record_becomes_a_row_and_empty_one_a_parse_dead_letter():
    row = to_row(RawDoc("a.txt", TEXT))
    assert isinstance(row, dict) and row["headline"].startswith("Caf\u00e9")
    out = to_row(RawDoc("b.txt", "Advertisement\n\nFollow us on Twitter\n"))
    assert isinstance(out, Failure) and (out.stage, out.error) == ("parse", "EmptyArticle")


def test_dead_letter_row_has_the_documented_fields_and_is_bounded():
    failure = Failure("s", "decode", "DecodeError", "m" * 5000, "loc", "\x00" + "e" * 5000)
    row = failure.as_row()
    assert tuple(row) == DEAD_LETTER_FIELDS
    assert len(row["message"]) == 2000 and len(row["excerpt"]) <= 500
    assert row["excerpt"].startswith("\\x00")
    assert failure.reason == "DecodeError"
    assert (
        Failure("s", "read", "LimitExceeded", "m", limit="max_file_bytes").reason
        == "LimitExceeded.max_file_bytes"
    )
