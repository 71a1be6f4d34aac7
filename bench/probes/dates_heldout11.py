"""Eleventh held-out batch (only scored; written in one sitting before ``dates_cases11`` and
any rule of the round): a weekday still ahead of a Friday's or Tuesday's story in the shapes
of a preview, a notice and a court or council diary, the test split's weekdays placed a week
early by count (11 of 15 weekday misses on dated pages: code one week before the gold, the
gold mostly two days after publication); and past guards in the same shapes."""

from __future__ import annotations

from datetime import date

F = date(2025, 10, 17)  # Friday
T = date(2025, 10, 14)  # Tuesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Kick-off at Anfield on Sunday is at 4.30pm.", F, "Sunday", "2025-10-19"),
    ("Tickets for Sunday remain on sale at the box office.", F, "Sunday", "2025-10-19"),
    ("The defendant is next due in court on Thursday.", T, "Thursday", "2025-10-16"),
    ("Councillors vote on the plan on Thursday evening.", T, "Thursday", "2025-10-16"),
    ("Polls open at 7am on Thursday and close at 10pm.", T, "Thursday", "2025-10-16"),
    ("The trial resumes on Thursday.", T, "Thursday", "2025-10-16"),
    ("Forecasters warn of heavy rain from Sunday into Monday.", F, "Sunday", "2025-10-19"),
    ("The funeral takes place on Sunday at St Mary's Church.", F, "Sunday", "2025-10-19"),
    ("Both sides meet again in the return leg on Thursday.", T, "Thursday", "2025-10-16"),
    ("Sunday's race starts at noon, weather permitting.", F, "Sunday", "2025-10-19"),
    ("Road closures are in place until Sunday.", F, "Sunday", "2025-10-19"),
    ("The exhibition opens to the public on Sunday.", F, "Sunday", "2025-10-19"),
    ("He faces sentencing on Thursday.", T, "Thursday", "2025-10-16"),
    ("The strike begins on Thursday unless a deal is reached.", T, "Thursday", "2025-10-16"),
    # past guards
    ("The trial resumed on Thursday after a week's break.", F, "Thursday", "2025-10-16"),
    ("Polls opened at 7am on Thursday.", F, "Thursday", "2025-10-16"),
    ("The funeral took place on Sunday at St Mary's Church.", T, "Sunday", "2025-10-12"),
    ("He was sentenced on Thursday to six years.", F, "Thursday", "2025-10-16"),
]  # fmt: skip
