"""Backends: how a digest reaches a model, behind one small protocol (see ``base``).

Built in: OpenAI and OpenAI-compatible servers (``openai_compat``), the
embedded llama.cpp server (``embedded``), native providers through
instructor's provider factory (``providers``) and no model at all (the
``"none"`` backend: the pipeline then makes no request).  Third-party
backends register a ``Driver`` under the entry-point group
``summarizer.backends`` and are chosen by name (``backend="name"``).
"""

from __future__ import annotations

import importlib.metadata
from typing import TYPE_CHECKING

from summarizer._config import PROVIDERS, Backend
from summarizer._exceptions import BackendUnavailable

if TYPE_CHECKING:
    from summarizer._backends.base import Connection, Driver
    from summarizer._backends.client import Policy

ENTRY_POINT_GROUP = "summarizer.backends"
_BUILT_IN = ("openai", "openai-compatible", "embedded", "none", *PROVIDERS)


def driver(backend: Backend) -> Driver:
    """The code that opens ``backend``: a module of this package, or a plugin."""
    if not backend.uses_model:
        raise ValueError("the no-model backend opens no connection")
    if backend.embedded:
        from summarizer._backends import embedded

        return embedded.DRIVER
    if backend.kind in ("openai", "openai-compatible"):
        from summarizer._backends import openai_compat

        return openai_compat.DRIVER
    if backend.kind in PROVIDERS:
        from summarizer._backends import providers

        return providers.DRIVER
    return plugin(backend.kind)


def ready(backend: Backend) -> Backend:
    """``backend`` with whatever runs on this machine started (the embedded server)."""
    return driver(backend).ready(backend) if backend.uses_model else backend


def connect(backend: Backend, policy: Policy) -> Connection:
    """An open connection to a ready backend; the caller closes it."""
    return driver(backend).connect(backend, policy)


def plugin(name: str) -> Driver:
    """The driver a third-party package registered as ``name`` in ``summarizer.backends``."""
    if name in _BUILT_IN:
        raise ValueError(f"{name!r} is a built-in backend, not a plugin")
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            try:
                loaded: Driver = ep.load()
            except Exception as exc:  # a broken plugin is the plugin's problem, said plainly
                raise BackendUnavailable(f"backend {name!r} failed to load: {exc}") from exc
            return loaded
    known = sorted({*_BUILT_IN, *(ep.name for ep in importlib.metadata.entry_points(
        group=ENTRY_POINT_GROUP))})  # fmt: skip
    raise BackendUnavailable(f"no backend named {name!r}; known: {', '.join(known)}")
