"""summarizer: a news article in, a structured digest out, every piece of evidence grounded.

    from summarizer import summarize
    digest = summarize("article.txt", published="2017-04-12")
    print(digest.summary.headline)

Everything not listed in ``__all__`` is private and may change.
"""

from summarizer._api import asummarize, summarize, summarize_many
from summarizer._batch import BatchResult
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
)
from summarizer._llm import Policy

__version__ = "0.1.0"

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
    "__version__",
    "asummarize",
    "summarize",
    "summarize_many",
]
