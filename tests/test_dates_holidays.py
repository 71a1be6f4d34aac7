"""Holidays of one date or one weekday rule, resolved by name as Christmas and Easter are:
general calendar knowledge, not read from an article (one dev article's "Halloween" came
bare, as a subject, and stays no date: a bare holiday needs a preposition)."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer._extract.calendar import holiday, nth_weekday
from summarizer._extract.dates import find_time_expressions

JUNE = date(2024, 6, 3)  # a Monday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Crowds gathered on Memorial Day.", ("on Memorial Day", "2024-05-27")),
        ("The office closed on Martin Luther King Jr. Day.",
         ("on Martin Luther King Jr. Day", "2024-01-15")),
        ("Stores were shut on Presidents' Day.", ("on Presidents' Day", "2024-02-19")),
        ("They married on Valentine’s Day.", ("on Valentine’s Day", "2024-02-14")),
        ("The pub was full on St. Patrick's Day.", ("on St. Patrick's Day", "2024-03-17")),
        ("Marches were held on Anzac Day.", ("on Anzac Day", "2024-04-25")),
        ("Sales began on Boxing Day.", ("on Boxing Day", "2023-12-26")),  # nearest, as Christmas
        ("The fireworks are set for the Fourth of July.", ("the Fourth of July", "2024-07-04")),
        ("The union marched last Labor Day.", ("last Labor Day", "2023-09-04")),
        ("He spoke on Veterans Day 2019.", ("on Veterans Day 2019", "2019-11-11")),
        ("The shop has been open since Juneteenth.", ("since Juneteenth", "2024-06-19")),
    ],
)  # fmt: skip
def test_named_holidays_resolve(sentence: str, expected: tuple[str, str]) -> None:
    assert [(e.text, e.date) for e in find_time_expressions(sentence, JUNE)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Memorial Day Parade drew crowds.",  # a name: a capitalised word follows
        "She wore a Halloween costume.",  # bare, no preposition
        "Halloween came early to the high street.",
        "Fireworks marked Independence Day.",  # each country's own day: not listed
        "The film Independence Day opened.",
    ],
)
def test_names_that_hold_a_holiday_are_no_dates(sentence: str) -> None:
    assert find_time_expressions(sentence, JUNE) == []


def test_weekday_rules() -> None:
    assert nth_weekday(2025, 5, 0, -1) == date(2025, 5, 26)  # Memorial Day
    assert nth_weekday(2025, 9, 0, 1) == date(2025, 9, 1)  # Labor Day
    assert nth_weekday(2023, 12, 0, -1) == date(2023, 12, 25)  # a December's last Monday
    assert holiday("MLK Day", 2025) == date(2025, 1, 20)
    assert holiday("Saint Patrick’s Day".replace("’", "'"), 2025) == date(2025, 3, 17)
