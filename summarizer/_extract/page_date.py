"""The page's own publication date, read from its text when neither the caller nor the page's
metadata gives one: relative dates ("on Tuesday", "last week") then have their anchor.

Two shapes, each stating a full date with its year (a day without a year, or a relative
one, anchors nothing):

* a publication stamp cleaning removed ("Published 13th Feb 2024, 23:38 GMT", "Posted on
  March 3, 2017 by Jane Doe", "First published on Tue 12 Mar 2024");
* a date line standing alone in the page's first characters, below the headline or as
  the page's first line ("Wednesday 02 September 2020 21:20 BST"), as a copied page keeps
  it; not a first line with a menu under it: a masthead shows the day the page was viewed;
  and a first line only when no date line stands below the headline.

An "Updated" or "Modified" stamp is not read: it dates a later edit, and "on Tuesday" in the
story counts from the first publication; nor is "Posted by X on ...", an embedded post's.
What was read is told in ``meta.warnings``; a date the caller gives always wins.

When the page states no date of its own, ``story_date`` offers the latest full date the
story's prose states, as long as no later year is written anywhere in the text: a story
tells of its last days ("sentenced on Feb. 28, 2023") and runs on or soon after them.  On
dev articles whose date is known it fell within a week of it for 25 of 35, further off for
the rest (a past year's recap, a dated aside); it is told as a guess, never as the page's.
"""

from __future__ import annotations

import re
from itertools import islice

from summarizer._extract.calendar import safe_date
from summarizer._extract.date_clocks import PAGE_TOP, date_line
from summarizer._extract.date_find import Cand
from summarizer._extract.date_resolve import month_day
from summarizer._extract.dates import TimeExpression, find_time_expressions
from summarizer._text.chrome_reader import calendar_line
from summarizer._text.cleaning import CleanText

# A stamp that dates the page's first publication, and one that dates a later edit.
_R_PUBLISHED = re.compile(
    r"^\W*(?:first\s+)?(?:published|posted|publish(?:ed)?\s+date|date\s+published)\b", re.I
)
_R_EDITED = re.compile(r"\b(?:updated|modified|edited|amended)\b", re.I)
_R_EMBEDDED = re.compile(r"^\W*posted\s+by\b", re.I)  # an embedded post's signature
_STAMP_CHARS = 120  # a stamp is a short line: a longer one is prose that says "published"
_STAMPS_READ = 8  # stamps whose date is read: each costs a date search


def page_date(cleaned: CleanText, raw: str) -> tuple[str, str] | None:
    """(the ISO date, the line it was read from), or None: a publication stamp cleaning
    removed first, else a date line in the cleaned text's first ``PAGE_TOP`` characters
    below its title, or as its first line when ``raw`` (the page as given) shows no menu
    under that line (a masthead shows the day the page was viewed)."""
    text, removed, title = cleaned.text, cleaned.removed, cleaned.title
    stamps = (
        line
        for line in removed
        if len(line) <= _STAMP_CHARS and _R_PUBLISHED.match(line)
        and not _R_EMBEDDED.match(line) and not _R_EDITED.search(line)
    )  # fmt: skip
    for line in islice(stamps, _STAMPS_READ):  # a page has one: thousands are no page's
        if (day := _full_date(line)) is not None:
            return day, line.strip()
    top = text[:PAGE_TOP]
    below = top.find(title) + len(title) if title and title in top else -1
    first: tuple[str, str] | None = None  # the page's first line: the one below the title wins
    for t in find_time_expressions(top, None):
        if (t.start == 0 and _menu_after(raw, t.text)) or 0 < t.start < below:
            continue  # a masthead's date; a line between the page's first and the headline
        if (day := _stated_day(t)) is not None:
            line = top[top.rfind("\n", 0, t.start) + 1 :].split("\n", 1)[0]
            alone = date_line(top, Cand(t.start, t.end, None, False)) is not None
            if not (alone or calendar_line(line)):  # "Wednesday, July 29th 2020, 4:14 pm"
                continue
            if t.start > 0 or below < 0:
                return day, line.strip()
            # ("Wednesday, December 6, 2023" over the headline, "March 15, 2020 | 8:28 pm"
            # under it: the day the page was copied, and the story's)
            first = first or (day, line.strip())
    return first


def _menu_after(raw: str, line: str) -> bool:
    """In the page as given, the line after ``line`` is a menu ("News | Sport | Weather"):
    ``line`` is a masthead's."""
    at = raw.find(line, 0, PAGE_TOP)
    after = [ln for ln in raw[at + len(line) : at + PAGE_TOP].split("\n")[1:4] if ln.strip()]
    return at >= 0 and bool(after) and len(_R_MENU_BAR.findall(after[0])) >= 2


_R_MENU_BAR = re.compile(r"\s[|•·]\s")


def _full_date(line: str) -> str | None:
    """The first date of ``line`` stated in full (day, month and year); a stamp's span
    ("Published in The Daily Times from Nov. 26 to Nov. 28, 2019") starts on its first
    day, in the year its last one states."""
    found = find_time_expressions(line, None)
    for i, t in enumerate(found):
        if (day := _stated_day(t)) is None:
            continue
        before = found[i - 1] if i else None
        if before is not None and _R_SPAN_TO.fullmatch(line, before.end, t.start):
            first = month_day(_R_FROM.sub("", before.text))
            if first is not None and first[2] is None:
                year = int(day[:4])
                start = safe_date(year, first[0], first[1])
                if start is not None and start.isoformat() > day:  # "Dec. 30 to Jan. 2"
                    start = safe_date(year - 1, first[0], first[1])
                if start is not None:
                    return start.isoformat()
        return day
    return None


_R_SPAN_TO = re.compile(r"\s*(?:to|through|until|-|–)\s*", re.I)
_R_FROM = re.compile(r"^(?:from|between)\s+", re.I)


def _stated_day(t: TimeExpression) -> str | None:
    """The ISO day of ``t`` when it states one in full, read from no anchor."""
    return t.date if t.granularity == "day" and t.anchor == "absolute" else None


_STORY_READ = 20_000  # characters of the story read for its dates: a story's, not a dump's
_PROSE_WORDS = 8  # a line this long is prose: a shorter one is a date line or a stamp
_R_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def story_date(text: str) -> tuple[str, str] | None:
    """(the ISO date, the words stating it): the latest full date in a line of prose in
    ``text``'s first ``_STORY_READ`` characters, or None when there is none or the text
    writes a later year (the story is told from after it)."""
    top = text[:_STORY_READ]
    best: tuple[str, str] | None = None
    for t in find_time_expressions(top, None):
        day = _stated_day(t)
        if day is None or (best is not None and day <= best[0]):
            continue
        a = top.rfind("\n", 0, t.start) + 1
        b = top.find("\n", t.end)
        if len(top[a : b if b >= 0 else len(top)].split()) >= _PROSE_WORDS:
            best = day, t.text
    if best is None:
        return None
    latest = max((int(m[0]) for m in _R_YEAR.finditer(text)), default=0)  # no list held
    return None if latest > int(best[0][:4]) else best
