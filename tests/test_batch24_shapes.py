"""Shapes from batch 24's dev articles (eval/gold, session 26), each failing before its rule:
a video player's caption copied with its "CLOSE" button, a byline before the page's stamp,
two ministries joined by "and", and "the Qatari official said" after a participle's clause."""

from __future__ import annotations

from summarizer._text.cleaning import clean
from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

STORY = (
    "A rainstorm which moved through the area Wednesday caused flooding in the community, "
    "fire officials said.\n\nResidents were evacuated from 20 homes along the river.\n\n"
    "Crews placed sandbags along the bank through the night."
)


def test_a_video_caption_with_its_close_button_is_chrome() -> None:
    text = (
        "CLOSE Flood rain quickly wreaks havoc on Washington City homes. The Spectrum & Daily "
        "News staff\n\n" + STORY
    )
    cleaned = clean(text)
    assert "CLOSE" not in cleaned.text
    assert cleaned.text.startswith("A rainstorm")
    # guard: a lead set in capitals as some papers do stays
    lead = "CLOSE to 500 people gathered outside the town hall on Friday to protest the plan."
    assert clean(lead + "\n\n" + STORY).text.startswith(lead)


def test_a_byline_before_the_pages_stamp_goes_and_the_stamp_stays() -> None:
    text = (
        "Flooding hits Northern California area scarred by wildfire\n\nBy OLGA R. RODRIGUEZ | "
        "November 29, 2018 at 5:43 PM CST - Updated November 29 at 7:23 PM\n\n" + STORY
    )
    cleaned = clean(text).text
    assert "RODRIGUEZ" not in cleaned
    assert "November 29, 2018 at 5:43 PM CST" in cleaned


def test_two_ministries_joined_by_and_are_two() -> None:
    text = STORY + (
        "\n\nThe Government through the Ministry of Health and Ministry of Local Government and "
        "Rural Development has extended the campaign."
    )
    names = {a.name for a in actors_of(text)}
    assert {"Ministry of Health", "Ministry of Local Government and Rural Development"} <= names
    # guard: one body whose name holds "and" stays one
    text = STORY + "\n\nDerbyshire Fire and Rescue Service said crews were called at 2am."
    assert "Derbyshire Fire and Rescue Service" in {a.name for a in actors_of(text)}


def test_the_nations_official_is_the_one_titled_with_the_nation() -> None:
    text = (
        "Qatari Prime Minister and Foreign Minister Mohammed bin Abdul Rahman Al Thani stressed "
        "the importance of a ceasefire.\n\nCommenting on the issue of releasing the hostages, "
        "the Qatari official said, “Our position has been clear since October 7 to release the "
        "hostages as soon as possible,” recalling the bombing."
    )
    assert quote(quotes_of(text), "Our position").speaker == "Mohammed bin Abdul Rahman Al Thani"
    # guard: with nobody titled so, no one is named
    text = "Rain fell on Tuesday.\n\n“Our position has been clear,” the Qatari official said."
    assert quote(quotes_of(text), "Our position").speaker != "Rain"
