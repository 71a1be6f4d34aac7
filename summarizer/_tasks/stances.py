"""The stances task: the model says each listed actor's stance on a topic, citing sentences
that name or quote the actor; code has no stance of its own to fall back on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from summarizer._digest import ActorType, Stance, StanceLabel
from summarizer._grounding import cited
from summarizer._tasks import Prompt, Task
from summarizer._tasks.context import (
    Checked,
    Line,
    SentenceIds,
    Short,
    _bad_ids,
    _context,
    _record,
    _screen,
)
from summarizer._tasks.findings import Findings
from summarizer._text.segment import Document

Resolve = Callable[[str], str | None]


class StanceAnswer(Checked):
    actor: Short
    actor_type: ActorType
    topic: Short
    stance: StanceLabel
    summary: Line
    sentences: SentenceIds


class StancesAnswer(BaseModel):
    stances: list[StanceAnswer] = Field(max_length=6)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(s: StanceAnswer) -> str | None:
            if bad := _bad_ids(ctx, s.sentences):
                return f"sentence ids {bad} do not exist"
            name = ctx.known_actor(s.actor)
            if name is None:
                return f"actor {s.actor!r} is not one of the listed actors"
            if not set(s.sentences) & ctx.actors.get(name, frozenset()):
                return f"sentences {s.sentences} neither mention nor quote {name}"
            cited = ctx.cited(s.sentences)
            topic = ctx.check(s.topic, cited, 0.5, phrase=True)
            if topic.failure:
                return f"topic {s.topic!r}: {topic.failure}"
            outcome = ctx.check(s.summary, cited, 0.4, actor=name, stance=(s.stance, s.topic))
            outcome.passed = sorted(set(outcome.passed) | set(topic.passed))
            return _record(
                s, outcome, f"summary of {name} not supported by sentences {s.sentences}"
            )

        self.stances = _screen(self.stances, check, ctx, "stances")
        return self


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


class StancesTask(Task[StancesAnswer]):
    name = "stances"
    answer = StancesAnswer
    order = 30
    # On the gold dev split the embedded model wrote no stance and moved no score
    # (bench/bench_task_gain.py), at a full request each (about a minute here).
    on_embedded = False

    def prompt(self, doc: Document, f: Findings, ids: set[int]) -> Prompt | None:
        listed = f.stance_actors(ids)
        return Prompt(f.context(doc), {"actors": listed}) if listed else None

    def assemble(self, doc: Document, f: Findings, answer: StancesAnswer | None) -> dict[str, Any]:
        return {"stances": stances(doc, answer, f.resolve)}


TASK = StancesTask()
