from newsetl.clean import lines


def test_one_paragraph_per_line_dump_keeps_lines_apart():
    raw = "Headline here\nFirst paragraph ends here.\n‘A quote,’ she said.\nLast one."
    layout = lines.assemble(lines.split_lines(raw), set())
    assert layout.headline == "Headline here"
    assert layout.paragraphs == ["First paragraph ends here.", "‘A quote,’ she said.", "Last one."]


def test_line_broken_mid_sentence_is_rejoined():
    raw = "Headline\nThe council said the bridge would close for\nsix weeks from Monday.\nNext paragraph."
    layout = lines.assemble(lines.split_lines(raw), set())
    assert layout.paragraphs[0] == "The council said the bridge would close for\nsix weeks from Monday."
    text, edits = lines.join_lines(layout.paragraphs[0])
    assert text == "The council said the bridge would close for six weeks from Monday."
    assert [e.rule for e in edits] == ["lines.join"]


def test_short_subheading_is_not_joined_to_the_next_line():
    raw = "Headline\nWhat happens next\nThe council will meet on Friday."
    assert lines.assemble(lines.split_lines(raw), set()).paragraphs == [
        "What happens next",
        "The council will meet on Friday.",
    ]


def test_blank_separated_and_hard_wrapped_dump():
    raw = "Headline\n\nA hard-wrapped paragraph that goes\non over two lines.\n\nSecond paragraph.\n"
    layout = lines.assemble(lines.split_lines(raw), set())
    assert layout.paragraphs == ["A hard-wrapped paragraph that goes\non over two lines.", "Second paragraph."]


def test_removed_boilerplate_lines_split_paragraphs():
    raw = "Headline\nHe added later: ‘We will see\nnotice line\n‘what happens.’"
    layout = lines.assemble(lines.split_lines(raw), {2})
    assert layout.paragraphs == ["He added later: ‘We will see", "‘what happens.’"]


def test_crlf_and_unicode_line_separators():
    assert lines.split_lines("a\r\nb\rc\u2028d") == ["a", "b", "c", "d"]


def test_hyphen_break_joins_without_space():
    text, _ = lines.join_lines("a long-\nterm plan")
    assert text == "a long-term plan"


def test_list_items_in_a_block_stay_apart():
    raw = "Headline\n\nThe judge said she must:\n\n- Spend three years on probation\n- Pay a fine of £500\n"
    layout = lines.assemble(lines.split_lines(raw), set())
    assert layout.paragraphs == ["The judge said she must:", "- Spend three years on probation", "- Pay a fine of £500"]


def test_block_of_full_sentences_is_not_hard_wrapped():
    raw = "Headline\n\n\"We were lucky.\" - United boss Sam Hart\n\"We deserved it.\" - City boss Ann Cole\n"
    layout = lines.assemble(lines.split_lines(raw), set())
    assert len(layout.paragraphs) == 2


def test_line_edges_are_trimmed_structurally_not_as_edits():
    raw = "Headline  \n\nA clean paragraph.   \n"
    layout = lines.assemble(lines.split_lines(raw), set())
    assert layout.headline == "Headline" and layout.paragraphs == ["A clean paragraph."]


def test_headline_broken_over_two_lines_is_one_headline():
    text = "Council approves new cycle lanes after heated\ndebate\n\nCouncillors voted 38 to 21 on Tuesday.\n"
    layout = lines.assemble(lines.split_lines(text), set())
    assert layout.headline == "Council approves new cycle lanes after heated\ndebate"
    assert layout.paragraphs == ["Councillors voted 38 to 21 on Tuesday."]
    # a dangling last word joins a capitalised rest too
    text = "Storm warning issued for the\nNorth West\n\nThe Met Office said on Monday.\n"
    assert lines.assemble(lines.split_lines(text), set()).headline == "Storm warning issued for the\nNorth West"


def test_headline_is_not_joined_to_a_subheading_or_the_first_paragraph():
    kept = [
        "Council approves new cycle lanes\nThree routes will open next year\n\nBody text here.",  # standfirst
        "Council approves new cycle lanes.\nmore to follow\n\nBody.",  # headline ends a sentence
        "Council approves cycle lanes after\nthe vote on Tuesday night, councillors\nsaid the plan would go ahead.",
        "Council approves cycle lanes after heated\n" + "debate " * 12 + "\n\nBody.",  # next line too long
    ]
    for text in kept:
        layout = lines.assemble(lines.split_lines(text), set())
        assert "\n" not in (layout.headline or ""), text
