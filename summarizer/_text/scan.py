"""A pattern's first characters, checked before the pattern is tried: the same matches, faster.

``re`` skips ahead quickly only for a pattern that starts with a literal or a plain
character class.  Most rule patterns start with a lookbehind, ``\\b``, an optional word or
a case-insensitive alternation, so the engine tries each of their branches at every
position of the text: the cost of the actor and date finders.  ``prefiltered`` reads the
pattern's parse tree for the characters a match can start with and puts them first as a
lookahead, ``(?=[...])``: one class test rejects most positions.  A lookahead consumes
nothing, so every match, group and span is the same; a pattern whose first characters
cannot be listed (it may match empty, or starts with ``.`` or a negated class) is
returned unchanged.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # CPython's own parser (3.11+); without it, patterns run unchanged
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _p = None

__all__ = ["first_class", "prefiltered"]

_CATEGORY = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class _Unknown(Exception):
    """The first characters cannot be listed as a class."""


def _escape(code: int) -> str:
    return re.escape(chr(code))


def _class_items(items: Any) -> list[str]:
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_escape(av))
        elif name == "RANGE":
            out.append(f"{_escape(av[0])}-{_escape(av[1])}")
        elif name == "CATEGORY" and str(av) in _CATEGORY:
            out.append(_CATEGORY[str(av)])
        else:  # NEGATE, locale categories
            raise _Unknown
    return out


def _first(seq: Any, ignore: bool, sens: list[str], folded: list[str]) -> bool:
    """Add the first characters of ``seq`` to ``sens`` (or ``folded`` when case-insensitive);
    True when ``seq`` may match the empty string."""
    for op, av in seq:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item consumes the first character
        if name == "LITERAL":
            (folded if ignore else sens).append(_escape(av))
            return False
        if name == "IN":
            (folded if ignore else sens).extend(_class_items(av))
            return False
        if name == "BRANCH":
            empty = False
            for alt in av[1]:
                empty = _first(alt, ignore, sens, folded) or empty
            if not empty:
                return False
            continue
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            flag = int(re.IGNORECASE)
            here = (ignore or bool(add & flag)) and not remove & flag
            if not _first(sub, here, sens, folded):
                return False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            if not _first(sub, ignore, sens, folded) and low > 0:
                return False
            continue
        if name == "ATOMIC_GROUP":
            if not _first(av, ignore, sens, folded):
                return False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, group references, conditionals
    return True


def first_class(pattern: re.Pattern[str]) -> str | None:
    """A lookahead matching every character a match of ``pattern`` can start with, or None."""
    if _p is None or not isinstance(pattern.pattern, str):
        return None
    sens: list[str] = []
    folded: list[str] = []
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        ignore = bool(pattern.flags & re.IGNORECASE)
        if _first(tree, ignore, sens, folded):
            return None  # may match empty: at any position
    except (_Unknown, re.error):
        return None
    parts = []
    if sens:
        parts.append(f"[{''.join(dict.fromkeys(sens))}]")
    if folded:
        parts.append(f"(?i:[{''.join(dict.fromkeys(folded))}])")
    return f"(?={'|'.join(parts)})"


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead of its first characters: the same matches and groups."""
    head = first_class(pattern)
    if head is None or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):  # global inline flags
        return pattern
    tail = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment ends at the line
    return re.compile(f"{head}(?:{pattern.pattern}{tail})", pattern.flags)
