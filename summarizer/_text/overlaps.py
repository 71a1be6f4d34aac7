"""Overlapping spans resolved longest first, read in text order: memory for one knot of
overlaps at a time, not for every span of the text.

Keeping the longest of overlapping spans (the earliest among equals, then the one listed
first) over a whole text sorts every span at once.  Yet spans that share no character with
each other, directly or through a chain of overlaps, never decide each other's fate: a span
whose start is at or past the end of every span before it opens a new knot, and each knot
is resolved alone, as soon as it is closed.  The spans kept are the same, in text order.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


def by_start(sources: Iterable[Iterable[S]]) -> Iterator[tuple[int, int, S]]:
    """The spans of each source (each in order of start), merged in order of start, each
    with its source's rank and its own rank in it (what breaks ties between equal spans)."""

    def ranked(k: int, spans: Iterable[S]) -> Iterator[tuple[int, int, S]]:
        return ((k, i, s) for i, s in enumerate(spans))

    return heapq.merge(*(ranked(k, s) for k, s in enumerate(sources)), key=lambda r: r[2].start)


def longest_first(ranked: Iterable[tuple[int, int, S]]) -> Iterator[S]:
    """The spans kept, in text order, from ``by_start``'s: of overlapping spans, the longest,
    then the earliest, then the first ranked; a span overlapping a kept one is dropped."""
    knot: list[tuple[int, int, S]] = []
    reach = 0  # the furthest end in the knot
    for r in ranked:
        s = r[2]
        if knot and s.start >= reach:
            yield from _resolved(knot)
            knot = []
        reach = max(reach, s.end) if knot else s.end
        knot.append(r)
    if knot:
        yield from _resolved(knot)


def _resolved(knot: list[tuple[int, int, S]]) -> list[S]:
    """One knot's spans kept, in order (start, then end: spans kept never overlap)."""
    if len(knot) == 1:
        return [knot[0][2]]
    ordered = sorted(knot, key=lambda r: (r[2].start - r[2].end, r[2].start, r[0], r[1]))
    base = min(r[2].start for r in knot)
    return _marked((r[2] for r in ordered), base, max(r[2].end for r in knot))


def _marked(ordered: Iterable[S], base: int, end: int) -> list[S]:
    """The spans of ``ordered`` (longest first) that overlap none kept before them, in text
    order; ``base`` and ``end`` bound them all."""
    taken = bytearray(end - base)
    kept = []
    for s in ordered:
        a, b = s.start - base, s.end - base
        if taken.find(1, a, b) < 0:
            kept.append(s)
            taken[a:b] = b"\x01" * (b - a)
    kept.sort(key=lambda s: (s.start, s.end))
    return kept


def longest_listed(spans: list[S]) -> list[S]:
    """``longest_first``'s spans from one list of them all (the sources' spans one source
    after another: the same ties), sorted at once: for a short text's few spans, cheaper
    than a merge and knots."""
    if len(spans) < 2:  # most items: one date or none
        return spans
    ordered = sorted(spans, key=lambda s: (s.start - s.end, s.start))
    return _marked(ordered, 0, max(s.end for s in spans))
