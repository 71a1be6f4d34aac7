"""The HTTP under the openai client: one request, capped in wall time and in size.

httpx times each read, not the request, and buffers whatever a server sends; this layer
gives every request a wall-clock cap and stops reading a body at ``max_response_bytes``
(a hostile or broken server cannot make us buffer 100 MB).  It retries nothing:
``client`` decides what to retry and within which deadline.
"""

from __future__ import annotations

import asyncio
import functools
from typing import TYPE_CHECKING, Any

import httpx2
import openai

if TYPE_CHECKING:
    import ssl

    from summarizer._backends.client import Policy
    from summarizer._config import Backend


class ResponseTooLarge(openai.OpenAIError):
    """The body passed ``Policy.max_response_bytes``; reading stopped there.

    An ``OpenAIError``, so the openai client passes it up as it is (neither
    retried nor wrapped as a connection error): a server that sends too much
    once will do it again.
    """

    def __init__(self, limit: int, seen: int) -> None:
        super().__init__(f"response larger than {limit:,} bytes (read {seen:,}); not read further")
        self.limit = limit


@functools.cache
def _tls() -> ssl.SSLContext:
    """The default TLS context, built once per process: building one reads the CA bundle
    (tens of ms), and a batch opens a client per article on its event loop."""
    return httpx2.create_ssl_context()


class _CappedHttpClient(openai.DefaultAsyncHttpxClient):
    """httpx times each read, not the request: cap a request's wall time and its size too."""

    def __init__(self, cap_s: float, max_bytes: int | None = None) -> None:
        super().__init__(verify=_tls())
        self.cap_s = cap_s
        self.max_bytes = max_bytes

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        streamed = bool(kwargs.pop("stream", False))
        try:
            async with asyncio.timeout(self.cap_s):
                response = await super().send(request, stream=True, **kwargs)
                if not streamed:  # we never stream; a streaming caller reads it itself
                    await self._read(response)
                return response
        except TimeoutError as exc:  # openai maps httpx timeouts to APITimeoutError
            raise httpx2.ReadTimeout(f"no full answer in {self.cap_s:g}s", request=request) from exc

    async def _read(self, response: httpx2.Response) -> None:
        """Read the body as it streams in, and stop at the cap: never buffer more than it."""
        limit = self.max_bytes
        if limit is None:
            await response.aread()
            return
        chunks: list[bytes] = []
        size = 0
        try:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise ResponseTooLarge(limit, int(declared))
            async for chunk in response.aiter_bytes():  # decoded: a gzip bomb counts in full
                size += len(chunk)
                if size > limit:
                    raise ResponseTooLarge(limit, size)
                chunks.append(chunk)
        except BaseException:
            await response.aclose()
            raise
        response._content = b"".join(chunks)  # what aread() would have set


def openai_client(backend: Backend, policy: Policy) -> openai.AsyncOpenAI:
    """The openai client for an OpenAI-compatible backend, its transport set by ``policy``."""
    return openai.AsyncOpenAI(
        base_url=backend.base_url,
        api_key=backend.api_key,
        max_retries=0,
        timeout=policy.timeout_s,
        # No single request outlives the deadline; no body is read past the size cap.
        http_client=_CappedHttpClient(policy.transport_deadline_s, policy.max_response_bytes),
    )
