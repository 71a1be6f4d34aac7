"""A pattern's matches found from a rarer word that each holds: ``finditer``'s matches, faster.

A date finder such as "three days ago" or "on Tuesday" opens on a common word ("on",
"three"), so ``re`` tries it at most positions of a text, each try a call into the
matcher; yet each of its matches holds a rarer word ("ago", "Tuesday") at most a few
characters from its start.  ``Anchored.finditer`` finds those words first (``str.find``,
a C scan) and tries the pattern only at the word starts up to ``reach`` characters before
each, in order, skipping what a match took: the same matches as ``pattern.finditer``,
since a match can start nowhere else.

``reach`` counts each whitespace run as at most ``MAX_SPACE`` characters (``\\s+`` in the
pattern): a text with a longer run (cleaned text has none) is searched the ordinary way,
as is one whose lowered form is not as long as it (never, see ``scan.lowered``).
"""

from __future__ import annotations

import heapq
import importlib
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from summarizer._text.casing import lowered, lowered_bytes

try:  # CPython's own parser (3.11+): a pattern's least width
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _parser = None

MAX_SPACE = 3  # characters of a whitespace run that a ``reach`` allows for
SLACK = 4  # characters tried beyond each hand-counted reach, against a slip in the count
_LONG_SPACE = re.compile(rf"\s{{{MAX_SPACE + 1}}}")
_WORD_START = re.compile(r"\b\w")
Anchor = re.Pattern[str] | tuple[str, ...]  # words to find, or a pattern


@dataclass(frozen=True)
class Anchored:
    """``pattern``, each of whose matches starts a word (a word character after none) and
    holds one of ``anchor``'s words (in the text, or in its lowered form when ``folded``),
    or a match of ``anchor`` (a pattern whose matches cannot overlap: a digit opens each),
    starting at most ``reach`` characters after the match's own start."""

    pattern: re.Pattern[str]
    anchor: Anchor
    reach: int
    folded: bool = False
    # What a Scanned keeps this anchor's answers under: equal anchors share one key, a pair
    # of ints (hashing the anchor, a tuple of words or a pattern's whole code, cost more
    # than most answers on a short text).
    key: tuple[int, bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tree = _parser.parse(self.pattern.pattern, self.pattern.flags) if _parser else None
        if tree is not None and tree.getwidth()[0] == 0:
            raise ValueError("a pattern that may match empty is found the ordinary way")
        one = _ANCHORS.setdefault(self.anchor, self.anchor)  # kept: its id is never reused
        object.__setattr__(self, "key", (id(one), self.folded))

    def absent(self, text: Scanned) -> bool:
        """Whether ``finditer`` finds nothing because ``text`` holds no anchor (it is searched
        from its anchors): told without starting the search, most finders' answer on a
        short text."""
        return text.lacks(self)

    def finditer(self, text: Scanned) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text.text)``."""
        hay = text.hay(self)
        if hay is None or not text.bounded:
            yield from self.pattern.finditer(text.text)
            return
        match, whole, back = self.pattern.match, text.text, self.reach + SLACK
        end = 0  # where the last match ended, or what was tried: no match starts before it
        for at in text.places(self, hay):
            if at < end:
                continue
            for start in _WORD_START.finditer(whole, max(end, at - back), at + 1):
                p = start.start()
                if p >= end and (m := match(whole, p)):
                    yield m
                    end = m.end()
            end = max(end, at + 1)


@dataclass
class Scanned:
    """A text and what every anchored search of it reads once."""

    text: str
    bounded: bool = field(init=False)  # no whitespace run longer than MAX_SPACE
    _places: dict[tuple[int, bool], Sequence[int]] = field(default_factory=dict, init=False)
    _lacks: dict[tuple[int, bool], bool] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.bounded = _LONG_SPACE.search(self.text) is None

    def hay(self, finder: Anchored) -> str | bytearray | None:
        """What ``finder``'s anchor is looked for in: the text, or lowered when ``folded``
        (the lowered text itself for an anchor ``lowered_bytes`` cannot hold)."""
        if not finder.folded:
            return self.text
        low = self.low
        if isinstance(low, bytearray) and not _narrow(finder.anchor):
            return self.wide
        return low

    def places(self, finder: Anchored, hay: str | bytearray) -> Sequence[int]:
        """Where ``finder``'s anchor words or matches start in ``hay`` (the text, or lowered
        when ``folded``), in order: read once for the finders that share an anchor."""
        key = finder.key
        found = self._places.get(key)
        if found is None:
            found = self._places[key] = (
                _byte_places(finder.anchor, hay)
                if isinstance(hay, bytearray)
                else _places(finder.anchor, hay)
            )
        return found

    def lacks(self, finder: Anchored) -> bool:
        """``finder.absent(self)``, told once for the finders that share an anchor (a short
        text asks ~30 finders, half of them sharing).  In a short text (an item), where most
        anchors are missing, a word is looked for only until one is found (no list of every
        place made and sorted); in a long one most are there, and their places are read at
        once (a finder whose anchor is held is searched from them next)."""
        key = finder.key
        found = self._lacks.get(key)
        if found is None:
            hay = self.hay(finder)
            if hay is None or not self.bounded:
                found = False  # searched the ordinary way
            elif len(hay) > _SHORT or isinstance(hay, bytearray):
                found = not self.places(finder, hay)
            else:
                found = not _holds(finder.anchor, hay)
            self._lacks[key] = found
        return found

    @cached_property
    def wide(self) -> str | None:
        """The text lowered as a str, for an anchor ``lowered_bytes`` cannot hold: made once,
        not per finder and per search (None where lengths differ)."""
        wide = lowered(self.text)
        return wide if len(wide) == len(self.text) else None

    @cached_property
    def low(self) -> str | bytearray | None:
        """The text lowered, position for position (None where lengths differ): past
        ``_PACKED`` characters, one byte a character (``casing.lowered_bytes``), whose
        places of a folded anchor's words (Latin-1, no "?") are the lowered text's."""
        if len(self.text) > _PACKED:
            return lowered_bytes(self.text)
        low = lowered(self.text)
        return low if len(low) == len(self.text) else None


_ANCHORS: dict[Anchor, Anchor] = {}  # each anchor, by value: the one its finders share
_SHORT = 1000  # characters: a longer text's anchors are found by their places at once
_PACKED = 200_000  # characters: a longer text's places are held as machine integers


def _narrow(anchor: Anchor) -> bool:
    """``anchor`` words whose places ``lowered_bytes`` holds: Latin-1, no "?"."""
    return isinstance(anchor, tuple) and all(
        max(w, default="") < "\u0100" and "?" not in w for w in anchor
    )


def _byte_places(anchor: Anchor, hay: bytearray) -> array[int]:
    """``_places`` in a long text lowered one byte a character (``Scanned.hay``)."""
    if not isinstance(anchor, tuple):
        raise TypeError("only words are looked for in bytes")
    return array("q", heapq.merge(*(_word_places(w.encode("latin-1"), hay) for w in anchor)))


def _holds(anchor: Anchor, hay: str) -> bool:
    """``bool(_places(anchor, hay))``."""
    if isinstance(anchor, re.Pattern):
        return anchor.search(hay) is not None
    return any(map(hay.__contains__, anchor))


def _places(anchor: Anchor, hay: str) -> Sequence[int]:
    """A long text's held as machine integers (8 bytes a place, not a 40-byte int and its
    slot: on a text made of dates a list of every year's place was 1.1x the text, for each
    anchor), each word's merged; any other's in one list, sorted.  An article's are lists:
    arrays grown a place at a time raised the high-water RSS of the gold articles run one
    by one (5x -> 15x their largest), and a call and array per word cost items 10%."""
    if len(hay) > _PACKED:
        if isinstance(anchor, re.Pattern):
            return array("q", (m.start() for m in anchor.finditer(hay)))
        return array("q", heapq.merge(*(_word_places(word, hay) for word in anchor)))
    if isinstance(anchor, re.Pattern):
        return [m.start() for m in anchor.finditer(hay)]
    listed: list[int] = []
    for word in anchor:
        at = hay.find(word)  # a C scan for the whole word, not a try per character
        while at >= 0:
            listed.append(at)
            at = hay.find(word, at + 1)
    return sorted(listed)


def _word_places(word: Any, hay: str | bytearray) -> array[int]:
    """Where ``word`` (a str in a str, bytes in bytes) starts in ``hay``, in order."""
    found = array("q")
    at = hay.find(word)  # a C scan for the whole word, not a try per character
    while at >= 0:
        found.append(at)
        at = hay.find(word, at + 1)
    return found
