"""A plan reported in the past with "would" looks ahead, also when a fixture owns the day
("said he would miss Saturday's game") and when a condition in the past follows it ("would
go ahead on Saturday even if it rained"): dates round 17, bench/probes.  A result or an
attack the day owns, and "would have", still look back."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_at

WEDNESDAY = date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "key", "want"),
    [
        ("He said the team would face Arsenal in Sunday's semi-final.", "Sunday", "2021-03-14"),
        (
            "A spokesman said Brown would chair Thursday's cabinet meeting.",
            "Thursday",
            "2021-03-11",
        ),
        ("Reports said the singer would miss Friday's concert in Paris.", "Friday", "2021-03-12"),
        (
            "Organisers said the parade would go ahead on Saturday even if it rained.",
            "Saturday",
            "2021-03-13",
        ),
        (
            "The airline said flights would resume on Monday once the runway was repaired.",
            "Monday",
            "2021-03-15",
        ),
    ],
)
def test_a_plan_reported_with_would_looks_ahead(text: str, key: str, want: str) -> None:
    assert date_at(text, key, WEDNESDAY) == want


@pytest.mark.parametrize(
    ("text", "key", "want"),
    [
        ("He said he would have voted for the bill in Tuesday's vote.", "Tuesday", "2021-03-09"),
        ("Fans said they would remember Sunday's win for years.", "Sunday", "2021-03-07"),
        (
            "Witnesses said the gunman would not stop during Monday's attack.",
            "Monday",
            "2021-03-08",
        ),
        ("The mayor said Tuesday's meeting would decide the plan.", "Tuesday", "2021-03-09"),
    ],
)
def test_what_would_follows_a_past_day_looks_back(text: str, key: str, want: str) -> None:
    assert date_at(text, key, WEDNESDAY) == want
