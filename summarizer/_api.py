"""The one-call Python API."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    Callable,
    Coroutine,
    Iterable,
    Mapping,
)
from contextlib import aclosing
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from summarizer._batch.local import Worker, as_items, outcomes
from summarizer._batch.results import BatchResult
from summarizer._cache import CacheOption, open_cache, summarize_cached
from summarizer._config import Backend, resolve_backend
from summarizer._digest import Digest
from summarizer._lang import pack

if TYPE_CHECKING:
    from summarizer._backends.client import Policy

ArticleInput = str | os.PathLike[str] | bytes


async def asummarize(
    source: ArticleInput,
    *,
    published: str | date | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    backend: str | None = None,
    policy: Policy | None = None,
    progress: Callable[[str], None] | None = None,
    cache: CacheOption = None,
    verify: str | None = None,
    language: str = "en",
) -> Digest:
    """Digest one article: ``source`` is its text, a path, or "-" for stdin.

    With no model, base URL or key given here or in the environment, the
    embedded offline model runs.  ``backend`` names one outright: ``"none"``
    makes no request at all (code's findings only: every item ``method="code"``,
    no server started), ``"embedded"``, ``"openai"``, or a plugin registered in
    the ``summarizer.backends`` entry-point group; env ``SUMMARIZER_BACKEND``.
    ``model="anthropic/<name>"`` (or ``google/``, ``ollama/``) uses that
    provider's native API (an extra).  Raises a ``SummarizerError`` subclass.
    ``cache``: True/False, or a folder to keep it in; None means on (in
    ``$SUMMARIZER_CACHE_DIR`` or ~/.cache/summarizer) unless ``SUMMARIZER_CACHE=0``.
    A digest served from the cache cost no request; its ``meta.warnings`` say so.
    ``language`` picks the language pack ("en"; README, Languages): an unknown code
    raises ``UsageError``, text that does not read as the language ``InputError``.
    """
    chosen = resolve_backend(
        model=model, base_url=base_url, api_key=api_key, mode=mode, backend=backend
    )
    policy = with_language(policy, chosen, language)
    if verify is not None:  # "code", "model" or "off": see summarizer/_verify.py
        from summarizer._pipeline import default_policy
        from summarizer._verify import check_verify

        policy = replace(policy or default_policy(chosen), verify=check_verify(verify))
    store = open_cache(cache)
    try:
        return await summarize_cached(source, published=published, backend=chosen,
                                      store=store, policy=policy, progress=progress)  # fmt: skip
    finally:
        if store is not None:
            store.close()


def summarize(
    source: ArticleInput,
    *,
    published: str | date | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    backend: str | None = None,
    policy: Policy | None = None,
    progress: Callable[[str], None] | None = None,
    cache: CacheOption = None,
    verify: str | None = None,
    language: str = "en",
) -> Digest:
    """Blocking twin of :func:`asummarize`; safe to call from inside a running event loop."""
    coro = asummarize(
        source,
        published=published,
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=mode,
        backend=backend,
        policy=policy,
        progress=progress,
        cache=cache,
        verify=verify,
        language=language,
    )
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_boxed(coro)).digest
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


class _Box:
    """The digest behind a short repr: on leaving, ``asyncio.run`` (3.11) formats its SIGINT
    handler, and with it the main task's result, in full; for a digest of a long article,
    seconds of CPU for a message nobody reads."""

    __slots__ = ("digest",)

    def __init__(self, digest: Digest) -> None:
        self.digest = digest


async def _boxed(coro: Coroutine[Any, Any, Digest]) -> _Box:
    return _Box(await coro)


async def summarize_many(
    sources: Iterable[ArticleInput | Mapping[str, Any]]
    | AsyncIterable[ArticleInput | Mapping[str, Any]],
    *,
    concurrency: int = 4,
    published: str | date | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    backend: str | None = None,
    policy: Policy | None = None,
    cache: CacheOption = None,
    language: str = "en",
) -> AsyncGenerator[BatchResult, None]:
    """Digest many articles, yielding a ``BatchResult`` as each one completes.

    A source is a path (its id is the path), article text (its id is its
    position, "0", "1", ...), or a dict like a line of the CLI's JSONL input:
    ``{"id": ..., "text": ... | "path": ..., "published": ..., "url": ...}``.
    Sources are pulled lazily, at most ``concurrency`` articles in flight; a
    failed article is a result with ``error`` set, never an exception.
    ``published`` is the date for sources that give none.  Close the iterator
    (``contextlib.aclosing``) to stop early: what is in flight is cancelled.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    chosen = resolve_backend(
        model=model, base_url=base_url, api_key=api_key, mode=mode, backend=backend
    )
    policy = with_language(policy, chosen, language)
    store = open_cache(cache)
    try:
        work = await Worker.create(chosen, policy, store, published)
        async with aclosing(outcomes(as_items(sources), work, concurrency)) as stream:
            async for result in stream:
                yield result
    finally:
        if store is not None:
            store.close()


def with_language(policy: Policy | None, backend: Backend, language: str) -> Policy | None:
    """``policy`` carrying ``language`` to where the rules run; an unknown code fails here."""
    code = pack(language).code
    if code == (policy.language if policy else "en"):
        return policy
    from summarizer._pipeline import default_policy

    return replace(policy or default_policy(backend), language=code)
