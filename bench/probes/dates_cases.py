"""Date probe cases for tuning (issue 9): (sentence, publication date, key, expected).

``key`` is a substring of the sentence (its first occurrence); the case is right when an
expression covering the key's first character resolves to ``expected`` exactly (the eval's
rule: the ISO string encodes the granularity), or, for ``expected`` None, when no expression
with a date covers it.  A set of strings accepts any of them.  Written from general knowledge
of news copy before any rule was changed; the held-out third is in dates_heldout.py.
"""

from __future__ import annotations

from datetime import date

A = date(2025, 6, 12)  # Thursday
B = date(2023, 10, 30)  # Monday
C = date(2025, 1, 2)  # Thursday, just after a year boundary
D = date(2025, 12, 30)  # Tuesday, just before a year boundary

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    # --- bare weekdays, past tense ---
    ("Police said Tuesday that the suspect had fled the state.", A, "Tuesday", "2025-06-10"),
    ("The company announced Monday it would cut 200 jobs.", A, "Monday", "2025-06-09"),
    ("Thousands marched through the capital on Saturday.", A, "Saturday", "2025-06-07"),
    ("The body of a woman was found early Sunday near the river.", A, "Sunday", "2025-06-08"),
    ("He was sentenced on Tuesday to 12 years.", A, "Tuesday", "2025-06-10"),
    ("Markets closed higher Friday after a volatile week.", A, "Friday", "2025-06-06"),
    ("On Tuesday night, the council approved the budget.", A, "Tuesday", "2025-06-10"),
    ("The strike ended on Monday after three days.", B, "Monday", "2023-10-30"),
    ("A fire broke out overnight Thursday at a warehouse.", B, "Thursday", "2023-10-26"),
    ("The suspect was arrested late Sunday, police said.", B, "Sunday", "2023-10-29"),
    ("Tuesday's attack killed 12 people, officials said.", A, "Tuesday", "2025-06-10"),
    ("In Saturday's match, Rivera scored twice.", A, "Saturday", "2025-06-07"),
    (
        "The bill passed the Senate on Wednesday and heads to the House.",
        A,
        "Wednesday",
        "2025-06-11",
    ),
    ("The minister told reporters Thursday that talks had stalled.", A, "Thursday", "2025-06-12"),
    ("Residents were evacuated Friday morning as flames spread.", B, "Friday", "2023-10-27"),
    ("Officials confirmed on Wednesday that the plant would close.", B, "Wednesday", "2023-10-25"),
    ("Speaking on Sunday, the coach praised his players.", A, "Sunday", "2025-06-08"),
    ("Shares fell 4% in trading on Monday.", C, "Monday", "2024-12-30"),
    ("The governor signed the order late Tuesday.", C, "Tuesday", "2024-12-31"),
    ("Fans celebrated into the early hours of Saturday.", D, "Saturday", "2025-12-27"),
    # --- bare weekdays, future ---
    ("The suspect is due in court Friday.", A, "Friday", "2025-06-13"),
    ("The ceasefire takes effect at midnight Friday.", A, "Friday", "2025-06-13"),
    ("Officials expect the bridge to reopen Monday.", A, "Monday", "2025-06-16"),
    ("A spokesman said the talks would resume Wednesday.", A, "Wednesday", "2025-06-18"),
    ("The storm is expected to make landfall late Sunday.", A, "Sunday", "2025-06-15"),
    ("The match kicks off at 3 p.m. on Saturday.", A, "Saturday", "2025-06-14"),
    ("He will be sentenced on Tuesday.", A, "Tuesday", "2025-06-17"),
    ("The museum reopens Saturday after a two-year renovation.", A, "Saturday", "2025-06-14"),
    ("Schools will remain closed until Wednesday.", A, "Wednesday", "2025-06-18"),
    ("Tickets go on sale Friday at 10 a.m.", A, "Friday", "2025-06-13"),
    ("Applications must be submitted by Friday.", A, "Friday", "2025-06-13"),
    ("The hearing was adjourned until next Wednesday.", A, "Wednesday", "2025-06-18"),
    ("The festival returns this Saturday with 40 bands.", A, "Saturday", "2025-06-14"),
    ("Coach Diaz named his side for Saturday's match against Leeds.", A, "Saturday", "2025-06-14"),
    ("Polls ahead of Sunday's election show a tight race.", B, "Sunday", "2023-11-05"),
    ("Voters head to the polls on Sunday.", B, "Sunday", "2023-11-05"),
    ("The new rules come into force on Wednesday.", B, "Wednesday", "2023-11-01"),
    ("Forecasters warned of heavy rain on Friday.", D, "Friday", "2026-01-02"),
    ("The market will be closed on Thursday for the holiday.", D, "Thursday", "2026-01-01"),
    ("Talks are scheduled to continue through Friday.", B, "Friday", "2023-11-03"),
    # --- relative to a stated date ---
    (
        "The storm hit the coast on Oct. 9. The following day, crews began repairs.",
        B,
        "The following day",
        "2023-10-10",
    ),
    (
        "He was arrested on May 3. A day earlier, he had posted a threat online.",
        A,
        "A day earlier",
        "2025-05-02",
    ),
    (
        "The verdict came on June 2. The next morning, protesters gathered outside.",
        A,
        "The next morning",
        "2025-06-03",
    ),
    (
        "The plane landed on Dec. 26. Two days later, the crew was released.",
        C,
        "Two days later",
        "2024-12-28",
    ),
    (
        "The vote was held on April 30; the day before, the opposition withdrew.",
        A,
        "the day before",
        "2025-04-29",
    ),
    ("He was shot on Tuesday and died the next day.", A, "the next day", "2025-06-11"),
    (
        "The talks opened on Monday, March 3, 2025. The following day, both sides walked out.",
        A,
        "The following day",
        "2025-03-04",
    ),
    (
        "Flooding began on Sept. 14, 2023. A week later, the river peaked.",
        B,
        "A week later",
        frozenset({"2023-09-21", "2023-09"}),
    ),
    # --- months, years, seasons relative to publication ---
    (
        "Earlier this month, the regulator fined the bank $2 million.",
        A,
        "Earlier this month",
        "2025-06",
    ),
    ("The company went public earlier this year.", A, "earlier this year", "2025"),
    ("The report is due later this year.", A, "later this year", "2025"),
    ("Prices rose sharply late last year.", A, "late last year", "2024"),
    ("The pilot scheme launched last spring.", A, "last spring", "2025"),
    ("Construction will start next summer.", A, "next summer", "2026"),
    ("The album is out this fall.", A, "this fall", "2025"),
    ("The site closed last fall.", A, "last fall", "2024"),
    ("The fund will run out by the end of the month.", A, "the end of the month", "2025-06"),
    ("The plant will close at the end of next month.", A, "the end of next month", "2025-07"),
    ("The firm hopes to break even by mid-2026.", A, "mid-2026", "2026"),
    ("Revenue doubled in the first half of 2023.", A, "2023", "2023"),
    ("Sales fell 3% in the third quarter of 2024.", A, "2024", "2024"),
    ("The merger is expected to close early next year.", A, "early next year", "2026"),
    ("Turnout fell last month, the data showed.", C, "last month", "2024-12"),
    ("Inflation hit 4% last year.", C, "last year", "2024"),
    ("The law passed this year takes effect next month.", D, "next month", "2026-01"),
    ("The plan will be rolled out next year.", D, "next year", "2026"),
    ("Three years ago, the town had no clinic.", A, "Three years ago", "2022"),
    ("The mill closed five days ago.", A, "five days ago", "2025-06-07"),
    ("A month ago, the party led the polls.", A, "A month ago", "2025-05"),
    # --- decades: no single date ---
    ("The band was hugely popular in the 1990s.", A, "1990s", None),
    ("Crime peaked in the late 1980s.", A, "1980s", None),
    ("The 2020s have been a decade of upheaval.", A, "2020s", None),
    # --- ranges ---
    ("The conference took place May 20-22 in Geneva.", A, "May 20", "2025-05-20"),
    ("Polls are open between July 1 and July 4.", A, "July 4", "2025-07-04"),
    ("Polls are open between July 1 and July 4.", A, "July 1", "2025-07-01"),
    ("The study followed patients from 2019 to 2021.", A, "2021", "2021"),
    ("The study followed patients from 2019 to 2021.", A, "2019", "2019"),
    ("The exhibition ran June 2\u20138 at the town hall.", A, "June 2", "2025-06-02"),
    ("Prices rose every year between 2010 and 2015.", A, "2015", "2015"),
    # --- a day without its month ---
    ("The bill was signed on the 4th, officials said.", A, "the 4th", "2025-06-04"),
    ("The next hearing is on the 23rd.", A, "the 23rd", "2025-06-23"),
    ("Workers walked out on the 2nd and returned a week later.", A, "the 2nd", "2025-06-02"),
    # --- British and European forms ---
    ("The trial opened on 5 March 2024 at Southwark Crown Court.", A, "5 March", "2024-03-05"),
    ("The minister resigned on Tuesday 3 June.", A, "3 June", "2025-06-03"),
    ("The inquiry will resume on Monday 16 June.", A, "16 June", "2025-06-16"),
    ("The contract was signed on the 14th of May.", A, "14th", "2025-05-14"),
    ("Her appeal was heard on 5th March 2024.", A, "5th March", "2024-03-05"),
    ("The rules changed on 1st January.", C, "1st January", "2025-01-01"),
    # --- numeric and ISO forms ---
    ("The filing, dated 2024-11-05, shows the transfer.", A, "2024-11-05", "2024-11-05"),
    ("The notice was issued on 17/04/2023 by the council.", A, "17/04/2023", "2023-04-17"),
    ("The letter is dated 04/17/2023.", A, "04/17/2023", "2023-04-17"),
    # --- abbreviations ---
    ("The report will be released on Jan. 5.", C, "Jan. 5", "2025-01-05"),
    ("The attack happened on Sept. 12, 2023.", A, "Sept. 12", "2023-09-12"),
    (
        "Voting opened Sept 8 and closed two weeks later.",
        A,
        "Sept 8",
        frozenset({"2024-09-08", "2025-09-08"}),
    ),
    ("The deadline was extended to Feb. 28.", C, "Feb. 28", "2025-02-28"),
    # --- year boundaries ---
    ("The crash happened on Dec. 28 near Lyon.", C, "Dec. 28", "2024-12-28"),
    ("Celebrations on New Year's Eve passed peacefully.", C, "New Year's Eve", "2024-12-31"),
    ("The new mayor takes office on Jan. 3.", D, "Jan. 3", "2026-01-03"),
    ("The ban on fireworks took effect Dec. 28.", D, "Dec. 28", "2025-12-28"),
    ("The president will be sworn in on Jan. 20.", D, "Jan. 20", "2026-01-20"),
    ("The two leaders met on Dec. 5 in Paris.", C, "Dec. 5", "2024-12-05"),
    # --- years alone vs numbers that are not years ---
    ("The rally drew 2,024 people, organisers said.", A, "2,024", None),
    ("The inquiry published a 1,500-page report.", A, "1,500", None),
    ("The crash closed Route 2020 for hours.", A, "2020", None),
    ("Flight 2019 from Lagos landed safely.", A, "2019", None),
    ("Officers were called to Room 2014 of the hotel.", A, "2014", None),
    ("He is the favourite for the 2028 election.", A, "2028", "2028"),
    ("In 2018, the company moved to Dublin.", A, "2018", "2018"),
    ("The law, passed in 2011, was struck down.", A, "2011", "2011"),
    ("Apollo 11 launched in July 1969.", A, "July 1969", "1969-07"),
    ("The troops landed at 0600 hours.", A, "0600", None),
    # --- durations and ages are not dates ---
    ("She led the charity for three years.", A, "three years", None),
    ("A 45-year-old man was charged.", A, "45-year-old", None),
    ("He served 12 years in prison.", A, "12 years", None),
    ("The council approved a 10-year plan.", A, "10-year", None),
    # --- times ---
    ("The blast occurred at 2:15 a.m., police said.", A, "2:15", None),
    ("Trading resumed at 10:30 a.m. Tuesday.", A, "Tuesday", "2025-06-10"),
    ("The launch is set for 3 p.m. ET on Friday.", A, "Friday", "2025-06-13"),
    # --- quotes by speakers ---
    ("\u201cWe will reopen on Monday,\u201d she said.", A, "Monday", "2025-06-16"),
    (
        "\u201cI spoke to him on Sunday and he seemed fine,\u201d his brother said.",
        A,
        "Sunday",
        "2025-06-08",
    ),
    (
        "\u201cBy the end of the year, we will have 500 buses,\u201d the mayor said.",
        A,
        "the end of the year",
        "2025",
    ),
    # --- guards: not dates ---
    ("Theresa May said the deal was dead.", A, "May", None),
    ("Guitarist Brian May joined them on stage.", A, "May", None),
    ("Protesters will march on the embassy.", A, "march", None),
    ("The Sunday Times reported the leak.", A, "Sunday", None),
    ("Fans of Friday Night Lights gathered in Texas.", A, "Friday", None),
    ("The Good Friday Agreement ended decades of conflict.", A, "Good Friday", None),
    ("The market is closed on Mondays.", A, "Mondays", None),
    ("Candidates campaigned hard before Super Tuesday.", A, "Tuesday", None),
    ("The 14th Amendment guarantees equal protection.", A, "14th", None),
    ("The church dates from the 14th century.", A, "14th", None),
    ("She drove down 14th Street at noon.", A, "14th", None),
    ("June Carter recorded the song.", A, "June", None),
    (
        "Retailers expect record sales on Black Friday.",
        B,
        "Black Friday",
        frozenset({"2023-11-24", None}),
    ),
]
