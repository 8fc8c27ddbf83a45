"""The article cast: names, roles, ages, genders and the people column."""

from hypothesis import example, given
from hypothesis import strategies as st

from newsetl.extract.people import _WORK_BEFORE, _may_follow_work, build, rows


def test_names_roles_ages_and_genders():
    cast = build(
        "Hospital boss defends cuts",
        [
            "Priya Nandakumar, the chief executive, said the unit would stay open.",
            "Health Secretary Wes Streeting and Mrs Okafor met Gemma Arkwright, 34, on Friday.",
            "Ms Nandakumar said Mr Streeting had been supportive.",
        ],
    )
    p = cast.entities["Priya Nandakumar"]
    assert {"chief", "executive"} <= p.roles and p.gender == "f" and p.mentions == 2
    w = cast.entities["Wes Streeting"]
    assert "secretary" in w.roles and w.gender == "m"
    assert "34" in cast.entities["Gemma Arkwright"].ages


def test_organisations_and_places_are_not_people():
    cast = build(None, ["Thames Water and Network Rail met on Delmar Street with Sarah Okafor."])
    kinds = {e.name: e.kind for e in cast.entities.values()}
    assert (
        kinds["Thames Water"] == "org"
        and kinds["Network Rail"] == "org"
        and kinds["Sarah Okafor"] == "person"
    )
    assert [r["name"] for r in rows(cast)] == ["Sarah Okafor"]


def test_headline_names_need_a_known_first_name():
    cast = build("Vladimir Putin hints at ceasefire", ["Putin said talks would go on.", "Putin left."])
    assert rows(cast) == [{"name": "Vladimir Putin", "mentions": 3}]


def test_surname_and_title_mentions_resolve():
    cast = build(None, ["Sir Keir Starmer spoke first.", "Mr Starmer then left.", "Starmer said little."])
    assert cast.find("Mr Starmer") is cast.entities["Keir Starmer"]
    assert cast.entities["Keir Starmer"].mentions == 3


def test_a_lone_generic_organisation_word_before_a_noun_names_nothing():
    cast = build(
        "Fares to rise",
        [
            "Rail fares in England will rise in March. Council tax bills will go up too.",
            "Police officers were called. Police said a man was arrested. Police in Kent appealed for help.",
            "Network Rail said the line would reopen.",
        ],
    )
    kinds = {e.name: e.kind for e in cast.entities.values()}
    assert "Rail" not in kinds and "Council" not in kinds
    assert kinds["Police"] == "org" and cast.entities["Police"].mentions == 2  # 'said', 'in'; not 'officers'
    assert kinds["Network Rail"] == "org"


def test_a_company_mention_is_not_resolved_to_a_modifier():
    from newsetl import core

    row = core.process(
        "Fares to rise again\n\nRail fares in England will rise by 4.6% in March, the government has confirmed.\n\n"
        '"We know this is hard for passengers," the company said in a statement.',
        "fares",
    )
    (quote,) = row["quotes"]
    assert quote["speaker_mention"] == "the company" and quote["speaker"] != "Rail"


def test_a_bare_role_mention_is_not_the_shadow_or_former_holder():
    from newsetl import core

    row = core.process(
        "Budget day\n\n"
        'The Chancellor has promised to "fix the foundations" of the economy.\n\n'
        "Rachel Reeves told MPs the public finances were in a poor state.\n\n"
        'Shadow chancellor Jeremy Hunt said working people would "pay the price".\n\n'
        'Former chancellor George Osborne said it was "a bold Budget", and the former chancellor '
        'added: "It will be remembered."',
        "budget",
    )
    by_text = {q["text"]: q["speaker"] for q in row["quotes"]}
    assert by_text["fix the foundations"] != "Jeremy Hunt"
    assert by_text["pay the price"] == "Jeremy Hunt"
    assert by_text["It will be remembered."] == "George Osborne"
    cast = build(None, ["Shadow chancellor Jeremy Hunt said no.", "Deputy leader Angela Rayner spoke."])
    assert {"shadow", "chancellor"} <= cast.entities["Jeremy Hunt"].roles
    assert "deputy" in cast.entities["Angela Rayner"].roles


def test_police_ranks_are_titles_not_names():
    cast = build(None, ['Det Insp Karen Lewis said: "We are appealing for witnesses."'])
    assert "Karen Lewis" in cast.entities and not any(n.startswith(("Det", "Insp")) for n in cast.entities)



def test_competitions_and_clubs_are_not_people():
    cast = build(None, [
        "Wales began their Six Nations campaign against Aston Villa fans' favourite side.",
        "The Six Nations resumes next week; Aston Villa play at home.",
        "Kim Sorensen, who won the Australian Open, said the Six Nations and the Australian Open clash.",
        "Aston Villa and the Davis Cup team, like the Davis Cup itself, wait.",
    ])
    assert [r["name"] for r in rows(cast)] == ["Kim Sorensen"]


def test_a_name_ends_where_its_sentence_ends():
    cast = build(None, [
        "The plan was backed by Prime Minister Ravi Chandran. Potential investors will need approval.",
        "Mr Chandran said the rules were clear. Potential delays were ruled out by Ravi Chandran.",
    ])
    names = [r["name"] for r in rows(cast)]
    assert names == ["Ravi Chandran"]


def test_a_capitalised_role_or_nationality_before_a_name_is_not_part_of_it():
    cast = build(None, [
        "Rapper Jaylen Brooks won, and Dutchman Pieter Hoekstra was second.",
        "Brooks thanked Hoekstra; Real Madrid and Boca Juniors sent scouts.",
    ])
    assert [r["name"] for r in rows(cast)] == ["Jaylen Brooks", "Pieter Hoekstra"]


def test_a_title_after_a_word_naming_a_work_is_not_a_person():
    cast = build(None, [
        "Director Marta Kowalski's film Annie Morgan won, ahead of the musical Billy Carter.",
        "The hit show Mary Lane returns; Kowalski said she would next play Daniel Okafor's mother.",
        "It was one of the shows Helen Price presents, and the video game Max Power sold well.",
    ])
    names = [r["name"] for r in rows(cast)]
    assert not {"Annie Morgan", "Billy Carter", "Mary Lane", "Max Power"} & set(names)
    assert {"Marta Kowalski", "Daniel Okafor", "Helen Price"} <= set(names)


# The gate before _WORK_BEFORE may only skip positions where that regex cannot match.
_GATE_PIECES = st.sampled_from(
    ["the ", "film", "FILM", "video game", "remaſ", "remaKe", "tracK", "\u212a", "show", "not ", "to ", "series", " ",
     "  ", "\n", "\t", "'", "\"", "\u201c", "\u2018", "Anna", "Bob", ",", "x"]
)


@given(st.lists(_GATE_PIECES, max_size=12))
@example(["the ", "film", " ", "\u201c", "\n", "Anna"])  # $ matches before a final newline
@example(["remaſ", "  ", "Bob"])  # IGNORECASE: long s matches s
def test_work_gate_never_skips_a_work_word_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    for start in range(len(text) + 1):
        if _WORK_BEFORE.search(text, max(0, start - 30), start):
            assert _may_follow_work(text, start), (text, start)
