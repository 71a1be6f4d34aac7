"""Numbers and quantities: every number a model writes must be one the cited text states.

Values are normalised before they are compared ("$1bn" == "$1 billion" ==
"1,000,000,000 dollars", "30%" == "30 percent", "six-month" == "6 months"), and
so are units: a number whose unit changed ("percent" -> "percentage points",
"miles" -> "kilometres") fails even when the value matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from summarizer._checks.names import pieces
from summarizer._lang import trie
from summarizer._lang.words import letter_runs, letter_set
from summarizer._text.casing import folds_to_ascii, lowered
from summarizer._text.scan import prefiltered

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: E501
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_ONES)}
_WORDS.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
_WORDS.update({"dozen": 12.0, "hundred": 100.0, "thousand": 1e3})
_WORDS.update({"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6})
_ORDINALS = {
    w: float(i)
    for i, w in enumerate(
        "_ _ second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
    if w != "_"
}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 100.0,
}  # fmt: skip
_UNITS = {
    "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent",
    "percentage point": "points", "percentage points": "points", "points": "points",
    "point": "points", "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR", "rubles": "RUB", "roubles": "RUB",
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "mile": "mile", "miles": "mile", "km": "km", "kilometre": "km", "kilometres": "km",
    "kilometer": "km", "kilometers": "km", "metre": "m", "metres": "m", "meter": "m",
    "meters": "m", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "ton": "ton", "tons": "ton",
    "tonne": "tonne", "tonnes": "tonne", "barrel": "barrel", "barrels": "barrel",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "gallon": "gallon", "gallons": "gallon", "litre": "litre", "litres": "litre",
    "liter": "litre", "liters": "litre", "degree": "degree", "degrees": "degree",
}  # fmt: skip
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

# Tries, not alternations: the number words are tried at every word of every sentence
# that has a number (as alternations, half the check's cost).
_NUMWORD = trie([*_WORDS, *_ORDINALS, *_FRACTIONS])
_SCALE = trie(_SCALES)
_UNIT = trie(_UNITS)
_NUMBER_REST = (
    rf"(?:(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<ord>st|nd|rd|th)?"
    rf"|(?P<word>\b(?:{{words}})(?:[- ](?:{{words}}))*\b))"
    rf"(?:[ -]?(?P<scale>\b(?:{_SCALE})\b|(?<=\d)(?:bn|m|k|tn)\b))?"
    rf"(?:[ -]?(?P<unit>%|(?<=[\w -])(?:{_UNIT})\b))?"
)
# What may stand before a number: a currency sign and a space, at most four characters.
_CUR = r"(?P<cur>US\$|\$|€|£|¥)?\s?"
_HEAD = re.compile(_CUR, re.IGNORECASE)


@lru_cache(maxsize=1)
def _whole_number() -> re.Pattern[str]:
    """What a number is, as one pattern: ``_numbers`` finds the same matches faster.  Only
    the tests holding it to that compile it (some 35 ms, at every import when it was a
    constant)."""
    return prefiltered(re.compile(_CUR + _NUMBER_REST.replace("{words}", _NUMWORD), re.I))


_NUMBER_LIST = (*_WORDS, *_ORDINALS, *_FRACTIONS)


@lru_cache(maxsize=2)
def _number_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """``_whole_number()`` without its optional currency sign and space (``_numbers`` reads them),
    for the number words ``words`` only: every one, or none (``_NO_WORDS``).  Compiled
    once each per process: a pattern per set of words a text holds took 3-5 ms to compile
    for each new set (several in an article read cold) to save 5 us per sentence."""
    return prefiltered(re.compile(_NUMBER_REST.replace("{words}", trie(words)), re.IGNORECASE))


_NO_WORDS = ("quarter",)  # no number word: one no text holds then, so the trie has first letters


def _numbers(text: str) -> list[tuple[int, str | None, re.Match[str]]]:
    """``_whole_number().finditer(text)`` as (start, currency sign, match of the number and what
    follows it): the same matches in a third of the time.

    The whole pattern may start with a currency sign and a space, so it was tried at every space
    and its currency branch at every word starting like a number word: half the numbers
    check.  Here the number is found first, by a pattern holding no number word when
    ``text`` contains none (one it lacks matches nowhere; the trie's branches differ in
    their first letter, so the rest are tried as before), and the match starts where
    the whole pattern would have started it: the first point, not inside the previous match,
    from which a currency sign and a space lead to the number.
    """
    # A word a match uses stands between non-word characters, so (no character folding to
    # an ASCII letter, checked first) it is a whole run of letters of the lowered text: a
    # set of runs tells in one lookup a word what sixty substring searches told.
    none = not folds_to_ascii(text) and _NUMBER_WORDS.isdisjoint(letter_runs(text.lower()))
    keys = _NO_WORDS if none else _NUMBER_LIST
    out: list[tuple[int, str | None, re.Match[str]]] = []
    end = 0
    for m in _number_pattern(keys).finditer(text):
        at = m.start()
        lo = max(end, at - 4)
        last = text[at - 1] if at > lo else ""
        if last in _SIGNS or (last.isspace() and at - 1 > lo and text[at - 2] in _SIGNS):
            for start in range(lo, at + 1):
                head = _HEAD.fullmatch(text, start, at)
                if head is not None:
                    out.append((start, head.group("cur"), m))
                    break
        else:  # no sign before it: the space before it, if any (one ``\s``; str.isspace)
            out.append((at - 1 if last.isspace() else at, None, m))
        end = m.end()
    return out


# What every currency sign of ``_HEAD`` ends with (no other character matches one of them,
# case-insensitively): a head longer than a space ends so, or in a space after one.
_SIGNS = frozenset("$€£¥")


_TIME_UNITS = "second|minute|hour|day|week|month|year|decade|century|mile|dozen"
_ONE = prefiltered(re.compile(rf"\b(?:a|an|one)[ -]({_TIME_UNITS})\b", re.IGNORECASE))
_TIME = prefiltered(re.compile(r"\b(\d{1,2}):(\d{2})\b"))
# "aged 11 to 18", "ages 5-9": the numbers are years though no unit is written.
# Both searched in a window before the number (from the text's start, each number cost a
# scan of everything before it).
_THE = re.compile(r"\b[Tt]he\s*$")
_AGED = re.compile(r"\b(?:aged|ages?)\s+(?:between\s+)?(?:\d+\s*(?:to|-|–|and)\s*)?$", re.I)
# A digit glued to letters is part of a name or code ("Crew-11", "CBS2", "39A", "LN-1").
# Possessive: a run of letters (or digits) is never given back to try a shorter one,
# which could not be followed by what must follow it.
_CODE = prefiltered(re.compile(r"\b[A-Za-z]++-?\d++[A-Za-z0-9]*+\b|\b\d++[A-Za-z]++\d*+\b"))
_ORD_SUFFIX = re.compile(r"^\d+(?:st|nd|rd|th|s|bn|m|k|tn)$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    text: str
    value: float
    unit: str | None
    start: int
    end: int
    pair: bool = False  # "the two countries": a pair the text names, not a count it states


_HYPHEN_OR_SPACE = re.compile(r"[- ]")


def _word_value(words: str) -> tuple[float, str | None] | None:
    parts = _HYPHEN_OR_SPACE.split(lowered(words))
    if len(parts) == 2 and parts[1] in _FRACTIONS and parts[0] in _WORDS:
        return _WORDS[parts[0]] * _FRACTIONS[parts[1]], "fraction"
    if len(parts) == 1 and parts[0] in _FRACTIONS:
        return _FRACTIONS[parts[0]], "fraction"
    if len(parts) == 1 and parts[0] in _ORDINALS:
        return _ORDINALS[parts[0]], "ordinal"
    total = 0.0
    for p in parts:
        if p in _ORDINALS or p in _FRACTIONS:
            return None
        v = _WORDS[p]
        total = total * v if v >= 100 and total else total + v
    return total, None


@lru_cache(maxsize=1024)
def quantities(text: str) -> tuple[Quantity, ...]:
    """The numbers ``text`` states, values and units normalised; codes and names skipped.

    Per sentence, cached: the article's sentences are parsed once for all its items."""
    parts = pieces(text)
    if len(parts) == 1:
        return _sentence_quantities(text)
    return tuple(
        Quantity(q.text, q.value, q.unit, q.start + at, q.end + at, q.pair)
        for at, part in parts
        for q in _sentence_quantities(part)
    )


_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset([*_WORDS, *_ORDINALS, *_FRACTIONS])
_ONE_WORDS = frozenset(["a", "an", "one"])
_ONE_UNITS = frozenset(_TIME_UNITS.split("|"))


def _numberless(text: str) -> bool:
    """No number word and no "a month": in a text without a digit (checked first, by the
    caller), nothing the patterns below could match."""
    words = letter_set(text)
    return words.isdisjoint(_NUMBER_WORDS) and (
        words.isdisjoint(_ONE_WORDS) or words.isdisjoint(_ONE_UNITS)
    )


# Where ``_CODE`` can match: a digit after a letter (and maybe a hyphen) or before one.  Its
# class is the digits, which ``re`` skips to in C: ``_CODE``'s is every letter too, each
# tried at every position (a fifth of the check).  tests/test_numbers_equivalence.py.
_GLUED = re.compile(r"\d(?:(?<=[A-Za-z].)|(?<=[A-Za-z]-.)|(?=[A-Za-z]))")


def _unless_ordinal(m: re.Match[str]) -> str:
    """A code blanked, an ordinal or a count with its scale ("3rd", "2bn") kept."""
    return m[0] if _ORD_SUFFIX.match(m[0]) else " " * len(m[0])


def _may_one(text: str) -> bool:
    """Whether ``_ONE`` may match ``text``: its words "a"/"an"/"one" and a unit are whole
    runs of letters (between ``\b``s), unless a character folding to an ASCII letter
    stands in one."""
    if folds_to_ascii(text):
        return True
    words = letter_set(text)
    return not (words.isdisjoint(_ONE_WORDS) or words.isdisjoint(_ONE_UNITS))


def _blanked(text: str, found: list[re.Match[str]]) -> str:
    """``pattern.sub(lambda m: " " * len(m.group(0)), text)`` for its matches ``found``
    (``sub`` replaces exactly what ``finditer`` finds): without a second search."""
    if not found:
        return text
    out: list[str] = []
    at = 0
    for m in found:
        out += (text[at : m.start()], " " * (m.end() - m.start()))
        at = m.end()
    out.append(text[at:])
    return "".join(out)


@lru_cache(maxsize=8192)
def _sentence_quantities(text: str) -> tuple[Quantity, ...]:
    digits = _DIGIT.search(text) is not None
    if not digits and _numberless(text):
        return ()
    out: list[Quantity] = []
    masked = text
    if digits:  # codes and clock times have digits: without one, nothing to mask
        if _GLUED.search(text) is not None:  # no code without a digit glued to a letter
            masked = _CODE.sub(_unless_ordinal, text)
        if ":" in masked:  # a clock time has a colon (``_CODE`` blanks none)
            clocks = list(_TIME.finditer(masked))
            for m in clocks:
                out.append(Quantity(m.group(0), int(m.group(1)) * 60 + float(m.group(2)),
                                    "clock", m.start(), m.end()))  # fmt: skip
            masked = _blanked(masked, clocks)
    ones = list(_ONE.finditer(masked)) if _may_one(masked) else []
    for m in ones:  # "a month earlier" states one month
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
                continue  # "one of", "a second time": only with a scale or unit a number
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


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _stated(q: Quantity, text: str) -> bool:
    """Whether ``text`` states ``q``'s value in its unit: sentence by sentence, stopping at
    the first that does (a headline's number is usually in the article's first lines)."""
    return any(
        _same(t.value, q.value) and t.unit == q.unit
        for _, part in pieces(text)
        for t in _sentence_quantities(part)
    )


def check_numbers(
    item: str,
    cited: str,
    skip: list[tuple[int, int]],
    locate: Callable[[str], str] | None = None,
) -> str | bool | None:
    """A failure message, True (numbers checked and found), or None (the item has none).

    ``skip`` are spans of ``item`` the dates check owns (a date's day and year are not counts).
    ``locate`` (headline and abstract, which cite the whole article): the text of the
    sentences that best state the words around a number, where that number must be, unless
    the article states it with the very same unit ("seven-day" does not make "seven
    instruments" true).
    """
    mine = [
        q for q in quantities(item) if not q.pair and not any(a <= q.start < b for a, b in skip)
    ]
    if not mine:
        return None
    for q in mine:
        if locate is not None and _stated(q, cited):
            continue  # the article states this very quantity, unit and all
        where = cited if locate is None else locate(item[max(0, q.start - 60) : q.end + 60])
        theirs = quantities(where)
        same_value = [t for t in theirs if _same(t.value, q.value)]
        # An item may add a unit the text implies ("$1bn" for "1 billion"), not drop one:
        # "seven instruments" is not the "seven-day" journey.
        if any(t.unit is None or t.unit == q.unit for t in same_value):
            continue
        if same_value:
            return f"{q.text!r} is not in the cited text (it says {same_value[0].text!r})"
        near = [t for t in theirs if t.unit == q.unit and q.unit is not None] or theirs
        said = f" (it says {near[0].text!r})" if near else ""
        return f"{q.text!r} is not in the cited text{said}"
    return True
