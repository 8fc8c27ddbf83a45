"""The spin evaluation command: scoring rules, data loading, and the report."""

from collections import Counter

import pytest

from newsetl.clean import spin
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
    assert keys == {(s, f) for s in ev.SPLITS for f in ev.split_families(s)}
    assert set(ev.SPLITS) == {"dev", "dev2", "dev3", "heldout", "heldout2", "heldout3"}
    assert ev.split_families("dev3") == ("phrase_thesaurus",)
    ids = {p["id"] for p in pairs}
    assert len(ids) >= 52
    for p in pairs:
        words = len(p["original"].split())
        assert 120 <= words <= 450, (p["id"], words)
        assert p["spun"] != p["original"]


def test_heldout3_has_16_spun_articles_in_both_families_and_clean_traps():
    pairs = [p for p in ev.load_pairs() if p["split"] == "heldout3"]
    by_family = {f: [p for p in pairs if p["family"] == f] for f in ev.FAMILIES}
    for fam, rows in by_family.items():
        assert len(rows) == 16, fam
        assert len({p["id"] for p in rows}) == 16
        for p in rows:
            assert p["spun"].strip() != p["original"].strip(), (p["id"], fam)
            # spun at a realistic density: at least one differing word run per 25 words, at most one per 8
            _, _, ops = ev._align(p["spun"], p["original"])
            spans = sum(tag != "equal" for tag, *_ in ops)
            words = len(p["original"].split())
            assert words / 25 <= spans <= words / 8, (p["id"], fam, spans, words)
    spun_ids = {p["id"] for p in pairs}
    traps = [t for t in ev.load_traps() if t["split"] == "heldout3"]
    assert len(traps) == 6
    assert not spun_ids & {t["id"] for t in traps}
    for t in traps:
        assert 200 <= len(t["original"].split()) <= 450, t["id"]


def test_dev2_has_clean_negatives_with_spinner_words_and_positives_at_seed_density():
    traps = [t for t in ev.load_traps() if t["split"] == "dev2"]
    assert len(traps) >= 8
    styles = {t["style"] for t in traps}
    assert styles == {"UK", "US"}
    spinner_words = ("mentioned", "stated", "authorities", "whereas", "giant")
    for word in spinner_words:
        assert sum(word in t["original"] for t in traps) >= 3, word
    pairs = [p for p in ev.load_pairs() if p["split"] == "dev2"]
    assert {p["family"] for p in pairs} == set(ev.FAMILIES)
    assert len(pairs) >= 8
    assert not {p["id"] for p in pairs} & {t["id"] for t in traps}
    for p in pairs:
        _, _, ops = ev._align(p["spun"], p["original"])
        spans = sum(tag != "equal" for tag, *_ in ops)
        words = len(p["original"].split())
        assert words / 25 <= spans <= words / 8, (p["id"], p["family"], spans, words)


def test_dev3_has_phrase_thesaurus_positives_at_seed_density_and_clean_traps_of_every_topic():
    pairs = [p for p in ev.load_pairs() if p["split"] == "dev3"]
    assert {p["family"] for p in pairs} == {"phrase_thesaurus"}
    assert len(pairs) >= 8 and len({p["topic"] for p in pairs}) >= 8
    for p in pairs:
        _, _, ops = ev._align(p["spun"], p["original"])
        spans = sum(tag != "equal" for tag, *_ in ops)
        words = len(p["original"].split())
        assert words / 25 <= spans <= words / 8, (p["id"], spans, words)
    traps = [t for t in ev.load_traps() if t["split"] == "dev3"]
    assert len(traps) >= 6 and {t["style"] for t in traps} == {"UK", "US"}
    text = " ".join(t["original"] for t in traps)
    for phrase in ("college students", "economic system", "navy blue", "decide to", "the judge", "a sport"):
        assert phrase in text, phrase
    assert not {p["id"] for p in pairs} & {t["id"] for t in traps}


def test_an_article_with_some_but_not_all_spun_sections_is_rejected():
    article = {"id": "x-1", "sections": {"original": "A\n\nB.", "phrase_thesaurus": "A\n\nC."}}
    with pytest.raises(ValueError, match="x-1"):
        ev._spun_families(article)
    # ... unless its split is spun in that family only (dev3), where a WordNet section is the error
    assert ev._spun_families(article, ("phrase_thesaurus",)) is True
    both = {"id": "x-3", "sections": {**article["sections"], "wordnet_paraphrase": "A\n\nD."}}
    with pytest.raises(ValueError, match="x-3"):
        ev._spun_families(both, ("phrase_thesaurus",))
    assert ev._spun_families({"id": "x-2", "sections": {"original": "A\n\nB."}}) is False


def test_traps_count_as_negatives_of_their_split_for_every_family():
    trap = {"id": "t-1", "split": "heldout3", "original": "A clean headline\n\nThe council met on Tuesday."}
    _, detect, originals = ev.evaluate_pairs([], [trap])
    assert len(originals) == 1
    for fam in ev.FAMILIES:
        d = detect[("heldout3", fam)]
        assert (d.tp, d.fn, d.fp + d.tn) == (0, 0, 1)


def test_read_clean_falls_back_to_cp1252(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Caf\u00e9 \u00a35".encode("cp1252"))
    assert ev.read_text(f) == "Caf\u00e9 \u00a35"


def test_main_prints_every_figure(tmp_path, capsys):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "1.txt").write_text("A clean headline\n\nOne of the players said it was fine.\n")
    assert ev.main(["--clean-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    wants = ("phrase_thesaurus", "wordnet_paraphrase", "heldout2", "heldout3", "SECONDARY", "per 1,000 words",
             "low tier", "Trap originals")
    for want in wants:
        assert want in out
    assert "every edit made on clean text (0)" in out
    assert "Trap originals of heldout3" in out and "Trap originals of dev2" in out
    assert "Trap originals of dev3" in out and "\ndev3     phrase_thesaurus" in out
    assert "rules firing on clean text if every article were spun: 0;" in out
    assert "[dev wordnet_paraphrase] wrong repairs" in out and "miss x" in out
    heldout = out[out.index("[heldout phrase_thesaurus]"):]
    assert "miss x" not in heldout and "WRONG" not in heldout and "--heldout-errors" in heldout


def test_heldout_errors_are_listed_on_request(tmp_path, capsys):
    (tmp_path / "1.txt").write_text("A clean headline\n\nThe council met on Tuesday.\n")
    assert ev.main(["--clean-dir", str(tmp_path), "--heldout-errors"]) == 0
    out = capsys.readouterr().out
    assert "miss x" in out[out.index("[heldout phrase_thesaurus]"):]


def test_worst_case_lists_rules_that_fire_on_clean_text_but_weigh_as_strong():
    weak = next(iter(spin.evidence_weights()))
    strong = "pt.each_plural"
    assert strong not in spin.evidence_weights()
    clean = ev.CleanScore(files=10, worst_case=Counter({weak: 3, strong: 1}))
    assert ev.strong_in_clean(clean) == [(strong, 1, spin.TIER_WEIGHT["ambiguous"])]
    # one strong form in a story long enough that it alone does not flag the article (SHORT_MIN_SCORE)
    filler = "The crowd was small but loud. " * 30
    text = "A clean headline\n\nThe two teams met at each ends of the pitch.\n\n" + filler
    score = ev.evaluate_clean([("a.txt", text)])
    assert score.worst_case == Counter({strong: 1}) and score.edits == [] and score.spun == 0


def test_light_spin_counts_flagged_articles_per_family():
    # The simulator swaps "one of the" (p 0.9) and "you can" (p 0.8): low-tier forms, so a spun copy is flagged.
    text = "A headline\n\n" + "One of the players said you can win one of the titles. " * 8
    clean = "A headline\n\nThe club said the match would be played on Saturday at the usual time."
    out = ev.evaluate_light_spin([("a.txt", text), ("b.txt", clean)])
    assert set(out) == set(ev.FAMILIES)
    assert out["phrase_thesaurus"] == (1, 2)  # the spun copy flagged, the copy with nothing to swap not
    assert all(total == 2 for _, total in out.values())
