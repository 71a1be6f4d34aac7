"""Held-out date probe cases (issue 9): run for totals only, never read while writing rules.

Same shape as dates_cases.py: (sentence, publication date, key, expected).
"""

from __future__ import annotations

from datetime import date

A = date(2025, 6, 12)  # Thursday
B = date(2023, 10, 30)  # Monday
C = date(2025, 1, 2)  # Thursday
D = date(2025, 12, 30)  # Tuesday

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    # past weekdays
    ("Firefighters battled the blaze through Wednesday night.", A, "Wednesday", "2025-06-11"),
    ("The club confirmed Monday that its manager had left.", A, "Monday", "2025-06-09"),
    ("A gunman opened fire at a school on Friday, killing two.", B, "Friday", "2023-10-27"),
    ("Late Saturday, rebels seized the airport.", B, "Saturday", "2023-10-28"),
    ("The minister's remarks on Tuesday drew criticism.", A, "Tuesday", "2025-06-10"),
    ("Sunday's crash left three dead.", C, "Sunday", "2024-12-29"),
    ("Stocks slid on Wednesday as oil prices jumped.", C, "Wednesday", "2025-01-01"),
    ("Investigators said Saturday the fire was deliberate.", D, "Saturday", "2025-12-27"),
    ("The judge ruled on Thursday that the law was unconstitutional.", B, "Thursday", "2023-10-26"),
    ("Early Monday, a magnitude 6.1 quake struck the coast.", A, "Monday", "2025-06-09"),
    # future weekdays
    ("The jury will resume deliberations Monday.", A, "Monday", "2025-06-16"),
    ("Parliament is due to vote on the bill on Tuesday.", A, "Tuesday", "2025-06-17"),
    ("The team travels to Madrid on Sunday.", A, "Sunday", "2025-06-15"),
    ("The new terminal opens to passengers on Saturday.", B, "Saturday", "2023-11-04"),
    ("Union leaders plan to meet again on Friday.", B, "Friday", "2023-11-03"),
    ("Ahead of Thursday's summit, aides drafted a statement.", D, "Thursday", "2026-01-01"),
    ("The results are expected by Friday evening.", D, "Friday", "2026-01-02"),
    ("The lockdown will last until next Monday.", A, "Monday", "2025-06-16"),
    ("Officials hope to restore power by Wednesday.", B, "Wednesday", "2023-11-01"),
    ("This Sunday, runners will close the main road.", A, "Sunday", "2025-06-15"),
    # relative to a stated date
    (
        "Fighting erupted on Aug. 2. The next day, the border was closed.",
        A,
        "The next day",
        "2025-08-03",
    ),
    (
        "The ship sank on March 9, 2024. Three days later, divers found the hull.",
        A,
        "Three days later",
        "2024-03-12",
    ),
    (
        "Elections were held on Nov. 5, 2024. The day before, turnout forecasts were cut.",
        A,
        "The day before",
        "2024-11-04",
    ),
    (
        "He resigned on Friday, a day after the report was published.",
        A,
        "a day after",
        frozenset({"2025-06-05", None}),
    ),
    # months, years, seasons
    ("Sales slumped earlier this year.", B, "earlier this year", "2023"),
    ("The factory will reopen later this month.", A, "later this month", "2025-06"),
    ("The policy was introduced last summer.", A, "last summer", "2024"),
    ("The service will launch this spring.", C, "this spring", "2025"),
    ("Work will finish by the end of the year.", D, "the end of the year", "2025"),
    ("The airport expects traffic to recover by mid-2027.", A, "mid-2027", "2027"),
    ("Profits fell in the second half of 2022.", A, "2022", "2022"),
    ("Two years ago, the bridge collapsed.", A, "Two years ago", "2023"),
    ("The rate was cut last month.", D, "last month", "2025-11"),
    ("He joined the firm in the early 2000s.", A, "2000s", None),
    # ranges and forms
    ("The summit will be held Oct. 14-16 in Rome.", A, "Oct. 14", "2025-10-14"),
    ("The survey covered the years 2015 through 2020.", A, "2020", "2020"),
    ("Voting runs from 3 to 6 June.", A, "6 June", "2025-06-06"),
    ("The accident happened on 21 December 2023.", A, "21 December", "2023-12-21"),
    ("Talks resume on Wednesday 18 June.", A, "18 June", "2025-06-18"),
    ("The order took effect on 2023-08-01.", A, "2023-08-01", "2023-08-01"),
    ("The court met on the 9th to hear the case.", A, "the 9th", "2025-06-09"),
    ("Shares were suspended on Aug. 4, 2022.", A, "Aug. 4", "2022-08-04"),
    ("The vote is set for Nov. 7.", B, "Nov. 7", "2023-11-07"),
    ("Police were called on Dec. 31 to a disturbance.", C, "Dec. 31", "2024-12-31"),
    ("Offices reopen Jan. 2 after the break.", D, "Jan. 2", "2026-01-02"),
    ("The deal was agreed on Dec. 29.", D, "Dec. 29", "2025-12-29"),
    # not years
    ("The vaccine reached 2,019 patients.", A, "2,019", None),
    ("Bus 2016 was diverted.", A, "2016", None),
    ("The company sold 2021 units in May.", A, "2021", None),
    ("In 2016, voters backed the plan.", A, "2016", "2016"),
    ("The 2022 World Cup was held in Qatar.", A, "2022", "2022"),
    # durations
    ("The tenants waited for two years.", A, "two years", None),
    ("A 30-day notice period applies.", A, "30-day", None),
    ("She spent six months in hospital.", A, "six months", None),
    # times
    ("The alarm sounded at 4:40 a.m. local time.", A, "4:40", None),
    ("The shooting was reported at 9 p.m. Saturday.", A, "Saturday", "2025-06-07"),
    # quotes
    ("\u201cThe shop will close on Friday,\u201d the owner said.", A, "Friday", "2025-06-13"),
    ("\u201cWe met on Wednesday and agreed nothing,\u201d he said.", A, "Wednesday", "2025-06-11"),
    # guards
    ("Prime Minister Theresa May visited Berlin.", A, "May", None),
    ("Readers of the Sunday Telegraph were surprised.", A, "Sunday", None),
    ("Marchers walked past the Saturday Market.", A, "Saturday", None),
    ("The Tuesday Group of moderate Republicans met.", A, "Tuesday", None),
    ("Bloody Sunday remains a painful memory.", A, "Sunday", None),
    ("The 21st century brought new threats.", A, "21st", None),
    ("Police closed 5th Avenue for the parade.", A, "5th", None),
    ("April Ryan asked the first question.", A, "April", None),
]
