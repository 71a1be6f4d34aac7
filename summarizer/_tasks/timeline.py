"""The timeline task: code found and resolved every time expression; the model phrases the
event of each dated sentence and names its actors; an unphrased one keeps its sentence, or,
where the sentence is the page's rather than the story's (a date line, a wire dateline, a
byline above the story, a photo caption), its date alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Self, cast

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from summarizer import _budget
from summarizer._digest import TimelineEvent
from summarizer._extract.dates import TimeExpression
from summarizer._extract.extractive import dateline_end, is_caption, lead_sentence
from summarizer._grounding import cited, evidence
from summarizer._lang import pack
from summarizer._tasks import Prompt, Task
from summarizer._tasks.context import Checked, Line, Short, _context, _record, _screen
from summarizer._tasks.findings import MAX_CANDIDATES, Findings
from summarizer._text.headline import standfirst
from summarizer._text.segment import Document, Sentence

Resolve = Callable[[str], str | None]


@dataclass(frozen=True)
class DatedCandidate:
    id: int
    expression: TimeExpression
    sentence: Sentence
    # The sentence is the page's, not the story's (a date line, a wire dateline, a byline, a
    # caption): its event is the date as written, cited alone, so the line itself never
    # reaches the digest.
    bare: bool = False


def dated_candidates(doc: Document, times: Sequence[TimeExpression]) -> list[DatedCandidate]:
    within: dict[int, list[TimeExpression]] = {}
    for t in times:
        s = doc.sentence_at(t.start)
        if s is not None and t.end <= s.end:
            within.setdefault(s.id, []).append(t)
    # Above the story's first sentence of prose stand its title and standfirst (the story's
    # words) and the page's stamps, bylines and labels; a caption tells of a photo: the
    # page's dates count, their words are no event.
    lead = lead_sentence(doc) if within else None
    story = lead.id if lead else 1
    lang = pack(doc.language)
    out: list[DatedCandidate] = []
    for sid, ts in within.items():  # sentences in order, as the expressions are
        s = doc.sentences[sid - 1]
        bare = (
            (sid < story and s.text != doc.title and not standfirst(s.text))
            or is_caption(s.text, lang)
            or eventless(s.text, [(t.start - s.start, t.end - s.start) for t in ts])
        )
        out += [DatedCandidate(len(out) + k, t, s, bare) for k, t in enumerate(ts, 1)]
    return out


# A word that may carry a clause: lower-case initial, three letters or more (capitalised
# words are names or a heading's words; shorter ones are "of", "on", "pm").
_R_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}")
# Words that link a page's date line or a list item's parts without making a clause:
# "Posted on March 3, 2017 by Jane Doe", "Park, 305 SE Drive, from 6:25 to 10:15 pm Tuesday".
_LINKING = frozenset(
    """posted published updated modified edited the and for from with through thru until
    till since into onto upon about after before between during via per than across
    against along among around under over within without toward towards near""".split()
)


def eventless(text: str, dates: Sequence[tuple[int, int]]) -> bool:
    """No clause outside the dates: a page's date line ("September 16, 2016 13:58"), a wire
    dateline ("TOKYO, Sept. 16, Kyodo"), a title-cased heading ("The Best Inventions of
    2023").  Any lower-case word beyond linking ones ("was", "met") makes a clause."""
    last, rest = 0, []
    for start, end in dates:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    return not any(w[0].islower() and w not in _LINKING for w in _R_WORD.findall(" ".join(rest)))


class EventAnswer(Checked):
    candidate: int = Field(description="the number of the dated sentence")
    event: Line
    actors: list[Short] = Field(default_factory=list, max_length=4)


class TimelineAnswer(BaseModel):
    events: list[EventAnswer] = Field(max_length=12)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(e: EventAnswer) -> str | None:
            source = ctx.candidates.get(e.candidate)
            if source is None:
                return f"dated sentence {e.candidate} does not exist"
            if unknown := [a for a in e.actors if ctx.known_actor(a) is None]:
                return f"actors {unknown} are not among the listed actors"
            cited = ctx.cited_candidate(e.candidate)
            outcome = ctx.check(e.event, cited, 0.5)
            ids = ctx.cites.get(e.candidate, ())
            absent = [a for a in e.actors if ids and not ctx.mentioned(a, ids)]
            if outcome.ok() and absent:
                outcome.failure = f"names: actors {absent} are not in the dated sentence"
            return _record(
                e, outcome, f"event {e.event!r} is not what dated sentence {e.candidate} says"
            )

        self.events = _screen(self.events, check, ctx, "events")
        return self


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
    # Dated sentence id -> the actors in it (not a scan per date); only the dated sentences:
    # lists for every sentence that names someone cost twice the text on a long article.
    dated = {c.sentence.id for c in candidates}
    named: dict[int, list[str]] = {}
    for name, ids in mentioned.items():
        for sid in ids:
            if sid in dated:
                named.setdefault(sid, []).append(name)
    events = []
    lang = pack(doc.language)
    for c in candidates:
        e = by_id.get(c.id)
        in_sentence = named.get(c.sentence.id, [])
        model_actors = [n for a in e.actors if (n := resolve(a))] if e else []
        x = c.expression
        s = c.sentence
        told = s.text
        if c.bare and not e:  # the date as written, not the line that holds it (the
            # model's phrase keeps the sentence it was checked against as its evidence)
            spans = [evidence(doc, s.id, x.start, x.end, "exact", x.text)]
        elif not e and (cut := dateline_end(s.text, lang)):  # the lead without its dateline
            told = s.text[cut:]  # ("PLANO, Texas, June 30, 2020 /PRNewswire/ -- ")
            spans = [evidence(doc, s.id, s.start + cut, s.end, "exact", told)]
        else:
            spans = cited(doc, [s.id])
        events.append(
            TimelineEvent(
                date=x.date,
                date_text=x.text,
                event=e.event if e else x.text if c.bare else told,
                actors=list(dict.fromkeys(model_actors or ([] if c.bare else in_sentence))),
                evidence=spans,
                anchor=x.anchor,
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


class TimelineTask(Task[TimelineAnswer]):
    name = "timeline"
    answer = TimelineAnswer
    order = 40
    on_embedded = False  # as stances: no item and no score on the gold dev split

    def find(self, doc: Document, f: Findings) -> list[DatedCandidate]:
        return dated_candidates(doc, f.times)

    def dated(self, f: Findings) -> list[DatedCandidate]:
        return cast(list[DatedCandidate], f.found.get(self.name, []))

    def context(self, doc: Document, f: Findings,
                shown: Sequence[DatedCandidate] = ()) -> Any:  # fmt: skip
        """The grounding context of dated candidates (each cites its one sentence)."""
        sentences = {c.id: c.sentence.id for c in self.dated(f)}
        return f.context(doc, {c.id: c.sentence.text for c in shown}, sentences)

    def prompt(self, doc: Document, f: Findings, ids: set[int]) -> Prompt | None:
        shown = [c for c in self.dated(f) if c.sentence.id in ids][:MAX_CANDIDATES]
        if not shown:
            return None
        listed = [{"id": c.id, "date_text": c.expression.text,
                   "text": _budget.capped(c.sentence.text, c.expression.start - c.sentence.start)}
                  for c in shown]  # fmt: skip
        return Prompt(self.context(doc, f, shown), {"candidates": listed})

    def assemble(self, doc: Document, f: Findings, answer: TimelineAnswer | None) -> dict[str, Any]:
        return {"timeline": timeline(doc, self.dated(f), answer, f.resolve, f.mentioned)}


TASK = TimelineTask()
