"""The headline of a page and the lines around it: which line is the title, and what
stands above it (breadcrumbs, section names) or under it (a date line, a stamp, a byline,
the writer's name, a score line, a standfirst) without being the story.

Read by the chrome pass (what goes above the headline) and by cleaning (which line is
the title); shapes only, so they carry over to outlets nobody wrote a rule for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from summarizer._text.chrome_reader import calendar_only
from summarizer._text.chrome_shapes import (
    _BYLINE,
    _BYLINE_LINE,
    _R_CLOCK,
    _R_DATE,
    _R_NAME_ONLY,
    _STAMP,
    _STOP,
)
from summarizer._text.words import iter_words, word_count


class _Lined(Protocol):
    """A cleaning line as these rules read it."""

    @property
    def plain(self) -> str: ...
    @property
    def para(self) -> int: ...


def is_dateline(plain: str) -> bool:
    """A time stamp, or a full date standing alone: the page's clock, never its title."""
    return is_stamp(plain) or bool(_R_DATE.fullmatch(plain.strip())) or calendar_only(plain)


def is_stamp(plain: str) -> bool:
    return bool(_STAMP.match(plain) and _R_CLOCK.search(plain))


def stop_share(words: Sequence[str]) -> float:
    return sum(_is_stop(w) for w in words) / max(len(words), 1)


def _is_stop(word: str) -> bool:
    return word.lower().strip(".,;:!?\"'“”‘’()") in _STOP


def stop_counts(text: str) -> tuple[int, int]:
    """``text``'s words and how many are stop words (``stop_share`` is their ratio), read a
    stretch at a time: a line of a megabyte is never a list of its words."""
    words = stops = 0
    for w in iter_words(text):
        words += 1
        stops += _is_stop(w)
    return words, stops


def headline_shaped(plain: str, min_words: int = 1) -> bool:
    """Short, no closing punctuation, capital first: a headline, label or name line."""
    words = plain.split(None, 16)  # 17 at most: a longer line is no headline either way
    if not min_words <= len(words) <= 16 or plain[-1] in ".,;:!?":
        return False
    first = plain.lstrip("\"'“‘(")[:1]
    return first.isupper() or first.isdigit()


def above_headline(
    lines: Sequence[_Lined], first_prose: int, drop: dict[int, str]
) -> dict[int, str]:
    """Before the headline: breadcrumbs, section names, labels ("Home News News Blog").

    The headline is the line of four words or more right above the story, past its date
    lines, bylines and score line.  Past such lines the walk may reach a label that only
    looks like a headline ("Press Release: <the sender>"), so above it only short lines
    go (breadcrumbs, section names): a longer one may be the headline itself."""
    title = None
    past_meta = False
    for i in range(first_prose - 1, -1, -1):
        plain = lines[i].plain
        # A stamp or a score line is passed as before; the other lines that are never the
        # headline mean a label may come next (only short lines go above it).
        if i in drop or _BYLINE.match(plain) or is_stamp(plain) or _R_SCORELINE.fullmatch(plain):
            continue
        if _byline_or_stamp(plain):
            past_meta = True
            continue
        if headline_shaped(plain, 4):
            title = i
        break
    if title is None:
        return {}
    above = next((j for j in range(title - 1, -1, -1) if j not in drop), None)
    if (
        above is not None
        and lines[above].para == lines[title].para
        and _dek(lines[title].plain)
        and headline_shaped(lines[above].plain, 4)
    ):
        title = above  # the headline and its standfirst on the next line: both stay
    out = {}
    for i in range(title):
        plain = lines[i].plain
        short = word_count(plain, 4) <= 4 or (headline_shaped(plain) and not past_meta)
        # A full date above the headline may be the story's own: it stays.
        dated = _R_DATE.search(plain)
        if i not in drop and short and not _BYLINE.match(plain) and not dated:
            out[i] = "above the headline"
    return out


def _byline_or_stamp(plain: str) -> bool:
    """Lines between a headline and its story that are never the headline: a stamp, a date
    and clock in any order ("Sunday 9 February 2025, 6:45pm"), a byline ("By Jane Doe |
    March 12, 2024"), the writer's name alone."""
    return bool(
        is_stamp(plain)
        or calendar_only(plain)
        or _BYLINE_LINE.match(plain)
        or (word_count(plain, 3) <= 3 and _R_NAME_ONLY.fullmatch(plain))
        or _R_SCORELINE.fullmatch(plain)
    )


# A match report's score line under its headline: "Riverside City 2 Kingsbridge Town 1".
_R_SCORELINE = re.compile(
    r"(?:[A-Z][\w.'&’-]*\s){1,4}\d{1,3}\s*[-–,]?\s*(?:[A-Z][\w.'&’-]*\s?){1,4}\d{1,3}"
)


def under_headline(plain: str) -> bool:
    """A line that goes under a headline in its paragraph: a date line, stamp or byline, the
    writer's name, a standfirst."""
    return is_dateline(plain) or _byline_or_stamp(plain) or _dek(plain)


def _dek(plain: str) -> bool:
    """A standfirst under a headline: a sentence in sentence case, without its full stop
    ("Residents of three towns were told to leave as the river rose")."""
    words = lower = stops = 0
    for w in iter_words(plain):  # a stretch at a time (stop_counts)
        words, lower, stops = words + 1, lower + w[:1].islower(), stops + _is_stop(w)
    return words >= 8 and 2 * lower > words and stops / words >= 0.2
