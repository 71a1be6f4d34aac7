"""Held-out leak cases, fourth round: short lines with a digit near a page's top.

Written after round 3, in one sitting, before ``leak_cases4`` and before any rule of this
round: under five words with a number (a campaign's or season's year, an issue or page
count, a photo counter, a live blog's day), which a timeline could take as an event;
guards are date lines the timeline must keep.  Only scored (``leak_probe --set 4
--held-out``).  Same format as ``leak_heldout``.
"""

from __future__ import annotations

HELD_OUT: list[tuple[list[str], str | None]] = [
    (
        ["C:World Cup 2022", "H:Fans flock to Doha for opening game",
         "K:Thousands of fans flocked to Doha on Saturday for the opening game of the World "
         "Cup."],
        "Fans flock to Doha for opening game",
    ),
    (
        ["C:Budget 2024", "C:March 2024",
         "H:Chancellor cuts national insurance by 2p",
         "K:The chancellor cut national insurance by 2p on Wednesday in his budget."],
        "Chancellor cuts national insurance by 2p",
    ),
    (
        ["H:Flood defences breached in three towns", "C:Photo 1 of 12",
         "K:Flood defences were breached in three towns on Sunday as the river burst its "
         "banks."],
        "Flood defences breached in three towns",
    ),
    (
        ["C:Spring 2024 Issue", "H:The village that saved its pub",
         "K:The villagers saved their pub in 2022 by buying it together, and it has thrived "
         "since."],
        "The village that saved its pub",
    ),
    (
        ["C:Season 2023-24", "H:Rovers sack manager after five defeats",
         "K:Rovers sacked their manager on Sunday after five straight defeats."],
        "Rovers sack manager after five defeats",
    ),
    (
        ["H:Council tax bills to rise", "D:4 March 2024",
         "K:Council tax bills will rise by 5% from April, the council said on Monday."],
        "Council tax bills to rise",
    ),
    (
        ["C:Day 3", "C:Live coverage",
         "H:Protests spread to second city",
         "K:Protests spread to the country's second city on Monday, the third day of "
         "unrest."],
        "Protests spread to second city",
    ),
    (
        ["H:Bridge toll to be scrapped", "D:Mon 4 Mar 2024 10.30 GMT",
         "K:The bridge toll will be scrapped next year, the transport minister said on "
         "Monday."],
        "Bridge toll to be scrapped",
    ),
]  # fmt: skip
