"""Tuning cases of round 19 (written after dates_heldout19.py, before any rule of the
round): the held-out batch's shapes in other words. Weekdays and nearby days as articles
of many genres and regions use them, the direction (the one just past or the one coming)
set by the clause's tense or modality, or by the genre's convention: match reports and
previews, injury news, court and crime, politics and markets, weather warnings, British,
Irish, Indian and Australian usages ("Thursday week", "a week on Sunday", "Wednesday next",
"this Monday", "Saturday last", "Tuesday gone"), a headline's present tense for a past
event, a wire's weekday for the publication day itself, a verbless sentence taking its
tense from the one before, "the following day" and "three days later" counted from a
weekday in the same text, and traps (a habit, a poster's fixture with no date, "Good
Friday" in a name). "Super Tuesday" is dated, by tense, when the publication date lies in
its week."""

from __future__ import annotations

from datetime import date

M = date(2022, 5, 9)  # a Monday
T = date(2022, 9, 15)  # a Thursday
S = date(2023, 4, 1)  # a Saturday
U = date(2023, 8, 20)  # a Sunday
P = date(2020, 2, 29)  # a Saturday (three days before Super Tuesday 2020)

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    # match reports the morning after, previews, injury news
    (
        "Rovers were beaten 3-1 at home on Saturday night, their fourth defeat in a row.",
        M,
        "Saturday",
        "2022-05-07",
    ),
    (
        "After last night's defeat, the coach said changes were needed.",
        U,
        "last night",
        "2023-08-19",
    ),
    ("Fans queued for hours for tickets ahead of Saturday's derby.", T, "Saturday", "2022-09-17"),
    (
        "City host Burnley on Tuesday, with a place in the top four at stake.",
        S,
        "Tuesday",
        "2023-04-04",
    ),
    (
        "The striker has been ruled out of Sunday's final after scans on his ankle.",
        M,
        "Sunday",
        "2022-05-15",
    ),
    (
        "The goalkeeper picked up a knock in training on Thursday.",
        U,
        "Thursday",
        "2023-08-17",
    ),
    ("Tuesday's 2-0 win at Hull was built on a solid defence.", T, "Tuesday", "2022-09-13"),
    # court and crime
    ("The former councillor will be sentenced on Thursday.", S, "Thursday", "2023-04-06"),
    (
        "A woman was arrested on Friday and charged on Saturday with arson.",
        U,
        "Friday",
        "2023-08-18",
    ),
    (
        "A woman was arrested on Friday and charged on Saturday with arson.",
        U,
        "Saturday",
        "2023-08-19",
    ),
    (
        "They appeared at the magistrates' court on Tuesday and were remanded in custody "
        "until Monday.",
        T,
        "Monday",
        "2022-09-19",
    ),
    (
        "The driver is due back in court on Friday for a bail hearing.",
        M,
        "Friday",
        "2022-05-13",
    ),
    # a wire's weekday for the publication day itself
    (
        "Police said on Saturday that two teenagers had been charged with robbery.",
        S,
        "Saturday",
        "2023-04-01",
    ),
    # politics and business
    ("Parliament votes on Tuesday on the emergency energy bill.", T, "Tuesday", "2022-09-20"),
    (
        "The ruling, expected on Wednesday, could force a new election.",
        M,
        "Wednesday",
        "2022-05-11",
    ),
    ("Shares in the bank closed on Friday at $21.40.", S, "Friday", "2023-03-31"),
    (
        "The chipmaker reports second-quarter earnings on Wednesday.",
        U,
        "Wednesday",
        "2023-08-23",
    ),
    (
        "Monday's announcement of a price cap sent energy shares lower.",
        T,
        "Monday",
        "2022-09-12",
    ),
    # weather and disasters
    (
        "More rain is forecast, and rivers are expected to peak by Thursday.",
        M,
        "Thursday",
        "2022-05-12",
    ),
    (
        "Roads in the valley have been closed since Monday because of landslides.",
        T,
        "Monday",
        "2022-09-12",
    ),
    (
        "An amber warning for wind covers the coast from Sunday afternoon until Tuesday morning.",
        S,
        "Sunday",
        "2023-04-02",
    ),
    (
        "An amber warning for wind covers the coast from Sunday afternoon until Tuesday morning.",
        S,
        "Tuesday",
        "2023-04-04",
    ),
    # British, Irish, Indian, Australian usages
    (
        "The committee will meet again on Thursday week.",
        U,
        "Thursday week",
        "2023-08-31",
    ),
    ("The exhibition closes a week on Sunday.", M, "a week on Sunday", "2022-05-22"),
    (
        "The matter has been listed for hearing on Wednesday next.",
        S,
        "Wednesday next",
        "2023-04-05",
    ),
    ("The minister will visit the flood zone this Monday.", T, "this Monday", "2022-09-19"),
    ("The crash occurred at about 9pm on Saturday last.", M, "Saturday last", "2022-05-07"),
    (
        '"I spoke to him on Tuesday gone and he was fine," his brother said.',
        U,
        "Tuesday gone",
        "2023-08-15",
    ),
    # headlines: the present tense for a past event
    ("Firefighters tackle warehouse blaze on Thursday", S, "Thursday", "2023-03-30"),
    ("Mayor resigns on Friday after expenses row", U, "Friday", "2023-08-18"),
    # multi-sentence: a verbless sentence takes its tense from the one before
    (
        "The union walked out of talks last week. Next round: Thursday, at the conciliation "
        "service.",
        M,
        "Thursday",
        "2022-05-12",
    ),
    (
        "Fire crews were called to the moor twice. Once on Saturday, and again on Tuesday "
        "afternoon.",
        T,
        "Saturday",
        "2022-09-10",
    ),
    (
        "The pop-up shop is open all weekend. Last day: Monday.",
        S,
        "Monday",
        "2023-04-03",
    ),
    # names, habits, a poster's fixture
    ("Voters in 14 states go to the polls on Super Tuesday.", P, "Tuesday", "2020-03-03"),
    ("The farmers' market is held every Friday in the square.", T, "Friday", None),
    ("The Good Friday Agreement ended three decades of conflict.", M, "Friday", None),
    (
        "A faded poster from the 1950s still hangs in the bar: 'Saturday: Rovers v City, 3pm.'",
        U,
        "Saturday",
        None,
    ),
    # a day counted from a weekday in the same text
    (
        "The fire started on Wednesday, and the following day the motorway was closed.",
        S,
        "the following day",
        "2023-03-30",
    ),
    (
        "He went missing on Monday; three days later his car was found.",
        U,
        "three days later",
        "2023-08-17",
    ),
    (
        "The summit opens on Monday, and the day before, ministers will meet in private.",
        T,
        "the day before",
        "2022-09-18",
    ),
]
