"""The pipeline, in the one direction data flows:

input -> clean text -> sentences -> code-found facts (actors, quotes with
speakers, dated sentences) -> prompts -> model -> validated answers ->
grounded digest.  Renderers take the digest from here; they never call the
model.  A task whose answer stays invalid costs only its own section: code's
findings stand in for it and ``meta.warnings`` says so.  A dead server stops
the run with ``BackendUnavailable``.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from pydantic import BaseModel

from summarizer import _assemble, _embedded
from summarizer._actors import Actor, find_actors
from summarizer._actors import resolve as resolve_actor
from summarizer._answers import (
    ClaimsAnswer,
    GroundingContext,
    StancesAnswer,
    SummaryAnswer,
    TimelineAnswer,
)
from summarizer._assemble import DatedCandidate
from summarizer._claims import ClaimCandidate, find_candidates
from summarizer._cleaning import clean
from summarizer._config import Backend
from summarizer._dates import find_time_expressions
from summarizer._digest import Digest, Meta, Source, Usage
from summarizer._exceptions import InputError, OutputError
from summarizer._extractive import extractive_summary
from summarizer._llm import ModelClient, Policy
from summarizer._loading import ensure_article, load
from summarizer._prompts import messages, prompt_version
from summarizer._quotes import find_quotes
from summarizer._segment import Document, Sentence, segment

Progress = Callable[[str], None]
M = TypeVar("M", bound=BaseModel)
MIN_WORDS = 8
MAX_CANDIDATES = 12  # per task, so a long article's prompt stays small


def parse_published(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD") from None


class Clock:
    """Wall time per pipeline stage, reported in ``meta.timings_s``."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            spent = time.perf_counter() - started
            self.stages[name] = self.stages.get(name, 0.0) + spent

    def add(self, name: str, seconds: float) -> None:
        self.stages[name] = self.stages.get(name, 0.0) + seconds

    def rounded(self) -> dict[str, float]:
        return {name: round(spent, 4) for name, spent in self.stages.items()}


def prepare(source: str | os.PathLike[str] | bytes, clock: Clock | None = None) -> Document:
    """Everything before the model: fails fast on bad input, starts no server."""
    clock = clock or Clock()
    with clock.stage("load"):
        raw = load(source)
    with clock.stage("clean"):
        cleaned = clean(raw.text)
    if len(cleaned.text.split()) < MIN_WORDS:
        raise InputError(f"{raw.origin} has no article text ({len(cleaned.text.split())} words)")
    ensure_article(cleaned.text, raw.origin)
    with clock.stage("segment"):
        return segment(cleaned.text, cleaned.title or raw.title, raw.published)


def ready(backend: Backend) -> Backend:
    if backend.kind == "embedded" and backend.base_url is None:
        return replace(backend, base_url=_embedded.start())
    return backend


class _Session:
    """One article's conversation with the model: asks tasks, collects warnings."""

    def __init__(
        self, client: ModelClient, doc: Document, published: str | None, say: Progress,
        clock: Clock,
    ) -> None:  # fmt: skip
        self.client, self.doc, self.published, self.say = client, doc, published, say
        self.clock = clock
        self.warnings: list[str] = []
        self.asked = self.failed = 0

    async def ask(
        self, task: str, answer: type[M], ctx: GroundingContext, view: Document, *,
        max_tokens: int = 768, **variables: object,
    ) -> M | None:  # fmt: skip
        """One task; an answer still malformed after the re-asks costs only this section."""
        self.say(f"asking {self.client.backend.model or 'the model'}: {task}")
        self.asked += 1
        with self.clock.stage("prompt"):
            prompt = messages(task, view, self.published, **variables)
        started = time.perf_counter()
        try:
            return await self.client.ask(prompt, answer, ctx, max_tokens=max_tokens)
        except OutputError as exc:
            self.failed += 1
            self.warnings.append(f"{task}: {exc}")
            return None
        finally:
            self.warnings.extend(f"{task}: {d}" for d in ctx.dropped)
            # Validators run inside the model call: split their time out of it.
            self.clock.add("model", time.perf_counter() - started - ctx.validate_s)
            self.clock.add("validate", ctx.validate_s)


async def run(
    source: str | os.PathLike[str] | bytes | Document,
    *,
    published: str | date | None,
    backend: Backend,
    policy: Policy | None = None,
    progress: Progress | None = None,
    clock: Clock | None = None,
) -> Digest:
    """Digest ``source``; a ``Document`` already prepared (and its ``clock``) skips ``prepare``.

    The cache prepares first because its key needs the cleaned text; passing the
    document on keeps that work from being done twice.
    """
    clock = clock or Clock()
    # Wall time already spent preparing counts towards latency, as if done here.
    started = time.perf_counter() - sum(clock.stages.values())
    say = progress or (lambda _: None)
    # Code's work runs in a worker thread: one long article must not stall a batch's loop.
    doc = (
        source if isinstance(source, Document) else await asyncio.to_thread(prepare, source, clock)
    )
    # The caller's date wins; an HTML page's own metadata is the fallback.
    day = parse_published(published if published is not None else doc.published)
    if backend.kind == "embedded" and backend.base_url is None:
        say("starting the embedded model server")
    if policy is None:
        # Measured on the seed: none of the 135M model's re-asks produced a valid item, and
        # each costs a full answer; code's findings stand in for what it drops.
        policy = Policy(reasks=0 if backend.kind == "embedded" else 2)
    client = ModelClient(ready(backend), policy)
    try:
        return await _digest(client, doc, day, started, say, clock)
    finally:
        await client.aclose()


async def _digest(
    client: ModelClient, doc: Document, day: date | None, started: float, say: Progress,
    clock: Clock,
) -> Digest:  # fmt: skip
    iso = day.isoformat() if day else None
    with clock.stage("server"):
        model = await client.model_name()
    session = _Session(client, doc, iso, say, clock)

    # What code finds exactly, before any model call.
    with clock.stage("extract"):
        found, mentioned, claim_candidates, dated = await asyncio.to_thread(_extract, doc, day)

    def resolve(name: str) -> str | None:
        actor = resolve_actor(name, found)
        return actor.name if actor else None

    actor_ids = {name: frozenset(ids) for name, ids in mentioned.items()}

    def context(candidates: dict[int, str] | None = None) -> GroundingContext:
        return GroundingContext(
            doc=doc, candidates=candidates or {}, actors=actor_ids, resolve=resolve
        )

    # What the model judges and phrases, each answer validated against the above.  A long
    # article is shown in parts of whole sentences (global ids, so offsets stay exact).
    parts = split_for_prompt(doc)
    if len(parts) > 1:
        say(f"long article: the model reads it in {len(parts)} parts")
    answers: list[_Answers] = []
    for part in parts:
        ids = {s.id for s in part}
        view = replace(doc, sentences=part)
        got = _Answers()
        got.summary = await session.ask("summary", SummaryAnswer, context(), view, max_tokens=512)
        shown = [c for c in claim_candidates if c.sentence in ids][:MAX_CANDIDATES]
        if shown:
            sources = {c.id: _text_of(doc, c.evidence[0].sentence, c.evidence[-1].sentence)
                       for c in shown}  # fmt: skip
            got.claims = await session.ask(
                "claims", ClaimsAnswer, context(sources), view, max_tokens=1024, candidates=shown
            )
        listed = [
            {"name": a.name, "type": a.type, "sentences": sorted(mentioned[a.name] & ids)[:8]}
            for a in found[:MAX_CANDIDATES]
            if mentioned[a.name] & ids
        ]
        if listed:
            got.stances = await session.ask(
                "stances", StancesAnswer, context(), view, actors=listed
            )
        shown_dates = [c for c in dated if c.sentence.id in ids][:MAX_CANDIDATES]
        if shown_dates:
            got.timeline = await session.ask(
                "timeline", TimelineAnswer, context({c.id: c.sentence.text for c in shown_dates}),
                view, candidates=[{"id": c.id, "date_text": c.expression.text,
                                   "text": c.sentence.text} for c in shown_dates],
            )  # fmt: skip
        answers.append(got)
    summary, claims, stances, timeline = _merge(answers)

    text = doc.text
    assembling = time.perf_counter()
    digest = Digest(
        source=Source(
            title=doc.title,
            published=iso,
            chars=len(text),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
        ),
        summary=_assemble.summary(doc, summary, extractive_summary(doc, found)),
        actors=_assemble.actors(doc, found),
        claims=_assemble.claims(claim_candidates, claims),
        stances=_assemble.stances(doc, stances, resolve),
        timeline=_assemble.timeline(doc, dated, timeline, resolve, mentioned),
        meta=Meta(
            model=model,
            backend=client.backend.kind,
            prompt_version=prompt_version(),
            usage=Usage(
                prompt_tokens=client.tally.prompt_tokens,
                completion_tokens=client.tally.completion_tokens,
                requests=client.tally.requests,
                cached_prompt_tokens=client.tally.cached_prompt_tokens,
            ),
            retries=client.tally.retries,
            latency_s=0.0,
            warnings=session.warnings,
        ),
    )
    clock.add("assemble", time.perf_counter() - assembling)
    server_s = client.tally.server_ms / 1000 if client.tally.server_ms is not None else None
    meta = digest.meta.model_copy(
        update={
            "latency_s": round(time.perf_counter() - started, 3),
            "timings_s": clock.rounded(),
            "server_model_s": round(server_s, 3) if server_s is not None else None,
        }
    )
    digest = digest.model_copy(update={"meta": meta})
    if session.failed == session.asked:
        # Every answer malformed: likely a misconfigured backend (e.g. the wrong --mode).
        # Say so loudly, but hand over what code found rather than lose it.
        raise OutputError(
            "every answer of the model was malformed after the re-asks: "
            + "; ".join(session.warnings[:3]),
            partial=digest,
        )
    return digest


def _extract(
    doc: Document, day: date | None
) -> tuple[list[Actor], dict[str, set[int]], list[ClaimCandidate], list[DatedCandidate]]:
    found = find_actors(doc)
    mentioned = _assemble.actor_sentences(doc, found)
    claim_candidates = find_candidates(doc, found, find_quotes(doc, found))
    for c in claim_candidates:  # a speaker's quotes show their stance too
        if c.speaker in mentioned:
            mentioned[c.speaker].update(ev.sentence for ev in c.evidence)
    dated = _assemble.dated_candidates(doc, find_time_expressions(doc.text, day))
    return found, mentioned, claim_candidates, dated


def _text_of(doc: Document, first: int, last: int) -> str:
    return " ".join(s.text for s in doc.sentences[first - 1 : last])


PART_CHARS = 12_000  # ~3,000 tokens of article per prompt: fits an 8k context with room to answer
PART_OVERLAP = 2  # sentences shared by neighbouring parts, so no statement loses its context


def split_for_prompt(doc: Document, limit: int = PART_CHARS) -> list[tuple[Sentence, ...]]:
    """The article's sentences in parts of at most ``limit`` characters (one part if it fits)."""
    parts: list[tuple[Sentence, ...]] = []
    current: list[Sentence] = []
    size = 0
    for s in doc.sentences:
        if current and size + len(s.text) > limit:
            parts.append(tuple(current))
            current = current[-PART_OVERLAP:] if len(current) > PART_OVERLAP else []
            size = sum(len(c.text) + 1 for c in current)
        current.append(s)
        size += len(s.text) + 1
    if current:
        parts.append(tuple(current))
    return parts


@dataclass
class _Answers:
    summary: SummaryAnswer | None = None
    claims: ClaimsAnswer | None = None
    stances: StancesAnswer | None = None
    timeline: TimelineAnswer | None = None


def _merge(
    answers: list[_Answers],
) -> tuple[SummaryAnswer | None, ClaimsAnswer | None, StancesAnswer | None, TimelineAnswer | None]:
    """One answer per task from the parts' answers (all already validated)."""
    if len(answers) == 1:
        a = answers[0]
        return a.summary, a.claims, a.stances, a.timeline
    summaries = [a.summary for a in answers if a.summary]
    lead = next((x for x in summaries if x.headline and x.abstract), None)
    summary = None
    if summaries:
        points = [kp for x in summaries for kp in x.key_points][:5]
        summary = SummaryAnswer.model_construct(
            headline=lead.headline if lead else "", abstract=lead.abstract if lead else "",
            key_points=points,
        )  # fmt: skip
    claims = [a.claims for a in answers if a.claims]
    stances = [a.stances for a in answers if a.stances]
    events = [a.timeline for a in answers if a.timeline]
    return (
        summary,
        ClaimsAnswer.model_construct(labels=[x for c in claims for x in c.labels])
        if claims else None,
        StancesAnswer.model_construct(stances=[x for s in stances for x in s.stances])
        if stances else None,
        TimelineAnswer.model_construct(events=[x for t in events for x in t.events])
        if events else None,
    )  # fmt: skip
