"""Asking the model: one article's tasks as jobs, concurrent where the backend allows.

A long article is shown in parts of whole sentences; each part's registered tasks
(summarizer/_tasks: only those with something to ask there, and not those the
backend skips) become jobs.  On a backend that serves requests in parallel they all run
at once, else one after another; either way warnings keep task order and the
answers are merged per task.  Every answer here is already validated.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from summarizer import _budget
from summarizer._config import Backend
from summarizer._exceptions import BackendError, OutputError
from summarizer._prompts import messages
from summarizer._tasks import Merged, Task, registered
from summarizer._tasks.context import GroundingContext
from summarizer._tasks.findings import MAX_CANDIDATES, Findings
from summarizer._text.segment import Document, Sentence

if TYPE_CHECKING:
    from summarizer._backends.client import ModelClient
    from summarizer._pipeline import Clock, Progress

M = TypeVar("M", bound=BaseModel)
__all__ = ["MAX_CANDIDATES", "Session", "ask_all", "merge", "split_for_prompt"]


class Session:
    """One article's conversation with the model: asks tasks, collects warnings in task order."""

    def __init__(self, client: ModelClient, published: str | None, say: Progress, clock: Clock
                 ) -> None:  # fmt: skip
        self.client, self.published, self.say, self.clock = client, published, say, clock
        self.notes: dict[int, list[str]] = {}  # job number -> its warnings (jobs may overlap)
        self.asked = self.failed = 0
        self.validate_s = self.prompt_s = 0.0

    @property
    def warnings(self) -> list[str]:
        return [w for job in sorted(self.notes) for w in self.notes[job]]

    async def ask(
        self, job: int, task: str, answer: type[M], ctx: GroundingContext, view: Document, *,
        max_tokens: int = 768, **variables: object,
    ) -> M | None:  # fmt: skip
        """One task; an answer still malformed after the re-asks costs only this section."""
        self.say(f"asking {self.client.backend.model or 'the model'}: {task}")
        self.asked += 1
        notes = self.notes.setdefault(job, [])
        started = time.perf_counter()
        prompt = messages(task, view, self.published, **variables)
        self.prompt_s += time.perf_counter() - started
        try:
            return await self.client.ask(prompt, answer, ctx, max_tokens=max_tokens)
        except OutputError as exc:
            self.failed += 1
            notes.append(f"{task}: {exc}")
            return None
        finally:
            notes.extend(f"{task}: {d}" for d in ctx.dropped)
            self.validate_s += ctx.validate_s


async def ask_all(
    session: Session, doc: Document, f: Findings, backend: Backend
) -> tuple[list[Answers], str | None]:
    """The model's answers per part; tasks overlap where the backend serves requests in parallel.

    A long article is shown in parts of whole sentences (global ids, so offsets
    stay exact).  On the embedded model a dead or stalled server costs only the
    model's part: the answers so far are kept, and the second value says why.
    """
    parts, cut = _budget.bounded(split_for_prompt(doc))
    if cut:
        session.notes.setdefault(-1, []).append(cut)  # before every task's warnings
    if len(parts) > 1:
        session.say(f"long article: the model reads it in {len(parts)} parts")
    answers: list[Answers] = [{} for _ in parts]
    lost = None
    jobs = [
        job
        for n, part in enumerate(parts)
        for task, job in _jobs(session, doc, f, part, answers[n])
        if task not in backend.skip_tasks
    ]
    started = time.perf_counter()
    try:
        if backend.parallel:
            await _together([job(n) for n, job in enumerate(jobs)])
        else:
            for n, job in enumerate(jobs):
                await job(n)
    except BackendError as exc:
        if not backend.embedded:
            raise
        lost = f"model: {exc}; the rest of this digest is code's findings only"
    finally:
        wall = time.perf_counter() - started
        session.clock.add("prompt", session.prompt_s)
        session.clock.add("validate", session.validate_s)
        # Validators run inside the model calls: their time is split out of the model's.
        session.clock.add("model", max(0.0, wall - session.prompt_s - session.validate_s))
    return answers, lost


async def _together(coros: list[Coroutine[Any, Any, None]]) -> None:
    """Run all at once; the first failure cancels the rest and is raised."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        await asyncio.gather(*tasks)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


Job = Callable[[int], Coroutine[Any, Any, None]]


def _jobs(
    session: Session, doc: Document, f: Findings, part: tuple[Sentence, ...], got: Answers
) -> list[tuple[str, Job]]:
    """One part's tasks by name, each filling its slot of ``got`` (only those with a prompt)."""
    ids = {s.id for s in part}
    view = replace(doc, sentences=_budget.shown(part))
    jobs: list[tuple[str, Job]] = []
    for task in registered():
        asked = task.prompt(doc, f, ids)
        if asked is None:
            continue

        async def job(n: int, t: Task[Any] = task, ctx: GroundingContext = asked.ctx,
                      variables: dict[str, Any] = asked.variables) -> None:  # fmt: skip
            got[t.name] = await session.ask(n, t.name, t.answer, ctx, view,
                                            max_tokens=t.max_tokens, **variables)  # fmt: skip

        jobs.append((task.name, job))
    return jobs


PART_CHARS = 12_000  # ~3,000 tokens of article per prompt: fits an 8k context with room to answer
PART_OVERLAP = 2  # sentences shared by neighbouring parts, so no statement loses its context


def split_for_prompt(doc: Document, limit: int = PART_CHARS) -> list[tuple[Sentence, ...]]:
    """The article's sentences in parts of at most ``limit`` characters (one part if it fits)."""
    parts: list[tuple[Sentence, ...]] = []
    current: list[Sentence] = []
    size = 0
    for s in doc.sentences:
        if current and size + _budget.shown_length(s) > limit:
            parts.append(tuple(current))
            current = current[-PART_OVERLAP:] if len(current) > PART_OVERLAP else []
            size = sum(_budget.shown_length(c) + 1 for c in current)
        current.append(s)
        size += _budget.shown_length(s) + 1
    if current:
        parts.append(tuple(current))
    return parts


Answers = dict[str, BaseModel | None]  # one part's answers by task name


def merge(answers: list[Answers]) -> Merged:
    """One answer per task from the parts' answers (all already validated)."""
    return {t.name: t.merged([a.get(t.name) for a in answers] or [None]) for t in registered()}
