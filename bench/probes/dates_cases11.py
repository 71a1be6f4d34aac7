"""Eleventh tuning batch (written right after ``dates_heldout11``, before any rule of the
round; read while writing rules): a weekday ahead in a notice's present tense ("kick-off on
Sunday is at 3pm", "tickets for Sunday are still available", "is next due in court on
Monday"), and past guards."""

from __future__ import annotations

from datetime import date

F = date(2025, 10, 17)  # Friday
T = date(2025, 10, 14)  # Tuesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Kick-off on Sunday is at 3pm.", F, "Sunday", "2025-10-19"),
    ("The start time on Sunday is 2pm.", F, "Sunday", "2025-10-19"),
    ("Tickets for Sunday are still available.", F, "Sunday", "2025-10-19"),
    ("Seats for Thursday's final remain on sale.", T, "Thursday", "2025-10-16"),
    ("She is next due in court on Thursday.", T, "Thursday", "2025-10-16"),
    ("The men are due back in court on Thursday.", T, "Thursday", "2025-10-16"),
    ("The forecast for Sunday is dry and bright.", F, "Sunday", "2025-10-19"),
    ("Gates open at 6pm on Thursday.", T, "Thursday", "2025-10-16"),
    # past guards
    ("Kick-off on Sunday was delayed by an hour.", F, "Sunday", "2025-10-12"),
    ("Tickets for Sunday sold out in minutes.", F, "Sunday", "2025-10-12"),
    ("She appeared in court on Thursday.", F, "Thursday", "2025-10-16"),
    ("The forecast for Sunday was wrong.", T, "Sunday", "2025-10-12"),
]  # fmt: skip
