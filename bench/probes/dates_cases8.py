"""Eighth tuning batch (written after ``dates_heldout8``; the rule is written on these): an
event named with its date as a clause's subject, the verb after the date."""

from __future__ import annotations

from datetime import date

W = date(2025, 6, 11)  # Wednesday
J = date(2026, 6, 1)  # Monday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("The election in November will decide control of Congress.", J, "November", "2026-11"),
    ("The vote on Thursday will be close.", W, "Thursday", "2025-06-12"),
    ("The meeting on Friday is expected to last all day.", W, "Friday", "2025-06-13"),
    ("The concert in August will raise money for the hospital.", W, "August", "2025-08"),
    # guards
    ("The meeting on Friday ended without a deal.", W, "Friday", "2025-06-06"),
    ("The fire in March will be investigated by the state.", W, "March", "2025-03"),
    ("Sales on Monday will be counted separately.", W, "Monday", "2025-06-09"),
]  # fmt: skip
