"""The pipeline, in the one direction data flows:

input -> clean text -> sentences -> code-found facts (actors, quotes with
speakers, dated sentences) -> prompts -> model -> validated answers ->
grounded digest.  Renderers take the digest from here; they never call the
model.  A task whose answer stays invalid costs only its own section: code's
findings stand in for it and ``meta.warnings`` says so.  A dead server stops
the run with ``BackendUnavailable``, except the embedded model's: on this
machine a slow or stalled model costs only the model's part, never the digest.
The "none" backend stops after the code-found facts: no request, no server.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from summarizer import _actors, _assemble, _embedded
from summarizer._actors import find_actors
from summarizer._actors import resolve as resolve_actor
from summarizer._answers import (
    ClaimsAnswer,
    GroundingContext,
    StancesAnswer,
    SummaryAnswer,
    TimelineAnswer,
)
from summarizer._claims import ClaimCandidate, find_candidates
from summarizer._cleaning import clean
from summarizer._config import Backend
from summarizer._dates import find_time_expressions
from summarizer._digest import Digest, Meta, Source, Usage
from summarizer._exceptions import BackendError, InputError, OutputError
from summarizer._extractive import extractive_summary
from summarizer._loading import ensure_article, load
from summarizer._prompts import messages, prompt_version
from summarizer._quotes import find_quotes
from summarizer._segment import Document, Sentence, segment

if TYPE_CHECKING:  # the model side is imported only when a model is called
    from summarizer._backends.base import Connection
    from summarizer._llm import ModelClient, Policy

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


class _Session:
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


@dataclass
class Findings:
    """What code finds exactly, before (and without) any model call."""

    actors: list[_actors.Actor]
    mentioned: dict[str, set[int]]  # canonical actor name -> ids of sentences naming/quoting it
    claims: list[ClaimCandidate]
    dated: list[_assemble.DatedCandidate]

    def resolve(self, name: str) -> str | None:
        actor = resolve_actor(name, self.actors)
        return actor.name if actor else None

    def context(self, doc: Document, candidates: dict[int, str] | None = None
                ) -> GroundingContext:  # fmt: skip
        actor_ids = {name: frozenset(ids) for name, ids in self.mentioned.items()}
        return GroundingContext(doc=doc, candidates=candidates or {}, actors=actor_ids,
                                resolve=self.resolve)  # fmt: skip

    def stance_actors(self, ids: set[int]) -> list[dict[str, object]]:
        """The actors named in this part (filtered first, then capped: a late actor counts)."""
        here = [a for a in self.actors if self.mentioned[a.name] & ids]
        return [
            {"name": a.name, "type": a.type, "sentences": sorted(self.mentioned[a.name] & ids)[:8]}
            for a in here[:MAX_CANDIDATES]
        ]


def find(doc: Document, day: date | None) -> Findings:
    found = find_actors(doc)
    mentioned = _assemble.actor_sentences(doc, found)
    claim_candidates = find_candidates(doc, found, find_quotes(doc, found))
    for c in claim_candidates:  # a speaker's quotes show their stance too
        if c.speaker in mentioned:
            mentioned[c.speaker].update(ev.sentence for ev in c.evidence)
    dated = _assemble.dated_candidates(doc, find_time_expressions(doc.text, day))
    return Findings(found, mentioned, claim_candidates, dated)


async def run(
    source: str | os.PathLike[str] | bytes | Document,
    *,
    published: str | date | None,
    backend: Backend,
    policy: Policy | None = None,
    progress: Progress | None = None,
    clock: Clock | None = None,
    connection: Connection | None = None,
) -> Digest:
    """Digest ``source``; a ``Document`` already prepared (and its ``clock``) skips ``prepare``.

    The cache prepares first because its key needs the cleaned text; passing the
    document on keeps that work from being done twice.  ``connection`` replaces
    the one the backend's driver would open (tests pass a fake).
    """
    clock = clock or Clock()
    # Wall time already spent preparing counts towards latency, as if done here.
    started = time.perf_counter() - sum(clock.stages.values())
    say = progress or (lambda _: None)
    doc = source if isinstance(source, Document) else prepare(source, clock)
    # The caller's date wins; an HTML page's own metadata is the fallback.
    day = parse_published(published if published is not None else doc.published)
    with clock.stage("extract"):
        findings = find(doc, day)
    if not backend.uses_model:
        return _digest(doc, day, findings, [], _Outcome(backend.kind, backend.kind), started, clock)
    from summarizer import _backends
    from summarizer._llm import ModelClient, Policy

    if backend.embedded and backend.base_url is None and connection is None:
        say("starting the embedded model server")
    if policy is None:
        policy = _embedded.policy() if backend.embedded else Policy(reasks=2)
    with clock.stage("connect"):  # the embedded server's start, the client's TLS setup
        if connection is None:
            backend = _backends.ready(backend)
        client = ModelClient(backend, policy, connection)
    try:
        with clock.stage("server"):
            model = await client.model_name()
        session = _Session(client, day.isoformat() if day else None, say, clock)
        outcome = _Outcome(model, backend.kind)
        answers = await _ask_all(session, doc, findings, backend, outcome)
    finally:
        await client.aclose()
    outcome.note(client, session)
    digest = _digest(doc, day, findings, answers, outcome, started, clock)
    if session.asked and session.failed == session.asked and not backend.embedded:
        # Every answer malformed: likely a misconfigured backend (e.g. the wrong --mode).
        # Say so loudly, but hand over what code found rather than lose it.
        raise OutputError(
            "every answer of the model was malformed after the re-asks: "
            + "; ".join(session.warnings[:3]),
            partial=digest,
        )
    return digest


@dataclass
class _Outcome:
    """What the model side contributes to ``meta``."""

    model: str
    backend: str
    usage: Usage = field(default_factory=Usage)
    retries: int = 0
    server_s: float | None = None
    warnings: list[str] = field(default_factory=list)
    lost: str | None = None  # why the model's part is missing (the embedded model failed)

    def note(self, client: ModelClient, session: _Session) -> None:
        t = client.tally
        self.usage = Usage(
            prompt_tokens=t.prompt_tokens,
            completion_tokens=t.completion_tokens,
            requests=t.requests,
            cached_prompt_tokens=t.cached_prompt_tokens,
        )
        self.retries = t.retries
        self.server_s = t.server_ms / 1000 if t.server_ms is not None else None
        self.warnings = session.warnings
        if session.asked and session.failed == session.asked and client.backend.embedded:
            self.warnings.append("every answer of the embedded model was malformed: "
                                 "this digest is code's findings only")  # fmt: skip
        if self.lost:
            self.warnings.append(self.lost)


async def _ask_all(
    session: _Session, doc: Document, f: Findings, backend: Backend, outcome: _Outcome
) -> list[_Answers]:
    """The model's answers per part; tasks overlap where the backend serves requests in parallel.

    A long article is shown in parts of whole sentences (global ids, so offsets
    stay exact).  On the embedded model a dead or stalled server costs only the
    model's part: the answers so far are kept and ``outcome.lost`` says why.
    """
    parts = split_for_prompt(doc)
    if len(parts) > 1:
        session.say(f"long article: the model reads it in {len(parts)} parts")
    answers = [_Answers() for _ in parts]
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
        outcome.lost = f"model: {exc}; the rest of this digest is code's findings only"
    finally:
        wall = time.perf_counter() - started
        session.clock.add("prompt", session.prompt_s)
        session.clock.add("validate", session.validate_s)
        # Validators run inside the model calls: their time is split out of the model's.
        session.clock.add("model", max(0.0, wall - session.prompt_s - session.validate_s))
    return answers


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
    session: _Session, doc: Document, f: Findings, part: tuple[Sentence, ...], got: _Answers
) -> list[tuple[str, Job]]:
    """One part's tasks by name, each filling its slot of ``got`` (only those with candidates)."""
    ids = {s.id for s in part}
    view = replace(doc, sentences=part)
    jobs: list[tuple[str, Job]] = []

    async def summary(n: int) -> None:
        got.summary = await session.ask(n, "summary", SummaryAnswer, f.context(doc), view,
                                        max_tokens=512)  # fmt: skip

    jobs.append(("summary", summary))
    shown = [c for c in f.claims if c.sentence in ids][:MAX_CANDIDATES]
    if shown:
        sources = {c.id: _text_of(doc, c.evidence[0].sentence, c.evidence[-1].sentence)
                   for c in shown}  # fmt: skip

        async def claims(n: int) -> None:
            got.claims = await session.ask(n, "claims", ClaimsAnswer, f.context(doc, sources),
                                           view, max_tokens=1024, candidates=shown)  # fmt: skip

        jobs.append(("claims", claims))
    listed = f.stance_actors(ids)
    if listed:

        async def stances(n: int) -> None:
            got.stances = await session.ask(n, "stances", StancesAnswer, f.context(doc), view,
                                            actors=listed)  # fmt: skip

        jobs.append(("stances", stances))
    shown_dates = [c for c in f.dated if c.sentence.id in ids][:MAX_CANDIDATES]
    if shown_dates:

        async def timeline(n: int) -> None:
            got.timeline = await session.ask(
                n, "timeline", TimelineAnswer, f.context(doc, {c.id: c.sentence.text
                                                               for c in shown_dates}),
                view, candidates=[{"id": c.id, "date_text": c.expression.text,
                                   "text": c.sentence.text} for c in shown_dates],
            )  # fmt: skip

        jobs.append(("timeline", timeline))
    return jobs


def _digest(
    doc: Document, day: date | None, f: Findings, answers: list[_Answers], outcome: _Outcome,
    started: float, clock: Clock,
) -> Digest:  # fmt: skip
    """Code's findings with the model's validated answers (if any) on top."""
    summary, claims, stances, timeline = _merge(answers)
    text = doc.text
    iso = day.isoformat() if day else None
    assembling = time.perf_counter()
    digest = Digest(
        source=Source(
            title=doc.title,
            published=iso,
            chars=len(text),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
        ),
        summary=_assemble.summary(doc, summary, extractive_summary(doc, f.actors)),
        actors=_assemble.actors(doc, f.actors),
        claims=_assemble.claims(f.claims, claims),
        stances=_assemble.stances(doc, stances, f.resolve),
        timeline=_assemble.timeline(doc, f.dated, timeline, f.resolve, f.mentioned),
        meta=Meta(
            model=outcome.model,
            backend=outcome.backend,
            prompt_version=prompt_version(),
            usage=outcome.usage,
            retries=outcome.retries,
            latency_s=0.0,
            warnings=outcome.warnings,
        ),
    )
    clock.add("assemble", time.perf_counter() - assembling)
    meta = digest.meta.model_copy(
        update={
            "latency_s": round(time.perf_counter() - started, 3),
            "timings_s": clock.rounded(),
            "server_model_s": round(outcome.server_s, 3) if outcome.server_s is not None else None,
        }
    )
    return digest.model_copy(update={"meta": meta})


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
