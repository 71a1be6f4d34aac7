"""Calendar arithmetic for `summarizer._extract.dates`: names, weeks, nearest days, holidays."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from summarizer._lang.en import ENGLISH

MONTHS = ENGLISH.month_numbers()  # "january" and "jan" -> 1
WEEKDAYS = tuple(w.lower() for w in ENGLISH.weekdays)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def week(d: date) -> tuple[date, date]:
    """Monday and Sunday of the week of `d`."""
    monday = d - timedelta(d.weekday())
    return monday, monday + timedelta(6)


def nearest(days: Iterable[date | None], ref: date) -> date | None:
    """The day closest to `ref` (the earlier one on a tie)."""
    return min((d for d in days if d), key=lambda d: (abs(d - ref), d > ref), default=None)


def nearest_day(month: int, day: int, ref: date, weekday: int | None = None) -> date | None:
    """A yearless month/day at its occurrence nearest `ref` (Feb. 29 may lie years away).

    A stated weekday picks the year (`ref`'s, or one either side) where the day falls on it.
    """
    days = [safe_date(y, month, day) for y in range(ref.year - 4, ref.year + 5)]
    agree = [d for d in days[3:6] if d and d.weekday() == weekday]
    return nearest(agree or days, ref)


def weekday_near(mods: str, target: int, ref: date, explicit: bool, published: date | None) -> date:
    """The `target` weekday (0 is Monday) meant from `ref` ("last", "next", "this" in `mods`).

    Bare, it is the most recent one against a publication date, and the nearest one (within
    three days either side) against a date stated in the story (`explicit`).
    """
    words = mods.lower().split()
    back = (ref.weekday() - target) % 7
    if "last" in words or "past" in words:
        return ref - timedelta(back or 7)
    if "next" in words:
        return ref + timedelta((target - ref.weekday()) % 7 or 7)
    if "this" in words:
        return week(ref)[0] + timedelta(target)
    if not explicit:
        return ref - timedelta(back)
    # A stated date is a point inside the story, not "now": the story moves both ways from it,
    # but not past publication unless the stated date itself lies ahead (an announcement).
    shift = -back if back <= 3 else 7 - back
    if published is not None and ref <= published < ref + timedelta(shift):
        shift -= 7
    return ref + timedelta(shift)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(name: str, year: int, shift: str | None = None) -> date:
    """The holiday's date in `year`, moved a day for "the day after/before"."""
    name = " ".join(name.lower().replace("\u2019", "'").split()).removeprefix("the ")
    thanksgiving = nth_weekday(year, 11, 3, 4)  # the fourth Thursday of November
    after_thanksgiving = {"black friday": 1, "cyber monday": 4}
    offsets = {"easter monday": 1, "good friday": -2, "palm sunday": -7, "ash wednesday": -46}
    name = name.replace("saint ", "st ").replace("st. ", "st ").replace("s' day", "s day")
    if name in after_thanksgiving:
        day = thanksgiving + timedelta(after_thanksgiving[name])
    elif name in _DATED:
        day = date(year, *_DATED[name])
    elif name in _NTH_WEEKDAY:
        month, weekday, nth = _NTH_WEEKDAY[name]
        day = nth_weekday(year, month, weekday, nth)
    elif name.startswith(("christmas", "new year", "thanksgiving")):
        day = {"c": date(year, 12, 25), "n": date(year, 1, 1), "t": thanksgiving}[name[0]]
    else:
        day = easter(year) + timedelta(offsets.get(name, 0))
    return day + timedelta({"after": 1, "before": -1}.get((shift or "").lower(), 0))


# Holidays on one date every year, by their name as ``holiday`` reads it.
_DATED = {
    "christmas eve": (12, 24), "new year's eve": (12, 31), "halloween": (10, 31),
    "juneteenth": (6, 19), "valentine's day": (2, 14),
    "st patrick's day": (3, 17), "boxing day": (12, 26), "bastille day": (7, 14),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
    "armistice day": (11, 11), "veterans day": (11, 11),
    "fourth of july": (7, 4), "july fourth": (7, 4), "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
}  # fmt: skip
# (month, weekday (0 is Monday), which one: 1 the first, -1 the last) of the US federal
# holidays set by a weekday rule.
_NTH_WEEKDAY = {
    "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "presidents day": (2, 0, 3),
    "martin luther king day": (1, 0, 3), "martin luther king jr day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3), "mlk day": (1, 0, 3),
}  # fmt: skip


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` of the month (``nth`` -1: its last)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta((weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(1)
    return last - timedelta((last.weekday() - weekday) % 7)


def nearest_holiday(name: str, ref: date, shift: str | None = None) -> date | None:
    """A holiday without a year, at its occurrence nearest `ref`."""
    return nearest((holiday(name, y, shift) for y in range(ref.year - 1, ref.year + 2)), ref)


def next_weekday(target: int, ref: date) -> date:
    """The ``target`` weekday (0 is Monday) on or after ``ref``."""
    return ref + timedelta((target - ref.weekday()) % 7)
