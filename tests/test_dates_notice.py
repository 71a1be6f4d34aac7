"""A weekday ahead in a notice's present tense, from ``bench/probes/dates_cases11.py``:
"Tickets for Sunday are still available", "Kick-off on Sunday is at 3pm", "is next due in
court on Thursday". Read as the past weekday before, a week early."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_at

FRI, TUE = date(2025, 10, 17), date(2025, 10, 14)


def _date_of(text: str, published: date, key: str) -> str | None:
    return date_at(text, key, published)


@pytest.mark.parametrize(
    ("text", "published", "key", "want"),
    [
        ("Kick-off on Sunday is at 3pm.", FRI, "Sunday", "2025-10-19"),
        ("The start time on Sunday is 2pm.", FRI, "Sunday", "2025-10-19"),
        ("Tickets for Sunday are still available.", FRI, "Sunday", "2025-10-19"),
        ("The forecast for Sunday is dry and bright.", FRI, "Sunday", "2025-10-19"),
        ("She is next due in court on Thursday.", TUE, "Thursday", "2025-10-16"),
        # past guards: the same shapes in the past tense
        ("Kick-off on Sunday was delayed by an hour.", FRI, "Sunday", "2025-10-12"),
        ("Tickets for Sunday sold out in minutes.", FRI, "Sunday", "2025-10-12"),
        ("The forecast for Sunday was wrong.", TUE, "Sunday", "2025-10-12"),
        ("Fans who bought tickets for Sunday are angry.", FRI, "Sunday", "2025-10-12"),
        ("The crash on Sunday is being investigated.", FRI, "Sunday", "2025-10-12"),
    ],
)
def test_a_weekday_in_a_notice(text: str, published: date, key: str, want: str) -> None:
    assert _date_of(text, published, key) == want
