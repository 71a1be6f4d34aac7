"""Spans a calendar names without a date ("last weekend", "this summer", "the end of
March", "the past week", "last season") and stretches counted forward ("in two years"):
found by whole-text finders and resolved against the story's date, for
`summarizer._extract.dates`.  Whether such a phrase counts at all (only in a line
of prose) is ``date_cues.LOOSE``'s business."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered

# Spans a calendar names without a date: a weekend, a season, the end of a month.
_FULL = "|".join(forms[0] for forms in ENGLISH.months)
FIND: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\b(?i:for|fiscal|(?:fiscal|financial)\s+year)\s+(?:19|20)\d\d\b"
        r"(?![,.]\d|-\d|%|\s+(?:[a-z]+s|people|children|men|women)\b)"
    ),
    re.compile(
        r"\b(?i:(?:last|this|next|past)\s+weekend|(?:over|at)\s+the\s+weekend"
        r"|the\s+past\s+week|(?:earlier|later)\s+in\s+the\s+week)\b"
    ),
    re.compile(r"\b(?i:last|this|next|past)\s+(?i:spring|summer|fall|autumn)\b"),
    # A sports season, the bare phrase only: "its last season" is a show's or a player's
    # final one, no date; "season ticket" is no season's date.
    re.compile(
        r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bmy )"
        r"(?<!\bThe )(?<!\bIts )(?<!\bTheir )(?<!\bHis )(?<!\bHer )(?<!\bOur )(?<!\bMy )"
        r"\b(?i:last|this|next|past)\s+(?i:season)\b(?!\s+(?i:tickets?|pass(?:es)?|holders?)\b)"
    ),
    re.compile(r"\b(?i:the\s+past\s+season)\b"),  # the one just ended, never the final one
    re.compile(
        r"\b(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+"
        rf"(?:(?i:(?:the|this|next|last)\s+(?:month|year))|(?:{_FULL})\b)"
    ),
    re.compile(r"\b(?i:the\s+(?:year\s+ahead|coming\s+year))\b"),
)
FIND = tuple(map(prefiltered, FIND))  # whole-text finders (_text.scan)
_R_WEEKEND = re.compile(r"(?:(last|this|next|past|the) )weekend", re.IGNORECASE)
_R_SEASON = re.compile(r"(last|this|next|past) (spring|summer|fall|autumn)", re.IGNORECASE)
_R_END_OF = re.compile(
    rf"(?:the )?(?:end|beginning|start|middle) of (?:(the|this|next|last) (month|year)|({_FULL}))",
    re.IGNORECASE,
)
# "last season": a sports season, dated (as the gold's annotators date it) by the year it ends
# in, counted from the story's year: the one before, this one, the next.
_R_SPORT_SEASON = re.compile(r"(?:the\s+)?(last|this|next|past)\s+season", re.IGNORECASE)
_SPORT_STEP = {"last": -1, "past": -1, "this": 0, "next": 1}
_SEASON_LAST_MONTH = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11}
_MONTHS = {m.lower(): i for i, m in enumerate(_FULL.split("|"), start=1)}
Spanned = tuple[date, date] | tuple[str, Literal["day", "month", "year"]]


# "the year ahead" in January is this year, in December the next; mid-year it is no one year.
_R_YEAR_AHEAD = re.compile(r"the (?:year ahead|coming year)", re.IGNORECASE)
_AHEAD_SAME_UNTIL, _AHEAD_NEXT_FROM = 3, 10  # months

_R_WEEK_PART = re.compile(r"(?:the (past) week|(earlier|later) in the week)", re.IGNORECASE)


def calendar_span(expr: str, ref: date) -> Spanned | None:
    """A weekend (its Saturday and Sunday), a season's year, "the end of March"'s month, or
    a stretch of days ("the past week": the seven before ``ref``)."""
    if m := _R_WEEK_PART.fullmatch(expr):
        monday, sunday = ref - timedelta(ref.weekday()), ref + timedelta(6 - ref.weekday())
        if m.group(1):
            return ref - timedelta(7), ref - timedelta(1)
        if m.group(2).lower() == "earlier":
            return monday, max(monday, ref - timedelta(1))
        return min(sunday, ref + timedelta(1)), sunday
    if m := _R_WEEKEND.fullmatch(expr):
        monday = ref - timedelta(ref.weekday())
        which = m.group(1).lower()
        step = {"last": -1, "this": 0, "next": 1}.get(which, 0 if ref.weekday() >= 5 else -1)
        saturday = monday + timedelta(5 + 7 * step)
        return saturday, saturday + timedelta(1)
    if m := _R_SPORT_SEASON.fullmatch(expr):
        return f"{ref.year + _SPORT_STEP[m.group(1).lower()]:04d}", "year"
    if m := _R_SEASON.fullmatch(expr):
        which, season = m.group(1).lower(), m.group(2).lower()
        ended = ref.month > _SEASON_LAST_MONTH[season]  # this year's is over
        if which in ("last", "past"):
            return f"{ref.year if ended else ref.year - 1:04d}", "year"
        if which == "next":  # from two months before it starts, "next" is the year after
            soon = ended or ref.month >= _SEASON_LAST_MONTH[season] - 4
            return f"{ref.year + 1 if soon else ref.year:04d}", "year"
        return f"{ref.year:04d}", "year"
    if _R_YEAR_AHEAD.fullmatch(expr):  # "plans for the year ahead": near a year's turn only
        ahead = (
            0 if ref.month <= _AHEAD_SAME_UNTIL else 1 if ref.month >= _AHEAD_NEXT_FROM else None
        )
        return None if ahead is None else (f"{ref.year + ahead:04d}", "year")
    if m := _R_END_OF.fullmatch(expr):
        if m.group(2):  # "the end of next month": the month or year that many steps on
            step = {"next": 1, "last": -1}.get(m.group(1).lower(), 0)
            if m.group(2).lower() == "year":
                return f"{ref.year + step:04d}", "year"
            y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}", "month"
        month = _MONTHS[m.group(3).lower()]
        year = min((ref.year - 1, ref.year, ref.year + 1),
                   key=lambda y: abs((y - ref.year) * 12 + month - ref.month))  # fmt: skip
        return f"{year:04d}-{month:02d}", "month"
    return None


_NUMBER_WORDS = dict(ENGLISH.number_words)
R_AHEAD = re.compile(  # fullmatch only: the order of the words does not matter
    rf"({'|'.join(_NUMBER_WORDS)}|\d{{1,2}})"
    r"\s+(day|week|month|year)s?(?:\s+from\s+now)?",
    re.IGNORECASE,
)


def ahead(expr: str, ref: date) -> tuple[str, Literal["day", "month", "year"]] | None:
    """'two years' counted forward from ``ref``: the year, month or day it reaches."""
    m = R_AHEAD.fullmatch(expr)
    if m is None:
        return None
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    unit = m.group(2).lower()
    if unit == "year":
        return f"{ref.year + n:04d}", "year"
    if unit == "month":
        y, mo = divmod(ref.year * 12 + ref.month - 1 + n, 12)
        return f"{y:04d}-{mo + 1:02d}", "month"
    day = ref + timedelta(n * (7 if unit == "week" else 1))
    return (day.isoformat(), "day") if unit == "day" else (f"{day:%Y-%m}", "month")
