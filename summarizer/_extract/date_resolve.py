"""Resolve one time expression to an ISO date, by code, for `summarizer._extract.dates`.

A timeline must not invent dates, so resolution is rule-based and conservative: small
calendar rules resolve an expression, and dateparser is only a validated fallback.  News
reports the past, so a bare weekday ("Tuesday") or month resolves to the most recent one;
a yearless day ("Dec. 18", "Christmas") to its occurrence nearest the reference date, in
the year its stated weekday agrees with if one is given ("Saturday, Jan. 17").
Granularity stays honest ("last week" is never a day), and without a reference date
nothing relative is guessed.  Patterns here are case-insensitive: callers may pass
lower-cased expressions.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from dateparser.date import DateDataParser

from summarizer._extract import calendar as cal
from summarizer._extract import date_relative as rel
from summarizer._extract import date_spans as spans
from summarizer._lang.en import ENGLISH
from summarizer._text.casing import ascii_folded

Granularity = Literal["day", "month", "year"]

_Res = tuple[str | None, Granularity | None]
_NONE: _Res = (None, None)

# Shared with date_find: spans its finders match are what these patterns read.
APOS = "['\u2019]"
PREP = "on|in|since|by|until|till|from|during|of|through|before|after|between|at|over"
HOLIDAY = (  # found case-sensitively (date_find), read here case-insensitively
    r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday"
    rf"|Christmas(?:\s+(?:Day|Eve))?|New\s+Year{APOS}s(?:\s+(?:Day|Eve))?"
    rf"|[Tt]he\s+New\s+Year\b(?!{APOS})"
    r"|Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday"
    # Days of one date or one weekday rule wherever their name is written (calendar.holiday);
    # not those a country's name or a nation's customs move ("Independence Day", "Labour
    # Day", "Mother's Day", "Remembrance Day" named for another day, "Election Day").
    rf"|Halloween|Juneteenth|Valentine{APOS}s\s+Day|(?:St\.?|Saint)\s+Patrick{APOS}s\s+Day"
    rf"|Boxing\s+Day|Bastille\s+Day|Canada\s+Day|Australia\s+Day|A(?:nzac|NZAC)\s+Day"
    rf"|Armistice\s+Day|Veterans{APOS}?\s+Day|Memorial\s+Day|Labor\s+Day"
    rf"|Presidents{APOS}?\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day"
    r"|[Tt]he\s+Fourth\s+of\s+July|July\s+Fourth|Guy\s+Fawkes\s+Night|Bonfire\s+Night"
)
PART_OF = (
    r"the\s+(?:first|second|third|fourth|last|final)\s+(?:week|weekend|half|days|fortnight)"
    r"\s+of\s+"
)

_I = re.IGNORECASE
_WDS = "|".join(cal.WEEKDAYS)
LEAD_PREP = re.compile(rf"^(?:{PREP}|circa|around|for|throughout)\s+(?=\S)", _I)
_R_STATED = re.compile(rf"(?:({_WDS}),?\s*\(?)?(.*?)\)?(?:,\s+(?:on\s+)?an?\s+({_WDS}))?", _I)
_R_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_R_HOL_STEP = re.compile(rf"(last|this|next) ({HOLIDAY})", _I)
R_HOL = re.compile(rf"(?:the day (after|before) )?({HOLIDAY})(?:,? ((?:19|20)\d\d))?", _I)
_R_MDY = re.compile(r"([a-z]+)(?:\. ?| )(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", _I)
_R_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?(?:,? (\d{4}))?", _I)
_R_PART_OF = re.compile(rf"^{PART_OF}", _I)
_R_OF_YEAR = re.compile(r"(.+?) (?:of )?(last|this|next) year", _I)
_R_DAYS = re.compile(r"(.*?)\b(\d{1,2})(?:st|nd|rd|th)?\s?[-–]\s?(\d{1,2})(?:st|nd|rd|th)?\b(.*)")
_R_MY = re.compile(r"([a-z]+)\.?(?: of)?,? (\d{4})", _I)
_R_YEAR = re.compile(
    r"(?:at least |as (?:early|late|soon) as )?"  # "until at least 2018"
    r"(?:(?:early|mid|late)[- ]|(?:spring|summer|fall|autumn|winter)(?: of)? |fiscal "
    r"|(?:fiscal|financial) year |(?:end|start)-|fy ?|h[12] |[12]h "
    r"|q[1-4] |[1-4]q |(?:first|second|third|fourth)[- ]quarter )?(\d{4})",  # "Q4 2012"
    _I,
)
# A results period with a two-digit year ("2Q21", "1H22", "FY22"): 00-39, this century's.
_R_SHORT_PERIOD = re.compile(r"(?:q[1-4]|[1-4]q|h[12]|[12]h|fy)['’]?([0-3]\d)", _I)
_R_MONTH = re.compile(r"((?:(?:last|next|this|early|late|earlier|later|mid)[- ])*)([a-z]+)", _I)
_R_TWO_DAYS = re.compile(r"the day (after) tomorrow|the day (?:before) yesterday", _I)
_R_DAYWORD = re.compile(
    r"(?:(?:early|late|earlier|later) )?(?:(today|tonight|yesterday|tomorrow)"
    r"(?: (?:morning|afternoon|evening|night))?|this (?:morning|afternoon|evening)|(last) night)",
    _I,
)
_R_PERIOD = re.compile(r"(?:(early|late|earlier|later) )?(this|last|next) (week|month|year)", _I)
_R_YEAR_AGO = re.compile(r"year-(?:ago|earlier) \w+", _I)  # "year-ago period": a year back
R_WEEKDAY = re.compile(
    rf"((?:(?:on|last|this|next|past|early|late|earlier|later|a week on|a week from) )*)({_WDS})"
    rf"(?: (?:morning|afternoon|evening|night))?(?: (?:of )?(last|next|this) week| (week|next))?"
    rf"(?:{APOS}s)?",
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


def week_span(lo: date, hi: date) -> _Res:
    """A whole week across two months is the month holding most of its days (Mar 27 to
    Apr 2 is March: "next week" said on Mar 21 means late March); a shorter stretch across
    months stays its year."""
    if (hi - lo).days == 6 and (lo.year, lo.month) != (hi.year, hi.month):
        late = hi.day  # days in the later month
        return _span(hi, hi) if late >= 4 else _span(lo, lo)
    return _span(lo, hi)


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
    return week_span(lo, hi)


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
        return week_span(*cal.week(d)) if data.period == "week" else _span(d, d)
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


def month_day(expr: str) -> tuple[int, int, int | None, int | None] | None:
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
    m = R_HOL.fullmatch(expr)
    if m and m.group(3):
        return _day(cal.holiday(m.group(2), int(m.group(3)), m.group(1)))
    md = month_day(expr)
    if md and md[2]:
        return _day(cal.safe_date(md[2], md[0], md[1]))
    m = _R_MY.fullmatch(expr)
    if m and m.group(1).lower() in cal.MONTHS:
        return f"{int(m.group(2)):04d}-{cal.MONTHS[m.group(1).lower()]:02d}", "month"
    if m := _R_SHORT_PERIOD.fullmatch(expr):
        return f"20{m.group(1)}", "year"
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
    m = R_HOL.fullmatch(expr)
    if m:
        return _day(cal.nearest_holiday(m.group(2), ref, m.group(1)))
    m = _R_OF_YEAR.fullmatch(expr)  # "April 12 of last year": that year's day
    if m and (md := month_day(m.group(1))):  # ("the end of last year" is a span's)
        step = {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
        return _day(cal.safe_date(ref.year + step, md[0], md[1]))
    if m and m.group(1).lower() in cal.MONTHS:  # "June last year": that year's month
        step = {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
        return f"{ref.year + step:04d}-{cal.MONTHS[m.group(1).lower()]:02d}", "month"
    if m := _R_TWO_DAYS.fullmatch(expr):
        return _day(ref + timedelta(2 if m.group(1) else -2))
    md = month_day(expr)
    if md:
        return _day(cal.nearest_day(md[0], md[1], ref, md[3]))
    m = _R_DAYWORD.fullmatch(expr)
    if m:
        word = (m.group(1) or m.group(2) or "").lower()
        return _day(ref + timedelta({"yesterday": -1, "last": -1, "tomorrow": 1}.get(word, 0)))
    m = _R_PERIOD.fullmatch(expr)
    if m:
        return _period(m.group(1), m.group(2), m.group(3), ref)
    if _R_YEAR_AGO.fullmatch(expr):
        return f"{ref.year - 1:04d}", "year"
    m = R_WEEKDAY.fullmatch(expr)
    if m:
        target = cal.WEEKDAYS.index(m.group(2).lower())
        if m.group(3):  # "Tuesday last week": that week's Tuesday
            step = {"last": -1, "this": 0, "next": 1}[m.group(3).lower()]
            return _day(cal.week(ref + timedelta(7 * step))[0] + timedelta(target))
        ahead = (target - ref.weekday()) % 7
        if (m.group(4) or "").lower() == "week" or "week" in m.group(1).lower().split():
            return _day(ref + timedelta(ahead + 7))  # "Thursday week", "a week on Sunday"
        if (m.group(4) or "").lower() == "next":  # "on Wednesday next": the coming one
            return _day(ref + timedelta(ahead or 7))
        return _day(cal.weekday_near(m.group(1), target, ref, explicit, published))
    if counted := spans.ahead(expr, ref):  # "in two years", the finder kept looking ahead
        return counted
    if spanned := spans.calendar_span(expr, ref):  # "last weekend", "last summer"
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
def resolve(
    expression: str, ref: date | None, explicit: bool = False, published: date | None = None,
    languages: tuple[str, ...] = _EN,
) -> tuple[str | None, Granularity | None, bool]:  # fmt: skip
    """Resolve one expression; the flag says whether the answer depends on `ref`.

    Cached: articles repeat their expressions ("on Tuesday", "last week"), and each miss
    of the rules costs two dateparser calls."""
    expr = " ".join(ascii_folded(expression).split()).strip(" ,;:.!?\"'\u201c\u201d\u2018\u2019")
    expr = _R_PART_OF.sub("", LEAD_PREP.sub("", expr))  # "the first week of May": May
    if (days := _R_DAYS.fullmatch(expr)) and int(days[2]) < int(days[3]):
        first = days[1] + days[2] + days[4]  # "October 21-23, 2020": the month of its first day
        of_year = _R_OF_YEAR.fullmatch(first)  # "Feb. 15-17 this year"
        if month_day(of_year[1] if of_year else first) is not None:
            value, grain, moves = resolve(first, ref, explicit, published, languages)
            return (value[:7], "month", moves) if value and grain == "day" else (None, None, moves)
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
        return resolve(expression, anchor, True, published)[:2]
    return resolve(expression, published)[:2]
