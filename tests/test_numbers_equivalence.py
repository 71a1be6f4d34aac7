"""``_sentence_quantities`` skips the code, clock and "a month" patterns where their quick
tests prove no match, and ``_numbers`` reads the currency sign before a number only where
one may be: both answer as the code before those shortcuts, on every text."""

from __future__ import annotations

import re

from summarizer._checks import numbers
from summarizer._checks.numbers import (
    _AGED,
    _CODE,
    _CURRENCY,
    _DIGIT,
    _HEAD,
    _ONE,
    _ORD_SUFFIX,
    _SCALES,
    _THE,
    _TIME,
    _UNITS,
    Quantity,
    _blanked,
    _number_pattern,
    _numberless,
    _word_value,
)
from summarizer._text.casing import folds_to_ascii, lowered
from tests.support import joined_pieces
from tests.test_checks_shortcuts import articles


def _numbers(text: str) -> list[tuple[int, str | None, re.Match[str]]]:
    """``numbers._numbers`` as it was: a currency sign and a space tried before every number."""
    words = numbers._NUMBER_WORDS.isdisjoint(numbers.letter_runs(text.lower()))
    none = not folds_to_ascii(text) and words
    out: list[tuple[int, str | None, re.Match[str]]] = []
    end = 0
    for m in _number_pattern(numbers._NO_WORDS if none else numbers._NUMBER_LIST).finditer(text):
        at = m.start()
        for start in range(max(end, at - 4), at + 1):
            head = _HEAD.fullmatch(text, start, at)
            if head is not None:
                out.append((start, head.group("cur"), m))
                break
        end = m.end()
    return out


def _before(text: str) -> tuple[Quantity, ...]:
    """``_sentence_quantities`` as it was: every pattern tried on a text with a digit."""
    digits = _DIGIT.search(text) is not None
    if not digits and _numberless(text):
        return ()
    out: list[Quantity] = []
    masked = text
    if digits:
        masked = _CODE.sub(lambda m: m[0] if _ORD_SUFFIX.match(m[0]) else " " * len(m[0]), text)
        clocks = list(_TIME.finditer(masked))
        for m in clocks:
            out.append(Quantity(m.group(0), int(m.group(1)) * 60 + float(m.group(2)), "clock",
                                m.start(), m.end()))  # fmt: skip
        masked = _blanked(masked, clocks)
    ones = list(_ONE.finditer(masked))
    for m in ones:
        value = 12.0 if lowered(m.group(1)) == "dozen" else 1.0
        out.append(Quantity(m.group(0), value, _UNITS.get(lowered(m.group(1))), m.start(), m.end()))
    masked = _blanked(masked, ones)
    for start, cur, m in _numbers(masked):
        unit: str | None = None
        if m.group("num"):
            value = float(m.group("num").replace(",", ""))
            if m.group("ord"):
                unit = "ordinal"
        else:
            word = m.group("word")
            vague = lowered(word) in ("one", "zero", "second", "hundred", "thousand", "dozen")
            pair = lowered(word) == "two" and _THE.search(masked, max(0, start - 16), start)
            if vague and not (m.group("scale") or m.group("unit")):
                continue
            parsed = _word_value(word)
            if parsed is None:
                continue
            value, unit = parsed
        if m.group("scale"):
            value *= _SCALES[lowered(m.group("scale"))]
        if m.group("unit"):
            unit = _UNITS[lowered(m.group("unit"))]
        if cur:
            unit = _CURRENCY[lowered(cur)]
        if (
            unit is None
            and m.group("num")
            and _AGED.search(masked, max(0, m.start("num") - 64), m.start("num"))
        ):
            unit = "year"
        paired = bool(not m.group("num") and pair and not m.group("unit"))
        said = masked[start : m.end()].strip()
        out.append(Quantity(said, value, unit, start, m.end(), paired))
    return tuple(out)


# Pieces that make codes ("Crew-11", "39A", "3rd", "2bn"), clock times, "a month", "an
# hour", number words, currencies and the characters that fold to an ASCII letter.
_PIECES = [
    "a", "an", "one", "A", "One", "month", "Month", "day", "dozen", "hour", "year", "second",
    "two", "Two", "the", "thirds", "half", "million", "bn", "percent", "%", "$", "US$", "£",
    "Crew", "CBS", "x", "LN", "39", "11", "3", "2", "10", "05", "1,000", "2.5", "rd", "th",
    "10:30", "7:45", "a month", "An hour", "A1", "b2", "7k", "aged", "ages", "\u017fecond",
    "\u212a", "\u0130", "\u0131", "é", "_", "€", "¥", "u\u017f$", "\u00a0", "\x1c", "$ ",
]  # fmt: skip
_GLUE = [" ", " ", " ", "", "-", ":", ", ", ".", "'s ", "\n", "—"]


def _texts(seed: int, n: int) -> list[str]:
    return joined_pieces(_PIECES, _GLUE, n, seed, most=9)


def test_quantities_are_found_as_before_the_skips() -> None:
    texts = [s.text for doc, _ in articles() for s in doc.sentences] + _texts(8, 30000)
    found = 0
    for t in texts:
        expected = _before(t)
        assert numbers._sentence_quantities.__wrapped__(t) == expected, t
        found += len(expected)
    assert found > 20000
    # Each skip is taken, and each pattern it guards still matches where it may.
    assert sum(_CODE.search(t) is not None for t in texts) > 1000
    assert sum(_TIME.search(t) is not None for t in texts) > 1000
    assert sum(_ONE.search(t) is not None for t in texts) > 1000


def test_each_skip_is_a_necessary_condition_of_its_pattern() -> None:
    texts = [s.text for doc, _ in articles() for s in doc.sentences] + _texts(9, 30000)
    for t in texts:
        if _CODE.search(t):
            assert numbers._GLUED.search(t), t
        if _ONE.search(t):
            assert numbers._may_one(t), t
    assert sum(not numbers._may_one(t) for t in texts) > 1000
    assert sum(numbers._GLUED.search(t) is None and _DIGIT.search(t) is not None
               for t in texts) > 1000  # fmt: skip
