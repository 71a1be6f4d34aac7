"""A month with no day or year in shapes the finders did not read (dates round 14,
bench/probes): the month closing a reporting period ("in the year to October"), after "for"
or "throughout", naming an event after "the" ("since the March launch", "The December
deadline will not be met": the event takes its verb's tense); and names that stay names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_at

SEPT = date(2020, 9, 2)


def _date(text: str, key: str) -> str | None:
    return date_at(text, key, SEPT)


@pytest.mark.parametrize(
    ("text", "key", "want"),
    [
        ("Inflation hit 5% in the year to October.", "October", "2019-10"),
        ("House prices rose 3% in the 12 months to July.", "July", "2020-07"),
        ("Revenue in the quarter to June beat forecasts.", "June", "2020-06"),
        ("Figures for February were poor.", "February", "2020-02"),
        ("Work stopped throughout February.", "February", "2020-02"),
        ("The October figures showed a rise.", "October", "2019-10"),
        ("Sales since the March launch have doubled.", "March", "2020-03"),
        ("The December deadline will not be met.", "December", "2020-12"),
    ],
)
def test_a_month_alone_is_dated(text: str, key: str, want: str) -> None:
    assert _date(text, key) == want


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("May Mobility said its shuttles would return.", "May"),
        ("The March of Dimes raised $5 million.", "March"),
        ("Officers worked for August Pharma for ten years.", "August"),
        ("The company's September Group unit was sold.", "September"),
        ("The May government fell in 2019.", "May"),
    ],
)
def test_a_name_stays_a_name(text: str, key: str) -> None:
    assert _date(text, key) is None
