"""Find time expressions in article text and resolve them to ISO dates, by code.

A timeline must not invent dates, so resolution is rule-based and conservative:
regexes find candidate spans, small calendar rules resolve them, and dateparser
is only a validated fallback.  News reports the past, so a bare weekday ("Tuesday")
or month resolves to the most recent one; a yearless day ("Dec. 18", "Christmas")
to its occurrence nearest the reference date, in the year its stated weekday agrees
with if one is given ("Saturday, Jan. 17").  Granularity stays honest ("last week" is
never a day), and without a reference date nothing relative is guessed.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple

from dateparser.date import DateDataParser

from summarizer._extract import calendar as cal
from summarizer._extract import date_cues as cues
from summarizer._extract import date_relative as rel
from summarizer._lang import alternation
from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered

__all__ = ["Anchor", "Granularity", "TimeExpression", "find_time_expressions", "resolve_expression"]

Granularity = Literal["day", "month", "year"]
Anchor = Literal["absolute", "published", "explicit"]


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: `text == source[start:end]`; `date` is ISO or None."""

    text: str
    start: int
    end: int
    date: str | None
    granularity: Granularity | None
    anchor: Anchor | None


_Res = tuple[str | None, Granularity | None]
_NONE: _Res = (None, None)

_NUMBERS = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}"
_APOS = "['\u2019]"

# --- finding: case-sensitive, because capitals are what separate "May" from "may" ---
# The names come from the English pack: the rules around them (holidays, "last week") are
# English too, and text that is not English is refused before they run (summarizer._lang).
_FULL = "|".join(forms[0] for forms in ENGLISH.months)
_AMBIGUOUS = "March|April|May|June|August"  # also verbs or first names
_ABBRS = [abbr for forms in ENGLISH.months for abbr in forms[1:]]
_ABBR = rf"(?:{alternation(_ABBRS)})\b\.?"
_ABBR_UP = rf"(?:{alternation(a.upper() for a in _ABBRS)})\b\.?"
# A dateline in capitals ("WEDNESDAY, APRIL 9, 2003", "JUL. 26, 2024") names months so too.
_MONTH = rf"(?:\b(?:{_FULL}|{_FULL.upper()})\b|\b{_ABBR}|\b{_ABBR_UP})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![,.:]\d|\s?%)"
_YEAR = r"(?:19|20)\d\d\b(?![,.]\d|-\d|%)"
_WD = rf"\b(?:{'|'.join(ENGLISH.weekdays)})\b"
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
    + [rf"(?<=\w{_APOS}s\s)", rf"(?<=\ws{_APOS}\s)"]
)
_PREP = "on|in|since|by|until|till|from|during|of|through|before|after|between|at|over"
_HOLIDAY = (  # also used case-insensitively to resolve
    r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday"
    rf"|Christmas(?:\s+(?:Day|Eve))?|New\s+Year{_APOS}s(?:\s+(?:Day|Eve))?"
    rf"|[Tt]he\s+New\s+Year\b(?!{_APOS})"
    r"|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday"
)
# Not "April Ryan" or "May's government", and not the front of "June 2015" or "May 5".
_NOT_NAME = r"(?!\s+[A-Z]|\s+\d+\b(?![.,]\d)|" + _APOS + "s)"
_FOLLOWERS = r"(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Star|School)\b|Night\s+[A-Z]"
_NOT_A_DAY = "".join(
    f"(?<!{w} )" for w in ("Super", "Black", "Cyber", "Good", "Palm", "Ash", "Easter", "Bloody")
)

_PART_OF = (
    r"the\s+(?:first|second|third|fourth|last|final)\s+(?:week|weekend|half|days|fortnight)"
    r"\s+of\s+"
)
_OF_YEAR = r"(?:\s+of)?\s+(?i:last|this|next)\s+year\b"  # "April 12 (of) last year"
_MD = re.compile(
    rf"{_MONTH}(?:\s+|(?<=\.)){_DAY}(?:,?\s+{_YEAR}|{_OF_YEAR})?"
    rf"|\b{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR}|{_OF_YEAR})?"
)
_WEEKDAY_FIND = re.compile(
    rf"(?:\b(?i:(?:on|last|this|next|past|early|late|earlier|later)\s+){{1,2}})?{_NOT_A_DAY}"
    rf"{_WD}(?!\s+(?:{_FOLLOWERS}))(?:\s+(?:morning|afternoon|evening|night)\b)?"
    r"(?:\s+(?:of\s+)?(?i:last|next|this)\s+week\b)?"  # "Tuesday (of) last week"
)
_WEEKDAY_FIND = prefiltered(_WEEKDAY_FIND)  # its first characters first (_text.scan)
_FIND = [
    re.compile(r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])"),
    re.compile(rf"{_MONTH}(?:\s+of)?,?\s+{_YEAR}"),
    re.compile(
        r"\b(?i:in|since|by|until|till|of|from|during|through|before|after|between"
        rf"|circa|early|mid|late)(?:\s+|-)(?i:(?:early|late|mid)(?:\s+|-))?{_YEAR}(?!\s+(?:{_COUNTED})\b)"
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
    re.compile(
        r"(?:\b(?i:in|since|until|till|during|last|next|this|early|late|earlier|later)\s+"
        rf"|\b(?i:mid)-)(?i:(?:early|late|mid)(?:\s+|-))?(?:{_FULL})\b{_NOT_NAME}"
    ),
    re.compile(
        rf"\b(?i:by|from|after|before|of|through)\s+(?!(?:{_AMBIGUOUS})\b)(?:{_FULL})\b{_NOT_NAME}"
    ),
    # "in June last year": a month in the year named after it, after a preposition of time
    # (not "Theresa May last year said").
    re.compile(
        r"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bfrom )|(?<=\bduring )"
        rf"|(?<=\bbefore )|(?<=\bafter )|(?<=\bIn )|(?<=\bSince )|(?<=\bBy ))(?:{_FULL})"
        r"(?:\s+of)?\s+(?i:last|this|next)\s+year\b"
    ),
    # "the first week of May": the month's (any month, "of" settles "May").
    re.compile(rf"\b(?i:{_PART_OF})(?:{_FULL})\b(?!\s+\d)"),
    # "this November's elections": after this/last/next a possessive month is still a date.
    re.compile(rf"\b(?i:this|last|next)\s+(?:{_FULL})(?={_APOS}s\b)"),
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
    re.compile(rf"\b(?i:(?:{_NUMBERS})\s+(?:day|week|month|year)s?\s+ago)\b"),
    re.compile(rf"(?:\b(?i:the)\s+day\s+(?:after|before)\s+)?\b(?:{_HOLIDAY})\b(?:,?\s+{_YEAR})?"),
    re.compile(rf"\b(?i:last|this|next)\s+(?:{_HOLIDAY})\b"),  # "last Christmas"
    _WEEKDAY_FIND,
    *cues.LOOSE,
]
# Each finder behind a lookahead of its first characters (_text.scan; date_cues does its own).
_MD = prefiltered(_MD)
_FIND = [p if p in cues.LOOSE or p is _WEEKDAY_FIND else prefiltered(p) for p in _FIND]
# "would be finished in two years": kept only when the clause looks ahead (see date_cues).
_IN_SPAN = re.compile(rf"\bin\s+(?:{_NUMBERS})\s+(?:day|week|month|year)s?\b", re.IGNORECASE)
_WD_UP = "|".join(w.upper() for w in ENGLISH.weekdays)
_WD_BEFORE = re.compile(rf"({_WD}|(?:{_WD_UP})),?\s+(\()?$")
_WD_AFTER = re.compile(rf",\s+(?:on\s+)?an?\s+({_WD})")
_PREP_BEFORE = re.compile(rf"\b(?i:{_PREP})\s+$")
_BARE_HOLIDAY = re.compile(rf"(?:Easter|Christmas|New\s+Year{_APOS}s|Thanksgiving)$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_R_WD = re.compile(_WD)  # compiled once, not per weekday expression
_R_YEAR_DIGITS = re.compile(r"\d{4}")

# --- resolving: case-insensitive, callers may pass lower-cased expressions ---
_I = re.IGNORECASE
_WDS = "|".join(cal.WEEKDAYS)
_LEAD_PREP = re.compile(rf"^(?:{_PREP}|circa|around|for)\s+(?=\S)", _I)
_R_STATED = re.compile(rf"(?:({_WDS}),?\s*\(?)?(.*?)\)?(?:,\s+(?:on\s+)?an?\s+({_WDS}))?", _I)
_R_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_R_HOL_STEP = re.compile(rf"(last|this|next) ({_HOLIDAY})", _I)
_R_HOL = re.compile(rf"(?:the day (after|before) )?({_HOLIDAY})(?:,? ((?:19|20)\d\d))?", _I)
_R_MDY = re.compile(r"([a-z]+)(?:\. ?| )(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", _I)
_R_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?(?:,? (\d{4}))?", _I)
_R_PART_OF = re.compile(rf"^{_PART_OF}", _I)
_R_OF_YEAR = re.compile(r"(.+?) (?:of )?(last|this|next) year", _I)
_R_MY = re.compile(r"([a-z]+)\.?(?: of)?,? (\d{4})", _I)
_R_YEAR = re.compile(
    r"(?:(?:early|mid|late)[- ]|(?:spring|summer|fall|autumn|winter)(?: of)? |fiscal )?(\d{4})",
    _I,
)
_R_MONTH = re.compile(r"((?:(?:last|next|this|early|late|earlier|later|mid)[- ])*)([a-z]+)", _I)
_R_TWO_DAYS = re.compile(r"the day (after) tomorrow|the day (?:before) yesterday", _I)
_R_DAYWORD = re.compile(
    r"(?:(?:early|late|earlier|later) )?(?:(today|tonight|yesterday|tomorrow)"
    r"(?: (?:morning|afternoon|evening|night))?|this (?:morning|afternoon|evening)|(last) night)",
    _I,
)
_R_PERIOD = re.compile(r"(?:(early|late|earlier|later) )?(this|last|next) (week|month|year)", _I)
_R_WEEKDAY = re.compile(
    rf"((?:(?:on|last|this|next|past|early|late|earlier|later) )*)({_WDS})"
    rf"(?: (?:morning|afternoon|evening|night))?(?: (?:of )?(last|next|this) week)?(?:{_APOS}s)?",
    _I,
)
# What dateparser may see: it reads "the sun" as Sunday and "12" as December.
_DATEISH = re.compile(
    rf"\d[/.-]\d|\b(?:19|20)\d\d\b|\b(?:day|week|fortnight|month|year|ago|{_WDS})s?\b", _I
)


def _day(d: date | None) -> _Res:
    return (d.isoformat(), "day") if d else _NONE


def _span(lo: date, hi: date) -> _Res:
    """The finest ISO value covering a range: a month, else a year, else nothing."""
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}", "month"
    return (f"{lo.year:04d}", "year") if lo.year == hi.year else _NONE


def _month_shift(ref: date, delta: int) -> _Res:
    y, m = divmod(ref.year * 12 + ref.month - 1 + delta, 12)
    return f"{y:04d}-{m + 1:02d}", "month"


def _period(mod: str | None, which: str, unit: str, ref: date) -> _Res:
    step = {"this": 0, "last": -1, "next": 1}[which.lower()]
    if unit.lower() == "year":
        return f"{ref.year + step:04d}", "year"
    if unit.lower() == "month":
        return _month_shift(ref, step)
    lo, hi = cal.week(ref + timedelta(7 * step))
    mod = (mod or "").lower()
    if step == 0 and mod == "earlier":
        hi = max(lo, ref - timedelta(1))
    elif step == 0 and mod == "later":
        lo = min(hi, ref + timedelta(1))
    elif mod:
        lo, hi = (lo, lo + timedelta(2)) if mod.startswith("earl") else (hi - timedelta(2), hi)
    return _span(lo, hi)


_EN = ENGLISH.dateparser  # dateparser's languages; find_time_expressions takes a pack's


@lru_cache(maxsize=64)
def _parser(base: date, languages: tuple[str, ...] = _EN) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=list(languages), settings=settings)


def _dateparser(expr: str, base: date, languages: tuple[str, ...] = _EN) -> _Res:
    """dateparser, trusted only for day/week/month/year periods (not times of day)."""
    data = _parser(base, languages).get_date_data(expr)
    if data.date_obj is None:
        return _NONE
    d = data.date_obj.date()
    if data.period == "day":
        return _day(d)
    if data.period in ("week", "month"):
        return _span(*cal.week(d)) if data.period == "week" else _span(d, d)
    return (f"{d.year:04d}", "year") if data.period == "year" else _NONE


def _fallback(
    expr: str, ref: date | None, languages: tuple[str, ...] = _EN
) -> tuple[str | None, Granularity | None, bool]:
    """Let dateparser try ("three days ago"); an answer that moves with the base is relative."""
    if len(expr) > 40 or not _DATEISH.search(expr):
        return None, None, True
    probe = ref or date(2001, 6, 15)
    first = _dateparser(expr, probe, languages)
    if first == _dateparser(expr, probe + timedelta(400), languages):
        return *first, False
    return (*first, True) if ref is not None else (None, None, True)


def _month_day(expr: str) -> tuple[int, int, int | None, int | None] | None:
    """(month, day, year, weekday) of "Dec. 18", "18 December 2019", "Wednesday, Dec. 18"."""
    stated = _R_STATED.fullmatch(expr)
    assert stated is not None  # its middle group takes anything
    weekday = stated.group(1) or stated.group(3)
    for pattern, (mi, di) in ((_R_MDY, (1, 2)), (_R_DMY, (2, 1))):
        m = pattern.fullmatch(stated.group(2).strip())
        if m and m.group(mi).lower() in cal.MONTHS:
            year = int(m.group(3)) if m.group(3) else None
            wd = cal.WEEKDAYS.index(weekday.lower()) if weekday else None
            return cal.MONTHS[m.group(mi).lower()], int(m.group(di)), year, wd
    return None


def _absolute(expr: str) -> _Res | None:
    """Expressions that name their own date; None when `expr` is not one of them."""
    m = _R_ISO.fullmatch(expr)
    if m:
        return _day(cal.safe_date(*map(int, m.groups())))
    if (slashed := rel.numeric(expr)) is not None:  # "17/04/2023"
        return slashed
    m = _R_HOL.fullmatch(expr)
    if m and m.group(3):
        return _day(cal.holiday(m.group(2), int(m.group(3)), m.group(1)))
    md = _month_day(expr)
    if md and md[2]:
        return _day(cal.safe_date(md[2], md[0], md[1]))
    m = _R_MY.fullmatch(expr)
    if m and m.group(1).lower() in cal.MONTHS:
        return f"{int(m.group(2)):04d}-{cal.MONTHS[m.group(1).lower()]:02d}", "month"
    m = _R_YEAR.fullmatch(expr)
    return (m.group(1), "year") if m else None


def _relative(expr: str, ref: date, explicit: bool, published: date | None) -> _Res | None:
    """Expressions counted from `ref`; None when `expr` is not one of them."""
    if m := _R_HOL_STEP.fullmatch(expr):  # the latest before, the first after, this year's
        days = [cal.holiday(m.group(2), y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        which = m.group(1).lower()
        if which == "this":
            return _day(days[1])
        return _day(
            max(d for d in days if d < ref) if which == "last" else min(d for d in days if d > ref)
        )
    m = _R_HOL.fullmatch(expr)
    if m:
        return _day(cal.nearest_holiday(m.group(2), ref, m.group(1)))
    m = _R_OF_YEAR.fullmatch(expr)  # "April 12 of last year": that year's day
    if m and (md := _month_day(m.group(1))):  # ("the end of last year" is a span's)
        step = {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
        return _day(cal.safe_date(ref.year + step, md[0], md[1]))
    if m and m.group(1).lower() in cal.MONTHS:  # "June last year": that year's month
        step = {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
        return f"{ref.year + step:04d}-{cal.MONTHS[m.group(1).lower()]:02d}", "month"
    if m := _R_TWO_DAYS.fullmatch(expr):
        return _day(ref + timedelta(2 if m.group(1) else -2))
    md = _month_day(expr)
    if md:
        return _day(cal.nearest_day(md[0], md[1], ref, md[3]))
    m = _R_DAYWORD.fullmatch(expr)
    if m:
        word = (m.group(1) or m.group(2) or "").lower()
        return _day(ref + timedelta({"yesterday": -1, "last": -1, "tomorrow": 1}.get(word, 0)))
    m = _R_PERIOD.fullmatch(expr)
    if m:
        return _period(m.group(1), m.group(2), m.group(3), ref)
    m = _R_WEEKDAY.fullmatch(expr)
    if m:
        target = cal.WEEKDAYS.index(m.group(2).lower())
        if m.group(3):  # "Tuesday last week": that week's Tuesday
            step = {"last": -1, "this": 0, "next": 1}[m.group(3).lower()]
            return _day(cal.week(ref + timedelta(7 * step))[0] + timedelta(target))
        return _day(cal.weekday_near(m.group(1), target, ref, explicit, published))
    if counted := cues.ahead(expr, ref):  # "in two years", the finder kept looking ahead
        return counted
    if spanned := cues.calendar_span(expr, ref):  # "last weekend", "last summer"
        if isinstance(spanned[0], date) and isinstance(spanned[1], date):
            return _span(spanned[0], spanned[1])
        return spanned
    m = _R_MONTH.fullmatch(expr)
    if m and m.group(2).lower() in cal.MONTHS:
        words, delta = m.group(1).lower(), cal.MONTHS[m.group(2).lower()] - ref.month
        if "next" in words:
            delta += 12 if delta <= 0 else 0
        elif "this" not in words:  # most recent such month; "last" excludes the current one
            delta -= 12 if delta > 0 or (delta == 0 and "last" in words) else 0
        return _month_shift(ref, delta)
    return None


@lru_cache(maxsize=4096)
def _resolve(
    expression: str, ref: date | None, explicit: bool = False, published: date | None = None,
    languages: tuple[str, ...] = _EN,
) -> tuple[str | None, Granularity | None, bool]:  # fmt: skip
    """Resolve one expression; the flag says whether the answer depends on `ref`.

    Cached: articles repeat their expressions ("on Tuesday", "last week"), and each miss
    of the rules costs two dateparser calls."""
    expr = " ".join(expression.split()).strip(" ,;:.!?\"'\u201c\u201d\u2018\u2019")
    expr = _R_PART_OF.sub("", _LEAD_PREP.sub("", expr))  # "the first week of May": May
    absolute = _absolute(expr)
    if absolute is not None:
        return *absolute, False
    if ref is None:
        return _fallback(expr, None, languages)
    relative = _relative(expr, ref, explicit, published)
    return (*relative, True) if relative is not None else _fallback(expr, ref, languages)


def resolve_expression(
    expression: str, published: date | None, anchor: date | None = None
) -> tuple[str | None, Granularity | None]:
    """Resolve one expression against `anchor` (a date stated in the article) or `published`.

    Against an `anchor` a bare weekday is the nearest one (within three days either side,
    never after `published` unless the anchor is): a stated date is a point in the story.
    """
    if anchor is not None:
        return _resolve(expression, anchor, True, published)[:2]
    return _resolve(expression, published)[:2]


class _Cand(NamedTuple):
    start: int
    end: int
    weekday: int | None  # the weekday stated with a full date ("Wednesday, Dec. 18")
    is_weekday: bool  # a weekday expression, which an explicit date may anchor
    kind: str = ""  # "from": counted from a stated date; "ordinal": "the 4th"; "season"


def _keep(text: str, m: re.Match[str]) -> bool:
    """Bare holidays need context: "Easter Island" or "Christmas tree" are not dates."""
    span = m.group(0)
    if text[m.start() - 1 : m.start()] in ('"', "\u201c") and text[m.end() : m.end() + 1] in (
        '"',
        "\u201d",
    ):
        return False  # a whole quotation is a title ('ABC's "This Week"'), not a time
    if not _R_HOL.fullmatch(" ".join(span.split())) or span[-1].isdigit():
        return True
    if span.startswith(("Black", "Cyber")):
        return False
    if _CAPITAL_NEXT.match(text, m.end()):  # a name: "the Good Friday Agreement"
        return False
    if _BARE_HOLIDAY.search(span) and not span.lower().startswith("the day"):
        prep = _PREP_BEFORE.search(text, max(0, m.start() - 9), m.start())
        return prep is not None and not _CAPITAL_NEXT.match(text, m.end())
    return True


def _candidates(text: str) -> list[_Cand]:
    """Non-overlapping spans (longest wins), each widened over a preposition just before it."""
    cands: list[_Cand] = []
    for m in _MD.finditer(text):
        start, end, stated = m.start(), m.end(), None
        before = _WD_BEFORE.search(text, max(0, start - 14), start)
        after = _WD_AFTER.match(text, end)
        if before and (not before.group(2) or text.startswith(")", end)):
            start, end = start - len(before.group(0)), end + (1 if before.group(2) else 0)
            stated = cal.WEEKDAYS.index(before.group(1).lower())
        elif after:
            end, stated = after.end(), cal.WEEKDAYS.index(after.group(1).lower())
        cands.append(_Cand(start, end, stated, False))
    for pattern in _FIND:
        loose = pattern in cues.LOOSE  # counted only in prose (see date_cues)
        bare = pattern is cues.BARE_YEAR  # its group "s" or "y" is the expression
        for m in pattern.finditer(text):
            group = (m.lastgroup or 0) if bare else 0
            if (bare and m[group] in ("1900", "2000")) or (
                loose and not cues.in_prose(text, m.start())
            ):
                continue  # mostly counts; or a headline, label or link
            if _keep(text, m):
                cands.append(_Cand(m.start(group), m.end(group), None, pattern is _WEEKDAY_FIND))
    cands += [_Cand(m.start(), m.end(), None, False) for m in rel.NUMERIC.finditer(text)]
    # Counted from another date, or loose shapes: only in prose (see date_cues.in_prose).
    for kind, finder, group in (
        ("from", rel.FIND, 0), ("ordinal", rel.ORDINAL, "o"), ("season", rel.SEASON, "o")
    ):  # fmt: skip
        cands += [
            _Cand(m.start(group), m.end(group), None, False, kind)
            for m in finder.finditer(text)
            if cues.in_prose(text, m.start())
        ]
    cands += [
        _Cand(m.start(), m.end(), None, False)
        for m in _IN_SPAN.finditer(text)
        if cues.counts_ahead(text, m.start()) and cues.in_prose(text, m.start())
    ]
    chosen: list[_Cand] = []
    taken = bytearray(len(text))  # characters in a chosen span: no comparison with each one
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if taken.find(1, c.start, c.end) < 0:
            chosen.append(c)
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    chosen.sort()
    for i, c in enumerate(chosen):
        prep = _PREP_BEFORE.search(text, max(0, c.start - 9), c.start)
        if prep is None or _LEAD_PREP.match(text, c.start, c.end):
            continue
        if i == 0 or chosen[i - 1].end <= prep.start():
            chosen[i] = c._replace(start=prep.start())
    return chosen


def _explicit_anchors(
    text: str, cands: list[_Cand], published: date | None, languages: tuple[str, ...] = _EN
) -> list[tuple[_Cand, date]]:
    """Full dates stated with a weekday that agrees with them: the story's own clock."""
    anchors = []
    for c in (c for c in cands if c.weekday is not None):
        value, granularity, _ = _resolve(text[c.start : c.end], published, False, None, languages)
        if value and granularity == "day" and date.fromisoformat(value).weekday() == c.weekday:
            anchors.append((c, date.fromisoformat(value)))
    return anchors


def _gap(newlines: Sequence[int], a: _Cand, b: _Cand) -> int | None:
    """Characters between a weekday ``a`` and an anchor ``b`` if in one paragraph, or within
    ~400 characters after the anchor, else None.  A story moves on from a date it states; a
    weekday in a paragraph above one ("has hit 31 on Saturday" over a list of "Tuesday, Jan.
    22" sites) is the publication's week."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    k = bisect.bisect_left(newlines, lo)  # the first line break from lo on
    if k == len(newlines) or newlines[k] >= hi or (hi - lo <= 400 and b.end <= a.start):
        return hi - lo
    return None


_DATE_LINE = 60  # characters: a line longer than a date and a weekday is prose
_CLOCK_DAYS = 62  # a date line this near the publication date sets the day of what follows


def _date_lines(text: str, cands: Sequence[_Cand]) -> list[tuple[_Cand, date]]:
    """Full dates standing alone on their line: a live blog's day, the clock of what follows."""
    breaks = array("q", (m.start() for m in re.finditer("\n", text)))
    out = []
    for c in cands:
        k = bisect.bisect_left(breaks, c.start)  # the line's bounds, not searched for
        a = breaks[k - 1] + 1 if k else 0
        b = breaks[k] if k < len(breaks) else len(text)
        if b - a > _DATE_LINE or text[a : c.start].strip() or text[c.end : b].strip():
            continue
        value, granularity, relative = _resolve(text[c.start : c.end], None)
        if value and granularity == "day" and not relative:
            out.append((c, date.fromisoformat(value)))
    return out


def _weekday_at(text: str, c: _Cand) -> int:
    """Where the weekday word of a weekday expression starts ("ahead of Tuesday")."""
    m = _R_WD.search(text, c.start, c.end)
    return m.start() if m else c.start


def _ahead_weekday(expr: str, ref: date) -> tuple[str | None, Granularity | None]:
    """A bare weekday in a clause that looks ahead: that day on or after ``ref``."""
    m = _R_WEEKDAY.fullmatch(_LEAD_PREP.sub("", " ".join(expr.split())))
    if m is None or m.group(3) or not set(m.group(1).lower().split()) <= {"on", "early", "late"}:
        return _resolve(expr, ref)[:2]
    return cues.next_weekday(cal.WEEKDAYS.index(m.group(2).lower()), ref).isoformat(), "day"


def _ahead_day(text: str, c: _Cand, expr: str, value: str, ref: date) -> str:
    """A yearless day before ``ref`` in a clause that looks ahead ("will be held on November
    5") is its next occurrence, within a year of ``ref``."""
    d = date.fromisoformat(value)
    if d >= ref or _R_YEAR_DIGITS.search(expr) or not cues.looks_ahead(text, c.start):
        return value
    later = cal.safe_date(d.year + 1, d.month, d.day)
    return later.isoformat() if later and (later - ref).days < 366 else value


_R_BARE_MONTH = re.compile(rf"(?:{_PART_OF}|(?:early|late|mid)[- ])?([a-z]+)\.?", re.IGNORECASE)


def _ahead_month(text: str, c: _Cand, expr: str, value: str, ref: date) -> str:
    """A month named alone in a clause that looks ahead ("The election will be held in
    November") is its next occurrence, this month or later; alone it is the latest."""
    lead = _LEAD_PREP.match(expr)
    m = _R_BARE_MONTH.fullmatch(expr[lead.end() if lead else 0 :].strip())
    if m is None or m.group(1).lower() not in cal.MONTHS:
        return value
    if not cues.looks_ahead(text, c.start + (lead.end() if lead else 0)):
        return value
    month = cal.MONTHS[m.group(1).lower()]
    return f"{ref.year if month >= ref.month else ref.year + 1:04d}-{month:02d}"


def _past_day(text: str, c: _Cand, expr: str, value: str, ref: date) -> str:
    """A yearless day after ``ref`` in a clause in the past ("took effect on Jan. 1", read on
    Dec. 30) is its latest occurrence, within a year before ``ref``."""
    d = date.fromisoformat(value)
    if d <= ref or _month_day(_LEAD_PREP.sub("", " ".join(expr.split()))) is None:
        return value
    lead = _LEAD_PREP.match(expr)  # read the clause up to the day, its preposition included
    at = c.start + (lead.end() if lead else 0)
    if _R_YEAR_DIGITS.search(expr) or not cues.looks_back(text, at):
        return value
    earlier = cal.safe_date(d.year - 1, d.month, d.day)
    return earlier.isoformat() if earlier and (ref - earlier).days < 366 else value


def find_time_expressions(
    text: str, published: date | None = None, languages: tuple[str, ...] = _EN
) -> list[TimeExpression]:
    """All time expressions in `text`, in order, non-overlapping, each resolved.

    Weekdays near a consistent explicit date ("Wednesday, Dec. 18") resolve against that
    date (anchor "explicit"), the rest against `published`; ``languages`` are dateparser's
    (the pack's ``dateparser``).
    """
    cands = _candidates(text)
    anchors = _explicit_anchors(text, cands, published, languages)
    starts = [a.start for a, _ in anchors]
    # A date line is the clock of what follows only near the publication date (a live blog's
    # days); a page date years away ("June 25, 2018" over a 2011 story) is the page's own.
    lines: list[tuple[_Cand, date]] = []
    far: set[int] = set()  # the page's dates: no clock and no event
    for c, d in _date_lines(text, cands) if published else []:
        if published and abs((d - published).days) <= _CLOCK_DAYS:
            lines.append((c, d))
        else:
            far.add(c.start)
    line_starts = [a.start for a, _ in lines]
    newlines = array("q", (m.start() for m in re.finditer("\n", text))) if anchors else array("q")
    found: list[TimeExpression] = []
    stated: list[_Mark] = [None, None]  # the last dated expression, the last dated to a day
    for c in cands:
        if c.start in far:
            continue
        expr = text[c.start : c.end]
        if c.kind:  # kept only when resolved: alone they say nothing a timeline can place
            counted = _counted(text, c, expr, (stated[0], stated[1]), published)
            if counted.date and counted.granularity:
                found.append(counted)
                stated[0] = (c.end, counted.date, counted.granularity)
                stated[1] = stated[0] if counted.granularity == "day" else stated[1]
            continue
        # The nearest anchor on each side is the nearest of all (spans do not overlap).
        k = bisect.bisect_left(starts, c.start) if c.is_weekday else 0
        near = anchors[max(0, k - 1) : k + 1] if c.is_weekday else []
        gaps = [(g, d) for a, d in near if (g := _gap(newlines, c, a)) is not None]
        kind: Anchor
        k = bisect.bisect_left(line_starts, c.start) - 1  # a date line above it: its day
        day = lines[k][1] if k >= 0 and lines[k][0].end <= c.start else published
        if gaps:
            value, granularity, _ = _resolve(expr, min(gaps)[1], True, published, languages)
            kind = "explicit"
        elif c.is_weekday and day is not None and cues.looks_ahead(text, _weekday_at(text, c)):
            value, granularity = _ahead_weekday(expr, day)
            kind = "published" if day == published else "explicit"
        else:
            value, granularity, relative = _resolve(expr, day, False, None, languages)
            kind = "absolute" if not relative else "published" if day == published else "explicit"
        if value and granularity == "day" and day is not None and not c.is_weekday:
            value = _past_day(text, c, expr, _ahead_day(text, c, expr, value, day), day)
        if value and granularity == "month" and day is not None:
            value = _ahead_month(text, c, expr, value, day)
        if value and c.is_weekday and found and found[-1].date and kind != "absolute":
            value = _after_joined(text, found[-1], c, value)
        anchor = kind if value else None
        found.append(TimeExpression(expr, c.start, c.end, value, granularity, anchor))
        if value and granularity:
            stated[0] = (c.end, value, granularity)
            stated[1] = stated[0] if granularity == "day" else stated[1]
    return found


_JOINED = re.compile(r"\s*(?:,|and|or|to|through|until|till|-|\u2013|\u2014)\s*(?:on\s+)?$", _I)


def _after_joined(text: str, before: TimeExpression, c: _Cand, value: str) -> str:
    """A weekday joined to the one before it ("Wednesday and Thursday", "Friday to Monday")
    comes after it: a week on when read alone it fell earlier."""
    if before.granularity != "day" or c.start - before.end > 12:
        return value
    if not _JOINED.fullmatch(text, before.end, c.start) or not _R_WD.search(before.text):
        return value
    day, first = date.fromisoformat(value), date.fromisoformat(before.date or value)
    return (day + timedelta(7)).isoformat() if day < first else value


_FROM_REACH = 600  # characters: how far a stated date anchors "the following day"
_Mark = tuple[int, str, str] | None  # where a dated expression ends, its value and granularity
_Stated = tuple[_Mark, _Mark]  # the last dated expression, and the last dated to a day


def _counted(
    text: str, c: _Cand, expr: str, stated: _Stated, published: date | None
) -> TimeExpression:
    """ "the following day" or "two years later" from the last date stated in its paragraph;
    "the 4th" in the month of publication and "in the spring" in its year (the next such
    day or season when the clause looks ahead)."""
    bare = _LEAD_PREP.sub("", " ".join(expr.split()))
    value: str | None = None
    granularity: Granularity | None = None
    kind: Anchor = "published"
    if c.kind in ("ordinal", "season") and published is not None:
        ahead = cues.looks_ahead(text, c.start)
        if c.kind == "season":
            value, granularity = rel.season_year(bare, published, ahead), "year"
        elif day := rel.ordinal_day(bare, published, ahead):
            value, granularity = day.isoformat(), "day"
    elif c.kind == "from":
        near = [
            s
            if s and c.start - s[0] <= _FROM_REACH and text.find("\n", s[0], c.start) < 0
            else None
            for s in stated
        ]  # the last stated date and day, in its paragraph
        last = (near[0][1], near[0][2]) if near[0] else None
        day = date.fromisoformat(near[1][1]) if near[1] else None
        if found := rel.counted(bare, last, day, published):
            value, granularity = found[0], found[1]
            kind = "published" if found[2] else "explicit"
    if value is None:
        return TimeExpression(expr, c.start, c.end, None, None, None)
    return TimeExpression(expr, c.start, c.end, value, granularity, kind)
