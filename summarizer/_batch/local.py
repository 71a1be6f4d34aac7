"""Many articles: bounded concurrency, results as they complete, resumable output.

Why it is shaped this way:

- Inputs are streamed (a folder is scanned, a JSONL file read line by line) and
  at most ``concurrency`` articles are in flight, so memory stays flat for
  100,000 articles: only ids are remembered, never texts or digests.
- Each result is one JSON line appended, flushed and fsynced the moment it is
  done, so a batch killed with SIGKILL loses at most the articles in flight.
  Rerunning skips ids whose last line says ``done`` and retries ``failed``
  ones; the last line per id wins, a torn last line is cut off, and a run
  that reaches the end of its input compacts the file to one line per id
  (temp file + ``os.replace``, so a kill then loses nothing either).
- A batch reads only what it should: a JSONL ``path`` is resolved against the
  JSONL file's folder and must stay inside it (symlinks followed first), or
  inside a folder given with ``--allow-paths``; a folder's entries must stay
  inside the folder.  Anything else (``../../etc/passwd``, an absolute path
  elsewhere) is that article's ``InputError``, never read.  Loading then reads
  regular files only, with a size cap and a timeout (``_loading.read_regular``),
  so a FIFO or a device fails its article instead of hanging the batch.
- A dead server fails every article alike: after ``MAX_BACKEND_FAILURES`` in
  a row the batch stops (exit 4) and leaves the rest undone for the next run
  instead of recording thousands of identical failures.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Callable,
    Coroutine,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import aclosing, contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from summarizer._batch.results import BatchResult, ResultLog, Stats
from summarizer._cache import DigestCache, served_model, summarize_cached
from summarizer._config import Backend
from summarizer._exceptions import InputError, SummarizerError
from summarizer._input.loading import _TEXT_SUFFIXES

if TYPE_CHECKING:
    from summarizer._backends.client import Policy

log = logging.getLogger("summarizer")
MAX_BACKEND_FAILURES = 20  # in a row: the server is down, not the articles bad
Source = str | os.PathLike[str] | bytes
Work = Callable[["Item"], Coroutine[Any, Any, "BatchResult"]]


@dataclass(frozen=True)
class Item:
    """One article to digest; ``problem`` marks an input entry that cannot be one."""

    id: str
    source: Source | None
    published: str | None = None
    url: str | None = None
    problem: str | None = None


# ---------------------------------------------------------------- inputs


def item_from(
    obj: Any, fallback_id: str, base: Path, allowed: Sequence[Path] | None = None
) -> Item:
    """An Item from a JSONL object: ``id``, ``text`` or ``path``, ``published``?, ``url``?.

    ``allowed``: the folders a ``path`` may resolve into (None: anywhere, for
    the Python API, whose caller chose the paths itself).
    """
    if not isinstance(obj, dict):
        return Item(fallback_id, None, problem=f"{fallback_id}: not a JSON object")
    ident = obj.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int) or str(ident) == "":
        return Item(fallback_id, None, problem=f"{fallback_id}: no id")
    ident = str(ident)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    published = obj.get("published")
    if published is not None and not isinstance(published, str):
        return Item(ident, None, url=url, problem=f"published {published!r} is not YYYY-MM-DD")
    source: Source
    if isinstance(obj.get("text"), str):
        # Bytes, not str: a one-line text must never be taken for a file path.
        try:
            source = obj["text"].encode("utf-8")
        except UnicodeEncodeError:
            return Item(ident, None, url=url, problem=f"{ident}: text is not valid Unicode")
    elif isinstance(obj.get("path"), str):
        source = base / Path(obj["path"]).expanduser()  # relative to the JSONL file
        if allowed is not None and (problem := outside(source, allowed)) is not None:
            return Item(ident, None, url=url, problem=problem)
    elif url is not None:
        from summarizer._input.fetch import is_url

        if not is_url(url):
            return Item(ident, None, url=url, problem=f"{ident}: url {url!r} is not http(s)")
        source = url.strip()  # fetched when its turn comes
    else:
        return Item(ident, None, url=url, problem=f"{ident}: needs a 'text', 'path' or 'url'")
    return Item(ident, source, published, url)


def outside(path: Path, allowed: Sequence[Path]) -> str | None:
    """Why ``path`` may not be read (it resolves outside every allowed folder), or None."""
    try:
        real = path.resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # a NUL byte, a symlink loop
        return f"path {os.fspath(path)!r} is not usable: {exc}"
    if any(real.is_relative_to(folder) for folder in allowed):
        return None
    return (
        f"path {os.fspath(path)!r} is outside {os.fspath(allowed[0])}; "
        "pass --allow-paths DIR to allow reading from another folder"
    )


def read_inputs(path: Path | str, allow_paths: Sequence[Path] = ()) -> Iterator[Item]:
    """Stream the items of a folder (.txt/.html files, id = file name), a JSONL file or feeds.

    Paths are confined to the folder (or the JSONL file's folder) and ``allow_paths``.
    """
    if isinstance(path, str):
        yield from _feed_items(path)
        return
    base = path if path.is_dir() else path.parent
    allowed = [base.resolve(), *(p.expanduser().resolve() for p in allow_paths)]
    if path.is_dir():
        with os.scandir(path) as entries:
            for entry in entries:
                # Not only regular files: a FIFO named a.txt fails its own article when
                # loading refuses it, rather than vanishing from the results.
                if entry.name.lower().endswith(_TEXT_SUFFIXES) and not entry.is_dir():
                    problem = outside(Path(entry.path), allowed)  # a symlink out of the folder
                    if problem is not None:
                        yield Item(entry.name, None, problem=problem)
                    else:
                        yield Item(entry.name, Path(entry.path))
        return
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError:
                yield Item(f"line-{n}", None, problem=f"{path.name} line {n} is not JSON")
                continue
            yield item_from(obj, f"line-{n}", path.parent, allowed)


def count_inputs(path: Path | str) -> int:
    """A cheap streaming pass for the progress bar's total (nothing parsed, nothing kept)."""
    if isinstance(path, str):
        return 0  # feeds: known once read, and read once only
    if path.is_dir():
        with os.scandir(path) as entries:
            return sum(1 for e in entries if e.name.lower().endswith(_TEXT_SUFFIXES))
    with path.open("rb") as fh:
        return sum(1 for raw in fh if raw.strip())


def batch_input(spec: str) -> Path | str:
    """What a batch INPUT names: feeds stay a string (a URL is no path), the rest a Path."""
    from summarizer._input.feeds import is_feed_input

    return spec if is_feed_input(spec) else Path(spec)


def _feed_items(spec: str) -> Iterator[Item]:
    from summarizer._input.feeds import feed_entries

    for entry in feed_entries(spec):
        yield Item(entry.id, entry.url, entry.published, entry.url)


def check_input(path: Path | str) -> None:
    if isinstance(path, str):
        return  # feeds are checked as they are read
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    if not path.is_dir() and not path.is_file():  # a FIFO would block, and is read twice
        raise InputError(f"{path}: batch input is a folder of articles or a regular .jsonl file")
    if not path.is_dir() and not path.name.lower().endswith((".jsonl", ".ndjson")):
        raise InputError(
            f"{path}: batch input is a folder of articles, a .jsonl file, a feed URL "
            "or a .txt list of feed URLs"
        )


async def aiter_of(items: Iterable[Any] | AsyncIterable[Any]) -> AsyncGenerator[Any, None]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


async def as_items(sources: Iterable[Any] | AsyncIterable[Any]) -> AsyncIterator[Item]:
    """The API's sources as Items: a path (id = the path), text (id = its position), or a dict."""
    n = 0
    async for source in aiter_of(sources):
        if isinstance(source, Mapping):
            yield item_from(dict(source), str(n), Path.cwd())
        elif isinstance(source, os.PathLike):
            yield Item(os.fspath(source), source)
        else:
            yield Item(str(n), source)
        n += 1


# ---------------------------------------------------------------- running


class Worker:
    """Digests one Item behind the cache; every failure becomes a result, never an exception."""

    def __init__(self, backend: Backend, policy: Policy | None, store: DigestCache | None,
                 published: str | date | None = None) -> None:  # fmt: skip
        self.backend, self.policy, self.store, self.published = backend, policy, store, published

    @classmethod
    async def create(cls, backend: Backend, policy: Policy | None, store: DigestCache | None,
                     published: str | date | None = None) -> Worker:  # fmt: skip
        """Ask a server-default model's name once per batch, not once per article."""
        if store is not None and not backend.model:
            backend = replace(backend, model=await served_model(backend))
        return cls(backend, policy, store, published)

    async def __call__(self, item: Item) -> BatchResult:
        if item.problem is not None or item.source is None:
            return BatchResult(item.id, error=InputError(item.problem or "no source"), url=item.url)
        try:
            digest = await summarize_cached(
                item.source,
                published=item.published if item.published is not None else self.published,
                backend=self.backend,
                store=self.store,
                policy=self.policy,
            )
        except SummarizerError as exc:
            return BatchResult(item.id, error=exc, url=item.url)
        except Exception as exc:  # a bug must cost one article, not the batch
            log.debug("article %s failed unexpectedly", item.id, exc_info=True)
            return BatchResult(item.id, error=exc, url=item.url)
        return BatchResult(item.id, digest=digest, url=item.url)


async def outcomes(
    items: Iterable[Item] | AsyncIterable[Item], work: Work, concurrency: int
) -> AsyncGenerator[BatchResult, None]:
    """Results in completion order, at most ``concurrency`` in flight.

    A bounded set of tasks (the job of a semaphore) that is refilled only as
    results come out, so the input is pulled no faster than it is digested.
    Closing the generator cancels what is in flight; those ids stay undone.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    source = aiter_of(items)
    pending: set[asyncio.Task[BatchResult]] = set()
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < concurrency:
                try:
                    item = await anext(source)
                except StopAsyncIteration:
                    exhausted = True
                    break
                pending.add(asyncio.create_task(work(item)))
            if not pending:
                return
            finished, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in finished:
                yield task.result()
    finally:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await source.aclose()


async def run_batch(
    source: Path | str,
    out: Path,
    *,
    work: Work,
    concurrency: int = 4,
    prices: dict[str, tuple[float, float]] | None = None,
    console: Console | None = None,
    max_backend_failures: int = MAX_BACKEND_FAILURES,
    allow_paths: Sequence[Path] = (),
) -> Stats:
    """Digest every input id not yet done in ``out``, appending a line per article.

    Stops early (``Stats.stopped`` says why) after ``max_backend_failures``
    backend errors in a row; compacts ``out`` only when the input was exhausted.
    """
    check_input(source)
    stats = Stats(prices=prices)
    with ResultLog(out) as output:
        if output.torn:
            log.warning("%s: cut %d bytes of a torn last line", out, output.torn)
        done = output.done_ids()
        stats.total = count_inputs(source)
        scheduled: set[str] = set()

        def todo() -> Iterator[Item]:
            for item in read_inputs(source, allow_paths):
                if item.id in done:
                    stats.skipped += 1
                elif item.id in scheduled:
                    stats.duplicates += 1
                else:
                    scheduled.add(item.id)
                    yield item

        with _progress(console, stats) as update:
            async with aclosing(outcomes(todo(), work, concurrency)) as stream:
                async for result in stream:
                    output.append(result)
                    stats.add(result)
                    update()
                    if stats.stop_if_down(result, max_backend_failures):
                        break
            update()
        if stats.stopped is None:
            done.clear()  # compaction builds its own id index: free these first
            scheduled.clear()
            try:
                output.compact()
            except OSError as exc:  # the file stays correct: the last line per id wins
                log.warning("%s not compacted: %s", out, exc)
    return stats


@contextmanager
def _progress(console: Console | None, stats: Stats) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr; yields its update.

    Only on a terminal: in a log file a bar is noise, and the final summary
    line says everything it would have said.
    """
    if console is None or not console.is_terminal:
        yield lambda: None
        return
    bar = Progress(BarColumn(bar_width=24), MofNCompleteColumn(),
                   TextColumn("{task.fields[stats]}"), console=console)  # fmt: skip
    task = bar.add_task("batch", total=stats.total, stats=stats.brief())

    def update() -> None:
        done = stats.skipped + stats.duplicates + stats.done + stats.failed
        bar.update(task, completed=done, stats=stats.brief())

    with bar:
        yield update
