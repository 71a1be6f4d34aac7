"""Teams named with no cue word, found by the grammar of a match report.

A sports story names its clubs bare ("Barcelona face Atletico Madrid", "the 1-1 draw with
Inter", "taking on the Wallabies", "signed with the Nankai Hawks", "The All Blacks again
took the maximum five points"): no title, no role and no speech verb marks them, so the
cue rules of ``actor_cues`` do not see them.  These rules read the places a team stands:

* both sides of a fixture's verb ("X face Y", "X meet the Y", "X beat Y");
* the object of a result or fixture noun ("draw with Inter", "win over the Springboks");
* the object of a verb of signing or playing for ("signed with", "debut ... with the");
* a capitalised plural opening a sentence after "The", written so at least twice, once in
  a sentence with a score or a fixture ("The All Blacks felt ... The All Blacks again took
  the maximum five points from their 31-17 win").

A name already found, a stop word or a title word is left alone; each rule reads one match
and its words, so the cost grows with the text.
"""

from __future__ import annotations

import re

from summarizer._extract.actor_rules import NAME
from summarizer._extract.actor_text import Cand, Text, as_body
from summarizer._text.scan import prefiltered

# The verbs of a fixture, between two teams ("Barcelona face Atletico Madrid").
_FIXTURE = (
    r"(?:face|faces|faced|facing|meet|meets|hosts|hosted|hosting|visit|visits|visited|"
    r"beat|beats|crush|crushes|crushed|thrash|thrashed|edge|edges|edged|trounce|trounced|"
    r"demolish|demolished|hammer|hammered|rout|routed|"
    r"take on|takes on|took on|taking on)"
)
# What a match is called, before its opponent ("the 1-1 draw with Inter").
_RESULT = (
    r"(?:draw|clash|match|game|tie|defeat|win|loss|victory|fixture|derby|rematch|showdown)"
    r" (?:with|against|over|to|at)"
    r"|(?:hammering|thrashing|drubbing|demolition|rout) of"  # "9-2 hammering of Harrogate Town"
    r"|(?:league |table )?(?:leaders|champions|holders)"  # "closed the gap to leaders Stockport"
)
# Joining or playing for a team ("signed with the Nankai Hawks", "debut in 1959 with the").
_JOIN = (
    r"(?:signed (?:with|by)|traded to|drafted by|debut(?:ed)?(?: in \d{4})? with|"
    r"played for|plays for|joined)"
)
_THE_ADJ = r"(?:the (?:[a-z]+ )?)?"  # "the powerful Chicago White Sox"
_R_OBJECT = re.compile(rf"\b(?:{_FIXTURE}|{_RESULT}|{_JOIN}) {_THE_ADJ}(?P<n>{NAME})")
_R_SUBJECT = re.compile(rf"(?P<n>{NAME}) {_FIXTURE} {_THE_ADJ}(?P<o>{NAME})")
# "The All Blacks felt", "The struggling Jets meet": a capitalised plural after "The".
_R_PLURAL = re.compile(
    r"(?:^|(?<=[.!?] ))The (?:[a-z]+ )?(?P<n>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+s)"
    r"(?= (?:again |also |now |then )?[a-z]{2,}(?:ed|s)?\b)",
    re.MULTILINE,
)
# In the plural's sentence, what makes it a match report: a score or a fixture.
_R_MATCH = re.compile(rf"\b\d{{1,3}}-\d{{1,3}}\b|\b{_FIXTURE}\b|\b{_RESULT}\b")
_SENTENCE_SPAN = 300  # characters read after a plural for its sentence's score
_R_OBJECT, _R_SUBJECT = prefiltered(_R_OBJECT), prefiltered(_R_SUBJECT)
_R_PLURAL = prefiltered(_R_PLURAL)


def teams(t: Text, found: list[Cand]) -> list[Cand]:
    """Teams the other rules missed, from the shapes in the module docstring."""
    known = {c.name for c in found}  # and surnames: "Coutinho" alone is the player
    known |= {c.name.rsplit(" ", 1)[-1] for c in found if c.type == "person"}
    out: list[Cand] = []

    def add(start: int, end: int, places_too: bool, whole: bool = False) -> None:
        name = t.prose[start:end]
        body = (
            Cand(start, end, "organization", name)
            if whole
            else as_body(t, start, end, "organization")
        )
        if body is None or body.name in known or body.name in t.things:
            return
        words = body.name.split()
        if set(words) & t.r.title_words or words[-1] in t.r.stop:
            return
        if not places_too and (set(words) <= t.r.no_name or body.name in t.r.gaz):
            return  # "draw with Italy": the country is found as one
        if body.name in t.r.demonyms or body.name[:-1] in t.r.demonyms:
            return  # "taking on the Australians": the people, not a club's name
        known.add(body.name)
        out.append(body)

    people = {c.name for c in found if c.type == "person"}
    for m in t.find(_R_SUBJECT):  # both sides of a fixture: a place is its club
        if m["n"] in people or m["o"] in people:
            continue  # "Biden meets Xi": two people, no fixture
        add(m.start("n"), m.end("n"), True)
        add(m.start("o"), m.end("o"), True)
    for m in t.find(_R_OBJECT):
        add(m.start("n"), m.end("n"), False)
    plurals: dict[str, list[int]] = {}
    scored: set[str] = set()
    for m in t.find(_R_PLURAL):
        plurals.setdefault(m["n"], []).append(m.start("n"))
        end = t.prose.find(". ", m.end(), m.end() + _SENTENCE_SPAN)
        if _R_MATCH.search(t.prose, m.end(), end if end > 0 else m.end() + _SENTENCE_SPAN):
            scored.add(m["n"])
    for name, at in plurals.items():
        if len(at) >= 2 and name in scored:
            add(at[0], at[0] + len(name), False, whole=True)  # "All Blacks" keeps "All"
    full = {c.name.rsplit(" ", 1)[-1]: c.name for c in out if " " in c.name}
    for c in out:  # "Coyotes" in the headline is the "Phoenix Coyotes" of the story
        c.name = full.get(c.name, c.name)
    return out
