"""A place as the agent of a deed named by a noun ("Tokyo's hosting of the Olympics",
"Beijing's handling of the outbreak"): the possessive before an "-ing" noun and "of" makes
the city or region the one who acts (its government or its organisers), so an actor.

Places are never people and most mentions of them are settings ("in Tokyo", "Tokyo's
streets"); only this shape, a possessive doing something to an object, is read.
"""

from __future__ import annotations

import re

from summarizer._extract.actor_rules import CAPW
from summarizer._extract.actor_text import Cand, Text
from summarizer._text.scan import prefiltered

_R_DEED = prefiltered(
    re.compile(rf"(?<![\w\-'’.])(?P<n>{CAPW}(?: {CAPW}){{0,2}})['’]s (?P<d>[a-z]{{3,}}ing) of\b")
)
# "-ing" nouns that name a thing or a time, not a deed ("Tokyo's building of the year").
_THINGS = frozenset(
    "building meeting wedding evening morning ceiling clothing painting spring string".split()
)


def places_acting(t: Text, found: list[Cand]) -> list[Cand]:
    """Places named as a deed's agent, when no rule found them."""
    known = {c.name for c in found}
    out: list[Cand] = []
    for m in t.find(_R_DEED):
        name = m["n"]
        if name in known or name not in t.r.places or m["d"] in _THINGS:
            continue
        known.add(name)
        out.append(Cand(m.start("n"), m.end("n"), "other", name))
    return out
