"""Secrets never reach a screen or a file: one place that blanks them out.

Why one module: keys travel in many shapes (an ``OPENAI_API_KEY``, a base URL
with ``user:pass@`` or ``?api-key=``, an ``Authorization: Bearer`` header that a
proxy echoes back in its error body, a traceback that holds all of these), and
they surface in many places (the ``backend:`` line, error messages,
results.jsonl, ``--debug`` logs from openai, httpx and instructor, our own
traceback printing).  Everything we print or store goes through ``redact``; the
CLI puts ``RedactFilter`` on every logging handler.

Two layers: the exact secrets this process was given (``register``, called when
a backend is resolved), and patterns for the shapes above, which also catch a
key we were never told about.
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from urllib.parse import quote, unquote, urlsplit

MASK = "***"
_MIN_SECRET = 8  # shorter values (or a placeholder like "x") would blank ordinary words
_known: set[str] = set()
_lock = threading.Lock()

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # scheme://user:pass@host -> scheme://***@host
    (re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/?#@'\"<>]+@"), rf"\1{MASK}@"),
    # ?api-key=..., &token=..., ;sig=...
    (
        re.compile(
            r"(?i)([?&;](?:api[-_]?key|key|token|access[-_]?token|auth|secret|password|"
            r"passwd|pass|sig|signature|code)=)[^&\s#'\"<>]+"
        ),
        rf"\1{MASK}",
    ),
    # Authorization: Bearer xxx / Basic xxx (also as echoed in a dict repr)
    (re.compile(r"(?i)\b(bearer|basic)(\s+|%20)[A-Za-z0-9._~+/=\-]{4,}"), rf"\1\2{MASK}"),
    # api-key: xxx, "x-api-key": "xxx", api_key='xxx'
    (
        re.compile(r"(?i)((?:x-)?api[-_]?key['\"]?\s*[:=]\s*['\"]?)[^'\"\s,&;}<>]{4,}"),
        rf"\1{MASK}",
    ),
    # OpenAI-style keys anywhere: sk-..., sk-proj-...
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"), f"sk-{MASK}"),
]


def register(*secrets: str | None) -> None:
    """Remember exact secret values (a key, a URL's password) so they are blanked everywhere."""
    with _lock:
        for secret in secrets:
            if secret and len(secret) >= _MIN_SECRET:
                _known.update({secret, quote(secret, safe=""), unquote(secret)})


def register_url(url: str | None) -> None:
    """Register the password of ``url``; secret query values are caught by the patterns."""
    if not url:
        return
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return
    register(password)


def redact(text: str) -> str:
    """``text`` with every known secret and every secret-shaped token replaced by ***."""
    if not text:
        return text
    with _lock:
        known = sorted(_known, key=len, reverse=True)  # longest first: no partial leftovers
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def format_exception(exc: BaseException) -> str:
    """A traceback as Python prints it, redacted: what ``--debug`` shows."""
    return redact("".join(traceback.format_exception(exc)))


class RedactFilter(logging.Filter):
    """Redacts a record's message, traceback and stack before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to logging's own error report
            return True
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Put one ``RedactFilter`` on every handler of ``logger`` (default: the root logger).

    A filter on a handler sees every record that handler emits, whichever
    library logged it (openai, httpx, instructor), unlike a filter on one logger.
    """
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if not any(isinstance(f, RedactFilter) for f in handler.filters):
            handler.addFilter(RedactFilter())


# Our own records too, for applications that attach their own handlers (the CLI
# filters every handler; a library user's handler would otherwise see tracebacks raw).
logging.getLogger("summarizer").addFilter(RedactFilter())
