"""Counting a line's words without a list of them all.

``len(line.split())`` builds one string per word: on a line of a megabyte (one paragraph of
thousands of clauses) that list is about ten times the line, and cleaning's chrome rules
held two of them at once (33x the input). Rules compare the count with a small number, so
counting stops one word past it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def word_count(text: str, most: int) -> int:
    """``len(text.split())``, or ``most + 1`` when it is larger: the same on either side of
    ``most``, so ``word_count(t, k) <= k`` is ``len(t.split()) <= k`` (and so for <, >, >=, ==)."""
    return len(text.split(None, most))


_R_BLANK = re.compile(r"\s")  # what str.split() splits at (Py_UNICODE_ISSPACE, as re's \s)


def iter_words(text: str, chunk: int = 1 << 16) -> Iterator[str]:
    """``text.split()``'s words, one stretch of about ``chunk`` characters split at a time
    (each stretch ends at a blank, so no word is cut): a rule that reads every word of a
    line never holds a list of them all."""
    for stretch in stretches(text, chunk):
        yield from stretch.split()


def stretches(text: str, chunk: int = 1 << 16) -> Iterator[str]:
    """``text`` cut into stretches of about ``chunk`` characters, each ending at a blank:
    their words, each split on its own, are ``text.split()``'s (``iter_words``), for a rule
    that reads a stretch's words at once (a line is one stretch, most often)."""
    if len(text) <= chunk:
        yield text
        return
    at = 0
    while at < len(text):
        end = at + chunk
        if end < len(text):
            m = _R_BLANK.search(text, end)
            end = m.start() if m else len(text)
        yield text[at:end]
        at = end
