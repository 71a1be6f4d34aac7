"""Fifth tuning batch (exploratory, written after the fourth round while looking for gaps;
each case failed before the rule that now covers it): clauses opening with their time,
weekdays of a named week, parts of a month; same shape as dates_cases.py."""

from __future__ import annotations

from datetime import date

A = date(2025, 6, 12)  # Thursday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Starting Monday, masks are required.", A, "Monday", "2025-06-16"),
    ("From Monday, shops may open.", A, "Monday", "2025-06-16"),
    ("On Friday, the council will vote.", A, "Friday", "2025-06-13"),
    ("At 3 p.m. on Friday, the polls will close.", A, "Friday", "2025-06-13"),
    ("In November, voters will choose.", A, "November", "2025-11"),
    ("In May, voters chose.", A, "May", "2025-05"),
    ("On Friday, officials said the road will reopen.", A, "Friday", "2025-06-06"),
    ("The fire broke out on Tuesday last week.", A, "Tuesday", "2025-06-03"),
    ("The vote was on Tuesday of last week.", A, "Tuesday", "2025-06-03"),
    ("Talks resume on Monday next week.", A, "Monday", "2025-06-16"),
    ("Ships sailed in the first week of May.", A, "first week", "2025-05"),
    ("The cut came in the second half of March.", A, "second half", "2025-03"),
    ("The vote will be held in the first week of May.", A, "first week", "2026-05"),
    ("Biden signs climate bill Tuesday\n\nThe bill passed the Senate.", A, "Tuesday", "2025-06-10"),
]
