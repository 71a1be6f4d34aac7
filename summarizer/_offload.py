"""Code's work on a large input, in a child process: one article cannot stall a batch.

A worker thread keeps the event loop free, but not the interpreter.  A stage that spends
seconds in long regex calls over a large text holds the GIL for most of them, and every
other article of the batch waits: measured, 8 normal articles sent no request during the
whole 5 s preparation of a 4 MB page in a thread.  A child interpreter runs beside the
batch instead, on its own core.  Only inputs over ``LARGE`` go there: starting a child
costs ~0.7 s, more than a normal article's whole preparation.

The parent writes a pickle of ``(job, args)`` to the child's stdin and reads a pickle of
``("ok", result)`` or ``("error", exception)`` from its stdout; both ends are this
package.  ``SUMMARIZER_OFFLOAD=0`` keeps all of code's work in threads (where a sandbox
forbids child processes); a child that cannot start, or exits before running our code,
does the same, with a log line.  A child killed while working (out of memory, a signal)
is that article's ``InputError``: a thread would fare no better.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import sys
import weakref
from collections.abc import Callable
from typing import Any

from summarizer._config import switched_off
from summarizer._exceptions import InputError

log = logging.getLogger("summarizer")

LARGE = 256 * 1024  # characters (or bytes) of input above which code's work runs in a child
_ENV = "SUMMARIZER_OFFLOAD"
# The child imports this very package, not whatever "summarizer" its working folder holds.
_HOME = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_BOOT = f"import sys; sys.path.insert(0, {_HOME!r}); import summarizer._offload as o; o._child()"


# At most one child per core at a time, per event loop (a batch of large articles would
# otherwise start as many interpreters as it has articles in flight).
_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def _slot() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    if loop not in _slots:
        _slots[loop] = asyncio.Semaphore(max(1, os.cpu_count() or 1))
    return _slots[loop]


def wanted(source: object) -> bool:
    """Whether ``source`` (text, bytes, a path, a Document) is large enough for a child."""
    if switched_off(_ENV):
        return False
    text = getattr(source, "text", source)  # a Document: its cleaned text
    if isinstance(text, (str, bytes)):
        return len(text) > LARGE
    if not isinstance(text, os.PathLike):
        return False
    path = os.fspath(text)
    try:  # only a regular file: loading says what is wrong with anything else, in a thread
        return os.path.isfile(path) and os.stat(path).st_size > LARGE
    except (OSError, ValueError):
        return False


async def call(job: str, *args: Any) -> Any:
    """``job(*args)`` in a fresh child interpreter; its exception is raised here as its own."""
    async with _slot():
        return await _in_child(job, args)


async def _in_child(job: str, args: tuple[Any, ...]) -> Any:
    try:
        if not sys.executable:  # an embedding interpreter may not know its own program
            raise OSError("sys.executable is not set")
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _BOOT,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
    except (OSError, NotImplementedError, RuntimeError) as exc:
        log.info("no child process for code's work (%s): running it in a thread", exc)
        return await asyncio.to_thread(_JOBS[job], *args)
    try:
        out, err = await child.communicate(pickle.dumps((job, args), pickle.HIGHEST_PROTOCOL))
    except BaseException:  # cancelled (a batch closed early): the child goes with its article
        if child.returncode is None:
            child.kill()
        raise
    tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
    if not out and child.returncode is not None and child.returncode > 0:
        # It exited before our code ran (a frozen app's executable takes no "-c", a broken
        # environment): the work itself never started, so the thread can still do it.
        log.info("the child for code's work could not run (exit %s: %s): using a thread",
                 child.returncode, tail[0][:200])  # fmt: skip
        return await asyncio.to_thread(_JOBS[job], *args)
    if child.returncode != 0 or not out:  # killed (out of memory, a signal) while working
        raise InputError(
            f"code's work on this input stopped in its worker process "
            f"(exit {child.returncode}: {tail[0][:200]})"
        )
    status, value = pickle.loads(out)
    if status == "error":
        raise value
    return value


def _prepare(source: Any, language: str) -> tuple[Any, dict[str, float]]:
    from summarizer._pipeline import Clock, prepare

    clock = Clock()
    return prepare(source, clock, language), clock.stages


def _find(doc: Any, day: Any, caps: Any) -> Any:
    from summarizer._pipeline import find

    return find(doc, day, caps)


_JOBS: dict[str, Callable[..., Any]] = {"prepare": _prepare, "find": _find}


def _child() -> None:
    job, args = pickle.load(sys.stdin.buffer)
    try:
        result: tuple[str, Any] = ("ok", _JOBS[job](*args))
    except Exception as exc:  # sent back whole, so the parent raises what it would have
        result = ("error", exc)
    try:
        data = pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle: its message is enough
        data = pickle.dumps(("error", RuntimeError(repr(result[1]))))
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
