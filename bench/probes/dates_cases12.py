"""Twelfth tuning batch (written after ``dates_heldout12`` was scored, before any rule of the
round; read while writing rules): a weekday inside its clause's subject, the verb after it
("Fans heading to the game on Saturday should ...", "The weather on Saturday looks ..."), a
relative clause in the present ("Leeds, who visit on Saturday, ..."), a fixture line, a
squad named for a fixture; and past guards."""

from __future__ import annotations

from datetime import date

TH = date(2025, 10, 16)  # Thursday
MO = date(2025, 10, 13)  # Monday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("The Saturday clash with Leeds promises to be tense.", TH, "Saturday", "2025-10-18"),
    ("Leeds, who visit on Saturday, are unbeaten.", TH, "Saturday", "2025-10-18"),
    ("Fans heading to the game on Saturday should allow extra time.", TH, "Saturday", "2025-10-18"),
    ("Saturday: Leeds v Hull, 3pm.", TH, "Saturday", "2025-10-18"),
    ("Smith has been ruled out of Saturday's derby.", TH, "Saturday", "2025-10-18"),
    ("The weather on Saturday looks dry.", TH, "Saturday", "2025-10-18"),
    (
        "The strike on Wednesday is likely to close every school in the city.",
        MO,
        "Wednesday",
        "2025-10-15",
    ),
    ("Rain on Sunday may force organisers to shorten the race.", TH, "Sunday", "2025-10-19"),
    ("A vote is likely on Wednesday.", MO, "Wednesday", "2025-10-15"),
    # past guards
    ("Fans heading to the game on Saturday faced long queues.", TH, "Saturday", "2025-10-11"),
    ("Police on Saturday could not confirm the cause of the fire.", TH, "Saturday", "2025-10-11"),
    ("Leeds, who visited on Saturday, lost 2-0.", TH, "Saturday", "2025-10-11"),
    ("Smith has been charged over Saturday's attack.", TH, "Saturday", "2025-10-11"),
    ("The weather on Saturday looked dry until the afternoon.", TH, "Saturday", "2025-10-11"),
    ("Saturday: Leeds 2 Hull 0.", TH, "Saturday", "2025-10-11"),
]
