"""The one exception hierarchy of summarizer.

Every error the library raises on purpose is a ``SummarizerError``; the CLI maps
each branch to its own exit code, so scripts can tell bad input from a dead
server without parsing messages::

    SummarizerError                 exit 1  (base; never raised directly)
    ├── UsageError                  exit 2  an option the caller gave cannot work
    │                                       (``language="de"`` with no German pack)
    ├── InputError                  exit 3  missing file, empty, binary, not UTF-8, too large
    ├── BackendError                        the model server
    │   └── BackendUnavailable      exit 4  refused, timed out, 5xx/429 after retries,
    │                                       embedded model not installed
    ├── OutputError                 exit 5  every answer stayed malformed after re-asks,
    │                                       or an answer was larger than Policy allows
    │                                       (.partial: the digest of what code found)
    └── OutputWriteError            exit 6  a result could not be written (results.jsonl,
                                            --html, report --out): disk full, no such
                                            folder, permission denied

Usage errors on the command line exit 2 (argparse's convention); ``UsageError`` is
the same mistake made through the Python API or caught after parsing.  A failure to
write is not the input's fault, so it has its own branch and exit code: a script
can tell "fix the article" (3) from "fix the disk or the path" (6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer._digest import Digest


class SummarizerError(Exception):
    """Base of every error summarizer raises on purpose."""

    exit_code = 1


class UsageError(SummarizerError):
    """An option cannot work as given (an unknown language); nothing was read or sent."""

    exit_code = 2


class InputError(SummarizerError):
    """The input cannot become an article: nothing was sent to a model."""

    exit_code = 3


class BackendError(SummarizerError):
    """Something went wrong talking to the model server."""

    exit_code = 4


class BackendUnavailable(BackendError):
    """No usable answer from the server after bounded transport retries."""

    exit_code = 4


class OutputError(SummarizerError):
    """The model's output was still malformed after the last re-ask.

    ``partial`` holds the digest of what code found, when there is one, so the
    work already done is not lost.
    """

    exit_code = 5

    def __init__(self, message: str, *, partial: Digest | None = None) -> None:
        super().__init__(message)
        self.partial = partial


class OutputWriteError(SummarizerError):
    """A result could not be written where it was asked to go; the input was fine."""

    exit_code = 6
