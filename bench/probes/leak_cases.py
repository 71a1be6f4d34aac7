"""Tuning leak cases: short chrome lines a page puts around its story.

Written after ``leak_heldout`` (that file first), in the same sitting, before any rule of
the round, from how news pages are built (not from the gold set); read while writing
rules (``python -m bench.probes.leak_probe``).  Same format as ``leak_heldout``.
"""

from __future__ import annotations

TUNING: list[tuple[list[str], str | None]] = [
    (
        ["C:Skip to main content", "C:Menu", "C:Local News",
         "H:Library to extend weekend hours",
         "K:The city library will extend its weekend hours from next month, the library "
         "board said on Monday."],
        "Library to extend weekend hours",
    ),
    (
        ["C:The Daily Courier", "C:Your trusted source for local news", "C:Search",
         "K:A man was arrested on Sunday after a chase that ended in a crash on the "
         "interstate, state troopers said."],
        None,
    ),
    (
        ["C:Live", "C:Updated 2 minutes ago",
         "H:Incumbent holds seat in tight race",
         "K:The incumbent held her seat in a tight race on Tuesday night, winning by fewer "
         "than 300 votes."],
        "Incumbent holds seat in tight race",
    ),
    (
        ["H:Port strike enters third day",
         "K:A strike at the port entered its third day on Wednesday, with hundreds of ships "
         "waiting offshore.",
         "BODY1", "C:Webinar: Supply chains in 2024 — March 21", "BODY2"],
        "Port strike enters third day",
    ),
    (
        ["H:Zoo welcomes rare snow leopard cubs",
         "K:The city zoo welcomed two rare snow leopard cubs on Friday, keepers said.",
         "C:Image 1 of 8", "C:Photo: Feb. 28, 2024 / City Zoo", "BODY"],
        "Zoo welcomes rare snow leopard cubs",
    ),
    (
        ["C:VIDEO: Drone footage shows flood damage", "H:Flooding closes highway for second day",
         "K:Flooding closed the highway for a second day on Tuesday as the river kept "
         "rising."],
        "Flooding closes highway for second day",
    ),
    (
        ["H:Bakery wins national bread award",
         "K:A family bakery won a national bread award on Thursday for its sourdough.",
         "BODY", "C:Most Popular", "C:Man dies in crash on Route 9",
         "C:Diner closing after 60 years on March 30",
         "C:Council approves new parking rules"],
        "Bakery wins national bread award",
    ),
    (
        ["H:Judge denies bail for robbery suspect",
         "K:A judge denied bail on Monday for a man accused of robbing three banks.",
         "BODY", "C:Topics", "C:Crime", "C:Courts", "C:Public Safety"],
        "Judge denies bail for robbery suspect",
    ),
    (
        ["H:Lawmakers pass school funding bill",
         "K:Lawmakers passed a school funding bill on Thursday after a long debate.",
         "BODY",
         "C:Mark Ellis has covered state politics since 2015. Follow him on X @markellis."],
        "Lawmakers pass school funding bill",
    ),
    (
        ["H:Airline adds direct flights to Lisbon",
         "K:The airline will add direct flights to Lisbon from May, it said on Tuesday.",
         "BODY1", "C:Sign up for the Morning Briefing",
         "C:Delivered every weekday at 6 a.m.", "BODY2"],
        "Airline adds direct flights to Lisbon",
    ),
    (
        ["H:Teachers vote to strike", "C:Share", "C:Tweet", "C:Email", "C:Print",
         "K:Teachers voted to strike on Friday after talks over pay broke down."],
        "Teachers vote to strike",
    ),
    (
        ["H:County opens new recycling centre",
         "K:The county opened a new recycling centre on Monday near the ring road.",
         "BODY", "C:Trending Now", "C:Snow to hit region Wednesday night",
         "C:Police seek driver in Sunday hit-and-run"],
        "County opens new recycling centre",
    ),
    (
        ["C:BREAKING",
         "K:Police closed the main bridge into the city on Tuesday morning after a lorry "
         "overturned, blocking all lanes."],
        None,
    ),
    (
        ["C:Exclusive", "H:Star striker set to leave club in summer",
         "K:The club's star striker is set to leave in the summer, three sources said on "
         "Sunday."],
        "Star striker set to leave club in summer",
    ),
    (
        ["H:Airport expansion approved", "D:Monday, March 4, 2024",
         "K:The airport expansion was approved by the planning board on Monday."],
        "Airport expansion approved",
    ),
    (
        ["H:Fire destroys family home",
         "K:A fire destroyed a family home on Elm Street early on Sunday.",
         "K:No one was hurt.", "K:The cause is under investigation.", "BODY"],
        "Fire destroys family home",
    ),
    (
        ["H:City plans new bike lanes",
         "K:The city plans to build ten miles of new bike lanes this year, officials said on "
         "Monday.",
         "BODY1", "C:Don't miss: Jazz in the Park returns June 8", "BODY2"],
        "City plans new bike lanes",
    ),
    (
        ["C:Opinion", "C:Letters to the Editor", "H:Our parks deserve better funding",
         "K:Our parks deserve better funding than the council gave them in Tuesday's "
         "budget."],
        "Our parks deserve better funding",
    ),
    (
        ["C:Sport", "C:Cricket", "H:England collapse to defeat in Ranchi",
         "K:England collapsed to a five-wicket defeat in Ranchi on Monday, losing their last "
         "seven wickets for 40 runs."],
        "England collapse to defeat in Ranchi",
    ),
    (
        ["C:News", "C:Protesters gather outside parliament on Tuesday. Photo: Reuters",
         "K:Thousands of protesters gathered outside parliament on Tuesday to demand early "
         "elections, police said."],
        None,
    ),
    (
        ["C:Listen · 3:42", "H:Bank cuts interest rates for first time in four years",
         "K:The central bank cut interest rates for the first time in four years on "
         "Thursday."],
        "Bank cuts interest rates for first time in four years",
    ),
    (
        ["H:Unemployment falls to 3.9%",
         "K:Unemployment fell to 3.9% in February, the statistics office said on Tuesday.",
         "BODY1", "C:READ MORE: Rates to fall again by June, economists say", "BODY2"],
        "Unemployment falls to 3.9%",
    ),
    (
        ["H:Residents rally to save old cinema",
         "K:Residents rallied on Saturday to save the town's old cinema from demolition.",
         "BODY", "C:Events", "C:April 2 – Community clean-up day",
         "C:April 16 – Farmers market opens"],
        "Residents rally to save old cinema",
    ),
    (
        ["H:Sheriff's deputy hurt in crash", "C:By Tom Reed, Staff Writer",
         "D:Posted: Mar 4, 2024 / 05:30 PM CST",
         "K:A sheriff's deputy was hurt on Monday when a pickup truck hit his patrol car."],
        "Sheriff's deputy hurt in crash",
    ),
    (
        ["H:Warehouse plan draws opposition",
         "K:A plan for a huge warehouse drew opposition from neighbours at a meeting on "
         "Wednesday.",
         "BODY", "C:Copyright 2024 Nexstar Media Inc. All rights reserved."],
        "Warehouse plan draws opposition",
    ),
    (
        ["C:Science", "H:Comet visible this weekend",
         "K:A bright comet will be visible to the naked eye this weekend, astronomers said "
         "on Monday."],
        "Comet visible this weekend",
    ),
    (
        ["C:Watch Live", "C:Weather", "C:Traffic", "H:Gas leak forces school evacuation",
         "K:A gas leak forced the evacuation of an elementary school on Tuesday morning."],
        "Gas leak forces school evacuation",
    ),
    (
        ["C:Home › News › Local", "D:March 4, 2024",
         "K:A local charity handed out 500 winter coats on Saturday at the community centre, "
         "its director said."],
        None,
    ),
    (
        ["H:Trial of former mayor adjourned",
         "K:The trial of the former mayor was adjourned on Monday after a juror fell ill.",
         "D:The hearing resumes on March 12.", "BODY"],
        "Trial of former mayor adjourned",
    ),
    (
        ["H:Hospital staff to get pay rise",
         "K:Hospital staff will get a 5% pay rise from April, the health board said on "
         "Tuesday.",
         "BODY1", "C:Advertisement", "C:Story continues below advertisement", "BODY2"],
        "Hospital staff to get pay rise",
    ),
    (
        ["C:PHOTOS: Scenes from the St. Patrick's Day parade",
         "H:Thousands turn out for city parade",
         "K:Thousands of people turned out for the city's parade on Sunday despite the rain."],
        "Thousands turn out for city parade",
    ),
    (
        ["H:Aid convoy reaches besieged town",
         "K:An aid convoy reached the besieged town on Friday for the first time in weeks, "
         "the UN said.",
         "BODY", "C:About the author",
         "C:Lisa Grant is a senior correspondent based in Nairobi."],
        "Aid convoy reaches besieged town",
    ),
]  # fmt: skip
