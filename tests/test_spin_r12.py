"""Round 12: frequent short swaps, repaired only where grammar pins them.

Each rule has a positive case (spun -> original; ``flagged_only`` when the rule is ambiguous, i.e. it applies only
in articles flagged as spun) and must-not-change sentences: edited English with the same words, which must stay as
written even in an article flagged as spun."""

from __future__ import annotations

import pytest

from newsetl.clean import spin

REPAIRS = {
    # "were" -> "had been" before an adverb that edited English puts between "had" and "been"
    "pt.were_had_been_adverb": [
        ("Two members of staff were in the shop but had been not hurt.",
         "Two members of staff were in the shop but were not hurt.", True),
        ("The men left on motorbikes, which had been later found abandoned.",
         "The men left on motorbikes, which were later found abandoned.", True),
        ("Officials said the talks had been additionally delayed by the strike.",
         "Officials said the talks were also delayed by the strike.", True),
        ("The rules had been no longer fit for purpose, the report said.",
         "The rules were no longer fit for purpose, the report said.", True),
    ],
    # WordNet "can" for "will" before a second modal-like verb: "can be able to", "can have to"
    "wp.will_can_be_able": [
        ("Parents can also be able to set daily time limits.",
         "Parents will also be able to set daily time limits.", False),
        ("Islanders can have to travel to the mainland for treatment.",
         "Islanders will have to travel to the mainland for treatment.", False),
        ("Drivers can not need to renew their licence until 2027.",
         "Drivers will not need to renew their licence until 2027.", False),
    ],
    # WordNet "over" for "more than" before a clause or "ever"
    "wp.more_than_over_clause": [
        ("Shoppers are shopping around over they used to, he said.",
         "Shoppers are shopping around more than they used to, he said.", True),
        ("Families are paying over they did a year ago.",
         "Families are paying more than they did a year ago.", True),
        ("The club needs the points over ever.",
         "The club needs the points more than ever.", True),
        ("Fans travelled over ever before to see the final.",
         "Fans travelled more than ever before to see the final.", True),
    ],
    # WordNet "once" for "after" before an event noun phrase with no verb of its own
    "wp.after_once_event": [
        ("Woman cleared of murder once retrial",
         "Woman cleared of murder after retrial", True),
        ("A woman has been cleared of murder once a retrial at Bristol Crown Court.",
         "A woman has been cleared of murder after a retrial at Bristol Crown Court.", True),
        ("The manager was sacked once a seventh straight defeat, the club said.",
         "The manager was sacked after a seventh straight defeat, the club said.", True),
        ("Roads were closed once the crash.", "Roads were closed after the crash.", True),
    ],
    # WordNet "when" for "after" before a year, after a dated event's verb
    "wp.after_when_year": [
        ("The law would stop anyone born when 2009 from buying cigarettes.",
         "The law would stop anyone born after 2009 from buying cigarettes.", True),
        ("Cars built when 2015 are not affected by the recall.",
         "Cars built after 2015 are not affected by the recall.", True),
    ],
    # "only" -> "solely" in the fixed comparison "only as good as"
    "pt.only_as_good_as_solely": [
        ("A promise is solely as good as the action behind it.",
         "A promise is only as good as the action behind it.", False),
        ("The system is solely as strong as its weakest link.",
         "The system is only as strong as its weakest link.", False),
    ],
    # "one of the most" -> "some of the" after a singular "is"/"was", before a plain adjective and a plural noun
    "pt.one_of_the_most_some_of_the": [
        ("\"It is some of the promising tools we have seen,\" she said.",
         "\"It is one of the most promising tools we have seen,\" she said.", True),
        ("The 8am rush is some of the common complaints we hear.",
         "The 8am rush is one of the most common complaints we hear.", True),
        ("The town was some of the deprived areas in the region.",
         "The town was one of the most deprived areas in the region.", True),
    ],
    # "won" -> "gained"/"received", "lost" -> "misplaced" before "N of their (first/last N) games"
    "pt.won_lost_n_of_games": [
        ("Rovers gained four of their first six games but have not won since October.",
         "Rovers won four of their first six games but have not won since October.", False),
        ("Rovers gained four of their first six video games.", "Rovers won four of their first six games.", False),
        ("Westbridge have misplaced only one of their last six games.",
         "Westbridge have lost only one of their last six games.", False),
        ("The champion has received 12 of his last 14 fights.",
         "The champion has won 12 of his last 14 fights.", False),
    ],
    # "lost" -> "misplaced" before a share of a trade, income or following
    "pt.lost_misplaced_share": [
        ("He said he had misplaced about a third of his trade last winter.",
         "He said he had lost about a third of his trade last winter.", True),
        ("The shares have misplaced 40% of their value since March.",
         "The shares have lost 40% of their value since March.", True),
    ],
    # "find it hard to" -> "discover it exhausting to" (phrase thesaurus) / "notice it onerous to" (WordNet): the verb
    "pt.find_it_hard_discover": [
        ("Millions of people who discover it exhausting to exercise could benefit.",
         "Millions of people who find it exhausting to exercise could benefit.", False),
        ("Many families discovered it harder to pay their bills.",
         "Many families found it harder to pay their bills.", False),
    ],
    "wp.find_it_hard_notice": [
        ("It could help people who notice it onerous to exercise.",
         "It could help people who find it onerous to exercise.", False),
        ("Shops noticed it increasingly difficult to hire staff.",
         "Shops found it increasingly difficult to hire staff.", False),
    ],
    # WordNet "when" for "after" before an event noun phrase with no verb of its own
    "wp.after_when_event": [
        ("Police appeal when jewellery shop raid", "Police appeal after jewellery shop raid", True),
        ("Two men were arrested when a raid in Leeds.", "Two men were arrested after a raid in Leeds.", True),
        ("The road was closed when the crash on the M4.", "The road was closed after the crash on the M4.", True),
    ],
    # WordNet "over" for "more than" before "doubled", "tripled", "halved"
    "wp.more_than_over_doubled": [
        ("Profits have over doubled since 2019.", "Profits have more than doubled since 2019.", False),
        ("Sales over tripled last year.", "Sales more than tripled last year.", False),
    ],
    # WordNet "more and more" -> "additional and additional" / "a lot of and a lot of"
    "wp.more_and_more_additional": [
        ("Additional and additional people are working from home.",
         "More and more people are working from home.", False),
        ("a lot of and a lot of firms are cutting jobs", "more and more firms are cutting jobs", False),
    ],
    # "the only" -> "the solely" before a noun that "the only" takes
    "pt.only_the_solely": [
        ("It is the solely way to keep the service running.", "It is the only way to keep the service running.", False),
        ("She was the solely survivor of the crash.", "She was the only survivor of the crash.", False),
    ],
    # "not only ... but" -> "not solely ... but"
    "pt.not_only_not_solely_but": [
        ("The scheme is not solely cheaper, but also faster.",
         "The scheme is not only cheaper, but also faster.", True),
        ("It hit not solely the shops but also the pubs.", "It hit not only the shops but also the pubs.", True),
    ],
    # "year" -> "12 months" where "12 months" cannot stand: a possessive, compounds, "the year 2030", "later that year"
    "pt.year_s_12_months_s": [
        ("It was the 12 months's biggest deal.", "It was the year's biggest deal.", False),
        ("Sales doubled from the previous 12 months's level.", "Sales doubled from the previous year's level.", False),
    ],
    "pt.year_compound_12_months": [
        ("Sales rose 4% 12 months-on-12 months.", "Sales rose 4% year-on-year.", False),
        ("Shares are down 8% 12 months-to-date.", "Shares are down 8% year-to-date.", False),
        ("The 12 months-long inquiry ended.", "The year-long inquiry ended.", False),
    ],
    "pt.the_year_2000_12_months": [
        ("Emissions must fall by the 12 months 2030.", "Emissions must fall by the year 2030.", False),
    ],
    "pt.later_that_year_12_months": [
        ("He resigned later that 12 months.", "He resigned later that year.", False),
        ("Earlier that 12 months, the firm had cut jobs.", "Earlier that year, the firm had cut jobs.", False),
    ],
    "pt.year_after_year_12_months": [
        ("Prices have risen 12 months after 12 months.", "Prices have risen year after year.", False),
        ("It happens 12 months in, 12 months out.", "It happens year in, year out.", False),
    ],
    # "value for money" -> "value for cash"
    "pt.value_for_money_cash": [
        ("The audit office said the scheme was poor value for cash.",
         "The audit office said the scheme was poor value for money.", False),
    ],
    # "found liable / negligent / in breach" -> "discovered ..."
    "pt.found_liable_discovered": [
        ("The council was discovered liable for the crash.", "The council was found liable for the crash.", False),
        ("The firm had been discovered in breach of the rules.",
         "The firm had been found in breach of the rules.", False),
    ],
    # WordNet "when" for "after" before a duration that ends the clause
    "wp.after_when_duration": [
        ("He was freed when 20 years in prison.", "He was freed after 20 years in prison.", True),
        ("The firm closed when 30 years of trading.", "The firm closed after 30 years of trading.", True),
    ],
    # "around" -> "round" before a clock time, after "at", "from", "until" ...
    "pt.around_round_time": [
        ("Police were called at round 3am on Sunday.", "Police were called at around 3am on Sunday.", False),
        ("The road was shut until round midnight.", "The road was shut until around midnight.", False),
        ("Both fires started at round the same time.", "Both fires started at around the same time.", False),
    ],
    # WordNet "over" for "more than" after "no" before a number
    "wp.no_more_than_no_over": [
        ("Gatherings of no over 30 people are allowed.", "Gatherings of no more than 30 people are allowed.", False),
        ("It will cost no over \u00a3500.", "It will cost no more than \u00a3500.", False),
    ],
    # WordNet "more or less" -> "additional or less" / "a lot of or less"
    "wp.more_or_less_additional": [
        ("The plan is additional or less finished.", "The plan is more or less finished.", False),
        ("It is a lot of or less the same deal.", "It is more or less the same deal.", False),
    ],
    # WordNet "once more" -> "once additional" (at a clause end)
    "wp.once_more_additional": [
        ("Prices are rising once additional, the report said.", "Prices are rising once more, the report said.", False),
    ],
    # money idioms with "cash" for "money"
    "pt.money_idioms_cash": [
        ("It is time the government put its cash where its mouth is.",
         "It is time the government put its money where its mouth is.", False),
        ("Cash doesn't grow on trees, he said.", "Money doesn't grow on trees, he said.", False),
    ],
    # WordNet "can" for "will" in a passive with a coming date ("can be told this week")
    "wp.will_can_be_pp_future": [
        ("Employees can be told this week whether their jobs are affected.",
         "Employees will be told this week whether their jobs are affected.", True),
        ("The winner can be named on Friday, officials said.",
         "The winner will be named on Friday, officials said.", True),
    ],
    # "told the court / the inquest / MPs" -> "advised ..."
    "pt.told_the_court_advised": [
        ("His lawyer advised the court that he had no previous convictions.",
         "His lawyer told the court that he had no previous convictions.", True),
        ("The minister advised MPs the plan would go ahead.", "The minister told MPs the plan would go ahead.", True),
    ],
    # "possible" -> "potential" / "conceivable" after "where", "if" at a clause end ("doable": pt.where_possible)
    "pt.where_possible_potential": [
        ("Drivers should park in garages where potential, police said.",
         "Drivers should park in garages where possible, police said.", False),
        ("Staff will work from home wherever conceivable.", "Staff will work from home wherever possible.", False),
    ],
    # "around" -> "round" before a share or a round count ("round a third", "round one in five", "round hundreds of")
    "pt.around_round_share": [
        ("Sales fell by round a third last year.", "Sales fell by around a third last year.", True),
        ("The illness affects round one in five adults.", "The illness affects around one in five adults.", True),
        ("The storm damaged round hundreds of homes.", "The storm damaged around hundreds of homes.", True),
    ],
}

KEEP = {
    "pt.were_had_been_adverb": [
        "He had been not so much a leader as a figurehead.",
        "It had been never easy for the family, she said.",
        "The men had already been arrested when police arrived.",
        "The men had not been charged, police said.",
        "Both had been charged with theft and possession of stolen goods.",
        "Shopkeepers said they had been worried about the law.",
    ],
    "wp.will_can_be_able": [
        "Parents can also set daily time limits.",
        "It is not clear what the deal can have to do with the strike.",
        "Nobody can be sure what will happen next.",
        "Families will be able to apply from next month.",
    ],
    "wp.more_than_over_clause": [
        "Once the match was over they were told to leave.",
        "It is all over we are told, but the row goes on.",
        "The takeover they agreed last year has collapsed.",
        "He took over they said, and the firm grew fast.",
        "There was a row over ever-rising prices.",
        "The game was over, they said.",
        "Over 2,800 people signed the petition.",
        "They have been at odds over ever since the vote.",
        "There was food left over we had to throw away.",
    ],
    "wp.after_once_event": [
        "Games are once again under fire.",
        "Once an attack is spotted, the network takes over.",
        "Once the trial at Bristol Crown Court ends, the jury will be discharged.",
        "He scores about once a game.",
        "The committee meets once a week.",
        "Players are tested more than once a season.",
        "Once the talks are over, the minister will speak.",
        "She had once won a trial.",
    ],
    "wp.after_when_year": [
        "Cars built when 2015 began were faulty.",
        "When 2009 came, the law changed.",
        "She was born when her father was 40.",
        "He was elected in 2009, when Labour was in power.",
    ],
    "pt.only_as_good_as_solely": [
        "The decision rests solely with the minister.",
        "The farm provides meat solely for the local market.",
        "He is solely responsible for the club's finances.",
    ],
    "pt.one_of_the_most_some_of_the": [
        "They are some of the promising players in the squad.",
        "It was some of the best football I have seen.",
        "Here is some of the reaction from politicians.",
        "Here is some of the continuing coverage of the storm.",
        "The aid is some of the relief supplies promised in May.",
        "This is some of the money raised by fans.",
        "It was some of the hardest hit areas that waited longest.",
    ],
    "pt.won_lost_n_of_games": [
        "Subscribers received all of the games live on television.",
        "She gained three of the seats from Labour.",
        "He received two of his awards in London.",
        "Kolo Toure's misplaced free-kick landed at his feet.",
    ],
    "pt.lost_misplaced_share": [
        "She misplaced about half of her notes on the train.",
        "Their confidence was misplaced, a third of the members said.",
        "The misplaced 40% of the ballots were found later.",
    ],
    "pt.find_it_hard_discover": [
        "She discovered it was hard to find work.",
        "Scientists discovered it in a cave in 1998.",
        "He found it hard to discover what had happened.",
    ],
    "wp.find_it_hard_notice": [
        "She noticed it was hard to breathe.",
        "He noticed it too late to stop.",
        "Did you notice it?",
    ],
    "wp.after_when_event": [
        "Police were called when the fire broke out.",
        "It happened when the crash barrier failed.",
        "She was hurt when a car hit her.",
        "No one knows when the talks will resume.",
        "They left when the storm, which had raged all night, eased.",
        "The victory came when it mattered most.",
        "He was 12 when the war began.",
    ],
    "wp.more_than_over_doubled": [
        "They argued over doubled fees.",
        "The row over doubled parking charges goes on.",
    ],
    "wp.more_and_more_additional": [
        "There will be additional and extra costs.",
        "The firm needs a lot of money and additional staff.",
    ],
    "pt.only_the_solely": [
        "It is the solely owned subsidiary of the bank.",
        "She is the solely responsible officer.",
        "the solely female panel met on Monday",
    ],
    "pt.not_only_not_solely_but": [
        "It was not solely down to the oil price.",
        "The features are not solely aimed at visually impaired people.",
        "Not only that, but the price rose too.",
    ],
    "pt.year_s_12_months_s": [
        "The case will be heard in 12 months' time.",
        "A 12 months\u2019 ban was imposed.",
    ],
    "pt.year_compound_12_months": [
        "The 12-month-long trial ended.",
        "Sales over 12 months - on average - rose.",
    ],
    "pt.the_year_2000_12_months": [
        "Over the 12 months to 2019, prices rose.",
        "In the 12 months 2,000 people waited.",
    ],
    "pt.later_that_year_12_months": [
        "Later that month, 12 months of work ended.",
        "It was agreed later that 12-month contracts would be used.",
    ],
    "pt.year_after_year_12_months": [
        "The deal came 12 months after 12 months of talks had failed.",
        "Rents rose 12 months after 12 months earlier cuts.",
    ],
    "pt.value_for_money_cash": [
        "Investors exchanged value for cash.",
        "The value for cash and shares was agreed.",
    ],
    "pt.found_liable_discovered": [
        "The body was discovered in a river.",
        "He was discovered to have been living abroad.",
        "Oil was discovered responsible for the stain.",
    ],
    "wp.after_when_duration": [
        "He was 40 when 20 years ago he left.",
        "Call us when 10 days have passed.",
        "She was two when three years of war began.",
        "He left when two years of talks, which failed, ended.",
    ],
    "pt.around_round_time": [
        "He was knocked out in round 3 at 9pm.",
        "The draw for the fifth round takes place at noon.",
        "They worked round the clock.",
        "Round midnight, the band played on.",
    ],
    "wp.no_more_than_no_over": [
        "No over 60s were hurt.",
        "There is no over 18s night this week.",
        "It is no over-the-top claim.",
    ],
    "wp.more_or_less_additional": [
        "Additional or fewer staff may be needed.",
        "The firm will need additional or less expensive staff.",
    ],
    "wp.once_more_additional": [
        "Once additional funding is found, work starts.",
        "Once additional staff arrive, the unit will open.",
    ],
    "pt.money_idioms_cash": [
        "They put their cash in a savings account.",
        "Cash machines grow scarce in rural areas.",
    ],
    "wp.will_can_be_pp_future": [
        "Organisers hope it can be finished within the next week.",
        "The DVD war can be resolved over the next year.",
        "Tickets can be booked from next week.",
        "If it can be agreed on Monday, the deal stands.",
        "Hopefully I can train hard this week.",
    ],
    "pt.told_the_court_advised": [
        "The judge advised the jury to ignore the remark.",
        "The clerk advised the committee on procedure.",
        "Officials advised MPs against the plan.",
        "Doctors advised the family that she should rest.",
    ],
    "pt.where_possible_potential": [
        "It is not clear where potential buyers will come from.",
        "He asked if potential bidders had been told.",
        "The plan is doable, if potential costs are kept down.",
    ],
    "pt.around_round_share": [
        "Volunteers went round hundreds of homes.",
        "He was knocked out in the third round a third of the way through.",
        "The news spread round thousands of offices.",
        "They went door to door, calling round dozens of shops.",
    ],
}


@pytest.mark.parametrize(
    ("rule", "spun", "original", "flagged_only"),
    [(rule, *case) for rule, cases in REPAIRS.items() for case in cases],
)
def test_r12_repairs(rule, spun, original, flagged_only):
    got, edits = spin.repair(spun, spun=True)
    assert got == original
    assert rule in {part for e in edits for part in e.rule.split("+")}
    assert spin.repair(spun, spun=False)[0] == (spun if flagged_only else original)


@pytest.mark.parametrize(("rule", "text"), [(rule, t) for rule, texts in KEEP.items() for t in texts])
def test_r12_must_not_change(rule, text):
    assert rule in {r.id for r in spin.lexicon().rules}
    assert spin.repair(text, spun=True)[0] == text


def test_r12_every_rule_has_both_tests():
    assert set(REPAIRS) == set(KEEP)


@pytest.mark.parametrize("text", ["He was given a 12 months' ban.", "He was given a 12 months\u2019 driving ban."])
def test_r12_a_12_months_plural_possessive_stays(text):
    # "a 12 months' ban" is English (a plural possessive); a spun "a year's ban" reads "a 12 months's ban"
    assert spin.repair(text, spun=True)[0] == text
    assert spin.repair("He was given a 12 months's ban.", spun=True)[0] == "He was given a year's ban."


def test_r12_day_by_day_before_a_modified_noun():
    # pt.day_by_day (round 2) also takes a noun with a modifier: "day by day time limits"
    spun = "Parents can set day by day time limits."
    assert spin.repair(spun, spun=False)[0] == "Parents can set daily time limits."
    legit = "Things change day by day, time after time."
    assert spin.repair(legit, spun=True)[0] == legit
