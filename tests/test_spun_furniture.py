"""Spun page furniture: spinners rewrite footers and player notices too, and they must still go.

The boilerplate patterns stay in plain English; a short line they miss is tried again as the spin
lexicon's always-on tiers read it (``spin.unspun``). The rules for furniture phrases are pinned to
the furniture ("Comply with us on Twitter", "think about upgrading to a net browser"), so the same
words in prose are left alone.
"""

from __future__ import annotations

import pytest

import newsetl
from newsetl.clean import boilerplate, spin

SPUN_VIDEO = [
    "This video can't be performed",
    "To view this video please allow JavaScript, and think about upgrading to a",
    "net browser that",
    "helps HTML5",
    "video",
]
PROSE = "The council said it would reopen the bridge next month after repairs costing £2m."


def spans(lines: list[str], **kw) -> list[tuple[str, int, int]]:
    return [(b.kind, b.first_line, b.last_line) for b in boilerplate.find(lines, **kw)]


@pytest.mark.parametrize(
    ("spun", "plain"),
    [
        ("Comply with us on Twitter @DailyBeacon and like us on Fb.",
         "Follow us on Twitter @DailyBeacon and like us on Facebook."),
        ("Comply with Daily Beacon throughout our social channels, on Twitter, Fb and Instagram.",
         "Follow Daily Beacon across our social channels, on Twitter, Facebook and Instagram."),
        ("Electronic mail us at tips@beacon.example or ring the newsdesk.",
         "Email us at tips@beacon.example or ring the newsdesk."),
        ("To view this video please allow JavaScript, and think about upgrading to a net browser that helps HTML5 "
         "video", "To view this video please enable JavaScript, and consider upgrading to a web browser that supports "
         "HTML5 video"),
        ("This video can't be performed", "This video can't be played"),
        ("A source, who spoke on situation of anonymity, confirmed the talks.",
         "A source, who spoke on condition of anonymity, confirmed the talks."),
        ("Observe us on Instagram", "Follow us on Instagram"),
        ("Learn extra: Ferry operator cancels winter crossings", "Read more: Ferry operator cancels winter crossings"),
        ("LEARN MORE: Ferry operator cancels winter crossings", "READ MORE: Ferry operator cancels winter crossings"),
        ("Learn the complete story right here", "Read the full story here"),
        ("Signal as much as our every day publication", "Sign up to our daily newsletter"),
        ("Signal as much as get the most recent headlines", "Sign up to get the most recent headlines"),
        ("Signal up for breaking information alerts", "Sign up for breaking news alerts"),
        ("Be a part of our WhatsApp channel", "Join our WhatsApp channel"),
        ("Join our each day e-newsletter", "Join our daily e-newsletter"),
        ("Obtain our free app", "Download our free app"),
        ("Go away a remark", "Leave a comment"),
        ("Have you ever received a narrative? E-mail us at desk@beacon.example",
         "Have you got a story? E-mail us at desk@beacon.example"),
        ("Picture caption, Volunteers clear the beach", "Image caption, Volunteers clear the beach"),
        ("Picture supply, Beacon Photos", "Image source, Beacon Photos"),
        ("Printed 14 March 2024", "Published 14 March 2024"),
        ("Revealed: Tuesday 3 June 2025 10:02", "Published: Tuesday 3 June 2025 10:02"),
        ("Final up to date: 14 March 2024 at 10:32", "Last updated: 14 March 2024 at 10:32"),
        ("Associated Subjects", "Related Topics"),
        ("Most Learn", "Most Read"),
        ("Prime Tales", "Top Stories"),
        ("Extra on this story", "More on this story"),
        ("Commercial", "Advertisement"),
        ("Article continues beneath commercial", "Article continues below advertisement"),
        ("Learn extra", "Read more"),
        ("Associated Web Hyperlinks", "Related Web Links"),
        ("ASSOCIATED: Ferry fares to rise in April", "RELATED: Ferry fares to rise in April"),
        ("connected topics", "related topics"),
        ("additional: Hosepipe ban likely as dry spell goes on", "More: Hosepipe ban likely as dry spell goes on"),
        ("Observe Day by day Beacon on Twitter and Fb", "Follow Daily Beacon on Twitter and Facebook"),
        ("Obtain the Day by day Put up app for breaking information", "Download the Daily Post app for breaking news"),
        ("For extra tales like this, check our news page.", "For more stories like this, check our news page."),
        ("CLICK HERE FOR EXTRA BUSINESS NEWS", "CLICK HERE FOR MORE BUSINESS NEWS"),
        ("Join Morning Mail, our free day by day publication", "Join Morning Mail, our free daily newsletter"),
        ("Enroll for the newest information on expertise", "Sign up for the latest news on expertise"),
        ("Already a subscriber? check in", "Already a subscriber? sign in"),
        ("You've got reached your restrict of free articles this month.",
         "You've reached your limit of free articles this month."),
        ("Subscribe for limitless entry.", "Subscribe for unlimited access."),
        ("One thing went unsuitable, please attempt once more later.", "Something went wrong, please try again later."),
        ("Settle for cookies", "Accept cookies"),
        ("By persevering with to make use of this web site, you accept cookies.",
         "By continuing to use this web site, you accept cookies."),
        ("Be a part of the talk", "Join the debate"),
        ("Remarks (12)", "Comments (12)"),
        ("You have to be logged in to publish a remark.", "You must be logged in to post a comment."),
        ("Video participant is loading.", "Video player is loading."),
        ("It is a modal window.", "This is a modal window."),
        ("This clause was originally printed by The Health Desk.",
         "This article was originally published by The Health Desk."),
        ("Share this clause", "Share this article"),
        ("This materials will not be printed, broadcast,", "This material may not be published, broadcast,"),
        ("Follow North American country on Facebook", "Follow us on Facebook"),
        ("Published 12:03, twenty-one March 2025 | Up to date: 4 March 2025",
         "Published 12:03, 21 March 2025 | Updated: 4 March 2025"),
        ("Enter your electronic mail", "Enter your email"),
        ("To look at this video please alter JavaScript, and contemplate upgrading to an internet browser",
         "To look at this video please enable JavaScript, and consider upgrading to an internet browser"),
        ("You can unsubscribe at any time. Extra data", "You can unsubscribe at any time. More info"),
        ("You may have reached your restrict of free articles this month.",
         "You've reached your limit of free articles this month."),
        ("Attain reporter Jo Marsh at jmarsh@beacon.example", "Reach reporter Jo Marsh at jmarsh@beacon.example"),
        ("Reach newsman Dario Mendes at dmendes@beacon.example",
         "Reach reporter Dario Mendes at dmendes@beacon.example"),
        ("Our Requirements: The Beacon Trust Principles.", "Our Standards: The Beacon Trust Principles."),
        ("Handle preferences", "Manage preferences"),
        ("The Associated Press contributed to the present report.", "The Associated Press contributed to this report."),
        ("CLICK HERE FOR additional WILDFIRE COVERAGE", "CLICK HERE FOR more WILDFIRE COVERAGE"),
        ("Transfer the Beacon News app for breaking news alerts.",
         "Download the Beacon News app for breaking news alerts."),
        ("Trending currently", "Trending now"),
        ("This is often a modal window.", "This is a modal window."),
        ("Fb  Twitter  Email", "Facebook  Twitter  Email"),
        ("Share this text: Facebook", "Share this article: Facebook"),
        ("This text initially appeared on The Care Report.", "This article originally appeared on The Care Report."),
        ("This text was amended on 5 March 2025 to right the figures.",
         "This article was amended on 5 March 2025 to correct the figures."),
        ("you can unsubscribe at any time. additional info", "you can unsubscribe at any time. more info"),
        ("An earlier model gave the wrong figure.", "An earlier version gave the wrong figure."),
        ("CLICK ON HERE TO DOWNLOAD THE NEWS APP", "CLICK HERE TO DOWNLOAD THE NEWS APP"),
        ("Acquired a information tip? E-mail desk@beacon.example", "Got a news tip? E-mail desk@beacon.example"),
        ("Outcomes are indicative and will not be consultant of public opinion.",
         "Results are indicative and may not reflect public opinion."),
        ("exposure: Kellan Moss for Beacon Magazine", "Photo: Kellan Moss for Beacon Magazine"),
        ("Sign on for our weekly newssheet", "Sign up for our weekly newsletter"),
        ("additional coverage", "more coverage"),
        ("scan additional", "read more"),
        ("Subjects: Greenways, flooding", "Topics: Greenways, flooding"),
        ("Subscribe currently to scan the most recent news", "Subscribe now to read the latest news"),
        ("printed Dec 02, 2026 • Last updated one hour agone • three minute browse",
         "Published Dec 02, 2026 • Last updated 1 hour ago • 3 minute read"),
        ("To read this video please change JavaScript, and take into account upgrading to an internet browser that "
         "supports hypertext markup language5 video", "To view this video please enable JavaScript, and consider "
         "upgrading to an internet browser that supports HTML5 video"),
        ("be a part of the oral communication", "join the conversation"),
        ("Additionally Learn | Metro phase two to open by Diwali", "Also Read | Metro phase two to open by Diwali"),
        ("Be part of our WhatsApp Channel for the newest information",
         "Join our WhatsApp Channel for the newest information"),
        ("Settle for and proceed", "Accept and continue"),
        ("This text is unique to subscribers.", "This article is exclusive to subscribers."),
        ("Hear to this text", "Listen to this article"),
        ("Toggle additional choices", "Toggle more options"),
        ("Register now to get pleasure from limitless entry to Warehouse Week.",
         "Register now to enjoy unlimited access to Warehouse Week."),
        ("Already registered? Signal in", "Already registered? Sign in"),
        ("This put up was amended at 14:40 to right the river height.",
         "This post was amended at 14:40 to correct the river height."),
        ("Feedback are closed on this reside weblog.", "Comments are closed on this live blog."),
        ("View authentic content material to obtain multimedia:", "View original content to download multimedia:"),
        ("This web site makes use of cookies.", "This website uses cookies."),
        ("By subscribing, you comply with our Terms of Service", "By subscribing, you agree to our Terms of Service"),
        ("Sign language up for the Morning Edition newssheet", "Sign up for the Morning Edition newsletter"),
        ("This report by The Beacon Press was initial revealed March 10, 2026.",
         "This report by The Beacon Press was first published March 10, 2026."),
        ("Subjects", "Topics"),
    ],
)
def test_furniture_rules_repair_in_any_article(spun, plain):
    assert spin.unspun(spun) == plain
    assert spin.repair(spun, spun=False)[0] == plain


@pytest.mark.parametrize(
    "text",
    [
        "Firms must comply with us on data rules, the regulator said.",
        "Players who fail to comply with UK Athletics on drug tests face bans.",
        "The new rules allow JavaScript to run in the sandbox.",
        "He spent the night surfing the net with an old net browser.",
        "The charity helps HTML coders find work.",
        "Fb, the note between E and F flat, is rarely written.",
        "He spoke on the situation of the economy.",
        "The situation of anonymous donors was discussed.",
        "The concert was performed in the video studio.",
        "Throughout our history, social clubs have closed.",
        "Scientists observe us on camera for the study.",
        "Teachers say pupils learn more: maths, reading and art.",
        "Pupils learn the full story of the war in year nine.",
        "The rate cut could signal as much as a 10% fall in mortgage costs.",
        "The policy may signal as much as the government wants.",
        "She wanted to be a part of our team.",
        "Researchers obtain the app data from the company.",
        "The publication of the report was delayed.",
        "The daily publication of figures resumed.",
        "He joined our weekly publication in 1998.",
        "The novel was printed 14 times before 1900.",
        "The boat was up to date in 2020.",
        "Associated Press",
        "Most learn to swim by the age of ten.",
        "Prime minister",
        "Extra time was needed.",
        "Commercial property prices fell.",
        "Promoting the scheme cost £2m.",
        "They received a narrative of the events in writing.",
        "The picture supply chain broke down.",
        "The Associated Press reported the figures.",
        "Associated Press",
        "Associated British Foods",
        "Connected cars are the future, he said.",
        "Extra time was played at the stadium.",
        "Additional funding was found.",
        "He will observe the talks on Twitter and in person.",
        "She reads the paper day by day, she said.",
        "The shelf was put up by volunteers.",
        "For extra security, lock the door.",
        "Guests check in at 3pm.",
        "He will check in on his mother tomorrow.",
        "The law will restrict access to the site.",
        "Things went wrong for the team in the second half.",
        "One thing went wrong: the pump failed.",
        "She would never settle for second best.",
        "He is persevering with his campaign.",
        "She wants to be a part of the talk show.",
        "His remarks were widely criticised.",
        "The feedback from parents was positive.",
        "It is a modal shift in transport policy.",
        "The clause was printed in the bill.",
        "Under this clause, the minister may act.",
        "This material will not be printed until next year.",
        "They flew to North American country music festivals.",
        "Four March 2025 dates were added to the tour.",
        "The agency will alter its JavaScript policy.",
        "You may have reached the limit of your patience.",
        "The requirements of the scheme are strict.",
        "Handle with care.",
        "Sales contributed to the present boom.",
        "Transfer the app to your new phone before you reset it.",
        "Trending currently on social media is a dance.",
        "This is often a problem for small firms.",
        "Read this text carefully before you sign.",
        "This text was written in 1850.",
        "They were right to amend the text.",
        "More information is expected next week.",
        "Additional information",
        "An earlier model of the car was recalled.",
        "Click on the link in the email.",
        "Outcomes are improving, doctors said.",
        "The exposure: radiation levels were high.",
        "He will sign on for another season.",
        "The weekly newssheet is a museum piece.",
        "Additional coverage of the match will follow on radio.",
        "Subjects taught include maths: algebra and geometry.",
        "Subscribe to the scheme by Friday.",
        "The rocks are three million years old.",
        "He was sacked six weeks ago and is out for another three months.",
        "She had a three-minute scan of her knee.",
        "Pupils who spend ten minutes learn faster, the study found.",
        "He read a 10 minute speech.",
        "To read this clip of his diary is moving, she said.",
        "Be a part of the talk show audience.",
        "Additionally, learn the rules before you play.",
        "He wants to be part of the team.",
        "Voters may settle for second place.",
        "This text is unique in the archive.",
        "They did not hear to the end.",
        "Fans get pleasure from the game.",
        "The signal in the tunnel failed.",
        "The feedback was closed to the public.",
        "She will reside in the blog's home town.",
        "The factory makes use of cookies from a local bakery.",
        "Drivers must comply with the rules.",
        "Children learn sign language at school.",
        "The rumour was first revealed by a blogger.",
        "The plan was first revealed on Monday.",
        "Subjects such as maths are compulsory.",
        "Simple Mail Transfer Protocol, or Electronic Mail as it was then known, spread fast.",
        "Letters gave way to electronic mail in the 1990s.",
    ],
)
def test_furniture_rules_leave_prose_alone(text):
    assert spin.repair(text, spun=True)[0] == text


def test_spun_footer_lines_are_boilerplate_and_prose_is_not():
    lines = [
        "Council reopens the old bridge",
        PROSE,
        "Get in contact: Electronic mail us at tips@beacon.example or name 020 7946 0123.",
        "Comply with us on Twitter @DailyBeacon and like us on Fb.",
        "Firms must comply with us on data rules, the regulator said.",
    ]
    assert spans(lines) == [("contact", 2, 2), ("social_follow", 3, 3)]
    assert spans(lines, despin=None) == []  # as written, no pattern takes them


def test_spun_page_furniture_of_each_kind_is_boilerplate():
    lines = [
        "Ferry operator cancels winter crossings",
        "Printed 14 March 2024",
        PROSE,
        "Picture caption, Volunteers clear the beach",
        PROSE,
        "Commercial",
        PROSE,
        "Learn extra: Harbour repairs to start in spring",
        "Signal as much as our every day publication",
        "Obtain our free app",
        "Go away a remark",
        "Associated Subjects",
    ]
    kinds = [(b.kind, b.first_line) for b in boilerplate.find(lines)]
    assert kinds == [("dateline", 1), ("image_credit", 3), ("advert", 5), ("related", 7), ("newsletter", 8),
                     ("app_promo", 9), ("comments", 10), ("tags", 11)]
    assert boilerplate.find(lines, despin=None) == []


def test_spun_video_notice_broken_over_lines_is_removed():
    lines = ["Council reopens the old bridge", PROSE, *SPUN_VIDEO, PROSE]
    assert spans(lines) == [("video_player", 2, 2), ("video_player", 3, 6)]


def test_process_moves_spun_furniture_out_and_records_its_repairs():
    text = "\n\n".join(["Council reopens the old bridge", PROSE, "\n".join(SPUN_VIDEO),
                       "Comply with us on Twitter @DailyBeacon and like us on Fb."])
    row = newsetl.process(text, source="t")
    assert row["paragraphs"] == [PROSE]
    assert [b["kind"] for b in row["boilerplate"]] == ["video_player", "video_player", "social_follow"]
    follow = row["boilerplate"][2]["text"]
    assert follow == "Follow us on Twitter @DailyBeacon and like us on Facebook."
    # every repair of the furniture is recorded against its field, so the raw line can be rebuilt
    edits = [e for e in row["edits"] if e["field"] == "boilerplate[2]"]
    assert undo(follow, edits) == "Comply with us on Twitter @DailyBeacon and like us on Fb."
    assert {e["rule"] for e in edits} == {"pt.follow_us_comply_with", "pt.facebook_fb"}


def undo(text: str, edits: list[dict]) -> str:
    """``text`` with its recorded edits taken back, last first."""
    for e in sorted(edits, key=lambda e: -e["start"]):
        text = text[: e["start"]] + e["before"] + text[e["end"]:]
    return text


def test_a_notice_spun_on_its_first_line_keeps_every_repair_on_record():
    notice = [
        "To read this video please change JavaScript, and take into account",
        "upgrading to an internet browser that",
        "supports hypertext markup language5",
        "video",
    ]
    row = newsetl.process("\n".join(["Council reopens the old bridge", PROSE, *notice, PROSE]), source="t")
    assert row["paragraphs"] == [PROSE, PROSE]
    [span] = row["boilerplate"]
    assert span["text"] == ("To view this video please enable JavaScript, and consider upgrading to an internet "
                            "browser that supports HTML5 video")
    edits = [e for e in row["edits"] if e["field"] == "boilerplate[0]"]
    assert undo(span["text"], edits) == " ".join(notice)  # the first line's repairs too
