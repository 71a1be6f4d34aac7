"""A verb whose past is its present ("hit", "cut") right after a singular subject is a past
tense: the yearless day after it is the latest one, not the nearest (dates round 16,
bench/probes). With a modal, a plural subject or "set" (whose object may be the date) it is
not."""

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
        ("The storm hit on Oct. 9, flooding homes.", "Oct. 9", "2019-10-09"),
        ("The bank cut its main rate on Nov. 3.", "Nov. 3", "2019-11-03"),
        ("The factory shut on Oct. 30 after a fire.", "Oct. 30", "2019-10-30"),
        ("The storm will hit on Oct. 9, forecasters say.", "Oct. 9", "2020-10-09"),
        ("The council set Oct. 9 as the deadline.", "Oct. 9", "2020-10-09"),
        ("Banks cut rates on Nov. 3 each year.", "Nov. 3", "2020-11-03"),
    ],
)
def test_a_singular_subject_makes_the_past(text: str, key: str, want: str) -> None:
    assert _date(text, key) == want
