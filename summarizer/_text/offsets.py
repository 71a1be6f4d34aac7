"""Offsets into the input as given: where each cleaned character came from.

Every offset in a digest's ``start``/``end`` points into ``source.text``, the cleaned
article.  A user highlighting the original file needs offsets into *that* text (for a
text input, the decoded text; for HTML, the text extracted from the page).  Cleaning
drops lines, collapses whitespace, normalises Unicode and cuts credits, so the map is
built by aligning the cleaned text back onto the input, line by line, as runs of
characters copied unchanged.  A span is mapped only when the input holds exactly the
same characters there (``input[input_start:input_end] == quote``, checked, never
assumed); where cleaning changed a character inside it, the span has no input offsets.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field

_WINDOW = 65_536  # how far past the last aligned line a line is looked for (keeps it linear)
_RESYNC = 8  # characters of the cleaned line used to find where the input resumes
_SKIP = 200  # input characters a resync may skip (a cut credit, markup, repeated spaces)
_SKIP_ONCE = 1_500  # ... and once per line, a longer cut (a hover card run into a name)


_MARKUP = " \t#*_>-•·▪►‣+\u00a0\u200b\ufeff"  # what may precede a line's text in the input


@dataclass(frozen=True)
class InputMap:
    """Runs of cleaned text copied unchanged from the input: (clean start, input start, length),
    as machine integers (three Python ints per run cost five times as much)."""

    text: str = field(repr=False)  # the input as given
    clean_starts: array[int] = field(default_factory=lambda: array("q"))
    input_starts: array[int] = field(default_factory=lambda: array("q"))
    lengths: array[int] = field(default_factory=lambda: array("q"))

    def locate(self, start: int, end: int, quote: str) -> tuple[int, int] | None:
        """The input span holding exactly ``quote`` (cleaned ``start:end``), or None."""
        if end <= start:
            return None
        a = self._input_at(start)
        b = self._input_at(end - 1)
        if a is None or b is None or b < a:
            return None
        return (a, b + 1) if b + 1 - a == len(quote) and self.text.startswith(quote, a) else None

    def add(self, clean_start: int, input_start: int, length: int) -> None:
        """One more run, after the others: only ``align`` calls it, while it builds the map."""
        self.clean_starts.append(clean_start)
        self.input_starts.append(input_start)
        self.lengths.append(length)

    def _input_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.clean_starts, offset) - 1
        if i < 0 or offset >= self.clean_starts[i] + self.lengths[i]:
            return None
        return self.input_starts[i] + offset - self.clean_starts[i]


def align(source: str, cleaned: str) -> InputMap:
    """Map ``cleaned`` (lines of ``source``, in order, possibly altered) back onto ``source``."""
    runs = InputMap(source)
    cursor = 0
    offset = 0
    for line in cleaned.split("\n"):
        if line:
            at = _find_line(source, line, cursor)
            if at >= 0:
                runs.add(offset, at, len(line))
                cursor = at + len(line)
            else:
                cursor = _align_line(source, line, offset, cursor, runs)
        offset += len(line) + 1
    return runs


def _find_line(source: str, line: str, cursor: int) -> int:
    """Where ``line`` stands in ``source`` as a line of its own (markup before it allowed).

    A short line ("Tillerson") may also occur inside a dropped line before its own; only a
    match that starts a line of the input is taken for it.
    """
    limit = cursor + _WINDOW + len(line)
    at = source.find(line, cursor, limit)
    while at >= 0 and len(line) < 40:
        lo = max(0, at - 80)  # markup before a line is short; a long head is text
        nl = source.rfind("\n", lo, at)
        if (nl >= 0 or lo == 0) and not source[nl + 1 : at].strip(_MARKUP):
            break
        at = source.find(line, at + 1, limit)
    return at


def _align_line(source: str, line: str, offset: int, cursor: int, runs: InputMap) -> int:
    """Greedy: copy equal characters, resync on the next few characters, else step over one."""
    start = _find_start(source, line, cursor)
    if start is None:
        return cursor
    i, j = 0, start
    wide = True  # one resync per line may look far: linear still
    while i < len(line) and j < len(source):
        k = 0
        while i + k < len(line) and j + k < len(source) and line[i + k] == source[j + k]:
            k += 1
        if k:
            runs.add(offset + i, j, k)
            i, j = i + k, j + k
            continue
        if line[i + 1 : i + 4] == source[j + 1 : j + 4]:
            # One character replaced ("\u00a0the\u00a0" cleaned to " the "): stepping over it
            # realigns at once, where a resync on " the Sec..." could jump to a later copy.
            i, j = i + 1, j + 1
            continue
        if source[j].isspace() and not line[i].isspace():
            j += 1  # a run of spaces cleaning collapsed ("message.  \"Yes.  I"): step over it
            continue
        chunk = line[i : i + _RESYNC]
        at = source.find(chunk, j, j + _SKIP + len(chunk))
        if at < 0 and wide and len(chunk) == _RESYNC:
            at, wide = source.find(chunk, j, j + _SKIP_ONCE + len(chunk)), False
        if at > j:
            j = at
        else:  # a character cleaning replaced (NBSP -> space, a composed accent)
            i, j = i + 1, j + 1
    return j


def _find_start(source: str, line: str, cursor: int) -> int | None:
    """Where a line that cleaning altered begins: its first few characters, near the cursor."""
    for size in (_RESYNC * 2, _RESYNC, 3):
        head = line[:size]
        if len(head) == size or size == 3:
            at = source.find(head, cursor, cursor + _WINDOW)
            if at >= 0:
                return at
    return None
