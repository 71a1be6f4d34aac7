"""Indexes built once per article, so a question asked per item costs a binary search.

Rules ask the same questions for every quote or candidate ("is there a word between here
and there?", "the latest speaker before this point", "which sentences does this span
cross?"). Answered by slicing and scanning the text each time, an article with thousands
of quotes or sentences took minutes; answered from an index, it takes linear time.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
_RUN = re.compile(r"\s{2,}")


class Blanks:
    """Where the whitespace of ``text`` is: runs of two or more are indexed, one is looked at."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts, self.ends = array("q"), array("q")
        for m in _RUN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def first_solid(self, a: int, b: int) -> int:
        """The first index in ``[a, b)`` that is not whitespace, or -1."""
        i = a
        if i < b and self.text[i].isspace():
            k = bisect.bisect_right(self.starts, i) - 1
            i = self.ends[k] if k >= 0 and i < self.ends[k] else i + 1
        return i if i < b else -1

    def last_solid(self, a: int, b: int) -> int:
        """The last index in ``[a, b)`` that is not whitespace, or -1."""
        i = b - 1
        if i >= a and self.text[i].isspace():
            k = bisect.bisect_right(self.starts, i) - 1
            i = self.starts[k] - 1 if k >= 0 and i < self.ends[k] else i - 1
        return i if i >= a else -1


class Latest(Generic[T]):
    """Items kept in order of position: the latest one before a point."""

    def __init__(self) -> None:
        self.pos: list[int] = []
        self.items: list[T] = []

    def add(self, pos: int, item: T) -> None:
        i = bisect.bisect_right(self.pos, pos)  # at the end when added in order
        self.pos.insert(i, pos)
        self.items.insert(i, item)

    def before(self, at: int) -> tuple[int, T] | None:
        i = bisect.bisect_left(self.pos, at) - 1
        return (self.pos[i], self.items[i]) if i >= 0 else None


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def overlapping(spans: Sequence[Span], a: int, b: int) -> range:
    """Indexes of the sorted, disjoint ``spans`` (sentences) that overlap ``[a, b)``."""
    lo = bisect.bisect_right(spans, a, key=lambda s: s.end)
    return range(lo, max(lo, bisect.bisect_left(spans, b, key=lambda s: s.start)))
