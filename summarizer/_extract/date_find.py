"""Find candidate time expressions in article text, for `summarizer._extract.dates`: the
finders' matches (``date_finders``) read in text order, overlaps dropped (longest wins),
each widened over a preposition before it.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import NamedTuple

from summarizer._extract import calendar as cal
from summarizer._extract import date_clause as clause
from summarizer._extract import date_cues as cues
from summarizer._extract import date_relative as rel
from summarizer._extract.date_finders import (
    FINDERS,
    IN_SPAN,
    MD,
    PREP_BEFORE,
    RELATIVE,
    WD_AFTER,
    WD_BEFORE,
    keep,
)
from summarizer._extract.date_resolve import LEAD_PREP
from summarizer._text.anchored import Anchored, Scanned
from summarizer._text.overlaps import by_start, longest_first, longest_listed


class Cand(NamedTuple):
    """A found span of the text, before any date is given to it."""

    start: int
    end: int
    weekday: int | None  # the weekday stated with a full date ("Wednesday, Dec. 18")
    is_weekday: bool  # a weekday expression, which an explicit date may anchor
    kind: str = ""  # "from": counted from a stated date; "ordinal": "the 4th"; "season"


def candidates(text: str, scanned: Scanned | None = None) -> list[Cand]:
    """Non-overlapping spans (longest wins), each widened over a preposition just before it,
    in text order: a long text's as ``iter_candidates`` reads them; a short one's (an item
    the checks read) all listed and sorted at once, as before they were streamed (the merge
    of ~30 mostly empty sources cost an item a fifth more).  ``scanned``: ``text``'s."""
    scanned = Scanned(text) if scanned is None else scanned
    if len(text) > _SHORT:
        return list(iter_candidates(text, scanned))
    spans = [c for source in _sources(text, scanned) for c in source]
    return list(_widened(text, _clocks_placed(text, longest_listed(spans))))


def readings(text: str, scanned: Scanned) -> Callable[[], Iterator[Cand]]:
    """A fresh reading of ``text``'s candidates at each call (``dates`` reads a text up to
    three times: the page's date line, the expressions, the anchors below weekdays): a
    short text's listed once and read from the list, a long one's streamed anew each time
    (nothing held; each reading stops early)."""
    if len(text) > _SHORT:
        return partial(iter_candidates, text, scanned)
    return candidates(text, scanned).__iter__


def iter_candidates(text: str, scanned: Scanned | None = None) -> Iterator[Cand]:
    """``candidates``, in text order, found as they are read: each finder's matches come one
    by one, and overlaps are resolved one knot at a time (``_text.overlaps``), so a caller
    that stops early (the cap on time expressions) leaves the rest of the text unsearched,
    and no list of every finder's match is ever held.  ``scanned``: ``text``'s, shared by
    readings of one text (its anchors' places read once)."""
    scanned = Scanned(text) if scanned is None else scanned
    chosen = longest_first(by_start(_sources(text, scanned)))
    yield from _widened(text, _clocks_placed(text, chosen))


def _sources(text: str, scanned: Scanned) -> list[Iterable[Cand]]:
    """Each finder's candidates, each in order of start, in the order that breaks ties."""
    sources: list[Iterable[Cand]] = [full_dates(text)]
    for pattern, anchored, loose, bare, weekday in FINDERS:
        if anchored is None or not anchored.absent(scanned):
            sources.append(_found(text, scanned, pattern, anchored, loose, bare, weekday))
    sources.append(Cand(m.start(), m.end(), None, False) for m in rel.NUMERIC.finditer(text))
    # Counted from another date, or loose shapes: only in prose (see date_clause.in_prose).
    for kind, anchored, group in RELATIVE:
        if not anchored.absent(scanned):
            sources.append(_relative(text, scanned, kind, anchored, group))
    sources.append(
        Cand(m.start(), m.end(), None, False)
        for m in IN_SPAN.finditer(text)
        if cues.counts_ahead(text, m.start()) and clause.in_prose(text, m.start())
    )
    return sources


def _widened(text: str, chosen: Iterable[Cand]) -> Iterator[Cand]:
    """Each candidate widened over a preposition just before it, unless the one before
    reaches past the preposition's start."""
    last: Cand | None = None  # the last candidate given, widened or not
    for c in chosen:
        prep = PREP_BEFORE.search(text, max(0, c.start - WIDEN), c.start)
        widen = prep is not None and not LEAD_PREP.match(text, c.start, c.end)
        if prep is not None and widen and (last is None or last.end <= prep.start()):
            c = c._replace(start=prep.start())
        yield c
        last = c


_SHORT = 2000  # characters: a text listed whole (an item the checks read), not merged
_MD_BACK = 14  # characters: how far before its match a full date's weekday may start


WIDEN = 9  # characters: the most a candidate is widened over a preposition before it


def full_dates(text: str) -> Iterator[Cand]:
    """Full dates, with a weekday stated next to them, in order of start: the only
    candidates with a ``weekday``, before overlaps are dropped and prepositions added.  A
    weekday before one moves its start back, up to ``_MD_BACK``: each is held until no
    later one can start before it."""
    held: list[tuple[int, int, Cand]] = []
    for i, m in enumerate(MD.finditer(text)):
        start, end, stated = m.start(), m.end(), None
        before = WD_BEFORE.search(text, max(0, start - _MD_BACK), start)
        after = WD_AFTER.match(text, end)
        if before and (not before.group(2) or text.startswith(")", end)):
            start, end = start - len(before.group(0)), end + (1 if before.group(2) else 0)
            stated = cal.WEEKDAYS.index(before.group(1).lower())
        elif after:
            end, stated = after.end(), cal.WEEKDAYS.index(after.group(1).lower())
        while held and held[0][0] < m.start() - _MD_BACK:
            yield heapq.heappop(held)[2]
        heapq.heappush(held, (start, i, Cand(start, end, stated, False)))
    while held:
        yield heapq.heappop(held)[2]


def _found(
    text: str,
    scanned: Scanned,
    pattern: re.Pattern[str],
    anchored: Anchored | None,
    loose: bool,
    bare: bool,
    weekday: bool,
) -> Iterator[Cand]:
    """One finder's candidates, in order."""
    for m in pattern.finditer(text) if anchored is None else anchored.finditer(scanned):
        group = (m.lastgroup or 0) if bare else 0
        if (bare and m[group] in ("1900", "2000")) or (
            loose and not clause.in_prose(text, m.start())
        ):
            continue  # mostly counts; or a headline, label or link
        if keep(text, m):
            yield Cand(m.start(group), m.end(group), None, weekday)


def _relative(
    text: str, scanned: Scanned, kind: str, anchored: Anchored, group: int | str
) -> Iterator[Cand]:
    """One relative finder's candidates, in order (a function: a generator expression in
    the loop would read the loop's last ``kind`` and ``group`` when it runs).  A clock
    opening its line counts outside prose too: a live blog's entry heading ("12.45pm:
    Fiscal rules met")."""
    for m in anchored.finditer(scanned):
        at = m.start(group)
        if kind == "clock" and _recurring(text, at, m.end(group)):
            continue
        if clause.in_prose(text, m.start()) or (kind == "clock" and clause.opens_line(text, at)):
            yield Cand(at, m.end(group), None, False, kind)


# A clock said of every day or week ("Delivered every weekday at 6 a.m.", "opens at 9 a.m.
# each Saturday"): a routine's hour, no day's event.
_EVERY = re.compile(
    r"\b(?i:every|each)\s+(?:other\s+|single\s+)?(?:week|work|school)?(?:day|night|end)s?\b"
    r"|\b(?i:every|each)\s+(?:morning|afternoon|evening|hour|week|weekday|weeknight|"
    r"[A-Z][a-z]+day)\b"
)
_EVERY_AFTER = 24  # characters after the clock read for "every Saturday"


def _recurring(text: str, at: int, end: int) -> bool:
    """A clock time in a clause that says it recurs, before it or right after it."""
    after = text[end : end + _EVERY_AFTER]
    after = after[: min((i for c in ".;!?\n" if (i := after.find(c)) >= 0), default=len(after))]
    return bool(_EVERY.search(clause.before(text, at)) or _EVERY.search(after))


def _clocks_placed(text: str, chosen: Iterable[Cand]) -> Iterator[Cand]:
    """The candidates but the clock times next to another date (that date's time of day)."""
    before: Cand | None = None
    window = iter(chosen)
    c = next(window, None)
    while c is not None:
        after = next(window, None)
        if c.kind != "clock" or _alone(text, c, (before, after)):
            yield c
        before, c = c, after


_CLOCK_NEAR = 16  # characters: a clock this near another date is that date's time of day


def _alone(text: str, c: Cand, neighbours: tuple[Cand | None, Cand | None]) -> bool:
    """A clock time with no other date next to it in its sentence ("at 4:30 p.m. on
    Wednesday", "Tuesday at 5 p.m." are their day's)."""
    for j, other in enumerate(neighbours):
        if other is not None and other.kind != "clock":
            lo, hi = (other.end, c.start) if j == 0 else (c.end, other.start)
            if hi - lo <= _CLOCK_NEAR and not any(ch in ".;!?\n" for ch in text[lo:hi]):
                return False
    return True
