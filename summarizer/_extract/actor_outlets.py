"""News outlets named with their capitalised article, as a source of what the story reports.

"Sources ... told The Inquirer that", "according to The Hill", "first reported by The
Times": a capitalised "The" inside a sentence belongs to the name after it (papers,
magazines and sites write it so), and the attribution around it makes the name a source,
so an organisation, "The" kept; so does a channel's number ("She told News 12").  A paper
its owner publishes ("which publishes The Boston Globe", "publisher of The Scotsman") is
one too.  Countries named with "The" ("The Netherlands") are the gazetteer's and are left
to it.
"""

from __future__ import annotations

import re
from itertools import chain

from summarizer._extract.actor_rules import CAPW
from summarizer._extract.actor_text import Cand, Text
from summarizer._text.scan import prefiltered

# English attribution words before a source's name.
_R_SOURCE = prefiltered(
    re.compile(
        r"\b(?:told|according to|(?:said|spoke|wrote) (?:to|in)|in an interview with|"
        r"(?:first )?reported by|obtained by|reviewed by|seen by|confirmed to|"
        r"publishes|publisher of|owner of)"
        rf" (?P<n>The (?:{CAPW} ){{0,3}}{CAPW}"
        # a broadcaster by its channel's number: "told News 12", "told Fox 5"
        rf"|(?:{CAPW} ){{0,2}}(?:News|Channel|TV|Radio|Fox|[A-Z]{{3,5}}(?:-TV)?) \d{{1,2}})"
        r"(?![\w\-'’])"
    )
)

# A live blog's welcome names its paper as the one running it ("Welcome to The Chronicle's
# live breaking news blog").
_R_WELCOME = prefiltered(
    re.compile(
        rf"\b[Ww]elcome to (?P<n>The (?:{CAPW} ){{0,3}}{CAPW})['’]s? (?:[a-z]+ ){{0,3}}"
        r"(?:blog|coverage|updates)\b"
    )
)


def outlets(t: Text, found: list[Cand]) -> list[Cand]:
    """Outlets the other rules missed ("told The Inquirer")."""
    known = {c.name for c in found} | {"The " + c.name for c in found}
    out: list[Cand] = []
    for m in chain(t.find(_R_SOURCE), t.find(_R_WELCOME)):
        name = m["n"]
        words = name.split()[1:]
        if name in known or " ".join(words) in t.r.gaz or set(words) & t.r.stop:
            continue
        known.add(name)
        out.append(Cand(m.start("n"), m.end("n"), "organization", name))
    return out
