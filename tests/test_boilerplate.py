from newsetl.clean import boilerplate

VIDEO = [
    "To view this video please enable JavaScript, and consider upgrading to a web",
    "browser that",
    "supports HTML5",
    "video",
]


def test_video_notice_broken_over_lines_is_one_span():
    lines = ["He said: ‘We will see.", *VIDEO, "‘And then we go on.’"]
    found = boilerplate.find(lines)
    assert [(b.kind, b.first_line, b.last_line) for b in found] == [("video_player", 1, 4)]


def test_footer_kinds():
    lines = [
        "Got a story? Get in touch with our news team by emailing us at desk@example.co.uk.",
        "For more stories like this, check our news page.",
        "Follow Example News on Twitter and Facebook for the latest news updates.",
        "Sign up to our daily newsletter for the biggest stories of the day.",
        "MORE: A related headline about something else",
        "READ MORE: Another related headline",
    ]
    kinds = [b.kind for b in boilerplate.find(lines)]
    assert kinds == ["contact", "more_stories", "social_follow", "newsletter", "related", "related"]


def test_news_prose_is_not_boilerplate():
    prose = [
        "The minister said more information would follow next week.",
        "Follow-up tests on the patients showed no sign of the virus.",
        "More than 200 people attended the meeting in the town hall.",
        "Readers of the paper voted it the best local story of the year.",
        "Share prices fell sharply after the announcement.",
    ]
    assert boilerplate.find(prose) == []


def test_a_window_does_not_swallow_the_next_paragraph():
    lines = ["Got a story?", "The council said it would reopen the bridge next month."]
    found = boilerplate.find(lines)
    assert [(b.first_line, b.last_line) for b in found] == [(0, 0)]
