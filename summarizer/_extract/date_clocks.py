"""The clocks of time expressions read in text order, for `summarizer._extract.dates`: the
full date stated with an agreeing weekday nearest each weekday (an anchor), and the date
line above each expression.

``dates`` reads the candidates one by one and stops one past the cap of time expressions,
so what dates an expression is found as the reading goes, never from a list of every
candidate: the anchor and date line above are the last ones read; the anchor below, in the
same paragraph, is looked for by a second reading ahead of the first (over the paragraph
only); each line break is searched for once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from summarizer._extract.date_find import WIDEN, Cand, full_dates
from summarizer._extract.date_resolve import resolve

DATE_LINE = 60  # characters: a line longer than a date and a weekday is prose
PAGE_TOP = 800  # characters: a date line this near the top is the page's, over its story
CLOCK_DAYS = 62  # a date line this near the publication date sets the day of what follows
_NEAR = 400  # characters after an anchor in another paragraph that it still dates


def date_line(text: str, c: Cand) -> date | None:
    """A full date standing alone on its line: a live blog's day, the clock of what
    follows.  The line's bounds are searched for only as far as a date line reaches."""
    lo = max(0, c.start - DATE_LINE - 1)
    a = text.rfind("\n", lo, c.start) + 1
    if a == 0 and lo > 0:  # the line starts before lo: longer than a date line
        return None
    hi = a + DATE_LINE + 1
    b = text.find("\n", c.start, hi)
    if b < 0:
        if hi < len(text):  # the line ends at hi or later
            return None
        b = len(text)
    if b - a > DATE_LINE or text[a : c.start].strip() or text[c.end : b].strip():
        return None
    value, granularity, relative = resolve(text[c.start : c.end], None)
    return date.fromisoformat(value) if value and granularity == "day" and not relative else None


def anchor_date(
    text: str, c: Cand, published: date | None, languages: tuple[str, ...]
) -> date | None:
    """A full date stated with a weekday that agrees with it: the story's own clock."""
    if c.weekday is None:
        return None
    value, granularity, _ = resolve(text[c.start : c.end], published, False, None, languages)
    if value and granularity == "day" and date.fromisoformat(value).weekday() == c.weekday:
        return date.fromisoformat(value)
    return None


class _Breaks:
    """Line breaks near places read in text order (each asked place at or after the last):
    each stretch of the text searched once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.read = 0  # the text before it is searched for the last break
        self.last = -1  # the last break before ``read``
        self.next = -1  # the first break at or after the last place asked (len: none)

    def last_before(self, at: int) -> int:
        """The last line break before ``at`` (-1: none)."""
        if at > self.read:
            k = self.text.rfind("\n", self.read, at)
            self.last, self.read = (k if k >= 0 else self.last), at
        return self.last

    def first_from(self, at: int) -> int:
        """The first line break at or after ``at`` (the text's length: none)."""
        if self.next < at:
            k = self.text.find("\n", at)
            self.next = k if k >= 0 else len(self.text)
        return self.next


class Clocks:
    """What dates each candidate of a text, read in order: ``passed`` after each one."""

    def __init__(
        self,
        text: str,
        reading: Callable[[], Iterator[Cand]],
        published: date | None,
        languages: tuple[str, ...],
    ) -> None:
        self.text, self.reading = text, reading  # a fresh reading of the candidates a call
        self.published, self.languages = published, languages
        self.anchor_above: tuple[Cand, date] | None = None
        self.line_above: tuple[Cand, date] | None = None  # near the publication date only
        self._breaks = _Breaks(self.text)  # from the end of the expression read
        self._above = _Breaks(self.text)  # before its start
        self._ahead: Iterator[Cand] | None = None  # the second reading, started when asked
        self._head: tuple[Cand, date | None] | None = None
        self._dates: Iterator[Cand] | None = None  # full dates alone, for ``_full_date``
        self._date: Cand | None = None

    def line(self, c: Cand) -> tuple[date | None, bool]:
        """``c``'s date line if it is one, and whether it is far from the publication date
        (the page's own date: no clock and no event)."""
        if self.published is None:
            return None, False
        d = date_line(self.text, c)
        return d, d is not None and abs((d - self.published).days) > CLOCK_DAYS

    def passed(self, c: Cand, line: date | None, far: bool) -> None:
        """``c`` read: an anchor or a date line above what follows."""
        if not far and (d := anchor_date(self.text, c, self.published, self.languages)):
            self.anchor_above = (c, d)
        if line is not None and not far:
            self.line_above = (c, line)

    def _anchor(self, c: Cand) -> date | None:
        """``c``'s date if it is an anchor: not a date line far from the publication date,
        the page's own (the day it was copied, "Tuesday, May 17, 2022" over a story of
        2016, its weekday no clock of the story's)."""
        d = anchor_date(self.text, c, self.published, self.languages)
        return None if d is None or self.line(c)[1] else d

    def day(self, c: Cand) -> date | None:
        """The date line above ``c``, else the publication date."""
        above = self.line_above
        return above[1] if above is not None and above[0].end <= c.start else self.published

    def anchor_gaps(self, c: Cand) -> list[tuple[int, date]]:
        """The nearest anchor above the weekday ``c`` and below it, each as the characters
        between them and its date: above, if in its paragraph or within ``_NEAR``
        characters; below, if in its paragraph."""
        gaps = []
        if self.anchor_above is not None:
            a, d = self.anchor_above
            if self._above.last_before(c.start) < a.end or c.start - a.end <= _NEAR:
                gaps.append((c.start - a.end, d))
        below = self._below(c, self._breaks.first_from(c.end))
        if below is not None:
            gaps.append((below[0].start - c.end, below[1]))
        return gaps

    def _below(self, c: Cand, stop: int) -> tuple[Cand, date] | None:
        """The first anchor starting at or after ``c`` and at or before ``stop``.  Every
        anchor is a full date with its weekday, maybe widened over a preposition (which
        ``resolve`` drops): only where one of those agrees is the whole reading needed."""
        if not self._full_date(c.start, stop + WIDEN):
            return None
        if self._ahead is None:
            self._ahead = self.reading()
            self._head = self._next()
        while self._head is not None:
            h, d = self._head
            if h.start >= c.start:
                if h.start > stop:
                    return None
                if d is not None:
                    return h, d
            self._head = self._next()
        return None

    def _full_date(self, at: int, stop: int) -> bool:
        """Whether a full date with an agreeing weekday starts in [at, stop]."""
        if self._dates is None:
            self._dates = full_dates(self.text)
            self._date = next(self._dates, None)
        while self._date is not None and self._date.start <= stop:
            d = self._date
            if d.start >= at and anchor_date(self.text, d, self.published, self.languages):
                return True
            self._date = next(self._dates, None)
        return False

    def _next(self) -> tuple[Cand, date | None] | None:
        c = next(self._ahead, None) if self._ahead is not None else None
        return None if c is None else (c, self._anchor(c))
