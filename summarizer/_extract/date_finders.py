"""The patterns that find candidate time expressions, for `summarizer._extract.date_find`:
each with the rarer word it is found from (``_text.anchored``) and the test a match passes.

Regexes find the spans; `summarizer._extract.date_resolve` gives them dates.  Finding is
case-sensitive, because capitals are what separate "May" from "may".  The names come from
the English pack: the rules around them (holidays, "last week") are English too, and text
that is not English is refused before they run (summarizer._lang).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer._extract import date_cues as cues
from summarizer._extract import date_relative as rel
from summarizer._extract.date_resolve import APOS, HOLIDAY, PART_OF, PREP, R_HOL
from summarizer._lang import alternation
from summarizer._lang.en import ENGLISH
from summarizer._text.anchored import Anchored
from summarizer._text.scan import prefiltered

# "two years ago", "Eighteen months ago": the pack's number words, or digits
_NUMBERS = "|".join(w for w, _ in ENGLISH.number_words) + r"|\d{1,3}"
_FULL = "|".join(forms[0] for forms in ENGLISH.months)
# What joins two months ("March and April", "June-August"): the coordination finder's, and
# what ``dates`` reads around a month to give it the other's year.
MONTH_JOINERS = (" and ", " or ", " to ", " through ", " until ", "-", "–")
_AMBIGUOUS = "March|April|May|June|August"  # also verbs or first names
# After a month and a joiner ("in March and April", "from June to November last year"): a month,
# not a name (the coordination finder and the counted-year one).
_JOINED = "|".join(f"(?<={m}(?:{c}))" for m in _FULL.split("|") for c in MONTH_JOINERS)
_ABBRS = [abbr for forms in ENGLISH.months for abbr in forms[1:]]
_ABBR = rf"(?:{alternation(_ABBRS)})\b\.?"
_ABBR_UP = rf"(?:{alternation(a.upper() for a in _ABBRS)})\b\.?"
# A dateline in capitals ("WEDNESDAY, APRIL 9, 2003", "JUL. 26, 2024") names months so too.
_MONTH = rf"(?:\b(?:{_FULL}|{_FULL.upper()})\b|\b{_ABBR}|\b{_ABBR_UP})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![,.:]\d|\s?%)"
_YEAR = r"(?:19|20)\d\d\b(?![,.]\d|-\d|%)"
_WD = rf"\b(?:{'|'.join(ENGLISH.weekdays)})\b"
_YEAR_ADJECTIVES = (
    "inaugural historic disputed contested upcoming previous controversial delayed"
    " postponed cancelled landmark failed original"
).split()
_COUNTED = (
    "people|persons|words|troops|soldiers|votes|voters|dollars|euros|pounds|units|cases"
    "|deaths|homes|houses|jobs|residents|students|members|copies|miles|km|feet|meters|tons"
    "|pages|times|points|barrels|acres|refugees|migrants|workers|employees|patients|protesters"
    "|delegates|participants|respondents|visitors|spectators|pupils|civilians|passengers|seats"
    "|kg|tonnes|metres?|meter|kilometres|kilometers|litres|liters|gallons|square|sq|strong"
    "|percent|per|years?|hours|hrs|days|weeks|months|GMT|UTC"
)
# A year modifying a noun: "a 2011 survey", "the 2018 World Cup", "Russia's 2018 bid".
_OWNER = "|".join(
    [rf"(?<=\b{w}\s)" for w in "a an the its their his her this that last next".split()]
    + [rf"(?<=\w{APOS}s\s)", rf"(?<=\ws{APOS}\s)"]
)
# Not "April Ryan" or "May's government", and not the front of "June 2015" or "May 5".
_NOT_NAME = r"(?!\s+[A-Z]|\s+\d+\b(?![.,]\d)|" + APOS + "s)"
# Events a month names after "the" ("the June election", "the October figures"): any
# happening, past ones included ("the March floods").  Not date_cues._EVENTS, the fixtures
# a weekday owns that decide a tense ("Saturday's game"): a crash or a storm is no fixture.
_MONTH_EVENTS = (
    r"elections?|votes?|polls?|ballots?|referendum|primary|primaries|budget|figures|data|numbers"
    r"|results|report|deadline|launch|meeting|summit|conference|session|strikes?|attacks?"
    r"|crash|fire|floods?|storms?|protests?|rally|deal|agreement|ceasefire|announcement"
    r"|ruling|hearing|trial|talks|derby|final|match|game|race|festival|concert|sales?|visit"
    r"|census|earthquake|heatwave|riots?|coup|shooting|ceremony|auction|draw|review"
)
_FOLLOWERS = r"(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Star|School)\b|Night\s+[A-Z]"
_NOT_A_DAY = "".join(
    f"(?<!{w} )" for w in ("Super", "Black", "Cyber", "Good", "Palm", "Ash", "Easter", "Bloody")
)
# Papers named "<X> on Sunday" ("told the Mail on Sunday"); not "Scotland on Sunday" or
# "Wales on Sunday", which are as often a place and a day ("Police in Wales on Sunday").
_PAPERS = ("Mail", "Independent")
_NOT_A_DAY += "(?:" + "".join(f"(?<!{w} on )" for w in _PAPERS) + r"|(?!Sunday\b))"
# (the same before the "on" a match may open with)
_NOT_A_PAPER = "(?:" + "".join(f"(?<!{w} )" for w in _PAPERS) + r"|(?!on\s+Sunday\b))"

_OF_YEAR = r"(?:\s+of)?\s+(?i:last|this|next)\s+year\b"  # "April 12 (of) last year"
# A range of years after a preposition ("between 1999-2004", "from 2010–2014"): the first
# year, followed by the second (not "2019-20", a season, or "1999-2004-2010", a code).
_RANGE_FROM = r"(?:19|20)\d\d(?=[-–](?:19|20)\d\d\b(?![-–]?\d))"
_RANGE_TO = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w} \d{{4}}[-–])"
        for w in ("between", "from", "in", "during", "Between", "From", "In", "During")
    )
    + ")"
)
# A run of days inside one month ("October 21-23, 2020", "16-27 May") is found whole: its
# date is the month's (date_resolve), as a week inside one month is.
_DAYS = rf"{_DAY}(?:\s?[-–]\s?{_DAY})?"
MD = re.compile(
    rf"{_MONTH}(?:\s+|(?<=\.)){_DAYS}(?:,?\s+{_YEAR}|{_OF_YEAR})?"
    rf"|\b{_DAYS}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR}|{_OF_YEAR})?"
)
_WEEKDAY_FIND = re.compile(
    rf"(?:{_NOT_A_PAPER}\b(?i:(?:on|last|this|next|past|early|late|earlier|later|a\s+week\s+on"
    rf"|a\s+week\s+from)\s+){{1,2}})?"  # "a week on Sunday": the Sunday after the coming one
    rf"{_NOT_A_DAY}"
    rf"{_WD}(?!\s+(?:{_FOLLOWERS}))(?:\s+(?:morning|afternoon|evening|night)\b)?"
    r"(?:\s+(?:of\s+)?(?i:last|next|this)\s+week\b"  # "Tuesday (of) last week"
    # "on Thursday week" (British: a week after the coming one), "on Wednesday next"
    r"|\s+week\b(?![\w-])|\s+next(?=[.,;:!?)]|\s+(?:at|in|before|after|when|and|or)\b))?"
)
_WEEKDAY_FIND = prefiltered(_WEEKDAY_FIND)  # its first characters first (_text.scan)
_FIND = [
    re.compile(r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])"),
    re.compile(rf"{_MONTH}(?:\s+of)?,?\s+{_YEAR}"),
    re.compile(
        r"\b(?i:in|since|by|until|till|of|from|during|through|before|after|between"
        rf"|circa|early|mid|late)(?:\s+|-)(?i:(?:early|late|mid)(?:\s+|-))?"
        # "until at least 2018", "from as early as 2015"
        rf"(?i:at\s+least\s+|as\s+(?:early|late|soon)\s+as\s+)?"
        rf"(?:{_YEAR}(?!\s+(?:{_COUNTED})\b)|{_RANGE_FROM})"
    ),
    # "between 1999-2004": the range's end, as "from 1999 to 2004" gives it (its start is the
    # finder above)
    re.compile(rf"{_RANGE_TO}(?:19|20)\d\d\b(?![,.]?\d|-\d|%)"),
    # A quarter of a year: "in Q4 2012", "4Q 2012", "fourth-quarter 2012" (its year).
    re.compile(rf"\b(?:Q[1-4]|[1-4]Q|(?i:first|second|third|fourth)[-\s]quarter)\s+{_YEAR}"),
    # A results period written short: "2Q21", "1H22", "FY22", "Q3'21", "FY2022" (two-digit
    # years 00-39 only: "Q450" or "H264" is a model's name, no period).
    re.compile(
        r"\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY)(?:['’]?[0-3]\d|\s?(?:19|20)\d\d)\b(?![,./]\d|-\d|%)"
    ),
    # "the end-2008 crisis": a year's end or start joined to it
    re.compile(rf"\b(?i:end|start)-{_YEAR}"),
    # "The inaugural 2016 festival": a year after "the" and an adjective that counts nothing
    # (not "the first 2000 people").
    re.compile(
        "(?:"
        + "|".join(rf"(?<=\b[Tt]he {w} )" for w in _YEAR_ADJECTIVES)
        + rf"){_YEAR}(?=\s+[A-Za-z])(?!\s+(?i:{_COUNTED}|of|to|or|who|which|that|were|was|are"
        r"|is|have|has|had)\b)"
    ),
    re.compile(
        rf"(?=[12])(?i:{_OWNER}){_YEAR}(?=\s+[A-Za-z])"  # (?=[12]): lookbehinds at years only
        rf"(?!\s+(?i:{_COUNTED}|of|to|or|plus|who|which|that|were|was|are|is|have|has|had)\b)"
    ),
    re.compile(rf"\b(?i:spring|summer|fall|autumn|winter)(?:\s+of)?\s+{_YEAR}"),
    re.compile(
        rf"(?:(?<=\b(?:19|20)\d\d to )|(?<=\b(?:19|20)\d\d through )|(?<=\b(?:19|20)\d\d and ))"
        rf"{_YEAR}(?!\s+(?:{_COUNTED})\b)"
    ),
    # "in 1993 and '94": a year's last two digits after a full year (resolved from it).
    re.compile(
        r"(?:(?<=\b(?:19|20)\d\d to )|(?<=\b(?:19|20)\d\d through )|(?<=\b(?:19|20)\d\d and ))"
        r"['’]\d\d\b(?![\d%])"
    ),
    # A month naming a stretch of its own: "during the August vacation", "before the May vote".
    re.compile(
        r"(?:(?<=\b[Dd]uring the )|(?<=\b[Ii]n the )|(?<=\b[Bb]efore the )|(?<=\b[Aa]fter the )"
        rf"|(?<=\b[Uu]ntil the )|(?<=\b[Oo]ver the ))(?:{_FULL})"
        r"(?=\s+(?!(?:of|for|to|on|in|at|and|or|is|was|has|had)\b)[a-z]{3,})"
    ),
    # A month closing a reporting period ("in the year to October", "the three months to
    # June", "the quarter ended March"): a month, whatever else its name may be.
    re.compile(
        r"(?:(?<=\byear to )|(?<=\bmonths to )|(?<=\bquarter to )|(?<=\bweeks to )"
        r"|(?<=\bperiod to )|(?<=\bhalf to )|(?<=\byear ending )|(?<=\bmonths ending )"
        r"|(?<=\bquarter ending )|(?<=\bperiod ending )|(?<=\byear ended )|(?<=\bmonths ended )"
        rf"|(?<=\bquarter ended )|(?<=\bperiod ended ))(?:{_FULL})\b"
    ),
    # A month naming an event after "the": "since the February launch", "The June election"
    # ("the May government" is a prime minister's: only these nouns).
    re.compile(rf"(?:(?<=\b[Tt]he ))(?:{_FULL})(?=\s+(?:{_MONTH_EVENTS})\b)"),
    # ... and after any lower-case word ("a pre-session January meeting", "its October
    # session"), a month that is no name or verb.
    re.compile(rf"(?<=[a-z] )(?!(?:{_AMBIGUOUS})\b)(?:{_FULL})(?=\s+(?:{_MONTH_EVENTS})\b)"),
    # "for February", "throughout July": "for" not before a month that is also a name.
    re.compile(
        rf"\b(?i:for)\s+(?!(?:{_AMBIGUOUS})\b)(?:{_FULL})\b{_NOT_NAME}"
        rf"|\b(?i:throughout)\s+(?:{_FULL})\b{_NOT_NAME}"
    ),
    # A stray comma after the month, a weekday before it: "on Friday, April, 23" (a count
    # after "April," has no weekday before it: "In April, 23 people ...").
    re.compile(rf"{_WD},\s+{_MONTH},\s+{_DAY}(?:,?\s+{_YEAR})?"),
    # A year inside a list of years: "in 2021, 2022 and again this year".
    re.compile(rf"(?<=\b(?:19|20)\d\d, ){_YEAR}(?=,\s|\s+(?:and|or)\b)"),
    re.compile(
        r"(?:\b(?i:in|since|until|till|during|last|next|this|early|late|earlier|later|between)"
        rf"\s+|\b(?i:mid)-)(?i:(?:early|late|mid)(?:\s+|-))?(?:{_FULL})\b{_NOT_NAME}"
    ),
    # A month coordinated with the month before it: "in March and April", "from January to
    # March", "between June-August" (the first is found by its own preposition).
    re.compile(rf"(?:{_JOINED})(?:{_FULL})\b{_NOT_NAME}"),
    re.compile(
        rf"\b(?i:by|from|after|before|of|through)\s+(?!(?:{_AMBIGUOUS})\b)(?:{_FULL})\b{_NOT_NAME}"
        # "from June to November": a month that could be a name, with the month it runs to
        rf"|\b(?i:from|between)\s+(?:{_AMBIGUOUS})\b(?=\s+(?:to|through|until|and|-|–)\s*(?:{_FULL})\b)"
    ),
    # "in June last year": a month in the year named after it, after a preposition of time
    # (not "Theresa May last year said").
    re.compile(
        r"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bfrom )|(?<=\bduring )"
        rf"|(?<=\bbefore )|(?<=\bafter )|(?<=\bIn )|(?<=\bSince )|(?<=\bBy )|{_JOINED})(?:{_FULL})"
        r"(?:\s+of)?\s+(?i:last|this|next)\s+year\b"
    ),
    # "the first week of May": the month's (any month, "of" settles "May").
    re.compile(rf"\b(?i:{PART_OF})(?:{_FULL})\b(?!\s+\d)"),
    # "this November's elections": after this/last/next a possessive month is still a date.
    re.compile(rf"\b(?i:this|last|next)\s+(?:{_FULL})(?={APOS}s\b)"),
    re.compile(
        r"(?<!USA )\b(?i:(?:(?:early|late|earlier|later)\s+)?(?:(?:today|tonight|yesterday"
        r"|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"
        r"|this\s+(?:morning|afternoon|evening)|last\s+night"
        r"|the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)))\b(?!\s+(?:show|programme)\b)"
    ),
    re.compile(
        r"\b(?i:(?:(?:early|late|earlier|later)\s+)?(?:this|last|next)\s+"
        r"(?:week|month|year))\b"
    ),
    re.compile(rf"\b(?i:(?:{_NUMBERS})\s+(?:day|week|month|year|decade)s?\s+ago)\b"),
    # "the year-ago period", "year-earlier sales": results compared with the year before
    re.compile(r"\b(?i:year-(?:ago|earlier)\s+(?:quarter|period|months?|sales|profit|loss))\b"),
    # "two years from now": counted ahead from the story's date
    re.compile(rf"\b(?i:(?:{_NUMBERS})\s+(?:day|week|month|year)s?\s+from\s+now)\b"),
    re.compile(rf"(?:\b(?i:the)\s+day\s+(?:after|before)\s+)?\b(?:{HOLIDAY})\b(?:,?\s+{_YEAR})?"),
    re.compile(rf"\b(?i:last|this|next)\s+(?:{HOLIDAY})\b"),  # "last Christmas"
    _WEEKDAY_FIND,
    *cues.LOOSE,
]
# Each finder behind a lookahead of its first characters (_text.scan; date_cues does its own).
MD = prefiltered(MD)
_FIND = [p if p in cues.LOOSE or p is _WEEKDAY_FIND else prefiltered(p) for p in _FIND]


def _finder(part: str) -> re.Pattern[str]:
    """The one pattern of _FIND whose source holds ``part``."""
    (found,) = [p for p in _FIND if part in p.pattern]
    return found


# The finders that open on common words, found from a rarer word each of their matches
# holds (``_text.anchored``): the word, and how far from the match's start it may stand
# (counted with each whitespace run at its longest, anchored.MAX_SPACE).
_YEAR_AT = re.compile(r"1(?=9\d\d)|2(?=0\d\d)")  # where a year starts (one character)
_MONTH_AT = re.compile("|".join(forms[0] for forms in ENGLISH.months))  # full names
_PERIODS = ("week", "month", "year")
_SEASONS = ("spring", "summer", "fall", "autumn")
_TIMES_OF_DAY = ("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening",
                 "night")  # fmt: skip
_HOLIDAY_WORDS = ("Easter", "Friday", "Sunday", "Wednesday", "Christmas", "Year", "Thanksgiving",
                  "Monday", "Halloween", "Juneteenth", "Valentine", "St", "Saint", "Boxing",
                  "Bastille", "Canada", "Australia", "Anzac", "ANZAC", "Armistice", "Veterans",
                  "Memorial", "Labor", "Presidents", "Martin", "MLK", "Fourth", "July", "Guy",
                  "Bonfire")  # fmt: skip
_ANCHORED = {
    a.pattern: a
    for a in (
        # "eleven decades ago": the number, a space run, "decades", a space run
        Anchored(_finder(r"s?\s+ago)"), ("ago",), 6 + 3 + 7 + 3, folded=True),
        Anchored(_finder(r"s?\s+from\s+now)"), ("from",), 6 + 3 + 5 + 3, folded=True),
        # "earlier in the week", "over the weekend", "the past week"
        Anchored(_finder(r"the\s+past\s+week"), ("week",), 7 + 3 + 2 + 3 + 3 + 3, folded=True),
        # "earlier this month"
        Anchored(
            _finder(r"(?:this|last|next)\s+(?:week|month|year))"),
            _PERIODS,
            7 + 3 + 4 + 3,
            folded=True,
        ),
        # "past spring", "autumn of 2019"
        Anchored(_finder(r"past)\s+(?i:spring"), _SEASONS, 4 + 3, folded=True),
        Anchored(
            _finder(r"\b(?i:spring|summer|fall|autumn|winter)"),
            (*_SEASONS, "winter"),
            0,
            folded=True,
        ),
        # "earlier last Tuesday" (two words before the weekday at most)
        Anchored(_WEEKDAY_FIND, tuple(ENGLISH.weekdays), 2 * (7 + 3)),
        # "between early 2019", "in mid-2019", "from as early as 2015"
        Anchored(_finder(r"|circa|early|mid|late)(?:\s+|-)"), _YEAR_AT, 7 + 3 + 5 + 3 + 18),
        # "welcomed 2019", "fiscal 2019"
        Anchored(cues.BARE_YEAR, _YEAR_AT, 8 + 3),
        # "fourth-quarter 2012", "Q4 of 2012"; "the inaugural 2016"
        Anchored(_finder(r"[1-4]Q|(?i:first"), _YEAR_AT, 6 + 1 + 7 + 3),
        Anchored(_finder(r"(?<=\b[Tt]he inaugural )"), _YEAR_AT, 0),
        # "for 2019", "fiscal 2019", "the financial year 2019"
        Anchored(_finder(r"\b(?i:for|fiscal|(?:fiscal|financial)"), _YEAR_AT, 9 + 3 + 4 + 3),
        Anchored(_finder(r"\b(?i:end|start)-"), _YEAR_AT, 5 + 1),  # "end-2008"
        # "earlier in early June", "mid-June"; "through June"
        Anchored(_finder(r"|later|between)\s+|\b(?i:mid)-)"), _MONTH_AT, 7 + 3 + 5 + 3),
        Anchored(_finder(rf"(?:{_JOINED})(?:{_FULL})\b"), _MONTH_AT, 0),
        Anchored(_finder(r"\b(?i:by|from|after|before|of|through)\s+(?!"), _MONTH_AT, 7 + 3),
        # "earlier the day before yesterday"
        Anchored(_finder(r"(?<!USA )"), _TIMES_OF_DAY, 7 + 3 + 3 + 3 + 3 + 3 + 6 + 3, folded=True),
        # "the beginning of this month", "the end of June"
        Anchored(
            _finder(r"(?i:end|beginning|start|middle)"),
            (*_PERIODS, *(forms[0].lower() for forms in ENGLISH.months)),
            3 + 3 + 9 + 3 + 2 + 3 + 4 + 3,
            folded=True,
        ),
        # "June 2019", "SEPT. of 2019": the month before the year (what the other finders
        # of a year, a month or a weekday name begin with, no word before)
        Anchored(_finder(r"(?:\s+of)?,?\s+(?:19|20)"), _YEAR_AT, 9 + 3 + 2 + 1 + 3),
        Anchored(_finder(r"through )|(?<=\b(?:19|20)\d\d and ))(?:19|20)"), _YEAR_AT, 0),
        Anchored(_finder(r"(?<=\b(?:19|20)\d\d, )"), _YEAR_AT, 0),
        Anchored(_finder(r"(?<=\b[Dd]uring the )"), _MONTH_AT, 0),
        Anchored(_finder(r"Sunday)\b,\s+"), tuple(ENGLISH.weekdays), 0),
        # a month after "in ", "the first fortnight of June", "this June's"
        Anchored(_finder(r"(?<=\bSince )"), _MONTH_AT, 0),
        Anchored(_finder("fortnight"), _MONTH_AT, 3 + 3 + 6 + 3 + 9 + 3 + 2 + 3),
        Anchored(_finder(r"\b(?i:this|last|next)\s+(?:January"), _MONTH_AT, 4 + 3),
        # "the year-ago period": the compound's first word itself
        Anchored(_finder(r"year-(?:ago|earlier)"), ("year-",), 0, folded=True),
        # "last season", "the past season": the word "season", a word and a space before
        Anchored(_finder(r"\s+(?i:season)\b"), ("season",), 4 + 3, folded=True),
        Anchored(_finder(r"the\s+past\s+season"), ("season",), 3 + 3 + 4 + 3, folded=True),
        # "the year to October", "since the February launch", "for July": the month itself
        Anchored(_finder(r"(?<=\byear to )"), _MONTH_AT, 0),
        Anchored(_finder(r"(?<=\b[Tt]he ))"), _MONTH_AT, 0),
        Anchored(_finder(r"(?<=[a-z] )(?!"), _MONTH_AT, 0),
        Anchored(_finder(r"\b(?i:for)\s+(?!"), _MONTH_AT, 10 + 3),
        # "the coming year"; a year after "a", "the", "its" ...
        Anchored(_finder(r"coming\s+year"), ("year",), 3 + 3 + 6 + 3, folded=True),
        Anchored(_finder("(?=[12])"), _YEAR_AT, 0),
        # "the day before the New Year", "last Black Friday": the holiday's first capital word
        Anchored(
            _finder(r"(?:\b(?i:the)\s+day\s+(?:after|before)\s+)?"),
            _HOLIDAY_WORDS,
            3 + 3 + 3 + 3 + 6 + 3 + 3 + 3 + 3 + 3,
        ),
        Anchored(
            _finder(r"\b(?i:last|this|next)\s+(?:Easter"), _HOLIDAY_WORDS, 4 + 3 + 3 + 3 + 3 + 3
        ),
    )
}
_ANCHORED |= {
    a.pattern: a
    for a in (
        # "later that evening", "the preceding month", "three years later"
        Anchored(
            rel.FIND,
            ("day", "morning", "afternoon", "evening", "night", *_PERIODS),
            7 + 3 + 9 + 3,
            folded=True,
        ),
        # "before the 12th": the ordinal's last digit
        Anchored(rel.ORDINAL, re.compile(r"\d(?:st|nd|rd|th)"), 6 + 3 + 3 + 3 + 1),
        # "through the spring"
        Anchored(rel.SEASON, _SEASONS, 7 + 3 + 3 + 3, folded=True),
        # "around approximately 10:30 p.m.": the clock's last digit
        Anchored(
            rel.CLOCK,
            re.compile(r"\d\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|\b(?:noon|midnight)\b"),
            6 + 3 + 13 + 3 + 2 + 3 - 1 + 3,
        ),
        # "the preceding week"
        Anchored(rel.WEEK_FROM, ("week",), 3 + 3 + 9 + 3, folded=True),
    )
}


class Finder(NamedTuple):
    """A finder with what ``candidates`` asks of it, looked up once: ``_ANCHORED`` is keyed
    by patterns, whose hash reads their whole compiled code (up to 2.5 us a lookup, thirty
    a call).  With ``Anchored.absent`` skipping the finders whose anchor a text lacks, a
    short text (an item the dates check reads) is searched in three quarters of the time."""

    pattern: re.Pattern[str]
    anchored: Anchored | None
    loose: bool  # counted only in prose (see date_cues)
    bare: bool  # its group "s" or "y" is the expression
    weekday: bool


FINDERS = tuple(
    Finder(p, _ANCHORED.get(p), p in cues.LOOSE, p is cues.BARE_YEAR, p is _WEEKDAY_FIND)
    for p in _FIND
)
# Counted from another date, or loose shapes, each anchored: (kind, finder, the group that
# is the expression).
RELATIVE = tuple(
    (kind, _ANCHORED[finder], group)
    for kind, finder, group in (
        ("from", rel.FIND, 0), ("ordinal", rel.ORDINAL, "o"), ("season", rel.SEASON, "o"),
        ("clock", rel.CLOCK, "o"), ("week", rel.WEEK_FROM, 0),
    )
)  # fmt: skip


# "would be finished in two years": kept only when the clause looks ahead (see date_cues).
IN_SPAN = re.compile(rf"\bin\s+(?:{_NUMBERS})\s+(?:day|week|month|year)s?\b", re.IGNORECASE)
IN_SPAN = prefiltered(IN_SPAN)
_WD_UP = "|".join(w.upper() for w in ENGLISH.weekdays)
WD_BEFORE = re.compile(rf"({_WD}|(?:{_WD_UP})),?\s+(\()?$")
WD_AFTER = re.compile(rf",\s+(?:on\s+)?an?\s+({_WD})")
PREP_BEFORE = re.compile(rf"\b(?i:{PREP})\s+$")
_BARE_HOLIDAY = re.compile(
    rf"(?:Easter|Christmas|New\s+Year{APOS}s|Thanksgiving|Halloween|Juneteenth)$"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
R_WD = re.compile(_WD)  # compiled once, not per weekday expression


# "every Saturday", "each Monday": a routine's day, no day's event.
_EVERY_BEFORE = re.compile(r"\b(?i:every|each)\s+(?:other\s+)?$")


def keep(text: str, m: re.Match[str]) -> bool:
    """Bare holidays need context: "Easter Island" or "Christmas tree" are not dates; a
    weekday said of every week ("open every Saturday") is none either."""
    span = m.group(0)
    if R_WD.match(span) and _EVERY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    if text[m.start() - 1 : m.start()] in ('"', "\u201c") and text[m.end() : m.end() + 1] in (
        '"',
        "\u201d",
    ):
        return False  # a whole quotation is a title ('ABC's "This Week"'), not a time
    if not R_HOL.fullmatch(" ".join(span.split())) or span[-1].isdigit():
        return True
    if span.startswith(("Black", "Cyber")):
        return False
    if _CAPITAL_NEXT.match(text, m.end()):  # a name: "the Good Friday Agreement"
        return False
    if _BARE_HOLIDAY.search(span) and not span.lower().startswith("the day"):
        prep = PREP_BEFORE.search(text, max(0, m.start() - 9), m.start())
        return prep is not None and not _CAPITAL_NEXT.match(text, m.end())
    return True
