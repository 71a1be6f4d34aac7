"""Sixth held-out batch (only scored; written in one sitting with ``dates_cases6``, before
any rule after them): weekdays ahead of a Wednesday's publication in shapes news uses for
a schedule (a fixture's possessive, a listing with its clock, "Next up:", a present
passive, a plural pronoun's present, a modal before a verb that is also a past), and past guards."""

from __future__ import annotations

from datetime import date

W = date(2025, 6, 11)  # Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("The Giants visit Dallas on Sunday.", W, "Sunday", "2025-06-15"),
    ("Saturday's derby is the biggest game of the season.", W, "Saturday", "2025-06-14"),
    ("Next: Saturday vs. Ohio State, noon.", W, "Saturday", "2025-06-14"),
    ("Where: City Hall. When: Thursday, 6 p.m.", W, "Thursday", "2025-06-12"),
    ("The forecast says rain will arrive on Friday.", W, "Friday", "2025-06-13"),
    ("Tip-off is 8 p.m. Thursday.", W, "Thursday", "2025-06-12"),
    ("The striker is a doubt for Sunday's final.", W, "Sunday", "2025-06-15"),
    ("The defender is fit for Saturday.", W, "Saturday", "2025-06-14"),
    ("The inquiry's findings are published Monday.", W, "Monday", "2025-06-16"),
    ("Monday's deadline leaves little time for talks.", W, "Monday", "2025-06-16"),
    ("The verdict is due Friday.", W, "Friday", "2025-06-13"),
    ("The band plays the Apollo on Saturday.", W, "Saturday", "2025-06-14"),
    ("Voting closes Friday at 5 p.m.", W, "Friday", "2025-06-13"),
    ("The new law takes effect Monday.", W, "Monday", "2025-06-16"),
    ("The Mets open a series in Atlanta on Friday.", W, "Friday", "2025-06-13"),
    ("The Giants visited Dallas on Sunday.", W, "Sunday", "2025-06-08"),
    ("Saturday's derby was the biggest game of the season.", W, "Saturday", "2025-06-07"),
    ("The report was published Monday.", W, "Monday", "2025-06-09"),
    ("Monday's deadline passed without a deal.", W, "Monday", "2025-06-09"),
    ("The forecast said rain arrived on Friday.", W, "Friday", "2025-06-06"),
]
