"""Calling the model: instructor over the openai client, with two retry layers.

- Transport (connection refused, timeouts, 429, 5xx) is retried here with
  tenacity: exponential backoff with jitter, Retry-After honoured, bounded in
  attempts and in total time.  The openai client's own retries are off so the
  two layers never multiply.
- Invalid output is re-asked by instructor, which appends the bad answer and
  the validators' reasons.  A hook marks the last attempt so validators drop
  ungrounded items instead of failing the whole answer.

Usage is summed from every completion, re-asks included, through hooks.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
)

from summarizer._answers import GroundingContext, validation_context
from summarizer._config import Backend
from summarizer._exceptions import BackendError, BackendUnavailable, OutputError

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
    transport_deadline_s: float = 180.0
    timeout_s: float = 120.0
    backoff_base_s: float = 0.5
    backoff_max_s: float = 20.0
    temperature: float = 0.0


@dataclass
class Tally:
    """Usage over every request of one digest, filled by hooks."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_prompt_tokens: int = 0
    requests: int = 0
    retries: int = 0
    server_ms: float | None = None  # llama.cpp reports its own prompt and generation time
    listeners: list[Callable[[Any], None]] = field(default_factory=list)

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
        for listener in self.listeners:
            listener(completion)


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIConnectionError | openai.APITimeoutError):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 425, 429) or exc.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    try:
        if (ms := headers.get("retry-after-ms")) is not None:
            return float(ms) / 1000
        if (s := headers.get("retry-after")) is not None:
            return float(s)
    except ValueError:
        return None  # an HTTP date: fall back to backoff
    return None


class ModelClient:
    """One backend, one policy, one tally: ask typed questions, get validated answers."""

    def __init__(self, backend: Backend, policy: Policy | None = None) -> None:
        if backend.base_url is None and backend.kind == "embedded":
            raise ValueError("start the embedded server before creating its client")
        self.backend = backend
        self.policy = policy or Policy()
        self.tally = Tally()
        raw = openai.AsyncOpenAI(
            base_url=backend.base_url,
            api_key=backend.api_key,
            max_retries=0,
            timeout=self.policy.timeout_s,
        )
        self._raw = raw
        self._client = instructor.from_openai(raw, mode=backend.mode)

    async def aclose(self) -> None:
        await self._raw.close()

    async def model_name(self) -> str:
        """The configured model, or the first one the server lists."""
        if self.backend.model:
            return self.backend.model
        models = await self._transport(self._raw.models.list)
        first = next(iter(models.data), None)
        if first is None:
            raise BackendUnavailable(f"{self.backend.base_url} serves no model; pass --model")
        name: str = first.id
        return name

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = _retry_after(exc)
        if hinted is not None:
            return min(hinted, self.policy.transport_deadline_s)
        backoff = self.policy.backoff_base_s * 2 ** (state.attempt_number - 1)
        return random.uniform(0, min(backoff, self.policy.backoff_max_s))  # full jitter

    async def _transport(self, call: Callable[[], Any]) -> Any:
        retrying = AsyncRetrying(
            retry=retry_if_exception(_transient),
            wait=self._wait,
            stop=stop_after_attempt(self.policy.transport_attempts)
            | stop_after_delay(self.policy.transport_deadline_s),
            reraise=True,
            before_sleep=self._note_retry,
        )
        try:
            return await retrying(call)
        except openai.APIStatusError as exc:
            if _transient(exc):
                raise BackendUnavailable(self._gave_up(f"HTTP {exc.status_code}")) from exc
            raise BackendError(
                f"{self._where()} rejected the request (HTTP {exc.status_code}): {_brief(exc)}"
            ) from exc
        except openai.APITimeoutError as exc:
            raise BackendUnavailable(self._gave_up("timed out")) from exc
        except openai.APIConnectionError as exc:
            raise BackendUnavailable(self._gave_up("connection failed")) from exc

    def _note_retry(self, state: RetryCallState) -> None:
        self.tally.retries += 1
        exc = state.outcome.exception() if state.outcome else None
        log.warning("transport error (%s); retrying", type(exc).__name__)

    def _where(self) -> str:
        return self.backend.base_url or "api.openai.com"

    def _gave_up(self, why: str) -> str:
        return (
            f"model server {self._where()} unavailable ({why}) after "
            f"{self.policy.transport_attempts} attempts or {self.policy.transport_deadline_s:.0f}s"
        )

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

        hooks = Hooks()
        hooks.on("completion:kwargs", on_attempt)
        hooks.on("completion:response", self.tally.add)
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
                result: M = await self._client.chat.completions.create(
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
                if isinstance(exc.__cause__, openai.APIError):
                    raise exc.__cause__ from None
                raise
            return result

        try:
            result: M = await self._transport(call)
            return result
        except (InstructorRetryException, ValidationError) as exc:
            raise OutputError(
                f"{answer.__name__}: the model's answer was invalid after {attempts} attempts: "
                f"{_brief(exc)}"
            ) from exc
        except IncompleteOutputException as exc:
            raise OutputError(
                f"{answer.__name__}: the answer was cut off at {max_tokens} tokens"
            ) from exc


def _brief(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
