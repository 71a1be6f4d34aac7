from __future__ import annotations

import instructor
import pytest

from summarizer import BackendUnavailable, InputError
from summarizer._config import DEFAULT_OPENAI_MODEL, resolve_backend

# Backend.mode holds instructor's Mode value as text, so _config imports no instructor.
TOOLS, JSON, JSON_SCHEMA = (m.value for m in (instructor.Mode.TOOLS, instructor.Mode.JSON,
                                              instructor.Mode.JSON_SCHEMA))  # fmt: skip


def test_nothing_configured_means_embedded() -> None:
    b = resolve_backend(env={})
    assert b.kind == "embedded" and b.base_url is None
    assert b.model == "SmolLM2-135M-Instruct" and b.mode == JSON_SCHEMA


def test_key_alone_means_openai_with_tools_mode() -> None:
    b = resolve_backend(env={"OPENAI_API_KEY": "sk-test"})
    assert (b.kind, b.model, b.mode) == ("openai", DEFAULT_OPENAI_MODEL, TOOLS)
    assert b.api_key == "sk-test"


def test_arguments_beat_environment() -> None:
    env = {
        "SUMMARIZER_BASE_URL": "http://env:1/v1",
        "SUMMARIZER_MODEL": "env-model",
        "OPENAI_API_KEY": "sk-env",
        "SUMMARIZER_MODE": "tools",
    }
    b = resolve_backend(model="arg-model", base_url="http://arg:2/v1/", mode="json", env=env)
    assert (b.base_url, b.model, b.mode) == ("http://arg:2/v1", "arg-model", JSON)
    e = resolve_backend(env=env)
    assert (e.base_url, e.model, e.mode) == ("http://env:1/v1", "env-model", TOOLS)
    assert e.kind == "openai-compatible"


def test_local_server_defaults() -> None:
    b = resolve_backend(base_url="http://localhost:11434/v1", env={})
    assert b.kind == "openai-compatible" and b.model == "" and b.api_key == "not-needed"
    assert b.mode == JSON_SCHEMA
    assert resolve_backend(base_url="https://api.openai.com/v1", env={}).kind == "openai"


def test_bad_configuration_is_a_clear_error() -> None:
    with pytest.raises(BackendUnavailable, match="needs a server"):
        resolve_backend(model="llama3", env={})
    with pytest.raises(InputError, match="unknown mode"):
        resolve_backend(mode="xml", env={})


def test_traits_replace_kind_checks() -> None:
    embedded = resolve_backend(env={})
    assert embedded.embedded and not embedded.parallel and embedded.uses_model
    hosted = resolve_backend(env={"OPENAI_API_KEY": "sk-test"})
    assert hosted.parallel and not hosted.embedded
    none = resolve_backend(backend="none", env={"OPENAI_API_KEY": "sk-test"})
    assert (none.kind, none.uses_model, none.embedded) == ("none", False, False)
    assert resolve_backend(backend="embedded", env={"OPENAI_API_KEY": "sk-test"}).embedded


def test_provider_prefix_selects_the_native_api() -> None:
    b = resolve_backend(model="anthropic/claude-3-5-haiku-latest", env={})
    assert (b.kind, b.model, b.mode, b.base_url) == (
        "anthropic",
        "claude-3-5-haiku-latest",
        "",
        None,
    )
    assert not resolve_backend(model="ollama/llama3.1", env={}).parallel
    # With a server named, a slash is just part of the model name (vLLM's, for instance).
    v = resolve_backend(model="meta-llama/Llama-3.1-8B", base_url="http://h:8000/v1", env={})
    assert (v.kind, v.model) == ("openai-compatible", "meta-llama/Llama-3.1-8B")


def test_a_one_slot_server_can_be_asked_one_request_at_a_time() -> None:
    url = "http://127.0.0.1:8080/v1"
    assert resolve_backend(base_url=url, env={}).parallel
    assert not resolve_backend(base_url=url, env={"SUMMARIZER_PARALLEL": "0"}).parallel
    assert resolve_backend(base_url=url, env={"SUMMARIZER_PARALLEL": "1"}).parallel
    with pytest.raises(InputError, match="SUMMARIZER_PARALLEL"):
        resolve_backend(base_url=url, env={"SUMMARIZER_PARALLEL": "sometimes"})
