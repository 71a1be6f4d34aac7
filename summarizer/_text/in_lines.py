"""A pattern searched only in the lines holding one of its required strings: the same matches.

``literals.absent`` skips a rule's scan when the text lacks every word the rule needs, but
a long article holds most such words somewhere ("’s ", " and its ", "according to "), and
then ``re`` tries the rule at every capital of every line.  A pattern that cannot match a
newline, not even inside a lookaround, has each match in one line, and every match holds
(or reads by a lookaround) one of its required strings (``literals.required``) in that
line: the lines holding none have no match.  ``finditer`` finds those strings (``str.find``,
a C scan) and searches only their lines, each with the newline after it in reach, so every
character a try reads is the text's own: the same matches, in the same order.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from summarizer._text.literals import required

try:  # CPython's parser (3.11+); without it every pattern scans the whole text
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _p = None

__all__ = ["finditer", "in_one_line", "lines_holding"]

_NL = ord("\n")
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


@cache
def in_one_line(pattern: re.Pattern[str]) -> bool:
    """No match of ``pattern``, nor any lookaround of it, can read a newline; it matches no
    empty string; and it requires strings (``literals.required``), none with a newline."""
    needs = required(pattern)
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


def lines_holding(text: str, needle: str) -> list[int]:
    """The start of each line of ``text`` holding ``needle``, in order."""
    out = []
    at = text.find(needle)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        out.append(start)
        end = text.find("\n", at)
        if end < 0:
            break
        at = text.find(needle, end + 1)
    return out


def finditer(
    pattern: re.Pattern[str], text: str, lines: dict[str, list[int]] | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; searched only in the lines holding one of its required
    strings where ``in_one_line(pattern)``.  ``lines``: ``lines_holding``'s answers for
    ``text`` already found, shared by its patterns."""
    if not in_one_line(pattern):
        yield from pattern.finditer(text)
        return
    memo = {} if lines is None else lines
    starts: set[int] = set()
    for needle in required(pattern) or ():
        got = memo.get(needle)
        if got is None:
            got = memo[needle] = lines_holding(text, needle)
        starts.update(got)
    search, size = pattern.finditer, len(text)
    for start in sorted(starts):
        end = text.find("\n", start)
        yield from search(text, start, size if end < 0 else end + 1)
