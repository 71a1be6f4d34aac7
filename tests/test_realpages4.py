"""Shapes from the real-page probe's round 4 tuning pages (bench/probes/realpages4), each
failing before its rule, with guards from story sentences of the same shape."""

from __future__ import annotations

import pytest

from summarizer._text.chrome_reader import bio_line, page_note, reader_prompt
from summarizer._text.cleaning import clean


@pytest.mark.parametrize(
    "line",
    [
        # tuko: a shouted label, then the page asking for feedback
        "PAY ATTENTION: Leave your feedback about TUKO.co.ke. Fill in this short form. "
        "Help us serve you better!",
        # brisbanetimes: a widget's apology
        "We’re sorry, this feature is currently unavailable. We’re working to restore it. "
        "Please try again later.",
    ],
)
def test_the_page_speaking_to_its_reader(line: str) -> None:
    assert reader_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Help us find the driver who fled the scene.",  # a police appeal in a release
        "UPDATE: Police ask residents to stay indoors.",
        "The online service is currently unavailable in parts of the country.",
    ],
)
def test_story_lines_of_the_same_shape_stay(line: str) -> None:
    assert not reader_prompt(line)


def test_a_writers_bio_with_the_post_in_apposition() -> None:
    bio = (
        "Nancy Odindo, a journalist at TUKO.co.ke, brings more than three years of "
        "experience covering politics, news, and feature stories across digital and print "
        "journalism."
    )
    assert page_note(bio)
    # guard: a story's sentence naming a journalist by her post is no bio, nor is the
    # apposition enough on the story's closing line
    said = "Maria Ressa, a journalist at Rappler, said the ruling was unjust."
    assert not page_note(said) and not bio_line(said)


def test_a_headline_under_the_sites_name_and_over_a_glued_stamp() -> None:
    # vietnamvn (round 4 tuning): the site's name and motto first, the headline (a
    # question), then the source's name glued to a stamp right above the story
    page = (
        "Vietnam.vn - Nền tảng quảng bá Việt Nam\n\n"
        "What was in the secret talks between the British and Turkish Foreign Ministers?\n\n"
        "Báo Quốc TếBáo Quốc Tế27/01/2024\n\n"
        "On January 26, in Istanbul, Turkey, Foreign Minister Hakan Fidan and his British "
        "counterpart David Cameron discussed the Gaza conflict and bilateral issues.\n\n"
        "Mr Fidan and Mr Cameron held secret talks, a Turkish diplomatic source said.\n"
    )
    assert clean(page).title == (
        "What was in the secret talks between the British and Turkish Foreign Ministers?"
    )
    # guard: with nothing above the story that tells it, there is no title
    menu = page.replace(
        "What was in the secret talks between the British and Turkish Foreign Ministers?",
        "Menu Home World Sport Culture",
    )
    assert clean(menu).title is None
