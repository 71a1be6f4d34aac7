"""Chrome round 4: newsroom notes and page widgets that regional and wire pages carry
(summarizer/_text/chrome_notes.py and the rules beside it).

The chrome lines come from bench/probes/chrome_tune4.txt; each sits between two
paragraphs of a story, where no rule of position helps.  The guards are story sentences
of the same words (edited by, views, app, follow, source, corrections) that must stay.
"""

from __future__ import annotations

import pytest

from summarizer._text.chrome_notes import note_shape
from summarizer._text.cleaning import clean

STORY = (
    "Thousands of residents along the river were ordered to leave their homes on Wednesday, "
    "officials said.\n\n"
    "The river crested at 64.2 feet late Tuesday, according to the National Weather Service."
)
END = "Officials said it could take weeks to assess the damage to roads and bridges."


def _cleaned(block: str) -> str:
    return clean(f"{STORY}\n\n{block}\n\n{END}").text


@pytest.mark.parametrize(
    "line",
    [
        # who edited or fed the story: a credit's verb and a name, alone on a line
        "Edited by Chandrashekar Srinivasan",
        "With files from Reuters",
        "—WITH A REPORT FROM INQUIRER RESEARCH",
        "Source: Reuters/ec",
        "sah/lth",
        # a picture's credit in brackets, and a picture's note
        "(Supplied: Queensland Police)",
        "(Nathan Denette/The Canadian Press)",
        "Image used for representational purpose only.",
        # a paragraph in brackets about the page or its writer
        "(This story has not been edited by Business Standard staff and is auto-generated "
        "from a syndicated feed.)",
        "(The author is a professor of economics at Jawaharlal Nehru University. "
        "Views are personal.)",
        # disclaimers, corrections, the print edition's line
        "Disclaimer: The opinions expressed within this article are the personal opinions of "
        "the author. The facts and opinions appearing in the article do not reflect the views "
        "of NDTV and NDTV does not assume any responsibility or liability for the same.",
        "This article was amended on 3 February 2024. An earlier version said the bridge "
        "opened in 1974; it opened in 1976.",
        "Published in Dawn, March 12th, 2024",
        # an asking verb naming a channel
        "Stay up to date with the latest news. Follow KT on WhatsApp Channels.",
        "Join ST's WhatsApp Channel and get the latest news and must-reads.",
        "Catch all the Business News, Market News, Breaking News Events and Latest News "
        "Updates on Live Mint. Download The Mint News App to get Daily Market Updates.",
        "Continue in App",
        # a link row scraped without its spaces
        "CBC's Journalistic Standards and Practices|About CBC News",
    ],
)
def test_newsroom_notes_go(line: str) -> None:
    assert note_shape(line) is not None
    assert line not in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "The documentary was produced by the BBC and directed by Asif Kapadia.",
        "The report, written by two former auditors-general, found gaps in the accounts.",
        "The UPI app processed a record 13 billion transactions in March, the payments body said.",
        "The broadcaster issued an on-air correction and apology on Tuesday evening.",
        "The union's weekly newsletter, sent to 90,000 members, called for a strike.",
        "Follow-up inspections found the app had been removed from the store.",
        "(The company did not respond to a request for comment.)",
        "The views expressed in the letter are those of the author, the minister said.",
        "Join the queue early, the organisers told fans travelling by train.",
    ],
)
def test_story_lines_of_the_same_words_stay(line: str) -> None:
    assert note_shape(line) is None
    assert line in _cleaned(line)


@pytest.mark.parametrize(
    "block",
    [
        "We value your privacy\nWe and our partners use cookies to store and access personal "
        "data such as browsing data for purposes such as serving and personalising content and "
        "advertising and analysing site traffic.\nI Accept\nShow Purposes",
        "This is a Premium article\nSubscribe to read the full story\nExisting subscriber? Log in",
        "Skip youtube video by Sky News\nAllow YouTube content?\nThis article contains content "
        "provided by Google YouTube. We ask for your permission before anything is loaded, as "
        "they may be using cookies and other technologies.\nAccept and continue\nWarning: Third "
        "party content may contain adverts\nEnd of youtube video by Sky News",
    ],
)
def test_widget_paragraphs_with_a_button_go(block: str) -> None:
    kept = _cleaned(block)
    assert not [ln for ln in block.splitlines() if ln in kept]


def test_a_story_paragraph_about_cookies_and_consent_stays() -> None:
    block = (
        "Websites must now ask before setting advertising cookies, under rules that take "
        "effect in July.\nThe regulator said firms that fail to get consent face fines.\n"
        "The committee voted to reject all amendments."
    )
    kept = _cleaned(block)
    assert all(ln in kept for ln in block.splitlines())


@pytest.mark.parametrize(
    "line",
    [
        "ANI | Updated: Feb 21, 2024, 22:10 IST",  # a wire's name before the stamp
        "Posted 21h ago21 hours ago, updated 5m ago5 minutes ago",  # a unit glued: "21h"
        "Show 3 new updates",  # a live blog's button
        "Support PREMIUM TIMES' journalism of integrity and credibility",  # a possessive
    ],
)
def test_stamps_and_live_blog_controls_go(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "Shortly after 14:05, the rescue helicopter landed.",
        "Police | The force said 21 officers were hurt on Tuesday.",
        "The minister promised updates on the inquiry within 3 weeks.",
    ],
)
def test_story_lines_with_clocks_and_updates_stay(line: str) -> None:
    assert line in _cleaned(line)


def test_a_match_result_closing_the_story_stays() -> None:
    line = "Auckland FC 3 Wellington Phoenix 1"  # no other story's headline
    assert line in clean(f"{STORY}\n\n{END}\n\n{line}").text


def test_other_headlines_after_the_story_still_go() -> None:
    line = "Petrol Prices Hit Two-Year High In Wellington"
    assert line not in clean(f"{STORY}\n\n{END}\n\n{line}").text


def test_a_glued_row_with_a_date_stays() -> None:
    assert note_shape("By Jane Doe|Updated March 4, 2024") is None  # the page's clock
