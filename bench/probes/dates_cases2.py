"""Second tuning batch (written after the first round of rules): mostly tense traps, the
weak spot of the present-tense rule, in the same shape as dates_cases.py."""

from __future__ import annotations

from datetime import date

A = date(2025, 6, 12)  # Thursday
B = date(2023, 10, 30)  # Monday
D = date(2025, 12, 30)  # Tuesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    # past, with plural subjects and irregular or unlisted verbs
    ("Rescuers pulled three survivors from the rubble on Tuesday.", A, "Tuesday", "2025-06-10"),
    ("Gunmen stormed a village on Sunday, residents said.", A, "Sunday", "2025-06-08"),
    ("Protesters blocked the highway Monday morning.", A, "Monday", "2025-06-09"),
    ("Lawmakers overrode the veto on Wednesday.", A, "Wednesday", "2025-06-11"),
    ("Investors sold off tech stocks Friday.", A, "Friday", "2025-06-06"),
    ("The Lakers won 112-104 on Sunday night.", A, "Sunday", "2025-06-08"),
    ("Authorities identified the victims Wednesday.", B, "Wednesday", "2023-10-25"),
    ("Both teams scored twice in Sunday's final.", A, "Sunday", "2025-06-08"),
    ("Residents say the water turned brown on Saturday.", A, "Saturday", "2025-06-07"),
    ("Voters in Ohio rejected the measure Tuesday.", B, "Tuesday", "2023-10-24"),
    ("Its shares sank 9% on Friday.", B, "Friday", "2023-10-27"),
    ("Crews spent Thursday clearing debris.", B, "Thursday", "2023-10-26"),
    ("The couple wed on Saturday in Rome.", A, "Saturday", "2025-06-07"),
    ("Firefighters fought the flames overnight Sunday.", D, "Sunday", "2025-12-28"),
    ("Senators grilled the nominee on Tuesday.", A, "Tuesday", "2025-06-10"),
    ("The two leaders spoke by phone on Monday.", A, "Monday", "2025-06-09"),
    ("Troops opened fire on protesters Friday.", A, "Friday", "2025-06-06"),
    ("Results released Wednesday show a drop in crime.", A, "Wednesday", "2025-06-11"),
    ("Activists say police beat them on Saturday.", A, "Saturday", "2025-06-07"),
    ("Figures published on Tuesday showed inflation easing.", A, "Tuesday", "2025-06-10"),
    # future, varied verbs
    ("Negotiators meet again on Monday in Doha.", A, "Monday", "2025-06-16"),
    ("The president heads to Brussels on Sunday.", A, "Sunday", "2025-06-15"),
    ("Ministers gather in Luxembourg on Monday to discuss sanctions.", A, "Monday", "2025-06-16"),
    ("The clinic plans to reopen on Tuesday.", A, "Tuesday", "2025-06-17"),
    ("Nominations close on Friday.", A, "Friday", "2025-06-13"),
    ("The verdict is expected on Wednesday.", A, "Wednesday", "2025-06-18"),
    ("The final takes place on Saturday in Munich.", A, "Saturday", "2025-06-14"),
    ("Polls close at 8 p.m. on Tuesday.", B, "Tuesday", "2023-10-31"),
    ("The bank announces its rate decision on Thursday.", D, "Thursday", "2026-01-01"),
    ("Doctors want to operate on Friday.", A, "Friday", "2025-06-13"),
    # months, seasons, year boundary
    ("The funds will arrive later this month.", D, "later this month", "2025-12"),
    ("Output fell in the last quarter of 2024.", A, "2024", "2024"),
    ("The company posted a loss last winter.", A, "last winter", frozenset({"2025", "2024", None})),
    ("The fair returns next spring.", A, "next spring", "2026"),
    ("The tax took effect on Jan. 1.", D, "Jan. 1", "2025-01-01"),
    ("The tax takes effect on Jan. 1.", D, "Jan. 1", "2026-01-01"),
    ("The strike began on the 12th.", D, "the 12th", "2025-12-12"),
    ("Repairs will be done by the 5th.", D, "the 5th", "2026-01-05"),
    # counted from a stated day
    (
        "The body was found on Nov. 2, 2023. Two days earlier, she had been reported missing.",
        B,
        "Two days earlier",
        "2023-10-31",
    ),
    (
        "Rebels took the town on Saturday. By the next morning, the army had withdrawn.",
        A,
        "the next morning",
        "2025-06-08",
    ),
]
