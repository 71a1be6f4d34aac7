"""Shapes from the real-page probe's round 9 tuning pages (bench/probes/realpages9) and one
of round 7's, each failing before its rule, with guards from story lines of the same shape."""

from __future__ import annotations

import pytest

from summarizer._text.cleaning import clean

MATCH = (
    "A GAME of two halves? That does not even begin to illustrate the lopsided nature of "
    "this contest between London and Leitrim.\n\n"
    "It was more like a time trial: with the wind at their backs either side had the chance "
    "to attack.\n\n"
    "A Kevin Conlon free brought Leitrim's arrears to just a point late on, but London held on."
)
HEADLINE = "Dogged London on the march to Connacht final"


def test_the_headline_stands_over_the_byline_not_under_it() -> None:
    # irish-post: headline, byline, a photo's caption, story; the walk up from the story
    # took the caption for the headline
    caption = "London celebrate their victory over Leitrim"
    page = f"{HEADLINE}\n\nBy Ronan Early at Dr Hyde Park\n\n{caption}\n\n{MATCH}"
    assert clean(page).title == HEADLINE


def test_the_headline_over_a_writers_name_and_standfirst() -> None:
    # waterford-live: headline, the writer's name twice, standfirst, caption, story
    story = (
        'Gardaí are appealing for vehicle owners to "park smart" following five thefts from '
        "cars in Cahir, Tipperary.\n\n"
        "The incidents happened between September 4-6, where cash and sunglasses were stolen."
    )
    head = "BEWARE: Gardaí issue warning after car theft spree in South East town"
    page = (
        f"{head}\n\nDylan White\n\n\nDylan White\n\n\n"
        "Five thefts from cars in Tipperary at the weekend\n\n"
        f"Gardaí investigating theft from cars in Cahir, Tipperary\n\n{story}"
    )
    cleaned = clean(page)
    assert cleaned.title == head
    assert head in cleaned.text


def test_a_label_over_the_byline_is_no_headline() -> None:
    # guards: a site's tagline over the byline tells nothing of the story; a release's number
    # alone is no writer's name (sec-whistleblower)
    page = f"Ireland's Voice in Britain\n\nBy Ronan Early\n\n{HEADLINE}\n\n{MATCH}"
    assert clean(page).title == HEADLINE
    release = (
        "July 2024 Press Releases\n\nSEC-PR-2024-90\n\n"
        "Securities and Exchange Commission Awards Whistleblower More Than $37 Million\n\n"
        "The Securities and Exchange Commission today announced an award of more than $37 "
        "million to a whistleblower.\n\nThe whistleblower persisted in reporting the "
        "misconduct internally, the Commission said."
    )
    assert clean(release).title == (
        "Securities and Exchange Commission Awards Whistleblower More Than $37 Million"
    )


@pytest.mark.parametrize(
    "line",
    [
        "A file photo of a Bendigo council meeting.",  # bendigo-advertiser
        "Magistrates’ Court (File photograph)",  # royalgazette
    ],
)
def test_captions_go(line: str) -> None:
    cleaned = clean(f"{MATCH}\n\n{line}\n\n{MATCH}")
    assert line not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Published : Sunday, 19 June, 2022 at 12:00 AM  Count : 147",  # daily-observer-bd
        "Health minister Jane Ruth Aceng. Photo | File",  # monitor-uganda
    ],
)
def test_a_stamp_with_its_counter_and_a_credit_under_the_headline_go(line: str) -> None:
    cleaned = clean(f"{HEADLINE}\n\n{line}\n\n{MATCH}")
    assert "Count : 147" not in cleaned.text and "Photo | File" not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "A file photo of the crash was released by police on Monday, showing both cars.",
        "The count of votes published on Sunday showed London ahead by 147.",
    ],
)
def test_story_lines_with_the_same_words_stay(line: str) -> None:
    # guards: "a file photo of" opening a sentence of the story's; a stamp's words in prose
    assert line in clean(f"{MATCH}\n\n{line}\n\n{MATCH}").text
