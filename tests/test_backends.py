"""The backend seam: no model at all, injected connections, plugins, providers."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from summarizer import BackendUnavailable, Digest, OutputError, Policy, summarize
from summarizer._backends import providers
from summarizer._backends.client import ModelClient
from summarizer._cli import main
from summarizer._config import resolve_backend
from summarizer._pipeline import run
from tests.support import SEED, assert_grounded


def fail_if_called(*_: Any, **__: Any) -> Any:
    raise AssertionError("the no-model backend must start and call nothing")


def test_no_model_is_codes_digest_with_no_request(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer import _backends
    from summarizer._backends import llama_server as _embedded

    monkeypatch.setattr(_embedded, "start", fail_if_called)
    monkeypatch.setattr(_backends, "connect", fail_if_called)
    digest = summarize(SEED, published="2017-04-12", backend="none")
    assert_grounded(digest)
    assert (digest.meta.backend, digest.meta.model) == ("none", "none")
    assert digest.meta.usage.requests == 0 and digest.meta.warnings == []
    assert digest.summary.method == "code"
    items = [*digest.claims, *digest.stances, *digest.timeline]
    assert digest.claims and digest.timeline
    assert {i.method for i in items} == {"code"}


def test_no_model_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_BACKEND", "none")
    monkeypatch.setenv("SUMMARIZER_BASE_URL", "http://127.0.0.1:9/v1")  # never asked
    assert not resolve_backend().uses_model
    assert summarize(SEED).meta.backend == "none"


def test_cli_no_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize", str(SEED), "--no-model", "--json", "-q"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["meta"]["backend"] == "none" and out["meta"]["usage"]["requests"] == 0


def test_no_model_digest_imports_no_model_library() -> None:
    """Start-up cost: openai and instructor load only where a model is called."""
    code = (
        "import sys, summarizer; "
        f"summarizer.summarize({str(SEED)!r}, backend='none'); "
        "print(sorted(m for m in ('openai', 'instructor', 'tenacity') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_backend_name_is_a_clear_error() -> None:
    with pytest.raises(BackendUnavailable, match="no backend named 'nosuch'"):
        resolve_backend(backend="nosuch", env={})


# ---------------------------------------------------------------- an injected connection


class FakeModel:
    """Stands in for instructor's client: valid minimal answers, and how many ran at once."""

    def __init__(self) -> None:
        self.in_flight = self.most_in_flight = 0
        self.asked: list[str] = []
        self.chat = self  # client.chat.completions.create(...)
        self.completions = self

    async def create(self, *, response_model: type[Any], context: dict[str, Any],
                     **_: Any) -> Any:  # fmt: skip
        self.asked.append(response_model.__name__)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        for _ in range(3):  # yield to the loop: requests asked together overlap here
            await asyncio.sleep(0)
        self.in_flight -= 1
        first = context["grounding"].doc.sentences[0].text
        if response_model.__name__ == "SummaryAnswer":
            words = " ".join(first.split()[:8])
            payload: dict[str, Any] = {"headline": words, "abstract": words, "key_points": []}
        else:
            payload = {"ClaimsAnswer": {"labels": []}, "StancesAnswer": {"stances": []},
                       "TimelineAnswer": {"events": []}}[response_model.__name__]  # fmt: skip
        return response_model.model_validate(payload, context=context)


@dataclass
class FakeConnection:
    client: FakeModel = field(default_factory=FakeModel)
    closed: bool = False

    async def models(self) -> list[str]:
        return ["fake-model"]

    async def aclose(self) -> None:
        self.closed = True


def digest_with(connection: FakeConnection, **backend: Any) -> Digest:
    settings = {"base_url": "http://127.0.0.1:9/v1", "env": {}, **backend}
    chosen = resolve_backend(**settings)
    return asyncio.run(run(SEED, published="2017-04-12", backend=chosen, connection=connection))


def test_tasks_overlap_where_the_backend_serves_in_parallel() -> None:
    conn = FakeConnection()
    digest = digest_with(conn)
    assert sorted(conn.client.asked) == [
        "ClaimsAnswer", "StancesAnswer", "SummaryAnswer", "TimelineAnswer"
    ]  # fmt: skip
    assert conn.client.most_in_flight == 4 and conn.closed
    assert digest.meta.model == "fake-model" and digest.summary.method == "mixed"
    assert_grounded(digest)


def test_tasks_queue_on_a_backend_that_serves_one_at_a_time() -> None:
    conn = FakeConnection()
    digest = digest_with(conn, backend="embedded", base_url=None)
    # In order, one at a time, and only the tasks worth the embedded model's time.
    assert conn.client.asked == ["SummaryAnswer", "ClaimsAnswer"]
    assert conn.client.most_in_flight == 1
    assert digest.timeline and {e.method for e in digest.timeline} == {"code"}


def test_warnings_keep_task_order_when_tasks_overlap() -> None:
    class Failing(FakeModel):
        async def create(self, *, response_model: type[Any], **kw: Any) -> Any:
            if response_model.__name__ in ("SummaryAnswer", "TimelineAnswer"):
                await asyncio.sleep(0 if response_model.__name__ == "TimelineAnswer" else 0.01)
                raise OutputError(f"{response_model.__name__} broken")
            return await super().create(response_model=response_model, **kw)

    digest = digest_with(FakeConnection(Failing()))
    assert digest.meta.warnings == [
        "summary: SummaryAnswer broken",
        "timeline: TimelineAnswer broken",
    ]


# ---------------------------------------------------------------- a third-party backend


PLUGIN = """
from tests.test_backends import FakeConnection

class Driver:
    parallel = True
    opened = []

    def ready(self, backend):
        return backend

    def connect(self, backend, policy):
        conn = FakeConnection()
        self.opened.append((backend.kind, conn))
        return conn

DRIVER = Driver()
"""


def test_a_plugin_backend_is_found_through_its_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fakeplug_backend.py").write_text(PLUGIN)
    info = tmp_path / "fakeplug-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fakeplug\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        "[summarizer.backends]\nfakeplug = fakeplug_backend:DRIVER\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    digest = summarize(SEED, published="2017-04-12", backend="fakeplug")
    import fakeplug_backend  # type: ignore[import-not-found]

    [(kind, conn)] = fakeplug_backend.DRIVER.opened
    assert kind == "fakeplug" and conn.closed and len(conn.client.asked) == 4
    assert (digest.meta.backend, digest.meta.model) == ("fakeplug", "fake-model")


@pytest.mark.parametrize("provider", ["anthropic", "google"])
def test_a_provider_without_its_sdk_says_which_extra_to_install(provider: str) -> None:
    if providers.installed(provider):
        pytest.skip(f"the {provider} SDK is installed here")
    chosen = resolve_backend(model=f"{provider}/some-model", env={})
    with pytest.raises(BackendUnavailable, match=rf"summarizer\[{provider}\]"):
        ModelClient(chosen)


def test_ollama_through_instructors_provider_factory() -> None:
    """No key and no server needed to open it: the factory builds an openai client."""
    conn = providers.DRIVER.connect(resolve_backend(model="ollama/llama3.1", env={}), Policy())
    assert asyncio.run(conn.models()) == ["llama3.1"]
    asyncio.run(conn.aclose())
