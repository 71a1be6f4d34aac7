"""Shared fixtures.  Cassettes live in ``cassettes/`` at the top of the repo.

Replaying needs no server: pytest runs with ``--record-mode=none
--block-network`` by default (see pyproject).  To re-record, start the embedded
server on the replay port and rewrite (README, "Re-recording cassettes").
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.support import ROOT

# The rules alone, whether or not the optional spaCy extra is installed: expected values
# must not depend on the machine.  tests/test_ner.py switches it on where it is installed.
os.environ.setdefault("SUMMARIZER_NER", "0")


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": ["authorization", "api-key", "openai-organization", "cookie"],
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(ROOT / "cassettes" / request.module.__name__.split(".")[-1])


@pytest.fixture(autouse=True)
def _no_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No digest cache by default, and never in ~/.cache even when a test turns it on."""
    monkeypatch.setenv("SUMMARIZER_CACHE", "0")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "summarizer-cache"))


@pytest.fixture(autouse=True)
def _no_ambient_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a developer's key or server from the environment."""
    for name in ("OPENAI_API_KEY", "SUMMARIZER_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"):
        monkeypatch.delenv(name, raising=False)


# Modules whose fake servers script the task requests one by one (fault sequences, request
# counts, parallel overlap): the default pass on a served model would add a request they
# did not script.  Elsewhere the real default runs (the fault server's good answer judges).
_SCRIPTED_TASK_REQUESTS = frozenset(
    "test_backends test_faults test_hostile_input test_long_article test_hostile_model_side".split()
)


@pytest.fixture(autouse=True)
def _verify_code_for_scripted_requests(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """In the modules above a served model checks with code (``verify="code"``), as
    those scripts were written for the task requests alone."""
    if request.module.__name__.split(".")[-1] in _SCRIPTED_TASK_REQUESTS:
        import summarizer._verify

        monkeypatch.setattr(summarizer._verify, "default_verify", lambda backend: "code")
