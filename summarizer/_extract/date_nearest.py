"""Weekdays a past verb points forward to: the nearest such day, not the latest.

"Voters were urged to turn out on Sunday", "said tickets for Sunday's concert had sold
out", "the parade was still on for Sunday": the clause is in the past, but its day comes
after the moment the past verb reports (an appeal, a preparation, an announcement).  That
moment is before the story's date, so the day may fall on either side of it: code takes
the nearer of the two ("Sunday" written on a Friday is two days ahead, not five back), the
best reading a day of the week allows when no tense decides.
"""

from __future__ import annotations

import re

from summarizer._extract import date_clause as clause
from summarizer._extract.date_cues import _FIXTURE, _PAST_ANY

# A scheduled event the day owns, prepared for or looked forward to in reported speech
# ("said his players were ready for Saturday's semi-final"); not after a verb of going there
# ("fans who went to Sunday's game" were at it).  Without the report the past is the
# event's own ("He was a doubt for Saturday's match": it has been played).
_REPORTED = re.compile(
    r"\b(?:said|told|announced|confirmed|warned|reminded|added|insisted|stressed|revealed"
    r"|admitted|explained)\b",
    re.I,
)
_TOWARD = re.compile(r"\b(?:for|to|towards?)\s+(?:the\s+)?$", re.I)
_WENT = re.compile(
    r"\b(?:went|came|travell?ed|returned|headed|walked|drove|rushed|flocked|called|turned\s+out)"
    r"\s+to\s+(?:the\s+)?$",
    re.I,
)
# "was still on for Sunday", "was announced for Sunday": a bare day an arrangement is for.
_FOR = re.compile(r"\b(?:still\s+on|set|announced|planned|scheduled|booked|arranged|called|fixed"
                  r"|confirmed|penciled|pencilled)\s+for\s+$", re.I)  # fmt: skip
# An infinitive after a verb of asking, expecting or preparing ("were urged to turn out on
# Sunday", "had been asked to testify", "expected the protest to draw thousands"): what it
# names comes after the asking.
_ASKED_TO = re.compile(
    r"\b(?:urged|asked|expected|invited|told|reminded|advised|ordered|encouraged|summoned"
    r"|allowed|cleared|required|called\s+on|preparing|prepared|ready|due)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?!be\b|have\b)[a-z]+\b"
    # a hope looks forward as well ("was hopeful of having services running by Monday")
    r"|\b(?:hop(?:ed|eful|ing)|optimistic)\s+(?:of|to|that|for)\b",
    re.I,
)


def points_forward(text: str, at: int) -> bool:
    """Whether the clause before the weekday at ``at`` puts it after a past moment (see the
    module's docstring); asked only of a weekday nothing puts ahead."""
    before = clause.main_before(text, at)
    rest = text[at : at + 40]
    tail = before[-40:]
    if _FIXTURE.match(rest):  # "Sunday's game"
        toward = _TOWARD.search(tail)
        return bool(toward and _REPORTED.search(before)) and not _WENT.search(tail)
    if _FOR.search(tail):
        return True
    asked = [m.end() for m in _ASKED_TO.finditer(before)]  # the last one governs the day
    return bool(asked) and not _PAST_ANY.search(before, asked[-1])
