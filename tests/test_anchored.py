"""summarizer._text.anchored: a finder tried only before its anchor words finds what its own
``finditer`` finds, on texts made of the words its matches hold."""

from __future__ import annotations

import re

import pytest

from summarizer._extract import date_finders
from summarizer._text import anchored
from summarizer._text.anchored import Anchored, Scanned
from tests.support import joined_pieces

WORDS = (
    "on last this next past early late earlier later in since by of from during through before "
    "after between mid the a an one three eleven twelve 12 3 day days week weeks weekend month "
    "months year years ago Monday Tuesday Wednesday Thursday Sunday Friday morning evening night "
    "tonight today yesterday tomorrow that following preceding previous spring summer fall "
    "autumn winter 2019 1999 2020 2021, 12th 3rd 1st 22nd 10:30 12:45 p.m. a.m. 5pm PM AM at "
    "around approximately roughly January June May March end beginning start middle fiscal for "
    "started welcomed finished USA Super Black Good Easter Christmas New Year Year's coming "
    "ahead first fortnight Sept. SEPTEMBER September Dec to and . , ; ( ) - TODAY Today WEEK "
    "\u017fpring \u0130n ago. Times Night"
).split()
SEPARATORS = (" ", "  ", "   ", "\n", "\n\n", " \n ", "-", "", "\t", "'s ")


def texts(n: int, seed: int) -> list[str]:
    return joined_pieces(WORDS, SEPARATORS, n, seed, most=39)


def test_each_date_finder_finds_the_same_matches_without_slack(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hand-counted reaches alone (no slack) hold: the same spans and groups."""
    monkeypatch.setattr(anchored, "SLACK", 0)
    for text in texts(4000, seed=7):
        scanned = Scanned(text)
        for pattern, finder in date_finders._ANCHORED.items():
            got = [(m.span(), m.groups()) for m in finder.finditer(scanned)]
            assert got == [(m.span(), m.groups()) for m in pattern.finditer(text)], text


def test_a_reach_too_short_is_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: three characters short, some match is missed."""
    monkeypatch.setattr(anchored, "SLACK", -3)
    missed = 0
    for text in texts(1000, seed=7):
        scanned = Scanned(text)
        for pattern, finder in date_finders._ANCHORED.items():
            missed += len(list(finder.finditer(scanned))) != len(list(pattern.finditer(text)))
    assert missed


def test_a_long_space_run_is_searched_the_ordinary_way() -> None:
    finder = Anchored(re.compile(r"\b(?i:three)\s+days\s+ago\b"), ("ago",), 6 + 3 + 6 + 3)
    text = "It began three" + " " * 40 + "days ago."
    assert not Scanned(text).bounded
    assert [m.span() for m in finder.finditer(Scanned(text))] == [(9, 62)]


def test_a_pattern_that_may_match_empty_is_refused() -> None:
    with pytest.raises(ValueError):
        Anchored(re.compile(r"(?:ago)?"), ("ago",), 0)


def test_a_finder_said_absent_finds_nothing() -> None:
    """``absent`` (candidates skips the finder) only where the pattern matches nowhere; and
    it is said of most finders on such texts, so the test reads both answers."""
    said = kept = 0
    for text in [*texts(3000, seed=11), "x", "", "It began three" + " " * 40 + "days ago."]:
        scanned = Scanned(text)
        for pattern, finder in date_finders._ANCHORED.items():
            if finder.absent(scanned):
                said += 1
                assert not list(pattern.finditer(text)), (pattern.pattern, text)
            else:
                kept += 1
    assert said > 1000 and kept > 1000


def test_candidates_read_every_finder_as_before() -> None:
    """The finders' table (no lookup by pattern per call) holds each finder of _FIND in
    order, with its anchor and kind, and each relative finder anchored."""
    assert [f.pattern for f in date_finders.FINDERS] == list(date_finders._FIND)
    for f in date_finders.FINDERS:
        assert f.anchored is date_finders._ANCHORED.get(f.pattern)
        assert f.loose == (f.pattern in date_finders.cues.LOOSE)
    assert sum(f.weekday for f in date_finders.FINDERS) == 1
    assert sum(f.bare for f in date_finders.FINDERS) == 1
    assert len(date_finders.RELATIVE) == 5
