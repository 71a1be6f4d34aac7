"""Dates read from grammar: tense around a weekday, days counted from a stated day, "the
4th", slashed dates, month and year ends, names that hold a holiday.  Sentences are the
probe's (bench/probes/dates_cases.py) and guards that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer._extract.date_relative import numeric, ordinal_day, shift
from summarizer._extract.dates import find_time_expressions

THU = date(2025, 6, 12)  # a Thursday
MON = date(2023, 10, 30)  # a Monday
NEW_YEAR = date(2025, 1, 2)  # just after a year boundary


def at(text: str, key: str, published: date | None) -> str | None:
    """The date of the expression covering ``key``'s first character, if any."""
    pos = text.index(key)
    for e in find_time_expressions(text, published):
        assert text[e.start : e.end] == e.text
        if e.start <= pos < e.end:
            return e.date
    return None


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        # a scheduled event in the simple present, an infinitive, "would": ahead
        ("The ceasefire takes effect at midnight Friday.", "Friday", "2025-06-13"),
        ("The museum reopens Saturday after a two-year renovation.", "Saturday", "2025-06-14"),
        ("Tickets go on sale Friday at 10 a.m.", "Friday", "2025-06-13"),
        ("Officials expect the bridge to reopen Monday.", "Monday", "2025-06-16"),
        ("A spokesman said the talks would resume Wednesday.", "Wednesday", "2025-06-18"),
        ("The storm is expected to make landfall late Sunday.", "Sunday", "2025-06-15"),
        # a full stop after a lone letter ("p.m.") does not end the clause
        ("The match kicks off at 3 p.m. on Saturday.", "Saturday", "2025-06-14"),
        ("The launch is set for 3 p.m. ET on Friday.", "Friday", "2025-06-13"),
        # guards: any past tense in the clause, "after", a possessive event, saying verbs
        ("Police said Tuesday that the suspect had fled the state.", "Tuesday", "2025-06-10"),
        ("Heavy rains on Tuesday flooded roads.", "Tuesday", "2025-06-10"),
        ("Russian troops withdrew Monday.", "Monday", "2025-06-09"),
        ("Prices hit a record on Monday.", "Monday", "2025-06-09"),
        ("Police want to question a man seen on Saturday.", "Saturday", "2025-06-07"),
        ("Hundreds remain without power after Sunday's storm.", "Sunday", "2025-06-08"),
        ("Relatives mourn victims of Tuesday's attack.", "Tuesday", "2025-06-10"),
        ("Officials say the fire started Tuesday.", "Tuesday", "2025-06-10"),
        ("Speaking on Sunday, the coach praised his players.", "Sunday", "2025-06-08"),
        ("Two people died, according to police on Monday.", "Monday", "2025-06-09"),
        # a headline's present reports the past; its infinitive still looks ahead
        ("Biden signs climate bill Tuesday\n\nThe bill passed.", "Tuesday", "2025-06-10"),
        ("Biden to sign climate bill Tuesday\n\nThe bill passed.", "Tuesday", "2025-06-17"),
    ],
)
def test_tense_around_a_weekday(sentence: str, key: str, expected: str) -> None:
    assert at(sentence, key, THU) == expected


@pytest.mark.parametrize(
    ("text", "published", "key", "expected"),
    [
        ("The storm hit the coast on Oct. 9. The following day, crews began repairs.", MON,
         "The following day", "2023-10-10"),
        ("He was arrested on May 3. A day earlier, he had posted a threat online.", THU,
         "A day earlier", "2025-05-02"),
        ("The plane landed on Dec. 26. Two days later, the crew was released.", NEW_YEAR,
         "Two days later", "2024-12-28"),
        ("The vote was held on April 30; the day before, the opposition withdrew.", THU,
         "the day before", "2025-04-29"),
        ("He was shot on Tuesday and died the next day.", THU, "the next day", "2025-06-11"),
        # no stated day in the paragraph: nothing is guessed ...
        ("The following day, crews began repairs.", MON, "The following day", None),
        ("It hit on Oct. 9.\nThe following day, crews began repairs.", MON, "The following day",
         None),
        # ... except "that day", which is the story's own day
        ("The union vowed to fight on in a statement released later that day.", MON,
         "later that day", "2023-10-30"),
        # counted from an event, not a date, or a comparison: left alone
        ("The shop reopened the day after the election.", MON, "the day after", None),
        ("It landed on Oct. 9, about a month earlier than planned.", MON, "a month earlier",
         None),
        # years and months count from the last stated year or month
        ("The mine opened in 1998 and closed the next year.", MON, "the next year", "1999"),
        ("The ban began in April 2021. The following month, sales fell.", MON,
         "The following month", "2021-05"),
        ("Rebels seized the town on Oct. 3. Later that month, the army retook it.", MON,
         "Later that month", "2023-10"),
        ("The following year, it collapsed.", MON, "The following year", None),
        ("Sales will grow over the next year.", MON, "the next year", "2024"),  # no year stated
    ],
)  # fmt: skip
def test_days_counted_from_a_stated_day(
    text: str, published: date, key: str, expected: str | None
) -> None:
    assert at(text, key, published) == expected


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        ("The bill was signed on the 4th, officials said.", "the 4th", "2025-06-04"),
        ("The next hearing is on the 23rd.", "the 23rd", "2025-06-23"),
        ("Workers walked out on the 20th and returned a week later.", "the 20th", "2025-05-20"),
        # guards: an ordinal before a noun is no day
        ("The church dates from the 14th century.", "14th", None),
        ("She lives on the 14th floor.", "14th", None),
        ("The 14th Amendment guarantees equal protection.", "14th", None),
    ],
)
def test_a_day_without_its_month(sentence: str, key: str, expected: str | None) -> None:
    assert at(sentence, key, THU) == expected


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        ("The notice was issued on 17/04/2023 by the council.", "17/04/2023", "2023-04-17"),
        ("The letter is dated 04/17/2023.", "04/17/2023", "2023-04-17"),
        ("The ledger entry 2023/04/17 shows it.", "2023/04/17", "2023-04-17"),
        ("The form is dated 04/05/2023.", "04/05/2023", "2023"),  # either order: the year
        ("The plant will close at the end of next month.", "the end of next month", "2025-07"),
        ("Cuts come at the end of last year's budget.", "the end of last year", "2024"),
        # a holiday's name before a capitalised word is a name, not a day
        ("The Good Friday Agreement ended decades of conflict.", "Good Friday", None),
        ("Services were held on Good Friday.", "Good Friday", "2025-04-18"),
        # a whole quotation is a title; a quotation opening with a time is speech
        ('The senator told ABC\'s "This Week" that talks had stalled.', "This Week", None),
        ('Smith: "Last year we had them down 14 in the second half."', "Last year", "2024"),
    ],
)
def test_forms_and_names(sentence: str, key: str, expected: str | None) -> None:
    assert at(sentence, key, THU) == expected


END = date(2025, 12, 30)  # just before a year boundary


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        # a past verb governing a yearless day: the latest such day, not the nearest ahead
        ("The tax took effect on Jan. 1.", "Jan. 1", "2025-01-01"),
        ("The tax takes effect on Jan. 1.", "Jan. 1", "2026-01-01"),
        ("The ban on fireworks took effect Dec. 28.", "Dec. 28", "2025-12-28"),
        # guards: a past verb far back, or one pointing ahead, leaves the nearest day
        ("The hearing was postponed until Jan. 20.", "Jan. 20", "2026-01-20"),
        ("He urged workers to retract their plan, set to begin on Jan. 5.", "Jan. 5",
         "2026-01-05"),
        ("He remains committed to meeting the court due date of Jan. 13.", "Jan. 13",
         "2026-01-13"),
        # a participle after "is": a present passive, ahead
        ("The verdict is expected on Friday.", "Friday", "2026-01-02"),
        ("Lawmakers overrode the veto on Monday.", "Monday", "2025-12-29"),
    ],
)  # fmt: skip
def test_past_tense_picks_the_latest_day(sentence: str, key: str, expected: str) -> None:
    assert at(sentence, key, END) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "key", "expected"),
    [
        # a bare month in a clause that looks ahead is its next occurrence
        ("The election will be held in November.", THU, "November", "2025-11"),
        ("The plant is set to close in March.", THU, "March", "2026-03"),
        ("The law takes effect in January.", THU, "January", "2026-01"),
        ("Parliament returns from recess in September.", MON, "September", "2024-09"),
        ("The talks collapsed in November.", THU, "November", "2024-11"),  # past: the latest
        ("In January, prices rose.", THU, "January", "2025-01"),
        # a season without a year: the latest begun, or ahead the next not yet over
        ("The park reopened in the spring.", THU, "spring", "2025"),
        ("The museum closed in the fall.", THU, "fall", "2024"),
        ("The stadium will be finished in the spring.", MON, "spring", "2024"),
        ("Historians study the fall of Rome in the spring.", MON, "fall", None),
    ],
)
def test_months_and_seasons_ahead(
    sentence: str, published: date, key: str, expected: str | None
) -> None:
    assert at(sentence, key, published) == expected


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        # a day or month with the year named after it ("5 June last year")
        ("The law was passed on 5 June last year.", "5 June", "2024-06-05"),
        ("The plant closed in June last year.", "June", "2024-06"),
        ("Prices rose in March this year.", "March", "2025-03"),
        ("Theresa May last year said no.", "May", None),  # a name, no preposition before
        # two days from today, dotted day-first dates, weekends and parts of the week
        ("The verdict comes the day after tomorrow.", "the day after", "2025-06-14"),
        ("He resigned the day before yesterday.", "the day before", "2025-06-10"),
        ("The meeting on 05.03.2024 was cancelled.", "05.03.2024", "2024-03-05"),
        ("Fans rioted at the weekend.", "the weekend", "2025-06"),
        ("Sales rose in the past week.", "the past week", "2025-06"),
        ("It rained earlier in the week.", "earlier in the week", "2025-06"),
        ("Talks will resume later in the week.", "later in the week", "2025-06"),
        # a holiday with last/this/next: the latest before, this year's, the first after
        ("We met last Christmas.", "last Christmas", "2024-12-25"),
        ("The shops close this Christmas.", "this Christmas", "2025-12-25"),
        ("See you next Easter.", "next Easter", "2026-04-05"),
        ("Version 3.14.2024 shipped.", "3.14.2024", None),  # no 14th month
    ],
)
def test_british_forms_and_parts_of_the_week(sentence: str, key: str, expected: str | None) -> None:
    assert at(sentence, key, THU) == expected


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        # a clause that opens with its time: the verb after it decides
        ("On Friday, the council will vote.", "Friday", "2025-06-13"),
        ("Starting Monday, masks are required.", "Monday", "2025-06-16"),
        ("From Monday, shops may open.", "Monday", "2025-06-16"),
        ("At 3 p.m. on Friday, the polls will close.", "Friday", "2025-06-13"),
        ("In November, voters will choose.", "November", "2025-11"),
        # guards: a past before the modal, a past clause, "May" opening the clause
        ("On Tuesday, the company said it will cut jobs.", "Tuesday", "2025-06-10"),
        ("By Friday, the ban had been lifted.", "Friday", "2025-06-06"),
        ("On Monday, he is accused of fraud.", "Monday", "2025-06-09"),
        ("In May, voters chose.", "May", "2025-05"),
        # a weekday of a named week; a part of a month is the month's
        ("The fire broke out on Tuesday last week.", "Tuesday", "2025-06-03"),
        ("The vote was on Tuesday of last week.", "Tuesday", "2025-06-03"),
        ("Ships sailed in the first week of May.", "first week", "2025-05"),
        ("The vote will be held in the first week of May.", "first week", "2026-05"),
        ("It happened in the first week of May 2020.", "May 2020", "2020-05"),
        # a weekday joined to the one before it comes after it
        ("Talks are set for Wednesday and Thursday.", "Thursday", "2025-06-19"),
        ("Schools were shut on Monday and Tuesday.", "Tuesday", "2025-06-10"),
        ("Talks ran from Friday to Monday.", "Monday", "2025-06-09"),
    ],
)
def test_a_clause_opening_with_its_time(sentence: str, key: str, expected: str) -> None:
    assert at(sentence, key, THU) == expected


def test_helpers_directly() -> None:
    assert shift("three days earlier") == (-3, "day")
    assert shift("a week later") == (7, "day")
    assert shift("the next morning") == (1, "day")
    assert shift("later that day") == (0, "day")
    assert shift("two years later") == (2, "year")
    assert shift("the previous month") == (-1, "month")
    assert shift("next week") is None
    assert ordinal_day("the 31st", date(2025, 6, 12), ahead=False) == date(2025, 5, 31)
    assert ordinal_day("the 31st", date(2025, 6, 12), ahead=True) == date(2025, 7, 31)
    assert numeric("31/02/2023") is None  # no such day
    assert numeric("05/05/2023") == ("2023-05-05", "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # hngn-antarctic-ozone-hole-2013 (gold dev, batch 14): the clause was read from
        # "3 million", as if "9." ended one, and "square miles" looked like a present verb.
        ("At its largest this year, the hole measured 9.3 million square miles on Sept. 16, "
         "this is equivalent to the size of North America.", "2013-09-16"),
        ("Shares rose 4.5 percent on Sept. 16 after the report.", "2013-09-16"),
        # guards: a full stop still ends a clause, a decimal inside a plan still looks ahead
        ("The fund returned 2.1 percent. The board will meet on Nov. 4.", "2013-11-04"),
    ],
)  # fmt: skip
def test_a_decimal_point_ends_no_clause(sentence: str, expected: str) -> None:
    key = "Sept. 16" if "Sept. 16" in sentence else "Nov. 4"
    assert at(sentence, key, date(2013, 10, 26)) == expected
