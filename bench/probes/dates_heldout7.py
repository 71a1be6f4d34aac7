"""Seventh held-out batch (only scored; written in one sitting before ``dates_cases7`` and
before any rule after them): a weekday's own clause against the tense of the words around
it (a relative clause set off by commas, a clause after "after", "that" or "when"), a plan
reported in the past ("planned to", "hoped to"), a date moved ("pushed back to"), and past
guards."""

from __future__ import annotations

from datetime import date

W = date(2025, 6, 11)  # Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("The senator, who announced her run last year, debates her rival on Thursday.", W,
     "Thursday", "2025-06-12"),
    ("The bridge, which was damaged in a crash, reopens Friday.", W, "Friday", "2025-06-13"),
    ("The museum, closed since the flood, welcomes visitors again on Saturday.", W,
     "Saturday", "2025-06-14"),
    ("The jury resumes deliberations Thursday after a juror fell ill.", W, "Thursday",
     "2025-06-12"),
    ("Fans gather in the square Friday, where the team celebrated its title in 2019.", W,
     "Friday", "2025-06-13"),
    ("The two leaders meet in Geneva on Monday, a month after talks collapsed.", W,
     "Monday", "2025-06-16"),
    ("The governor said she intended to sign the bill Friday.", W, "Friday", "2025-06-13"),
    ("Organisers said they hoped to reopen the festival site on Saturday.", W, "Saturday",
     "2025-06-14"),
    ("The vote was pushed back to Thursday.", W, "Thursday", "2025-06-12"),
    ("The launch has been postponed to Sunday because of high winds.", W, "Sunday",
     "2025-06-15"),
    ("The match was rescheduled for Saturday.", W, "Saturday", "2025-06-14"),
    ("Storm Bert, which brought floods to Wales last month, is forecast to weaken Friday.", W,
     "Friday", "2025-06-13"),
    # guards: the weekday's own clause is in the past
    ("The senator, who debates her rival tonight, announced her run on Monday.", W, "Monday",
     "2025-06-09"),
    ("The bridge reopened Friday after repairs that will cost millions.", W, "Friday",
     "2025-06-06"),
    ("Police said the suspect, who is due in court next month, was arrested Sunday.", W,
     "Sunday", "2025-06-08"),
    ("She planned the trip on Monday, her office said.", W, "Monday", "2025-06-09"),
    ("The game was moved indoors on Tuesday.", W, "Tuesday", "2025-06-10"),
    ("Firefighters, who remain on the scene, contained the blaze Saturday.", W, "Saturday",
     "2025-06-07"),
]  # fmt: skip
