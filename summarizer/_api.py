"""The one-call Python API."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from collections.abc import Callable
from datetime import date

from summarizer._config import resolve_backend
from summarizer._digest import Digest
from summarizer._llm import Policy
from summarizer._pipeline import run

Source = str | os.PathLike[str] | bytes


async def asummarize(
    source: Source,
    *,
    published: str | date | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    policy: Policy | None = None,
    progress: Callable[[str], None] | None = None,
) -> Digest:
    """Digest one article: ``source`` is its text, a path, or "-" for stdin.

    With no model, base URL or key given here or in the environment, the
    embedded offline model runs.  Raises a ``SummarizerError`` subclass.
    """
    backend = resolve_backend(model=model, base_url=base_url, api_key=api_key, mode=mode)
    return await run(source, published=published, backend=backend, policy=policy, progress=progress)


def summarize(
    source: Source,
    *,
    published: str | date | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    policy: Policy | None = None,
    progress: Callable[[str], None] | None = None,
) -> Digest:
    """Blocking twin of :func:`asummarize`; safe to call from inside a running event loop."""
    coro = asummarize(
        source,
        published=published,
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=mode,
        policy=policy,
        progress=progress,
    )
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
