"""The embedded default: llama.cpp's server on loopback (``summarizer._backends.llama_server``).

It speaks the OpenAI protocol; what differs is getting ready (start the server
once per process, point the backend at it), one request at a time
(``parallel = False``: a digest's tasks queue rather than fight for the same
cores), and how a request is timed.  A small model on a busy machine can take
minutes and still be working, so a request is cut off on *lack of progress*,
not on its total time: ``ProgressTransport`` asks the server to stream (with
prompt-processing progress) and hands openai one ordinary completion.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx2
import instructor
import openai

from summarizer._backends.openai_compat import OpenAIConnection
from summarizer._config import Backend

if TYPE_CHECKING:
    from summarizer._backends.client import Policy


class ProgressTransport(httpx2.AsyncBaseTransport):
    """Streams each chat completion, timing it on progress; returns it whole.

    With ``stream`` and ``return_progress``, llama.cpp sends an event per
    prompt batch and per token.  A request fails (``ReadTimeout``, which the
    retry layer maps to ``BackendUnavailable``) only when ``stall_s`` pass
    without one event (its ``:`` keep-alive comments do not count), or past
    the generous ``total_s``.  Other requests pass through untouched.
    """

    def __init__(self, stall_s: float, total_s: float,
                 inner: httpx2.AsyncBaseTransport | None = None) -> None:  # fmt: skip
        self.stall_s, self.total_s = stall_s, total_s
        self.inner = inner or httpx2.AsyncHTTPTransport()

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(await request.aread() or b"{}") if request.method == "POST" else {}
        if not request.url.path.endswith("/chat/completions") or body.get("tools"):
            return await self.inner.handle_async_request(request)
        body.update(stream=True, return_progress=True, stream_options={"include_usage": True})
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"content-length"]
        data = json.dumps(body).encode()
        streamed = httpx2.Request("POST", request.url, headers=headers, content=data,
                                  extensions=request.extensions)  # fmt: skip
        response = await self.inner.handle_async_request(streamed)
        if response.status_code != 200:
            return response  # errors are plain JSON: openai reads them as usual
        try:
            completion = await self._collect(response, request)
        finally:
            await response.aclose()
        return httpx2.Response(200, json=completion, request=request)

    async def _collect(self, response: httpx2.Response, request: httpx2.Request) -> dict[str, Any]:
        started = time.monotonic()
        last_event = started
        chunks = response.stream.__aiter__()  # type: ignore[union-attr]
        pending = b""
        text: list[str] = []
        done: dict[str, Any] = {"finish_reason": None, "usage": None, "timings": None, "head": {}}
        while True:
            now = time.monotonic()
            wait = min(last_event + self.stall_s, started + self.total_s) - now
            if wait <= 0:
                stalled = now - last_event >= self.stall_s
                why = f"no progress in {self.stall_s:g}s" if stalled else f"over {self.total_s:g}s"
                raise httpx2.ReadTimeout(f"embedded model: {why}", request=request)
            try:
                chunk = await asyncio.wait_for(anext(chunks), wait)
            except StopAsyncIteration:
                break
            except TimeoutError:
                continue  # the loop head decides: stalled, or past the total
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                if _event(line.strip(), text, done):
                    last_event = time.monotonic()
        return {
            "id": done["head"].get("id", "chatcmpl-embedded"),
            "object": "chat.completion",
            "created": done["head"].get("created", int(time.time())),
            "model": done["head"].get("model", ""),
            "choices": [
                {
                    "index": 0,
                    "finish_reason": done["finish_reason"] or "stop",
                    "message": {"role": "assistant", "content": "".join(text)},
                }
            ],
            "usage": done["usage"],
            "timings": done["timings"],
        }


def _event(line: bytes, text: list[str], done: dict[str, Any]) -> bool:
    """Fold one SSE line into the answer; True when it was an event (progress)."""
    if not line.startswith(b"data:"):
        return False  # blank, or a ":" keep-alive comment: the server is up, not progressing
    data = line[5:].strip()
    if data == b"[DONE]":
        return True
    event = json.loads(data)
    done["head"] = done["head"] or event
    for choice in event.get("choices") or []:
        text.append((choice.get("delta") or {}).get("content") or "")
        done["finish_reason"] = choice.get("finish_reason") or done["finish_reason"]
    done["usage"] = event.get("usage") or done["usage"]
    done["timings"] = event.get("timings") or done["timings"]
    return True


class Embedded:
    parallel = False

    def ready(self, backend: Backend) -> Backend:
        if backend.base_url is not None:
            return backend
        from summarizer._backends import llama_server as _embedded

        return replace(backend, base_url=_embedded.start())

    def connect(self, backend: Backend, policy: Policy) -> OpenAIConnection:
        """``policy.timeout_s`` is the stall limit; ``transport_deadline_s`` the total."""
        if backend.base_url is None:
            raise ValueError("start the embedded server before creating its client")
        total = max(policy.timeout_s, policy.transport_deadline_s)
        raw = openai.AsyncOpenAI(
            base_url=backend.base_url,
            api_key=backend.api_key,
            max_retries=0,
            timeout=total,  # the socket's own limit; progress is timed by the transport
            http_client=openai.DefaultAsyncHttpxClient(
                transport=ProgressTransport(policy.timeout_s, total)
            ),
        )
        return OpenAIConnection(
            raw, instructor.from_openai(raw, mode=instructor.Mode(backend.mode))
        )


DRIVER = Embedded()
