"""Quotes on the real spun seed dump through core.process (issue 4's acceptance)."""

import os
from pathlib import Path

import pytest

from newsetl.core import process

SEED = Path(os.environ.get("NEWSETL_SHARED", Path(__file__).resolve().parents[1].parent / "shared")) / "seed"


@pytest.fixture(scope="module")
def row() -> dict:
    path = SEED / "metro-putin-ceasefire.txt"
    assert path.exists(), f"seed dump not found at {path}; set NEWSETL_SHARED"
    return process(path.read_text(encoding="utf-8"))


def test_the_leader_told_reporters_is_putin(row):
    q = next(
        q for q in row["quotes"] if q["text"].startswith("We agree with the proposals to stop hostilities")
    )
    assert (q["cue"], q["speaker"], q["speaker_mention"]) == ("told", "Vladimir Putin", "the leader")


def test_every_he_quote_is_putin_and_offsets_hold(row):
    for q in row["quotes"]:
        assert row["paragraphs"][q["paragraph"]][q["start"] : q["end"]] == q["text"]
        if q["speaker_mention"] == "He":
            assert q["speaker"] == "Vladimir Putin"


def test_unclosed_paragraph_continues_into_the_next(row):
    parts = [q for q in row["quotes"] if q["kind"] == "multi_paragraph"]
    assert len(parts) == 2 and parts[1]["paragraph"] == parts[0]["paragraph"] + 1
    assert parts[0]["text"].startswith("The ") and parts[1]["speaker"] == "Vladimir Putin"


def test_scare_quotes_are_not_speech(row):
    texts = {q["text"] for q in row["quotes"]}
    for scare in ("friendship", "hostile and destabilising", "amendments", "destabilising", "hostile"):
        assert scare not in texts
    assert {p["name"] for p in row["people"]} >= {"Vladimir Putin", "Alexander Lukashenko", "Donald Trump"}
