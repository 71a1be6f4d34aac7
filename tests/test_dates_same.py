""" "The same day", "that same year" count from the date the paragraph stated before, as "that
day" does (dates round 15, bench/probes; the seed: "Tuesday, the White House declassified
... The same day, Russia pushed back"); alone, or as "the same day as <an event>", "the same
year-ago period", they name no date."""

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
        (
            "Tuesday, the report was declassified. The same day, Russia pushed back.",
            "The same day",
            "2020-09-01",
        ),
        (
            "Young was committed in 2020, and that same year a judge granted an order.",
            "that same year",
            "2020",
        ),
        (
            "The plant opened in March 2016. The same month, prices fell.",
            "The same month",
            "2016-03",
        ),
    ],
)
def test_the_same_day_is_the_stated_one(text: str, key: str, want: str) -> None:
    assert _date(text, key) == want


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Two men were arrested the same day, police said.", "the same day"),
        ("Sales were $195.3 million in the same year-ago period.", "the same year"),
        ("Every match is played on the same day of the week.", "the same day"),
    ],
)
def test_the_same_day_alone_is_no_date(text: str, key: str) -> None:
    assert _date(text, key) is None
