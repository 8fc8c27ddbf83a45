"""Spin repair: the seed, must-not-change uses, case, a/an, tiers and evidence, the lexicon file."""

import re
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


# Round 4 (issue #3): the phrase thesaurus's stock swaps across topics. Own sentences; low and context rules
# repair without evidence, ambiguous ones ("his spouse", "the economic system") only in articles flagged spun.
@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("Meals banks handed out a report variety of parcels", "Food banks handed out a record number of parcels"),
        ("a secondary faculty shut for the faculty holidays", "a secondary school shut for the school holidays"),
        ("primary faculty academics warned", "primary school teachers warned"),
        ("College students at one secondary faculty", "Students at one secondary school"),
        ("The decide told him he must serve 24 years in jail", "The judge told him he must serve 24 years in jail"),
        ("Sentencing him, Decide Helen Carver said", "Sentencing him, Judge Helen Carver said"),
        ("US District Decide Maria Lopez said", "US District Judge Maria Lopez said"),
        ("he was stabbed to loss of life after his loss of life", "he was stabbed to death after his death"),
        ("a homicide inquiry was launched", "a murder inquiry was launched"),
        ("jailed for all times at the Old Bailey", "jailed for life at the Old Bailey"),
        ("A automotive crash closed the road and his automotive was stolen",
         "A car crash closed the road and his car was stolen"),
        ("two males and a lady were hurt", "two men and a woman were hurt"),
        ("cared for by household and buddies", "cared for by family and friends"),
        ("named participant of the match with a sport in hand", "named player of the match with a game in hand"),
        ("the away followers sang as they tried to win the sport", "the away fans sang as they tried to win the game"),
        ("The opposition chief said the get together's campaign failed",
         "The opposition leader said the party's campaign failed"),
        ("the unemployment charge rose and hire rises hit 9%", "the unemployment rate rose and rent rises hit 9%"),
        ("a £40m worth tag and scholar mortgage debt", "a £40m price tag and student loan debt"),
        ("cash laundering by small enterprise homeowners", "money laundering by small business owners"),
        ("the UK economic system grew by 0.3%", "the UK economy grew by 0.3%"),
        ("the screen of his pc and pc science courses", "the screen of his computer and computer science courses"),
        ("a digicam in sensible units", "a camera in smart devices"),
        ("children's display screen time", "children's screen time"),
        ("the navy junta and a drone assault", "the military junta and a drone attack"),
        ("a warmth wave and a grass hearth", "a heat wave and a grass fire"),
        ("his charger set hearth to a desk", "his charger set fire to a desk"),
        ("It is a dream begin, give it a attempt", "It is a dream start, give it a try"),
        ("the survey exhibits that new figures present, and", "the survey shows that new figures show, and"),
        ("client watchdog Which? said newer fashions", "consumer watchdog Which? said newer models"),
        ("they known as the police when they heard screams", "they called the police when they heard screams"),
        ("waiting at a bus cease, protected and sound", "waiting at a bus stop, safe and sound"),
        ("urged people to get jabs as quickly as doable", "urged people to get jabs as soon as possible"),
        ("cut costs wherever doable, and", "cut costs wherever possible, and"),
        ("said it would do every part it could", "said it would do everything it could"),
        ("had damaged the hyperlink between cases and deaths", "had damaged the link between cases and deaths"),
        ("speaking during a go to to a vaccination centre", "speaking during a visit to a vaccination centre"),
        ("will make a press release to MPs on Monday", "will make a statement to MPs on Monday"),
        ("a Downing Road spokesman said", "a Downing Street spokesman said"),
        ("Wall Road banks and Wall Road's traders", "Wall Street banks and Wall Street's traders"),
        ("despite a rise in instances over the past week", "despite a rise in cases over the past week"),
        ("and known as for clearer guidance", "and called for clearer guidance"),
        ("Tech big warns as the oil big's profits fall", "Tech giant warns as the oil giant's profits fall"),
        ("Sarah Lin instructed traders that sales fell", "Sarah Lin told investors that sales fell"),
        ("a tough year forward, he said", "a tough year ahead, he said"),
        ("Shares within the firm fell in early buying and selling", "Shares in the firm fell in early trading"),
        ("wiping billions off its market worth.", "wiping billions off its market value."),
        ("warned that larger prices and larger interest rates", "warned that higher prices and higher interest rates"),
        ("kept the business going via the pandemic", "kept the business going through the pandemic"),
        ("support for these affected by the cuts.", "support for those affected by the cuts."),
        ("a knife assault exterior a nightclub", "a knife attack outside a nightclub"),
        ("He suffered critical accidents and spent per week in hospital.",
         "He suffered serious injuries and spent a week in hospital."),
        ("You introduced a knife to a evening out.", "You brought a knife to a night out."),
        ("said after the listening to: 'It was fair.'", "said after the hearing: 'It was fair.'"),
        ("it rose to a report 7.8 million, new figures present.", "it rose to a record 7.8 million, new figures show."),
        ("waits rose to three.2 million", "waits rose to 3.2 million"),
        ("Sufferers ready greater than 18 weeks", "Patients waiting more than 18 weeks"),
        ("while the common wait was 14 weeks", "while the average wait was 14 weeks"),
        ("stretched to breaking level as demand retains on rising",
         "stretched to breaking point as demand keeps on rising"),
        ("United gained 2-1 with the successful aim; he scored an aim",
         "United won 2-1 with the winning goal; he scored a goal"),
        ("The manager said his facet had shown character", "The manager said his side had shown character"),
        ("heavy rain, robust winds and a yellow climate warning",
         "heavy rain, strong winds and a yellow weather warning"),
        ("a 4.5% pay supply, the Nationwide Training Union said",
         "a 4.5% pay offer, the National Education Union said"),
        ("left with no selection after years of actual phrases cuts",
         "left with no choice after years of real terms cuts"),
        ("Training Secretary Ann Lee known as the strike 'disappointing'",
         "Education Secretary Ann Lee called the strike 'disappointing'"),
        ("the Nationwide Affiliation of Head Academics", "the National Association of Head Teachers"),
        ("Mother and father have been suggested to examine with the school",
         "Mother and father have been advised to check with the school"),
        ("£2bn this year and subsequent.", "£2bn this year and next."),
        ("Associate in Nursing earlier version was rejected", "An earlier version was rejected"),
        ("Council backs housing arrange; it cut the quantity of homes",
         "Council backs housing plan; it cut the number of homes"),
        ("The plans now go to the govt for a decision on native roads.",
         "The plans now go to the government for a decision on local roads."),
        ("a crash on Sat night", "a crash on Saturday night"),
        ("taken to hospital wherever he remains in a crucial condition",
         "taken to hospital where he remains in a critical condition"),
        ("anyone World Health Organization saw it", "anyone who saw it"),
        ('"Call us," aforesaid investigating officer Tom Hale.', '"Call us," said investigating officer Tom Hale.'),
        ("more air defence methods after one in all its largest attacks",
         "more air defence systems after one of its largest attacks"),
        ("in his nightly handle, he denied concentrating on civilians",
         "in his nightly address, he denied targeting civilians"),
        ("it struck navy and power infrastructure", "it struck military and energy infrastructure"),
        ("Nato Secretary Common Mark Rutte, before the common election",
         "Nato Secretary General Mark Rutte, before the general election"),
        ("with Ukraine for so long as it takes; talks are due to renew next week.",
         "with Ukraine for as long as it takes; talks are due to resume next week."),
    ],
)
def test_round_four_low_and_context_swaps(spun, original):
    assert spin.repair(spun, spun=False)[0] == original


@pytest.mark.parametrize(
    ("spun", "original"),
    [
        ("he killed his spouse", "he killed his wife"),
        ("economists said the economic system would recover", "economists said the economy would recover"),
        ("bought on its web site", "bought on its website"),
        ("waiting longer to start cancer therapy", "waiting longer to start cancer treatment"),
        ("charged with the homicide of Sarah Lane", "charged with the murder of Sarah Lane"),
        ("an amber warning for excessive warmth", "an amber warning for extreme heat"),
        ("if a charger grew to become too hot", "if a charger became too hot"),
        ("Labour chief Keir Starmer said", "Labour leader Keir Starmer said"),
        ("sales fell in the final three months of the year", "sales fell in the last three months of the year"),
        ("he attacked the sufferer after a row", "he attacked the victim after a row"),
        ("a good result for the victim and his household.", "a good result for the victim and his family."),
        ("The variety of individuals on the list rose", "The number of individuals on the list rose"),
        ("strikes by junior docs, which", "strikes by junior doctors, which"),
        ("it was totally dedicated to cutting waits", "it was fully committed to cutting waits"),
        ("schools forced to chop employees", "schools forced to cut employees"),
        ("We're fearful that kids will lose out", "We're worried that kids will lose out"),
        ("residents who same the plan would fail", "residents who said the plan would fail"),
        ('"We are unhappy," same Jane Cole.', '"We are unhappy," said Jane Cole.'),
        ("hit by a dark-coloured automobile", "hit by a dark-coloured car"),
        ("a crash, in line with Avon and Somerset Police.", "a crash, according to Avon and Somerset Police."),
        ("Rutte said allies would act, including that the alliance stood firm",
         "Rutte said allies would act, adding that the alliance stood firm"),
        ("talks, in keeping with officers, to destroy our individuals",
         "talks, according to officers, to destroy our people"),
        ("We might prefer to hear from you", "We would like to hear from you"),
    ],
)
def test_round_four_ambiguous_swaps_need_a_spun_article(spun, original):
    assert spin.repair(spun, spun=False)[0] == spun
    assert spin.repair(spun, spun=True)[0] == original


# Own sentences using round 4's words in their legitimate senses: unchanged even in an article flagged spun.
_ROUND_FOUR_LEGIT = [
    'Hundreds of college students in Ohio marched on the capitol.',
    'Daily life under the Soviet economic system was hard.',
    'Campaigners want a fairer economic system.',
    'She wore a navy blue coat to the hearing.',
    'He joined the navy in 1990 and served on three ships.',
    'The navy said its ships would stay in port.',
    'Voters will decide to stay or go.',
    'Let the High Court decide.',
    'The judge will decide whether the trial goes ahead.',
    'Padel is a sport anyone can pick up.',
    "The sport has grown fast, and the sport's governing body is pleased.",
    'VAR has killed the sport, he said.',
    'The firm said it would cut jobs.',
    'The bank will remove hundreds of cash machines.',
    'The chief constable apologised.',
    'The opposition chief whip resigned.',
    'Homicide detectives said the officer fired at the car.',
    'He was convicted of vehicular homicide in 2019.',
    'The homicide rate fell last year.',
    'Employers must assess display screen equipment.',
    'Each participant in the study was paid.',
    'Its followers on social media have grown fast.',
    'The followers sang hymns outside the church.',
    'Membership fees will rise, and union membership fell.',
    'Golf membership has doubled.',
    'Market traders said business was slow.',
    'The council will build 300 housing units.',
    'Mortgage rates rose again.',
    'The warmth of the sea made the storm wetter.',
    'A hearth in one cottage kept them warm.',
    'The automotive industry is cutting jobs, an automotive supplier said.',
    'The automotive park in Tangier employs 5,000 people.',
    'Shares rose 5pc on Monday, and PC sales grew.',
    'Junior faculty and the medical faculty voted.',
    'Academics from the institute said so, as did computer science academics.',
    'There was a heavy loss of life, and the loss of life was avoidable.',
    'The dying man was taken to hospital.',
    'Talks will begin on Monday, and the new season will begin in August.',
    'Let the games begin.',
    'Menachem Begin signed the accord.',
    'The museum exhibits paintings, and the patient exhibits symptoms.',
    'The figures present a mixed picture.',
    'Staff will assist the authorities.',
    'Antioxidants reduce free radicals.',
    'A client group meeting was held.',
    'The reserve is a protected area.',
    'The firm will cease trading, and a ceasefire was agreed.',
    'It was an attempt to win, and they will attempt to try again.',
    'The report levels fresh criticism at ministers.',
    'A report on the crash was published.',
    'The report number was missing.',
    'Older fashions came back into style, and cheaper fashions sold well.',
    'He is known as the police officer who saved a child.',
    'What became known as the police state grew.',
    "The union's trade struggle lasted years.",
    'A proxy struggle for control of the board began.',
    'Meals and drink are included in the price.',
    'The automotive crash test was passed.',
    'Football participants rose by 10%.',
    'Rugby membership fell last year.',
    'The country is losing the sport it loves.',
    'Parents and academics criticised the test.',
    'He was referred for therapy.',
    'She took financial know-how to the firm.',
    'His personal faculties were failing.',
    'Native faculty at the university spoke.',
    'Religion faculty voted.',
    'The dog exhibits signs of stress.',
    'Photo exhibits and video exhibits opened.',
    'The families and friends gathered.',
    'Excessive heat warnings were issued.',
    'A homicide suspect was arrested in Chicago.',
    'The NYPD opened a homicide probe.',
    'A vaccination charge of £50 applies.',
    'Federal judges and the federal government clashed in Washington.',
    'The plan is doable, she said.',
    'Every part of the country was hit.',
    'The firm issued a press release on Monday.',
    'A rise in instances of fraud was reported.',
    'Labour chief whip Alan Campbell and the Labour chief executive met.',
    'She is the go to person for advice.',
    'Click the hyperlink to read more.',
    'The man known as for example "Mr Big" was arrested.',
    'He lives on Wall Road in Norwich.',
    'Big tech is a big spender, and a tech big enough to matter.',
    'Banks sold one-year forward contracts and the year forward rate rose.',
    'It is a market worth £2bn, with larger costs for councils.',
    'They travelled via the Channel Tunnel to these affected areas.',
    'She is interested in buying and selling homes.',
    'The exterior of the building and its exterior walls were painted; an exterior view.',
    'Asthma sufferers and a hay fever sufferer said fatal accidents rose.',
    'Rent is £300 per week and she spent £50 per week on food.',
    'She introduced a new law and a dog-friendly policy for an evening out.',
    'He was listening to the radio; her household income and household bills rose.',
    'People ready for change back the common good, not the common cold.',
    'She gained 5-10 pounds; the aim of the policy, the first aim, is a robust economy.',
    'Climate warnings from scientists; he published a report 10 days ago that 3 million people read.',
    'Nationwide Building Society backed a nationwide strike over the water supply and the job supply chain.',
    'There is no selection process; Thatcher, known as the \'Iron Lady\', died.',
    'He was fearful of heights. It has been suggested to me that this year and subsequent years differ.',
    'Chop the onions.',
    'She earned an Associate in Nursing degree; the quantity of water; they arrange for talks.',
    'It was the same. Same time next week, the same Jane Cole.',
    'World Health Organization warns; the World Health Organization said so in the Sun on Sunday.',
    'Wherever he lives, he works in the automobile industry. You might prefer to stay.',
    'Teaching methods and the door handle: he said several issues arose, including that the rules changed.',
    'They agreed to renew the treaty for so long as anyone could remember; the Attorney General found common ground.',
]


@pytest.mark.parametrize("text", _ROUND_FOUR_LEGIT)
def test_round_four_words_in_their_legitimate_sense_survive_in_spun_articles(text):
    assert spin.repair(text, spun=True)[0] == text


def test_the_federal_government_is_kept_near_a_federal_state_cue_anywhere_before_in_the_paragraph():
    plain = "Ministers said the federal government would publish its plan in the autumn."
    assert spin.repair(plain, spun=True)[0] == "Ministers said the government would publish its plan in the autumn."
    for text in (
        "In Washington, the federal government said it would appeal.",
        "The provinces want the federal government to pay for new hospitals.",
        "The federal government and the states share the cost.",
        "The federal government must act, said Mr Trudeau.",
    ):
        assert spin.repair(text, spun=True)[0] == text
    # the cue is read in a wide window before the form (300 characters), not only the usual 40
    filler = " The talks went on." * 8  # 152 characters
    near = "Massachusetts officials met." + filler + " Then the federal government acted."
    assert spin.repair(near, spun=True)[0] == near
    far = "Massachusetts officials met." + filler * 3 + " Then the federal government acted."
    assert spin.repair(far, spun=True)[0] == far.replace("the federal government", "the government")
    rule = next(r for r in spin.lexicon().rules if r.id == "pt.the_federal_government")
    assert rule.left_window == 300
    declared = {row["id"]: row.get("left") or "" for row in read_tsv("spin_lexicon.tsv")}
    for r in spin.lexicon().rules:  # every other rule keeps the 40-character window unless it declares "@N:"
        wide = re.match(r"@(\d+):", declared[r.id])
        assert r.left_window == (int(wide.group(1)) if wide else 40), r.id


# Round 5 (docs/spin.md): stock swaps seen in spun probe articles, by the probe's topic.
ROUND5_REPAIRS = {  # topic -> (spun, original, the article is flagged spun)
    "energy": [
        ("we're doing every thing we can", "we're doing everything we can", False),
        ("doing everything we are able to.", "doing everything we can.", False),
        ("That is one other setback", "That is another setback", False),
        ("yet one other delay", "yet another delay", False),
        ("after the newest enhance to the value cap", "after the newest increase to the price cap", False),
        ("according to figures printed on Friday", "according to figures published on Friday", False),
        ("cannot afford to maintain their houses heat", "cannot afford to keep their homes warm", False),
        ("the charity Gasoline Poverty Action", "the charity Fuel Poverty Action", False),
        ("Petrol costs hit highest degree in two years", "Petrol costs hit highest level in two years", False),
    ],
    "police_appeal": [
        ("I hope at the moment's sentence helps", "I hope today's sentence helps", False),
        ("stabbed outdoors a nightclub", "stabbed outside a nightclub", False),
        ("Anybody with info about the attack is inspired to name police on 101.",
         "Anyone with information about the attack is encouraged to call police on 101.", False),
    ],
    "business": [
        ("Tech big slashes 1,200 jobs", "Tech giant slashes 1,200 jobs", False),
        ("told investors the corporate wanted to grow", "told investors the company wanted to grow", False),
        ("we don't take them flippantly", "we don't take them lightly", False),
        ("Shares rose 4 per cent on the information.", "Shares rose 4 per cent on the news.", False),
        ("warned that more cuts may observe", "warned that more cuts may follow", False),
        ("if demand doesn't decide up", "if demand doesn't pick up", False),
    ],
    "sport": [
        ("City transfer high of the desk", "City transfer top of the table", False),
        ("a win moved the membership high of the Premier League",
         "a win moved the club top of the Premier League", False),
        ("he told reporters after the sport.", "he told reporters after the game.", False),
        ("The defender, who returned from harm last week, performed the total 90 minutes.",
         "The defender, who returned from injury last week, played the full 90 minutes.", False),
        ("in the subsequent spherical of the cup", "in the subsequent round of the cup", False),
        ("tickets will promote out", "tickets will sell out", False),
    ],
    "health": [
        ("NHS ready lists hit file excessive", "NHS waiting lists hit record high", False),
        ("people waiting for hospital remedy", "people waiting for hospital treatment", False),
        ("7.6 million wait for remedy", "7.6 million wait for treatment", False),
        ("on the ready record at the finish of September", "on the waiting list at the end of September", False),
        ("The Royal Faculty of Nursing said employees shortages",
         "The Royal College of Nursing said staff shortages", False),
    ],
    "weather": [
        ("a warning for elements of Wales", "a warning for parts of Wales", False),
        ("70mph on uncovered coasts and rain on increased floor",
         "70mph on exposed coasts and rain on higher ground", False),
        ("told to keep away from pointless journeys and examine for updates",
         "told to avoid unnecessary journeys and check for updates", False),
        ("Prepare operators warned of disruption", "Train operators warned of disruption", False),
        ('"Flooding is probably going," the atmosphere company said.',
         '"Flooding is likely," the Environment Agency said.', False),
    ],
    "diplomacy": [
        ("days after a heated assembly", "days after a heated meeting", False),
        ("Talking at a summit of leaders", "Speaking at a summit of leaders", False),
        ('committed to a "simply and lasting peace"', 'committed to a "just and lasting peace"', False),
        ("Ukraine has all the time wanted peace", "Ukraine has always wanted peace", False),
        ("a plan to stop the combating", "a plan to stop the fighting", False),
        ("Russia has not but commented.", "Russia has not yet commented.", False),
    ],
    "property": [
        ("Common house prices fell, in line with the Nationwide.",
         "Average house prices fell, according to the Nationwide.", False),
        ("The standard property now prices £264,000", "The average property now costs £264,000", False),
        ("stretched for potential patrons", "stretched for potential buyers", False),
        ("a recovery in the new 12 months", "a recovery in the new year", False),
        ("forced to save lots of for longer", "forced to save for longer", False),
        ("Estate brokers said demand slowed", "Estate agents said demand slowed", False),
    ],
    "local_government": [
        ("urging the authority to chop senior workers pay", "urging the authority to cut senior workers pay", True),
        ("it saved £12m by mistreatment fewer agency staff", "it saved £12m by using fewer agency staff", False),
        ("The council same it had saved £12m", "The council said it had saved £12m", True),
    ],
    "wordnet_synonym": [
        ("costs rose on the far side of expectations", "costs rose beyond expectations", False),
        ("as antecedently reported", "as previously reported", False),
        ("the firm Janus-faced criticism", "the firm faced criticism", False),
        ("the law took effect last calendar month", "the law took effect last month", False),
        ("tho' he denied it", "though he denied it", False),
    ],
    "entertainment": [
        ("Singer cancels tour after vocal twine harm", "Singer cancels tour after vocal cord injury", False),
        ("doctors suggested her to relaxation her voice", "doctors advised her to rest her voice", False),
        ("I've tried every thing to maintain going", "I've tried everything to keep going", False),
        ("holders will be refunded robotically", "holders will be refunded automatically", False),
        ("two nights at the O2 Area", "two nights at the O2 Arena", False),
        ("She is predicted to return in spring", "She is expected to return in spring", False),
    ],
    "markets": [
        ("Fed holds charges regular", "Fed holds rates steady", False),
        ("left its benchmark rate of interest unchanged", "left its benchmark interest rate unchanged", False),
        ('"We will be affected person."', '"We will be patient."', False),
        ("tariffs may push costs increased", "tariffs may push costs higher", False),
        ("policymakers mentioned in a statement that", "policymakers said in a statement that", True),
        ("the economy grew at a stable tempo", "the economy grew at a stable pace", True),
    ],
    "education": [
        ("Tons of of fogeys gathered outside the council places of work",
         "Hundreds of parents gathered outside the council offices", False),
        ("plans to shut five major faculties", "plans to shut five primary schools", False),
        ("Mom-of-two Emma Clarke said", "Mum-of-two Emma Clarke said", False),
        ("That is the guts of our community.", "That is the heart of our community.", False),
        ("A closing determination is predicted in January.", "A final decision is expected in January.", False),
        ("plans to shut 5 major colleges", "plans to shut 5 primary schools", True),
        ("the schools are now not viable", "the schools are no longer viable", True),
        ("School closures: Mother and father protest", "School closures: Parents protest", True),
    ],
    "tech_regulation": [
        ("fines over youngster security failures", "fines over child safety failures", False),
        ("10% of their world turnover", "10% of their global turnover", False),
        ("below new guidelines printed by the regulator", "under new guidelines published by the regulator", False),
        ("rules which come into drive in July under the On-line Security Act",
         "rules which come into force in July under the Online Safety Act", False),
        ("That is a vital second for safety", "That is a vital moment for safety", False),
        ("Campaigners welcomed the transfer but", "Campaigners welcomed the move but", True),
        ("fined in the event that they fail", "fined if they fail", True),
    ],
    "travel_disruption": [
        ("a fault with the air visitors control system", "a fault with the air traffic control system", False),
        ("Nationwide Air Visitors Providers (Nats) said", "National Air Traffic Services (Nats) said", False),
        ("Passengers confronted lengthy delays", "Passengers faced lengthy delays", False),
        ("the fault had been recognized and stuck", "the fault had been identified and fixed", False),
        ("disruption would proceed for days", "disruption would continue for days", False),
        ("Delays grew. Airways urged passengers to stay home.",
         "Delays grew. Airlines urged passengers to stay home.", False),
        ("to examine the standing of their flight", "to check the status of their flight", False),
        ("an unbiased review of what went mistaken", "an independent review of what went wrong", False),
    ],
    "climate": [
        ("World on observe for hottest 12 months on file", "World on track for hottest year on record", False),
        ("set to be the most well liked on file", "set to be the hottest on record", False),
        ("1.6C above pre-industrial ranges", "1.6C above pre-industrial levels", False),
        ("the El Nino climate sample", "the El Nino weather pattern", False),
        ("the EU's local weather monitoring service", "the EU's climate monitoring service", False),
        ("a need for pressing motion", "a need for urgent action", False),
        ("must ship on their guarantees", "must deliver on their promises", False),
        ("their promises on the COP summit next month", "their promises at the COP summit next month", True),
    ],
    "police_statement": [
        ("arrested on suspicion of tried murder", "arrested on suspicion of attempted murder", False),
        ("Police had been known as to New Road following experiences of a combat.",
         "Police had been called to New Road following reports of a fight.", False),
        ("with critical however not life-threatening injuries",
         "with serious but not life-threatening injuries", False),
        ("there will be an elevated police presence within the space.",
         "there will be an increased police presence in the area.", False),
        ("Anyone with footage is requested to contact police.",
         "Anyone with footage is asked to contact police.", False),
        ("We perceive this may trigger concern in the community",
         "We understand this may cause concern in the community", True),
    ],
    "retail_results": [
        ("sales grew sooner than expected over the summer season months",
         "sales grew faster than expected over the summer months", False),
        ("in the 13 weeks to the tip of August", "in the 13 weeks to the end of August", False),
        ("boosted by sturdy demand for its worth ranges and Clubcard costs",
         "boosted by strong demand for its value ranges and Clubcard prices", False),
        ("shoppers were persevering with to spend", "shoppers were continuing to spend", False),
        ("We've labored hard to maintain costs low", "We've worked hard to keep costs low", False),
        ("continuing to really feel the squeeze", "continuing to feel the squeeze", True),
    ],
    "budget": [
        ("tax rises value £40 billion in her first Price range",
         "tax rises worth £40 billion in her first Budget", False),
        ('a "black gap" and no choice however to act', 'a "black hole" and no choice but to act', False),
        ("rise from 13.8% to fifteen% from April", "rise from 13.8% to 15% from April", False),
        ("elevating around £25bn and breaking manifesto guarantees",
         "raising around £25bn and breaking manifesto promises", False),
        ('people would "pay the worth"', 'people would "pay the price"', False),
        ("The Workplace for Finances Duty said it would enhance borrowing",
         "The Office for Budget Responsibility said it would increase borrowing", False),
        ("no choice but to behave.", "no choice but to act.", True),
    ],
    "rail_strike": [
        ("staff will stroll out on Monday after talks with prepare corporations failed",
         "staff will walk out on Monday after talks with train corporations failed", False),
        ('"left with no different" after being provided a pay rise',
         '"left with no alternative" after being offered a pay rise', False),
        ("warned to count on severe disruption with 80% of providers cancelled",
         "warned to expect severe disruption with 80% of services cancelled", False),
        ('the Rail Supply Group said the provide was "truthful and inexpensive"',
         'the Rail Delivery Group said the offer was "fair and affordable"', False),
        ("urged the union to name off the motion", "urged the union to call off the action", False),
        ("a protracted operating dispute over pay and dealing situations",
         "a long-running dispute over pay and working conditions", False),
    ],
    "wordnet_hospital": [
        ("the patient waited quite thirty hours", "the patient waited more than thirty hours", False),
        ("The woman, who had fallen reception, was admitted.",
         "The woman, who had fallen at home, was admitted.", False),
        ("Her female offspring had created a politician criticism", "Her daughter had made a formal complaint", False),
        ("staff were operating onerous", "staff were working hard", False),
        ("a advocator said", "a spokesperson said", False),
    ],
    "tennis": [
        ("British primary Jack Draper lost in straight units",
         "British number one Jack Draper lost in straight sets", False),
        ("shedding in straight sets to Jannik Sinner", "losing in straight sets to Jannik Sinner", False),
        ("He will face Fritz in Sunday's last.", "He will face Fritz in Sunday's final.", False),
    ],
    "r6_crime": [
        ("after a lady used to be stabbed in a town centre", "after a lady was stabbed in a town centre", False),
        ("A 27-year-old guy used to be arrested on suspicion of tried homicide",
         "A 27-year-old man was arrested on suspicion of attempted murder", False),
        ("Officers had been referred to as to Market Street", "Officers had been called to Market Street", False),
        ("The family referred to as for calm.", "The family called for calm.", False),
        ("She was taken to health facility with critical accidents.",
         "She was taken to hospital with serious injuries.", False),
        ("Her situation is described as solid.", "Her condition is described as stable.", False),
        ("He said in a observation: 'We are shocked.'", "He said in a statement: 'We are shocked.'", False),
        ("a shocking attack in a busy a part of the town", "a shocking attack in a busy part of the town", False),
        ("this was an remoted incident", "this was an isolated incident", False),
        ("I would urge anyone who saw it to return ahead.", "I would urge anyone who saw it to come forward.", False),
        ("Witnesses have come ahead with information.", "Witnesses have come forward with information.", False),
        ("while forensic officers tested the scene", "while forensic officers examined the scene", False),
        ("Anyone with data is asked to call 101 quoting incident quantity 482.",
         "Anyone with information is asked to call 101 quoting incident number 482.", False),
    ],
    "r6_celebrity": [
        ("the final dates of her excursion were scrapped", "the final dates of her tour were scrapped", False),
        ("as excursion is cancelled", "as tour is cancelled", False),
        ("took to social media to specific their anger", "took to social media to express their anger", False),
        ("she needed time to get well from illness", "she needed time to recover from illness", False),
        ("Refunds will be to be had from the purpose of acquire.",
         "Refunds will be available from the point of purchase.", False),
    ],
    "r6_business": [
        ("One in all Britain's largest chains", "One of Britain's largest chains", False),
        ("One in every of its stores", "One of its stores", False),
        ("Supermarket large to near 40 retail outlets and minimize 1,200 jobs",
         "Supermarket giant to close 40 retail outlets and cut 1,200 jobs", False),
        ("striking 1,200 jobs in danger", "putting 1,200 jobs at risk", False),
        ("part of a assessment following a hard 12 months", "part of a review following a hard year", False),
        ("down from £298million a 12 months previous", "down from £298million a year earlier", False),
        ("a statement issued to the inventory marketplace", "a statement issued to the stock market", False),
        ("the company's leader government, Mark Ellison, said", "the company's chief executive, Mark Ellison, said",
         False),
        ("We will do the whole thing we can to enhance colleagues who are affected",
         "We will do everything we can to support colleagues who are affected", False),
        ("We will do everything we will be able to to help.", "We will do everything we can to help.", False),
        ("public enhance for the plan", "public support for the plan", False),
        ("roles in other stores anyplace imaginable", "roles in other stores wherever possible", False),
        ("as soon as imaginable", "as soon as possible", False),
        ("Shares fell through 6 in line with cent.", "Shares fell by 6 per cent.", False),
        ("The GMB union's nationwide officer, Kate Dunne", "The GMB union's national officer, Kate Dunne", False),
        ("when it mattered maximum. They deserve higher than this.",
         "when it mattered most. They deserve better than this.", False),
        ("squeezed by competition and emerging power expenses", "squeezed by competition and rising energy costs",
         False),
    ],
    "r6_football": [
        ("Manchester United boss hails 'improbable' win", "Manchester United boss hails 'fantastic' win", False),
        ("Amorim praised his avid gamers after the win", "Amorim praised his players after the win", False),
        ("Amorim informed newshounds.", "Amorim told reporters.", False),
        ("The hosts took the lead within the 12th minute and never regarded again.",
         "The hosts took the lead in the 12th minute and never looked back.", False),
        ("The result strikes United as much as 7th in the Premier League desk, three issues off the European puts.",
         "The result moves United up to 7th in the Premier League table, three points off the European places.",
         False),
    ],
    "r6_wordnet_health": [
        ("rose to 7.8 million last Gregorian calendar month, the very best level since records began",
         "rose to 7.8 million last month, the highest level since records began", False),
        ("over three hundred,000 people have currently been waiting quite a year",
         "over 300,000 people have now been waiting more than a year", False),
        ("We need a correct arrange to clear the backlog.", "We need a proper plan to clear the backlog.", False),
        ("the government was creating real progress and had opened additional centres than ever before",
         "the government was making real progress and had opened more centres than ever before", False),
        ("there's still additional to do, so we are investment a further £1.5bn",
         "there's still more to do, so we are investing a further £1.5bn", False),
        ("it was the primary fourth dimension the ready list had passed 7.8 million",
         "it was the first time the waiting list had passed 7.8 million", False),
        ("In the North American nation, waits are rising", "In the US, waits are rising", False),
        ("the globe Health Organization warned of additional frequent heatwaves",
         "the World Health Organization warned of more frequent heatwaves", False),
        ("it could place additional pressure on hospitals", "it could put more pressure on hospitals", False),
    ],
    "r6_politics_weather": [
        ("The Top Minister is facing a backlash from his personal MPs",
         "The Prime Minister is facing a backlash from his own MPs", False),
        ("Talking at Top Minister's Questions, she said", "Speaking at Prime Minister's Questions, she said", False),
        ("his promise to millions of aged other people", "his promise to millions of elderly people", False),
        ("A Downing Boulevard spokesman said the verdict was taken 'in the nationwide passion'",
         "A Downing Street spokesman said the decision was taken 'in the national interest'", False),
        ("the most inclined families would still obtain enhance.",
         "the most vulnerable families would still obtain support.", False),
        ("before the primary chilly snap", "before the first cold snap", False),
        ("a yellow climate caution for snow and ice throughout a lot of northern England",
         "a yellow weather warning for snow and ice throughout much of northern England", False),
        ("snow could fall on upper flooring, with temperatures losing to minus 8C in some rural spaces",
         "snow could fall on higher ground, with temperatures dropping to minus 8C in some rural areas", False),
        ("Drivers were told to permit additional time and check the latest trip recommendation before surroundings "
         "off.", "Drivers were told to allow extra time and check the latest travel advice before setting off.", False),
        ("It will feel bitterly chilly.", "It will feel bitterly cold.", False),
    ],
    "r6_courts_data": [
        ("Sentencing her, Pass judgement on Mary Lowe said", "Sentencing her, Judge Mary Lowe said", False),
        ("'You showed no remorse,' the pass judgement on added.", "'You showed no remorse,' the judge added.", False),
        ("US District pass judgement on Amy Berman Jackson ruled", "US District judge Amy Berman Jackson ruled", False),
        ("her circle of relatives were devastated", "her family were devastated", False),
        ("money from the financial institution accounts of five residents",
         "money from the bank accounts of five residents", False),
        ("stole the non-public knowledge of customers", "stole the private data of customers", False),
        ("fined over a knowledge breach", "fined over a data breach", False),
        ("The Data Commissioner's Place of work said", "The Data Commissioner's Office said", False),
        ("the Place of work for National Statistics", "the Office for National Statistics", False),
        ("names, addresses and bank main points", "names, addresses and bank details", False),
        ("Platt was discovered to blame of fraud by abuse of place",
         "Platt was found guilty of fraud by abuse of position", False),
        ("a former care house manager", "a former care home manager", False),
        ("when they came upon what had came about", "when they found out what had happened", False),
        ("failed to put safety features in position", "failed to put security measures in place", False),
        ("abused the consider positioned in you", "abused the trust placed in you", False),
        ("You confirmed no regret.", "You showed no remorse.", False),
    ],
    "r6_tv_tech": [
        ("celebrity pulls out of collection", "celebrity pulls out of series", False),
        ("forced to drag out of the display after struggling a harm in training",
         "forced to pull out of the show after suffering an injury in training", False),
        ("the display's producers said", "the show's producers said", False),
        ("she was devastated to go away the competition", "she was devastated to leave the competition", False),
        ("In a remark, the actor said", "In a statement, the actor said", False),
        ("I've loved every 2nd of this revel in.", "I've loved every second of this experience.", False),
        ("took to social media to percentage their sadness", "took to social media to share their sadness", False),
        ("Any other added: 'So sad.'", "Another added: 'So sad.'", False),
        ("they would make stronger the star", "they would support the star", False),
        ("at an tournament in California", "at an event in California", False),
        ("call for for the device would stay strong", "demand for the device would stay strong", False),
        ("The phone will pass on sale next Friday, with costs beginning at £799.",
         "The phone will go on sale next Friday, with prices starting at £799.", False),
    ],
    "r6_wordnet_housing": [
        ("plans to spice up house building", "plans to boost house building", False),
        ("what ministers describe because the biggest programme", "what ministers describe as the biggest programme",
         False),
        ("a few inexperienced belt sites", "a few green belt sites", False),
        ("prices rise on the far side their reach", "prices rise beyond their reach", False),
        ("We are decided to change that.", "We are determined to change that.", False),
        ("councils were already stretched skinny", "councils were already stretched thin", False),
        ("staff to method planning applications", "staff to process planning applications", False),
        ("shortages of expert staff", "shortages of skilled staff", False),
    ],
    "r6_rail_schools": [
        ("warned to expect main disruption", "warned to expect major disruption", False),
        ("No trains will run while Network Rail carries out monitor upgrades.",
         "No trains will run while Network Rail carries out track upgrades.", False),
        ("Substitute buses will run.", "Replacement buses will run.", False),
        ("Network Rail's course director, James Hart", "Network Rail's route director, James Hart", False),
        ("this may increasingly purpose inconvenience", "this will cause inconvenience", False),
        ("we thank passengers for his or her endurance", "we thank passengers for their patience", False),
        ("This paintings is essential to make the railway extra dependable",
         "This work is essential to make the railway more dependable", False),
        ("advised to check sooner than they trip", "advised to check before they travel", False),
        ("Faculty pupils to be given unfastened foods in spice up for families",
         "School pupils to be given free meals in boost for families", False),
        ("Every number one faculty child in England", "Every primary school child in England", False),
        ("The move, which will price £1bn a year, will get advantages 750,000 children",
         "The move, which will cost £1bn a year, will benefit 750,000 children", False),
        ("children who don't these days qualify", "children who don't currently qualify", False),
        ("This will make an actual distinction.", "This will make a real difference.", False),
    ],
    "r6_us_politics_markets": [
        ("The Senate handed a stopgap spending invoice overdue Friday, averting a central authority shutdown",
         "The Senate passed a stopgap spending bill late Friday, averting a government shutdown", False),
        ("just hours sooner than investment used to be set to expire",
         "just hours before funding was set to expire", False),
        ("will stay the government funded thru mid-March and now heads to the White Space",
         "will keep the government funded through mid-March and now heads to the White House", False),
        ("Senate Majority Chief John Thune said", "Senate Majority Leader John Thune said", False),
        ("a shutdown that would have furloughed loads of hundreds of federal workers",
         "a shutdown that would have furloughed hundreds of thousands of federal workers", False),
        ("Democrats threatened to dam the invoice over cuts to health care methods",
         "Democrats threatened to block the bill over cuts to health care programs", False),
        ("joined Republicans in balloting for it", "joined Republicans in voting for it", False),
        ("would hurt families across the rustic.", "would hurt families across the country.", False),
        ("The Area passed the similar measure previous this week.",
         "The House passed the same measure earlier this week.", False),
        ("Shares upward thrust as Wall Side road cheers", "Shares rise as Wall Street cheers", False),
        ("after a government record confirmed inflation cooled", "after a government report showed inflation cooled",
         False),
        ("the Dow Jones Commercial Reasonable received 410 issues",
         "the Dow Jones Industrial Average gained 410 points", False),
        ("Client costs rose 2.6%, the Hard work Division said.",
         "Consumer prices rose 2.6%, the Labor Department said.", False),
    ],
    "r6_f1_cricket_science": [
        ("Ferrari's display was 'merely no longer ok' after he completed ninth on the Dutch Grand Prix",
         "Ferrari's display was 'simply not good enough' after he finished ninth at the Dutch Grand Prix", False),
        ("The seven-time global champion started from 12th at the grid but struggled for tempo",
         "The seven-time world champion started from 12th on the grid but struggled for pace", False),
        ("and was lapped by way of the leader", "and was lapped by the leader", False),
        ("We have a lot of paintings to do. The auto felt good but we misplaced our method.",
         "We have a lot of work to do. The car felt good but we lost our way.", False),
        ("Ferrari workforce important Fred Vasseur said the team made the flawed possible choices on technique",
         "Ferrari team principal Fred Vasseur said the team made the wrong choices on strategy", False),
        ("England beat India to win sequence", "England beat India to win series", False),
        ("won the fifth and ultimate Take a look at against India through four wickets",
         "won the fifth and final Test against India by four wickets", False),
        ("the hosts were in hassle at 98-5", "the hosts were in trouble at 98-5", False),
        ("Root, who completed not out on 89, said it was one of the most absolute best wins",
         "Root, who finished not out on 89, said it was one of the best wins", False),
        ("a big find out about has found", "a big study has found", False),
        ("New drug slows Alzheimer's, find out about reveals", "New drug slows Alzheimer's, study reveals", False),
        ("A new drug can sluggish the decline of reminiscence by almost a 3rd",
         "A new drug can slow the decline of memory by almost a third", False),
        ("further trials were wanted before approval", "further trials were needed before approval", False),
        ("it was a dismal efficiency from us", "it was a dismal performance from us", False),
        ("It was a just right result.", "It was a good result.", False),
    ],
    "r6_migration_energy_royals": [
        ("Record choice of migrants pass Channel in small boats",
         "Record number of migrants cross Channel in small boats", False),
        ("the best quantity recorded in one day this year, House Place of work figures display",
         "the highest number recorded in one day this year, Home Office figures show", False),
        ("The House Secretary said", "The Home Secretary said", False),
        ("The Border Power intercepted 18 boats wearing a mean of 56 people every, officials said",
         "The Border Force intercepted 18 boats carrying an average of 56 people each, officials said", False),
        ("vowed to smash the gangs' in the back of the crossings", "vowed to smash the gangs' behind the crossings",
         False),
        ("Charities running with asylum seekers warned boats were striking lives in peril",
         "Charities working with asylum seekers warned boats were putting lives at risk", False),
        ("A spokesperson for Refugee Motion said there were no secure and felony routes",
         "A spokesperson for Refugee Action said there were no safe and legal routes", False),
        ("people will continue to chance their lives", "people will continue to risk their lives", False),
        ("Family energy bills will rise through £150", "Household energy bills will rise by £150", False),
        ("which takes the common annual bill to £1,849", "which takes the average annual bill to £1,849", False),
        ("the average annual energy invoice", "the average annual energy bill", False),
        ("it was pushed through upper wholesale gas prices", "it was driven by higher wholesale gas prices", False),
        ("families would struggle to warmth their homes", "families would struggle to heat their homes", False),
        ("Prince William visits flood-hit the town", "Prince William visits flood-hit town", False),
        ("families whose homes had been broken by the floods", "families whose homes had been damaged by the floods",
         False),
        ("He praised the 'implausible' spirit and thanked emergency services and products for his or her paintings.",
         "He praised the 'incredible' spirit and thanked emergency services for their work.", False),
    ],
    "r6_wordnet_crime_science": [
        ("a woman died in a very house fire", "a woman died in a house fire", False),
        ("called at simply before 3am when reports of a fireplace",
         "called at just before 3am after reports of a fire", False),
        ("a man who was notable to the victim will seem before Leeds Magistrates' Court",
         "a man who was known to the victim will appear before Leeds Magistrates' Court", False),
        ("A team of men of science has developed a battery that can be totally charged",
         "A team of scientists has developed a battery that can be fully charged", False),
        ("transforming the electrical automobile trade", "transforming the electric car industry", False),
        ("ions move additional quickly", "ions move more quickly", False),
        ("Drivers would not have to be compelled to wait.", "Drivers would not have to wait.", False),
    ],
    "r6_world": [
        ("Earthquake kills loads of in Turkey as rescuers seek for survivors",
         "Earthquake kills hundreds in Turkey as rescuers search for survivors", False),
        ("A formidable earthquake struck in a single day, flattening constructions and trapping families below "
         "collapsed homes", "A powerful earthquake struck overnight, flattening buildings and trapping families under "
         "collapsed homes", False),
        ("rescuers search during the rubble", "rescuers search through the rubble", False),
        ("Turkey's crisis company, AFAD, said", "Turkey's disaster agency, AFAD, said", False),
        ("declared seven days of nationwide mourning and vowed to rebuild every home misplaced",
         "declared seven days of national mourning and vowed to rebuild every home lost", False),
        ("'We will be able to no longer depart any of our citizens by myself,' he said in a televised cope with.",
         "'We will not leave any of our citizens alone,' he said in a televised address.", False),
        ("teams from the UK becoming a member of the rescue effort", "teams from the UK joining the rescue effort",
         False),
        ("The opposition Labour celebration has received a landslide victory in the normal election, finishing 14 "
         "years of centre-right rule.", "The opposition Labour party has won a landslide victory in the general "
         "election, ending 14 years of centre-right rule.", False),
        ("The party's chief said the country had voted for trade.", "The party's leader said the country had voted "
         "for change.", False),
    ],
    "r6_ai_health": [
        ("AI chatbot gave harmful advice, regulator unearths", "AI chatbot gave harmful advice, regulator finds",
         False),
        ("A well-liked AI chatbot gave advice about weight-reduction plan",
         "A popular AI chatbot gave advice about diet", False),
        ("an investigation by the net protection regulator", "an investigation by the online safety regulator", False),
        ("ordered the firm to position new protections in place", "ordered the firm to put new protections in place",
         False),
        ("Tech companies will have to no longer deal with children as guinea pigs.",
         "Tech companies must not treat children as guinea pigs.", False),
        ("The firm said it used to be 'deeply sorry' and was running to mend the issues.",
         "The firm said it was 'deeply sorry' and was working to fix the problems.", False),
        ("Doctors warn over upward push in kind 2 diabetes", "Doctors warn over rise in type 2 diabetes", False),
        ("The choice of people underneath 40 recognised with type 2 diabetes has risen through almost 1 / 4",
         "The number of people under 40 diagnosed with type 2 diabetes has risen by almost a quarter", False),
        ("called for more difficult rules on junk meals promoting", "called for tougher rules on junk food advertising",
         False),
        ("young people are growing a critical situation that can shorten their lives",
         "young people are developing a serious condition that can shorten their lives", False),
    ],
    "r6_wordnet_football": [
        ("Arsenal come back to prime of Premier League", "Arsenal come back to top of Premier League", False),
        ("Arsenal emotional to the highest of the Premier League table when a 2-1 win over Chelsea",
         "Arsenal moved to the top of the Premier League table after a 2-1 win over Chelsea", False),
        ("gave the hosts the lead when simply eight minutes", "gave the hosts the lead after just eight minutes",
         False),
        ("a curling free kick within the seventieth minute, and Arsenal control on despite late pressure",
         "a curling free kick in the seventieth minute, and Arsenal held on despite late pressure", False),
        ("the boys showed unimaginable character", "the boys showed incredible character", False),
        ("We are in a very sensible position but there's an extended manner to travel.",
         "We are in a good position but there's a long way to go.", False),
        ("The Chelsea boss said his aspect had deserved additional.",
         "The Chelsea boss said his side had deserved more.", False),
    ],
    "r6_knife_crime": [
        ("Teenager jailed for lifestyles over fatal stabbing", "Teenager jailed for life over fatal stabbing", False),
        ("a boy who was stabbed to death out of doors his faculty", "a boy who was stabbed to death outside his school",
         False),
        ("named after a pass judgement on lifted reporting restrictions",
         "named after a judge lifted reporting restrictions", False),
        ("16 years sooner than he's regarded as for parole", "16 years before he's considered for parole", False),
        ("a row over a social media publish", "a row over a social media post", False),
        ("said in a sufferer affect observation", "said in a victim impact statement", False),
        ("'I will be able to by no means hear my son snicker or see him develop up,'",
         "'I will never hear my son laugh or see him grow up,'", False),
        ("I will by no means once more pay attention my son laugh", "I will never again hear my son laugh", False),
        ("I'd urge any younger one that is wearing a knife to suppose once more.",
         "I'd urge any young person who is carrying a knife to think again.", False),
        ("200 knives were recovered because the stabbing.", "200 knives were recovered since the stabbing.", False),
    ],
    "r6_bank_rates": [
        ("The Bank of England has minimize interest rates to 4%, the bottom stage in more than two years",
         "The Bank of England has cut interest rates to 4%, the lowest level in more than two years", False),
        ("The Financial Coverage Committee voted through six votes to a few to reduce the bottom charge from 4.25%.",
         "The Monetary Policy Committee voted by six votes to three to reduce the base rate from 4.25%.", False),
        ("The Bank said we will be able to't minimize charges too briefly or through an excessive amount of.",
         "The Bank said we can't cut rates too quickly or by too much.", False),
        ("The verdict will be welcomed through millions of homeowners who could see their per 30 days payments fall.",
         "The decision will be welcomed by millions of homeowners who could see their monthly payments fall.",
         False),
        ("Unemployment rose to 4.8% within the three months to Would possibly, the absolute best charge since 2021",
         "Unemployment rose to 4.8% in the three months to May, the highest rate since 2021", False),
        ("according to the Administrative center for National Statistics",
         "according to the Office for National Statistics", False),
        ("the weakening activity marketplace could push the Financial institution to chop charges again",
         "the weakening job market could push the Bank to cut rates again", False),
    ],
    "r7_bbc_business_tech": [
        ("Leader government Rod Eddington said the results showed the benefits",
         "Chief executive Rod Eddington said the results showed the benefits", False),
        ("British Airlines has reported a sharp rise in profits",
         "British Airways has reported a sharp rise in profits", False),
        ("its fuel invoice would be about £300m upper this yr than final, and",
         "its fuel bill would be about £300m higher this year than last, and", False),
        ("it would raise its fuel surcharge through £6 a ticket", "it would raise its fuel surcharge by £6 a ticket",
         False),
        ("The airline said call for had been strong", "The airline said demand had been strong", False),
        ("Mobile phone firms agree to chop roaming fees", "Mobile phone firms agree to cut roaming fees", False),
        ("the cost of creating calls abroad after pressure from the Ecu Fee",
         "the cost of making calls abroad after pressure from the European Commission", False),
        ("Vodafone, Orange and T-Cellular said", "Vodafone, Orange and T-Mobile said", False),
        ("the industry still had a protracted method to pass", "the industry still had a long way to go", False),
        ("prices are nonetheless too prime", "prices are still too high", False),
        ("she instructed a news conference in Brussels", "she told a news conference in Brussels", False),
        ("Now they are going to must compete on worth.", "Now they will have to compete on price.", False),
        ("the cuts didn't move a ways sufficient", "the cuts didn't go far enough", False),
        ("Shopper teams said customers should be capable of use their phones abroad at the same cost as at house.",
         "Consumer groups said customers should be able to use their phones abroad at the same cost as at home.",
         False),
        ("the European Union and the Ecu Parliament", "the European Union and the European Parliament", False),
    ],
    "r7_bbc_entertainment": [
        ("Aviator leads the best way in Bafta nominations", "Aviator leads the way in Bafta nominations", False),
        ("nominations for this yr's Bafta film awards, more than every other film",
         "nominations for this year's Bafta film awards, more than any other film", False),
        ("is up for easiest film, easiest director and easiest actor",
         "is up for best film, best director and best actor", False),
        ("The awards rite will take place at the Odeon Leicester Sq. on 12 February.",
         "The awards ceremony will take place at the Odeon Leicester Square on 12 February.", False),
        ("It has been an peculiar year for British film", "It has been an extraordinary year for British film", False),
        ("the work on the list presentations how strong the industry is",
         "the work on the list shows how strong the industry is", False),
        ("a prize at the Venice Movie Pageant", "a prize at the Venice Film Festival", False),
        ("The awards are noticed as a information to which films will do smartly at the Oscars.",
         "The awards are seen as a guide to which films will do well at the Oscars.", False),
    ],
    "r7_bbc_sport": [
        ("Wales started their Six International locations campaign with a win over England",
         "Wales started their Six Nations campaign with a win over England", False),
        ("with four mins left to give Wales their first house win over England since 1993",
         "with four minutes left to give Wales their first home win over England since 1993", False),
        ("It was an ideal efficiency from the boys", "It was a great performance from the boys", False),
        ("England coach Andy Robinson said his aspect had made too many mistakes",
         "England coach Andy Robinson said his side had made too many mistakes", False),
        ("We had probabilities to win the game, but they missed probabilities in the first half.",
         "We had chances to win the game, but they missed chances in the first half.", False),
        ("We have to be informed from this and transfer on.", "We have to learn from this and move on.", False),
        ("they failed to attain a take a look at despite long spells of pressure",
         "they failed to score a try despite long spells of pressure", False),
        ("he scored a take a look at in the corner and attained the winner late on",
         "he scored a try in the corner and scored the winner late on", False),
    ],
    "r7_bbc_politics": [
        ("The plans for identification playing cards have cleared the Area of Commons",
         "The plans for identity cards have cleared the House of Commons", False),
        ("ID playing cards bill passes Commons vote", "ID cards bill passes Commons vote", False),
        ("despite a insurrection by Labour backbenchers", "despite a rebellion by Labour backbenchers", False),
        ("MPs voted by 282 votes to 258 in want of the bill", "MPs voted by 282 votes to 258 in favour of the bill",
         False),
        ("the cards would assist to fight terrorism", "the cards would help to fight terrorism", False),
        ("the cards would help to struggle terrorism, arranged crime and illegal immigration",
         "the cards would help to fight terrorism, organised crime and illegal immigration", False),
        ("the scheme would be expensive and would now not paintings.",
         "the scheme would be expensive and would no longer work.", False),
        ("Civil liberties workforce Liberty said the vote was a blow to privateness",
         "Civil liberties group Liberty said the vote was a blow to privacy", False),
        ("the cost could reach £18bn, a ways greater than the estimate",
         "the cost could reach £18bn, far more than the estimate", False),
        ("the shopper watchdog Which? said", "the consumer watchdog Which? said", False),
    ],
}

ROUND5_NEED_EVIDENCE = {  # topic -> (spun, original, what an unflagged article keeps): ambiguous rules
    "energy": [
        ("another troublesome winter", "another difficult winter", "another troublesome winter"),
        ("The typical family will now pay more",
         "The average household will now pay more", "The typical family will now pay more"),
        ("it will proceed to assist households",
         "it will continue to assist households", "it will proceed to assist households"),
        ("the newest enhance in prices", "the latest increase in prices", "the newest increase in prices"),
    ],
    "diplomacy": [
        ("ready to signal a minerals agreement",
         "ready to sign a minerals agreement", "ready to signal a minerals agreement"),
        ("Ukraine is able to signal minerals deal",
         "Ukraine is able to sign minerals deal", "Ukraine is able to signal minerals deal"),
        ("a plan to finish the fighting", "a plan to end the fighting", "a plan to finish the fighting"),
        ("he was nonetheless committed to peace",
         "he was still committed to peace", "he was nonetheless committed to peace"),
    ],
    "property": [
        ("Home costs fall for third month", "House prices fall for third month", "Home costs fall for third month"),
        ("as mortgage charges bite", "as mortgage rates bite", "as mortgage charges bite"),
    ],
    "r6_crime": [
        ("We consider this was an isolated incident", "We believe this was an isolated incident",
         "We consider this was an isolated incident"),
        ("I perceive people will be concerned", "I understand people will be concerned",
         "I perceive people will be concerned"),
        ("anyone with dashcam photos", "anyone with dashcam footage", "anyone with dashcam photos"),
        ("It used to be the first time they met.", "It was the first time they met.",
         "It used to be the first time they met."),
    ],
    "r6_celebrity": [
        ("The singer's lovers took to social media", "The singer's fans took to social media",
         "The singer's lovers took to social media"),
        ("the famous person said she was devastated", "the star said she was devastated",
         "the famous person said she was devastated"),
    ],
    "r6_business": [
        ("These are tricky selections", "These are difficult decisions", "These are tricky selections"),
        ("Union leaders said the scoop was a blow", "Union leaders said the news was a blow",
         "Union leaders said the scoop was a blow"),
        ("staff who had labored during the pandemic", "staff who had worked during the pandemic",
         "staff who had labored during the pandemic"),
        ("the chain had been squeezed through competitors", "the chain had been squeezed by competitors",
         "the chain had been squeezed through competitors"),
    ],
    "r6_football": [
        ("The players were improbable today,", "The players were fantastic today,",
         "The players were improbable today,"),
        ("He spoke to newshounds after the match", "He spoke to reporters after the match",
         "He spoke to newshounds after the match"),
        ("The end result moves United up", "The result moves United up", "The end result moves United up"),
    ],
    "r6_wordnet_health": [
        ("A Department of Health interpreter said", "A Department of Health spokesperson said",
         "A Department of Health interpreter said"),
        ("a similar image has emerged", "a similar picture has emerged", "a similar image has emerged"),
        ("global climate change could", "climate change could", "global climate change could"),
    ],
    "r6_politics_weather": [
        ("He is dealing with a backlash", "He is facing a backlash", "He is dealing with a backlash"),
        ("calling for the coverage to be reversed", "calling for the policy to be reversed",
         "calling for the coverage to be reversed"),
        ("Forecasters mentioned as much as 10cm could fall", "Forecasters said as much as 10cm could fall",
         "Forecasters mentioned as much as 10cm could fall"),
    ],
    "r6_courts_data": [
        ("after the use of a stolen password", "after using a stolen password", "after the use of a stolen password"),
        ("there was no proof that data was misused", "there was no evidence that data was misused",
         "there was no proof that data was misused"),
        ("no remorse right through this trial", "no remorse throughout this trial",
         "no remorse right through this trial"),
    ],
    "r6_tv_tech": [
        ("I will leave out my partner", "I will miss my partner", "I will leave out my partner"),
        ("Sending love, get well quickly.", "Sending love, get well soon.", "Sending love, get well quickly."),
        ("throughout her restoration", "throughout her recovery", "throughout her restoration"),
    ],
    "r6_wordnet_housing": [
        ("unrealistic while not additional funding", "unrealistic without additional funding",
         "unrealistic while not additional funding"),
    ],
    "r6_rail_schools": [
        ("one of the busiest routes within the nation", "one of the busiest routes in the country",
         "one of the busiest routes within the nation"),
        ("more reliable for decades to come back.", "more reliable for decades to come.",
         "more reliable for decades to come back."),
    ],
    "r6_us_politics_markets": [
        ("inflation cooled more than anticipated", "inflation cooled more than expected",
         "inflation cooled more than anticipated"),
    ],
    "r6_f1_cricket_science": [
        ("England gained the fifth Test", "England won the fifth Test", "England gained the fifth Test"),
        ("struggled right through the race", "struggled throughout the race", "struggled right through the race"),
    ],
    "r6_migration_energy_royals": [
        ("Marketing campaign teams said families would struggle", "Campaign groups said families would struggle",
         "Marketing campaign teams said families would struggle"),
        ("the incredible neighbourhood spirit", "the incredible community spirit",
         "the incredible neighbourhood spirit"),
    ],
    "r6_wordnet_crime_science": [
        ("charged after an adult female died", "charged after a woman died", "charged after an adult female died"),
        ("Adult male charged after fire", "Man charged after fire", "Adult male charged after fire"),
        ("The victim, a 34-year-old adult female, died.", "The victim, a 34-year-old woman, died.",
         "The victim, a 34-year-old adult female, died."),
        ("This is often a tragic incident.", "This is a tragic incident.", "This is often a tragic incident."),
        ("the battery used a replacement material", "the battery used a new material",
         "the battery used a replacement material"),
    ],
    "r6_ai_health": [
        ("the chatbot gave unhealthy recommendation to children", "the chatbot gave unhealthy advice to children",
         "the chatbot gave unhealthy recommendation to children"),
        ("in place inside 30 days", "in place within 30 days", "in place inside 30 days"),
    ],
    "r6_wordnet_football": [
        ("It was a troublesome game.", "It was a tough game.", "It was a troublesome game."),
        ("it was a sensible result for us", "it was a good result for us", "it was a sensible result for us"),
    ],
    "r6_knife_crime": [
        ("jailed for the homicide of a boy", "jailed for the murder of a boy", "jailed for the homicide of a boy"),
    ],
    "r7_bbc": [
        ("ID cards invoice passes Commons vote", "ID cards bill passes Commons vote",
         "ID cards invoice passes Commons vote"),
        ("organised crime and unlawful immigration", "organised crime and illegal immigration",
         "organised crime and unlawful immigration"),
        ("The bill now goes to the Lords, the place it's expected to face opposition.",
         "The bill now goes to the Lords, where it's expected to face opposition.",
         "The bill now goes to the Lords, the place it's expected to face opposition."),
        ("said Wales trainer Mike Ruddock", "said Wales coach Mike Ruddock", "said Wales trainer Mike Ruddock"),
        ("the cost of oil may just hit profits next year", "the cost of oil could hit profits next year",
         "the cost of oil may just hit profits next year"),
        ("he told MPs right through the talk.", "he told MPs during the debate.",
         "he told MPs right through the talk."),
    ],
}

ROUND5_LEGITIMATE = {  # topic -> legitimate English the round-5 rules must leave alone, even in spun articles
    "energy": [
        "There is one other option on the table.",
        "One other man was arrested.",
        "He had a troublesome knee all season.",
        "She then proceeded to explain the plan.",
        "The report was printed in full by the paper.",
        "He holds a degree in economics and the highest degree of trust.",
        "It found the typical family of four in the survey.",
        "We are able to confirm that the talks took place.",
    ],
    "police_appeal": [
        "They spent most of the day outdoors the whole summer.",
        "Fans slept outdoors.",
        "She was inspired to write the song.",
        "Police declined to name the man.",
        "At the moment, no one has been charged.",
    ],
    "business": [
        "He spoke flippantly about the crisis.",
        "Police acted on the information.",
        "Scientists will observe the eclipse.",
        "They decided upon a plan.",
        "The firm decided up front to pay.",
    ],
    "sport": [
        "She has been in the sport for years.",
        "The doctor said it kept him from harm.",
        "A spherical object was found on the beach.",
        "It reached a high of the year in March.",
        "We created new possibilities for trade.",
    ],
    "health": [
        "The remedy for the crisis is more staff.",
        "She kept a record of every finish of the race.",
        "He joined the Faculty of Public Health.",
        "The employees said shortages were common.",
        "on the end of the line",
    ],
    "weather": [
        "There are elements of truth in it.",
        "Reporters uncovered new evidence.",
        "Prepare yourself for delays.",
        "He is probably going to resign.",
        "Scientists will examine the samples.",
        "The increased flooring costs were passed on.",
    ],
    "diplomacy": [
        "The minister signalled a deal was close.",
        "The upgrade was hit by problems with signalling contracts.",
        "The move could signal the end of talks.",
        "He was talking at the same time.",
        "She is committed to combating fraud.",
        "It was not but a dream.",
        "We have all the time in the world.",
        "They could not finish the race.",
    ],
    "property": [
        "Spending rose in line with the Halifax's forecast of inflation.",
        "Prices rose in line with Nationwide figures.",
        "Real estate brokers in New York said sales slowed.",
        "The shop prices its goods fairly.",
        "Common sense prevailed.",
        "The standard rate of tax is 20%.",
        "She saved lots of money.",
    ],
    "local_government": [
        "The council same-day service opened.",
        "Chop the onions finely.",
    ],
    "wordnet_synonym": [
        "He stood on the far side of the pitch.",
        "Rent is £900 per calendar month.",
        "a Janus-faced politician",
    ],
    "entertainment": [
        "The policy aims at harm reduction.",
        "She suggested him as a candidate.",
        "Yoga helps relaxation of the muscles.",
        "Temperatures are predicted to reach 30C.",
        "The robot moved robotically.",
    ],
    "markets": [
        "The name was mentioned in a letter to MPs.",
        "She mentioned in passing that she was tired.",
        "a fast tempo",
    ],
    "education": [
        "a club for old fogeys",
        "He is now not expected to stand.",
        "It took guts to speak out.",
        "the closing ceremony",
        "Offices are places of work.",
        "She studied at one of the major colleges in Boston.",
    ],
    "tech_regulation": [
        "Fans welcomed the transfer of the striker.",
        "Temperatures fell below new lows.",
        "He won in the second half.",
        "online security software",
        "He waited a second for the lift.",
    ],
    "travel_disruption": [
        "US Airways said it would cut flights.",
        "Museum visitors queued for hours.",
        "He was mistaken about the date.",
        "The car was stuck in traffic.",
        "The hearing will proceed as planned.",
        "the standing of the party in the polls",
    ],
    "climate": [
        "He kept her letters on file.",
        "She is the most well liked teacher in school.",
        "The tests used a blood sample.",
        "He refused to comment on the summit in Rome.",
        "mountain ranges",
        "No guarantees were given.",
    ],
    "police_statement": [
        "He was tried for murder in 2019.",
        "She is known as a fighter.",
        "He spoke of his experiences of combat in Iraq.",
        "It happened within the space of a year.",
        "Troops saw combat in the north.",
        "The patient was in a critical condition.",
    ],
    "retail_results": [
        "The parcel arrived sooner than expected.",
        "It is the tip of the iceberg.",
        "a sturdy wooden table",
        "It is worth more than £1m.",
        "so that companies really feel the pressure to improve",
        "She persevered with her training.",
    ],
    "budget": [
        "phones in the £300 price range",
        "The value of the deal rose.",
        "an elevated risk of flooding",
        "It is worth the price.",
        "The app will enhance your photos.",
        "Children were told to behave.",
    ],
    "rail_strike": [
        "She strolled out of the room.",
        "It was no different from last year.",
        "Firms must prepare corporations for the new rules.",
        "The motion was passed by MPs.",
        "They provide a service to patients.",
        "an operating theatre",
    ],
    "wordnet_hospital": [
        "It was quite a few hours.",
        "She waited at reception for an hour.",
        "The female offspring of the species.",
        "The rules are onerous.",
        "He is quite right.",
    ],
    "tennis": [
        "British primary schools",
        "Sunday's last train",
        "shedding jobs",
        "measured in units",
    ],
    "r6_crime": [
        "The road used to be closed every winter.",
        "Firefox used to be called Firebird.",
        "Patients used to be treated at the old site.",
        "The show used to be the only way to see it.",
        "It was referred to as a blip.",
        "a health facility in rural Kenya",
        "The situation is solid, he said.",
        "that guy over there",
        "a keen observation of birds",
        "The army pressed ahead with the plan.",
        "They tested the scenery lights.",
        "bombarded it with data from thousands of PCs",
        "a large quantity of drugs",
        "CCTV photos were released.",
        "We consider the proposals carefully.",
    ],
    "r6_celebrity": [
        "music lovers across the city",
        "a famous person once said",
        "a school excursion to the coast",
        "a specific request",
        "He will get well soon.",
        "bargains to be had",
        "a part of the town",
    ],
    "r6_business": [
        "one in all its forms",
        "Supermarket large enough to matter",
        "a large part of the market",
        "moved to near the station",
        "sentenced to 12 months' imprisonment",
        "in the 12 months to March",
        "a year previous to that",
        "to enhance her performance",
        "to enhance their skills",
        "as far as possible",
        "shares rose through the day",
        "a nationwide search",
        "the maximum sentence",
        "they deserve higher pay",
        "driven through the town",
        "scored through Smith",
        "an emerging market",
        "a scoop of ice cream",
        "a laboured performance",
    ],
    "r6_football": [
        "avid gamers can now play the game on PC",
        "an improbable comeback",
        "within the first minute of the meeting",
        "it was regarded again as a contender",
        "as much as 7% of sales",
        "a desk job",
        "raised issues over safety",
        "The deal puts pressure on rivals.",
    ],
    "r6_wordnet_health": [
        "the Gregorian calendar",
        "the very best level of care",
        "It has been quite a year.",
        "arrange to meet friends",
        "a court interpreter",
        "additional costs",
        "an additional 300 staff",
        "a primary school",
        "time is the fourth dimension in physics",
        "a ready list of excuses",
        "a globe of the world",
    ],
    "r6_politics_weather": [
        "a top minister resigned",
        "dealing with a crisis",
        "his personal life",
        "many other people",
        "a boulevard in Paris",
        "the jury reached a verdict",
        "a passion for music",
        "inclined to agree",
        "to enhance the service",
        "insurance coverage was extended",
        "the primary school",
        "the primary reason",
        "a chilly morning",
        "a lot of people",
        "the upper floor",
        "losing to Arsenal",
        "green spaces",
        "open spaces",
        "permit holders",
    ],
    "r6_courts_data": [
        "refused to pass judgement on Trump",
        "a circle of relatives and friends",
        "a financial institution",
        "knowledge of the area",
        "a place of work",
        "the main points of the deal",
        "the use of force",
        "proof of identity",
        "He is not to blame.",
        "a house of care",
        "in position to win",
        "I consider it a success.",
        "He expressed no regret.",
        "right through the night",
        "came upon a body",
    ],
    "r6_tv_tech": [
        "a new collection of poems",
        "the collection point",
        "do no harm",
        "struggling to cope",
        "dragged out of the river",
        "a fireworks display",
        "the display of art",
        "went away the next day",
        "she went away for a week",
        "a remark about his weight",
        "every 2nd day",
        "they revel in the attention",
        "leave out the details",
        "the percentage of people",
        "Any other business",
        "to get well quickly you need rest",
        "to make stronger links",
        "the restoration of the castle",
        "a tournament in Spain",
        "a call for help",
        "pass the salt",
        "costs rose",
    ],
    "r6_wordnet_housing": [
        "spice up your dinner",
        "it worked because the team was ready",
        "inexperienced players",
        "on the far side of the river",
        "it was decided to wait",
        "a skinny latte",
        "a new method of payment",
        "expert witnesses",
        "while not perfect, it works",
    ],
    "r6_rail_schools": [
        "the main road",
        "the main concern",
        "a computer monitor fault",
        "a substitute teacher",
        "a golf course director",
        "people may increasingly turn to apps",
        "for the purpose of",
        "a test of endurance",
        "the paintings were sold",
        "an extra 500 staff",
        "drivers should be extra cautious",
        "crowds watched the display",
        "the verdict was made public",
        "on the primary day in Texas",
        "during the primary season",
        "his primary victory in Iowa",
        "it took years to come back.",
        "sooner than expected",
        "a school trip",
        "faculty members",
        "his seatbelt was unfastened",
        "foods high in sugar",
        "the world number one",
        "the price of bread",
        "the advantages of",
        "these days",
        "a clear distinction between",
    ],
    "r6_us_politics_markets": [
        "white space on the page",
        "the area around the station",
        "hard work pays off",
        "a division of the company",
        "Chief of Staff",
        "loads of people",
        "the unpaid invoice was sent to the firm",
        "a dam on the river",
        "he handed the ball to her",
        "an overdue library book",
        "a central authority for schools",
        "sooner than expected",
        "the investment was a success",
        "stay the course",
        "thru traffic",
        "steer clear of the area",
        "new methods of teaching",
        "the balloting process",
        "a rustic cottage",
        "a similar measure to last year",
        "the previous week",
        "a world record confirmed by judges",
        "the ultimate prize",
        "raised issues",
        "a client meeting",
    ],
    "r6_f1_cricket_science": [
        "to find out about the plan",
        "they want to find out about it",
        "the temperature was just right",
        "the absolute best of them",
        "his paintings were sold",
        "the auto industry",
        "a new method of teaching",
        "an important figure",
        "possible choices include",
        "his batting technique",
        "a global champion of free trade",
        "power at the grid level",
        "the tempo of the music",
        "by way of comparison",
        "Take a look at the chart.",
        "gained the support of MPs",
        "the ultimate prize",
        "through the night",
        "a sequence of events",
        "it was a hassle",
        "completed the work",
        "comment on the Olympics",
        "fuel efficiency",
        "it is no longer OK to smoke",
        "a sluggish economy",
        "a reminiscence of childhood",
        "a 3rd party",
        "he was wanted by police",
    ],
    "r6_migration_energy_royals": [
        "a wide choice of homes",
        "pass Channel 4's test",
        "the best quantity of food for the price",
        "the White House Office",
        "the display screens",
        "the Border Power Station",
        "wearing a hat",
        "the mean of the sample",
        "every day",
        "in the back of the car",
        "running with the ball",
        "striking workers",
        "a motion passed by MPs",
        "felony charges",
        "secure routes to school",
        "a chance of rain",
        "family income",
        "an unpaid invoice",
        "the common good",
        "the upper limit",
        "the bill was pushed through Parliament",
        "a marketing campaign team",
        "warmth and light",
        "their properties in Spain",
        "the town centre",
        "windows had been broken",
        "an implausible story",
        "financial services and products",
        "his paintings sold for millions",
    ],
    "r6_wordnet_crime_science": [
        "in a very short time",
        "simply put",
        "when reports emerged",
        "sitting by the fireplace in the living room",
        "a notable figure",
        "it would seem",
        "This is often a problem.",
        "a man of science",
        "totally different",
        "electrical engineers",
        "the automobile industry",
        "a replacement battery",
        "additional staff",
        "compelled to act",
        "adult female rats",
    ],
    "r6_world": [
        "loads of people",
        "seek advice",
        "during the night",
        "a formidable opponent",
        "in a single day of trading",
        "construction workers",
        "below average",
        "a news company",
        "a nationwide strike",
        "misplaced optimism",
        "we will be able to help",
        "I did it by myself",
        "flights depart at noon",
        "how to cope with stress",
        "became a member of the club",
        "a birthday celebration",
        "the chief executive",
        "received a letter",
        "a normal election year",
        "finishing school",
        "a trade deal",
    ],
    "r6_ai_health": [
        "a recommendation to the board",
        "a dietary recommendation that was ignored",
        "it unearths old tensions",
        "a well-liked teacher",
        "the net result",
        "to place the order",
        "inside 30 minutes he scored",
        "we have to deal with it",
        "he used to be very shy",
        "running to catch the bus",
        "mend the fence",
        "a kind of magic",
        "the choice of words",
        "underneath the bridge",
        "recognised with an award",
        "finally recognised with an honorary gong",
        "junk mail",
        "more difficult to read",
        "a growing problem",
    ],
    "r6_wordnet_football": [
        "in the prime of life",
        "an emotional reunion",
        "the highest of the peaks",
        "when a win seemed unlikely",
        "simply eight minutes of footage",
        "price control on imports",
        "a troublesome knee",
        "unimaginable suffering",
        "a sensible position on Brexit",
        "an extended period",
        "every aspect of the plan",
        "additional staff were needed",
    ],
    "r6_knife_crime": [
        "healthy lifestyles",
        "a homicide detective",
        "they ate out of doors",
        "in full possession of his faculties",
        "to pass judgement on others",
        "sooner than expected",
        "regarded as a threat",
        "publish the report",
        "it will affect people",
        "by no means certain",
        "pay attention to the signs",
        "develop a plan",
        "the younger one",
        "wearing a mask",
        "I suppose so",
        "because the attack was planned",
    ],
    "r6_bank_rates": [
        "to minimise the risk",
        "the bottom of the table",
        "the bottom rate of income tax",
        "voted through the night",
        "a few votes",
        "he spoke too briefly",
        "an excessive amount of paperwork",
        "per 30 days of use",
        "It would possibly rain.",
        "within the three months to come",
        "the absolute best player",
        "the activity centre",
        "a financial institution",
        "chop the onions",
        "criminal charges",
    ],
    "r7_bbc": [
        "Yr Wyddfa is the Welsh name for Snowdon",
        "The Leader of the House",
        "staff at international locations across Europe",
        "a trip to the Area of Outstanding Natural Beauty",
        "still a ways off",
        "the upper house",
        "the final whistle",
        "a pack of playing cards",
        "he is capable of great things",
        "a more than fair deal for every other member",
        "the easiest film to make",
        "the last rites",
        "the sq. metre price",
        "the presentations that followed",
        "she noticed a change",
        "he was dressed smartly",
        "a call for change",
        "the call for evidence",
        "British Airways",
        "broke through 10,000 points",
        "the VAT invoice",
        "a house in want of repair",
        "an insurrection",
        "to assist the police",
        "the struggle against terrorism",
        "an arranged marriage",
        "unlawful killing",
        "the paintings of Turner",
        "the workforce of the factory",
        "a consumer group",
        "the place he was born",
        "a protracted dispute",
        "at house prices",
        "the ECU was a basket of currencies",
        "creating jobs",
        "prime time",
        "he instructed his lawyers",
        "the best way to learn",
        "be informed of the decision",
        "a transfer on deadline day",
        "a good efficiency rating",
        "the probabilities of rain",
        "this aspect of the policy has been criticised",
        "personal trainer Greg Anderson",
        "take a look at the figures",
        "a few mins",
        "it may just work",
        "a full house crowd",
        "chop and change",
        "as a guide to",
        "right through the night",
        "a pointy stick",
    ],
}


def _by_topic(table: dict[str, list]) -> list:
    return [pytest.param(*(c if isinstance(c, tuple) else (c,)), id=f"{t}-{i}") for t, cs in table.items()
            for i, c in enumerate(cs)]


@pytest.mark.parametrize(("spun", "original", "spun_article"), _by_topic(ROUND5_REPAIRS))
def test_round5_stock_swaps_repair(spun, original, spun_article):
    assert spin.repair(spun, spun=spun_article)[0] == original


@pytest.mark.parametrize(("spun", "original", "unflagged"), _by_topic(ROUND5_NEED_EVIDENCE))
def test_round5_ambiguous_swaps_need_a_spun_article(spun, original, unflagged):
    assert spin.repair(spun, spun=True)[0] == original
    assert spin.repair(spun, spun=False)[0] == unflagged


@pytest.mark.parametrize("text", _by_topic(ROUND5_LEGITIMATE))
def test_round5_swaps_leave_legitimate_uses_alone(text):
    assert spin.repair(text, spun=True)[0] == text


def _one_rule_lexicon(monkeypatch, name: str, **cells: str):
    row = {"id": "pt.x", "spun": "", "original": "x", "family": "phrase_thesaurus", "tier": "low", "left": "",
           "right": "", "example": "", "needs": "", "scan": "", **cells}
    monkeypatch.setattr(spin, "read_tsv", lambda _name: [row])
    return spin.lexicon(name)  # a name of its own: lexicon() is cached per file name


def test_lexicon_rejects_trigger_words_no_text_can_supply(monkeypatch):
    # Texts are reduced to runs of [a-z0-9]; a hyphenated trigger would silently switch its rule off.
    with pytest.raises(ValueError, match="letters and digits"):
        _one_rule_lexicon(monkeypatch, "test-hyphen.tsv", spun=r"re:\bnon-public\s+data\b", needs="non-public")
    lex = _one_rule_lexicon(monkeypatch, "test-split.tsv", spun=r"re:\bnon-public\s+data\b", needs="non public data")
    assert spin.find("the non-public data leaked", lex)


def test_lexicon_rejects_trigger_words_on_a_literal_rule(monkeypatch):
    with pytest.raises(ValueError, match="only regex rules"):
        _one_rule_lexicon(monkeypatch, "test-literal.tsv", spun="non-public data", needs="public")
