"""Claim candidates found by code: direct quotes and reported speech, with speakers.

Finding who said what is pattern work that code does exactly; the model only
labels each candidate's kind and phrases it.  A candidate is a claim even when
the model says nothing about it: the digest then keeps it as code found it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer._actors import Actor
from summarizer._digest import Evidence
from summarizer._grounding import evidence
from summarizer._quotes import Quote
from summarizer._segment import Document

SHORT_QUOTE_WORDS = 4  # scare quotes ("productive") stand for their sentence
_SPEECH = (
    r"(?:also\s+|later\s+|previously\s+|again\s+)?"
    r"(?:said|says|told|added|warned|insisted|argued|cautioned|accused|denied|claimed|stated|"
    r"announced|noted|explained|acknowledged|reaffirmed|urged|called|vowed|pledged|believes?)\b"
)


@dataclass(frozen=True)
class ClaimCandidate:
    id: int  # 1-based: what the model cites
    speaker: str | None
    text: str  # the quoted words, or the sentence of reported speech
    evidence: tuple[Evidence, ...]
    sentence: int  # where it starts
    cue: str  # the attribution rule, or "reported"


def spans(doc: Document, start: int, end: int) -> tuple[Evidence, ...]:
    """One exact span per sentence the range crosses: evidence never leaves its sentence."""
    out = []
    for s in doc.sentences:
        a, b = max(start, s.start), min(end, s.end)
        if a >= b:
            continue
        piece = doc.text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if a < b:
            out.append(evidence(doc, s.id, a, b))
    return tuple(out)


def find_candidates(
    doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote]
) -> list[ClaimCandidate]:
    found: list[tuple[int, str | None, str, tuple[Evidence, ...], int, str]] = []
    quoted_sentences: set[int] = set()
    for q in quotes:
        quoted_sentences.update(q.sentences)
        if doc.title and (s := doc.sentence(q.sentences[0])) and s.text == doc.title:
            continue  # a headline's quote repeats the story's; the story's has the context
        if len(q.text.split()) < SHORT_QUOTE_WORDS:
            s = doc.sentence(q.sentences[0])
            if s is None:
                continue
            ev = spans(doc, s.start, s.end)
            found.append((s.start, q.speaker, s.text, ev, s.id, q.cue))
        else:
            ev = spans(doc, q.start, q.end)
            if ev:
                found.append((q.start, q.speaker, q.text, ev, ev[0].sentence, q.cue))
    for s in doc.sentences:
        if s.id in quoted_sentences:
            continue
        speaker = _reported_speaker(s.text, actors)
        if speaker is not None:
            found.append((s.start, speaker, s.text, spans(doc, s.start, s.end), s.id, "reported"))
    found.sort(key=lambda f: f[0])
    seen: set[tuple[Evidence, ...]] = set()
    unique = []
    for f in found:  # two scare quotes in one sentence make one claim, not two
        if f[3] not in seen:
            seen.add(f[3])
            unique.append(f)
    return [
        ClaimCandidate(i, speaker, text, ev, sid, cue)
        for i, (_, speaker, text, ev, sid, cue) in enumerate(unique, start=1)
    ]


def _reported_speaker(sentence: str, actors: Sequence[Actor]) -> str | None:
    """'Lavrov also said Russia wants ...': an actor as the subject of a speech verb."""
    best: tuple[int, str] | None = None
    for actor in actors:
        for alias in sorted(actor.aliases, key=len, reverse=True):
            m = re.search(rf"\b{re.escape(alias)}(?:'s)?\s+{_SPEECH}", sentence)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), actor.name)
    return best[1] if best else None
