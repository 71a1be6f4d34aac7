"""Fourteenth tuning batch (written after ``dates_heldout14`` was scored, before any rule of
the round; read while writing rules): a month with no day or year in a reporting period,
after "for" or "throughout", naming an event after "the"; and guards."""

from __future__ import annotations

from datetime import date

S = date(2020, 9, 2)

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Inflation hit 5% in the year to October.", S, "October", "2019-10"),
    ("House prices rose 3% in the 12 months to July.", S, "July", "2020-07"),
    ("Revenue in the quarter to June beat forecasts.", S, "June", "2020-06"),
    ("Figures for February were poor.", S, "February", "2020-02"),
    ("Work stopped throughout February.", S, "February", "2020-02"),
    ("The October figures showed a rise.", S, "October", "2019-10"),
    ("Sales since the March launch have doubled.", S, "March", "2020-03"),
    ("The December deadline will not be met.", S, "December", "2020-12"),
    # guards
    ("May Mobility said its shuttles would return.", S, "May", None),
    ("The March of Dimes raised $5 million.", S, "March", None),
    ("Officers worked for August Pharma for ten years.", S, "August", None),
    ("The company's September Group unit was sold.", S, "September", None),
]
