"""Sixteenth held-out batch (only scored; written in one sitting before any rule of the
round): a yearless day or month after a verb whose past is its present ("hit", "cut",
"set", "put", "shut", "spread", "cost", "quit", "split", "struck" aside): with a singular
subject it is a past tense ("The storm hit on Oct. 9", read on Sept. 2, is last October's),
with a plural subject or a modal it is not."""

from __future__ import annotations

from datetime import date

S = date(2020, 9, 2)

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("The storm hit on Oct. 9, flooding hundreds of homes.", S, "Oct. 9", "2019-10-09"),
    ("The bank cut its main rate on Nov. 3 to a record low.", S, "Nov. 3", "2019-11-03"),
    ("Inflation hit 5% in October, the highest in a decade.", S, "October", "2019-10"),
    ("The company quit the market in December.", S, "December", "2019-12"),
    ("Her husband set up the charity on Sept. 20.", S, "Sept. 20", "2019-09-20"),
    ("The virus spread to the town in November, officials said.", S, "November", "2019-11"),
    # guards
    ("The storm will hit on Oct. 9, forecasters say.", S, "Oct. 9", "2020-10-09"),
    (
        "Banks cut rates every year in October.",
        S,
        "October",
        frozenset({None, "2020-10", "2019-10"}),
    ),
    ("The bank is expected to cut its rate on Nov. 3.", S, "Nov. 3", "2020-11-03"),
    ("The talks are set for Oct. 9.", S, "Oct. 9", "2020-10-09"),
]
