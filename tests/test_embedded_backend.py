"""The embedded backend: requests timed on progress, and a failed model never loses the digest."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from summarizer import Digest, Policy
from summarizer._answers import ClaimsAnswer, GroundingContext
from summarizer._backends.client import ModelClient
from summarizer._backends.llama_server import thread_count
from summarizer._config import resolve_backend
from summarizer._exceptions import BackendUnavailable
from summarizer._pipeline import run
from summarizer._text.segment import segment
from tests.support import SEED, assert_grounded

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
Script = Callable[[BaseHTTPRequestHandler, dict[str, Any]], None]
ANSWER = json.dumps({"labels": []})


def event(payload: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def slow_but_steady(handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
    """Events 0.1 s apart for 1.7 s: longer in total than the stall limit, never silent."""
    assert body["stream"] and body["return_progress"]
    for n in range(15):
        handler.wfile.write(event({"choices": [{"delta": {"content": None}}],
                                   "prompt_progress": {"processed": n}}))  # fmt: skip
        handler.wfile.flush()
        time.sleep(0.1)
    for piece in (ANSWER[:5], ANSWER[5:]):
        handler.wfile.write(
            event({"id": "x", "model": "m", "choices": [{"delta": {"content": piece}}]})
        )
        handler.wfile.flush()
        time.sleep(0.1)
    handler.wfile.write(event({"choices": [{"delta": {}, "finish_reason": "stop"}]}))
    handler.wfile.write(event({"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 3,
                                                        "total_tokens": 10},
                               "timings": {"prompt_ms": 100.0, "predicted_ms": 50.0}}))  # fmt: skip
    handler.wfile.write(b"data: [DONE]\n\n")


def keep_alive_only(handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
    """The server is up (it sends ':' comments) but the model makes no progress."""
    for _ in range(40):
        handler.wfile.write(b":\n\n")
        handler.wfile.flush()
        time.sleep(0.1)


@contextmanager
def sse_server(script: Script) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):  # the client may give up
                script(self, body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


STALL = Policy(reasks=0, timeout_s=1.0, transport_attempts=1, transport_deadline_s=5)


def embedded_at(url: str) -> Any:
    return replace(resolve_backend(backend="embedded", env={}), base_url=url)


async def ask(url: str) -> tuple[ClaimsAnswer, ModelClient]:
    client = ModelClient(embedded_at(url), STALL)
    doc = segment("Tillerson met Lavrov in Moscow on Wednesday.")
    try:
        return await client.ask([{"role": "user", "content": "x"}], ClaimsAnswer,
                                GroundingContext(doc=doc), max_tokens=50), client  # fmt: skip
    finally:
        await client.aclose()


def test_a_slow_request_that_keeps_progressing_is_not_cut_off() -> None:
    with sse_server(slow_but_steady) as url:
        answer, client = asyncio.run(ask(url))
    assert answer.labels == []
    t = client.tally
    assert (t.requests, t.prompt_tokens, t.completion_tokens, t.server_ms) == (1, 7, 3, 150.0)


def test_a_request_without_progress_is_cut_off() -> None:
    with sse_server(keep_alive_only) as url, pytest.raises(BackendUnavailable, match="timed out"):
        asyncio.run(ask(url))


def test_a_stalled_embedded_model_costs_the_model_part_not_the_digest() -> None:
    with sse_server(keep_alive_only) as url:
        digest: Digest = asyncio.run(
            run(SEED, published="2017-04-12", backend=embedded_at(url), policy=STALL)
        )
    assert_grounded(digest)
    assert digest.claims and digest.timeline
    assert {i.method for i in [*digest.claims, *digest.timeline]} == {"code"}
    [lost] = [w for w in digest.meta.warnings if w.startswith("model:")]
    assert "timed out" in lost and "code's findings only" in lost


def test_a_dead_hosted_server_still_stops_the_run() -> None:
    """Only the embedded model falls back: a dead API must stop a batch (exit 4)."""
    backend = resolve_backend(base_url="http://127.0.0.1:9/v1", model="m", env={})
    with pytest.raises(BackendUnavailable):
        asyncio.run(run(SEED, published=None, backend=backend, policy=STALL))


def test_threads_leave_a_core_for_everything_else() -> None:
    assert thread_count({"SUMMARIZER_EMBEDDED_THREADS": "3"}) == 3
    assert 1 <= thread_count({}) <= 8
    with pytest.raises(BackendUnavailable):
        thread_count({"SUMMARIZER_EMBEDDED_THREADS": "0"})
