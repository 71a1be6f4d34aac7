"""A persistent cache of digests: the same article never costs a model call twice.

Why SQLite (stdlib): one file, atomic rows, and safe with several processes
writing at once (WAL journal plus a busy timeout, so a writer waits for the
lock instead of failing).  A batch killed mid-way and rerun, or a notebook
re-executed, then pays nothing for the articles already digested.

The key is everything that decides what the model is asked and how its
answers are checked: backend kind, base URL, model, request mode, the prompt
version, a hash of the JSON Schemas (answers and digest), the cleaned text and
title, the effective publication date, an explicitly given policy and, when the
``ner`` extra is on, which spaCy pipeline offered names.  Change
any of them and the cache misses; nothing needs invalidating by hand.

The cache is an optimisation, never a point of failure: a cache that cannot be
opened, read or written logs a warning (saying how to reset it: ``summarizer
cache clear``) and the article is digested as usual.  Only complete digests are
stored; failures are retried next time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Mapping
from dataclasses import astuple, replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from summarizer._config import Backend, switched_off
from summarizer._digest import Digest, Usage
from summarizer._extract import ner
from summarizer._limits import ITEM_CAPS
from summarizer._pipeline import Clock, Progress, effective_date, prepare_off_loop, run
from summarizer._text.segment import Document

if TYPE_CHECKING:
    from summarizer._backends.client import Policy

log = logging.getLogger("summarizer")
FILE_NAME = "cache.sqlite3"
BUSY_TIMEOUT_S = 30.0
# True/False: on/off; a folder: on, there; None: on unless SUMMARIZER_CACHE=0.
CacheOption = bool | str | os.PathLike[str] | None
CACHE_NOTE = "served from cache"
RESET_HINT = "reset it with `summarizer cache clear`"
_SCHEMA = """CREATE TABLE IF NOT EXISTS digests (
    key TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    recorded TEXT NOT NULL
)"""


def default_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$SUMMARIZER_CACHE_DIR``, else ``$XDG_CACHE_HOME/summarizer``, else ~/.cache/summarizer."""
    env = os.environ if env is None else env
    if folder := env.get("SUMMARIZER_CACHE_DIR"):
        return Path(folder).expanduser()
    xdg = env.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"  # XDG: relative = unset
    return base / "summarizer"


def enabled_by_default(env: Mapping[str, str] | None = None) -> bool:
    return not switched_off("SUMMARIZER_CACHE", env)


class DigestCache:
    """One SQLite file of key -> digest JSON; usable from several threads and processes."""

    def __init__(self, path: Path, timeout_s: float = BUSY_TIMEOUT_S) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()  # one connection, shared by the threads of this process
        self._db = sqlite3.connect(
            path, timeout=timeout_s, isolation_level=None, check_same_thread=False
        )
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
            self._wal(timeout_s)
            self._db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable enough, much faster
            self._db.execute(_SCHEMA)
        except sqlite3.Error:
            self._db.close()
            raise

    def _wal(self, timeout_s: float) -> None:
        """Turning WAL on needs a moment of exclusive access: retry while another opener has it."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def get(self, key: str) -> tuple[Digest, str] | None:
        """The digest and when it was recorded, or None (a miss, or an unreadable row)."""
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT digest, recorded FROM digests WHERE key = ?", (key,)
                ).fetchone()
        except sqlite3.Error as exc:
            log.warning(
                "cache %s unreadable (%s); digesting anyway; %s", self.path, exc, RESET_HINT
            )
            return None
        if row is None:
            return None
        try:
            return Digest.model_validate_json(row[0]), str(row[1])
        except ValidationError:
            return None  # written by an incompatible version: digest again, then overwrite

    def put(self, key: str, digest: Digest) -> None:
        recorded = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        try:
            with self._lock:
                self._db.execute(
                    "INSERT OR REPLACE INTO digests (key, digest, recorded) VALUES (?, ?, ?)",
                    (key, digest.model_dump_json(), recorded),
                )
        except sqlite3.Error as exc:
            log.warning("cache %s not written (%s)", self.path, exc)

    def __len__(self) -> int:
        with self._lock:
            count: int = self._db.execute("SELECT count(*) FROM digests").fetchone()[0]
        return count

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_cache(option: CacheOption = None) -> DigestCache | None:
    """The cache ``option`` asks for, or None when it is off or cannot be opened."""
    if option is None:
        option = enabled_by_default()
    if option is False:
        return None
    folder = default_dir() if option is True else Path(option).expanduser()
    try:
        return DigestCache(folder / FILE_NAME)
    except (sqlite3.Error, OSError) as exc:
        log.warning("cache off: cannot open %s (%s); %s", folder / FILE_NAME, exc, RESET_HINT)
        return None


def cache_folder(option: str | os.PathLike[str] | None = None) -> Path:
    """The folder ``option`` names, else the default (``$SUMMARIZER_CACHE_DIR``, ...)."""
    return default_dir() if option is None else Path(option).expanduser()


def cache_files(folder: Path) -> list[Path]:
    """The cache's files in ``folder``: the database and SQLite's WAL and shared-memory files."""
    names = (FILE_NAME, f"{FILE_NAME}-wal", f"{FILE_NAME}-shm", f"{FILE_NAME}-journal")
    return [folder / name for name in names if (folder / name).is_file()]


def clear(folder: Path) -> list[Path]:
    """Delete the cache in ``folder`` (even a corrupt one); return what was removed.

    Only the cache's own files go: the folder may be shared (``$XDG_CACHE_HOME``).
    """
    removed = []
    for path in cache_files(folder):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def info(folder: Path) -> str:
    """One line: where the cache is, its size on disk and how many digests it holds."""
    files = cache_files(folder)
    if not files:
        return f"{folder / FILE_NAME}: no cache yet"
    size = sum(p.stat().st_size for p in files)
    try:
        db = sqlite3.connect((folder / FILE_NAME).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = int(db.execute("SELECT count(*) FROM digests").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error as exc:
        return f"{folder / FILE_NAME}: {size:,} bytes, unreadable ({exc}); {RESET_HINT}"
    return f"{folder / FILE_NAME}: {size:,} bytes, {rows} digests"


@cache
def schema_hash() -> str:
    from summarizer._prompts import prompt_version
    from summarizer._schema import schemas

    text = json.dumps(schemas(), sort_keys=True) + prompt_version()
    return hashlib.sha256(text.encode()).hexdigest()


def cache_key(
    backend: Backend, doc: Document, published: str | None, policy: Policy | None = None
) -> str:
    """sha256 of everything that decides the digest; ``published`` is the effective date."""
    parts = {
        "backend": backend.kind,
        # The embedded server's port is random per run; its model file is what matters.
        "base_url": None if backend.embedded else backend.base_url,
        "model": backend.model,
        "mode": backend.mode,
        "schemas_and_prompts": schema_hash(),
        "text": hashlib.sha256(doc.text.encode()).hexdigest(),
        "title": doc.title,  # the extractive fallback headline uses it
        # Evidence carries offsets into the input as given: another input, another digest.
        "input": hashlib.sha256(doc.input_map.text.encode()).hexdigest() if doc.input_map else None,
        "published": published,
        "policy": None if policy is None else [policy.reasks, policy.temperature, policy.verify],
        "language": doc.language,
    }
    if (source := ner.fingerprint()) is not None:  # only then: rules-only keys stay as they were
        parts["ner"] = source
    if policy is not None and policy.items != ITEM_CAPS:  # other caps, another digest
        parts["items"] = list(astuple(policy.items))
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


async def served_model(backend: Backend) -> str:
    """The model name a key must name: ``backend.model``, or what the server says it serves.

    Keying on "" would hand one model's digests out for another after the
    server's model was swapped; one GET /models (no completion) prevents that.
    """
    if backend.model or backend.base_url is None:
        return backend.model
    from summarizer._backends.client import ModelClient

    client = ModelClient(backend)
    try:
        return await client.model_name()
    finally:
        await client.aclose()


def from_cache(digest: Digest, recorded: str, clock: Clock, latency_s: float) -> Digest:
    """The cached digest, its meta saying so: this call cost no request and no token."""
    used = digest.meta.usage
    note = (
        f"{CACHE_NOTE} (recorded {recorded}; it cost {used.requests} requests, "
        f"{used.prompt_tokens}+{used.completion_tokens} tokens then)"
    )
    meta = digest.meta.model_copy(
        update={
            "usage": Usage(),
            "retries": 0,
            "latency_s": round(latency_s, 3),
            "timings_s": clock.rounded(),
            "server_model_s": None,
            "warnings": [*digest.meta.warnings, note],
        }
    )
    return digest.model_copy(update={"meta": meta})


async def summarize_cached(
    source: str | os.PathLike[str] | bytes,
    *,
    published: str | date | None,
    backend: Backend,
    store: DigestCache | None,
    policy: Policy | None = None,
    progress: Progress | None = None,
) -> Digest:
    """``run`` behind the cache: a hit returns at once, a miss is digested and stored."""
    if store is None or not backend.uses_model:  # a no-model digest is cheaper than a lookup
        return await run(source, published=published, backend=backend, policy=policy,
                         progress=progress)  # fmt: skip
    started = time.perf_counter()
    clock = Clock()
    language = policy.language if policy else "en"
    doc = await prepare_off_loop(source, clock, language)  # off the loop, as in run
    day = effective_date(published, doc)
    keyed = backend
    if not backend.model:
        keyed = replace(backend, model=await served_model(backend))
    key = cache_key(keyed, doc, day.isoformat() if day else None, policy)
    with clock.stage("cache"):
        hit = store.get(key)
    if hit is not None:
        return from_cache(*hit, clock, time.perf_counter() - started)
    digest = await run(doc, published=published, backend=keyed, policy=policy,
                       progress=progress, clock=clock)  # fmt: skip
    with clock.stage("cache"):
        store.put(key, digest)
    return digest
