"""The actor rules' ``scan`` (links and dateline blanked) without holding it beside ``prose``.

``scan`` differs from the document's text only in the spans its mask blanks, a few hundred
characters of a long article; ``prose`` (``scan`` less its chrome lines) is what the rules
search.  Held side by side through the rules, the document's text, ``scan`` and ``prose``
were three copies of the text (1.7x the input each for text with curly quotes) and the
actors stage's peak on a long normal article (issue 12).  ``Masked`` holds the blanked
spans and answers the rules' few questions of ``scan`` from the document's text: a slice,
how often a word is written, and the matches of the label patterns (read once, when
``scan`` is made for ``prose``, and kept as plain spans and strings).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable
from typing import Any


class ScanMatch:
    """A match of a pattern in ``scan``, its groups copied: an ``re.Match`` would hold the
    whole of ``scan`` alive.  Answers ``start``, ``end``, ``span``, ``group`` and ``m[g]``."""

    __slots__ = ("_groups",)

    def __init__(self, m: re.Match[str]) -> None:
        names: list[int | str] = [0, *range(1, len(m.groups()) + 1), *m.groupdict()]
        self._groups = {g: (m.start(g), m.end(g), m.group(g)) for g in names}

    def start(self, g: int | str = 0) -> int:
        return self._groups[g][0]

    def end(self, g: int | str = 0) -> int:
        return self._groups[g][1]

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self._groups[g][0], self._groups[g][1]

    def group(self, g: int | str = 0) -> Any:
        """The group's text, None where it did not take part (as ``re.Match.group``)."""
        return self._groups[g][2]

    def __getitem__(self, g: int | str) -> Any:
        return self._groups[g][2]


class Masked:
    """A text with some spans blanked (each character a space): the spans alone are held."""

    def __init__(self, text: str, mask: re.Pattern[str]) -> None:
        """``mask``'s non-empty matches in ``text``, as ``mask.sub`` would blank them."""
        self.text = text
        self.spans = array("q")  # start, end, start, end...: sorted, disjoint
        for m in mask.finditer(text):
            if m.end() > m.start():
                self.spans.extend(m.span())

    def made(self) -> str:
        """The blanked text: ``text`` itself where nothing is blanked (``re.sub`` returns
        its input when it replaces nothing)."""
        if not self.spans:
            return self.text
        at, pieces, spans = 0, [], iter(self.spans)
        for a, b in zip(spans, spans, strict=True):
            pieces += [self.text[at:a], " " * (b - a)]
            at = b
        return "".join([*pieces, self.text[at:]])

    def slice(self, start: int, end: int) -> str:
        """``made()[start:end]``, without the whole."""
        out = self.text[start:end]
        if not self.touches(start, end):
            return out
        return "".join(" " if self._blank(i) else out[i - start] for i in range(start, end))

    def count(self, word: str, most: int) -> int:
        """``min(made().count(word), most)`` for a ``word`` without spaces: an occurrence
        touching a blanked span is none in the blanked text (it would hold a space there),
        and ``count`` looks for the next right after it, as here."""
        if not word or " " in word:
            raise ValueError("a word without spaces")
        n, at = 0, 0
        while n < most and (at := self.text.find(word, at)) >= 0:
            if self.touches(at, at + len(word)):
                at += 1
            else:
                n, at = n + 1, at + len(word)
        return n

    def touches(self, start: int, end: int) -> bool:
        """Some blanked span overlaps ``[start, end)``."""
        i = bisect.bisect_right(self.spans, start)  # odd: ``start`` inside a span
        return i % 2 == 1 or (i < len(self.spans) and self.spans[i] < end)

    def _blank(self, at: int) -> bool:
        return bisect.bisect_right(self.spans, at) % 2 == 1


def detached(matches: Iterable[re.Match[str]]) -> list[ScanMatch]:
    """The matches with their groups copied, not the string they were found in."""
    return [ScanMatch(m) for m in matches]
