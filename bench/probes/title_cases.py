"""The headline of a text input: lines above and below it as pages and wires write them.

Each case is the lines before the body (one paragraph unless a line is empty) and the
title expected (None: the input states none).  HELD_OUT was written with TUNING, before
any rule, and is only scored.
"""

from __future__ import annotations

HEAD = "Valley floods force hundreds from their homes"

TUNING: list[tuple[list[str], str | None]] = [
    ([HEAD], HEAD),
    (["Skip to main content", HEAD], HEAD),
    (["Menu", "Search", HEAD], HEAD),
    ([HEAD, "By Jane Doe, Staff Writer", "March 12, 2024"], HEAD),
    ([HEAD, "Updated 3:45 PM EST, Tue March 12, 2024"], HEAD),
    ([HEAD, "By JANE DOE Associated Press"], HEAD),
    ([HEAD, "Published: 12 March 2024"], HEAD),
    ([HEAD, "March 12, 2024 at 4:05 p.m. EDT"], HEAD),
    ([HEAD, "Jane Doe", "Tue 12 Mar 2024 09.30 GMT"], HEAD),
    (["Weather", HEAD, "By Jane Doe"], HEAD),
    ([HEAD, "", "By Jane Doe | March 12, 2024"], HEAD),
    ([HEAD, "Residents of three towns were told to leave as the river rose"], HEAD),
    ([HEAD, "5 min read"], HEAD),
    (["Share", "Tweet", HEAD, "Posted: Mar 12, 2024 / 04:05 PM CDT"], HEAD),
    ([], None),
]

HELD_OUT: list[tuple[list[str], str | None]] = [
    ([HEAD, "By Jane Doe and John Roe, Reuters"], HEAD),
    ([HEAD, "Last updated: 12 March 2024"], HEAD),
    ([HEAD, "Jane Doe, Valley Courier", "Mar. 12, 2024"], HEAD),
    (["Local News", HEAD, "By Jane Doe • March 12, 2024"], HEAD),
    ([HEAD, "Written by Jane Doe", "2 minute read"], HEAD),
    ([HEAD, "Tuesday, March 12, 2024 4:05PM"], HEAD),
    ([HEAD, "Officials say the river will crest on Thursday"], HEAD),
]
