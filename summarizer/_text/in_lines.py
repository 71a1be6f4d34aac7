"""A pattern searched only in the lines holding one of its required strings: the same matches.

``literals.absent`` skips a rule's scan when the text lacks every word the rule needs, but
a long article holds most such words somewhere ("’s ", " and its ", "according to "), and
then ``re`` tries the rule at every capital of every line.  A pattern that cannot match a
newline, not even inside a lookaround, has each match in one line, and every match holds
(or reads by a lookaround) one of its required strings (``literals.required``) in that
line: the lines holding none have no match.  ``finditer`` searches only the lines holding
one (with the few lines between two such joined in), each with the newline after it in
reach, so every character a try reads is the text's own: the same matches, in the same
order.  Looked up here one by one, each string costs a scan of its own; the actor rules
read the lines of all their strings from the text's words at once (``line_masks``).
"""

from __future__ import annotations

import importlib
import re
from array import array
from collections.abc import Iterator
from typing import Any, TypeAlias

from summarizer._text.literals import by_identity, required

try:  # CPython's parser (3.11+); without it every pattern scans the whole text
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _p = None

__all__ = ["finditer", "in_one_line", "lines_holding", "needles", "windows"]

_NL = ord("\n")
# Lines as pairs of numbers, flat (start, end, start, end...): a tuple each took 64 bytes,
# and a megabyte of prose has some 30,000 lines holding a rule's string.
Lines: TypeAlias = "array[int]"
# The most strings a pattern's set may hold (``literals.required``): a hundred role words
# or titles are found in few lines of a text's words (``line_masks``).
MOST = 400
DENSE = 32  # lines holding a string in a row, read before asking whether most lines hold it
_LINE = 200  # characters: a string used once in 200 or less is in most lines
JOIN = 256  # characters of lines between two stretches searched that are searched too
# Anchors safe in a window ending after a line's newline: "$" of a whole string (or before
# its last newline) and "\Z" would read the window's end as the text's; a line's "$" (the
# parser writes AT_END, the MULTILINE flag makes it a line's) reads the text's own "\n".
_SAFE_AT = {
    "AT_BEGINNING",
    "AT_BEGINNING_LINE",
    "AT_BEGINNING_STRING",
    "AT_BOUNDARY",
    "AT_NON_BOUNDARY",
    "AT_END_LINE",
    "AT_LOC_BOUNDARY",
    "AT_LOC_NON_BOUNDARY",
    "AT_UNI_BOUNDARY",
    "AT_UNI_NON_BOUNDARY",
}
_NEWLINE_CATEGORIES = {"CATEGORY_SPACE", "CATEGORY_NOT_WORD", "CATEGORY_NOT_DIGIT",
                       "CATEGORY_LINEBREAK", "CATEGORY_UNI_SPACE", "CATEGORY_UNI_NOT_WORD",
                       "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_LINEBREAK",
                       "CATEGORY_LOC_NOT_WORD"}  # fmt: skip


class _Crosses(Exception):
    """The pattern may read a newline, or holds what is not understood here."""


def _class_has_newline(items: Any) -> bool:
    negate = bool(items) and str(items[0][0]) == "NEGATE"
    hit = False
    for op, av in items[1:] if negate else items:
        name = str(op)
        if name == "LITERAL":
            hit = hit or av == _NL
        elif name == "RANGE":
            hit = hit or av[0] <= _NL <= av[1]
        elif name == "CATEGORY":
            hit = hit or str(av) in _NEWLINE_CATEGORIES
        else:  # RANGE_UNI_IGNORE, BIGCHARSET...: not read here
            raise _Crosses
    return hit != negate


def _check(items: Any, flags: int) -> None:
    """Raise ``_Crosses`` when an item of ``items`` may match a newline (``flags``: those in
    force there)."""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            if av == _NL:
                raise _Crosses
        elif name == "NOT_LITERAL":
            if av != _NL:
                raise _Crosses
        elif name == "IN":
            if _class_has_newline(av):
                raise _Crosses
        elif name == "ANY":
            if flags & re.DOTALL:
                raise _Crosses
        elif name == "AT":
            if str(av) not in _SAFE_AT and not (str(av) == "AT_END" and flags & re.MULTILINE):
                raise _Crosses
        elif name == "BRANCH":
            for alt in av[1]:
                _check(alt, flags)
        elif name == "SUBPATTERN":
            _group, add, remove, sub = av
            _check(sub, (flags | add) & ~remove)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _check(av[2], flags)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _check(av[1], flags)
        elif name == "ATOMIC_GROUP":
            _check(av, flags)
        else:  # group references, conditionals, failure: not read here
            raise _Crosses


# Whether a pattern stays in one line, and its strings: remembered by its identity (a
# pattern's hash reads its whole source).
_answers = by_identity(lambda pattern: (_in_one_line(pattern), _needles(pattern)))


def in_one_line(pattern: re.Pattern[str]) -> bool:
    """No match of ``pattern``, nor any lookaround of it, can read a newline; it matches no
    empty string; and it requires strings (``literals.required``), none with a newline."""
    return _answers(pattern)[0]


def needles(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The strings ``pattern`` requires less those holding another ("against the" holds
    "against"): a line holding the longer one holds the shorter, and each costs a scan."""
    return _answers(pattern)[1]


def _in_one_line(pattern: re.Pattern[str]) -> bool:
    needs = required(pattern, MOST)
    if _p is None or needs is None or any("\n" in s for s in needs):
        return False
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return False
        _check(tree, tree.state.flags | pattern.flags)
    except (_Crosses, re.error, AttributeError, TypeError, ValueError):
        return False
    return True


def _needles(pattern: re.Pattern[str]) -> tuple[str, ...]:
    needs = sorted(required(pattern, MOST) or (), key=len)
    out: list[str] = []
    for needle in needs:
        if not any(short in needle for short in out):
            out.append(needle)
    return tuple(out)


def lines_holding(text: str, needle: str) -> Lines:
    """Each line of ``text`` holding ``needle``, in order: where it starts, and where its
    newline (if any) ends.  The whole text as one line where ``needle`` is in most lines
    (", ", "the "): ``DENSE`` lines in a row holding it, less than ``_LINE`` characters
    apart on average; looked up line by line, it would cost more than the lines it spares."""
    out = array("q")
    at = text.find(needle)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        out += array("q", (start, end))
        if len(out) % (2 * DENSE) == 0 and end - out[-2 * DENSE] < DENSE * _LINE:
            return array("q", (0, len(text)))
        at = text.find(needle, end)
    return out


def windows(
    pattern: re.Pattern[str], text: str, lines: dict[str, Lines] | None = None
) -> list[tuple[int, int]]:
    """The stretches of whole lines to search for ``pattern`` (``in_one_line``): those
    holding one of its strings, the lines between two of them joined in when they are
    fewer than ``JOIN`` characters (they hold no match: one search instead of many).
    ``lines``: the lines of strings already found in ``text``, shared by its patterns."""
    memo = {} if lines is None else lines
    found: set[tuple[int, int]] = set()
    for needle in _answers(pattern)[1]:
        got = memo.get(needle)
        if got is None:
            got = memo[needle] = lines_holding(text, needle)
        found.update(zip(got[::2], got[1::2], strict=True))
    out: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if out and start - out[-1][1] < JOIN:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def finditer(
    pattern: re.Pattern[str], text: str, lines: dict[str, Lines] | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; searched only in the lines holding one of its required
    strings where ``in_one_line(pattern)``.  ``lines``: as for ``windows``."""
    if not in_one_line(pattern):
        yield from pattern.finditer(text)
        return
    search = pattern.finditer
    for start, end in windows(pattern, text, lines):
        yield from search(text, start, end)
