"""A body named by its kind in lowercase when it speaks or decides: "the school board announced".

Local news names the board, council or jury it covers by what it is ("the school board
has said", "the grand jury voted"), never capitalised, so the capital-letter rules pass it
by.  Such a body is an actor when it says or decides something; one word of kind before
the head is required ("the board said" alone names nothing new), and a body the article
already names in capitals ("Spokane City Council" ... "the city council voted") is that
body, not another.
"""

from __future__ import annotations

import re

from summarizer._extract.actor_text import Cand, Text
from summarizer._text.scan import prefiltered

# English: heads of deliberating bodies, the verbs by which they act, determiners to skip.
_HEADS = "board|council|committee|commission|panel|jury|senate|assembly|legislature"
_ACTS = (
    "said|says|announced|voted|approved|ruled|decided|agreed|rejected|denied|granted"
    "|adopted|passed|unanimously|declined|confirmed|found"
)
# What follows a body that acts: an auxiliary or a day at most, then the verb.
_THEN = r" (?:has |have |had |also |then |later |on \w+ )?"
_NOT_KIND = frozenset("same other new full whole two three entire first last next".split())
_R_BOARD = prefiltered(
    re.compile(
        rf"\b[Tt]he (?P<n>(?P<k>[a-z]{{3,}}) (?:{_HEADS}))"
        rf"(?={_THEN}(?:{_ACTS})\b)"
    )
)


# "the mayor's office said": an office named by the one who holds it, acting.
_HOLDERS = (
    "mayor|governor|sheriff|attorney|prosecutor|coroner|examiner|president|premier|minister"
    "|chancellor|clerk|treasurer|auditor|commissioner|secretary|superintendent"
)
_R_OFFICE = prefiltered(
    re.compile(
        rf"\b[Tt]he (?P<n>(?:(?:district|state|county|city|prime|medical|attorney) )?"
        rf"(?:{_HOLDERS})['’]s office)"
        rf"(?={_THEN}(?:{_ACTS})\b)"
    )
)


# "Mountain View County council held", "Dorset council said": a place named in capitals,
# then its body in lowercase (British and Canadian usage), acting.
_LOCAL = "town|city|county|district|parish|borough|village|regional|municipal|school"
_R_PLACE_BODY = prefiltered(
    re.compile(
        rf"(?<![\w’'])(?P<n>(?P<p>[A-Z][a-z][\w’'\-]*(?: [A-Z][a-z][\w’'\-]*){{0,3}})"
        rf" (?:(?:{_LOCAL}) )?(?:council|board|committee|commission))"
        rf"(?={_THEN}(?:{_ACTS}|held)\b)"
    )
)


def boards(t: Text, found: list[Cand]) -> list[Cand]:
    """Lowercase bodies that speak or decide ("the school board announced Thursday")."""
    names = [c.name.casefold() for c in found]
    out: list[Cand] = []
    seen: set[str] = set()
    for m in t.find(_R_BOARD):
        name = m["n"]
        if name in seen or m["k"] in _NOT_KIND:
            continue
        seen.add(name)
        if any(n == name or n.endswith(" " + name) for n in names):
            continue  # "the city council" of "Spokane City Council"
        out.append(Cand(m.start("n"), m.end("n"), "organization", name))
    for m in t.find(_R_OFFICE):
        name = m["n"]
        if name not in seen and not any(n == name.casefold() for n in names):
            seen.add(name)
            out.append(Cand(m.start("n"), m.end("n"), "organization", name))
    for m in t.find(_R_PLACE_BODY):
        name, first = m["n"], m["p"].split()[0]
        if name.casefold() in seen or first in t.r.stop:  # "Yesterday council voted"
            continue
        seen.add(name.casefold())
        if any(n == name.casefold() for n in names):
            continue
        out.append(Cand(m.start("n"), m.end("n"), "organization", name))
    return out
