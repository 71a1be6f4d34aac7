"""Tenth held-out batch (only scored; written in one sitting before ``dates_cases10`` and any
rule): a past verb of reporting, announcing or preparing before a weekday that is still
ahead ("said tickets for Sunday's final had sold out", "were urged to vote on Sunday"), the
test split's largest weekday miss by count (5 of its weekdays two days ahead have a past
verb in their clause), and past guards with the same verbs."""

from __future__ import annotations

from datetime import date

F = date(2025, 10, 17)  # Friday
T = date(2025, 10, 14)  # Tuesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    (
        "The league confirmed the derby had been brought forward to Sunday.",
        F,
        "Sunday",
        "2025-10-19",
    ),
    ("Supporters were reminded to bring photo ID to Sunday's match.", F, "Sunday", "2025-10-19"),
    (
        "Organisers said more than 5,000 runners had registered for Sunday's marathon.",
        F,
        "Sunday",
        "2025-10-19",
    ),
    (
        "The minister said he was confident the bill would pass on Monday.",
        F,
        "Monday",
        "2025-10-20",
    ),
    (
        "Residents were advised to stay indoors on Saturday as the storm approaches.",
        F,
        "Saturday",
        "2025-10-18",
    ),
    (
        "The manager said his players were ready for Saturday's semi-final.",
        F,
        "Saturday",
        "2025-10-18",
    ),
    (
        "Police said extra officers had been drafted in for Saturday's protest.",
        F,
        "Saturday",
        "2025-10-18",
    ),
    ("The union announced its members would strike on Thursday.", T, "Thursday", "2025-10-16"),
    (
        "Jurors were told they would hear closing arguments on Thursday.",
        T,
        "Thursday",
        "2025-10-16",
    ),
    ("She said she had been invited to speak at Wednesday's summit.", T, "Wednesday", "2025-10-15"),
    # past guards: the same verbs where the weekday is behind
    (
        "The league confirmed on Sunday that the derby had been postponed.",
        F,
        "Sunday",
        "2025-10-12",
    ),
    ("Supporters were reminded on Monday that the ground was closed.", F, "Monday", "2025-10-13"),
    ("Organisers said Sunday's marathon had drawn a record field.", T, "Sunday", "2025-10-12"),
    (
        "The manager said his players were tired after Saturday's semi-final.",
        T,
        "Saturday",
        "2025-10-11",
    ),
    (
        "Police said extra officers were drafted in for Saturday's protest, which passed off "
        "peacefully.",
        T,
        "Saturday",
        "2025-10-11",
    ),
    (
        "The union announced on Thursday that its members had voted to strike.",
        F,
        "Thursday",
        "2025-10-16",
    ),
]
