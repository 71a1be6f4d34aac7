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

from summarizer._dates import TimeExpression, find_time_expressions

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_QUOTED = re.compile(r"[\"“”]([^\"“”]{2,}?)[\"“”]|(?<![\w])['‘]([^'‘’]{2,}?)['’](?![\w])")
_PREP = re.compile(r"^(?:on|in|since|by|until|from|during|of|at)\s+", re.IGNORECASE)
_EDGE = " \t\n.,;:!?'\"…"


def fold(text: str) -> str:
    """Quote style, dashes, case and whitespace folded; nothing else."""
    return " ".join(text.translate(_FOLD).casefold().replace("...", "…").split())


def check_quotes(item: str, cited: str) -> str | bool | None:
    """Anything in quotation marks in ``item`` occurs verbatim in ``cited``."""
    quoted = [(m.group(1) or m.group(2)) for m in _QUOTED.finditer(item)]
    quoted = [q for q in quoted if q.strip(_EDGE)]
    if not quoted:
        return None
    hay = fold(cited)
    for q in quoted:
        # An ellipsis marks words left out: each piece must still be verbatim.
        pieces = [p.strip(_EDGE) for p in re.split(r"\.\.\.|…", fold(q))]
        if not all(p in hay for p in pieces if p):
            return f"the quoted words {q!r} are not in the cited text"
    return True


def item_times(item: str, published: date | None) -> list[TimeExpression]:
    return find_time_expressions(item, published)


def check_dates(
    times: Sequence[TimeExpression], cited: str, cited_times: Sequence[TimeExpression]
) -> str | bool | None:
    """Each of the item's dates resolves to (or within) a date the cited text states."""
    if not times:
        return None
    codes = [t.date for t in cited_times if t.date]
    hay = fold(cited)
    for t in times:
        if t.date is not None and any(c.startswith(t.date) for c in codes):
            continue
        bare = fold(_PREP.sub("", t.text))
        if bare in hay:
            continue  # the same words: the article's own resolution of them stands
        found = ", ".join(dict.fromkeys(c for c in codes)) or "no date"
        return f"{t.text!r} ({t.date or 'unresolved'}) is not a date of the cited text ({found})"
    return True
