"""A weekday still ahead whose tense is read after it (dates round 12, bench/probes): the day
inside its clause's subject ("Fans heading to the game on Saturday should allow extra
time"), a relative clause in the present ("Leeds, who visit on Saturday, ..."), a fixture
line ("Saturday: Leeds v Hull, 3pm"), a squad picked for a fixture ("has been ruled out of
Saturday's derby"), "is likely on"; and what stays in the past (a consequence's modal after
a past event, dates round 8)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_at

THURSDAY = date(2025, 10, 16)
MONDAY = date(2025, 10, 13)


def _date(text: str, key: str, published: date) -> str | None:
    return date_at(text, key, published)


@pytest.mark.parametrize(
    ("text", "published", "key", "want"),
    [
        (
            "Fans heading to the game on Saturday should allow extra time.",
            THURSDAY,
            "Saturday",
            "2025-10-18",
        ),
        (
            "The march on Saturday must not block the high street.",
            THURSDAY,
            "Saturday",
            "2025-10-18",
        ),
        ("The weather on Saturday looks dry.", THURSDAY, "Saturday", "2025-10-18"),
        ("The Saturday clash with Leeds promises to be tense.", THURSDAY, "Saturday", "2025-10-18"),
        (
            "Anyone attending the vigil on Sunday is asked to bring a candle.",
            THURSDAY,
            "Sunday",
            "2025-10-19",
        ),
        ("Leeds, who visit on Saturday, are unbeaten.", THURSDAY, "Saturday", "2025-10-18"),
        ("Saturday: Leeds v Hull, 3pm.", THURSDAY, "Saturday", "2025-10-18"),
        (
            "Saturday: Rovers v Exeter (3pm), Town v United (5.30pm).",
            THURSDAY,
            "Saturday",
            "2025-10-18",
        ),
        ("Smith has been ruled out of Saturday's derby.", THURSDAY, "Saturday", "2025-10-18"),
        (
            "Patel has been named in the squad for Saturday's trip to Cardiff.",
            THURSDAY,
            "Saturday",
            "2025-10-18",
        ),
        ("A vote is likely on Wednesday.", MONDAY, "Wednesday", "2025-10-15"),
    ],
)
def test_a_weekday_ahead_read_from_its_own_clause(
    text: str, published: date, key: str, want: str
) -> None:
    assert _date(text, key, published) == want


@pytest.mark.parametrize(
    ("text", "published", "key", "want"),
    [
        (
            "Fans heading to the game on Saturday faced long queues.",
            THURSDAY,
            "Saturday",
            "2025-10-11",
        ),
        (
            "Police on Saturday could not confirm the cause of the fire.",
            THURSDAY,
            "Saturday",
            "2025-10-11",
        ),
        ("Leeds, who visited on Saturday, lost 2-0.", THURSDAY, "Saturday", "2025-10-11"),
        ("Smith has been charged over Saturday's attack.", THURSDAY, "Saturday", "2025-10-11"),
        (
            "The weather on Saturday looked dry until the afternoon.",
            THURSDAY,
            "Saturday",
            "2025-10-11",
        ),
        ("Saturday: Leeds 2 Hull 0.", THURSDAY, "Saturday", "2025-10-11"),
        ("The storm on Sunday will cost insurers millions.", THURSDAY, "Sunday", "2025-10-12"),
        ("Sales on Monday will be counted separately.", THURSDAY, "Monday", "2025-10-13"),
    ],
)
def test_what_stays_in_the_past(text: str, published: date, key: str, want: str) -> None:
    assert _date(text, key, published) == want
