"""The backend seam: no model at all, injected connections, plugins, providers."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from summarizer import BackendUnavailable, summarize
from summarizer._cli import main
from summarizer._config import resolve_backend
from tests.support import SEED, assert_grounded


def fail_if_called(*_: Any, **__: Any) -> Any:
    raise AssertionError("the no-model backend must start and call nothing")


def test_no_model_is_codes_digest_with_no_request(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer import _backends, _embedded

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
