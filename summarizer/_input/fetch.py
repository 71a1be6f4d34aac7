"""URLs: fetch one page over HTTP(S), politely and within bounds.

A link is the thing people actually have, but a web server is untrusted input
like any file: every fetch is bounded (connect and read timeouts, a total
deadline, a size cap enforced while reading, at most ``MAX_REDIRECTS`` hops,
http and https only), says who it is (an honest User-Agent), keeps no cookies
(each hop is a fresh request: nothing a page sets follows us around), and
refuses what is not a page (a PDF, an image).  Every failure is one
``InputError`` line with the status or the reason.

Politeness: at most ``per_host`` requests in flight to one host and at least
``delay_s`` between the starts of two requests to it, across threads, so a
feed of 200 links from one site is read like a person would, not a crawler.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

from summarizer._exceptions import InputError

MAX_REDIRECTS = 5
MAX_BYTES = 5_000_000  # the loader's cap on any input
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    # Many servers send feeds as generic types; feedparser judges the body.
    "text/plain",
    "text/html",
    "application/octet-stream",
)
_URL = re.compile(r"https?://[^\s/?#]+\S*", re.IGNORECASE)


def user_agent() -> str:
    from summarizer import __version__

    return f"summarizer/{__version__} (article digest tool; one request per article)"


def is_url(text: str) -> bool:
    """A single http(s) URL and nothing else (article text never is one)."""
    return bool(_URL.fullmatch(text.strip())) and "\n" not in text.strip()


@dataclass
class Limits:
    connect_s: float = 10.0
    read_s: float = 20.0  # per read: a server that stops sending
    total_s: float = 60.0  # the whole fetch, redirects included
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS


@dataclass
class HostGate:
    """Per-host politeness shared by every thread of the process."""

    per_host: int = 2
    delay_s: float = 1.0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _slots: dict[str, threading.Semaphore] = field(default_factory=dict)
    _next: dict[str, float] = field(default_factory=dict)

    def enter(self, host: str) -> threading.Semaphore:
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        slot.acquire()
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.delay_s
        if start > now:
            time.sleep(start - now)
        return slot


GATE = HostGate()


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes


def fetch(url: str, *, accept: tuple[str, ...] = PAGE_TYPES, limits: Limits | None = None,
          gate: HostGate | None = None) -> Fetched:  # fmt: skip
    """GET ``url`` (following redirects by hand); ``InputError`` on any failure."""
    import httpx2

    limits = limits or Limits()
    gate = gate or GATE
    deadline = time.monotonic() + limits.total_s
    timeout = httpx2.Timeout(limits.read_s, connect=limits.connect_s)
    headers = {"User-Agent": user_agent(), "Accept": ", ".join(accept) + ", */*;q=0.1"}
    current = url
    with httpx2.Client(timeout=timeout, follow_redirects=False) as client:
        for _hop in range(limits.max_redirects + 1):
            _check_scheme(current, url)
            host = urlsplit(current).netloc.lower()
            slot = gate.enter(host)
            try:
                got = _get(client, current, headers, limits, deadline, url)
            finally:
                slot.release()
                client.cookies.clear()  # nothing a server sets is sent anywhere
            if isinstance(got, str):  # a redirect: the next hop, with no cookies carried
                current = urljoin(current, got)
                continue
            status, content_type, charset, body = got
            if status >= 400:
                raise InputError(f"cannot fetch {url}: HTTP {status}")
            if content_type not in accept:
                raise InputError(
                    f"cannot use {url}: it is {content_type or 'of no stated type'}, not a web page"
                )
            return Fetched(url, current, content_type, charset, body)
    raise InputError(f"cannot fetch {url}: more than {limits.max_redirects} redirects")


def _check_scheme(current: str, asked: str) -> None:
    parts = urlsplit(current)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"cannot fetch {asked}: {current!r} is not an http(s) URL")


def _get(
    client: object, url: str, headers: dict[str, str], limits: Limits, deadline: float,
    asked: str,
) -> str | tuple[int, str, str | None, bytes]:  # fmt: skip
    """One request: a redirect target, or (status, content type, charset, body)."""
    import httpx2

    assert isinstance(client, httpx2.Client)
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.is_redirect and "location" in response.headers:
                return response.headers["location"]
            content_type, charset = _content_type(response.headers.get("content-type", ""))
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise InputError(f"cannot use {asked}: larger than {limits.max_bytes:,} bytes")
            body = bytearray()
            if response.status_code < 400:
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limits.max_bytes:
                        raise InputError(
                            f"cannot use {asked}: larger than {limits.max_bytes:,} bytes"
                        )
                    if time.monotonic() > deadline:
                        raise InputError(
                            f"cannot fetch {asked}: not complete after {limits.total_s:g}s"
                        )
            return response.status_code, content_type, charset, bytes(body)
    except httpx2.TimeoutException:
        raise InputError(f"cannot fetch {asked}: timed out") from None
    except httpx2.TooManyRedirects:
        raise InputError(f"cannot fetch {asked}: too many redirects") from None
    except httpx2.HTTPError as exc:
        reason = str(exc).strip() or type(exc).__name__
        raise InputError(f"cannot fetch {asked}: {reason.splitlines()[0]}") from None


def _content_type(header: str) -> tuple[str, str | None]:
    msg = Message()
    msg["content-type"] = header
    charset = msg.get_param("charset")
    return msg.get_content_type() if header else "", charset if isinstance(charset, str) else None


def decode(page: Fetched) -> str:
    """The page as text: the declared charset when it works, else the loader's rules."""
    from summarizer._input.loading import _decode

    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(page.body, page.url).text
