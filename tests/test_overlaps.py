"""_text.overlaps: the spans kept, one knot at a time in text order, are those the sort of
every span kept (longest, then earliest, then first listed), on random spans."""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from summarizer._text.overlaps import by_start, longest_first, longest_listed


class Span(NamedTuple):
    start: int
    end: int
    source: int


def listed(sources: list[list[Span]]) -> list[Span]:
    """The code it replaced: every span in one list, sorted longest first, then marked."""
    spans = [s for source in sources for s in source]
    taken = bytearray(max((s.end for s in spans), default=0))
    kept = []
    for s in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if taken.find(1, s.start, s.end) < 0:
            kept.append(s)
            taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    return sorted(kept, key=lambda s: (s.start, s.end))


def random_sources(rng: random.Random) -> list[list[Span]]:
    """A few sources, each of spans in order of start that do not overlap each other."""
    sources = []
    for k in range(rng.randint(1, 6)):
        at, spans = 0, []
        for _ in range(rng.randint(0, 12)):
            at += rng.randint(0, 6)
            end = at + rng.randint(1, 8)
            spans.append(Span(at, end, k))
            at = end
        sources.append(spans)
    return sources


@pytest.mark.parametrize("whole", [False, True])
def test_knots_keep_what_the_whole_sort_kept(whole: bool) -> None:
    rng = random.Random(14)
    ties = 0
    for _ in range(4000):
        sources = random_sources(rng)
        every = [s for source in sources for s in source]
        kept = longest_listed(every) if whole else list(longest_first(by_start(sources)))
        assert kept == listed(sources), sources
        spans = [s for source in sources for s in source]
        ties += len({(s.start, s.end) for s in spans}) < len(spans)
    assert ties > 500  # equal spans from two sources: the first listed is kept
