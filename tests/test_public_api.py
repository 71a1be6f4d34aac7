from __future__ import annotations

import summarizer
from summarizer import (
    BackendError,
    BackendUnavailable,
    InputError,
    OutputError,
    OutputWriteError,
    SummarizerError,
)


def test_public_surface_is_pinned() -> None:
    assert sorted(summarizer.__all__) == [
        "Actor", "BackendError", "BackendUnavailable", "BatchResult", "Claim", "Digest",
        "Evidence", "InputError", "Meta", "OutputError", "OutputWriteError", "Policy", "Source",
        "Stance", "SummarizerError", "Summary", "TimelineEvent", "Usage", "UsageError",
        "__version__", "asummarize", "summarize", "summarize_many",
    ]  # fmt: skip
    for name in summarizer.__all__:
        assert hasattr(summarizer, name)


def test_exception_hierarchy_and_exit_codes() -> None:
    assert issubclass(BackendUnavailable, BackendError)
    for exc in (InputError, BackendError, OutputError, OutputWriteError):
        assert issubclass(exc, SummarizerError)
    codes = [e.exit_code for e in (InputError, BackendUnavailable, OutputError, OutputWriteError)]
    assert codes == [3, 4, 5, 6]
