"""The backend protocol: what the pipeline needs from a way of reaching a model.

A ``Driver`` knows one kind of backend: how to make it ready (start a local
server, if any) and how to open a ``Connection``.  A ``Connection`` is what
``ModelClient`` asks through: an instructor client for typed completions, the
list of served models, and a close.  ``ModelClient`` adds retries, re-asks,
usage and error mapping on top, the same for every backend.  Tests pass a
``Connection`` to ``ModelClient`` instead of patching anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import instructor

    from summarizer._backends.client import Policy
    from summarizer._config import Backend


class Connection(Protocol):
    @property
    def client(self) -> instructor.AsyncInstructor:
        """Typed completions: ``client.chat.completions.create(response_model=...)``."""

    async def models(self) -> list[str]:
        """The ids of the models the server serves (first = its default)."""

    async def aclose(self) -> None: ...


class Driver(Protocol):
    parallel: bool  # can serve a digest's requests at once (hosted APIs, vLLM)

    def ready(self, backend: Backend) -> Backend:
        """``backend`` ready for requests (e.g. its local server started and its URL set)."""

    def connect(self, backend: Backend, policy: Policy) -> Connection: ...
