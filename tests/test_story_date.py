"""An undated page whose story states full dates: the latest one in its prose anchors the
relative dates, told in ``meta.warnings`` as a guess (``_extract.page_date.story_date``).
On dev gold articles with no publication date it mended 13 dates and lost none; on dev
articles whose date is known it fell within a week of it for 25 of 35."""

from __future__ import annotations

from summarizer import summarize
from summarizer._extract.page_date import story_date

# herefordvoice-damien-lucas-sentenced-92-months (dev), shortened
JAILED = (
    "Man jailed for attack on neighbour\n\n"
    "A man who attacked his neighbour with an axe was jailed for 92 months at Hereford Crown "
    "Court on Feb. 28, 2023.\n\n"
    "The attack happened last year, the court heard, after a row over a fence.\n\n"
    "He will be eligible for parole next year, the judge said on Tuesday.\n"
)


def test_the_latest_date_the_story_states_anchors_its_relative_dates() -> None:
    digest = summarize(JAILED, backend="none", cache=False)
    dates = {e.date_text: e.date for e in digest.timeline}
    assert dates["last year"] == "2022" and dates["next year"] == "2024"
    assert dates["on Tuesday"] == "2023-02-28"
    assert any("as a guess" in w and "2023-02-28" in w for w in digest.meta.warnings)


def test_the_callers_date_wins() -> None:
    digest = summarize(JAILED, backend="none", cache=False, published="2023-03-02")
    dates = {e.date_text: e.date for e in digest.timeline}
    assert dates["on Tuesday"] == "2023-02-28" and dates["next year"] == "2024"
    assert not any("as a guess" in w for w in digest.meta.warnings)


def test_no_guess_when_a_later_year_is_written_or_the_date_stands_alone() -> None:
    # a later year: the story is told from after its latest full date (a look back)
    assert story_date(JAILED.replace("next year", "in 2025")) is None
    # a date line alone is the page's stamp, which page_date reads, not the story's prose
    assert story_date("Feb. 28, 2023\n\nThe council met last week to discuss the budget.") is None
    # no full date at all
    assert story_date("The council met last week to discuss the budget for next year.") is None


def test_undated_story_with_no_full_date_leaves_weekdays_unresolved() -> None:
    digest = summarize(
        "Council delays plan\n\nThe council delayed the plan on Tuesday, members said after "
        "a long meeting about the town's budget and its roads.\n",
        backend="none", cache=False,
    )  # fmt: skip
    assert all(e.date is None for e in digest.timeline if "Tuesday" in e.date_text)
