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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, cast

from summarizer import _offload
from summarizer._asking import (  # noqa: F401  (PART_*, split_for_prompt: used by tests)
    PART_CHARS,
    PART_OVERLAP,
    Session,
    ask_all,
    merge,
    split_for_prompt,
)
from summarizer._backends import llama_server as _embedded
from summarizer._config import Backend
from summarizer._digest import Digest, Meta, Source, Usage
from summarizer._exceptions import InputError, OutputError
from summarizer._extract.page_date import page_date, story_date
from summarizer._input.loading import ensure_article, load
from summarizer._lang import check_language, pack
from summarizer._limits import ITEM_CAPS, ItemCaps
from summarizer._prompts import prompt_version
from summarizer._tasks import Merged, registered
from summarizer._tasks import findings as _findings
from summarizer._tasks.findings import MAX_CANDIDATES, Findings  # noqa: F401  (used by tests)
from summarizer._tasks.timeline import TimelineTask
from summarizer._text.cleaning import clean
from summarizer._text.segment import Document, segment

if TYPE_CHECKING:  # the model side is imported only when a model is called
    from summarizer._backends.base import Connection
    from summarizer._backends.client import ModelClient, Policy

Progress = Callable[[str], None]
MIN_WORDS = 8
JUDGED = ("summary", "claims", "stances", "timeline")  # what --verify model judges (_verify)


def parse_published(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"published date {value!r} is not YYYY-MM-DD") from None


def page_date_note(doc: Document) -> str:
    """What ``meta.warnings`` says of a publication date read on the page itself, or guessed
    from the latest date its story states."""
    if doc.published_guessed:
        return (
            f"no publication date given or found on the page: {doc.published}, the latest "
            f"date the story states ({doc.published_from!r}), anchors relative dates as a "
            "guess; the page may have run later (give its date to override it)"
        )
    return (
        f"no publication date given: {doc.published} read from the page's line "
        f"{doc.published_from!r} anchors relative dates (give one to override it)"
    )


def effective_date(published: str | date | None, doc: Document) -> date | None:
    """The one rule for the anchor date: the caller's date wins, else the page's own (its
    metadata, else a stamp or date line on it: ``_extract.page_date``)."""
    return parse_published(published if published is not None else doc.published)


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


def prepare(
    source: str | os.PathLike[str] | bytes, clock: Clock | None = None, language: str = "en"
) -> Document:
    """Everything before the model: fails fast on bad input, starts no server.

    ``language`` picks the pack the rules read; text that does not read as it is
    refused here (``UnsupportedLanguage``), before any rule runs on it."""
    clock = clock or Clock()
    lang = pack(language)  # an unknown code fails before the input is read
    with clock.stage("load"):
        raw = load(source)
    with clock.stage("clean"):
        cleaned = clean(raw.text)
    if len(cleaned.text.split()) < MIN_WORDS:
        raise InputError(f"{raw.origin} has no article text ({len(cleaned.text.split())} words)")
    ensure_article(cleaned.text, raw.origin)
    check_language(cleaned.text, lang, raw.origin)
    with clock.stage("segment"):  # the document, and its date when the page states one
        published, read_from, guessed = raw.published, None, False
        if published is None and (stamped := page_date(cleaned, raw.text)) is not None:
            published, read_from = stamped  # "Published 13th Feb 2024": the anchor it gives
        elif published is None and (told := story_date(cleaned.text)) is not None:
            (published, read_from), guessed = told, True  # "sentenced on Feb. 28, 2023"
        doc = segment(cleaned.text, cleaned.title or raw.title, published, cleaned.input_map,
                      lang.code)  # fmt: skip
    if not read_from:
        return doc
    return replace(doc, published_from=read_from, published_guessed=guessed)


async def prepare_off_loop(
    source: str | os.PathLike[str] | bytes, clock: Clock, language: str = "en"
) -> Document:
    """``prepare`` away from the event loop: in a worker thread, or for a large input in a
    child process (``_offload``: a thread would still hold the interpreter for seconds)."""
    if not _offload.wanted(source):
        return await asyncio.to_thread(prepare, source, clock, language)
    doc, stages = await _offload.call("prepare", source, language)
    for stage, seconds in stages.items():
        clock.add(stage, seconds)
    return cast(Document, doc)


async def find_off_loop(doc: Document, day: date | None, caps: ItemCaps = ITEM_CAPS) -> Findings:
    """``find`` away from the event loop, as ``prepare_off_loop``."""
    if not _offload.wanted(doc):
        return await asyncio.to_thread(find, doc, day, caps)
    return cast(Findings, await _offload.call("find", doc, day, caps))


def find(doc: Document, day: date | None, caps: ItemCaps = ITEM_CAPS) -> Findings:
    """Code's shared facts, then each registered task's own candidates (``caps``: how many
    items of each kind are kept, ``summarizer._limits``)."""
    f = _findings.find(doc, day, caps)
    for task in registered():
        f.found[task.name] = task.find(doc, f)
    return f


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
    # Code's work runs off the loop: one long article must not stall a batch.
    doc = (
        source
        if isinstance(source, Document)
        else await prepare_off_loop(source, clock, policy.language if policy else "en")
    )
    day = effective_date(published, doc)
    with clock.stage("extract"):
        findings = await find_off_loop(doc, day, policy.items if policy else ITEM_CAPS)
    if published is None and doc.published_from:
        findings.notes.insert(0, page_date_note(doc))
    if not backend.uses_model:
        outcome = _Outcome(backend.kind, backend.kind)
        return _digest(doc, day, findings, merge([]), outcome, started, clock)
    # The model libraries cost seconds to import, once per process: never on the event loop,
    # where they would stall every other article of a batch.
    await asyncio.to_thread(_import_model_side)
    from summarizer import _backends
    from summarizer._backends.client import ModelClient
    from summarizer._verify import Answers, check_verify, default_verify, second_pass

    if backend.embedded and backend.base_url is None and connection is None:
        say("starting the embedded model server")
    policy = policy or default_policy(backend)
    verify = check_verify(policy.verify or default_verify(backend))
    findings.strict = verify != "off"
    with clock.stage("connect"):  # the embedded server's start, the client's TLS setup
        if connection is None:  # may start the embedded server: seconds, off the loop too
            backend = await asyncio.to_thread(_backends.ready, backend)
        client = ModelClient(backend, policy, connection)
    try:
        with clock.stage("server"):
            model = await client.model_name()
        iso = day.isoformat() if day else None
        session = Session(client, iso, say, clock)
        outcome = _Outcome(model, backend.kind)
        answers, outcome.lost = await ask_all(session, doc, findings, backend)
        merged = merge(answers)
        if verify == "model" and outcome.lost is None:  # the model judges each accepted item
            notes = session.notes.setdefault(len(session.notes), [])  # after every task's
            dates = TimelineTask().context(doc, findings)
            judged = cast(Answers, tuple(merged.get(n) for n in JUDGED))
            with clock.stage("verify"):
                await second_pass(client, findings.context(doc), dates, iso, judged, notes)
    finally:
        await client.aclose()
    outcome.note(client, session)
    digest = _digest(doc, day, findings, merged, outcome, started, clock)
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

    def note(self, client: ModelClient, session: Session) -> None:
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


def _import_model_side() -> None:
    import summarizer._backends.client
    import summarizer._verify  # noqa: F401


def default_policy(backend: Backend) -> Policy:
    """Re-asks per backend: none on the embedded model (its re-asks never produced a valid item)."""
    from summarizer._backends.client import Policy

    return _embedded.policy() if backend.embedded else Policy(reasks=2)


def _digest(
    doc: Document, day: date | None, f: Findings, merged: Merged, outcome: _Outcome,
    started: float, clock: Clock,
) -> Digest:  # fmt: skip
    """Code's findings with the model's validated (merged) answers, if any, on top."""
    text = doc.text
    iso = day.isoformat() if day else None
    assembling = time.perf_counter()
    parts = {k: v for t in registered() for k, v in t.part(doc, f, merged.get(t.name)).items()}
    digest = Digest(
        source=Source(
            title=doc.title,
            published=iso,
            chars=len(text),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
            language=doc.language,
        ),
        actors=_findings.actors(doc, f.actors),
        **parts,
        meta=Meta(
            model=outcome.model,
            backend=outcome.backend,
            prompt_version=prompt_version(),
            usage=outcome.usage,
            retries=outcome.retries,
            latency_s=0.0,
            warnings=f.notes + outcome.warnings,  # what code's caps cut, then the model's
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
