"""Eighteenth held-out batch (only scored; written in one sitting before any rule of the
round, after a dev article of gold batch 21: "urging his followers to protest outside
'whatever prison I'm in on Saturday please'"): a weekday after a past verb of asking and an
infinitive ("urged fans to arrive early on Saturday"): the asked act lies ahead of the
asking; and guards where the act is told as done."""

from __future__ import annotations

from datetime import date

S = date(2021, 3, 10)  # a Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Police urged fans to arrive early on Saturday.", S, "Saturday", "2021-03-13"),
    ("The council asked residents to put their bins out on Friday.", S, "Friday", "2021-03-12"),
    (
        "Organisers called on supporters to rally outside parliament on Sunday.",
        S,
        "Sunday",
        "2021-03-14",
    ),
    ("The judge ordered him to appear in court on Monday.", S, "Monday", "2021-03-15"),
    ("She encouraged voters to turn out on Thursday.", S, "Thursday", "2021-03-11"),
    (
        "The club told season-ticket holders to collect their passes on Friday.",
        S,
        "Friday",
        "2021-03-12",
    ),
    ("He invited reporters to visit the site on Saturday.", S, "Saturday", "2021-03-13"),
    # guards: the act is past, or the asking itself is dated
    ("Police asked residents to stay indoors on Monday, and most did.", S, "Monday", "2021-03-08"),
    ("On Tuesday, the council urged residents to save water.", S, "Tuesday", "2021-03-09"),
    ("Fans who were asked to leave on Sunday complained.", S, "Sunday", "2021-03-07"),
]
