"""Fourth tuning batch (written after the third round): British "5 June last year", days
around today, dotted European dates, weekends and weeks; same shape as dates_cases.py."""

from __future__ import annotations

from datetime import date

A = date(2025, 6, 12)  # Thursday
B = date(2023, 10, 30)  # Monday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("The law was passed on 5 June last year.", A, "5 June", "2024-06-05"),
    ("The plant closed in June last year.", A, "June", "2024-06"),
    ("The vote is due in March next year.", A, "March", "2026-03"),
    ("Prices rose in March this year.", A, "March", "2025-03"),
    ("The deal was signed on 3 October last year.", B, "3 October", "2022-10-03"),
    ("Elections are due in May next year.", B, "May", "2024-05"),
    ("The verdict comes the day after tomorrow.", A, "the day after", "2025-06-14"),
    ("He resigned the day before yesterday.", A, "the day before", "2025-06-10"),
    ("The meeting on 05.03.2024 was cancelled.", A, "05.03.2024", "2024-03-05"),
    ("Die Sitzung am 17.11.2023 fiel aus, sagte er.", A, "17.11.2023", "2023-11-17"),
    ("Version 1.2.2024 of the app was released.", A, "1.2.2024", frozenset({None, "2024-02-01"})),
    ("Fans rioted at the weekend.", A, "the weekend", "2025-06"),
    ("Sales rose in the past week.", A, "the past week", "2025-06"),
    ("It rained earlier in the week.", A, "earlier in the week", "2025-06"),
    ("Talks will resume later in the week.", A, "later in the week", "2025-06"),
    ("Sales rose 5% in the past week, the data showed.", B, "the past week", "2023-10"),
]
