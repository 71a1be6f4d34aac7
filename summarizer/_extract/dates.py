"""Find time expressions in article text and resolve them to ISO dates, by code.

`date_find` finds the spans and `date_resolve` resolves each alone; this module reads each
against its clock: weekdays near a consistent explicit date ("Wednesday, Dec. 18") against
that date, a day under a date line against that line, the rest against the publication
date, and each in the tense of its clause ("will be held on November 5").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import takewhile
from typing import Literal

from summarizer._extract import calendar as cal
from summarizer._extract import date_clause as clause
from summarizer._extract import date_cues as cues
from summarizer._extract import date_nearest as nearest
from summarizer._extract import date_relative as rel
from summarizer._extract.date_clocks import PAGE_TOP, Clocks, date_line
from summarizer._extract.date_find import Cand, readings
from summarizer._extract.date_finders import MONTH_JOINERS, R_WD
from summarizer._extract.date_resolve import (
    LEAD_PREP,
    PART_OF,
    R_WEEKDAY,
    Granularity,
    month_day,
    resolve,
    resolve_expression,
    week_span,
)
from summarizer._lang.en import ENGLISH
from summarizer._limits import ITEM_CAPS, keep_first
from summarizer._text.anchored import Scanned
from summarizer._text.casing import ascii_folded

__all__ = ["Anchor", "Granularity", "TimeExpression", "find_time_expressions", "resolve_expression"]

Anchor = Literal["absolute", "published", "explicit"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression: `text == source[start:end]`; `date` is ISO or None."""

    text: str
    start: int
    end: int
    date: str | None
    granularity: Granularity | None
    anchor: Anchor | None


_EN = ENGLISH.dateparser  # dateparser's languages; find_time_expressions takes a pack's
_R_YEAR_DIGITS = re.compile(r"\d{4}")


def _weekday_at(text: str, c: Cand) -> int:
    """Where the weekday word of a weekday expression starts ("ahead of Tuesday")."""
    m = R_WD.search(text, c.start, c.end)
    return m.start() if m else c.start


def _weekday_ahead(text: str, c: Cand, ref: date) -> bool:
    """A bare weekday the clause puts ahead ("will vote Tuesday"), or one a past verb points
    forward to that is nearer ahead than back ("were urged to vote on Sunday", on a Friday)."""
    m = R_WD.search(text, c.start, c.end)  # the weekday word (``_weekday_at``)
    at = m.start() if m else c.start
    if cues.looks_ahead(text, at):
        return True
    if m is None or not 1 <= (cal.WEEKDAYS.index(m.group(0).lower()) - ref.weekday()) % 7 <= 3:
        return False
    return nearest.points_forward(text, at)


_AHEAD_MODS = frozenset(("on", "early", "late", "this"))  # English, as R_WEEKDAY's words


def _ahead_weekday(expr: str, ref: date) -> tuple[str | None, Granularity | None]:
    """A bare weekday in a clause that looks ahead: that day on or after ``ref``; so is
    "this Monday" ("The minister will visit this Monday", read on a Thursday: not the
    Monday past of this week)."""
    m = R_WEEKDAY.fullmatch(LEAD_PREP.sub("", " ".join(expr.split())))
    if m is None or m.group(3) or m.group(4) or not set(m.group(1).lower().split()) <= _AHEAD_MODS:
        return resolve(expr, ref)[:2]
    return cal.next_weekday(cal.WEEKDAYS.index(m.group(2).lower()), ref).isoformat(), "day"


def _ahead_day(text: str, c: Cand, expr: str, value: str, ref: date) -> str:
    """A yearless day before ``ref`` in a clause that looks ahead ("will be held on November
    5") is its next occurrence, within a year of ``ref``; not one of the week before ``ref``
    (the story's own week, read in a present clause: "is boosting awareness (Feb. 14)", read
    on Feb. 17, is no day a year ahead)."""
    d = date.fromisoformat(value)
    if d >= ref or (ref - d).days <= _RECENT_DAYS:
        return value
    if _R_YEAR_DIGITS.search(expr) or not cues.looks_ahead(text, c.start):
        return value
    later = cal.safe_date(d.year + 1, d.month, d.day)
    return later.isoformat() if later and (later - ref).days < 366 else value


_R_BARE_MONTH = re.compile(rf"(?:{PART_OF}|(?:early|late|mid)[- ])?([a-z]+)\.?", re.IGNORECASE)


def _ahead_month(text: str, c: Cand, expr: str, value: str, ref: date) -> str:
    """A month named alone in a clause that looks ahead ("The election will be held in
    November") is its next occurrence, this month or later; alone it is the latest."""
    lead = LEAD_PREP.match(expr)
    m = _R_BARE_MONTH.fullmatch(expr[lead.end() if lead else 0 :].strip())
    if m is None or m.group(1).lower() not in cal.MONTHS:
        return value
    if not cues.looks_ahead(text, c.start + (lead.end() if lead else 0)):
        return value
    month = cal.MONTHS[m.group(1).lower()]
    return f"{ref.year if month >= ref.month else ref.year + 1:04d}-{month:02d}"


def _past_day(text: str, c: Cand, expr: str, value: str, ref: date) -> str:
    """A yearless day after ``ref`` in a clause in the past ("took effect on Jan. 1", read on
    Dec. 30) is its latest occurrence, within a year before ``ref``."""
    d = date.fromisoformat(value)
    if d <= ref or month_day(LEAD_PREP.sub("", " ".join(expr.split()))) is None:
        return value
    lead = LEAD_PREP.match(expr)  # read the clause up to the day, its preposition included
    at = c.start + (lead.end() if lead else 0)
    if _R_YEAR_DIGITS.search(expr) or not cues.looks_back(text, at):
        return value
    earlier = cal.safe_date(d.year - 1, d.month, d.day)
    return earlier.isoformat() if earlier and (ref - earlier).days < 366 else value


def find_time_expressions(
    text: str,
    published: date | None = None,
    languages: tuple[str, ...] = _EN,
    cap: int | None = ITEM_CAPS.times,
    notes: list[str] | None = None,
) -> list[TimeExpression]:
    """The time expressions in `text` (the first ``cap``: ``summarizer._limits``, a cut told
    in ``notes``), in order, non-overlapping, each resolved.

    Weekdays near a consistent explicit date ("Wednesday, Dec. 18") resolve against that
    date (anchor "explicit"), the rest against `published`; ``languages`` are dateparser's
    (the pack's ``dateparser``).
    """
    given, text = text, ascii_folded(text)  # "laſt week" read as "last week", same offsets
    reading = readings(text, Scanned(text))  # each reading below from its start
    page = None  # undated input: the page's own date line above the story dates it
    if published is None:
        top = takewhile(lambda c: c.start < PAGE_TOP, reading())
        page = next((d for c in top if (d := date_line(text, c)) is not None), None)
        published = page
    # A date line is the clock of what follows only near the publication date (a live blog's
    # days); a page date years away ("June 25, 2018" over a 2011 story) is the page's own.
    clocks = Clocks(text, reading, published, languages)
    found: list[TimeExpression] = []
    # the last dated expression, the last dated to a day, the last day near publication
    stated: list[_Mark] = [None, None, None]
    week: _Mark = None  # the last week stated ("next week"): a day in it
    read: tuple[Cand, date | None, bool] | None = None  # the candidate before, its line
    for c in reading():
        if read is not None:
            clocks.passed(*read)
        if cap is not None and len(found) > cap:  # one past the cap: the rest is never read
            break
        line, far = clocks.line(c)
        read = (c, line, far)
        if far:
            continue
        expr = text[c.start : c.end]
        if c.kind:  # kept only when resolved: alone they say nothing a timeline can place
            counted = _counted(text, c, expr, (stated[0], stated[1], stated[2]), published, week)
            if counted.date and counted.granularity:
                found.append(counted)
                if c.kind == "clock":  # the day in force already: it states nothing new
                    continue
                _state(stated, (c.end, counted.date, counted.granularity), published)
            continue
        # The nearest anchor on each side is the nearest of all (spans do not overlap).
        gaps = clocks.anchor_gaps(c) if c.is_weekday else []
        kind: Anchor
        day = clocks.day(c)  # a date line above it: its day
        if gaps:
            value, granularity, _ = resolve(expr, min(gaps)[1], True, published, languages)
            kind = "explicit"
        elif c.is_weekday and day is not None and _weekday_ahead(text, c, day):
            value, granularity = _ahead_weekday(expr, day)
            kind = "published" if day == published else "explicit"
        else:
            value, granularity, relative = resolve(expr, day, False, None, languages)
            kind = "absolute" if not relative else "published" if day == published else "explicit"
        if value is None and _R_SHORT_YEAR.fullmatch(expr):  # "'94": from the year before
            value = _short_year(found[-1], expr) if found else None
            if value is None:
                continue
            granularity, kind = "year", "explicit"
        if value and granularity == "day" and day is not None and not c.is_weekday:
            value = _past_day(text, c, expr, _ahead_day(text, c, expr, value, day), day)
        if value and granularity == "month" and day is not None:
            value = _ahead_month(text, c, expr, value, day)
        if value and c.is_weekday and found and found[-1].date and kind != "absolute":
            value = _after_joined(text, found[-1], c, value)
        if value and granularity == "month" and not _R_OWN_YEAR.search(expr):  # no year of its own
            if m := _R_MONTH_JOINED.search(text, max(0, c.start - 24), c.start):
                value = _month_joined(found[-1] if found else None, m, value)
                if value is None:  # "covers January to March": no month joined, no date
                    continue
            elif m := _R_YEAR_JOINED.match(text, c.end):
                value = _year_joined(value, m)  # "between April and August 2001": 2001's
            elif day is not None and (m := _R_STEP_JOINED.match(text, c.end)):
                step = {"last": -1, "this": 0, "next": 1}[m[2].lower()]  # "from June to
                value = _year_joined(value, m, day.year + step)  # November last year"
        anchor = kind if value else None
        found.append(TimeExpression(expr, c.start, c.end, value, granularity, anchor))
        if value and granularity:
            _state(stated, (c.end, value, granularity), published)
        if value and day is not None and (m := _R_WEEK.fullmatch(" ".join(expr.split()))):
            step = {"this": 0, "last": -1, "next": 1}[m[1].lower()]
            week = (c.end, (day + timedelta(7 * step)).isoformat(), "day")
    keep_first(found, cap, "time expressions", notes, whole=False)
    if page is not None:  # counted from a date the text states, not from a publication date
        found = [replace(e, anchor="explicit") if e.anchor == "published" else e for e in found]
    if text is not given:  # each expression as the text writes it
        found = [replace(e, text=given[e.start : e.end]) for e in found]
    return found


_R_WEEK = re.compile(r"(?:(?:early|late|earlier|later) )?(this|last|next) week", re.IGNORECASE)


_R_SHORT_YEAR = re.compile(r"['’]\d\d")


def _short_year(before: TimeExpression, expr: str) -> str | None:
    """ "'94" after "1993 and": the first year ending so, from the full year before it on."""
    if before.granularity != "year" or not before.date:
        return None
    first = int(before.date[:4])
    year = first - first % 100 + int(expr[1:])
    return str(year if year >= first else year + 100)


_JOINED = re.compile(
    r"\s*(?:,(?:\s*(?:and|or))?|and|or|to|through|until|till|-|\u2013|\u2014)\s*(?:on\s+)?$",
    re.IGNORECASE,  # ", and": the last of a list ("On Monday, Tuesday, and Wednesday")
)


def _after_joined(text: str, before: TimeExpression, c: Cand, value: str) -> str:
    """A weekday joined to the one before it ("Wednesday and Thursday", "Friday to Monday")
    comes after it: a week on when read alone it fell earlier."""
    if before.granularity != "day" or c.start - before.end > 12:
        return value
    if not _JOINED.fullmatch(text, before.end, c.start) or not R_WD.search(before.text):
        return value
    day, first = date.fromisoformat(value), date.fromisoformat(before.date or value)
    return (day + timedelta(7)).isoformat() if day < first else value


_MONTHS = [forms[0] for forms in ENGLISH.months]
# The coordination finder's joiners (date_finders), a word's spaces read as any run.
_JOINER = (
    "(?:"
    + "|".join(rf"\s+{j.strip()}\s+" if j.strip() != j else re.escape(j) for j in MONTH_JOINERS)
    + ")"
)
# A month right after another and a joiner ("in March and April", "January-March"): what
# the coordination finder matches.
_R_MONTH_JOINED = re.compile(rf"\b({'|'.join(_MONTHS)}){_JOINER}\Z")


def _month_joined(before: TimeExpression | None, m: re.Match[str], value: str) -> str | None:
    """A month joined to the month found before it takes its year, a year on when it comes
    earlier in the calendar ("from November to February"); without one found, none."""
    if before is None or before.end != m.end(1) or before.granularity != "month":
        return None
    if not before.date:
        return None
    year, first, month = int(before.date[:4]), int(before.date[5:7]), int(value[5:7])
    return f"{year + (month < first):04d}-{month:02d}"


# After a month, a month joined to it and that month's year ("April and August 2001").
_R_YEAR_JOINED = re.compile(rf"{_JOINER}({'|'.join(_MONTHS)}),?\s+((?:19|20)\d\d)\b")


# ... or that month's year counted from the story's ("from June to November last year").
_R_STEP_JOINED = re.compile(
    rf"{_JOINER}({'|'.join(_MONTHS)})(?:\s+of)?\s+((?i:last|this|next))\s+(?i:year)\b"
)
# A year of its own: digits, or one counted ("May last year"); no joined month lends one.
_R_OWN_YEAR = re.compile(r"\d|\b(?:last|this|next)\s+year\b", re.IGNORECASE)


def _year_joined(value: str, m: re.Match[str], year: int | None = None) -> str:
    """The month takes the year of the month joined after it, a year before when it comes
    later in the calendar ("from November to February 2001": November 2000)."""
    month, last = int(value[5:7]), _MONTHS.index(m.group(1)) + 1
    return f"{(year or int(m.group(2))) - (month > last):04d}-{month:02d}"


_FROM_REACH = 600  # characters: how far a stated date anchors "the following day"
_Mark = tuple[int, str, str] | None  # where a dated expression ends, its value and granularity
_Stated = tuple[_Mark, _Mark, _Mark]  # the last dated, dated to a day, day near publication
# A day this near publication is the story's present: not its background (a clock's day),
# never a year ahead (``_ahead_day``).
_RECENT_DAYS = 7


def _state(stated: list[_Mark], mark: _Mark, published: date | None) -> None:
    """Record a dated expression as the last stated (and day, and present day)."""
    stated[0] = mark
    if mark is None or mark[2] != "day":
        return
    stated[1] = mark
    if published is None or abs((date.fromisoformat(mark[1]) - published).days) <= _RECENT_DAYS:
        stated[2] = mark


def _counted(
    text: str, c: Cand, expr: str, stated: _Stated, published: date | None, week: _Mark = None
) -> TimeExpression:
    """ "the following day" or "two years later" from the last date stated in its paragraph;
    "the 4th" in the month of publication and "in the spring" in its year (the next such
    day or season when the clause looks ahead)."""
    bare = LEAD_PREP.sub("", " ".join(expr.split()))
    value: str | None = None
    granularity: Granularity | None = None
    kind: Anchor = "published"
    if c.kind in ("ordinal", "season") and published is not None:
        ahead = cues.looks_ahead(text, c.start)
        if c.kind == "season":
            value, granularity = rel.season_year(bare, published, ahead), "year"
        elif day := rel.ordinal_day(bare, published, ahead):
            value, granularity = day.isoformat(), "day"
    elif c.kind in ("from", "clock", "week"):
        near = [
            s
            if s and c.start - s[0] <= _FROM_REACH and text.find("\n", s[0], c.start) < 0
            else None
            for s in (*stated, week)
        ]  # the last stated date and day, and week, in its paragraph
        last = (near[0][1], near[0][2]) if near[0] else None
        day = date.fromisoformat(near[1][1]) if near[1] else None
        if c.kind == "clock":
            value, kind = _clock_day(text, c, day, stated[2] or stated[1], published)
            granularity = "day"
        elif c.kind == "week":  # from the later of the last day and the last week stated
            base = max((s for s in near[1:] if s), default=None, key=lambda s: s[0])
            if base is not None:
                at = date.fromisoformat(base[1]) + timedelta(7 * rel.week_step(bare))
                value, granularity = week_span(*cal.week(at))
                kind = "explicit"
        elif found := rel.counted(bare, last, day, published, _compared(text, c.start)):
            value, granularity = found[0], found[1]
            kind = "published" if found[2] else "explicit"
    if value is None:
        return TimeExpression(expr, c.start, c.end, None, None, None)
    return TimeExpression(expr, c.start, c.end, value, granularity, kind)


# A figure set against one of a year before: "up from $2m a year earlier", "compared with 47
# cents a year earlier", "4% higher than a year earlier", "on a year earlier".
_R_COMPARED = re.compile(
    r"(?:\b(?:from|with|than|on|versus|vs\.?|against)|\d%?|\d(?:\.\d+)?(?:bn|m|k)?|"
    r"\b(?:cents?|pence|million|billion|percent|per cent|points?))"
    r"(?:\s+(?:reported|recorded|posted|(?:in )?the same (?:period|quarter)))?"
    r"\s+$"
)


def _compared(text: str, start: int) -> bool:
    """The expression at ``start`` follows a comparison or a figure in its clause."""
    return bool(_R_COMPARED.search(text, max(0, start - 48), start))


def _clock_day(
    text: str, c: Cand, day: date | None, story_day: _Mark, published: date | None
) -> tuple[str | None, Anchor]:
    """A clock time with no date ("at about 9:10 p.m."): the day stated in its paragraph; in
    a clause that looks ahead ("will discuss ... at 5 p.m."), the publication date; else the
    last day the story stated near its publication (its present: "the funeral yesterday ...
    began at noon" after a background "died on April 28"), else the last it stated; with
    none, no date (a time alone is no day), unless it opens its line: a live blog's entry
    ("12.45pm: Fiscal rules met") is of the day it was published."""
    if day is not None:
        return day.isoformat(), "explicit"
    if published is not None and cues.looks_ahead(text, c.start):
        return published.isoformat(), "published"
    if story_day:
        return story_day[1], "explicit"
    opens = clause.opens_line(text, c.start)
    return (published.isoformat() if published and opens else None), "published"
