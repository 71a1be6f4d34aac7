"""Calling the model: instructor over the openai client, with two retry layers.

- Transport (connection refused, timeouts, 429, 5xx) is retried here with
  tenacity: exponential backoff with jitter, Retry-After honoured, bounded in
  attempts and in total time.  The openai client's own retries are off so the
  two layers never multiply.  httpx's timeout is per read, so the whole
  exchange (every attempt, every wait, every read) also runs under one
  wall-clock deadline, ``transport_deadline_s``, renewed only when a completion
  arrives: a server that never answers, or trickles bytes, costs at most that.
- A response is read with a size cap (``max_response_bytes``) while it
  streams in (``transport``, the HTTP under the openai client): a hostile or
  broken server cannot make us buffer 100 MB; the oversized answer is an
  ``OutputError`` for its task, so code's items stand in.
- Invalid output is re-asked by instructor, which appends the bad answer and
  the validators' reasons.  A hook marks the last attempt so validators drop
  ungrounded items instead of failing the whole answer.

Usage is summed from every completion, re-asks included, through hooks.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
    stop_before_delay,
)

from summarizer._backends.transport import ResponseTooLarge
from summarizer._config import Backend
from summarizer._exceptions import BackendError, BackendUnavailable, OutputError
from summarizer._limits import ITEM_CAPS, ItemCaps
from summarizer._redact import redact
from summarizer._tasks.context import GroundingContext, validation_context

if TYPE_CHECKING:
    from summarizer._backends.base import Connection

log = logging.getLogger("summarizer")
# instructor logs every failed attempt at ERROR; we report outcomes ourselves.  A
# NullHandler keeps Python's last-resort handler from printing them when the
# application configured no logging, and still lets an application that did see them.
logging.getLogger("instructor").addHandler(logging.NullHandler())
M = TypeVar("M", bound=BaseModel)


@dataclass
class Policy:
    """Retry and size limits; defaults suit a small local model and a hosted API alike."""

    reasks: int = 2  # re-asks after the first answer
    transport_attempts: int = 5
    # Wall clock from the first attempt to a completion: attempts, waits and reads included.
    transport_deadline_s: float = 180.0
    timeout_s: float = 120.0  # per read (connect, each chunk); see transport._CappedHttpClient
    # Largest response body read (decoded), in bytes; None: no cap.  An answer is at
    # most 1,024 tokens (well under 100 KB even escaped); a router's model listing can
    # reach about 1 MB.  4 MiB leaves room for both and bounds memory per request.
    max_response_bytes: int | None = 4 * 1024 * 1024
    backoff_base_s: float = 0.5
    backoff_max_s: float = 20.0
    temperature: float = 0.0
    verify: str | None = None  # "code", "model" or "off" (summarizer/_verify.py); None: default
    language: str = "en"  # the language pack code's rules read (summarizer/_lang)
    # The most claims, time expressions, actors and figures one digest keeps (the first in
    # text order; meta.warnings says what was cut): summarizer/_limits.py.
    items: ItemCaps = ITEM_CAPS


@dataclass
class Tally:
    """Usage over every request of one digest, filled by hooks."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_prompt_tokens: int = 0
    requests: int = 0
    retries: int = 0
    server_ms: float | None = None  # llama.cpp reports its own prompt and generation time

    def add(self, completion: Any) -> None:
        self.requests += 1
        usage = getattr(completion, "usage", None)
        if usage is not None:
            self.prompt_tokens += usage.prompt_tokens or 0
            self.completion_tokens += usage.completion_tokens or 0
            details = getattr(usage, "prompt_tokens_details", None)
            self.cached_prompt_tokens += getattr(details, "cached_tokens", None) or 0
        timings = (getattr(completion, "model_extra", None) or {}).get("timings")
        if isinstance(timings, dict):
            spent = float(timings.get("prompt_ms") or 0) + float(timings.get("predicted_ms") or 0)
            self.server_ms = (self.server_ms or 0.0) + spent


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIConnectionError | openai.APITimeoutError):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 425, 429) or exc.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    """The server's hint in seconds: retry-after-ms, retry-after seconds or HTTP date."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    seconds: float | None = None
    if (ms := headers.get("retry-after-ms")) is not None:
        seconds = _number(ms, 1000)
    if seconds is None and (value := headers.get("retry-after")) is not None:
        seconds = _number(value, 1)
        if seconds is None:
            try:
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError):
                return None  # unparseable: fall back to backoff
    # A date in the past means "now"; nan or inf from a hostile server means nothing.
    return max(seconds, 0.0) if seconds is not None and math.isfinite(seconds) else None


def _number(text: str, per_second: float) -> float | None:
    try:
        return float(text) / per_second
    except ValueError:
        return None


class ModelClient:
    """One backend, one policy, one tally: ask typed questions, get validated answers.

    ``connection`` is how requests reach the model (see ``_backends.base``); by
    default the backend's driver opens one.  Tests pass their own.
    """

    def __init__(
        self, backend: Backend, policy: Policy | None = None, connection: Connection | None = None
    ) -> None:
        self.backend = backend
        self.policy = policy or Policy()
        self.tally = Tally()
        if connection is None:
            from summarizer._backends import connect

            connection = connect(backend, self.policy)
        self._conn = connection

    async def aclose(self) -> None:
        await self._conn.aclose()

    async def model_name(self) -> str:
        """The configured model, or the first one the server lists."""
        if self.backend.model:
            return self.backend.model
        names: list[str] = await self._transport(self._conn.models)
        if not names:
            raise BackendUnavailable(f"{self._where()} serves no model; pass --model")
        return names[0]

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = _retry_after(exc)
        if hinted is not None:
            return hinted  # stop_before_delay gives up rather than wait past the deadline
        backoff = self.policy.backoff_base_s * 2 ** (state.attempt_number - 1)
        return random.uniform(0, min(backoff, self.policy.backoff_max_s))  # full jitter

    async def _transport(self, call: Callable[[], Any], renew: _Renewal | None = None) -> Any:
        """``call`` with transport retries, all of it under ``transport_deadline_s``.

        ``renew`` (hooked to each completion) restarts the clock when the server
        does answer, so re-asks of a slow but working model are not cut off.
        """
        deadline_s = self.policy.transport_deadline_s
        retrying = AsyncRetrying(
            retry=retry_if_exception(_transient),
            wait=self._wait,
            stop=stop_after_attempt(self.policy.transport_attempts)
            | stop_before_delay(self.policy.transport_deadline_s),
            reraise=True,
            before_sleep=self._note_retry,
        )
        started = time.monotonic()

        def gave_up(why: str) -> str:
            tries = retrying.statistics.get("attempt_number", 1)
            return (
                f"model server {self._where()} unavailable ({why}) after {tries} "
                f"attempt{'s' if tries != 1 else ''} in {time.monotonic() - started:.1f}s "
                f"(limits: {self.policy.transport_attempts} attempts, "
                f"{self.policy.transport_deadline_s:g}s)"
            )

        try:
            async with asyncio.timeout(deadline_s) as timer:
                if renew is not None:
                    renew.timer, renew.seconds = timer, deadline_s
                return await retrying(call)
        except TimeoutError as exc:
            why = f"timed out: no complete answer within the {deadline_s:g}s deadline"
            raise BackendUnavailable(gave_up(why)) from exc
        except ResponseTooLarge as exc:
            raise OutputError(f"{self._where()} sent a {exc}") from exc
        except openai.APIStatusError as exc:
            if _transient(exc):
                why = f"HTTP {exc.status_code}"
                if (hinted := _retry_after(exc)) is not None and hinted > 0:
                    why += f", asked to retry after {hinted:.3g}s"
                raise BackendUnavailable(gave_up(why)) from exc
            raise BackendError(
                f"{self._where()} rejected the request (HTTP {exc.status_code}): {self._brief(exc)}"
            ) from exc
        except openai.APITimeoutError as exc:
            raise BackendUnavailable(gave_up("timed out")) from exc
        except openai.APIConnectionError as exc:
            raise BackendUnavailable(gave_up("connection failed")) from exc

    def _note_retry(self, state: RetryCallState) -> None:
        self.tally.retries += 1
        exc = state.outcome.exception() if state.outcome else None
        log.warning("transport error (%s); retrying", type(exc).__name__)

    def _where(self) -> str:
        return redact(self.backend.base_url or "api.openai.com")

    def _brief(self, exc: BaseException) -> str:
        """A one-line reason; a server that echoes the request never echoes the key to us."""
        text = _brief(exc)
        key = self.backend.api_key
        return redact(text.replace(key, "***") if len(key) >= 8 else text)

    async def ask(
        self,
        messages: list[dict[str, str]],
        answer: type[M],
        ctx: GroundingContext,
        *,
        max_tokens: int,
    ) -> M:
        attempts = self.policy.reasks + 1
        attempt = 0

        def on_attempt(*_: Any, **__: Any) -> None:
            nonlocal attempt
            attempt += 1
            if attempt > 1:
                self.tally.retries += 1
            ctx.final = attempt >= attempts

        renew = _Renewal()
        hooks = Hooks()
        hooks.on("completion:kwargs", on_attempt)
        hooks.on("completion:response", self.tally.add)
        hooks.on("completion:response", renew)
        model = await self.model_name()
        reask = AsyncRetrying(
            stop=stop_after_attempt(attempts),
            retry=retry_if_exception_type((ValidationError, json.JSONDecodeError)),
            reraise=True,
        )

        async def call() -> M:
            nonlocal attempt
            attempt = 0  # a transport retry restarts instructor's loop from the first ask
            try:
                result: M = await self._conn.client.chat.completions.create(
                    model=model,
                    messages=messages,  # type: ignore[arg-type]
                    response_model=answer,
                    max_retries=reask,
                    context=validation_context(ctx),
                    temperature=self.policy.temperature,
                    max_tokens=max_tokens,
                    hooks=hooks,
                )
            except InstructorRetryException as exc:
                # instructor wraps HTTP errors too; hand those to the transport layer.
                if isinstance(exc.__cause__, openai.APIError | ResponseTooLarge):
                    raise exc.__cause__ from None
                if _not_a_completion(exc):  # an HTML page or a broken body: not the model
                    raise BackendError(
                        f"{self._where()} answered with something that is not a chat "
                        f"completion ({self._brief(exc.__cause__ or exc)}); is the base URL "
                        "the API root (often ending in /v1)?"
                    ) from exc
                raise
            return result

        try:
            result: M = await self._transport(call, renew)
            return result
        except (InstructorRetryException, ValidationError) as exc:
            raise OutputError(
                f"{answer.__name__}: the model's answer was invalid after {attempts} attempts: "
                f"{self._brief(exc.__cause__ or exc)}"
            ) from exc
        except IncompleteOutputException as exc:
            raise OutputError(
                f"{answer.__name__}: the answer was cut off at {max_tokens} tokens"
            ) from exc


@dataclass
class _Renewal:
    """A completion arrived: the server is alive, so the deadline starts again from now."""

    timer: asyncio.Timeout | None = None
    seconds: float = 0.0

    def __call__(self, *_: Any, **__: Any) -> None:
        if self.timer is not None and not self.timer.expired():
            self.timer.reschedule(asyncio.get_running_loop().time() + self.seconds)


def _not_a_completion(exc: InstructorRetryException) -> bool:
    """Did the last attempt fail in the HTTP call itself, or return no ChatCompletion?"""
    attempts = exc.failed_attempts or []
    if len(attempts) < (exc.n_attempts or 0):  # parse failures are recorded; call failures not
        return True
    return any(not isinstance(a.completion, ChatCompletion) for a in attempts)


def _brief(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
