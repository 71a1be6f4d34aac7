"""Held-out title cases, third round: a page's top when it was copied as text (menus,
share rows, stamps, kickers), with or without a headline under it.

Written with ``title_cases3`` before any rule of the round, from how news pages lay out
their tops (not from gold articles); this file was written first and is only scored
(``title_probe --set 3 --held-out``), its wrong cases never printed.  ``None``: the page
has no headline, so no line of its top may become the title.
"""

from __future__ import annotations

HELD_OUT: list[tuple[list[str], str | None]] = [
    (
        [
            "Skip to main content",
            "Menu",
            "Search",
            "Local News",
            "Bridge closure to last six months, council says",
        ],
        "Bridge closure to last six months, council says",
    ),
    (
        ["BREAKING NEWS", "Storm knocks out power to 40,000 homes"],
        "Storm knocks out power to 40,000 homes",
    ),
    (["Share this article", "Facebook", "Twitter", "Email"], None),
    (["Home / News / Local"], None),
    (["Posted: Mar 12, 2024 / 05:14 PM EDT", "Updated: Mar 12, 2024 / 06:30 PM EDT"], None),
    (
        ["LIVE", "Election results: Labour takes key marginal seats"],
        "Election results: Labour takes key marginal seats",
    ),
    (
        ["Watch Live", "US economy adds 275,000 jobs in February"],
        "US economy adds 275,000 jobs in February",
    ),
    (
        ["Photo: John Smith / AP", "Wildfire forces evacuation of mountain town"],
        "Wildfire forces evacuation of mountain town",
    ),
    (
        [
            "Listen to this article",
            "5 min",
            "Regulators fine bank $2 billion over money laundering failures",
        ],
        "Regulators fine bank $2 billion over money laundering failures",
    ),
    (
        ["Print", "Email", "Font size", "Hospital waiting lists hit record high"],
        "Hospital waiting lists hit record high",
    ),
    (["Advertisement", "Supported by"], None),
    (
        ["World", "Africa", "Thousands flee as fighting spreads in capital"],
        "Thousands flee as fighting spreads in capital",
    ),
    (["By Sarah Jones, Reuters", "March 12, 2024"], None),
    (
        ["Exclusive", "Minister knew of safety warnings months before collapse"],
        "Minister knew of safety warnings months before collapse",
    ),
    (["Newsletter", "Get the latest headlines in your inbox every morning", "Sign up"], None),
    (
        ["Your browser does not support the video tag.", "Teen charged after school bus crash"],
        "Teen charged after school bus crash",
    ),
    (["Copyright 2024 Nexstar Media Inc. All rights reserved."], None),
    (
        ["Analysis", "Why the central bank is in no hurry to cut rates"],
        "Why the central bank is in no hurry to cut rates",
    ),
    (
        ["Comments (12)", "Council approves budget with 4% tax rise"],
        "Council approves budget with 4% tax rise",
    ),
    (
        ["News", "Health", "New clinic to open in town centre next year"],
        "New clinic to open in town centre next year",
    ),
    (["Follow us on Facebook", "Follow us on Instagram"], None),
    (
        ["Getty Images", "Rail strikes to go ahead after talks collapse"],
        "Rail strikes to go ahead after talks collapse",
    ),
    (["1 of 5", "Next", "Previous"], None),
    (
        ["Updated 2 hours ago", "Man dies after being hit by train"],
        "Man dies after being hit by train",
    ),
    (["Log in", "Register", "Subscribe now"], None),
    (
        ["Home > Business > Markets", "Shares slide as tech earnings disappoint"],
        "Shares slide as tech earnings disappoint",
    ),
    (["Related Topics", "Crime", "Courts"], None),
    (
        ["Sponsored", "Tickets on sale for summer festival", ""],
        None,
    ),
]
