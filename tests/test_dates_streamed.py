"""Time expressions read as the candidates come (issue 12): the streamed candidates
(``date_find.iter_candidates``, overlaps resolved per knot by ``_text.overlaps``) and the
clocks found as the reading goes (``date_clocks``) are held to the code they replaced,
which listed every candidate, sorted them all and searched lists of every anchor and date
line, on random mixes of date phrases; and a cap keeps exactly the uncapped list's first
expressions, with its warning."""

from __future__ import annotations

import bisect
import re
from array import array
from datetime import date
from itertools import takewhile

import pytest

from summarizer._extract import date_clause as clause
from summarizer._extract import date_cues as cues
from summarizer._extract import date_find as df
from summarizer._extract import date_relative as rel
from summarizer._extract.date_clocks import CLOCK_DAYS, PAGE_TOP, Clocks, date_line
from summarizer._extract.date_find import Cand
from summarizer._extract.date_resolve import LEAD_PREP, resolve
from summarizer._extract.dates import find_time_expressions
from summarizer._lang.en import ENGLISH
from summarizer._text.anchored import Scanned
from tests.support import joined_pieces

_EN = ENGLISH.dateparser
PIECES = [
    "They met on Wednesday, March 4, 2020", "on Monday, March 2, 2021", "Tuesday, Dec. 18",
    "Friday (March 6)", "March 3", "on Tuesday", "Thursday morning", "last Friday",
    "at 4:30 p.m.", "at about 9 a.m.", "the following day", "two days later",
    "the following week", "the week after",
    "last week", "next week", "earlier this month", "in 2019", "in 1993 and '94",
    "the 4th", "in the spring", "would be finished in two years", "on Christmas",
    "June 2015", "in May", "April 12 last year", "yesterday", "three years ago",
    "2020-03-01", "3/5/2020", "the first week of May", "before the May vote", "said",
    "Officials", "the talks", "Black Friday", "since June", "from 2011 to 2014",
]  # fmt: skip
GLUE = [" ", ", ", ". ", ".\n", "\n", "\n\n", " and ", " to ", " on ", " said ",
        "\nMarch 4, 2020\n", "\nTuesday, Nov. 5, 2019\n", " (", ") "]  # fmt: skip
TEXTS = joined_pieces(PIECES, GLUE, 700, seed=14, most=24)


def old_candidates(text: str) -> list[Cand]:
    """``candidates`` as it was: every finder's match listed, all sorted longest first."""
    cands: list[Cand] = []
    scanned = Scanned(text)
    for m in df.MD.finditer(text):
        start, end, stated = m.start(), m.end(), None
        before = df.WD_BEFORE.search(text, max(0, start - 14), start)
        after = df.WD_AFTER.match(text, end)
        if before and (not before.group(2) or text.startswith(")", end)):
            start, end = start - len(before.group(0)), end + (1 if before.group(2) else 0)
            stated = df.cal.WEEKDAYS.index(before.group(1).lower())
        elif after:
            end, stated = after.end(), df.cal.WEEKDAYS.index(after.group(1).lower())
        cands.append(Cand(start, end, stated, False))
    for pattern, anchored, loose, bare, weekday in df.FINDERS:
        if anchored is not None and anchored.absent(scanned):
            continue
        found = pattern.finditer(text) if anchored is None else anchored.finditer(scanned)
        for m in found:
            group = (m.lastgroup or 0) if bare else 0
            if (bare and m[group] in ("1900", "2000")) or (
                loose and not clause.in_prose(text, m.start())
            ):
                continue
            if df.keep(text, m):
                cands.append(Cand(m.start(group), m.end(group), None, weekday))
    cands += [Cand(m.start(), m.end(), None, False) for m in rel.NUMERIC.finditer(text)]
    for kind, anchored, group in df.RELATIVE:
        if not anchored.absent(scanned):
            cands += [
                Cand(m.start(group), m.end(group), None, False, kind)
                for m in anchored.finditer(scanned)
                if clause.in_prose(text, m.start())
            ]
    cands += [
        Cand(m.start(), m.end(), None, False)
        for m in df.IN_SPAN.finditer(text)
        if cues.counts_ahead(text, m.start()) and clause.in_prose(text, m.start())
    ]
    chosen: list[Cand] = []
    taken = bytearray(len(text))
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if taken.find(1, c.start, c.end) < 0:
            chosen.append(c)
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    chosen.sort()
    chosen = [
        c
        for i, c in enumerate(chosen)
        if c.kind != "clock"
        or df._alone(
            text, c, (chosen[i - 1] if i else None, chosen[i + 1] if i + 1 < len(chosen) else None)
        )
    ]
    for i, c in enumerate(chosen):
        prep = df.PREP_BEFORE.search(text, max(0, c.start - 9), c.start)
        if prep is None or LEAD_PREP.match(text, c.start, c.end):
            continue
        if i == 0 or chosen[i - 1].end <= prep.start():
            chosen[i] = c._replace(start=prep.start())
    return chosen


def old_date_lines(text: str, cands: list[Cand]) -> list[tuple[Cand, date]]:
    breaks = array("q", (m.start() for m in re.finditer("\n", text)))
    out = []
    for c in cands:
        k = bisect.bisect_left(breaks, c.start)
        a = breaks[k - 1] + 1 if k else 0
        b = breaks[k] if k < len(breaks) else len(text)
        if b - a > 60 or text[a : c.start].strip() or text[c.end : b].strip():
            continue
        value, granularity, relative = resolve(text[c.start : c.end], None)
        if value and granularity == "day" and not relative:
            out.append((c, date.fromisoformat(value)))
    return out


def old_anchors(text: str, cands: list[Cand], published: date | None) -> list[tuple[Cand, date]]:
    out = []
    for c in (c for c in cands if c.weekday is not None):
        value, granularity, _ = resolve(text[c.start : c.end], published, False, None, _EN)
        if value and granularity == "day" and date.fromisoformat(value).weekday() == c.weekday:
            line = date_line(text, c)  # a date line far from publication is the page's
            if published and line is not None and abs((line - published).days) > 62:
                continue
            out.append((c, date.fromisoformat(value)))
    return out


def old_gap(newlines: array[int], a: Cand, b: Cand) -> int | None:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    k = bisect.bisect_left(newlines, lo)
    if k == len(newlines) or newlines[k] >= hi or (hi - lo <= 400 and b.end <= a.start):
        return hi - lo
    return None


def test_the_mixes_hold_what_the_streamed_code_reads() -> None:
    """The generated texts reach every part that changed: knots of overlaps, clocks next to
    dates, anchors above and below weekdays, near and far date lines."""
    cands = [c for t in TEXTS for c in old_candidates(t)]
    kinds = {c.kind for c in cands}
    assert {"clock", "from", "ordinal", "season", "week"} <= kinds
    assert sum(c.is_weekday for c in cands) > 500
    assert sum(c.weekday is not None for c in cands) > 300


@pytest.mark.parametrize("text", TEXTS[:350])
def test_candidates_are_the_listed_ones(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Merged from the finders as they read (a long text), or read whole and sorted."""
    for short in (0, 10**9):
        monkeypatch.setattr(df, "_SHORT", short)
        assert df.candidates(text) == old_candidates(text)
        assert df.candidates(text + text) == old_candidates(text + text)  # knots across the join


def clocks_checked(text: str, published: date | None, reached: dict[str, int]) -> None:
    """Each candidate's anchors, date line above and farness as the lists of every anchor
    and date line gave them; the page's date line too."""
    cands = old_candidates(text)
    lines_all = old_date_lines(text, cands)
    page = next((d for c, d in lines_all if c.start < PAGE_TOP), None)
    top = takewhile(lambda c: c.start < PAGE_TOP, df.iter_candidates(text))
    assert next((d for c in top if (d := date_line(text, c)) is not None), None) == page
    anchors = old_anchors(text, cands, published)
    starts = [a.start for a, _ in anchors]
    lines = [(c, d) for c, d in lines_all if published and abs((d - published).days) <= 62]
    far = {c.start for c, d in lines_all if published and abs((d - published).days) > 62}
    line_starts = [a.start for a, _ in lines]
    newlines = array("q", (m.start() for m in re.finditer("\n", text)))
    clocks = Clocks(text, df.readings(text, Scanned(text)), published, _EN)
    for c in cands:
        line, is_far = clocks.line(c)
        assert is_far == (c.start in far)
        k = bisect.bisect_left(line_starts, c.start) - 1
        day = lines[k][1] if k >= 0 and lines[k][0].end <= c.start else published
        assert clocks.day(c) == day
        if c.is_weekday:
            k = bisect.bisect_left(starts, c.start)
            near = anchors[max(0, k - 1) : k + 1]
            gaps = [(g, d) for a, d in near if (g := old_gap(newlines, c, a)) is not None]
            assert sorted(clocks.anchor_gaps(c)) == sorted(gaps), (text, c)
            reached["gaps"] += bool(gaps)
        reached["far"] += is_far
        reached["line"] += line is not None and not is_far
        clocks.passed(c, line, is_far)


@pytest.mark.parametrize("short", [0, 10**9])
@pytest.mark.parametrize("published", [date(2020, 3, 4), date(2019, 11, 1), None])
def test_clocks_are_the_listed_ones(
    monkeypatch: pytest.MonkeyPatch, published: date | None, short: int
) -> None:
    """Read again from the stream (a long text) or from the list (a short one)."""
    monkeypatch.setattr(df, "_SHORT", short)
    reached = {"gaps": 0, "far": 0, "line": 0}
    for text in TEXTS:
        clocks_checked(text, published, reached)
    assert reached["gaps"] > 50 and CLOCK_DAYS == 62
    assert published is None or (reached["line"] > 50 and reached["far"] > 50)


@pytest.mark.parametrize("width", [396, 397, 398, 399, 400, 401])
def test_an_anchor_in_the_paragraph_above_dates_a_weekday_near_it(width: int) -> None:
    """At the edge of ``_NEAR``: a weekday 400 characters after an anchor, or fewer, in
    the next paragraph; and an anchor below in the same paragraph, far or near."""
    reached = {"gaps": 0, "far": 0, "line": 0}
    anchor = "They met on Wednesday, March 4, 2020."
    filler = "x" * (width - len(" Talks.\n") - len("on "))
    for text in (
        f"{anchor} Talks.\n{filler}on Friday the talks ended.",
        f"{filler} on Friday, {'y ' * (width // 4)}then {anchor}",
    ):
        clocks_checked(text, date(2020, 3, 4), reached)
    assert reached["gaps"] >= 1


@pytest.mark.parametrize("short", [0, 10**9])
@pytest.mark.parametrize("cap", [1, 3, 7])
def test_a_cap_keeps_the_first_expressions(
    monkeypatch: pytest.MonkeyPatch, cap: int, short: int
) -> None:
    """Stopping the reading one past the cap keeps exactly the uncapped list's first
    ``cap`` expressions, and tells the cut only when there was one (streamed or listed)."""
    monkeypatch.setattr(df, "_SHORT", short)
    cut = 0
    for text in TEXTS[::3]:
        for published in (date(2020, 3, 4), None):
            whole = find_time_expressions(text, published, cap=None)
            notes: list[str] = []
            assert find_time_expressions(text, published, cap=cap, notes=notes) == whole[:cap]
            assert len(notes) == (len(whole) > cap)
            cut += len(whole) > cap
    assert cut > 50
