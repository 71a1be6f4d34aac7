"""Shapes from the real-page probe's round 12 tuning pages (bench/probes/realpages12) and from
session 32's dev articles of eval/gold (batch 37), each failing before its rule, with guards
from story lines of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer._text.cleaning import clean

STORY = (
    "In the blink of an eye, the Ben Sivertz Arena went from a raucous building to a silent "
    "one.\n\n"
    "The Yellowknife First Air Flyers stunned a packed barn on Saturday when they scored "
    "two-and-a-half minutes into overtime of Game 5 and the playoff series was over.\n\n"
    "The Hay River side held a large shot advantage throughout both games, coach Dan Smith "
    "said."
)
CAPTION = (
    "Huskies forward Curtis Rowe gets a stick in the face courtesy of Yellowknife Flyers "
    "player Chris Cahoon."
)


def _kept(page: str) -> str:
    return clean(page).text


# hay-river-hub: a caption credited after two hyphens, then printed again over its credit
def test_a_caption_credited_after_two_hyphens_goes_and_its_copy_too() -> None:
    page = (
        f"Huskies lose nail biter in overtime\n\n\n{CAPTION}  -- Myles Dolphin\n\n"
        f"{CAPTION}\n— Myles Dolphin\n\n{STORY}"
    )
    kept = _kept(page)
    assert "Curtis Rowe" not in kept
    assert "Myles Dolphin" not in kept
    assert kept.startswith("Huskies lose nail biter in overtime\n\nIn the blink of an eye")


def test_two_hyphens_inside_a_story_sentence_are_no_credit() -> None:
    # guards: a dash between clauses, and one before a lower-case word, are the story's
    for line in (
        "The Flyers won the series -- Hay River Huskies fans were stunned.",
        "The Flyers won the series. -- and the fans went home quietly after the game.",
    ):
        page = f"Huskies lose nail biter in overtime\n\n{line}\n\n{STORY}"
        assert line.split(" --")[0] in _kept(page)


# --- session 32's dev articles of eval/gold (batch 37), each failing before its rule ---------

LEAD = (
    "City seeks public input on zoning regulations\n\n"
    "The City of Kamloops is looking to the public for thoughts on how it's zoned, and the "
    "council will hear the results in March.\n\n"
    "The city is going through its first major update to zoning bylaws in nearly two "
    "decades, said city planner Stephen Bentley.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Special to the Citizen Times",  # citizentimes: a contributor's tag
        "Login for full access to ABQJournal.com",  # abqjournal: a paywall's prompt
        "New Users: Subscribe here",  # abqjournal: a label, then a call to action
        "$1 for 3 months. Save 97%.",  # naplesnews: an offer
    ],
)
def test_a_page_line_above_the_story_goes(line: str) -> None:
    page = f"City seeks public input on zoning regulations\n\n{line}\n\n{LEAD.split(chr(10), 2)[2]}"
    assert line not in _kept(page)


def test_a_reader_asked_to_write_to_the_page_goes() -> None:
    # cornwalllive: a live blog's prompt, its handle
    line = (
        "If you've seen something going on and want us to check it out, or have a traffic "
        "update for us, please get in touch - tweet us at @CornwallLive or see our Facebook "
        "page ."
    )
    assert "tweet us" not in _kept(f"{LEAD}\n{line}\n\nThe council meets again on Monday.\n")


def test_a_police_appeal_to_get_in_touch_stays() -> None:
    # guard: an appeal to contact the police is the story's
    line = "Anyone with information should contact police on 101 or message us on Facebook."
    assert line in _kept(f"{LEAD}\n{line}\n\nThe council meets again on Monday.\n")


def test_an_images_label_glued_to_the_story_is_cut() -> None:
    # uvahealth: "STAT Madness 2024 graphic" before the lead's first word
    page = (
        "2 Major UVA Discoveries Vie for 2023’s Biggest Scientific Advancement\n\n"
        "STAT Madness 2024 graphic Two discoveries from the University of Virginia School of "
        "Medicine are competing for the title of 2023’s biggest scientific advance.\n\n"
        "The editors of prominent health news site STAT have selected 64 of last year’s most "
        "important scientific advances, said editor Jane Doe.\n"
    )
    kept = _kept(page)
    assert "graphic" not in kept
    assert "Two discoveries from the University of Virginia" in kept


def test_an_alt_text_above_the_story_goes() -> None:
    # naplesnews: a picture's description in lower case, no stop, over the lead
    page = (
        "Editorial: Collier commission finishes election remake\n\n"
        "specific date has been circled with red marker on calendar\n\n"
        "The considerable remake of local government boards that we’ve seen in Southwest "
        "Florida during a busy election year takes its final steps Tuesday.\n\n"
        "So far in 2016, we’ve seen significant leadership changes made to Naples, Marco Island "
        "and Bonita Springs city councils.\n"
    )
    kept = _kept(page)
    assert "red marker" not in kept
    assert kept.startswith("Editorial: Collier commission finishes election remake")


# kclr-bruton-promises-rescue-local-radio: a headline over its unpunctuated standfirst
KCLR = (
    "KCLR NewsNews & Sport\n"
    "Bruton promises rescue for local radio\n"
    "Communications Minister working with Broadcasting Authority\n\n"
    "Minister Richard Bruton says he will have news in the coming days for the independent "
    "radio sector.\n"
    "Stations like KCLR who are keeping their local communities informed throughout the "
    "current crisis are among those hard hit by the loss of advertising revenue.\n"
)


def test_the_first_long_line_over_a_standfirst_is_the_headline() -> None:
    cleaned = clean(KCLR)
    assert cleaned.text.startswith(
        "Bruton promises rescue for local radio\n"
        "Communications Minister working with Broadcasting Authority\n"
    )
    page = Path(__file__).parents[1] / "bench/probes/realpages12"
    cleaned = clean((page / "kclr-bruton-promises-rescue-local-radio.txt").read_text())
    assert cleaned.title == "Bruton promises rescue for local radio"


@pytest.mark.parametrize(
    "above",
    [
        "Home / News / Government & Politics",  # crgazette: breadcrumbs with their marks
        "Bruton promises rescue for local radio as crisis hits - KCLR",  # a browser's title
    ],
)
def test_a_crumb_or_a_browsers_title_over_the_headline_is_no_headline(above: str) -> None:
    # guards (dev articles crgazette-iowa-flood-damage-branstad-schouten, ruck-sam-cane-...)
    page = KCLR.replace("KCLR NewsNews & Sport\nBruton promises rescue for local radio\n", "")
    page = f"{above}\nBruton promises rescue for local radio as crisis hits\n{page}"
    cleaned = clean(page)
    assert cleaned.text.startswith("Bruton promises rescue for local radio as crisis hits\n")
    assert cleaned.title != above


def test_a_short_line_with_click_here_goes() -> None:
    # vernon-morning-star-snowfall-slippery-driving: a link's prompt under the story
    page = f"{LEAD}\nEnvironment Canada forecast for Vernon click HERE.\n"
    assert "click HERE" not in _kept(page)
