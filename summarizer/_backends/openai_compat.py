"""OpenAI and any OpenAI-compatible server (vLLM, Ollama's /v1, llama.cpp, LM Studio)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import instructor
import openai

from summarizer._config import Backend

if TYPE_CHECKING:
    from summarizer._backends.client import Policy


@dataclass
class OpenAIConnection:
    raw: openai.AsyncOpenAI
    client: instructor.AsyncInstructor

    async def models(self) -> list[str]:
        page = await self.raw.models.list()  # a paginator: awaiting fetches the first page
        return [m.id for m in page.data]

    async def aclose(self) -> None:
        await self.raw.close()


class OpenAICompatible:
    parallel = True

    def ready(self, backend: Backend) -> Backend:
        return backend

    def connect(self, backend: Backend, policy: Policy) -> OpenAIConnection:
        from summarizer._backends.transport import openai_client

        if backend.base_url is None and backend.embedded:
            raise ValueError("start the embedded server before creating its client")
        raw = openai_client(backend, policy)
        client = instructor.from_openai(raw, mode=instructor.Mode(backend.mode))
        return OpenAIConnection(raw, client)


DRIVER = OpenAICompatible()
