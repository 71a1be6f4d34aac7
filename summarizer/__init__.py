"""summarizer: a news article in, a structured digest out, every piece of evidence grounded.

    from summarizer import summarize
    digest = summarize("article.txt", published="2017-04-12")
    print(digest.summary.headline)

Everything not listed in ``__all__`` is private and may change.  Names are
loaded on first use, so ``import summarizer`` (and ``summarizer --version``)
pays for no model library; the first call that needs a model imports it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from summarizer._api import asummarize, summarize, summarize_many
    from summarizer._backends.client import Policy
    from summarizer._batch.results import BatchResult
    from summarizer._digest import (
        Actor,
        Claim,
        Digest,
        Evidence,
        Meta,
        Source,
        Stance,
        Summary,
        TimelineEvent,
        Usage,
    )
    from summarizer._exceptions import (
        BackendError,
        BackendUnavailable,
        InputError,
        OutputError,
        OutputWriteError,
        SummarizerError,
        UsageError,
    )

_WHERE = {
    "asummarize": "_api",
    "summarize": "_api",
    "summarize_many": "_api",
    "BatchResult": "_batch.results",
    **dict.fromkeys(
        [
            "Actor",
            "Claim",
            "Digest",
            "Evidence",
            "Meta",
            "Source",
            "Stance",
            "Summary",
            "TimelineEvent",
            "Usage",
        ],
        "_digest",
    ),
    **dict.fromkeys(
        [
            "BackendError",
            "BackendUnavailable",
            "InputError",
            "OutputError",
            "OutputWriteError",
            "SummarizerError",
            "UsageError",
        ],
        "_exceptions",
    ),
    "Policy": "_backends.client",
}

__all__ = [
    "Actor",
    "BackendError",
    "BackendUnavailable",
    "BatchResult",
    "Claim",
    "Digest",
    "Evidence",
    "InputError",
    "Meta",
    "OutputError",
    "OutputWriteError",
    "Policy",
    "Source",
    "Stance",
    "SummarizerError",
    "Summary",
    "TimelineEvent",
    "Usage",
    "UsageError",
    "__version__",
    "asummarize",
    "summarize",
    "summarize_many",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use (PEP 562), then keep the name here."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(f"summarizer.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
