"""The stored regex analysis (``data/spin_analysis.json``) answers exactly as a fresh analysis would.

The file saves every process the lexicon's plan analysis; a stale answer would change what a rule
matches without any rule changing, so the file is checked against the analysis code and lexicon here.
"""

from __future__ import annotations

import json
import re

import pytest

from newsetl.clean import spin, spin_analysis
from newsetl.cli import main as cli_main


@pytest.fixture(scope="module")
def fresh() -> dict:
    return spin_analysis.analyse(spin.analysis_inputs())


def test_stored_file_is_a_fresh_analysis_of_the_lexicon(fresh):
    stored = spin_analysis.table()
    assert stored, "data/spin_analysis.json is missing or of another version"
    stale = {name: sum(stored.get(name, {}).get(k, object()) != v for k, v in entries.items())
             for name, entries in fresh.items()}
    assert stored == fresh, (
        f"data/spin_analysis.json is out of date ({stale} entries differ): run `newsetl lexicon-analysis`"
    )


def test_every_stored_analysis_is_fed_its_lexicon_regexes():
    inputs = spin.analysis_inputs()
    assert set(inputs) == set(spin_analysis._ANALYSES)
    assert all(inputs.values())
    assert len(inputs["word_clauses"]) == len({p.pattern for p, _ in spin.lexicon().regex})


def test_cli_rewrites_the_file(tmp_path, monkeypatch, fresh, capsys):
    target = tmp_path / "spin_analysis.json"
    monkeypatch.setattr(spin_analysis, "data_path", lambda name: tmp_path / name)
    assert cli_main(["lexicon-analysis"]) == 0
    assert str(target) in capsys.readouterr().out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data == {"version": spin_analysis.VERSION, "analyses": fresh}
    assert target.read_text(encoding="utf-8") == spin_analysis.render(fresh)


def test_stored_answers_decode_to_what_the_analysis_returns():
    lex = spin.lexicon()
    for pattern, rule in lex.regex[:300]:
        regex = pattern.pattern
        finder = spin._start_finder.compute(regex)
        got = spin._start_finder(regex)
        assert (got is None) == (finder is None)
        if finder is not None:
            assert (got.pattern, got.flags) == (finder.pattern, finder.flags)
            text = rule.spun[3:].lower() + " " + regex.lower()
            assert [m.span() for m in got.finditer(text)] == [m.span() for m in finder.finditer(text)]
        assert spin._word_clauses(regex) == spin._word_clauses.compute(regex)


def test_a_regex_the_table_lacks_is_analysed(monkeypatch):
    monkeypatch.setattr(spin_analysis, "_ANALYSES", {})
    monkeypatch.setattr(spin_analysis, "table", lambda: {"toy": {spin_analysis.key_of("ab"): 7}})
    calls = []

    @spin_analysis.stored("toy", int, int)
    def toy(regex: str) -> int:
        calls.append(regex)
        return len(regex)

    assert toy("ab") == 7  # stored: the analysis is not run
    assert toy("abc") == 3  # a new or edited rule: analysed as before
    assert calls == ["abc"]
    assert set(spin_analysis._ANALYSES) == {"toy"}


def test_a_file_of_another_version_is_ignored(tmp_path, monkeypatch):
    (tmp_path / spin_analysis.FILE).write_text(json.dumps({"version": 0, "analyses": {"toy": {}}}), encoding="utf-8")
    monkeypatch.setattr(spin_analysis, "data_path", lambda name: tmp_path / name)
    spin_analysis.table.cache_clear()
    try:
        assert spin_analysis.table() == {}
    finally:
        spin_analysis.table.cache_clear()


def test_lazy_regex_searches_like_the_pattern():
    lazy = spin_analysis.LazyRegex(r"s(?=unday|aturday)", 0)
    text = "on sunday or saturday, seldom sundry"
    plain = re.compile(lazy.pattern)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.search(text, 5).span() == plain.search(text, 5).span()
    assert lazy.match(text, 3).span() == (3, 4)
    assert lazy.match(text) is None
    assert spin_analysis.encode_pattern(lazy) == [lazy.pattern, 0]
    assert spin_analysis.encode_pattern(re.compile("x", re.I)) == ["x", int(re.I | re.U)]
