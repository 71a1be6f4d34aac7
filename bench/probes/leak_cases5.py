"""Tuning leak cases, fifth round (after ``leak_heldout5``, same sitting, before any rule
of the round).  Same shapes; read while writing rules (``leak_probe --set 5``).
"""

from __future__ import annotations

TUNING: list[tuple[list[str], str | None]] = [
    (
        ["C:Council approves budget", "C:March 1, 2024", "C:Police name crash victim",
         "C:February 28, 2024", "H:Bridge toll to be scrapped", "D:March 4, 2024",
         "K:The bridge toll will be scrapped next year, the transport minister said on "
         "Monday."],
        "Bridge toll to be scrapped",
    ),
    (
        ["H:Brewery expands into old mill",
         "K:A brewery expanded into the old mill on Monday, creating 20 jobs.",
         "BODY", "C:Most Read", "C:Man dies after fall from cliff", "C:March 2, 2024",
         "C:Shop owner fined for selling vapes to teens", "C:March 1, 2024"],
        "Brewery expands into old mill",
    ),
    (
        ["C:Top Stories", "C:Firefighters tackle blaze at farm", "C:3 March 2024",
         "C:New bus route launched", "C:2 March 2024",
         "H:Swimming pool to reopen after repairs", "D:4 March 2024",
         "K:The swimming pool will reopen next week after repairs, the council said on "
         "Monday."],
        "Swimming pool to reopen after repairs",
    ),
    (
        ["C:Sections", "D:Mon, Mar 4, 2024", "C:Weather", "H:Bridge toll to be scrapped",
         "K:The bridge toll will be scrapped next year, the transport minister said on "
         "Monday."],
        "Bridge toll to be scrapped",
    ),
    (
        ["H:Ferry firm fined over safety breach", "D:March 4, 2024",
         "K:A ferry firm was fined £200,000 on Monday over a safety breach."],
        "Ferry firm fined over safety breach",
    ),
    (
        ["H:Zoo's oldest elephant dies",
         "K:The zoo's oldest elephant died on Sunday at the age of 58, keepers said.",
         "BODY", "C:You might also like", "C:Baby giraffe born at safari park",
         "C:Feb 20, 2024", "C:Penguins get new pool", "C:Feb 12, 2024"],
        "Zoo's oldest elephant dies",
    ),
]  # fmt: skip
