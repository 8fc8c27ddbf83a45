"""Spin repair: the seed, must-not-change uses, case, a/an, tiers and evidence, the lexicon file."""

from pathlib import Path

import pytest

from newsetl import core
from newsetl.clean import spin
from newsetl.edits import Edit, undo
from newsetl.resources import read_tsv

SEED = Path("/work/shared/seed/metro-putin-ceasefire.txt")


def _edits(row: dict, field: str) -> list[Edit]:
    return [Edit(**e) for e in row["edits"] if e["field"] == field]


@pytest.fixture(scope="module")
def seed_row() -> dict:
    return core.process(SEED.read_text(encoding="utf-8"), "seed")


def test_seed_reads_as_the_original(seed_row):
    body = seed_row["body"]
    for want in (
        "One of the announcements made during the conference",
        "in both countries",
        "a common defence area",
        "We have tactical nuclear weapons",
        "This is another sign",
        "between the two leaders",
    ):
        assert want in body
    for gone in ("One in all", "announcements,", "throughout the conference", "each countries", "a standard"):
        assert gone not in body
    assert seed_row["spun"] and seed_row["spin_score"] > 5


def test_seed_boilerplate_is_repaired_with_its_own_field(seed_row):
    footer = next(b["text"] for b in seed_row["boilerplate"] if "push alerts" in b["text"])
    assert "Sign up for our daily push alerts" in footer
    i = next(i for i, b in enumerate(seed_row["boilerplate"]) if "push alerts" in b["text"])
    rules = {e["rule"] for e in seed_row["edits"] if e["field"] == f"boilerplate[{i}]"}
    assert {"pt.enroll_for", "pt.each_day"} <= rules


def test_seed_body_edits_round_trip(seed_row):
    before = undo(seed_row["body"], _edits(seed_row, "body"))
    raw = SEED.read_text(encoding="utf-8")
    assert "One in all the announcements, made throughout the conference" in before
    for para in before.split("\n\n"):
        assert para in raw


CLEAN = [
    "He ran as fast as you possibly can.",
    "She is considered one of the best players in Europe.",
    "They ignored the proven fact that smoking kills.",
    "Spending rose in line with the report published last week.",
    "The farm is measured in area units of one hectare.",
    "She earned an Associate Degree in Nursing in 2019.",
    "The work was done in every of the five regions.",
    "Each player has a locker, and each team gets a coach.",
    "Rates rose by the 2 per cent the bank had signalled.",
    "The authorities said residents of the town mentioned the noise.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_legitimate_uses_are_left_alone_in_clean_articles(text):
    row = core.process(
        "Headline for a clean story\n\n" + text + "\n\nAnother ordinary paragraph follows here."
    )
    assert text in row["body"]
    assert not [e for e in row["edits"] if e["rule"].startswith(("pt.", "wp."))]
    assert not row["spun"]


@pytest.mark.parametrize(
    "text",
    [
        "as fast as you possibly can.",
        "is considered one of the best",
        "area units",
        "Associate Degree in Nursing",
        "done in every of the",
        "each player has",
        "the 2 per cent",
        "in line with the report",
        "better than analysts had anticipated.",
        "injury problems throughout his career",
        "pushed it as an alternative luxury brand",
        "investors will however need approval",
        "down about 2 percentage points",
        "a sprawling metropolis of ten million",
        "information concerning the case",
        "once a week",
    ],
)
def test_legitimate_uses_survive_even_in_spun_articles(text):
    assert spin.repair(text, spun=True)[0] == text


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("One in all the men", "One of the men"),
        ("ONE IN ALL THE MEN", "ONE OF THE MEN"),
        ("he gave associate degree interview", "he gave an interview"),
        ("after associate degree hour", "after an hour"),
        ("at associate degree university", "at a university"),
        ("for associate degree MP", "for an MP"),
        ("the results area unit clear", "the results are clear"),
        ("We have a tendency to believe it", "We believe it"),
        ("in an exceedingly statement", "in a statement"),
        ("Talks ended. one in every of the aides left", "Talks ended. One of the aides left"),
        # round 3: partial swaps ({sub:...}) and context rules keep case too
        ("The firm will scale again its plans", "The firm will scale back its plans"),
        ("Scale Again", "Scale Back"),
        ("told the Monetary Instances on Monday", "told the Financial Times on Monday"),
        ("he pleaded responsible to fraud", "he pleaded guilty to fraud"),
        ("prices rose on the similar time as wages", "prices rose at the same time as wages"),
        ("His brother-in-legislation said so.", "His brother-in-law said so."),
        ("Hearth crews were called.", "Fire crews were called."),
    ],
)
def test_low_and_context_repairs_keep_case(spun, original):
    assert spin.repair(spun, spun=False)[0] == original


def test_ambiguous_rules_need_an_article_flagged_spun():
    text = "Officials mentioned the plan would go ahead, in each countries."
    assert spin.repair(text, spun=False)[0] == text
    assert spin.repair(text, spun=True)[0] == "Officials said the plan would go ahead, in both countries."


def test_context_rules_fire_without_evidence_only_in_context():
    assert spin.repair("the leader instructed reporters.", spun=False)[0] == "the leader told reporters."
    assert (
        spin.repair("she instructed reporters to leave", spun=False)[0] == "she instructed reporters to leave"
    )
    assert spin.repair("a drop of round 40% in sales", spun=False)[0] == "a drop of around 40% in sales"
    assert spin.repair("in the third round 2 games", spun=False)[0] == "in the third round 2 games"


def test_evidence_counts_each_ambiguous_rule_once():
    clean = ["The authorities said so. The authorities have acted. The authorities has decided."] * 3
    assert not spin.evidence(clean, 60).spun
    spun_text = ["One in all the men mentioned it. We now have more. It was in each countries."]
    ev = spin.evidence(spun_text, 20)
    assert ev.spun and ev.hits == 1 and ev.score > 50


# Own fixtures: clean news sentences whose spinner-like words are weak evidence (common in edited English).
_WEAK_ONLY = [
    "The judge stated in a filing that the trial would open no earlier than May.",
    "The court docket shows the case was moved. Whereas most charges carry 20 years, few expect that.",
    "Chairman Gary Holt mentioned the floodlights. It was a giant step for the club.",
    '"We now have to meet them there," she said. The federal government stated its position.',
    "Local authorities have acted, however the council said it would wait.",
]


def test_weak_forms_alone_never_flag_an_article_however_many():
    hits = {h.rule.id for t in _WEAK_ONLY for h in spin.find(t)}
    assert len(hits) >= 8  # many different ambiguous forms ...
    assert all(spin.rule_weight(r) < spin.STRONG_WEIGHT for r in spin.lexicon().rules if r.id in hits)
    assert not spin.evidence(_WEAK_ONLY, 60).spun  # ... in only 60 words, still not spun


def test_one_strong_form_with_weak_corroboration_flags_a_short_article():
    strong = "Ashby won four of their first six games but made mistakes at each ends."
    assert [spin.rule_weight(h.rule) for h in spin.find(strong)] == [spin.TIER_WEIGHT["ambiguous"]]
    assert not spin.evidence([strong], 200).spun  # one strong form alone: 0.5
    weak = "The club mentioned it hoped to name a manager. Dr Lee stated her team would study it."
    assert spin.evidence([strong, weak], 200).spun  # 0.5 + 0.25 + 0.25
    assert spin.evidence(["One in all the players left."], 200).spun  # one low-tier hit
    assert not spin.evidence([strong, weak], 600).spun  # ... but not thinly spread over a long page


def test_evidence_weights_name_existing_rules_and_stay_below_tier_defaults():
    ids = {r.id for r in spin.lexicon().rules}
    rows = read_tsv("spin_evidence.tsv")
    assert rows and len({r["id"] for r in rows}) == len(rows)
    tiers = {r.id: r.tier for r in spin.lexicon().rules}
    for row in rows:
        assert row["id"] in ids, row["id"]
        assert 0 < float(row["weight"]) <= spin.TIER_WEIGHT[tiers[row["id"]]], row["id"]
        assert row["why"], row["id"]


def test_rules_without_a_listed_weight_weigh_their_tier():
    listed = spin.evidence_weights()
    for rule in spin.lexicon().rules:
        assert spin.rule_weight(rule) == listed.get(rule.id, spin.TIER_WEIGHT[rule.tier])
    assert any(r.id not in listed for r in spin.lexicon().rules if r.tier == "ambiguous")


def test_every_lexicon_row_is_complete_and_its_example_fires():
    rows = read_tsv("spin_lexicon.tsv")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    by_id = {r.id: r for r in spin.lexicon().rules}
    for row in rows:
        assert row["family"] in ("phrase_thesaurus", "wordnet_paraphrase"), row["id"]
        assert row["tier"] in spin.TIER_WEIGHT, row["id"]
        assert row["id"].startswith({"phrase_thesaurus": "pt.", "wordnet_paraphrase": "wp."}[row["family"]])
        assert row["example"], row["id"]
        # Rules sharing a spun form are tried in file order; the example must fire that form.
        fired = {h.rule.spun for h in spin.find(row["example"])}
        assert by_id[row["id"]].spun in fired, (
            f"{row['id']}: example does not trigger its rule: {row['example']!r}"
        )


def test_a_long_text_needs_dense_evidence_to_count_as_spun():
    # Two strong ambiguous forms: enough in a short article, not in 3,000 words of comments.
    text = "They played at each ends till the end. Shoppers want gross sales, the firm mentioned."
    assert spin.evidence([text], 40).spun
    assert not spin.evidence([text], 3000).spun


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("down from 4.4% the month earlier than.", "down from 4.4% the month before."),
        ("Astronomers utilizing a telescope", "Astronomers using a telescope"),
        ("it tells United States these worlds matter", "it tells us these worlds matter"),
        ("shares rose in after-hours commercialism", "shares rose in after-hours trading"),
        ("coffee became a lot of expensive", "coffee became more expensive"),
        ("won on Sunday once beating two rivals", "won on Sunday after beating two rivals"),
        ("it would fine 3 companies", "it would fine three companies"),
        ("save concerning £15m a year", "save about £15m a year"),
    ],
)
def test_round_two_swaps_in_spun_articles(spun, original):
    assert spin.repair(spun, spun=True)[0] == original


def test_substitute_swaps_only_the_named_words_with_their_case():
    assert spin.substitute("SCALE AGAIN", "{sub:again>back}") == "SCALE BACK"
    assert spin.substitute("sensible  telephones", "{sub:sensible telephones>smartphones}") == "smartphones"
    assert spin.substitute("again-to-again", "{sub:again>back}") == "back-to-back"
