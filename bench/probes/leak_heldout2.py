"""Held-out leak cases, second round: headline-shaped chrome first, short lines with digits.

The first round (``leak_heldout``, ``leak_cases``) found the start code leaking little, so
this round was written next, in the same sitting and still before any rule, for harder
shapes: a page's first line that reads like a headline but is a promotion, another story's
headline or a video's title; short lines with a digit or weekday near the top (reading
time, comment counts, issue numbers, weather); schedule teasers with weekdays; guards.
Written before ``leak_cases2``; only scored (``leak_probe --set 2 --held-out``).
Same format as ``leak_heldout``.
"""

from __future__ import annotations

HELD_OUT: list[tuple[list[str], str | None]] = [
    (
        ["C:Subscribe now for just $1 a week", "H:County jail to add mental health unit",
         "K:The county jail will add a mental health unit next year, the sheriff said on "
         "Monday."],
        "County jail to add mental health unit",
    ),
    (
        ["C:Man arrested after string of car break-ins", "C:Read more",
         "H:Town council backs plan for skate park",
         "K:The town council backed a plan for a skate park behind the library on Tuesday."],
        "Town council backs plan for skate park",
    ),
    (
        ["C:Now Playing: Rescue crews free trapped hiker",
         "H:Hiker rescued from canyon after two days",
         "K:A hiker was rescued from a canyon on Sunday after two days without food, rangers "
         "said."],
        "Hiker rescued from canyon after two days",
    ),
    (
        ["C:2 min read", "H:Farmers warn of poor harvest after dry winter",
         "K:Farmers warned on Monday of a poor harvest after the driest winter in decades."],
        "Farmers warn of poor harvest after dry winter",
    ),
    (
        ["H:Ambulance waits hit record high", "C:12 Comments",
         "K:Ambulance waits hit a record high in February, figures showed on Thursday."],
        "Ambulance waits hit record high",
    ),
    (
        ["C:Vol. 45, No. 12", "C:The Valley Weekly",
         "K:The valley's only covered bridge will be repaired this summer after the state "
         "approved funding on Friday, the county said."],
        None,
    ),
    (
        ["C:Sunday, 12°C", "C:Sign in",
         "K:A man was rescued from the river on Saturday night after falling from a "
         "footbridge, the coastguard said."],
        None,
    ),
    (
        ["C:Season tickets on sale now", "H:United appoint new manager",
         "K:United appointed a new manager on Monday, a week after sacking his predecessor."],
        "United appoint new manager",
    ),
    (
        ["C:Election 2024", "H:Senator launches bid for governor",
         "K:The state's senior senator launched her bid for governor on Saturday at a rally "
         "in her home town."],
        "Senator launches bid for governor",
    ),
    (
        ["H:Library cuts opening hours",
         "K:The library cut its opening hours on Monday to save money.",
         "BODY1", "C:Friday, March 8: Quiz night at the library", "BODY2"],
        "Library cuts opening hours",
    ),
    (
        ["H:Crowds flock to spring flower show",
         "K:Crowds flocked to the spring flower show on Saturday, organisers said.",
         "C:Photo 3/10", "BODY"],
        "Crowds flock to spring flower show",
    ),
    (
        ["C:Local weather forecast for the week ahead", "H:Bus drivers to strike over pay",
         "K:Bus drivers will strike over pay next week, their union said on Monday."],
        "Bus drivers to strike over pay",
    ),
    (
        ["C:Home Sports Business Opinion", "C:Top Stories",
         "K:The city's largest employer will cut 200 jobs by the end of the year, the company "
         "said on Tuesday."],
        None,
    ),
    (
        ["H:Budget passes 7-2", "D:Tuesday, March 5, 2024",
         "K:The council passed its budget 7-2 on Tuesday after a three-hour debate."],
        "Budget passes 7-2",
    ),
    (
        ["H:Strike to shut schools on Friday",
         "K:A teachers' strike will shut schools across the district on Friday, the union "
         "said."],
        "Strike to shut schools on Friday",
    ),
    (
        ["H:Museum returns stolen painting",
         "K:The museum returned a stolen painting to its owners on Monday.",
         "BODY", "C:Recommended for you", "C:Woman, 84, celebrates first marathon finish",
         "C:Five things to do this weekend"],
        "Museum returns stolen painting",
    ),
]  # fmt: skip
