"""Seventeenth held-out batch (only scored; written in one sitting before any rule of the
round): a weekday after "would" (a plan or a forecast reported in the past), most often
owned by a fixture ("said he would miss Saturday's game"), and the guards where "would"
looks back ("would have", a habit, a fixture already past)."""

from __future__ import annotations

from datetime import date

S = date(2021, 3, 10)  # a Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    (
        "Smith said the striker would miss Saturday's game against Leeds.",
        S,
        "Saturday",
        "2021-03-13",
    ),
    ("The club confirmed Jones would start Sunday's final at Wembley.", S, "Sunday", "2021-03-14"),
    (
        "Officials said the minister would attend Friday's summit in Brussels.",
        S,
        "Friday",
        "2021-03-12",
    ),
    (
        "The manager revealed his captain would be fit for Saturday's derby.",
        S,
        "Saturday",
        "2021-03-13",
    ),
    (
        "Aides said the president would sign the bill at Thursday's ceremony.",
        S,
        "Thursday",
        "2021-03-11",
    ),
    (
        "She told reporters the council would debate the plan at Monday's meeting.",
        S,
        "Monday",
        "2021-03-15",
    ),
    (
        "It was announced that the race would go ahead on Sunday despite the weather.",
        S,
        "Sunday",
        "2021-03-14",
    ),
    (
        "The union said its members would walk out on Friday unless talks resumed.",
        S,
        "Friday",
        "2021-03-12",
    ),
    # guards: past
    (
        "He said he would have played in Saturday's game had he been fit.",
        S,
        "Saturday",
        "2021-03-06",
    ),
    ("Police said the man would often visit the park on Sundays.", S, "Sundays", None),
    ("The coach said the players would learn from Sunday's defeat.", S, "Sunday", "2021-03-07"),
    (
        "Officials said the victims of Monday's crash would be named later.",
        S,
        "Monday",
        "2021-03-08",
    ),
    ("She said Tuesday's vote would shape the party's future.", S, "Tuesday", "2021-03-09"),
]
