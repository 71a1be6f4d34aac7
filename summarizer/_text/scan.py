"""A pattern's first characters, checked before the pattern is tried: the same matches, faster.

``re`` skips ahead quickly only for a pattern that starts with a literal or a plain
character class: its compiled code then opens with an information block holding that
prefix or class, and the search tests each position against it in a tight C loop before
trying the pattern there.  Most rule patterns start with a lookbehind, ``\\b``, an
optional word or a case-insensitive alternation, so ``re`` writes no such class and
tries each of their branches at every position of the text: the cost of the actor and
date finders.  ``prefiltered`` reads the pattern's parse tree for the characters a match
can start with and gives ``re`` that class itself:

* compiled with ``re``'s own compiler, the pattern unchanged, its information block
  holding the class (the characters of a case-insensitive first letter listed in both
  cases, with the few other code points that fold to an ASCII letter).  The class only
  chooses where matching is tried, and a match can start nowhere else, so every match,
  group and span is the same; the pattern's text is the same too;
* before compiling, a branch's alternatives that open alike are joined ("says|said|say"
  as "s(?:a(?:y(?:s|)|id))", ``_grouped``): re tries a branch's alternatives one after
  another, a hundred roles or speech verbs at each candidate position.  An alternative is
  moved only past those whose first characters it cannot share, so the branch matches
  what it did, in the order it did;
* where that cannot be built (another Python, a case-insensitive first letter outside
  ASCII), the class goes first as a lookahead, ``(?=[...])``: one test rejects most
  positions, and a lookahead consumes nothing;
* a pattern whose first characters cannot be listed (it may match empty, or starts with
  ``.``) gets its branches joined only, or is returned unchanged.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
import weakref
from typing import Any, TypeVar

from summarizer._text.casing import lowered as lowered  # its home before casing.py

try:  # CPython's own parser and compiler (3.11+); without them, patterns run unchanged
    _p: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._compiler")
    _sre: Any = importlib.import_module("_sre")
except ImportError:  # pragma: no cover
    _p = _c = _sre = None

__all__ = ["every_field_prefiltered", "first_class", "lowered", "prefiltered", "scans_fast"]

_CATEGORY = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
# Code points outside ASCII that a case-insensitive ASCII letter matches (re's simple case
# folding and its equivalences; tests/test_scan.py checks every code point).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# What ``prefiltered`` returned, by identity (equal patterns are distinct objects).
_fast: weakref.WeakValueDictionary[int, re.Pattern[str]] = weakref.WeakValueDictionary()

_D = TypeVar("_D")


class _Unknown(Exception):
    """The first characters cannot be listed as a class."""


Item = tuple[Any, Any]  # a parse tree's class item: (LITERAL, code), (RANGE, (lo, hi)), ...


# A negated class that excludes a category's complement lies inside the category:
# [^\W\d_] (a letter) is in \w.  Case-sensitive only (a folded class tests a lowered char).
_INSIDE = {
    "CATEGORY_NOT_WORD": "CATEGORY_WORD",
    "CATEGORY_NOT_SPACE": "CATEGORY_SPACE",
    "CATEGORY_NOT_DIGIT": "CATEGORY_DIGIT",
}


def _class_items(items: Any, ignore: bool = False) -> list[Item]:
    if items and str(items[0][0]) == "NEGATE" and not ignore and _c is not None:
        for op, av in items[1:]:
            if str(op) == "CATEGORY" and str(av) in _INSIDE:
                return [(op, getattr(_c, _INSIDE[str(av)]))]  # a superset of the class
        raise _Unknown
    out = []
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "RANGE") or (name == "CATEGORY" and str(av) in _CATEGORY):
            out.append((op, av))
        else:  # NEGATE, locale categories
            raise _Unknown
    return out


def _first(seq: Any, ignore: bool, sens: list[Item], folded: list[Item]) -> bool:
    """Add the first characters of ``seq`` to ``sens`` (or ``folded`` when case-insensitive);
    True when ``seq`` may match the empty string."""
    for op, av in seq:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item consumes the first character
        if name == "LITERAL":
            (folded if ignore else sens).append((op, av))
            return False
        if name == "IN":
            (folded if ignore else sens).extend(_class_items(av, ignore))
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


def _parsed(pattern: re.Pattern[str]) -> Any:
    """``pattern``'s parse tree, or None (bytes, another Python)."""
    if _p is None or not isinstance(pattern.pattern, str):
        return None
    try:
        return _p.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover  (it compiled)
        return None


def _firsts(pattern: re.Pattern[str], tree: Any = None) -> tuple[list[Item], list[Item]] | None:
    """The class items a match can start with, case-sensitive and case-insensitive."""
    tree = tree if tree is not None else _parsed(pattern)
    if tree is None:
        return None
    sens: list[Item] = []
    folded: list[Item] = []
    try:
        if _first(tree, bool(pattern.flags & re.IGNORECASE), sens, folded):
            return None  # may match empty: at any position
    except (_Unknown, re.error):
        return None
    return sens, folded


def _escaped(items: list[Item]) -> str:
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(re.escape(chr(av)))
        elif name == "RANGE":
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            out.append(_CATEGORY[str(av)])
    return "".join(dict.fromkeys(out))


def first_class(pattern: re.Pattern[str]) -> str | None:
    """A lookahead matching every character a match of ``pattern`` can start with, or None."""
    got = _firsts(pattern)
    if got is None:
        return None
    sens, folded = got
    parts = [f"[{_escaped(sens)}]"] if sens else []
    if folded:
        parts.append(f"(?i:[{_escaped(folded)}])")
    return f"(?={'|'.join(parts)})"


def _unfolded(items: list[Item]) -> list[Item]:
    """Case-insensitive class items as a case-sensitive class of every character they match
    (ASCII letters only: raise _Unknown for a cased character outside ASCII)."""
    literal = _c.LITERAL
    out: list[Item] = []
    for op, av in items:
        name = str(op)
        if name == "CATEGORY":
            out.append((op, av))  # \d, \w, \s: the same in either case
            continue
        codes = range(av, av + 1) if name == "LITERAL" else range(av[0], av[1] + 1)
        for code in codes:
            ch = chr(code)
            if code < 128 or not _sre.unicode_iscased(code):
                forms = ch + ch.lower() + ch.upper() + _FOLDS.get(ch.lower(), "")
                out += [(literal, ord(form)) for form in dict.fromkeys(forms)]
            else:
                raise _Unknown
    return out


def _codes(items: list[Item], ignore: bool) -> set[int] | None:
    """Every character of literal and range ``items`` (both cases where ``ignore``, with
    what folds to them); None for a category or a folded cased character outside ASCII."""
    codes: set[int] = set()
    for o, a in items:
        name = str(o)
        if name not in ("LITERAL", "RANGE"):
            return None
        span = range(a, a + 1) if name == "LITERAL" else range(a[0], a[1] + 1)
        if len(span) > 256:
            return None
        for code in span:
            ch = chr(code)
            if ignore and code >= 128 and _sre.unicode_iscased(code):
                return None
            forms = ch + ch.lower() + ch.upper() + _FOLDS.get(ch.lower(), "") if ignore else ch
            codes.update(map(ord, forms))
    return codes


def _chars(item: Item, ignore: bool) -> frozenset[int] | None:
    """Every character ``item`` (a literal or a class of literals and ranges, no negation)
    can match, or more; None when unknown (a category, a folded letter outside ASCII)."""
    op, av = item
    name = str(op)
    if name not in ("LITERAL", "IN"):
        return None
    codes = _codes([item] if name == "LITERAL" else list(av), ignore)
    return None if codes is None else frozenset(codes)


def _opening(alt: Any, ignore: bool) -> frozenset[int] | None:
    """Every character a match of ``alt`` can start with (or more); None when unknown or
    ``alt`` may match the empty string."""
    sens: list[Item] = []
    folded: list[Item] = []
    try:
        if _first(alt, ignore, sens, folded):
            return None
    except _Unknown:
        return None
    codes, more = _codes(sens, False), _codes(folded, True)
    return None if codes is None or more is None else frozenset(codes | more)


def _key(item: Item) -> Item:
    op, av = item
    return (op, tuple(av)) if isinstance(av, list) else item


def _grouped(alts: list[Any], ignore: bool) -> list[Any] | None:
    """``alts`` (a branch's alternatives) with those that open on the same character (or
    class) joined: "says|said|say" as "sa(?:ys|id|y)" (then "y(?:s|)|id").  Alternatives
    are moved only past ones whose first characters they cannot share, which can never
    match where they do, so the branch matches what it did, in the order it did; None
    when nothing is joined or an alternative's first characters are unknown."""
    firsts: dict[Any, frozenset[int]] = {}
    order: dict[Any, list[Any]] = {}
    literal, klass = _c.LITERAL, _c.IN
    for alt in alts:
        if not alt.data:
            return None
        head = alt.data[0]
        key: Any = None
        opening: frozenset[int] | None = None
        if head[0] is literal or head[0] is klass:
            key = _key(head)
            if key in order:  # the same opening: the same characters
                order[key].append(alt)
                continue
            opening = _chars(head, ignore)  # consumed first: the alternative's first characters
            if opening is None:
                key = None
        if key is None:  # opens on a group or a category: kept whole, read through
            key, opening = ("alone", id(alt)), _opening(alt, ignore)
        if opening is None:
            return None
        firsts[key] = opening
        order[key] = [alt]
    if len(order) == len(alts):
        return None
    seen: set[int] = set()
    for chars in firsts.values():  # two different openings never share a character
        if seen & chars:
            return None
        seen |= chars
    out = []
    for group in order.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        state = group[0].state
        rests = [_p.SubPattern(state, alt.data[1:]) for alt in group]
        inner = _grouped(rests, ignore) or rests
        out.append(_p.SubPattern(state, [group[0].data[0], (_c.BRANCH, (None, inner))]))
    return out


_REPEATS = () if _c is None else (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def _factored(seq: Any, ignore: bool) -> None:
    """Join the alternatives of every branch in ``seq`` (in place) that open alike."""
    flag = int(re.IGNORECASE)
    for i, (op, av) in enumerate(seq.data):
        if op is _c.BRANCH:
            for alt in av[1]:
                _factored(alt, ignore)
            joined = _grouped(av[1], ignore)
            if joined is not None:
                seq.data[i] = (op, (av[0], joined))
        elif op is _c.SUBPATTERN:
            _factored(av[3], (ignore or bool(av[1] & flag)) and not av[2] & flag)
        elif op in _REPEATS:
            _factored(av[2], ignore)
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            _factored(av[1], ignore)
        elif op is _c.ATOMIC_GROUP:
            _factored(av, ignore)


def _with_class(
    pattern: re.Pattern[str], tree: Any, items: list[Item] | None
) -> re.Pattern[str] | None:
    """``pattern`` compiled by ``re``'s compiler with ``items`` as its information block's
    first-character class (unless re wrote a prefix or class itself) and its branches'
    alike openings joined (``_grouped``); None where the code is refused."""
    try:
        _factored(tree, bool(pattern.flags & re.IGNORECASE))  # in place: read firsts before
        code = _c._code(tree, pattern.flags)
        info, skip, mask, low, high = code[:5]
        if info != _c.INFO or not low:  # may match empty
            return None
        head = code[: 1 + skip]  # re's own prefix or class, kept where it wrote one
        if not mask and items is not None:
            charset, cased = _c._optimize_charset(items)
            if cased:  # pragma: no cover  (no case folding asked: never)
                return None
            head = [_c.INFO, 0, _c.SRE_INFO_CHARSET, low, high]
            _c._compile_charset(charset, tree.state.flags | pattern.flags, head)
            head[1] = len(head) - 1
        groups = tree.state.groupdict
        names: list[str | None] = [None] * tree.state.groups
        for name, index in groups.items():
            names[index] = name
        flags = pattern.flags | tree.state.flags
        out: re.Pattern[str] = _sre.compile(
            pattern.pattern, flags, head + code[1 + skip :], tree.state.groups - 1, groups,
            tuple(names),
        )  # fmt: skip
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error, _Unknown):
        return None  # another CPython's internals: the lookahead below
    return out


def scans_fast(pattern: re.Pattern[str]) -> bool:
    """True when ``prefiltered`` gave ``pattern`` its first characters (either way)."""
    return _fast.get(id(pattern)) is pattern


def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` searched only where its first characters stand: the same matches and
    groups."""
    if scans_fast(pattern):
        return pattern
    tree = _parsed(pattern)
    got = _firsts(pattern, tree)
    try:
        items = None if got is None else got[0] + _unfolded(got[1])
        fast = None if tree is None else _with_class(pattern, tree, items)
    except _Unknown:
        fast = None
    if fast is None:
        head = first_class(pattern)
        if head is None or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):  # global flags
            return pattern
        tail = "\n" if pattern.flags & re.VERBOSE else ""  # a trailing comment ends at the line
        fast = re.compile(f"{head}(?:{pattern.pattern}{tail})", pattern.flags)
    _fast[id(fast)] = fast
    return fast


def every_field_prefiltered(rules: _D) -> _D:
    """A frozen dataclass of one pack's patterns with every pattern field ``prefiltered``
    (a field already prefiltered is kept): a finder added to the rules gets it too."""
    assert dataclasses.is_dataclass(rules) and not isinstance(rules, type)
    fields = {
        f.name: prefiltered(value)
        for f in dataclasses.fields(rules)
        if isinstance(value := getattr(rules, f.name), re.Pattern)
    }
    return dataclasses.replace(rules, **fields)
