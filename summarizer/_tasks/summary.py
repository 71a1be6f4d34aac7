"""The summary task: headline, abstract and key points; code's extractive summary stands in."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Annotated, Any, Self

from pydantic import Field, StringConstraints, ValidationInfo, model_validator

from summarizer._digest import Summary
from summarizer._extract import extractive as _extractive
from summarizer._grounding import cited
from summarizer._tasks import Prompt, Task
from summarizer._tasks.context import (
    Checked,
    Line,
    SentenceIds,
    _bad_ids,
    _context,
    _record,
    _screen,
)
from summarizer._tasks.findings import Findings
from summarizer._text.segment import Document


class KeyPoint(Checked):
    point: Line
    sentences: SentenceIds


class SummaryAnswer(Checked):
    headline: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    abstract: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)]
    key_points: list[KeyPoint] = Field(max_length=5)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(kp: KeyPoint) -> str | None:
            if bad := _bad_ids(ctx, kp.sentences):
                return f"sentence ids {bad} do not exist"
            outcome = ctx.check(kp.point, ctx.cited(kp.sentences), 0.5)
            return _record(
                kp, outcome, f"{kp.point!r} is not supported by sentences {kp.sentences}"
            )

        self.key_points = _screen(self.key_points, check, ctx, "key_points")
        started = time.perf_counter()
        whole = ctx.whole()
        outcomes = {
            name: ctx.check(text, whole, 0.6)
            for name, text in (("headline", self.headline), ("abstract", self.abstract))
        }
        ctx.validate_s += time.perf_counter() - started
        failed = {name: o.failure for name, o in outcomes.items() if o.failure}
        if failed and not ctx.final:
            raise ValueError(
                "; ".join(f"{name}: {why}" for name, why in failed.items())
                + ". Summarise only what the article says, in its words."
            )
        # The caller puts code's extractive headline and abstract in place of the model's
        # (one failing makes the other suspect: an injected story passes a word count);
        # the key points stand or fall on their own checks.
        if failed:
            ctx.dropped.extend(f"dropped the model's {n}: {why}" for n, why in failed.items())
            self.headline = self.abstract = ""
        self._checks = sorted({c for o in outcomes.values() for c in o.passed})
        return self


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


class SummaryTask(Task[SummaryAnswer]):
    name = "summary"
    answer = SummaryAnswer
    order = 10
    max_tokens = 512

    def prompt(self, doc: Document, f: Findings, ids: set[int]) -> Prompt:
        return Prompt(f.context(doc), {})  # every part is summarised

    def merge(self, answers: Sequence[SummaryAnswer]) -> SummaryAnswer | None:
        """The first part with a headline and abstract leads; key points from all parts."""
        if not answers:
            return None
        lead = next((x for x in answers if x.headline and x.abstract), None)
        points = [kp for x in answers for kp in x.key_points][:5]
        return SummaryAnswer.model_construct(
            headline=lead.headline if lead else "", abstract=lead.abstract if lead else "",
            key_points=points,
        )  # fmt: skip

    def assemble(self, doc: Document, f: Findings, answer: SummaryAnswer | None) -> dict[str, Any]:
        return {"summary": summary(doc, answer, _extractive.extractive_summary(doc, f.actors))}


TASK = SummaryTask()
