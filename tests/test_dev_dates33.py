"""Date shapes and bodies from session 33's reading of batch 40's dev articles (eval/gold),
each failing before its rule but the guards: a month before an event's noun after any
lower-case word ("a pre-session January meeting") is a date; "Institutes", "Schools" and
"School District" end a body's name ("National Institutes of Health", "Shelby County
Schools"); a line closed by a picture's credit in brackets is a caption, dropped whole."""

from __future__ import annotations

from summarizer._text.cleaning import clean
from tests.support import actor_types, timeline_of

# adn-anchorage-legislative-caucus-quiet-meeting, published 2015-01-10
CAUCUS = "This is only the second time that a pre-session January meeting has happened, Tuck said."


def test_a_month_before_an_events_noun_is_a_date() -> None:
    assert ("January", "2015-01") in timeline_of(CAUCUS, "2015-01-10")


def test_a_month_that_is_a_name_stays_a_name() -> None:
    # guard: "May" and "June" are names and verbs too; only "the" makes them a month here
    text = "The board heard that Prime Minister May meeting the unions went well, Tuck said."
    assert all(d != "2015-05" for _t, d in timeline_of(text, "2015-01-10"))


def test_plural_heads_end_a_bodys_name() -> None:
    # fiercebiotech-trump-nih-budget-cut-2026, chalkbeat-tennessee-launch-letter-2014
    found = actor_types(
        "President Donald Trump's budget slashes funds for the National Institutes of Health "
        "(NIH) by $17.97 billion. We wrote about change in Shelby County Schools and the "
        "Achievement School District."
    )
    assert found["National Institutes of Health"] == "organization"
    assert found["Shelby County Schools"] == "organization"
    assert found["Achievement School District"] == "organization"


# hechingerreport-newark-principal-glover-quitman-renew
CAPTION = (
    "Newark principal keeps his school running\n\n"
    "NEWARK—This is what Erskine Glover considers a lazy Wednesday morning: he wakes up at 5 "
    "a.m. instead of 4 a.m.\n\n"
    "Erskine Glover, making an announcement over the school loud speaker, had to trade dress "
    "shoes for sneakers as he’s facing hip surgery. (Photo by Amanda Brown/NJ Spotlight)\n\n"
    "Glover is curious what schedules are like for principals in places that don’t face as "
    "many challenges as Quitman."
)


def test_a_line_closed_by_a_photo_credit_is_a_caption() -> None:
    text = clean(CAPTION).text
    assert "loud speaker" not in text and "Photo by" not in text
    assert "Glover is curious" in text


def test_a_credit_inside_a_line_is_cut_from_it() -> None:
    # guard: a credit in brackets inside the story's line goes, the line stays
    text = clean(
        CAPTION.replace(
            "(Photo by Amanda Brown/NJ Spotlight)\n\nGlover is curious",
            "\n\nGlover (Photo by Amanda Brown) is curious",
        )
    ).text
    assert "Glover is curious" in text and "Photo by" not in text
