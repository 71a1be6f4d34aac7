from __future__ import annotations

import instructor
import pytest

from summarizer import BackendUnavailable, InputError
from summarizer._config import DEFAULT_OPENAI_MODEL, resolve_backend


def test_nothing_configured_means_embedded() -> None:
    b = resolve_backend(env={})
    assert b.kind == "embedded" and b.base_url is None
    assert b.model == "SmolLM2-135M-Instruct" and b.mode == instructor.Mode.JSON_SCHEMA


def test_key_alone_means_openai_with_tools_mode() -> None:
    b = resolve_backend(env={"OPENAI_API_KEY": "sk-test"})
    assert (b.kind, b.model, b.mode) == ("openai", DEFAULT_OPENAI_MODEL, instructor.Mode.TOOLS)
    assert b.api_key == "sk-test"


def test_arguments_beat_environment() -> None:
    env = {
        "SUMMARIZER_BASE_URL": "http://env:1/v1",
        "SUMMARIZER_MODEL": "env-model",
        "OPENAI_API_KEY": "sk-env",
        "SUMMARIZER_MODE": "tools",
    }
    b = resolve_backend(model="arg-model", base_url="http://arg:2/v1/", mode="json", env=env)
    assert (b.base_url, b.model, b.mode) == ("http://arg:2/v1", "arg-model", instructor.Mode.JSON)
    e = resolve_backend(env=env)
    assert (e.base_url, e.model, e.mode) == ("http://env:1/v1", "env-model", instructor.Mode.TOOLS)
    assert e.kind == "openai-compatible"


def test_local_server_defaults() -> None:
    b = resolve_backend(base_url="http://localhost:11434/v1", env={})
    assert b.kind == "openai-compatible" and b.model == "" and b.api_key == "not-needed"
    assert b.mode == instructor.Mode.JSON_SCHEMA
    assert resolve_backend(base_url="https://api.openai.com/v1", env={}).kind == "openai"


def test_bad_configuration_is_a_clear_error() -> None:
    with pytest.raises(BackendUnavailable, match="needs a server"):
        resolve_backend(model="llama3", env={})
    with pytest.raises(InputError, match="unknown mode"):
        resolve_backend(mode="xml", env={})
