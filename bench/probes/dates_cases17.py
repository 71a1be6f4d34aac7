"""Tuning cases of round 17 (written after dates_heldout17.py was scored): a weekday after
"would" that a fixture owns ("said he would miss Saturday's game"), a plan reported with a
condition after it in the past ("would strike on Friday unless talks resumed"), and their
guards (a result or an attack the day owns, "would have")."""

from __future__ import annotations

from datetime import date

S = date(2021, 3, 10)  # a Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("He said the team would face Arsenal in Sunday's semi-final.", S, "Sunday", "2021-03-14"),
    ("A spokesman said Brown would chair Thursday's cabinet meeting.", S, "Thursday", "2021-03-11"),
    ("Reports said the singer would miss Friday's concert in Paris.", S, "Friday", "2021-03-12"),
    (
        "Organisers said the parade would go ahead on Saturday even if it rained.",
        S,
        "Saturday",
        "2021-03-13",
    ),
    (
        "The airline said flights would resume on Monday once the runway was repaired.",
        S,
        "Monday",
        "2021-03-15",
    ),
    # guards
    ("He said he would have voted for the bill in Tuesday's vote.", S, "Tuesday", "2021-03-09"),
    ("Fans said they would remember Sunday's win for years.", S, "Sunday", "2021-03-07"),
    ("Witnesses said the gunman would not stop during Monday's attack.", S, "Monday", "2021-03-08"),
    (
        "She said the talks would resume on Monday, after they had stalled.",
        S,
        "Monday",
        "2021-03-15",
    ),
    ("The mayor said Tuesday's meeting would decide the plan.", S, "Tuesday", "2021-03-09"),
]
