"""Eighth held-out batch (only scored; written in one sitting before ``dates_cases8`` and its
rule): an event named with its date as a clause's subject, the verb after the date ("The
vote on Thursday will ..."), and past guards."""

from __future__ import annotations

from datetime import date

W = date(2025, 6, 11)  # Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("The referendum in September will settle the question.", W, "September", "2025-09"),
    ("The summit on Monday is expected to focus on trade.", W, "Monday", "2025-06-16"),
    ("A hearing on Friday will decide whether he stays in custody.", W, "Friday", "2025-06-13"),
    ("The final in Paris on Saturday will be her last match.", W, "Saturday", "2025-06-14"),
    ("The election in November could hand the opposition a majority.", W, "November",
     "2025-11"),
    ("The council meeting on Thursday is set to approve the budget.", W, "Thursday",
     "2025-06-12"),
    # guards: the verb after the date is past, or the noun is no event
    ("The vote on Monday was close.", W, "Monday", "2025-06-09"),
    ("The election in November was marred by fraud.", W, "November", "2024-11"),
    ("Sales in March will be reported next week.", W, "March", "2025-03"),
    ("The storm on Sunday will cost insurers millions.", W, "Sunday", "2025-06-08"),
]  # fmt: skip
