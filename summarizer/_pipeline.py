"""The pipeline, in the one direction data flows:

input -> clean text -> sentences -> prompts -> model -> validated answers
-> grounded digest.  Renderers take the digest from here; they never call
the model.  A task whose answer stays invalid costs only its own section
(reported in ``meta.warnings``); a dead server stops the run.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from pydantic import BaseModel

from summarizer import _assemble, _embedded
from summarizer._answers import (
    ClaimsAnswer,
    GroundingContext,
    StancesAnswer,
    SummaryAnswer,
    TimelineAnswer,
)
from summarizer._cleaning import clean
from summarizer._config import Backend
from summarizer._dates import find_time_expressions
from summarizer._digest import Digest, Meta, Source, Usage
from summarizer._exceptions import InputError, OutputError
from summarizer._llm import ModelClient, Policy
from summarizer._loading import load
from summarizer._prompts import messages, prompt_version
from summarizer._segment import Document, segment

Progress = Callable[[str], None]
MIN_WORDS = 8
M = TypeVar("M", bound=BaseModel)


def parse_published(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD") from None


def prepare(source: str | os.PathLike[str] | bytes) -> Document:
    """Everything before the model: fails fast on bad input, starts no server."""
    raw = load(source)
    cleaned = clean(raw.text)
    if len(cleaned.text.split()) < MIN_WORDS:
        raise InputError(f"{raw.origin} has no article text ({len(cleaned.text.split())} words)")
    return segment(cleaned.text, cleaned.title)


def ready(backend: Backend) -> Backend:
    if backend.kind == "embedded" and backend.base_url is None:
        return replace(backend, base_url=_embedded.start())
    return backend


class _Session:
    """One article's conversation with the model: asks tasks, collects warnings."""

    def __init__(
        self, client: ModelClient, doc: Document, published: str | None, say: Progress
    ) -> None:
        self.client, self.doc, self.published, self.say = client, doc, published, say
        self.warnings: list[str] = []

    async def ask(
        self,
        task: str,
        answer: type[M],
        *,
        max_tokens: int = 768,
        allowed: frozenset[int] | None = None,
        **variables: object,
    ) -> M | None:
        self.say(f"asking {self.client.backend.model or 'the model'}: {task}")
        ctx = GroundingContext(doc=self.doc, allowed_sentences=allowed)
        prompt = messages(task, self.doc, self.published, **variables)
        try:
            return await self.client.ask(prompt, answer, ctx, max_tokens=max_tokens)
        except OutputError as exc:
            self.warnings.append(f"{task}: {exc}")
            return None
        finally:
            self.warnings.extend(f"{task}: {d}" for d in ctx.dropped)


async def run(
    source: str | os.PathLike[str] | bytes,
    *,
    published: str | date | None,
    backend: Backend,
    policy: Policy | None = None,
    progress: Progress | None = None,
) -> Digest:
    started = time.perf_counter()
    say = progress or (lambda _: None)
    day = parse_published(published)
    doc = prepare(source)
    day.isoformat() if day else None
    if backend.kind == "embedded" and backend.base_url is None:
        say("starting the embedded model server")
    if policy is None:  # re-asking a 135M model rarely helps and costs a full answer each
        policy = Policy(reasks=1 if backend.kind == "embedded" else 2)
    client = ModelClient(ready(backend), policy)
    try:
        return await _digest(client, doc, day, started, say)
    finally:
        await client.aclose()


async def _digest(
    client: ModelClient, doc: Document, day: date | None, started: float, say: Progress
) -> Digest:
    iso = day.isoformat() if day else None
    model = await client.model_name()
    session = _Session(client, doc, iso, say)
    dated = _assemble.dated_sentences(doc, find_time_expressions(doc.text, day))

    summary = await session.ask("summary", SummaryAnswer, max_tokens=512)
    claims = await session.ask("claims", ClaimsAnswer, max_tokens=1024, quotes=[])
    stances = await session.ask("stances", StancesAnswer, actors=[])
    timeline = None
    if dated:
        candidates = [
            {"sentence": sid, "date_text": t.text, "text": doc.sentences[sid - 1].text}
            for sid, t in dated.items()
        ]
        timeline = await session.ask(
            "timeline", TimelineAnswer, allowed=frozenset(dated), candidates=candidates
        )
    if all(answer is None for answer in (summary, claims, stances, timeline)):
        raise OutputError("every task's answer was invalid: " + "; ".join(session.warnings))

    text = doc.text
    return Digest(
        source=Source(
            title=doc.title,
            published=iso,
            chars=len(text),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
        ),
        summary=_assemble.summary(doc, summary),
        claims=_assemble.claims(doc, claims) if claims else [],
        stances=_assemble.stances(doc, stances) if stances else [],
        timeline=_assemble.timeline(doc, timeline, dated) if timeline else [],
        meta=Meta(
            model=model,
            backend=client.backend.kind,
            prompt_version=prompt_version(),
            usage=Usage(
                prompt_tokens=client.tally.prompt_tokens,
                completion_tokens=client.tally.completion_tokens,
                requests=client.tally.requests,
            ),
            retries=client.tally.retries,
            latency_s=round(time.perf_counter() - started, 3),
            warnings=session.warnings,
        ),
    )
