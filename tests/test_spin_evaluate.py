"""The spin evaluation command: scoring rules, data loading, and the report."""

from newsetl.edits import Edit
from newsetl.evaluate import spin as ev


def test_score_field_counts_right_wrong_and_missed():
    spun = "He mentioned one in all the men left throughout the night."
    original = "He said one of the men left during the night."
    repaired = "He mentioned one of the men left during the night."
    edits = [
        Edit("pt.one_in_all_the", "one in all the", "one of the", 13, 23),
        Edit("pt.throughout", "throughout the", "during the", 33, 43),
    ]
    assert repaired[13:23] == "one of the" and repaired[33:43] == "during the"
    s = ev.score_field(spun, repaired, original, edits)
    assert (s.repairs, s.correct) == (2, 2)
    assert s.gold == 3 and s.recalled == 2
    assert s.missed[("mentioned", "said")] == 1


def test_a_repair_of_clean_words_is_wrong():
    text = "The authorities said so."
    repaired = "The government said so."
    s = ev.score_field(text, repaired, text, [Edit("pt.authorities", "authorities", "government", 4, 14)])
    assert (s.repairs, s.correct, s.gold) == (1, 0, 0)


def test_pairs_cover_both_families_and_both_splits():
    pairs = ev.load_pairs()
    keys = {(p["split"], p["family"]) for p in pairs}
    assert keys == {(s, f) for s in ev.SPLITS for f in ev.FAMILIES}
    assert set(ev.SPLITS) == {"dev", "heldout", "heldout2"}
    ids = {p["id"] for p in pairs}
    assert len(ids) >= 52
    for p in pairs:
        words = len(p["original"].split())
        assert 120 <= words <= 450, (p["id"], words)
        assert p["spun"] != p["original"]


def test_read_clean_falls_back_to_cp1252(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Caf\u00e9 \u00a35".encode("cp1252"))
    assert ev.read_text(f) == "Caf\u00e9 \u00a35"


def test_main_prints_every_figure(tmp_path, capsys):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "1.txt").write_text("A clean headline\n\nOne of the players said it was fine.\n")
    assert ev.main(["--clean-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for want in ("phrase_thesaurus", "wordnet_paraphrase", "heldout2", "SECONDARY", "per 1,000 words", "low tier"):
        assert want in out
    assert "every edit made on clean text (0)" in out
