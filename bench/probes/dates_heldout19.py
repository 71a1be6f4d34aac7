"""Nineteenth held-out batch (only scored; written in one sitting before any rule of the
round, and before dates_cases19.py): weekdays and nearby days as real articles of many
genres and regions use them, the direction (the one just past or the one coming) set by the
clause's tense or modality, or by the genre's convention: match reports the morning after
and previews, injury news, court and crime, politics and markets, weather warnings,
British, Irish, Indian and Australian usages ("Tuesday week", "a week on Friday", "Monday
next", "this Friday", "Friday last", "Friday gone"), a headline's present tense for a past
event, a wire's weekday for the publication day itself, a verbless sentence taking its
tense from the one before, "the following day" and "two days later" counted from a weekday
in the same text, and traps (a habit, a fixture card with no date, "Black Friday" as a
name). "Super Tuesday" is dated, by tense, when the publication date lies in its week."""

from __future__ import annotations

from datetime import date

M = date(2023, 11, 6)  # a Monday
T = date(2024, 3, 7)  # a Thursday (two days after Super Tuesday 2024)
S = date(2024, 10, 19)  # a Saturday
U = date(2025, 1, 12)  # a Sunday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    # match reports the morning after, previews, injury news
    (
        "Haaland scored twice on Saturday night as City came from behind to beat Brentford.",
        U,
        "Saturday",
        "2025-01-11",
    ),
    ("Friday's win over Wigan lifted Rovers into the play-off places.", M, "Friday", "2023-11-03"),
    (
        "Coach Mia Torres was still fuming about last night's game when she met reporters.",
        S,
        "last night",
        "2024-10-18",
    ),
    (
        "Ahead of Sunday's final at Wembley, the manager said his squad was fully fit.",
        T,
        "Sunday",
        "2024-03-10",
    ),
    (
        "Saturday's visit of Leeds will be the club's first sell-out of the season.",
        M,
        "Saturday",
        "2023-11-11",
    ),
    (
        "Harris has been ruled out of Wednesday's trip to Anfield with a hamstring injury.",
        U,
        "Wednesday",
        "2025-01-15",
    ),
    (
        "The winger picked up a knock on Tuesday and is a doubt for the derby.",
        S,
        "Tuesday",
        "2024-10-15",
    ),
    # court and crime
    (
        "Jones, 34, will be sentenced on Friday at Cardiff Crown Court.",
        T,
        "Friday",
        "2024-03-08",
    ),
    (
        "A man was arrested on Sunday and charged on Monday with attempted murder.",
        T,
        "Sunday",
        "2024-03-03",
    ),
    (
        "A man was arrested on Sunday and charged on Monday with attempted murder.",
        T,
        "Monday",
        "2024-03-04",
    ),
    (
        "He appeared before magistrates on Saturday and was remanded in custody until Thursday.",
        M,
        "Thursday",
        "2023-11-09",
    ),
    (
        "The teenager, who denies the charge, is due back in court on Wednesday.",
        S,
        "Wednesday",
        "2024-10-23",
    ),
    # a wire's weekday for the publication day itself
    (
        "Police said on Sunday that a 45-year-old man had been charged with murder.",
        U,
        "Sunday",
        "2025-01-12",
    ),
    # politics and business
    ("The Senate votes on Tuesday on the stopgap spending bill.", M, "Tuesday", "2023-11-07"),
    ("The vote, expected on Thursday, could topple the government.", S, "Thursday", "2024-10-24"),
    (
        "The bank reports fourth-quarter earnings on Tuesday, and analysts expect a fall in "
        "profit.",
        U,
        "Tuesday",
        "2025-01-14",
    ),
    (
        "Shares in the retailer closed on Friday at 142p, down 9 per cent.",
        M,
        "Friday",
        "2023-11-03",
    ),
    (
        "Unions have been given a deadline of Friday to respond to the offer.",
        T,
        "Friday",
        "2024-03-08",
    ),
    # weather and disasters
    (
        "Hurricane Oscar is expected to make landfall on Sunday near the eastern tip of the "
        "island.",
        S,
        "Sunday",
        "2024-10-20",
    ),
    (
        "Parts of the town have been under water since Friday, when the river burst its banks.",
        U,
        "Friday",
        "2025-01-10",
    ),
    (
        "A yellow warning for snow is in force from Saturday morning until Monday evening.",
        T,
        "Saturday",
        "2024-03-09",
    ),
    (
        "A yellow warning for snow is in force from Saturday morning until Monday evening.",
        T,
        "Monday",
        "2024-03-11",
    ),
    # British, Irish, Indian, Australian usages
    (
        "The inquest will resume on Tuesday week, the coroner said.",
        M,
        "Tuesday week",
        "2023-11-14",
    ),
    ("The new bridge opens to traffic a week on Friday.", T, "a week on Friday", "2024-03-15"),
    ("The hearing has been adjourned to Monday next.", T, "Monday next", "2024-03-11"),
    ("The premier will announce the budget this Friday.", S, "this Friday", "2024-10-25"),
    (
        "The accident happened on the Ballymena road on Friday last.",
        U,
        "Friday last",
        "2025-01-10",
    ),
    (
        "Their manager was sacked on Friday gone after a run of six defeats.",
        M,
        "Friday gone",
        "2023-11-03",
    ),
    # headlines: the present tense for a past event
    ("Police arrest man after stabbing on Sunday", M, "Sunday", "2023-11-05"),
    ("Pensioner dies in house fire on Tuesday", T, "Tuesday", "2024-03-05"),
    # multi-sentence: a verbless sentence takes its tense from the one before
    (
        "Protesters blocked the motorway for a second day. First on Thursday, then again "
        "yesterday morning.",
        S,
        "Thursday",
        "2024-10-17",
    ),
    (
        "Tickets for the replay are still on sale. Kick-off: Tuesday, 7.45pm.",
        U,
        "Tuesday",
        "2025-01-14",
    ),
    (
        "The girl was reported missing by her family. Last seen: Saturday evening, near the bus "
        "station.",
        M,
        "Saturday",
        "2023-11-04",
    ),
    # names, habits, a fixture card
    (
        "Trump won 14 of the 15 states that voted on Super Tuesday.",
        T,
        "Tuesday",
        "2024-03-05",
    ),
    ("In the old town, the flea market opens on Sundays from 8am.", S, "Sundays", None),
    ("Black Friday has become a month-long event for most retailers.", M, "Friday", None),
    (
        "The 1966 fixture card, now framed in the club shop, reads: 'Saturday: Burnley (home).'",
        U,
        "Saturday",
        None,
    ),
    # a day counted from a weekday in the same text
    (
        "The storm hit the coast on Tuesday, and the following day the river burst its banks.",
        S,
        "the following day",
        "2024-10-16",
    ),
    (
        "She was arrested on Thursday; two days later she was released without charge.",
        M,
        "two days later",
        "2023-11-04",
    ),
    (
        "The final is on Sunday, and the day before, the players will train at the stadium.",
        T,
        "the day before",
        "2024-03-09",
    ),
]
