"""Seventh tuning batch (written after ``dates_heldout7``, rules written on these): a
weekday's own clause against the tense of the words around it, a plan reported in the
past, a date moved, months joined, and past guards."""

from __future__ import annotations

from datetime import date

W = date(2025, 6, 11)  # Wednesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Police said the suspect will appear in court Thursday.", W, "Thursday", "2025-06-12"),
    ("The man, who was arrested last week, is due in court on Friday.", W, "Friday",
     "2025-06-13"),
    ("Voters head to the polls Thursday after a campaign that was marred by violence.", W,
     "Thursday", "2025-06-12"),
    ("The storm, which formed Sunday, is forecast to make landfall Thursday.", W, "Thursday",
     "2025-06-12"),
    ("The team, which lost on Saturday, plays Arizona on Friday.", W, "Friday", "2025-06-13"),
    ("Prosecutors said they planned to file charges Thursday.", W, "Thursday", "2025-06-12"),
    ("The hearing, originally set for last month, was moved to Friday.", W, "Friday",
     "2025-06-13"),
    ("The council voted to delay the decision until Thursday.", W, "Thursday", "2025-06-12"),
    ("The trial was adjourned until Friday.", W, "Friday", "2025-06-13"),
    ("Services are scheduled for 11 a.m. Saturday.", W, "Saturday", "2025-06-14"),
    ("The company, which reported record sales in May, holds its annual meeting Friday.", W,
     "Friday", "2025-06-13"),
    ("The exhibition opens Saturday at the gallery that hosted the 2019 show.", W,
     "Saturday", "2025-06-14"),
    ("The minister said he wanted to visit the flooded towns on Friday.", W, "Friday",
     "2025-06-13"),
    ("The final was postponed until Sunday.", W, "Sunday", "2025-06-15"),
    ("The bridge reopens Friday, officials said.", W, "Friday", "2025-06-13"),
    ("A delayed flight lands Friday, the airline said.", W, "Friday", "2025-06-13"),
    # a month joined to the month before it, a year joined after them
    ("Sales fell in March and April.", W, "April", "2025-04"),
    ("Between January and March, 40 people died.", W, "March", "2025-03"),
    ("He lied on three occasions between April and August 2001.", W, "April", "2001-04"),
    ("The clinic is closed from November to February 2001.", W, "November", "2000-11"),
    # guards
    ("The report covers January to March.", W, "March", None),
    ("Theresa May and June Sarpong spoke.", W, "June", None),
    ("The company said it had planned to open the store Saturday.", W, "Saturday",
     "2025-06-07"),
    ("The injured man died Sunday.", W, "Sunday", "2025-06-08"),
    ("Speaking after the team's loss Monday to Ohio, the coach was asked about his future.",
     W, "Monday", "2025-06-09"),
    ("The storm, which is forecast to weaken, made landfall Sunday.", W, "Sunday",
     "2025-06-08"),
    ("The team, which plays Arizona next, lost on Saturday.", W, "Saturday", "2025-06-07"),
    ("The suspect was arrested Sunday after a chase that will be reviewed.", W, "Sunday",
     "2025-06-08"),
    ("Prosecutors filed charges Monday, the office said.", W, "Monday", "2025-06-09"),
    ("He moved to Boston on Monday.", W, "Monday", "2025-06-09"),
    ("The company said Tuesday it planned to cut jobs.", W, "Tuesday", "2025-06-10"),
]  # fmt: skip
