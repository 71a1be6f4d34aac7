"""Rules written from the tuning half of ``bench/probes/realpages`` (real pages as stored,
annotated by helpers who never ran the code); each test fails on the code before its rule,
with guards. The held-out half is only scored (``bench/probes/README.md``)."""

from __future__ import annotations

from summarizer._text.cleaning import clean

STORY = (
    "TALLAHASSEE, Fla., April 30 (Reuters) - The worst floods in decades deluged roads and "
    "engulfed homes and cars in Florida's Panhandle and coastal Alabama on Wednesday, the "
    "latest mayhem created by a tornado-packing storm system that has killed at least 34 "
    "people this week.\n\n"
    "Florida Governor Rick Scott declared a state of emergency for 26 counties inundated by "
    "rain as severe thunderstorms raced across the northern part of the state."
)


def test_a_row_right_above_the_story_does_not_take_the_headline_with_it() -> None:
    # thomson-reuters-foundation-florida-floods: the walk from the story up took the share
    # row for the headline and dropped everything headline-shaped above it, the headline too
    page = (
        "Thomson Reuters Foundation\n\nInform - Connect - Empower\n\n"
        "Floods batter U.S. Southeast reeling from deadly tornadoes\n\n"
        "Source: Reuters - Wed, 30 Apr 2014 19:59 GMT\nAuthor: Reuters\n"
        "Tweet Recommend Google + LinkedIn Email Print\nLeave us a comment\n\n"
        "By Bill Cotterell\n\n" + STORY
    )
    got = clean(page)
    assert "Floods batter U.S. Southeast reeling from deadly tornadoes" in got.text
    assert "Inform - Connect - Empower" not in got.text  # above it: still the site's


def test_a_rival_must_share_more_of_the_story_than_the_line_the_walk_took() -> None:
    # guard: another story's headline above the page's own shares less of the story: it
    # goes, as before
    page = (
        "Council approves new parking fees for the city centre\n\n"
        "Floods batter U.S. Southeast reeling from deadly tornadoes\n\n" + STORY
    )
    got = clean(page)
    assert got.title == "Floods batter U.S. Southeast reeling from deadly tornadoes"
    assert "parking" not in got.text
    # guard: a breadcrumb that repeats the headline ties with it: the headline stays alone
    crumb = "HomeWeatherFloods batter U.S. Southeast reeling from deadly tornadoes"
    got = clean(f"{crumb}\n\nFloods batter U.S. Southeast reeling from deadly tornadoes\n\n{STORY}")
    assert crumb not in got.text


def test_a_paragraph_of_one_and_two_word_lines_is_not_the_lead() -> None:
    # tribune-india-punjab-farmers-chandigarh-protest ("DT" / "PT" / "search-icon-img" over
    # the headline) and broomead-asx-reporting-season-updates ("Home"): the first
    # paragraph's first line was read as the would-be title, found no title, and the page
    # had none (the walk from the story up, which drops such lines above the headline,
    # stopped at the caption or standfirst between them)
    head = "Floods batter U.S. Southeast reeling from deadly tornadoes"
    dek = "Headshot of Simone Grogan\nReporting season continues.\n\n"
    assert clean(f"DT\nPT\nsearch-icon-img\n\n{head}\n\n{dek}{STORY}").title == head
    assert clean(f"Home\n\n{head}\n\n{dek}{STORY}").title == head
    # guard: a three-word first line is still read as the would-be title (a section name
    # over a story with no headline gives no title, as before)
    assert clean(f"Press Releases Archive\n\n{STORY}").title is None
