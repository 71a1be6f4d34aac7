"""Native provider APIs through instructor's provider factory.

Chosen by naming the provider in the model: ``--model anthropic/<model>``,
``google/<model>`` or ``ollama/<model>``.  Each needs its SDK, installed as an
extra: ``pip install 'summarizer[anthropic]'`` (or ``[google]``, ``[ollama]``).
Keys come from the provider's usual environment variable (``ANTHROPIC_API_KEY``,
``GOOGLE_API_KEY``); instructor picks the request mode unless ``--mode`` says.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from summarizer._config import Backend
from summarizer._exceptions import BackendUnavailable

if TYPE_CHECKING:
    import instructor

    from summarizer._backends.client import Policy

# provider -> the module its SDK provides (Ollama is reached through the openai client).
SDK = {"anthropic": "anthropic", "google": "google.genai", "ollama": "openai"}


def installed(provider: str) -> bool:
    try:
        return importlib.util.find_spec(SDK[provider]) is not None
    except ModuleNotFoundError:  # "google" itself missing
        return False


@dataclass
class ProviderConnection:
    client: instructor.AsyncInstructor  # over the provider's own SDK
    model: str

    async def models(self) -> list[str]:
        return [self.model]

    async def aclose(self) -> None:
        inner = getattr(self.client, "client", None)
        close = getattr(inner, "close", None) or getattr(inner, "aclose", None)
        if close is not None:
            result = close()
            if hasattr(result, "__await__"):
                await result


class Provider:
    parallel = True  # hosted APIs serve requests concurrently (Ollama overrides per backend)

    def ready(self, backend: Backend) -> Backend:
        return backend

    def connect(self, backend: Backend, policy: Policy) -> ProviderConnection:
        import instructor

        provider, name = backend.kind, backend.model
        if not installed(provider):
            raise BackendUnavailable(
                f"the {provider} backend needs its SDK: pip install 'summarizer[{provider}]'"
            )
        options: dict[str, Any] = {"async_client": True}
        if backend.mode:
            options["mode"] = instructor.Mode(backend.mode)
        try:
            client = instructor.from_provider(f"{provider}/{name}", **options)
        except Exception as exc:  # e.g. no API key in the environment
            raise BackendUnavailable(f"cannot open {provider}/{name}: {exc}") from exc
        return ProviderConnection(client, name)


DRIVER = Provider()
