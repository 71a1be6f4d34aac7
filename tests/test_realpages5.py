"""Shapes from the real-page probe's round 5 tuning pages (bench/probes/realpages5), each
failing before its rule, with guards from story lines of the same shape."""

from __future__ import annotations

import pytest

from summarizer._text.cleaning import clean

STORY = (
    "Bridgestone Southern Africa has announced that its truck tyres are now made in Brits.\n\n"
    "The move is in line with the company's strategy, says Dries Venter, its technical "
    "manager.\n\n"
    "Venter says that the tyres have several advantages over cheaper competitors."
)

# logistics-african-magazine: a widget's other stories, each title and summary cut short
TEASERS = (
    "Enhancing energy efficiency and...\n\n"
    "To increase energy efficiency and help reduce the climate footprint of the mining...\n\n"
    "Energy, water efficiency key...\n\n"
    "Achieving Weir’s ambitious sustainability goals requires active participation from "
    "every region and site..."
)
HEADLINE = "Firestone FD833 and FS833 tyres now made for South African road conditions"


def test_a_run_of_teasers_cut_short_goes() -> None:
    cleaned = clean(f"{TEASERS}\n\n{STORY}")
    assert "mining..." not in cleaned.text and "key..." not in cleaned.text
    assert cleaned.text.startswith("Bridgestone")


def test_a_headline_twice_around_a_counter_is_the_title() -> None:
    # logistics-african-magazine: the headline, its comments counter, the headline again
    cleaned = clean(f"{TEASERS}\nHome Blog Page 84\n\n{HEADLINE}\n\n0\n\n{HEADLINE}\n\n{STORY}")
    assert cleaned.title == HEADLINE and "mining..." not in cleaned.text


def test_a_headline_cut_short_is_the_title() -> None:
    # dc-velocity: "Trucking prospects improve, but ..."
    title = "Trucking prospects improve, but ..."
    story = (
        "The prospects are much better for trucking companies than they were two years ago. "
        "Yet those running them still have concerns.\n\n"
        "Rob Estes, president of Estes Express Lines, said he expected 2012 to be a good year."
    )
    cleaned = clean(f"Latest Stories\n\nnewsworthy\n\n{title}\n\n{story}")
    assert cleaned.title == title


@pytest.mark.parametrize(
    "line",
    [
        "Adobe Flash player 9 is required to view this video",  # tribune242
        "Connect with us",  # investors-king
        "Digital Edition",  # noosatoday
    ],
)
def test_widgets_and_page_links_go(line: str) -> None:
    assert line not in clean(f"{line}\n\n{STORY}").text  # above the story
    assert line not in clean(f"{STORY}\n\n{line}\n\n{STORY.upper()}").text


def test_the_comments_under_add_your_comment_go() -> None:
    # shetlandtimes: "Add Your Comment", then a reader's name, stamp and comment
    page = (
        f"{STORY}\n\nAdd Your Comment\n  • Duncan Simpson\n\n    • June 15th, 2015 17:39\n\n"
        "    How about getting the Scottish Government to roll out the scheme?"
    )
    assert "How about" not in clean(page).text and "Duncan" not in clean(page).text


def test_more_top_stories_opens_a_list() -> None:
    # westmorlandgazette: "MORE TOP STORIES:" and the headlines under it
    page = f"{STORY}\n\nMORE TOP STORIES:\n\nCouncil approves new budget for 2025"
    assert "MORE TOP STORIES" not in clean(page).text


def test_a_story_line_trailing_off_stays() -> None:
    # guards: one line ending in an ellipsis is no run of teasers; a quoted one stays too
    line = "He paused, looked at the crowd and said he would think about it..."
    assert line in clean(f"{STORY}\n\n{line}\n\n{STORY.upper()}").text
    quoted = '"We will see..."\n\n"Maybe next year..."\n\n"Who knows..."'
    assert '"Who knows..."' in clean(f"{STORY}\n\n{quoted}\n\n{STORY.upper()}").text


def test_a_caption_twice_in_one_paragraph_under_the_headline_goes() -> None:
    # stabroeknews: the headline, then an image's alt text and its caption a line apart
    headline = "Trinidad cops kill 3 in forest shootout"
    caption = "A police officer speaking to residents at the scene"
    page = (
        f"{headline}\n\n{caption}\n{caption}\n\n(Trinidad Guardian) Three people were killed "
        "and one injured in two separate police-involved shootings in east Trinidad "
        "yesterday.\n\nPolice officers have also launched a manhunt for two other suspects."
    )
    cleaned = clean(page)
    assert cleaned.title == headline and caption not in cleaned.text
    # guards: the headline written twice above the story stays once, under a menu's word too
    story = page.split(chr(10) * 2, 2)[2]
    for top in ("", "Home\n\n"):
        twice = clean(f"{top}{headline}\n{headline}\n\n{story}")
        assert twice.title == headline and twice.text.count(headline) == 1
