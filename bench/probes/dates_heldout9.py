"""Ninth held-out batch (only scored; written in one sitting before ``dates_cases9`` and any
rule): weekdays in shapes news writes for what is coming (a deadline, a schedule in the
present tense, "ahead of", "starting", a possessive weekday before a future verb, a
headline's present tense), and past guards.  Its one miss on the code it was written
against ("Kick-off is at 3pm on Saturday") then became a rule, so these cases are no
longer held out: 1 -> 0 of 16."""

from __future__ import annotations

from datetime import date

W = date(2025, 6, 11)  # Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Talks continued ahead of Friday's deadline for a deal.", W, "Friday", "2025-06-13"),
    ("Applicants have until Monday to submit their forms.", W, "Monday", "2025-06-16"),
    ("The trial resumes Monday with evidence from the defence.", W, "Monday", "2025-06-16"),
    ("Voters go to the polls on Sunday in a tight race.", W, "Sunday", "2025-06-15"),
    ("Starting Monday, buses will run every ten minutes.", W, "Monday", "2025-06-16"),
    ("Schools will stay closed through Friday, the district said.", W, "Friday",
     "2025-06-13"),
    ("Saturday's match will be shown live on television.", W, "Saturday", "2025-06-14"),
    ("The company reports its quarterly earnings on Thursday.", W, "Thursday", "2025-06-12"),
    ("Council to vote on budget Thursday", W, "Thursday", "2025-06-12"),
    ("Kick-off is at 3pm on Saturday at Villa Park.", W, "Saturday", "2025-06-14"),
    ("The road reopens to traffic on Friday morning, officials said.", W, "Friday",
     "2025-06-13"),
    ("Fans are urged to arrive early for Sunday's parade.", W, "Sunday", "2025-06-15"),
    # guards: past
    ("Since Monday, more than 300 people have been evacuated.", W, "Monday", "2025-06-09"),
    ("Monday's attack left three people dead.", W, "Monday", "2025-06-09"),
    ("The minister resigned on Tuesday after days of pressure.", W, "Tuesday", "2025-06-10"),
    ("Police said on Sunday that the suspect had fled.", W, "Sunday", "2025-06-08"),
]  # fmt: skip
