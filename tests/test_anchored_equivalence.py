"""summarizer._text.anchored: whether a finder's anchor is in a text (``Scanned.lacks``, keyed
by the anchor's id) is what the list of its places said, and the places are as before (an
article's in a list, a long text's as machine integers merged word by word)."""

from __future__ import annotations

import random

import pytest

from summarizer._extract import date_finders
from summarizer._lang.en import ENGLISH
from summarizer._text import anchored
from summarizer._text.anchored import Scanned
from summarizer._text.casing import lowered
from tests.test_anchored import texts


def old_places(anchor: anchored.Anchor, hay: str) -> list[int]:
    """``_places`` as it was: one list of ints, sorted."""
    if not isinstance(anchor, tuple):
        return [m.start() for m in anchor.finditer(hay)]
    found = []
    for word in anchor:
        at = hay.find(word)
        while at >= 0:
            found.append(at)
            at = hay.find(word, at + 1)
    return sorted(found)


@pytest.mark.parametrize("short", [0, 10**9])
def test_an_anchor_is_held_where_it_has_places(monkeypatch: pytest.MonkeyPatch, short: int) -> None:
    """``absent`` (now ``lacks``: a search that stops at the first word in a short text, the
    places in a long one) answers as ``not _places`` did, in either order of asking: before
    or after ``finditer`` read the places.  Every text read as short, then as long."""
    monkeypatch.setattr(anchored, "_SHORT", short)
    monkeypatch.setattr(anchored, "_PACKED", short)  # places as arrays (0) or lists
    finders = list(date_finders._ANCHORED.values())
    said = {True: 0, False: 0}
    rng = random.Random(5)
    for text in [*texts(3000, seed=13), "", "x", "It began three" + " " * 40 + "days ago."]:
        for first in (False, True):
            scanned = Scanned(text)
            order = finders[:]
            rng.shuffle(order)
            for finder in order:
                hay = scanned.hay(finder)  # a long text's lowered: bytes (lowered_bytes)
                if first and hay is not None and scanned.bounded:
                    list(finder.finditer(scanned))
                old = hay is not None and scanned.bounded
                if old:
                    wide = lowered(text) if finder.folded else text
                    if isinstance(hay, bytearray):
                        places = anchored._byte_places(finder.anchor, hay)
                    else:
                        places = anchored._places(finder.anchor, wide)
                    assert list(places) == old_places(finder.anchor, wide)
                    old = not places
                assert finder.absent(scanned) == old, (finder.pattern.pattern, text)
                said[old] += 1
    assert said[True] > 10000 and said[False] > 10000, said


def test_equal_anchors_share_one_key_and_others_do_not() -> None:
    """The places read for one finder serve the finders with an equal anchor only."""
    by_key: dict[tuple[int, bool], set[tuple[object, bool]]] = {}
    for finder in date_finders._ANCHORED.values():
        by_key.setdefault(finder.key, set()).add((finder.anchor, finder.folded))
    assert all(len(v) == 1 for v in by_key.values())
    week = tuple(ENGLISH.weekdays)
    weekdays = [f for f in date_finders._ANCHORED.values() if f.anchor == week]
    assert len(weekdays) >= 2 and len({f.key for f in weekdays}) == 1
