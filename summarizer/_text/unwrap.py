"""Hard-wrapped text: a paragraph broken into lines of a fixed width (wire feeds, e-mail,
plain-text archives) read as the sentences it holds.

Cleaning reads a page line by line, and the segmenter ends a sentence at every line break:
a wrapped sentence ("... San Bernardino County Sheriff" / "John McMahon.") lost its name,
its quotation and its dates ("last" / "November") to the breaks, and a wrap's fragment
("70 miles northeast of Los Angeles.") could stand as the headline.  A run of lines is read
as wrapped only when its lines are long and of one width, most of them stop mid-sentence,
and some of the next lines go on in lowercase, which a list of headlines or a menu never
does; then each break after a line stopping mid-sentence is a space.
"""

from __future__ import annotations

import itertools
import re

_MIN_LINES = 4  # a shorter run says nothing of its width
_WIDTHS = (40, 100)  # the widest line of a wrapped run: a terminal's, an e-mail's
_LONG = 0.6  # a line this share of the widest or longer reached the wrap (or near it)
_R_ENDED = re.compile(r"[.!?:;\"”’)\]]$")  # a sentence, a quotation or a label ends here
_R_GOES_ON = re.compile(r"^[a-z0-9]")  # the next line goes on in lowercase (or a number)
_R_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[-*•·▪►])\s")  # "2. Boxer's ...": a list's next item


def unwrapped(lines: list[str]) -> list[str]:
    """``lines`` (one paragraph's, stripped) with wrapped runs joined by spaces."""
    if len(lines) < _MIN_LINES:
        return lines
    widest = max(map(len, lines))
    if not _WIDTHS[0] <= widest <= _WIDTHS[1]:
        return lines
    soft = [
        len(line) >= _LONG * widest and not _R_ENDED.search(line) and not _R_ITEM.match(nxt)
        for line, nxt in itertools.pairwise(lines)
    ]
    lower = sum(s and bool(_R_GOES_ON.match(nxt)) for s, nxt in zip(soft, lines[1:], strict=True))
    if sum(soft) < max(3, 0.4 * (len(lines) - 1)) or lower < 2:
        return lines
    out = [lines[0]]
    for joined, line in zip(soft, lines[1:], strict=True):
        if joined:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
