"""Third tuning batch (written after the second round): months ahead of publication, years
counted from a stated year, seasons without a year; same shape as dates_cases.py."""

from __future__ import annotations

from datetime import date

A = date(2025, 6, 12)  # Thursday
B = date(2023, 10, 30)  # Monday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    # a bare month in a clause that looks ahead: its next occurrence
    ("The election will be held in November.", A, "November", "2025-11"),
    ("The plant is set to close in March.", A, "March", "2026-03"),
    ("The law takes effect in January.", A, "January", "2026-01"),
    ("The company plans to list its shares in October.", A, "October", "2025-10"),
    ("Voters go to the polls in November.", A, "November", "2025-11"),
    ("He said the talks would resume in September.", A, "September", "2025-09"),
    ("The review will report back in May.", A, "May", "2026-05"),
    ("Parliament returns from recess in September.", B, "September", "2024-09"),
    # guards: past or no tense keeps the latest month
    ("The strike started in May.", A, "May", "2025-05"),
    ("In January, prices rose.", A, "January", "2025-01"),
    ("Since January, prices have risen.", A, "January", "2025-01"),
    ("The talks collapsed in November.", A, "November", "2024-11"),
    # a year or month counted from one the story states
    ("In 2019, the firm grew. The following year, it collapsed.", A, "The following year", "2020"),
    ("In 2019, the firm grew. A year later, it collapsed.", A, "A year later", "2020"),
    ("The mine opened in 1998 and closed the next year.", A, "the next year", "1999"),
    ("She was elected in 2016. That year, turnout fell.", A, "That year", "2016"),
    ("The plant opened in March 2010. Two years later, it was sold.", A, "Two years later", "2012"),
    (
        "The bank failed in 2008; the previous year, it had posted a record profit.",
        A,
        "the previous year",
        "2007",
    ),
    (
        "The ban began in April 2021. The following month, sales fell.",
        A,
        "The following month",
        "2021-05",
    ),
    (
        "Rebels seized the town on Oct. 3. Later that month, the army retook it.",
        B,
        "Later that month",
        "2023-10",
    ),
    # guards: no stated year in the paragraph, or the deictic "next year"
    ("The following year, it collapsed.", A, "The following year", None),
    ("The plan will be ready next year.", A, "next year", "2026"),
    # a season without a year: tense picks the year
    ("The park reopened in the spring.", A, "spring", "2025"),
    ("Work on the bridge will start in the autumn.", A, "autumn", "2025"),
    ("The museum closed in the fall.", A, "fall", "2024"),
    ("The stadium will be finished in the spring.", B, "spring", "2024"),
]
