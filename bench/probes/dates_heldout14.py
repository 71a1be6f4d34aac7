"""Fourteenth held-out batch (only scored; written in one sitting before ``dates_cases14``
and any rule of the round): a month with no day or year in shapes the finders did not
read: a reporting period ("in the year to October", "the three months to June"), "for" and
"throughout" a month, a month naming an event after "the" ("since the February launch",
"The June election was close"), a month compared with ("up from September"); and guards
(a month's name as a person's or a verb, a month in a title)."""

from __future__ import annotations

from datetime import date

S = date(2020, 9, 2)

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Inflation hit 4.1% in the year to July, the statistics office said.", S, "July", "2020-07"),
    ("Sales rose 5% in the three months to June.", S, "June", "2020-06"),
    ("Pre-tax profit for the six months to the end of June fell by a third.", S, "June", "2020-06"),
    ("Output grew 2% in the quarter to August.", S, "August", "2020-08"),
    ("Retail sales for July were the weakest on record.", S, "July", "2020-07"),
    ("The site stayed closed throughout July.", S, "July", "2020-07"),
    ("Sales have doubled since the February launch.", S, "February", "2020-02"),
    ("The June election was close.", S, "June", "2020-06"),
    ("Turnout at the November vote is expected to be high.", S, "November", "2020-11"),
    ("Unemployment rose to 4.1% in July, up from 3.9% in June.", S, "June", "2020-06"),
    ("Prices were 2% higher than in January.", S, "January", "2020-01"),
    ("The new rules apply from October.", S, "October", "2020-10"),
    # guards
    ("June Sarpong, the broadcaster, said the plans were welcome.", S, "June", None),
    ("April Ryan asked the first question.", S, "April", None),
    ("Protesters march on the capital every year.", S, "march", None),
    ("The film 'Hot August Night' opened in cinemas.", S, "August", None),
]
