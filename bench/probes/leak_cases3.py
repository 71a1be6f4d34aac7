"""Tuning leak cases, third round (after ``leak_heldout3``, same sitting, before any rule
of the round).  Same shapes; read while writing rules (``leak_probe --set 3``).
"""

from __future__ import annotations

TUNING: list[tuple[list[str], str | None]] = [
    (
        ["C:Liverpool Echo", "H:Ferry strike called off after talks",
         "K:A strike by ferry workers on the Mersey was called off on Monday after talks, "
         "Liverpool's port said."],
        "Ferry strike called off after talks",
    ),
    (
        ["C:Cornwall Live",
         "K:Coastguards rescued two walkers cut off by the tide in Cornwall on Sunday "
         "afternoon."],
        None,
    ),
    (
        ["C:Courts & Justice", "H:Teacher jailed for stealing from school",
         "K:A teacher was jailed on Friday at the crown court for stealing £40,000 from the "
         "school where she worked."],
        "Teacher jailed for stealing from school",
    ),
    (
        ["C:Chicago Breaking News",
         "K:Chicago police arrested three men after a shooting on the South Side on "
         "Saturday."],
        None,
    ),
    (
        ["C:Florida Weather Center", "H:Hurricane warning issued for Keys",
         "K:A hurricane warning was issued for the Florida Keys on Tuesday as the storm "
         "strengthened."],
        "Hurricane warning issued for Keys",
    ),
    (
        ["C:Business News Daily", "H:Retail sales fall for third month",
         "K:Retail sales fell for a third month in February, official business figures "
         "showed."],
        "Retail sales fall for third month",
    ),
    (
        ["C:Local Election Results",
         "K:The council's ruling party lost its majority in Thursday's local election, "
         "results showed on Friday."],
        None,
    ),
    (
        ["H:Chicago Teachers Strike",
         "K:Chicago teachers went on strike on Monday over class sizes."],
        "Chicago Teachers Strike",
    ),
    (
        ["H:Weather Service Issues Flood Warning",
         "K:The National Weather Service issued a flood warning on Monday for the river "
         "valley."],
        "Weather Service Issues Flood Warning",
    ),
    (
        ["C:Sport", "C:Football", "C:Rovers News", "H:Manager signs new contract",
         "K:The Rovers manager signed a new two-year contract on Friday."],
        "Manager signs new contract",
    ),
    (
        ["H:Texas Floods: Death Toll Rises",
         "K:The death toll from the Texas floods rose to 12 on Sunday."],
        "Texas Floods: Death Toll Rises",
    ),
    (
        ["C:Yorkshire Post", "C:Opinion", "H:Our region needs fairer funding",
         "K:Our region needs fairer funding from the government, Yorkshire's mayors said on "
         "Monday."],
        "Our region needs fairer funding",
    ),
]  # fmt: skip
