"""The embedded default: llama.cpp's server on loopback (``summarizer._embedded``).

It speaks the OpenAI protocol, so only getting ready differs: start the server
(once per process) and point the backend at it.  It answers one request at a
time (``parallel = False``): the tasks of a digest queue rather than contend
for the same cores.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from summarizer._backends.openai_compat import OpenAICompatible, OpenAIConnection
from summarizer._config import Backend

if TYPE_CHECKING:
    from summarizer._llm import Policy


class Embedded:
    parallel = False

    def ready(self, backend: Backend) -> Backend:
        if backend.base_url is not None:
            return backend
        from summarizer import _embedded

        return replace(backend, base_url=_embedded.start())

    def connect(self, backend: Backend, policy: Policy) -> OpenAIConnection:
        return OpenAICompatible().connect(backend, policy)


DRIVER = Embedded()
