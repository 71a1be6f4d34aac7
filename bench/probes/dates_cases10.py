"""Tenth tuning batch (written after ``dates_heldout10``, before any rule; read while writing
rules): a past verb of reporting, announcing or preparing before a weekday still ahead,
and past guards."""

from __future__ import annotations

from datetime import date

F = date(2024, 3, 1)  # Friday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Officials said the road would reopen Sunday.", F, "Sunday", "2024-03-03"),
    (
        "The club announced that the match had been rescheduled for Sunday.",
        F,
        "Sunday",
        "2024-03-03",
    ),
    (
        "Police said they expected the protest to draw thousands on Sunday.",
        F,
        "Sunday",
        "2024-03-03",
    ),
    ("Smith, who was injured last week, is doubtful for Sunday.", F, "Sunday", "2024-03-03"),
    (
        "The coach said he was looking forward to Sunday's game against Leeds.",
        F,
        "Sunday",
        "2024-03-03",
    ),
    ("Organisers said tickets for Sunday's concert had sold out.", F, "Sunday", "2024-03-03"),
    ("The mayor said the parade was still on for Sunday.", F, "Sunday", "2024-03-03"),
    (
        "Forecasters warned that the storm could reach the coast by Sunday.",
        F,
        "Sunday",
        "2024-03-03",
    ),
    ("Voters were urged to turn out on Sunday.", F, "Sunday", "2024-03-03"),
    ("He said he had been asked to testify on Sunday.", F, "Sunday", "2024-03-03"),
    (
        "The Bears, who lost to Detroit last week, host the Packers on Sunday.",
        F,
        "Sunday",
        "2024-03-03",
    ),
    (
        "After beating Chelsea, United travelled to Spain on Thursday and face Real Madrid "
        "on Sunday.",
        F,
        "Sunday",
        "2024-03-03",
    ),
    ("The funeral was announced for Sunday at St Mary's church.", F, "Sunday", "2024-03-03"),
    ("The council said the bridge was closed until Sunday.", F, "Sunday", "2024-03-03"),
    (
        "Fans who bought tickets were told the gates would open at noon Sunday.",
        F,
        "Sunday",
        "2024-03-03",
    ),
    ("The team lost 3-1 on Sunday.", F, "Sunday", "2024-02-25"),
    ("Police said the man was arrested on Sunday.", F, "Sunday", "2024-02-25"),
    ("The storm hit the coast Sunday, officials said.", F, "Sunday", "2024-02-25"),
    ("He was last seen Sunday.", F, "Sunday", "2024-02-25"),
]
