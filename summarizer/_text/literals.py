"""The words a pattern cannot match without: a text holding none of them is not scanned.

The actor rules scan each article with some sixty patterns, and a scan costs the same
whether it finds anything or not: ``re`` tries the pattern at every position whose
character may start it.  Many rules need words of their own somewhere ("Hurricane ",
"according to ", " and its "), and one ``str`` search (``in``, a fast C loop)
tells whether the text holds it at all.  ``required`` reads the pattern's parse tree
for such a set of strings, every match holding one of them (a lookahead's words must be
in the text too); ``absent`` says a text holds none, so the pattern has no match in it.
The set is only used when it is small and its strings long enough to be rare.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

try:  # CPython's parser (3.11+); without it no pattern is skipped
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _p = None

__all__ = ["absent", "required"]

_MOST = 16  # strings in a set: more, and looking them all up costs more than the scan saves
_SHORTEST = 2  # a shorter string is in every text
_IGNORE = int(re.IGNORECASE)
_PRODUCT = 64  # strings a run of exact items may spell before it is cut
_CLASS = 4  # characters of a class spelled out as strings ("['’]s" as "'s|’s")


def _rank(found: frozenset[str]) -> tuple[int, int]:
    return min(map(len, found)), -len(found)


def _exact(op: Any, av: Any, ignore: bool) -> frozenset[str] | None:
    """The strings one item matches, when they are few and known ("Inc|Corp", "s?");
    zero-width checks match the empty string; None otherwise."""
    name = str(op)
    if name == "LITERAL":
        return None if ignore else frozenset([chr(av)])
    literals = name == "IN" and all(str(o) == "LITERAL" for o, _ in av)
    if literals and not ignore and len(av) <= _CLASS:  # "['’]", "[Tt]"
        return frozenset(chr(code) for _, code in av)
    if name in ("AT", "ASSERT_NOT"):
        return frozenset([""])  # consumes nothing: the strings around it stay adjacent
    if name == "SUBPATTERN":
        _group, add, remove, sub = av
        return _spelled(sub, (ignore or bool(add & _IGNORE)) and not remove & _IGNORE)
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            got = _spelled(alt, ignore)
            if got is None:
                return None
            out |= got
        return frozenset(out) if len(out) <= _PRODUCT else None
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[:2] == (0, 1):
        got = _spelled(av[2], ignore)
        return None if got is None else got | {""}
    return None


def _spelled(items: Any, ignore: bool) -> frozenset[str] | None:
    """The strings a whole sequence matches, when every item's are known."""
    out = frozenset([""])
    for op, av in items:
        got = _exact(op, av, ignore)
        if got is None or len(out) * len(got) > _PRODUCT:
            return None
        out = frozenset(a + b for a in out for b in got)
    return out


def _sequence(items: Any, ignore: bool, most: int) -> frozenset[str] | None:
    """The best set one part of ``items`` requires: a run of items whose strings are known
    spells them all (", " and "Inc|Corp" as ", Inc|, Corp"); another item, its own set."""
    sets: list[frozenset[str]] = []
    run = frozenset([""])
    for op, av in items:
        got = _exact(op, av, ignore)
        if got is not None and len(run) * len(got) <= _PRODUCT:
            run = frozenset(a + b for a in run for b in got)
            continue
        sets.append(run)
        run = frozenset([""]) if got is None else got
        if got is None and (own := _item(op, av, ignore, most)):
            sets.append(own)
    sets.append(run)
    small = [s for s in sets if len(s) <= most and "" not in s]
    return max(small, key=_rank) if small else None


def _item(op: Any, av: Any, ignore: bool, most: int) -> frozenset[str] | None:
    """What one parse-tree item requires, or None (it may match without any string)."""
    name = str(op)
    if name == "SUBPATTERN":
        _group, add, remove, sub = av
        return _sequence(sub, (ignore or bool(add & _IGNORE)) and not remove & _IGNORE, most)
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            got = _sequence(alt, ignore, most)
            if not got:
                return None  # an alternative needing nothing: the branch needs nothing
            out |= got
        return frozenset(out)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        return _sequence(sub, ignore, most) if low >= 1 else None
    if name == "ATOMIC_GROUP":
        return _sequence(av, ignore, most)
    if name == "ASSERT":  # a lookahead or lookbehind: its words stand in the text
        return _sequence(av[1], ignore, most)
    return None  # classes, categories, anchors, negative assertions, group references


@cache
def required(pattern: re.Pattern[str], most: int = _MOST) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds (or reads by a lookaround),
    or None when no set of at most ``most`` long enough strings is known."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & _IGNORE:
        return None
    try:
        found = _sequence(_p.parse(pattern.pattern, pattern.flags), False, most)
    except re.error:  # pragma: no cover  (it compiled)
        return None
    return found if found and min(map(len, found)) >= _SHORTEST else None


_T = TypeVar("_T")


def by_identity(answer: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """``answer`` remembered by the pattern's identity: ``functools.cache`` hashes a pattern's
    whole source at each call (tens of kilobytes for a gazetteer's), at every rule of every
    article.  The pattern is kept with its answer, so its id is never another's; beyond
    ``_KEPT`` patterns the answers are forgotten and found again."""
    memo: dict[int, tuple[re.Pattern[str], _T]] = {}

    def remembered(pattern: re.Pattern[str]) -> _T:
        got = memo.get(id(pattern))
        if got is None or got[0] is not pattern:
            if len(memo) >= _KEPT:
                memo.clear()
            got = memo[id(pattern)] = (pattern, answer(pattern))
        return got[1]

    return remembered


_KEPT = 4096
_required_by_id = by_identity(required)


def absent(pattern: re.Pattern[str], text: str, seen: dict[str, bool] | None = None) -> bool:
    """``text`` holds none of the strings ``pattern`` requires: it has no match there.
    ``seen``: the answers for ``text`` already looked up, shared by its patterns."""
    needs = _required_by_id(pattern)
    if needs is None:
        return False
    memo = {} if seen is None else seen
    for needle in needs:
        here = memo.get(needle)
        if here is None:
            here = memo[needle] = needle in text
        if here:
            return False
    return True
