"""Dates round 19 (bench/probes/dates_heldout19.py, held out first): weekdays as British,
Irish and Indian pages write them ahead ("on Thursday week", "a week on Sunday", "on
Wednesday next"), "this Monday" in a clause that looks ahead, a club's plural present
("City host Burnley on Tuesday"), a schedule's participle in an apposition ("The ruling,
expected on Wednesday,"), and a listing's label ("Next round: Thursday")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_at

MONDAY = date(2022, 5, 9)
THURSDAY = date(2022, 9, 15)
SATURDAY = date(2023, 4, 1)
SUNDAY = date(2023, 8, 20)


@pytest.mark.parametrize(
    ("text", "key", "ref", "want"),
    [
        ("The committee will meet again on Thursday week.", "Thursday", SUNDAY, "2023-08-31"),
        ("The exhibition closes a week on Sunday.", "Sunday", MONDAY, "2022-05-22"),
        ("The matter has been listed for hearing on Wednesday next.", "Wednesday", SATURDAY,
         "2023-04-05"),
        ("The minister will visit the flood zone this Monday.", "Monday", THURSDAY, "2022-09-19"),
        ("City host Burnley on Tuesday, with a place in the top four at stake.", "Tuesday",
         SATURDAY, "2023-04-04"),
        ("The ruling, expected on Wednesday, could force a new election.", "Wednesday", MONDAY,
         "2022-05-11"),
        ("The union walked out of talks last week. Next round: Thursday, at the conciliation "
         "service.", "Thursday", MONDAY, "2022-05-12"),
        ("The pop-up shop is open all weekend. Last day: Monday.", "Monday", SATURDAY,
         "2023-04-03"),
    ],
)  # fmt: skip
def test_a_weekday_ahead_as_pages_write_it(text: str, key: str, ref: date, want: str) -> None:
    assert date_at(text, key, ref) == want


@pytest.mark.parametrize(
    ("text", "key", "ref", "want"),
    [
        # a week and "next" that are no part of the day
        ("Police said on Sunday the week had been quiet.", "Sunday", SUNDAY, "2023-08-20"),
        ("The shop on Monday next to the station closed.", "Monday", THURSDAY, "2022-09-12"),
        ("The minister visited the flood zone this Monday.", "Monday", THURSDAY, "2022-09-12"),
        ("City hosted Burnley on Tuesday and won 3-0.", "Tuesday", SATURDAY, "2023-03-28"),
        ("The ruling was expected on Wednesday but did not come.", "Wednesday", MONDAY,
         "2022-05-04"),
        ("Last seen: Saturday evening, near the harbour.", "Saturday", SUNDAY, "2023-08-19"),
    ],
)  # fmt: skip
def test_guards_stay_where_they_were(text: str, key: str, ref: date, want: str) -> None:
    assert date_at(text, key, ref) == want
