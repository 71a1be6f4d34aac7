"""Tuning leak cases, fourth round (after ``leak_heldout4``, same sitting, before any rule
of the round).  Same shapes; read while writing rules (``leak_probe --set 4``).
"""

from __future__ import annotations

TUNING: list[tuple[list[str], str | None]] = [
    (
        ["C:Election 2024", "C:November 2024",
         "H:Governor wins second term",
         "K:The governor won a second term on Tuesday, beating her rival by ten points."],
        "Governor wins second term",
    ),
    (
        ["C:Euro 2024", "H:England reach the final",
         "K:England reached the final of the European Championship on Wednesday with a late "
         "winner."],
        "England reach the final",
    ),
    (
        ["H:Wildfire destroys 40 homes", "C:Image 1 of 9",
         "K:A wildfire destroyed 40 homes on Sunday as strong winds fanned the flames."],
        "Wildfire destroys 40 homes",
    ),
    (
        ["C:Winter 2024 Edition", "H:How one town rebuilt its high street",
         "K:The town rebuilt its high street in 2021 with a grant from the lottery."],
        "How one town rebuilt its high street",
    ),
    (
        ["C:Season 2024", "H:United sign teenage striker",
         "K:United signed a teenage striker on Monday on a four-year contract."],
        "United sign teenage striker",
    ),
    (
        ["H:Jobless rate falls", "D:5 March 2024",
         "K:The jobless rate fell in January, official figures showed on Tuesday."],
        "Jobless rate falls",
    ),
    (
        ["C:Day 12", "C:Live",
         "H:Strikers return to picket lines",
         "K:Strikers returned to the picket lines on Monday, the twelfth day of the strike."],
        "Strikers return to picket lines",
    ),
    (
        ["H:Museum to close for repairs", "D:Tue 5 Mar 2024 08.00 GMT",
         "K:The museum will close for repairs next month, its director said on Tuesday."],
        "Museum to close for repairs",
    ),
    (
        ["C:Vol. 12 No. 3", "C:March 2024",
         "H:Inside the town's oldest bakery",
         "K:The town's oldest bakery has made bread on the same street since 1890."],
        "Inside the town's oldest bakery",
    ),
    (
        ["C:COP28", "H:Nations agree to move away from fossil fuels",
         "K:Nations agreed on Wednesday to move away from fossil fuels, the first such deal."],
        "Nations agree to move away from fossil fuels",
    ),
]  # fmt: skip
