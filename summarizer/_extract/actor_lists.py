"""Actors named where a clause's grammar makes them actors, though no cue word does.

* Examples of a kind of actor: news prose lists the members of a kind after "including"
  or "such as" ("complaints from rivals including Adevinta, the Norwegian owner of
  marketplaces such as Leboncoin, and eBay"). Each name so listed is a proper name (it is
  capitalised mid-sentence, or written with a capital inside it as "eBay"); when the kind
  is one of actors (an agent noun in "-ers"/"-ors"/"-ists", or a kind of body: "rivals",
  "companies", "banks"), the name is an actor. Kinds of things and places ("marketplaces
  such as Leboncoin", "cities such as Lyon") name none.
* One told to act: "a court ordered Nippon Steel to compensate", "urged Telstra to
  refund": the object of a verb that directs someone, before "to" and a verb, is someone
  who can act.

A name with no given name first is typed "other": the clause says it acts, not whether it
is a person or a body.
"""

from __future__ import annotations

import re

from summarizer._extract.actor_rules import NP
from summarizer._extract.actor_text import Cand, Text, as_name
from summarizer._text.scan import prefiltered

# English words, as in the other rules' regexes: the pipeline refuses text in another language.
_BODY_KINDS = (
    "rivals|competitors|companies|firms|businesses|banks|brands|groups|clubs|teams|airlines|"
    "carmakers|automakers|startups|start-ups|giants|outlets|parties|unions|charities|"
    "agencies|organisations|organizations|countries|nations|allies|partners|insurers|"
    "lenders|retailers|chains|broadcasters|publishers|platforms"
)
# A plural agent noun ("investors", "operators", "activists", "politicians") or a body kind.
_KIND = rf"(?:[a-z]{{3,}}(?:er|or|ist|ian)s|{_BODY_KINDS})"
_R_EXAMPLES = prefiltered(
    re.compile(rf"\b{_KIND},? (?:including|such as|notably) (?P<list>[^.;:!?\n\"“”()]{{1,240}})")
)
# One listed name: a capitalised word, a brand with a capital inside ("eBay", "TikTok"), or
# an acronym ("AMD"); what follows it ends the item.
_R_ITEM = re.compile(
    rf"(?P<n>{NP}|[a-z]{{1,2}}[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z][a-z]+(?:[A-Z]+[a-z]+)+"
    r"|[A-Z]{2,6})(?=,| and\b| or\b|$)"
)
_R_SEPARATOR = re.compile(r",? (?:and|or) |, ")
# "ordered Nippon Steel to compensate": a verb that directs someone to act (English's
# object-control verbs), a name of up to three words, "to" and a lowercase word that is no
# article or pronoun (an infinitive).
_DIRECTING = (
    r"(?:order|urg|ask|forc|allow|requir|compel|press|pressur|encourag|direct|instruct|"
    r"persuad|invit|authori[sz]|permit|enabl|prompt|want|tell)"
)
_R_TOLD = prefiltered(
    re.compile(
        rf"\b(?:{_DIRECTING}(?:e|es|s|ed|led|d)?|told|call(?:s|ed)? on) "
        rf"(?P<n>{NP}(?: {NP}){{0,2}}) to (?!(?:the|a|an|his|her|their|its|this|that|these|"
        r"those|our|my|your|be|date)\b)[a-z]{2,}\b"
    )
)


def listed(t: Text, found: list[Cand]) -> list[Cand]:
    """The one-word names listed as examples of a kind of actor, not yet found."""
    r, never = t.r, t.lang.names.never
    known = {c.name for c in found} | {w for c in found for w in c.name.split()}

    def unknown(word: str) -> bool:
        return not (
            word in known or word in r.no_name or word in r.gaz or word in t.things
            or word in never or word.lower() in t.lower
        )  # fmt: skip

    out: list[Cand] = []
    for m in t.find(_R_EXAMPLES):
        at = m.start("list")
        for part in _R_SEPARATOR.split(m["list"]):
            item = _R_ITEM.match(part)
            if item and item.end() == len(part.rstrip()):
                name = item["n"]
                if name not in known and unknown(name) and not name.isupper():
                    known.add(name)
                    out.append(Cand(at, at + len(name), "other", name))
            elif part[:1].isupper():
                break  # a longer capitalised item ("Deutsche Bank"): other rules read it
            at += len(part)
            sep = _R_SEPARATOR.match(t.prose, at)
            at = sep.end() if sep else at
    return out


def directed(t: Text, found: list[Cand]) -> list[Cand]:
    """Names told to act ("ordered Nippon Steel to compensate") not yet found."""
    r, never = t.r, t.lang.names.never
    known = {c.name for c in found} | {w for c in found for w in c.name.split()}
    out: list[Cand] = []
    for m in t.find(_R_TOLD):
        name, words = m["n"], m["n"].split()
        if name in known or name in r.gaz or name in r.places or name in t.things:
            continue
        if any(w in known or w in r.no_name or w in never or w.lower() in t.lower for w in words):
            continue
        if words[0] in r.given:
            got = as_name(t, m.start("n"), m.end("n"), 2, known)
            if got:
                known.update((got[2], *got[2].split()))
                out.append(Cand(got[0], got[1], "person", got[2]))
            continue
        known.update((name, *words))
        out.append(Cand(m.start("n"), m.end("n"), "other", name))
    return out
