"""Twelfth held-out batch (only scored; written in one sitting before ``dates_cases12`` and
any rule of the round): a weekday still ahead whose tense is read after it or beside it,
not before: a modal or a present verb after the weekday ("the game on Saturday should ...",
"the weather on Sunday looks ..."), a relative clause ("who host them on Saturday"), a
fixture line ("Saturday: A v B"), an event named ahead ("promises to", "ruled out of
Saturday's"); and past guards in the same shapes."""

from __future__ import annotations

from datetime import date

TH = date(2025, 10, 16)  # Thursday
MO = date(2025, 10, 13)  # Monday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    (
        "Drivers travelling on Saturday should expect delays on the M6.",
        TH,
        "Saturday",
        "2025-10-18",
    ),
    (
        "The march on Saturday must not block the high street, police warned.",
        TH,
        "Saturday",
        "2025-10-18",
    ),
    (
        "The forecast for the weekend looks mixed, with showers on Sunday likely to clear by noon.",
        TH,
        "Sunday",
        "2025-10-19",
    ),
    (
        "Rovers, who travel to Exeter on Saturday, are five points clear.",
        TH,
        "Saturday",
        "2025-10-18",
    ),
    (
        "The senators, who meet again on Wednesday, have yet to agree a text.",
        MO,
        "Wednesday",
        "2025-10-15",
    ),
    ("Saturday: Rovers v Exeter (3pm), Town v United (5.30pm).", TH, "Saturday", "2025-10-18"),
    ("Wednesday: the committee takes evidence from the minister.", MO, "Wednesday", "2025-10-15"),
    ("Sunday's final promises to be the closest in years.", TH, "Sunday", "2025-10-19"),
    ("The Friday vote looks certain to pass.", MO, "Friday", "2025-10-17"),
    (
        "Jones has been ruled out of Saturday's game with a hamstring strain.",
        TH,
        "Saturday",
        "2025-10-18",
    ),
    (
        "Patel has been named in the squad for Saturday's trip to Cardiff.",
        TH,
        "Saturday",
        "2025-10-18",
    ),
    (
        "Roads around the stadium close at noon on Saturday and reopen at 7pm.",
        TH,
        "Saturday",
        "2025-10-18",
    ),
    (
        "Anyone attending the vigil on Sunday is asked to bring a candle.",
        TH,
        "Sunday",
        "2025-10-19",
    ),
    ("A decision on the bid is now likely on Wednesday.", MO, "Wednesday", "2025-10-15"),
    ("Temperatures on Sunday could reach 20C in the south-east.", TH, "Sunday", "2025-10-19"),
    (
        "Saturday's showdown with the league leaders will be televised.",
        TH,
        "Saturday",
        "2025-10-18",
    ),
    # past guards
    ("Drivers travelling on Saturday faced long delays on the M6.", TH, "Saturday", "2025-10-11"),
    ("Rovers, who travelled to Exeter on Saturday, lost 2-0.", TH, "Saturday", "2025-10-11"),
    (
        "Jones was ruled out of Saturday's game with a hamstring strain"
        " and watched from the stand.",
        TH,
        "Saturday",
        "2025-10-11",
    ),
    ("Sunday's final proved to be the closest in years.", TH, "Sunday", "2025-10-12"),
    ("Temperatures on Sunday reached 20C in the south-east.", TH, "Sunday", "2025-10-12"),
    ("The march on Saturday passed off peacefully, police said.", TH, "Saturday", "2025-10-11"),
]
