"""Assembly: code-found facts plus the model's validated judgements become digest items.

Code found the candidates (claims with speakers, dated sentences, actors) and
their exact spans; the model's answer, where it passed validation, labels and
phrases them (``method="model"``).  A candidate the model did not handle
stays as code found it (``method="code"``), so a weak model yields a sparse
but faithful digest rather than an empty one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer._answers import (
    ClaimLabel,
    ClaimsAnswer,
    EventAnswer,
    StancesAnswer,
    SummaryAnswer,
    TimelineAnswer,
)
from summarizer._digest import Actor, Claim, Stance, Summary, TimelineEvent
from summarizer._extract import actors as _actors
from summarizer._extract.claims import ClaimCandidate
from summarizer._extract.dates import TimeExpression
from summarizer._grounding import cited
from summarizer._grounding import evidence as span
from summarizer._text.segment import Document, Sentence

Resolve = Callable[[str], str | None]


@dataclass(frozen=True)
class DatedCandidate:
    id: int
    expression: TimeExpression
    sentence: Sentence


def dated_candidates(doc: Document, times: Sequence[TimeExpression]) -> list[DatedCandidate]:
    out: list[DatedCandidate] = []
    for t in times:
        s = doc.sentence_at(t.start)
        if s is not None and t.end <= s.end:
            out.append(DatedCandidate(len(out) + 1, t, s))
    return out


def actors(doc: Document, found: Sequence[_actors.FoundActor]) -> list[Actor]:
    out = []
    for a in found:
        first = a.mentions[0] if a.mentions else None
        s = doc.sentence_at(first.start) if first else None
        evidence = [span(doc, s.id, first.start, first.end)] if first and s else []
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


def summary(doc: Document, answer: SummaryAnswer | None, fallback: Summary) -> Summary:
    """The model's summary where grounded; the extractive one fills what it lacks.

    Headline, abstract and key points each passed or failed their own checks: a failed
    headline or abstract is replaced by code's, and the model's key points still stand.
    """
    if answer is None:
        return fallback
    points = answer.key_points
    if not (answer.headline or answer.abstract or points):
        return fallback
    model = bool(answer.headline and answer.abstract and points)
    # The lead sentence (code's abstract) is the fallback's first evidence.
    lead = fallback.evidence[:1] if not (answer.headline and answer.abstract) else []
    ids = [e.sentence for e in lead] + [sid for kp in points for sid in kp.sentences]
    return Summary(
        headline=answer.headline or fallback.headline,
        abstract=answer.abstract or fallback.abstract,
        key_points=[kp.point for kp in points] if points else fallback.key_points,
        evidence=cited(doc, ids) if points else fallback.evidence,
        method="model" if model else "mixed",
        checks=sorted({c for x in (answer, *points) for c in x.checks}),
    )


def claims(candidates: Sequence[ClaimCandidate], answer: ClaimsAnswer | None) -> list[Claim]:
    labels: dict[int, ClaimLabel] = {}
    for given in answer.labels if answer else []:
        labels.setdefault(given.candidate, given)
    out = []
    for c in candidates:
        label = labels.get(c.id)
        out.append(
            Claim(text=label.claim, speaker=c.speaker, kind=label.kind,
                  evidence=list(c.evidence), method="model", checks=label.checks)
            if label
            else Claim(text=c.text, speaker=c.speaker, kind="other",
                       evidence=list(c.evidence), method="code")
        )  # fmt: skip
    return out


def stances(doc: Document, answer: StancesAnswer | None, resolve: Resolve) -> list[Stance]:
    out: list[Stance] = []
    seen: set[tuple[str, str]] = set()
    for s in answer.stances if answer else []:
        name = resolve(s.actor) or s.actor
        if (name, s.topic.lower()) in seen:
            continue
        seen.add((name, s.topic.lower()))
        out.append(
            Stance(actor=name, actor_type=s.actor_type, topic=s.topic, stance=s.stance,
                   summary=s.summary, evidence=cited(doc, s.sentences), checks=s.checks)
        )  # fmt: skip
    return out


def timeline(
    doc: Document,
    candidates: Sequence[DatedCandidate],
    answer: TimelineAnswer | None,
    resolve: Resolve,
    mentioned: dict[str, set[int]],
) -> list[TimelineEvent]:
    by_id: dict[int, EventAnswer] = {}
    for given in answer.events if answer else []:
        by_id.setdefault(given.candidate, given)
    named: dict[int, list[str]] = {}  # sentence id -> the actors in it (not a scan per date)
    for name, ids in mentioned.items():
        for sid in ids:
            named.setdefault(sid, []).append(name)
    events = []
    for c in candidates:
        e = by_id.get(c.id)
        in_sentence = named.get(c.sentence.id, [])
        model_actors = [n for a in e.actors if (n := resolve(a))] if e else []
        evidence = cited(doc, [c.sentence.id])
        events.append(
            TimelineEvent(
                date=c.expression.date,
                date_text=c.expression.text,
                event=e.event if e else c.sentence.text,
                actors=list(dict.fromkeys(model_actors or in_sentence)),
                evidence=evidence,
                anchor=c.expression.anchor,
                method="model" if e else "code",
                checks=e.checks if e else [],
            )
        )
    return sort_timeline(events)


def sort_timeline(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """By date (ISO prefixes sort a month before its days), undated last, then by position."""
    return sorted(
        events,
        key=lambda e: (e.date is None, e.date or "", e.evidence[0].start if e.evidence else 0),
    )
