"""Backend configuration: which server, which model, which request mode.

Precedence is function arguments (the CLI passes its flags here), then the
environment, then the embedded default.  The request mode is one switch,
chosen per backend: OpenAI enforces schemas through tools, llama.cpp-style
servers through ``response_format`` json_schema (their tool calling is not
grammar-enforced).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlparse, urlsplit

import instructor

from summarizer._embedded import MODEL_NAME
from summarizer._exceptions import BackendUnavailable, InputError
from summarizer._redact import redact, register, register_url

BackendKind = Literal["openai", "openai-compatible", "embedded"]
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
_MODES = {
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "tools": instructor.Mode.TOOLS,
    "tools_strict": instructor.Mode.TOOLS_STRICT,
    "json": instructor.Mode.JSON,
}


@dataclass(frozen=True)
class Backend:
    kind: BackendKind
    base_url: str | None  # None: OpenAI's default, or the embedded server not yet started
    api_key: str = field(repr=False)  # never in a log line or a traceback
    model: str  # "" means: ask the server which model it serves
    mode: instructor.Mode

    def describe(self) -> str:
        if self.kind == "embedded":
            return f"embedded {MODEL_NAME} (small offline default; expect rough content)"
        where = redact(self.base_url or "api.openai.com")  # no user:pass@ or ?api-key=
        return f"{self.kind} {self.model or '(server default model)'} at {where}"


def resolve_backend(
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Backend:
    env = os.environ if env is None else env
    base_url = base_url or env.get("SUMMARIZER_BASE_URL") or None
    api_key = api_key or env.get("OPENAI_API_KEY") or None
    model = model or env.get("SUMMARIZER_MODEL") or None
    mode = mode or env.get("SUMMARIZER_MODE") or None
    register(api_key)  # blanked from every message, log line and file from now on
    check_base_url(base_url)
    kind: BackendKind
    if base_url:
        host = urlparse(base_url).hostname or ""
        kind = "openai" if host.endswith("openai.com") else "openai-compatible"
    elif api_key:
        kind = "openai"
    else:
        kind = "embedded"
    if kind == "embedded" and model not in (None, MODEL_NAME):
        raise BackendUnavailable(
            f"model {model!r} needs a server: set --base-url/SUMMARIZER_BASE_URL "
            "or OPENAI_API_KEY (with neither, the embedded model runs)"
        )
    if kind == "openai" and not model:
        model = DEFAULT_OPENAI_MODEL
    return Backend(
        kind=kind,
        base_url=base_url.rstrip("/") if base_url else None,
        api_key=api_key or "not-needed",  # local servers ignore it; the client requires one
        model=model or (MODEL_NAME if kind == "embedded" else ""),
        mode=_mode(mode, kind),
    )


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


def _mode(name: str | None, kind: BackendKind) -> instructor.Mode:
    if name is None:
        return instructor.Mode.TOOLS if kind == "openai" else instructor.Mode.JSON_SCHEMA
    try:
        return _MODES[name.lower()]
    except KeyError:
        raise InputError(f"unknown mode {name!r}; choose one of {', '.join(_MODES)}") from None
