"""The batch on Ray Data: the same digests, one actor pool across a cluster.

Why it is shaped this way:

- One actor per worker (a callable class in ``map_batches`` with an actor pool)
  holds one ``Worker`` (backend, policy, cache) and its own event loop; the
  articles of a batch run concurrently on that loop through the local batch's
  own ``results``, so an article is digested exactly as ``summarizer batch``
  digests it.  Every failure is a row with its error: no lost row, no failed job.
- Arrow needs one schema for every block, and a digest's nested lists vary per
  article, so a result row is flat: ``id``, ``status``, ``url`` (null if none),
  ``digest`` as a JSON string (the Digest JSON; ``Digest.model_validate_json``
  reads it) and ``error`` as a struct ``{kind, message}``.  Writing JSONL turns
  ``digest`` back into an object, so a line equals the local batch's line.
- Resuming: a JSONL output is written in the driver as rows stream out, one
  fsynced line each (``ResultLog``), so a SIGKILL loses only rows in flight.  A
  Parquet output cannot be appended to: its done ids are read first, and old and
  new rows are written to a temp file renamed over it at the end, so a run
  killed mid-way loses that run's new rows (with the cache on, not their cost).
- An actor mostly waits for the model server, so it asks for a quarter CPU: a
  pool must leave CPUs for the read tasks, or Ray Data waits forever.
- ``ray`` is imported here only, and lazily: it is an optional extra.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer._backends.client import Policy
from summarizer._batch.local import MAX_BACKEND_FAILURES, Item, Worker, item_from, outcomes
from summarizer._batch.ray_io import utf8
from summarizer._batch.results import BatchResult, Stats
from summarizer._cache import CacheOption, default_dir, enabled_by_default, open_cache
from summarizer._config import Backend, resolve_backend
from summarizer._digest import Digest
from summarizer._exceptions import (
    BackendError,
    BackendUnavailable,
    InputError,
    OutputError,
    SummarizerError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import pyarrow as pa
    import ray.data
    from rich.console import Console

log = logging.getLogger("summarizer")
WORKER_CPUS = 0.25
_ERRORS: dict[str, type[SummarizerError]] = {
    c.__name__: c for c in (InputError, BackendError, BackendUnavailable, OutputError)
}


def result_schema() -> pa.Schema:
    import pyarrow as pa

    error = pa.struct([("kind", pa.string()), ("message", pa.string())])
    fields = [("id", pa.string()), ("status", pa.string()), ("url", pa.string()),
              ("digest", pa.string()), ("error", error)]  # fmt: skip
    return pa.schema(fields)


def row_of(result: BatchResult) -> dict[str, Any]:
    """A result as an Arrow row: the digest as a JSON string, the error as {kind, message}."""
    err = result.error
    return {
        "id": utf8(result.id),
        "status": "done" if result.digest is not None else "failed",
        "url": utf8(result.url),
        "digest": None if result.digest is None else result.digest.model_dump_json(),
        "error": None if err is None else {"kind": type(err).__name__, "message": utf8(str(err))},
    }


def record_of(row: dict[str, Any]) -> dict[str, Any]:
    """An Arrow row as the results.jsonl line the local batch writes (same keys, same order)."""
    out: dict[str, Any] = {"id": row["id"], "status": row["status"]}
    if row.get("url") is not None:
        out["url"] = row["url"]
    if row["status"] == "done":
        out["digest"] = json.loads(row["digest"])
    else:
        out["error"] = {"kind": row["error"]["kind"], "message": row["error"]["message"]}
    return out


@dataclass(frozen=True)
class _Recorded(BatchResult):
    """A row back from the cluster: its line as it was, its digest and error for the stats."""

    line: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, line: dict[str, Any]) -> _Recorded:
        error = None
        if "error" in line:
            error = _ERRORS.get(line["error"]["kind"], SummarizerError)(line["error"]["message"])
        digest = Digest.model_validate(line["digest"]) if "digest" in line else None
        return cls(line["id"], digest, error, line.get("url"), line)

    def record(self) -> dict[str, Any]:
        return self.line


# ---------------------------------------------------------------- the actor


def _item_of(row: dict[str, Any], base: Path, allowed: list[Path] | None) -> Item:
    """An article row (columns ``id``, ``text``/``path``/``url``, ``published``?) as an Item.

    ``path`` is relative to ``base`` and confined to ``allowed`` (None: anywhere).
    """
    entry = {k: v for k, v in row.items() if v is not None}
    if isinstance(entry.get("published"), date):  # a Parquet date column
        entry["published"] = entry["published"].isoformat()[:10]
    if isinstance(entry.get("problem"), str):  # found while parsing a JSONL line
        return Item(str(entry.get("id")), None, url=entry.get("url"), problem=entry["problem"])
    fallback = "row-" + hashlib.sha256(repr(sorted(entry.items())).encode()).hexdigest()[:12]
    return item_from(entry, fallback, base, allowed)


class _Summarize:
    """One per worker: one Worker (backend + cache) and one event loop for its batches."""

    def __init__(self, backend: Backend, policy: Policy | None, cache: CacheOption,
                 published: str | None, per_worker: int, base: str | None = None,
                 allowed: tuple[str, ...] | None = None) -> None:  # fmt: skip
        self.per_worker = per_worker
        self.base = Path(base) if base else Path.cwd()
        self.allowed = None if allowed is None else [Path(a) for a in allowed]
        self.loop = asyncio.new_event_loop()
        self.lock = threading.Lock()  # one batch at a time on the loop, whatever Ray does
        store = open_cache(cache)
        try:
            self.worker = self.loop.run_until_complete(
                Worker.create(backend, policy, store, published)
            )
        except Exception as exc:  # server down at start: each article will say so, uncached
            log.warning("cache off in this worker: %s", exc)
            self.worker = Worker(backend, policy, None, published)

    def __call__(self, batch: pa.Table) -> pa.Table:
        import pyarrow as pa

        rows: list[dict[str, Any]] = []
        items: list[Item] = []
        for n, row in enumerate(batch.to_pylist()):
            try:
                items.append(_item_of(row, self.base, self.allowed))
            except Exception as exc:  # a row that is no article still gets its line
                rows.append(row_of(BatchResult(str(row.get("id", f"row-{n}")), error=exc)))
        with self.lock:
            done = self.loop.run_until_complete(self._run(items))
        rows += [row_of(r) for r in done]
        return pa.Table.from_pylist(rows, schema=result_schema())

    async def _run(self, items: list[Item]) -> list[BatchResult]:
        return [r async for r in outcomes(items, self.worker, self.per_worker)]


def _cache_where(cache: CacheOption) -> CacheOption:
    """Decided in the driver's environment: the workers' environment may differ."""
    if cache is None:
        cache = enabled_by_default()
    if cache is True:
        return str(default_dir())
    return False if cache is False else os.fspath(cache)


def summarize_dataset(
    ds: ray.data.Dataset, *, model: str | None = None, base_url: str | None = None,
    api_key: str | None = None, mode: str | None = None, policy: Policy | None = None,
    cache: CacheOption = None, published: str | None = None, concurrency: int = 2,
    per_worker: int = 4, batch_size: int = 8, num_cpus: float = WORKER_CPUS,
    language: str = "en",
) -> ray.data.Dataset:  # fmt: skip
    """Digest a Dataset of articles (``id``, ``text``|``path``|``url``, ``published``?).

    Returns a Dataset of result rows (see the module docstring for the columns),
    one per input row, in no particular order: ``concurrency`` actors, each with
    ``per_worker`` articles in flight.  The backend is resolved here, in the driver.
    ``language`` picks the language pack (README, Languages).
    """
    from summarizer._api import with_language

    backend = resolve_backend(model=model, base_url=base_url, api_key=api_key, mode=mode)
    policy = with_language(policy, backend, language)  # the pack travels in the policy
    return _summarized(ds, backend, policy, cache, published, concurrency, per_worker,
                       batch_size, num_cpus)  # fmt: skip


def _summarized(ds: ray.data.Dataset, backend: Backend, policy: Policy | None,
                cache: CacheOption, published: str | None, concurrency: int, per_worker: int,
                batch_size: int, num_cpus: float, base: Path | None = None,
                allowed: list[Path] | None = None) -> ray.data.Dataset:  # fmt: skip
    import ray.data

    args = {"backend": backend, "policy": policy, "cache": _cache_where(cache),
            "published": published, "per_worker": per_worker,
            "base": os.fspath(base) if base else None,
            "allowed": None if allowed is None else tuple(map(os.fspath, allowed))}  # fmt: skip
    # One block per batch, streamed: a single-file input would otherwise be one block, and
    # one block goes to one actor whatever the pool's size.
    blocks = ds.repartition(target_num_rows_per_block=batch_size)
    return blocks.map_batches(
        _Summarize, fn_constructor_kwargs=args, batch_size=batch_size, batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=concurrency), num_cpus=num_cpus,
    )  # fmt: skip


# ---------------------------------------------------------------- the command


def _kind(path: Path, what: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".parquet"):
        return "parquet" if suffix == ".parquet" else "jsonl"
    raise InputError(f"{path}: --engine ray {what} is a .jsonl or .parquet file")


def _connect(address: str | None) -> bool:
    """Use a running Ray as is; else connect to ``address`` or start a private local one."""
    import ray
    import ray.data

    if ray.is_initialized():
        return False
    quiet = logging.getLogger("summarizer").getEffectiveLevel() > logging.DEBUG
    level = logging.WARNING if quiet else logging.INFO
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", logging.getLevelName(level))  # per execution
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=level)
        else:  # "local": never join a cluster some other program started here
            ray.init(address="local", num_cpus=os.cpu_count(), include_dashboard=False,
                     log_to_driver=False, logging_level=level)  # fmt: skip
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = address or "local"
        raise BackendUnavailable(f"cannot start or reach Ray at {where}: {exc}") from exc
    ray.data.DataContext.get_current().enable_progress_bars = False
    return True


def run_ray_batch(
    source: Path, out: Path, *, backend: Backend, policy: Policy | None = None,
    cache: CacheOption = None, published: str | None = None, address: str | None = None,
    concurrency: int = 2, per_worker: int = 4, batch_size: int = 8,
    prices: dict[str, tuple[float, float]] | None = None, console: Console | None = None,
    max_backend_failures: int = MAX_BACKEND_FAILURES, allow_paths: Sequence[Path] = (),
) -> Stats:  # fmt: skip
    """``summarizer batch --engine ray``: every input id not yet done in ``out``, on Ray.

    As in the local batch, ``path`` entries resolve against the input's folder and may
    not leave it unless ``allow_paths`` names another folder.
    """
    from summarizer._batch.local import _progress
    from summarizer._batch.ray_io import open_sink, read_articles

    if not source.is_file():
        raise InputError(f"no such file: {source}")
    _kind(source, "input")
    stats = Stats(prices=prices)
    started_here = _connect(address)
    try:
        with open_sink(out, _kind(out, "output")) as sink:
            done = sink.done_ids()
            stats.total = _count(source)
            stats.skipped = len(done)  # an estimate for the ETA; exact at the end
            base = source.resolve().parent
            allowed = [base, *(p.expanduser().resolve() for p in allow_paths)]
            todo = read_articles(source, allowed)
            if done:
                todo = todo.filter(_skipper(done))
            rows = _summarized(todo, backend, policy, cache, published, concurrency,
                               per_worker, batch_size, WORKER_CPUS, base, allowed)  # fmt: skip
            seen: set[str] = set()
            with _progress(console, stats) as update:
                for row in rows.iter_rows():
                    result = _Recorded.of(record_of(row))
                    if result.id in seen:  # the same id twice in the input: first come wins
                        stats.duplicates += 1
                        continue
                    seen.add(result.id)
                    sink.append(result, row)
                    stats.add(result)
                    update()
                    if stats.stop_if_down(result, max_backend_failures):
                        break
                if stats.stopped is None:
                    stats.skipped = stats.total - stats.done - stats.failed - stats.duplicates
                update()
            sink.finish(complete=stats.stopped is None)
    finally:
        if started_here:
            import ray

            ray.shutdown()
    return stats


def _skipper(done: set[str]) -> Callable[[dict[str, Any]], bool]:
    def todo(row: dict[str, Any]) -> bool:
        return str(row.get("id")) not in done

    return todo


def _count(source: Path) -> int:
    if source.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(source).metadata.num_rows)
    with source.open("rb") as fh:
        return sum(1 for raw in fh if raw.strip())
