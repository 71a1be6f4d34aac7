"""Fifteenth held-out batch, held out only (written in one sitting and scored before the
round's one rule): "the same day", "that same year", "on the same day" counted from the date
the paragraph stated before (as "that day" and "the following day" are); none without one,
and none for "the same day as <an event>" (an event's day, not the stated one)."""

from __future__ import annotations

from datetime import date

S = date(2020, 9, 2)

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    (
        "The bridge closed on Aug. 12, 2019. Two men were arrested the same day.",
        S,
        "the same day",
        "2019-08-12",
    ),
    (
        "She joined the board in 2014. That same year, the firm went public.",
        S,
        "That same year",
        "2014",
    ),
    (
        "Police were called on Monday. On the same day, the council met.",
        S,
        "the same day",
        "2020-08-31",
    ),
    (
        "The plant opened in March 2016. The same month, prices fell.",
        S,
        "The same month",
        "2016-03",
    ),
    (
        "The verdict came on July 3, 2020, and he resigned that same day.",
        S,
        "that same day",
        "2020-07-03",
    ),
    ("He was born in 1950. His brother died the same year.", S, "the same year", "1950"),
    # guards
    ("Two men were arrested the same day, police said.", S, "the same day", None),
    (
        "The plant opened on May 4, 2019. The shares rose on the same day as the launch.",
        S,
        "the same day",
        frozenset({None, "2019-05-04"}),
    ),
    ("Every match is played on the same day of the week.", S, "the same day", None),
]
