"""Days counted from another date of the story, for `summarizer._extract.dates`.

"The following day", "a day earlier", "two days later" and "the next morning" name a day
only against a date the story has just stated ("The storm hit on Oct. 9. The following
day, ..."): they resolve from the nearest day-resolved expression before them in the same
paragraph, and to nothing without one (the publication date is not the story's point).
"Later that day" points back the same way; without a day stated in its paragraph it is the
story's own day, the publication date.  "The same day" and "that same year" point back too,
and to nothing without a stated date.  "The following year", "two years later", "later
that month" count from the last stated year or month the same way.
"On the 4th" names a day of the month the story is in; and "17/04/2023" a day only when one
of its numbers cannot be a month (else only its year is certain).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered

_NUMBER_WORDS = dict(ENGLISH.number_words)
_COUNT = rf"(?:{'|'.join(w for w in _NUMBER_WORDS if _NUMBER_WORDS[w] <= 10)}|[1-9])"
_PART = r"(?:day|morning|afternoon|evening|night)"
_UNIT = rf"(?:{_PART}|month|year)"
# "the day before/after" ends its phrase ("the day before, the opposition withdrew"): "the
# day after the election" counts from an event, not from a stated date.
_ENDS = r"(?=\s*[,.;:)\u2014\u2013]|\s+(?:and|when|as|with|but)\b|\s*$)"
FIND = prefiltered(
    re.compile(
        rf"\b(?i:the\s+(?:following|next|previous|preceding)\s+{_UNIT}"
        rf"|(?:(?:later|earlier)\s+)?that\s+{_UNIT}"
        # "the same day", "that same year": the stated date's (not "the same day as the
        # launch", an event's; nor "the same day of the week", "the same year-ago period")
        rf"|(?:the|that)\s+same\s+{_UNIT}(?!-|\s+(?:as|of)\b)"
        rf"|(?:the\s+)?{_UNIT}\s+(?:before|after){_ENDS}"
        rf"|{_COUNT}\s+(?:day|week|month|year)s?\s+(?:earlier|later)(?!\s+than\b)"
        rf"|{_COUNT}\s+(?:day|week|month|year)s?\s+(?:before|after){_ENDS})\b"
    )
)
_R_FROM = re.compile(
    rf"(?:the )?(?:(?P<step>following|next|previous|preceding) (?P<u1>{_UNIT})"
    rf"|(?:later |earlier )?(?P<that>that|the(?= same)) (?:same )?(?P<u2>{_UNIT})"
    rf"|(?P<u3>{_UNIT}) (?P<side>before|after)"
    rf"|(?P<n>{_COUNT}) (?P<u4>day|week|month|year)s? (?P<dir>earlier|later|before|after))",
    re.IGNORECASE,
)
Unit = Literal["day", "month", "year"]


def shift(expr: str) -> tuple[int, Unit] | None:
    """How far from the stated date ``expr`` lies, in days, months or years (a week is seven
    days, a morning its day), or None when it is not such an expression."""
    m = _R_FROM.fullmatch(" ".join(expr.split()))
    if m is None:
        return None
    unit = (m["u1"] or m["u2"] or m["u3"] or m["u4"]).lower()
    if m["step"]:
        n = -1 if m["step"].lower() in ("previous", "preceding") else 1
    elif m["that"]:
        n = 0
    elif m["side"]:
        n = 1 if m["side"].lower() == "after" else -1
    else:
        word = m["n"].lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        n = n if m["dir"].lower() in ("later", "after") else -n
    if unit == "month":
        return n, "month"
    if unit == "year":
        return n, "year"
    return (7 * n if unit == "week" else n), "day"  # a morning or night is its day


def counted(
    expr: str,
    stated: tuple[str, str] | None,
    day_stated: date | None,
    published: date | None,
    compared: bool = False,
) -> tuple[str, Unit, bool] | None:
    """``expr`` counted from the story's last stated date (``stated``: ISO value and
    granularity; ``day_stated``: its last stated day), or None.  The flag says it fell back
    to the publication date: "later that day" is the story's own day, "the next year" with
    no year stated is the coming one, and a figure ``compared`` with "a year earlier" ("up
    from $2m a year earlier", as results are reported) is of the year before publication."""
    found = shift(expr)
    if found is None:
        return None
    n, unit = found
    if unit == "day":
        if day_stated is not None:
            return (day_stated + timedelta(n)).isoformat(), "day", False
        # "later that day" alone is the story's own day; "the same day" alone is no day
        own = n == 0 and published is not None and " same " not in f" {expr.lower()} "
        return (published.isoformat(), "day", True) if own and published else None
    if stated is not None and (unit == "year" or stated[1] != "year"):
        year, month = int(stated[0][:4]), int(stated[0][5:7] or 1)
        return _step(year, month, n, unit), unit, False
    deictic = expr.split()[0].lower() == "the" and expr.split()[1].lower() in ("next", "previous")
    if deictic and published is not None:  # "over the next year": from now
        return _step(published.year, published.month, n, unit), unit, True
    if compared and unit == "year" and n == -1 and published is not None:
        return _step(published.year, published.month, n, unit), unit, True
    return None


def _step(year: int, month: int, n: int, unit: Unit) -> str:
    if unit == "year":
        return f"{year + n:04d}"
    y, m = divmod(year * 12 + month - 1 + n, 12)
    return f"{y:04d}-{m + 1:02d}"


# "in the spring", "by the autumn": a season without a year, this year's or the one nearest
# in the clause's direction.  Not "the fall of Kabul" ("of" follows).
SEASON = prefiltered(
    re.compile(
        r"\b(?i:in|during|by|until|over|through)\s+(?P<o>(?i:the)\s+"
        r"(?i:spring|summer|fall|autumn))\b(?!\s+of\b)"
    )
)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}


def season_year(expr: str, ref: date, ahead: bool) -> str | None:
    """The year of "the spring": ahead, the next not yet over; else the latest begun."""
    first, last = _SEASON_MONTHS.get(expr.split()[-1].lower(), (0, 0))
    if not first:
        return None
    if ahead:
        return f"{ref.year if ref.month <= last else ref.year + 1:04d}"
    return f"{ref.year if ref.month >= first else ref.year - 1:04d}"


# "on the 4th", "by the 23rd": a day of the month in progress.  Only at a clause's turn (not
# "the 14th floor", "the 14th century"), and only after a preposition of time.
ORDINAL = prefiltered(
    re.compile(
        r"\b(?i:on|by|until|till|since|from|before|after)\s+(?P<o>(?i:the)\s+"
        r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
        r"(?=\s*[,.;:)]|\s+(?:and|to|at|when|after|before|until|with|but|in|for)\b|\s*$)"
    )
)
_R_ORDINAL = re.compile(r"the (\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)


def _month_day(ref: date, months: int, day: int) -> date | None:
    y, m = divmod(ref.year * 12 + ref.month - 1 + months, 12)
    try:
        return date(y, m + 1, day)
    except ValueError:
        return None


def ordinal_day(expr: str, ref: date, ahead: bool) -> date | None:
    """ "the 4th" as the latest such day on or before ``ref``; looking ahead, the first on or
    after it."""
    m = _R_ORDINAL.fullmatch(" ".join(expr.split()))
    if m is None:
        return None
    day = int(m.group(1))
    steps = (0, 1) if ahead else (0, -1)
    for months in steps:
        d = _month_day(ref, months, day)
        if d and (d >= ref if ahead else d <= ref):
            return d
    return None


# "the week after that", "the following week": a week counted from the last day or week
# the story stated ("next week ... the week after that").
WEEK_FROM = prefiltered(
    re.compile(
        rf"\b(?i:the\s+(?:following|previous|preceding)\s+week"
        rf"|the\s+week\s+(?:after|before)(?:\s+that\b|{_ENDS}))"
    )
)


def week_step(expr: str) -> int:
    """+1 for a week after, -1 for one before."""
    return -1 if re.search(r"\b(?:previous|preceding|before)\b", expr, re.IGNORECASE) else 1


# A clock time with no date: "at 5 p.m. Eastern time", "at about 9:10 p.m.": the day in force
# (the last day stated in its paragraph, else the publication date).  One next to another
# date ("at 4:30 p.m. on Wednesday") is left to that date (see ``date_find``).
# "1.45pm" is British; "noon" and "midnight" are clock times too; a live blog's entry opens
# its line with one ("1:09 am Salon is calling Utah").
CLOCK = prefiltered(
    re.compile(
        r"(?:\b(?i:at|around|about|by|until|till|before|after|from|since)\s+|(?<![^\n]))"
        r"(?P<o>(?:(?i:about|around|approximately|roughly|precisely|exactly)\s+)?"
        r"(?:(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
        r"|(?:12\s)?(?:noon|midnight)\b)"
        r"(?:\s+(?:Eastern|Central|Mountain|Pacific|local|[A-Z][a-z]+\s+Standard)\s+[Tt]ime"
        r"|\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET)\b)?)"
    )
)

# Numbers with slashes: "17/04/2023" (day first), "04/17/2023" (month first), "2023/04/17".
NUMERIC = prefiltered(
    re.compile(
        r"(?<![\d/.])(?:(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:19|20)\d\d"
        r"|(?:19|20)\d\d/[01]?\d/[0-3]?\d"
        r"|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d)(?![\d/]|\.\d)"
    )
)


def numeric(expr: str) -> tuple[str, Literal["day", "year"]] | None:
    """A slashed date: its day when the order is certain, else only its year.  With full
    stops ("05.03.2024") the day comes first, as wherever that form is written."""
    if expr.count(".") == 2 and expr.replace(".", "").isdigit():
        d, m, y = (int(p) for p in expr.split("."))
        try:
            return date(y, m, d).isoformat(), "day"
        except ValueError:
            return None
    parts = [int(p) for p in expr.split("/")] if expr.count("/") == 2 else []
    if len(parts) != 3 or not all(p.isdigit() for p in expr.split("/")):
        return None
    if parts[0] > 31:
        y, m, d = parts
    elif parts[0] > 12 >= parts[1]:
        d, m, y = parts
    elif parts[1] > 12 >= parts[0]:
        m, d, y = parts
    else:
        return (f"{parts[2]:04d}", "year") if parts[0] != parts[1] else _same(parts)
    try:
        return date(y, m, d).isoformat(), "day"
    except ValueError:
        return None


def _same(parts: list[int]) -> tuple[str, Literal["day", "year"]] | None:
    """ "05/05/2023" reads the same either way."""
    try:
        return date(parts[2], parts[0], parts[0]).isoformat(), "day"
    except ValueError:
        return None
