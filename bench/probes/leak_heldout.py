"""Held-out leak cases: short chrome lines a page puts around its story, scored only.

Written first, in one sitting, before ``leak_cases`` and before any rule of the round,
from how news pages are built (not from the gold set); only scored, before and after
(``python -m bench.probes.leak_probe --held-out``), its wrong cases never printed.

A case is ``(lines, headline)``.  Each line starts with its kind: ``H:`` the headline,
``C:`` chrome (no part of the digest may say it), ``K:`` a story line that must stay in
the cleaned text, ``D:`` a date line or dated story line that must stay and give a timeline
event; ``BODY``, ``BODY1``, ``BODY2`` place the probe's shared story tail (whole, or its
halves), which otherwise follows the case's lines.  ``headline`` is the title code should
choose, ``None`` when the copy has none.
"""

from __future__ import annotations

HELD_OUT: list[tuple[list[str], str | None]] = [
    (
        ["C:Home", "C:News", "C:Business", "H:Grocery chain to shut 40 stores",
         "C:By Karen Liu", "D:Updated March 4, 2024 at 6:02 p.m.",
         "K:A regional grocery chain will shut 40 stores by summer, the company said on "
         "Monday, blaming rising rents."],
        "Grocery chain to shut 40 stores",
    ),
    (
        ["C:The Riverside Ledger", "C:Independent news for the valley since 1887",
         "K:Two people were hurt when a delivery van struck a bus shelter on Oak Avenue on "
         "Saturday afternoon, police said."],
        None,
    ),
    (
        ["C:LIVE", "H:Storm Ciaran batters south coast as thousands lose power",
         "K:Storm Ciaran battered the south coast on Thursday, leaving thousands of homes "
         "without power."],
        "Storm Ciaran batters south coast as thousands lose power",
    ),
    (
        ["H:Council delays vote on housing plan",
         "K:The city council delayed a vote on its housing plan on Tuesday after residents "
         "packed the meeting.",
         "BODY1", "C:Webinar: Housing Market Outlook, April 9", "C:Register now", "BODY2"],
        "Council delays vote on housing plan",
    ),
    (
        ["H:Wildfire forces evacuations near Boulder",
         "K:A fast-moving wildfire forced hundreds of residents near Boulder to evacuate on "
         "Sunday, officials said.",
         "C:Image 4 of 15", "C:(Photo: Jan. 5, 2024)", "BODY"],
        "Wildfire forces evacuations near Boulder",
    ),
    (
        ["C:WATCH: Firefighters rescue dog from icy pond",
         "H:Man charged after crash that killed cyclist",
         "K:A 27-year-old man has been charged after a crash that killed a cyclist on Friday "
         "night, police said."],
        "Man charged after crash that killed cyclist",
    ),
    (
        ["H:Hospital opens new cancer wing",
         "K:The county hospital opened its new cancer wing on Wednesday, doubling the number "
         "of patients it can treat.",
         "BODY", "C:Most Read", "C:1. Teen arrested after school threat on Monday",
         "C:2. Mayor's budget hits snag", "C:3. Road to close March 12 for repairs"],
        "Hospital opens new cancer wing",
    ),
    (
        ["H:School board approves later start times",
         "K:The school board approved later start times for high schools on Monday night in "
         "a 5-2 vote.",
         "BODY", "C:Tags: Education, School Board, Election 2024"],
        "School board approves later start times",
    ),
    (
        ["H:Transit agency raises fares by 25 cents",
         "K:The transit agency will raise fares by 25 cents from July 1, its board decided "
         "on Thursday.",
         "BODY", "C:Jane Doe is a reporter who has covered transportation since 2019."],
        "Transit agency raises fares by 25 cents",
    ),
    (
        ["H:Pharmacy chain recalls children's cough syrup",
         "K:A national pharmacy chain recalled a children's cough syrup on Friday after "
         "complaints about a broken seal.",
         "BODY1", "C:Get the latest headlines in your inbox every morning", "C:Sign up",
         "BODY2"],
        "Pharmacy chain recalls children's cough syrup",
    ),
    (
        ["H:Police appeal for witnesses to stabbing",
         "C:Share this article", "C:Facebook", "C:Twitter", "C:Email",
         "K:Police appealed for witnesses on Sunday after a man was stabbed outside a bar in "
         "the town centre."],
        "Police appeal for witnesses to stabbing",
    ),
    (
        ["H:State unveils plan to cut emissions",
         "K:The state unveiled a plan on Monday to cut emissions by half by 2035, the "
         "governor's office said.",
         "BODY", "C:Trending", "C:Police name victim of Sunday stabbing",
         "C:Weather: Snow expected Thursday night",
         "C:Schools closed on Friday as strike goes ahead"],
        "State unveils plan to cut emissions",
    ),
    (
        ["C:BREAKING NEWS",
         "K:Firefighters were battling a large blaze at a warehouse in the industrial park on "
         "Tuesday morning, the fire service said."],
        None,
    ),
    (
        ["C:EXCLUSIVE", "H:Club in talks to sell stadium naming rights",
         "K:The club is in talks to sell the naming rights to its stadium, two people with "
         "knowledge of the talks said on Monday."],
        "Club in talks to sell stadium naming rights",
    ),
    (
        ["H:Mayor Smith resigns", "D:March 4, 2024",
         "K:Mayor John Smith resigned on Monday, citing health reasons."],
        "Mayor Smith resigns",
    ),
    (
        ["H:Council approves new library",
         "K:The council approved a new library for the east side on Tuesday night.",
         "K:The vote was 6-1.", "K:\"It's a great day for readers,\" she said.", "BODY"],
        "Council approves new library",
    ),
    (
        ["H:Transit board weighs bus cuts",
         "K:The transit board weighed cuts to six bus routes on Wednesday as ridership "
         "falls.",
         "BODY1", "C:Coming up: Town hall on transit, Thursday 7 p.m.", "BODY2"],
        "Transit board weighs bus cuts",
    ),
    (
        ["C:Sports", "C:Football", "C:Premier League", "H:Rovers come from behind to beat City",
         "K:Rovers came from behind to beat City 2-1 on Saturday with two goals in the last "
         "ten minutes."],
        "Rovers come from behind to beat City",
    ),
    (
        ["C:World",
         "C:Rescue workers search through rubble in Antakya. (AP Photo/Emrah Gurel)",
         "K:Rescue teams pulled two survivors from the rubble on Monday, a week after the "
         "earthquake struck, officials said."],
        None,
    ),
    (
        ["C:Listen to this article · 4 min", "H:Ferry operator cancels winter sailings",
         "K:The ferry operator cancelled its winter sailings on Friday, citing a shortage of "
         "crew."],
        "Ferry operator cancels winter sailings",
    ),
    (
        ["H:Energy bills to fall in spring",
         "K:Household energy bills will fall in the spring, the regulator said on Tuesday.",
         "BODY1", "C:Related: Ferry fares to rise 8% from April 1", "BODY2"],
        "Energy bills to fall in spring",
    ),
    (
        ["H:Chamber names new director",
         "K:The chamber of commerce named a new director on Monday after a six-month search.",
         "BODY", "C:Upcoming events", "C:Mar 12 | Business breakfast with the mayor",
         "C:Mar 19 | Small business awards"],
        "Chamber names new director",
    ),
    (
        ["H:Measles cases rise to 12 in county", "C:Sarah Jones, Health Reporter",
         "D:Published 4:46 PM, March 1, 2024",
         "K:Measles cases in the county rose to 12 on Friday, health officials said."],
        "Measles cases rise to 12 in county",
    ),
    (
        ["C:Middle East", "H:Ceasefire talks collapse again",
         "K:Ceasefire talks collapsed again on Sunday after the two sides failed to agree on a "
         "prisoner exchange."],
        "Ceasefire talks collapse again",
    ),
    (
        ["C:Traffic & Weather", "C:Watch Live", "H:Water main break floods downtown streets",
         "K:A water main break flooded downtown streets on Monday morning, closing several "
         "blocks."],
        "Water main break floods downtown streets",
    ),
    (
        ["H:Factory fire sends smoke over city",
         "K:A fire at a plastics factory sent thick smoke over the city on Saturday.",
         "BODY", "C:© 2024 Cox Media Group"],
        "Factory fire sends smoke over city",
    ),
]  # fmt: skip
