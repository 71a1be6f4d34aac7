"""Page lines from session 35's reading of batch 45's dev articles (eval/gold), each failing
before its rule but the guards: a byline naming no one ("Posted By on Thu, Aug 8, 2019 at
1:58 PM"), the caption printed again under "click to enlarge <caption>", an outlet's staff
as the byline with an ampersand in its name, a sponsor's "brought to you by" line and a
link's "Read the press release here." are chrome; story lines that read so stay."""

from __future__ import annotations

from summarizer._text.cleaning import clean

STORY = (
    "The man lovingly referred to by friends and family as “Mr. NAU” will be remembered at a "
    "service at 11 a.m. Saturday, Aug. 10, at Saints Peter and Paul Catholic Church.\n\n"
    "Borozan worked at the university for more than six decades, the school said on Thursday."
)


def test_a_stamp_with_an_empty_byline_and_a_short_weekday_is_chrome() -> None:
    # tucsonweekly-sam-borozan-mr-nau-dies
    cleaned = clean("Mr. NAU dies at 91\n\nPosted By on Thu, Aug 8, 2019 at 1:58 PM\n\n" + STORY)
    assert "Posted By" not in cleaned.text
    assert "Saints Peter and Paul" in cleaned.text


def test_a_caption_printed_again_under_its_enlarge_control_is_chrome() -> None:
    # tucsonweekly-sam-borozan-mr-nau-dies
    page = "Mr. NAU dies at 91\n\nclick to enlarge Sam Borozan: 1928-2019\nSam Borozan: 1928-2019\n"
    cleaned = clean(page + STORY)
    assert "1928-2019" not in cleaned.text
    assert "Borozan worked at the university" in cleaned.text


def test_the_staff_of_an_outlet_with_an_ampersand_is_a_byline() -> None:
    # sentinelandenterprise-top-local-stories-2016-marcotte
    page = "Top local stories of 2016\n\nSentinel & Enterprise staff\n\n" + STORY
    cleaned = clean(page)
    assert "Enterprise staff" not in cleaned.text
    # guard: a sentence naming a firm's staff stays
    kept = clean(STORY + "\n\nSmith & Wesson staff were told of the closure on Monday.")
    assert "Smith & Wesson staff were told" in kept.text


def test_a_sponsor_line_and_a_links_words_are_chrome() -> None:
    # dnainfo-tunney-block-clubs-lakeview-crime
    page = (
        "The DNAinfo archives brought to you by WNYC.\nRead the press release here.\n\n"
        "Tunney Calls On Neighbors to Form More Block Clubs to Fight Crime\n\n"
    )
    cleaned = clean(page + STORY)
    assert "brought to you" not in cleaned.text
    assert "press release here" not in cleaned.text
    # guards: a sponsor named inside a story's sentence; "here" closing a story's sentence
    story = (
        STORY + "\n\nThe concert, brought to you by the city's arts council and three local "
        "sponsors, drew 4,000 people on Saturday.\n\nPolice said they found the car here."
    )
    kept = clean(story).text
    assert "brought to you by the city's arts council" in kept
    assert "found the car here" in kept


def test_a_student_papers_tagline_is_chrome() -> None:
    # goldengatexpress-walkout-class-cuts-tuition-2023 (dev) and real pages round 20's
    # daily-wildcat-regents-tuition-protesters (tuning half): the site template's tagline
    page = (
        "The Daily Wildcat\nThe Student News Site of University of Arizona\n\n"
        "Regents approve tuition rise as protesters gather\n\n"
    )
    cleaned = clean(page + STORY)
    assert "Student News Site" not in cleaned.text
    assert cleaned.text.startswith("Regents approve tuition rise as protesters gather")
    # guard: a story's sentence about such a site stays
    kept = clean(STORY + "\n\nThe Student News Site of Acme won an award, the paper said.")
    assert "The Student News Site of Acme won an award" in kept.text
