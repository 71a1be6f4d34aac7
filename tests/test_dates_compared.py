"""A figure compared with "a year earlier" as results are reported (dev: Digitallook's
"from the £2.13m reported a year earlier", the gold's year before publication), with guards."""

from __future__ import annotations

from datetime import date

from summarizer._extract.dates import find_time_expressions

PUB = date(2017, 11, 21)


def _dates(text: str) -> dict[str, str | None]:
    return {e.text: e.date for e in find_time_expressions(text, PUB)}


def test_a_figure_compared_with_a_year_earlier_is_of_the_year_before_publication() -> None:
    assert _dates("Profit rose to £3m from £2.13m reported a year earlier.") == {
        "a year earlier": "2016"
    }
    assert _dates("EPS was 47 cents, compared with 39 cents a year earlier.") == {
        "a year earlier": "2016"
    }
    assert _dates("It was 5% higher than a year earlier.") == {"a year earlier": "2016"}
    assert _dates("Sales were up 4% on a year earlier.") == {"on a year earlier": "2016"}


def test_a_year_earlier_in_a_story_counts_from_its_date_or_stays_undated() -> None:
    # guards: a stated year anchors it; narrative with no date and no figure stays undated
    assert _dates("He joined the firm in 2010. A year earlier, he had moved.") == {
        "in 2010": "2010",
        "A year earlier": "2009",
    }
    assert _dates("A year earlier, he had moved to Leeds.") == {}
    assert _dates("He moved to Leeds a year earlier.") == {}
    assert _dates("Two years earlier he had won 3 titles.") == {}
