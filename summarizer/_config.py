"""Backend configuration: which server, which model, which request mode.

Precedence is function arguments (the CLI passes its flags here), then the
environment, then the embedded default.  The request mode is one switch,
chosen per backend: OpenAI enforces schemas through tools, llama.cpp-style
servers through ``response_format`` json_schema (their tool calling is not
grammar-enforced).

What differs between backends is said by the ``Backend``'s traits
(``uses_model``, ``embedded``, ``parallel``), never by comparing ``kind``
strings elsewhere.  This module imports no model library: ``summarizer
--version`` and a no-model digest must not pay for openai or instructor.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlparse, urlsplit

from summarizer._exceptions import BackendUnavailable, InputError
from summarizer._redact import redact, register, register_url

MODEL_NAME = "SmolLM2-135M-Instruct"  # the embedded default (see _embedded)
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
NONE = "none"  # the no-model backend: code's digest, no request
PROVIDERS = ("anthropic", "google", "ollama")  # native APIs via instructor's provider factory
# Request mode name -> instructor.Mode value (kept as text so this module stays light).
_MODES = {
    "json_schema": "json_schema_mode",
    "tools": "tool_call",
    "tools_strict": "tools_strict",
    "json": "json_mode",
}


@dataclass(frozen=True)
class Backend:
    kind: str  # "openai", "openai-compatible", "embedded", "none", a provider or a plugin name
    base_url: str | None  # None: OpenAI's default, or the embedded server not yet started
    api_key: str = field(repr=False)  # never in a log line or a traceback
    model: str  # "" means: ask the server which model it serves
    mode: str  # an instructor.Mode value; "" lets a provider choose its own
    # Traits, set by resolve_backend (a plugin declares its own):
    parallel: bool = True  # serves several requests at once: a digest's tasks run concurrently
    embedded: bool = False  # our own local server: a failed model costs only the model's part
    skip_tasks: frozenset[str] = frozenset()  # tasks not worth asking this model

    @property
    def uses_model(self) -> bool:
        """False for the no-model backend: code's findings only, no request, no server."""
        return self.kind != NONE

    def describe(self) -> str:
        if not self.uses_model:
            return "none (no model: code's findings only)"
        if self.embedded:
            return f"embedded {MODEL_NAME} (small offline default; expect rough content)"
        if self.kind in PROVIDERS:
            return f"{self.kind}/{self.model} (native API)"
        where = redact(self.base_url or "api.openai.com")  # no user:pass@ or ?api-key=
        return f"{self.kind} {self.model or '(server default model)'} at {where}"


def resolve_backend(
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    backend: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Backend:
    """``backend`` names one outright ("none", "embedded", a plugin); else it is inferred."""
    env = os.environ if env is None else env
    named = (backend or env.get("SUMMARIZER_BACKEND") or "").strip().lower() or None
    if named == NONE:
        return Backend(kind=NONE, base_url=None, api_key="", model="", mode="", parallel=False)
    base_url = base_url or env.get("SUMMARIZER_BASE_URL") or None
    api_key = api_key or env.get("OPENAI_API_KEY") or None
    model = model or env.get("SUMMARIZER_MODEL") or None
    mode = mode or env.get("SUMMARIZER_MODE") or None
    register(api_key)  # blanked from every message, log line and file from now on
    check_base_url(base_url)
    if named not in (None, "embedded", "openai", "openai-compatible"):
        return _plugin(named, model, base_url, api_key, mode)
    provider = model.split("/", 1)[0].lower() if model and "/" in model else None
    if provider in PROVIDERS and not base_url and named is None:
        assert model is not None and provider is not None
        return Backend(kind=provider, base_url=None, api_key="", model=model.split("/", 1)[1],
                       mode=_mode(mode, provider), parallel=provider != "ollama")  # fmt: skip
    kind: str
    if named == "embedded" or not (base_url or api_key or named):
        kind = "embedded"
    elif base_url:
        host = urlparse(base_url).hostname or ""
        kind = "openai" if host.endswith("openai.com") else "openai-compatible"
    else:
        kind = "openai"
    if kind == "embedded" and model not in (None, MODEL_NAME):
        raise BackendUnavailable(
            f"model {model!r} needs a server: set --base-url/SUMMARIZER_BASE_URL "
            "or OPENAI_API_KEY (with neither, the embedded model runs)"
        )
    if kind == "openai" and not model:
        model = DEFAULT_OPENAI_MODEL
    return Backend(
        kind=kind,
        base_url=base_url.rstrip("/") if base_url and kind != "embedded" else None,
        api_key=api_key or "not-needed",  # local servers ignore it; the client requires one
        model=model or (MODEL_NAME if kind == "embedded" else ""),
        mode=_mode(mode, kind),
        # llama.cpp's embedded server answers one request at a time on this machine's cores;
        # so does a one-slot server behind --base-url, which only the user can tell us.
        parallel=_parallel(env, kind != "embedded"),
        embedded=kind == "embedded",
        skip_tasks=embedded_skips() if kind == "embedded" else frozenset(),
    )


def switched_off(name: str, env: Mapping[str, str] | None = None) -> bool:
    """Whether the environment switches ``name`` off (0, false, no or off): the reading of the
    on-by-default switches SUMMARIZER_CACHE and SUMMARIZER_OFFLOAD (``_extract/ner.py``, a
    lower layer, reads SUMMARIZER_NER the same way itself)."""
    env = os.environ if env is None else env
    return env.get(name, "1").strip().lower() in ("0", "false", "no", "off")


def _parallel(env: Mapping[str, str], default: bool) -> bool:
    """``SUMMARIZER_PARALLEL=0`` sends a digest's requests one at a time (a one-slot server)."""
    value = env.get("SUMMARIZER_PARALLEL", "").strip().lower()
    if not value:
        return default
    if value in ("0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise InputError(f"SUMMARIZER_PARALLEL={value!r}: use 0 (one request at a time) or 1")


def embedded_skips() -> frozenset[str]:
    """The tasks not asked of the embedded model: each task's ``on_embedded`` trait says."""
    from summarizer._tasks import embedded_skips as skips  # the tasks load pydantic models

    return skips()


def check_base_url(url: str | None) -> None:
    """An http(s) URL with a host and a valid port, or an ``InputError`` at once.

    Without this, ``not a url`` or ``ftp://...`` fails only inside the HTTP client,
    as five retried "connection failed" attempts, and ``http://[::1/v1`` as a traceback.
    """
    if url is None:
        return
    register_url(url)
    shown = redact(url)
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port that is not a number in 0-65535
    except ValueError as exc:
        raise InputError(f"base URL {shown!r} is not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"base URL {shown!r} is not an http(s) URL with a host, e.g. http://localhost:8080/v1"
        )
    if port == 0:
        raise InputError(f"base URL {shown!r} has port 0")


def _plugin(
    name: str, model: str | None, base_url: str | None, api_key: str | None, mode: str | None
) -> Backend:
    from summarizer._backends import plugin

    driver = plugin(name)  # raises BackendUnavailable when no such entry point exists
    return Backend(kind=name, base_url=base_url, api_key=api_key or "", model=model or "",
                   mode=_mode(mode, name), parallel=driver.parallel)  # fmt: skip


def _mode(name: str | None, kind: str) -> str:
    if name is None:
        if kind in PROVIDERS:
            return ""
        return _MODES["tools"] if kind == "openai" else _MODES["json_schema"]
    try:
        return _MODES[name.lower()]
    except KeyError:
        raise InputError(f"unknown mode {name!r}; choose one of {', '.join(_MODES)}") from None
