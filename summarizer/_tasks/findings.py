"""What code finds exactly, before (and without) any model call, shared by every task.

Actors, the sentences naming each, quotes and reported speech (claim candidates
with speakers) and time expressions feed several tasks and the checks; each
task's own candidates (dated sentences, figures) are added by its ``find``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from summarizer._digest import Actor
from summarizer._extract import actors as _actors
from summarizer._extract.actors import ActorIndex, find_actors
from summarizer._extract.claims import ClaimCandidate, find_candidates
from summarizer._extract.dates import TimeExpression, find_time_expressions
from summarizer._extract.quotes import find_speech
from summarizer._grounding import evidence as span
from summarizer._lang import pack
from summarizer._limits import ITEM_CAPS, ItemCaps
from summarizer._tasks.context import GroundingContext, check_fields
from summarizer._text.segment import Document

MAX_CANDIDATES = 12  # per task and part, so a long article's prompt stays small


@dataclass
class Findings:
    """Code's facts about one article; ``found`` holds each task's own candidates by name."""

    actors: list[_actors.FoundActor]
    mentioned: dict[str, set[int]]  # canonical actor name -> ids of sentences naming/quoting it
    claims: list[ClaimCandidate]
    day: date | None = None
    times: Sequence[TimeExpression] = ()
    found: dict[str, list[Any]] = field(default_factory=dict)
    checks: dict[str, Any] = field(default_factory=dict)  # what summarizer/_checks need
    strict: bool = True  # False with verify="off": support() alone, as before the checks
    caps: ItemCaps = ITEM_CAPS  # how many of each kind of item are kept (summarizer._limits)
    notes: list[str] = field(default_factory=list)  # what the caps cut, for meta.warnings

    def resolve(self, name: str) -> str | None:
        actor = self._index.resolve(name)
        return actor.name if actor else None

    @cached_property
    def _index(self) -> ActorIndex:
        return ActorIndex(self.actors)

    def context(self, doc: Document, candidates: dict[int, str] | None = None,
                sentences: dict[int, int] | None = None) -> GroundingContext:  # fmt: skip
        """What validators check an answer against.

        ``candidates``: candidate id -> the text it stands for; ``sentences``: candidate id ->
        the one sentence it lies in, for candidates that are not claims (dates, figures).
        """
        actor_ids = {name: frozenset(ids) for name, ids in self.mentioned.items()}
        checks = self.checks
        if sentences is not None:
            checks = check_fields(self.day, self.times, self.claims, self.actors, sentences)
        return GroundingContext(doc=doc, candidates=candidates or {}, actors=actor_ids,
                                resolve=self.resolve, strict=self.strict, **checks)  # fmt: skip

    def stance_actors(self, ids: set[int]) -> list[dict[str, object]]:
        """The actors named in this part (filtered first, then capped: a late actor counts)."""
        here = [a for a in self.actors if self.mentioned[a.name] & ids]
        return [
            {"name": a.name, "type": a.type, "sentences": sorted(self.mentioned[a.name] & ids)[:8]}
            for a in here[:MAX_CANDIDATES]
        ]


def find(doc: Document, day: date | None, caps: ItemCaps = ITEM_CAPS) -> Findings:
    """The shared facts; the pipeline then lets each registered task add its candidates.
    Each kind is cut at its cap where it is made; ``notes`` say what was cut."""
    notes: list[str] = []
    found = find_actors(doc, caps.actors, notes)
    mentioned = actor_sentences(doc, found)
    speech = find_speech(doc, found)
    claim_candidates = find_candidates(doc, found, speech.quotes, speech.pronouns, caps.claims,
                                       notes)  # fmt: skip
    for c in claim_candidates:  # a speaker's quotes show their stance too
        if c.speaker in mentioned:
            mentioned[c.speaker].update(ev.sentence for ev in c.evidence)
    times = find_time_expressions(doc.text, day, pack(doc.language).dateparser, caps.times, notes)
    return Findings(
        found, mentioned, claim_candidates, day, times,
        checks=check_fields(day, times, claim_candidates, found), caps=caps, notes=notes,
    )  # fmt: skip


def actors(doc: Document, found: Sequence[_actors.FoundActor]) -> list[Actor]:
    out = []
    for a in found:
        evidence = []
        for m in a.mentions:  # the first mention inside one sentence: evidence never
            s = doc.sentence_at(m.start)  # leaves its sentence (a name across a wrong split)
            if s is not None and m.end <= s.end:
                evidence = [span(doc, s.id, m.start, m.end, quote=m.text)]
                break
        out.append(
            Actor(name=a.name, type=a.type, aliases=list(a.aliases), mentions=len(a.mentions),
                  evidence=evidence)
        )  # fmt: skip
    return out


def actor_sentences(doc: Document, found: Sequence[_actors.FoundActor]) -> dict[str, set[int]]:
    """Canonical name -> ids of the sentences that mention the actor."""
    out: dict[str, set[int]] = {a.name: set() for a in found}
    for a in found:
        for m in a.mentions:
            s = doc.sentence_at(m.start)
            if s is not None:
                out[a.name].add(s.id)
    return out
