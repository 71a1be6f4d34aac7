"""Shapes from the real-page probe's round 14 tuning pages (bench/probes/realpages14), each
failing before its rule, with guards from story lines of the same shape."""

from __future__ import annotations

from summarizer._text.cleaning import clean

STORY = (
    "The next time the Montgomery County Board of Education meets, the members will announce "
    "who they have selected to become the next superintendent.\n\n"
    "Asked about the agenda item for next Tuesday's school board meeting, spokesman Chris "
    "Cram said the board will appoint a new superintendent.\n"
)
HEADLINE = "Montgomery Co. board of education to name new superintendent"


def test_a_ticker_of_titles_and_a_byline_with_an_address_go() -> None:
    # wtop-montgomery-board-new-superintendent: the walk stopped at the byline, so no title
    ticker = (
        "OLYMPICS NEWS: Opening ceremony details | Russia's Putin in Beijing for Olympics | "
        "Downhill skiing session update | NBC to call action from US | Meet local Olympians"
    )
    byline = "Kate Ryan | kryan@wtop.com\n\nFebruary 2, 2022, 1:50 PM"
    page = f"{ticker}\n{HEADLINE}\n\n{byline}\n\n{STORY}"
    cleaned = clean(page)
    assert cleaned.title == HEADLINE
    assert "OLYMPICS" not in cleaned.text
    assert "kryan@wtop.com" not in cleaned.text


def test_a_sentence_with_bars_stays() -> None:
    # guard: a story line quoting a list with bars is long and ends as a sentence
    line = (
        "The ballot listed the options as Yes | No | Abstain | Undecided, and most voters chose "
        "the first of them, officials said."
    )
    assert line in clean(f"{HEADLINE}\n\n{STORY}\n{line}\n").text


def test_where_the_post_first_appeared_goes() -> None:
    # voice-of-san-diego-council-slams-brakes-housing
    note = "This post first appeared in the Nov. 14 Morning Report."
    assert note not in clean(f"{HEADLINE}\n\n{note}\n\n{STORY}").text
