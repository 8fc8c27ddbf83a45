"""Quote extraction: every shape, non-speech spans, offsets, and the labelled set's floor."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_rows import _one, _q

from newsetl.extract.marks import spans
from newsetl.extract.quotes import NON_SPEECH, extract


def test_after_attribution_with_role_noun_resolves_to_salient_person_not_last_named():
    paras = [
        "Leonid Varga has signalled that he backs a truce, though only on his own terms.",
        "He said he would first need to speak to Martin Kessler, the other side's negotiator.",
        "‘We are ready to stop the shooting tomorrow,’ the leader told reporters.",
    ]
    q = _one(paras, "We are ready", headline="Varga backs truce")
    assert (q["speaker"], q["speaker_mention"], q["cue"], q["kind"]) == (
        "Leonid Varga",
        "the leader",
        "told",
        "direct",
    )


def test_before_attribution_with_colon_and_pronoun():
    paras = [
        "Mayor Gwen Ashby opened the new bridge on Friday.",
        "She said: “This bridge joins two halves of one town.”",
    ]
    q = _one(paras, "This bridge")
    assert (q["speaker"], q["speaker_mention"], q["cue"], q["kind"]) == (
        "Gwen Ashby",
        "She",
        "said",
        "direct",
    )


def test_inverted_attribution_and_cue_is_normalised():
    paras = ["“Prices will keep rising,” says Omar Haddad, an economist at Fenwick Bank."]
    q = _one(paras, "Prices will")
    assert (q["speaker"], q["speaker_mention"], q["cue"]) == ("Omar Haddad", "Omar Haddad", "said")


def test_split_quote_gives_two_rows_with_one_speaker():
    paras = [
        "Nurse Alice Brennan, 52, has worked at the clinic for 20 years.",
        "“We will not,” she said, “back down on patient safety.”",
    ]
    rows = _q(paras)
    assert [r["kind"] for r in rows] == ["split", "split"]
    assert {r["speaker"] for r in rows} == {"Alice Brennan"} and {r["cue"] for r in rows} == {"said"}


def test_multi_paragraph_quote_shares_the_attribution():
    paras = [
        "Coach Dean Morley said: ‘We were poor in the first half and I told them so.",
        "‘The second half was better, but it is not good enough for a club like this.’",
    ]
    rows = _q(paras)
    assert [r["kind"] for r in rows] == ["multi_paragraph", "multi_paragraph"]
    assert {r["speaker"] for r in rows} == {"Dean Morley"} and rows[1]["paragraph"] == 1


def test_continuation_paragraph_keeps_the_previous_speaker():
    paras = [
        "‘The money has simply run out,’ said council leader Tom Rigby.",
        "‘We have cut everything we can cut without closing libraries.’",
    ]
    rows = _q(paras)
    assert rows[1]["kind"] == "continuation" and rows[1]["speaker"] == "Tom Rigby"


def test_headline_quote_with_colon_speaker():
    paras = ["Manager Steve Calloway has promised a rebuild after relegation."]
    rows = _q(paras, headline="Calloway: ‘We will rebuild from the bottom up’")
    assert (
        rows[0]["paragraph"] == -1
        and rows[0]["kind"] == "headline"
        and rows[0]["speaker"] == "Steve Calloway"
    )


def test_partial_quote_in_reported_speech():
    paras = ["Transport Secretary Helen Okoro said the line would be “transformational” for the north."]
    q = _one(paras, "transformational")
    assert (q["kind"], q["speaker"], q["cue"]) == ("partial", "Helen Okoro", "said")


def test_according_to():
    paras = ["“The site is safe,” according to Northbank Energy, which runs the plant."]
    q = _one(paras, "The site is safe")
    assert (q["speaker"], q["cue"]) == ("Northbank Energy", "according to")


def test_speaker_named_in_the_next_sentence():
    paras = ["“I heard the roof go first.” Maria Fenton, 71, had lived in the house since 1980."]
    q = _one(paras, "I heard")
    assert (q["speaker"], q["cue"]) == ("Maria Fenton", None)


def test_organisation_speaker_and_the_firm():
    paras = [
        "Thames Water said: ‘We are sorry for the disruption caused to customers.’",
        "‘We have invested £40m in the works,’ the firm added.",
    ]
    rows = _q(paras)
    assert [r["speaker"] for r in rows] == ["Thames Water", "Thames Water"]


def test_role_noun_introduced_with_a_name():
    paras = [
        "Health Secretary Wes Streeting met Priya Nandakumar, the chief executive, on Monday.",
        "“Nobody wants a winter crisis,” the health secretary said.",
        "“We need the money now,” the chief executive said.",
    ]
    rows = _q(paras)
    assert [r["speaker"] for r in rows] == ["Wes Streeting", "Priya Nandakumar"]


def test_pronoun_follows_gender():
    paras = [
        "Judge Karen Pike heard the case brought by landlord Michael Dunn.",
        "Mr Dunn denied the charges.",
        "“I have never been so shocked,” she said.",
    ]
    assert _one(paras, "I have never")["speaker"] == "Karen Pike"


@pytest.mark.parametrize(
    "paragraph, text",
    [
        (
            "The two countries praised their ‘friendship’, about ‘hostile and destabilising’ neighbours.",
            "friendship",
        ),
        ("They accused the bloc of ‘destabilising’ and ‘hostile’ actions in the region.", "hostile"),
        ("Jamal “JJ” Rutherford opened the academy on Saturday.", "JJ"),
        ("Her memoir “Nothing But Net” spent six weeks on the list.", "Nothing But Net"),
        ("Residents say the word ‘community’ has lost all meaning.", "community"),
        (
            "A shop put up a sign reading ‘No School Uniform, No Entry’ during school hours.",
            "No School Uniform, No Entry",
        ),
        ("The council was accused of a ‘war on fun’ after the ban.", "war on fun"),
    ],
)
def test_non_speech_is_left_out_and_kept_with_a_kind_on_request(paragraph, text):
    assert not any(q["text"] == text for q in _q([paragraph]))
    kept = [q for q in _q([paragraph], keep_non_speech=True) if q["text"] == text]
    assert kept and kept[0]["kind"] in NON_SPEECH and kept[0]["speaker"] is None


def test_apostrophes_and_nested_quotes_do_not_break_pairing():
    text = "She said: ‘The girls’ school said we’d be “fine”, and Russia’s reply was no.’"
    found = [text[s.start : s.end] for s in spans(text)]
    assert found == ["The girls’ school said we’d be “fine”, and Russia’s reply was no."]


@pytest.mark.parametrize("open_, close", [("‘", "’"), ("“", "”"), ('"', '"'), ("«", "»")])
def test_every_mark_style(open_, close):
    rows = _q([f"{open_}We will appeal against this decision,{close} said Ruth Calder."])
    assert rows and rows[0]["speaker"] == "Ruth Calder"


def test_unclosed_quote_runs_to_the_end_of_the_paragraph():
    text = "He added: ‘The idea is right, but there are issues to discuss."
    (s,) = spans(text)
    assert not s.closed and text[s.start : s.end].endswith("discuss.")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from(
                list("ab AZ.,:’‘“”\"'«»\nsaid he told"),
            ),
            max_size=80,
        ),
        max_size=4,
    ),
    st.one_of(st.none(), st.text(max_size=40)),
)
def test_never_raises_and_offsets_point_at_the_text(paragraphs, headline):
    for q in extract(paragraphs, headline=headline, keep_non_speech=True):
        source = headline if q.paragraph == -1 else paragraphs[q.paragraph]
        assert source[q.start : q.end] == q.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=3))
def test_never_raises_on_any_text(paragraphs):
    for q in extract(paragraphs, headline=paragraphs[0] if paragraphs else None):
        source = paragraphs[0] if q.paragraph == -1 else paragraphs[q.paragraph]
        assert source[q.start : q.end] == q.text


def test_labelled_set_meets_the_targets():
    from newsetl.evaluate.quotes import evaluate, load

    report = evaluate(load())
    assert report["exact"]["f1"] >= 0.95
    assert report["accuracy"]["speaker"] >= 0.90
    assert report["non_speech_kept"][0] == 0


def test_evaluate_main_runs(capsys):
    from newsetl.evaluate.quotes import main

    assert main([]) == 0
    out = capsys.readouterr().out
    assert "heldout" in out and "F1=" in out


def test_role_then_name_in_commas_gives_the_name_and_a_name_then_role_keeps_the_name():
    from newsetl import process

    cases = {
        "Labour's deputy leader, Angela Rayner, said: \"This is one rule for them.\"": "Angela Rayner",
        "Its chief, Jo Bell, said: \"No.\"": "Jo Bell",
        "John Smith, Chief Executive, said: \"We will grow.\"": "John Smith",
    }
    for para, speaker in cases.items():
        [quote] = process(f"Row over rules\n\n{para}\n", "q.txt")["quotes"]
        assert (quote["speaker"], quote["speaker_mention"]) == (speaker, speaker), para


def test_a_role_with_a_lower_case_modifier_is_the_subject_of_a_later_saying():
    from newsetl import process

    para = 'The prime minister accepted her resignation, saying she had "served with distinction".'
    [quote] = process(f"Minister quits\n\n{para}\n", "q.txt")["quotes"]
    expected = ("The prime minister", "said", "served with distinction")
    assert (quote["speaker_mention"], quote["cue"], quote["text"]) == expected
