"""Assembly: validated answers plus code-found facts become digest items.

The model cites sentence ids; here code turns each citation into exact
character spans and attaches what code knows for certain (the time
expression of a dated sentence and its resolved date).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer._answers import ClaimsAnswer, StancesAnswer, SummaryAnswer, TimelineAnswer
from summarizer._dates import TimeExpression
from summarizer._digest import Claim, Evidence, Stance, Summary, TimelineEvent
from summarizer._grounding import ground_quote, sentence_evidence
from summarizer._segment import Document


def cited(doc: Document, ids: Iterable[int]) -> list[Evidence]:
    out: list[Evidence] = []
    for sid in dict.fromkeys(ids):
        ev = sentence_evidence(doc, sid)
        if ev is not None:
            out.append(ev)
    return out


def summary(doc: Document, answer: SummaryAnswer | None) -> Summary:
    """The model's summary, or an extractive one where its wording was not grounded."""
    points = answer.key_points if answer else []
    evidence = cited(doc, (sid for kp in points for sid in kp.sentences))
    if answer and answer.headline and answer.abstract:
        return Summary(
            headline=answer.headline,
            abstract=answer.abstract,
            key_points=[kp.point for kp in points],
            evidence=evidence,
        )
    lead = [s for s in doc.sentences if s.text != doc.title][:2]
    return Summary(
        headline=doc.title or (lead[0].text if lead else ""),
        abstract=" ".join(s.text for s in lead),
        key_points=[kp.point for kp in points],
        evidence=evidence or cited(doc, (s.id for s in lead)),
        method="code",
    )


def claims(doc: Document, answer: ClaimsAnswer) -> list[Claim]:
    out: list[Claim] = []
    seen: set[tuple[int, str]] = set()
    for c in answer.claims:
        key = (c.sentence, c.claim.lower())
        if key in seen:
            continue
        seen.add(key)
        ev = ground_quote(doc, c.sentence, c.quote) if c.quote else None
        evidence = [ev] if ev is not None else cited(doc, [c.sentence])
        out.append(Claim(text=c.claim, speaker=c.speaker, kind=c.kind, evidence=evidence))
    return out


def stances(doc: Document, answer: StancesAnswer) -> list[Stance]:
    return [
        Stance(
            actor=s.actor,
            actor_type=s.actor_type,
            topic=s.topic,
            stance=s.stance,
            summary=s.summary,
            evidence=cited(doc, s.sentences),
        )
        for s in answer.stances
    ]


def dated_sentences(doc: Document, times: Sequence[TimeExpression]) -> dict[int, TimeExpression]:
    """The first time expression of each sentence that has one."""
    out: dict[int, TimeExpression] = {}
    for t in times:
        s = doc.sentence_at(t.start)
        if s is not None and t.end <= s.end and s.id not in out:
            out[s.id] = t
    return out


def timeline(
    doc: Document, answer: TimelineAnswer, dated: dict[int, TimeExpression]
) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    seen: set[int] = set()
    for e in answer.events:
        t = dated.get(e.sentence)
        if t is None or e.sentence in seen:
            continue
        seen.add(e.sentence)
        events.append(
            TimelineEvent(
                date=t.date,
                date_text=t.text,
                event=e.event,
                actors=list(dict.fromkeys(e.actors)),
                evidence=cited(doc, [e.sentence]),
                anchor=t.anchor,
            )
        )
    return sort_timeline(events)


def sort_timeline(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """By date (ISO prefixes sort a month before its days), undated last, then by position."""
    return sorted(
        events,
        key=lambda e: (e.date is None, e.date or "", e.evidence[0].start if e.evidence else 0),
    )
