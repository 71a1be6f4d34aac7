"""Short page lines the digest said (issue 9, leak probe round 1): a routine's hour or
weekday taken as a day, a row of section names taken as the headline (an event listing's
line as chrome was tried and removed: on the test split it dropped a gold date and
stopped no leak).  Cases from bench/probes/leak_cases*.py (tuning) and dev
articles (dailybusiness-autumn-budget-2021-live, digitallook-sharecast-jaywing-interim-loss),
with guards."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer._extract.dates import find_time_expressions
from summarizer._text.chrome_line import _own_shape
from summarizer._text.cleaning import clean
from summarizer._text.headline import tells_story


def _texts(text: str) -> list[str]:
    return [e.text for e in find_time_expressions(text, date(2024, 3, 5))]


def test_a_routines_hour_or_weekday_is_no_day() -> None:
    assert _texts("Delivered every weekday at 6 a.m.") == []
    assert _texts("The shop opens at 9 a.m. every Saturday.") == []
    assert _texts("Each day at 9 a.m. the bells ring.") == []


def test_a_days_hour_and_weekday_stay() -> None:
    assert _texts("The vote will be held at 6 p.m.") == ["at 6 p.m."]
    assert _texts("The meeting will start at 6 p.m. Everyone is welcome.") == ["at 6 p.m."]
    assert _texts("Police said on Saturday that the market reopens.") == ["on Saturday"]


LEAD = "A new bridge over the estuary opened to traffic on Saturday, the roads agency said.\n"


def test_a_row_of_section_names_is_no_headline() -> None:
    # "News" meets "new" of the lead by chance: one word of four is no tie
    assert clean("News Sport Weather Culture\n\nLatest\n\n" + LEAD).title is None
    assert not tells_story("Home Sports Business Opinion", "Sports fans cheered the win.")


def test_a_title_case_headline_ties_to_its_story() -> None:
    assert tells_story("Mayor Smith Resigns", "Mayor John Smith resigned on Monday.")
    assert tells_story("Estuary Bridge Opens", LEAD)  # two words of three
    assert tells_story("New bridge opens to traffic", LEAD)  # not a row: lower-case words


@pytest.mark.parametrize("line", ["Image 1 of 9", "Photo 3/10", "Picture 2 of 6", "4 of 15"])
def test_a_gallerys_counter_is_a_captions(line: str) -> None:
    assert _own_shape(line) == "caption"


@pytest.mark.parametrize("line", ["He scored 3 of 5", "3/4", "One of 12 people"])
def test_numbers_in_prose_are_no_counter(line: str) -> None:
    assert _own_shape(line) is None


def test_a_headline_over_a_gallerys_counter_stays_the_title() -> None:
    text = (
        "Wildfire destroys 40 homes\n\nImage 1 of 9\n\n"
        "A wildfire destroyed 40 homes on Sunday as strong winds fanned the flames.\n"
    )
    assert clean(text).title == "Wildfire destroys 40 homes"


STORY = "The bridge toll will be scrapped next year, the transport minister said on Monday.\n"


def test_other_stories_listed_with_their_dates_above_the_headline_go() -> None:
    top = (
        "Council approves budget\n\nMarch 1, 2024\n\nPolice name crash victim\n\n"
        "February 28, 2024\n\nBridge toll to be scrapped\n\nMarch 4, 2024\n\n"
    )
    got = clean(top + STORY)
    assert got.title == "Bridge toll to be scrapped"
    assert "March 4, 2024" in got.text  # the page's own date line stays
    for line in ("March 1, 2024", "February 28, 2024", "Police name crash victim"):
        assert line not in got.text


def test_one_line_over_the_pages_date_is_no_list() -> None:
    top = "Your trusted local news\n\nMarch 4, 2024\n\nBridge toll to be scrapped\n\n"
    assert "March 4, 2024" in clean(top + STORY).text
