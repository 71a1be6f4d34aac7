"""Tuning leak cases, second round (after ``leak_heldout2``, same sitting, before any rule).

Same shapes as ``leak_heldout2``; read while writing rules (``leak_probe --set 2``).
"""

from __future__ import annotations

TUNING: list[tuple[list[str], str | None]] = [
    (
        ["C:Get unlimited digital access for 99p", "H:Rail line to reopen after landslip",
         "K:The rail line will reopen next week after a landslip closed it in January, "
         "engineers said on Monday."],
        "Rail line to reopen after landslip",
    ),
    (
        ["C:Driver hurt in motorway crash", "C:Read more", "H:Hotel plan rejected by planners",
         "K:A plan for a 12-storey hotel was rejected by planners on Wednesday."],
        "Hotel plan rejected by planners",
    ),
    (
        ["C:Up next: Storm brings flooding to coastal towns",
         "H:Pier closed after storm damage",
         "K:The pier was closed on Sunday after a storm damaged its supports."],
        "Pier closed after storm damage",
    ),
    (
        ["C:3 min read", "H:Nurses accept new pay offer",
         "K:Nurses accepted a new pay offer on Thursday, ending a year-long dispute."],
        "Nurses accept new pay offer",
    ),
    (
        ["H:Council tax to rise 5%", "C:4 Comments",
         "K:Council tax will rise 5% from April, the council decided on Tuesday."],
        "Council tax to rise 5%",
    ),
    (
        ["C:Issue 214 • Spring 2024", "C:The Harbour Gazette",
         "K:The harbour master retired on Friday after 40 years in the job, the port "
         "authority said."],
        None,
    ),
    (
        ["C:Monday 8°C Cloudy",
         "K:Two teenagers were arrested on Sunday after a shop window was smashed on the high "
         "street, police said."],
        None,
    ),
    (
        ["C:Book your summer holiday today", "H:Travel firm collapses into administration",
         "K:A travel firm collapsed into administration on Monday, leaving thousands of "
         "holidaymakers stranded."],
        "Travel firm collapses into administration",
    ),
    (
        ["C:Budget 2024", "H:Chancellor freezes fuel duty",
         "K:The chancellor froze fuel duty for another year in Wednesday's budget."],
        "Chancellor freezes fuel duty",
    ),
    (
        ["H:Park to get new playground",
         "K:The park will get a new playground this summer, the council said on Monday.",
         "BODY1", "C:Saturday, March 9: Charity fun run in the park", "BODY2"],
        "Park to get new playground",
    ),
    (
        ["H:Artist unveils giant mural",
         "K:An artist unveiled a giant mural on the side of the old mill on Saturday.",
         "C:Picture 2 of 6", "BODY"],
        "Artist unveils giant mural",
    ),
    (
        ["C:Your weekend weather at a glance", "H:Gritters out as snow hits hills",
         "K:Gritters were out on Sunday night as snow hit the hills, the council said."],
        "Gritters out as snow hits hills",
    ),
    (
        ["C:News Sport Weather Culture", "C:Latest",
         "K:A new bridge over the estuary opened to traffic on Saturday, two years late, the "
         "roads agency said."],
        None,
    ),
    (
        ["H:Rates held at 5.25%", "D:5 March 2024",
         "K:The central bank held rates at 5.25% on Tuesday."],
        "Rates held at 5.25%",
    ),
    (
        ["H:Polls close at 8pm tonight",
         "K:Polls close at 8pm tonight in the by-election, the returning officer said."],
        "Polls close at 8pm tonight",
    ),
    (
        ["H:Ferry returns to service",
         "K:The island ferry returned to service on Monday after repairs.",
         "BODY", "C:You may also like", "C:Dog saved from frozen lake on Sunday",
         "C:Ten best pubs in the county"],
        "Ferry returns to service",
    ),
    (
        ["H:Ten hurt in bus crash",
         "K:Ten people were hurt when a bus left the road on Monday morning.",
         "K:Four are in hospital.", "BODY"],
        "Ten hurt in bus crash",
    ),
]  # fmt: skip
