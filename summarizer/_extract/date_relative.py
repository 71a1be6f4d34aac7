"""Days counted from another date of the story, for `summarizer._extract.dates`.

"The following day", "a day earlier", "two days later" and "the next morning" name a day
only against a date the story has just stated ("The storm hit on Oct. 9. The following
day, ..."): they resolve from the nearest day-resolved expression before them in the same
paragraph, and to nothing without one (the publication date is not the story's point).
"Later that day" points back the same way; without a day stated in its paragraph it is the
story's own day, the publication date.
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
# "the day before/after" ends its phrase ("the day before, the opposition withdrew"): "the
# day after the election" counts from an event, not from a stated date.
_ENDS = r"(?=\s*[,.;:)\u2014\u2013]|\s+(?:and|when|as|with|but)\b|\s*$)"
FIND = prefiltered(
    re.compile(
        rf"\b(?i:the\s+(?:following|next)\s+{_PART}|(?:(?:later|earlier)\s+)?that\s+{_PART}"
        rf"|(?:the\s+)?{_PART}\s+(?:before|after){_ENDS}"
        rf"|{_COUNT}\s+(?:day|week)s?\s+(?:earlier|later|before|after){_ENDS})\b"
    )
)
_R_FROM = re.compile(
    rf"(?:the )?(?:(following|next) ({_PART})|(?:later |earlier )?(that) {_PART}"
    rf"|(day|{_PART}) (before|after)|({_COUNT}) (day|week)s? (earlier|later|before|after))",
    re.IGNORECASE,
)


def shift(expr: str) -> int | None:
    """Days from the anchor that ``expr`` names, or None when it is not such an expression."""
    m = _R_FROM.fullmatch(" ".join(expr.split()))
    if m is None:
        return None
    if m.group(1):
        return 1
    if m.group(3):
        return 0
    if m.group(5):
        return 1 if m.group(5).lower() == "after" else -1
    word = m.group(6).lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    n *= 7 if m.group(7).lower() == "week" else 1
    return n if m.group(8).lower() in ("later", "after") else -n


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


# Numbers with slashes: "17/04/2023" (day first), "04/17/2023" (month first), "2023/04/17".
NUMERIC = prefiltered(
    re.compile(
        r"(?<![\d/.])(?:(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:19|20)\d\d"
        r"|(?:19|20)\d\d/[01]?\d/[0-3]?\d)(?![\d/])"
    )
)


def numeric(expr: str) -> tuple[str, Literal["day", "year"]] | None:
    """A slashed date: its day when the order is certain, else only its year."""
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


def from_anchor(anchor: date, days: int) -> date:
    """The day ``days`` from ``anchor`` (a stated day of the story)."""
    return anchor + timedelta(days)
