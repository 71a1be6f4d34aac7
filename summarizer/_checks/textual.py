"""Quoted words and dates: what the item puts in quotation marks or on the calendar.

Quotation marks promise the source's own words, so their content must occur
verbatim (folding only quote style, dashes, case and whitespace).  A date or
weekday in the item is resolved by code against the publication date and must
equal (or contain) a date the cited text resolves to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from summarizer._extract.date_find import candidates
from summarizer._extract.date_finders import _MONTH_AT, FINDERS, RELATIVE, _finder
from summarizer._extract.date_resolve import LEAD_PREP
from summarizer._extract.dates import TimeExpression, find_time_expressions
from summarizer._lang import alternation
from summarizer._lang.en import ENGLISH
from summarizer._lang.words import letter_set
from summarizer._text.casing import folds_to_ascii
from summarizer._text.scan import prefiltered

_DATE_WORDS = {f for forms in ENGLISH.months for f in forms} | {*ENGLISH.weekdays}
_DATE_WORDS |= {*ENGLISH.time_words}

# Quote styles and dashes folded to ASCII, one ``str.replace`` each: ``str.translate`` with
# a table looks every character of a text holding one non-ASCII character up in a dict
# (0.7 ms for a 4,000-character article, the headline's and abstract's cited text).
_FOLD = (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))
_QUOTED = prefiltered(
    re.compile(r"[\"“”]([^\"“”]{2,}?)[\"“”]|(?<![\w])['‘]([^'‘’]{2,}?)['’](?![\w])")
)
# Checks read model answers against an article already checked to be English (_lang).
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(ENGLISH.weekdays)})\b", re.IGNORECASE)
_PREP = re.compile(r"^(?:on|in|since|by|until|from|during|of|at)\s+", re.IGNORECASE)
_EDGE = " \t\n.,;:!?'\"…"


_ELLIPSIS = re.compile(r"\.\.\.|…")


def fold(text: str) -> str:
    """Quote style, dashes, case and whitespace folded; nothing else."""
    if not text.isascii():  # every mark is outside ASCII (``isascii`` reads a flag)
        for mark, plain in _FOLD:  # no output is a mark: the same as one pass over the text
            text = text.replace(mark, plain)
    return " ".join(text.casefold().replace("...", "…").split())


@lru_cache(maxsize=256)
def _hay(cited: str) -> str:
    """``fold(cited)``, cached: the quotes and dates checks of every item fold its cited
    text, the whole article for headline and abstract."""
    return fold(cited)


def check_quotes(item: str, cited: str) -> str | bool | None:
    """Anything in quotation marks in ``item`` occurs verbatim in ``cited``."""
    quoted = [(m.group(1) or m.group(2)) for m in _QUOTED.finditer(item)]
    quoted = [q for q in quoted if q.strip(_EDGE)]
    if not quoted:
        return None
    hay = _hay(cited)
    for q in quoted:
        # An ellipsis marks words left out: each piece must still be verbatim.
        pieces = [p.strip(_EDGE) for p in _ELLIPSIS.split(fold(q))]
        if not all(p in hay for p in pieces if p):
            return f"the quoted words {q!r} are not in the cited text"
    return True


# A date word of an item: a year, one of ``_DATE_WORDS`` or a digit-hyphen-digit.  An
# alternation of all ~50 words, tried at every word, cost more than the rest of the check,
# and so did reading every word in Python to look it up: the pattern holds only the date
# word the item contains, compiled once per word and process (~0.3 ms); an item holding
# two or more takes the full alternation, as a pattern per set of words would be compiled
# anew for most items a model writes.  The words are looked up in the item's letter runs
# (``letter_set``, which the quick test of ``item_times`` has read): a date word matched
# between word boundaries is one of them (both words of "new year"), unless a character
# folding to an ASCII letter stands for one of its letters, which takes the full
# alternation.  Each pattern ``prefiltered``: tried only where a year, a digit or a date
# word can start.  tests/test_checks_shortcuts.py holds it to the full alternation's matches.
_DATE_KEYS = frozenset(w.lower() for w in _DATE_WORDS)
_KEYS_LONGEST_FIRST = tuple(sorted(_DATE_KEYS, key=lambda k: (-len(k), k)))
_ONE_WORD_KEYS = frozenset(k for k in _DATE_KEYS if " " not in k)
_PHRASE_KEYS = tuple((k, frozenset(k.split())) for k in _DATE_KEYS if " " in k)


@lru_cache(maxsize=len(_KEYS_LONGEST_FIRST) + 2)
def _date_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    words = f"|{alternation(keys)}" if keys else ""
    return prefiltered(re.compile(rf"\b(?:(?:19|20)\d\d{words})\b|\d-\d", re.IGNORECASE))


def _dateish(item: str) -> list[tuple[int, int]]:
    """(start, end) of each date word of ``item``."""
    runs = letter_set(item)
    keys = [*(_ONE_WORD_KEYS & runs), *(k for k, words in _PHRASE_KEYS if words <= runs)]
    if len(keys) > 1 or folds_to_ascii(item):
        pattern = _all_date_words()  # not looked up by a tuple of every word, hashed each call
    else:
        pattern = _date_pattern(tuple(keys))
    return [m.span() for m in pattern.finditer(item)]


def _all_date_words() -> re.Pattern[str]:
    """``_date_pattern`` of every date word, compiled at the first use (not at import)."""
    if not _ALL:
        _ALL.append(_date_pattern(_KEYS_LONGEST_FIRST))
    return _ALL[0]


_ALL: list[re.Pattern[str]] = []


_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
# The first letters of each date word: a text none of whose words is one has no date word.
_DATE_FIRST = frozenset(_LETTERS.findall(w.lower())[0] for w in _DATE_WORDS)


def _with_neighbours(text: str, start: int, end: int) -> str:
    """The match with the word before and after it ("last week", "Aug. 1, 2025"), as the
    text has it: "Wednesday, Putin" keeps its comma, so a sentence quoted whole is verbatim."""
    a = start
    if text[start - 1 : start].isspace():
        before = text[:start].rstrip()
        a = len(before) - len(before.rsplit(None, 1)[-1]) if before else start
        while a < start and text[a] in '"“”(':
            a += 1
    b = end
    if text[end : end + 1] in (" ", ","):
        rest = text[end:]
        word = rest.lstrip(" ,").split(None, 1)
        if word:
            b = end + (len(rest) - len(rest.lstrip(" ,"))) + len(word[0].rstrip('"“”).,;:'))
    return text[a:b]


def item_times(
    item: str, cited: str, published: date | None, cited_times: Sequence[TimeExpression] = ()
) -> list[TimeExpression] | None:
    """The item's time expressions, or None when every date word of the item (with the word
    before it) is verbatim in the cited text: the same words, the article's own dates, and
    nothing to resolve.  An expression written as one of ``cited_times`` is resolved as
    that one is; only new wording goes to the resolver (~0.5-2 ms an item)."""
    if not _DIGIT.search(item) and _DATE_FIRST.isdisjoint(letter_set(item)):
        return []  # no digit and no date word: nothing _dateish could find (the quick test)
    words = [_with_neighbours(item, s, e) for s, e in _dateish(item)]
    if not words:
        return []
    hay = _hay(cited)
    if all(fold(w) in hay for w in words):
        return None
    out: list[TimeExpression] = []
    if _finds_nothing(item):
        return out  # ``candidates(item)`` is empty: the date finder not run (~0.1-0.2 ms)
    found = candidates(item)
    known = {_bare(t.text): t for t in cited_times} if found else {}
    for c in found:
        same = known.get(_bare(item[c.start : c.end]))
        if same is None:
            return find_time_expressions(item, published)
        # ``dataclasses.replace`` with these fields, without reading the fields' list each call
        out.append(TimeExpression(item[c.start : c.end], c.start, c.end, same.date,
                                  same.granularity, same.anchor))  # fmt: skip
    return out


def _anchors() -> tuple[tuple[str, ...], tuple[tuple[re.Pattern[str], bool], ...]]:
    """What every candidate ``candidates`` finds holds, but a digit: (words, lower-cased,
    one of which it holds in the lower-cased text; patterns, with whether folded, one of
    which matches in it).  Each finder searched from anchors (``Anchored``) holds its anchor;
    of the others, full dates, numeric and ISO dates and the two-digit year hold a digit
    (their day or year), and ``IN_SPAN`` ("in two weeks") its unit.  "The end of May": that
    finder's anchor lists the months lower-cased, but its pattern (no IGNORECASE) holds a
    month as ``_MONTH_AT`` finds it, capitalised, so a modal "may" or a verb "march" needs
    no search.  tests/test_checks_shortcuts.py holds these premises to the finders."""
    words = {"day", "week", "month", "year"}  # IN_SPAN's units
    patterns = {_MONTH_AT.pattern: (_MONTH_AT, False)}
    months = {forms[0].lower() for forms in ENGLISH.months}
    end_of = _finder(r"(?i:end|beginning|start|middle)")
    for a in [f.anchored for f in FINDERS if f.anchored] + [a for _, a, _ in RELATIVE]:
        if isinstance(a.anchor, re.Pattern):
            patterns[a.anchor.pattern] = (a.anchor, a.folded)
        else:
            words.update(w.lower() for w in a.anchor if a.pattern is not end_of or w not in months)
    return tuple(sorted(words)), tuple(patterns.values())


_ANCHOR_WORDS, _ANCHOR_PATTERNS = _anchors()
_ASCII_MARKS = str.maketrans("’‘“”–—", "''\"\"--")  # marks only: no letter made or lost


def _finds_nothing(item: str) -> bool:
    """Whether ``candidates(item)`` is surely empty: no digit, no anchor word in the
    lower-cased item and no anchor pattern's match (``_anchors``).  Only for a text in ASCII
    but for quotation marks and dashes: under IGNORECASE a non-ASCII letter may match an
    ASCII one ("ſpring")."""
    if _DIGIT.search(item):
        return False
    if not item.isascii():
        item = item.translate(_ASCII_MARKS)
        if not item.isascii():
            return False
    low = item.lower()
    if any(map(low.__contains__, _ANCHOR_WORDS)):
        return False
    return all(p.search(low if folded else item) is None for p, folded in _ANCHOR_PATTERNS)


@lru_cache(maxsize=4096)
def _bare(expression: str) -> str:
    """An expression without its edges and leading preposition, folded.  Cached: every
    item's check reads every time expression of its cited text (the whole article's, for
    headline and abstract)."""
    return fold(LEAD_PREP.sub("", expression.strip(_EDGE)))


def check_dates(
    times: Sequence[TimeExpression], cited: str, cited_times: Sequence[TimeExpression]
) -> str | bool | None:
    """Each of the item's dates resolves to (or within) a date the cited text states."""
    if not times:
        return None
    codes = [t.date for t in cited_times if t.date]
    hay = _hay(cited)
    for t in times:
        stated = _WEEKDAY.search(t.text)
        if stated and t.date and t.granularity == "day":
            actual = date.fromisoformat(t.date).strftime("%A")
            if stated.group(0).casefold() != actual.casefold():
                return f"{t.text!r}: {t.date} was a {actual}, not a {stated.group(0)}"
        if t.date is not None and any(c.startswith(t.date) for c in codes):
            continue
        bare = fold(_PREP.sub("", t.text))
        if bare in hay:
            continue  # the same words: the article's own resolution of them stands
        found = ", ".join(dict.fromkeys(c for c in codes)) or "no date"
        return f"{t.text!r} ({t.date or 'unresolved'}) is not a date of the cited text ({found})"
    return True
