"""The claims task: code found every quote and reported statement with its speaker; the
model labels each (kind, one line); a candidate it does not label stays as code found it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Self

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from summarizer import _budget
from summarizer._digest import Claim, ClaimKind
from summarizer._extract.claims import ClaimCandidate
from summarizer._tasks import Prompt, Task
from summarizer._tasks.context import Checked, Line, _context, _record, _screen
from summarizer._tasks.findings import MAX_CANDIDATES, Findings
from summarizer._text.segment import Document


class ClaimLabel(Checked):
    candidate: int = Field(description="the number of the statement")
    kind: ClaimKind
    claim: Line = Field(description="what is asserted, in one line")


class ClaimsAnswer(BaseModel):
    labels: list[ClaimLabel] = Field(max_length=12)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(c: ClaimLabel) -> str | None:
            source = ctx.candidates.get(c.candidate)
            if source is None:
                return f"statement {c.candidate} does not exist"
            speaker = ctx.speakers.get(c.candidate)
            outcome = ctx.check(c.claim, ctx.cited_candidate(c.candidate), 0.5, speaker=speaker)
            return _record(
                c, outcome, f"claim {c.claim!r} is not what statement {c.candidate} says"
            )

        self.labels = _screen(self.labels, check, ctx, "claims")
        return self


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


def _text_of(doc: Document, first: int, last: int) -> str:
    return " ".join(s.text for s in doc.sentences[first - 1 : last])


class ClaimsTask(Task[ClaimsAnswer]):
    name = "claims"
    answer = ClaimsAnswer
    order = 20
    max_tokens = 1024

    def prompt(self, doc: Document, f: Findings, ids: set[int]) -> Prompt | None:
        shown = [c for c in f.claims if c.sentence in ids][:MAX_CANDIDATES]
        if not shown:
            return None
        sources = {c.id: _text_of(doc, c.evidence[0].sentence, c.evidence[-1].sentence)
                   for c in shown}  # fmt: skip
        listed = [{"id": c.id, "speaker": c.speaker, "text": _budget.capped(c.text)}
                  for c in shown]  # fmt: skip
        return Prompt(f.context(doc, sources), {"candidates": listed})

    def assemble(self, doc: Document, f: Findings, answer: ClaimsAnswer | None) -> dict[str, Any]:
        return {"claims": claims(f.claims, answer)}


TASK = ClaimsTask()
