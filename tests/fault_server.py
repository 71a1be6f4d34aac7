"""A fault-injecting OpenAI-compatible server on 127.0.0.1.

Each POST takes the next ``Fault`` of its script and answers with it: a good
completion, an HTTP error with headers, a hang past the client's timeout, a
dropped connection, a body that is not JSON, a body trickled out in pieces.
Every request is recorded (method, path, headers, JSON body, arrival time) so
tests can measure retry waits and check what the client sent.  ``stop()``
closes the listener and every open connection, so later requests are refused.
"""

from __future__ import annotations

import itertools
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fakes import chat_completion

JsonContent = str | dict[str, Any] | None


@dataclass
class Fault:
    """One scripted answer; the defaults are a good, complete completion."""

    content: JsonContent = None  # the assistant message; a dict is sent as JSON text
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    finish_reason: str = "stop"
    prompt_tokens: int = 100
    completion_tokens: int = 20
    body: bytes | None = None  # sent instead of a completion (e.g. not JSON at all)
    content_type: str = "application/json"
    delay_s: float = 0.0  # wait this long before answering (a hang, past the client timeout)
    close: bool = False  # close the connection without any response
    pieces: int = 1  # send the body in this many pieces ...
    piece_delay_s: float = 0.0  # ... this far apart
    chunked: bool = False  # Transfer-Encoding: chunked instead of a content-length
    echo: bool = False  # an error body that echoes the request headers (as some proxies do)


def ok(content: JsonContent, **kw: Any) -> Fault:
    return Fault(content=content, **kw)


def error(status: int, **headers: str) -> Fault:
    return Fault(status=status, headers={k.replace("_", "-"): v for k, v in headers.items()})


def rate_limited(*, retry_after: str | None = None, retry_after_ms: str | None = None) -> Fault:
    headers = {}
    if retry_after is not None:
        headers["retry-after"] = retry_after
    if retry_after_ms is not None:
        headers["retry-after-ms"] = retry_after_ms
    return Fault(status=429, headers=headers)


def hang(seconds: float, content: JsonContent = None) -> Fault:
    return Fault(content=content, delay_s=seconds)


def drop() -> Fault:
    return Fault(close=True)


def not_json() -> Fault:
    return Fault(body=b"<html><body>502 Bad Gateway</body></html>", content_type="text/html")


def not_json_claiming_json() -> Fault:
    return Fault(body=b"upstream said: {oops", content_type="application/json")


def truncated(content: str) -> Fault:
    return Fault(content=content, finish_reason="length")


def trickle(content: JsonContent, pieces: int, delay_s: float, *, chunked: bool = False) -> Fault:
    return Fault(content=content, pieces=pieces, piece_delay_s=delay_s, chunked=chunked)


def completion(fault: Fault) -> bytes:
    content = fault.content if isinstance(fault.content, str | None) else json.dumps(fault.content)
    return chat_completion(
        content,
        finish_reason=fault.finish_reason,
        prompt_tokens=fault.prompt_tokens,
        completion_tokens=fault.completion_tokens,
        model="m",
    )


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float  # time.monotonic() on arrival


def _split(data: bytes, pieces: int) -> list[bytes]:
    size = max(1, -(-len(data) // max(1, pieces)))
    return [data[i : i + size] for i in range(0, len(data), size)]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a hanging handler must not hold up teardown
    request_queue_size = 128  # a batch's tasks connect at once (21 articles x 5 tasks)

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.connections: set[socket.socket] = set()

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections.add(request)
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up on a hang leaves a broken pipe; that is the point


Default = Fault | Callable[[dict[str, Any]], Fault]


class FaultServer:
    """Answers POSTs from ``script`` in order, then with ``default`` (HTTP 500 unless given).

    ``default`` may be a function of the request body, e.g. a good answer per task.
    """

    def __init__(self, script: list[Fault], default: Default | None = None) -> None:
        self.script = list(script)
        self.default: Default = default or error(500)
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like real servers

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer._record(self, b"")
                self._send(200, json.dumps({"object": "list", "data": [{"id": "m"}]}).encode())

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                with outer._lock:
                    seen = outer._record(self, raw)
                    fault = outer.script.pop(0) if outer.script else outer.default
                if callable(fault):
                    fault = fault(seen.body)
                if fault.delay_s and outer._stopping.wait(fault.delay_s):
                    return
                if fault.close:
                    self.close_connection = True
                    with suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if fault.body is not None:
                    body = fault.body
                elif fault.status == 200:
                    body = completion(fault)
                else:
                    message = f"scripted {fault.status}"
                    if fault.echo:
                        message += f"; you sent {dict(self.headers.items())}"
                    body = json.dumps({"error": {"message": message, "type": "fault"}}).encode()
                self._send(fault.status, body, fault)

            def _send(self, status: int, body: bytes, fault: Fault | None = None) -> None:
                fault = fault or Fault()
                self.send_response(status)
                self.send_header("content-type", fault.content_type)
                if fault.chunked:
                    self.send_header("transfer-encoding", "chunked")
                else:
                    self.send_header("content-length", str(len(body)))
                for k, v in fault.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                for n, piece in enumerate(_split(body, fault.pieces)):
                    if n and fault.piece_delay_s and outer._stopping.wait(fault.piece_delay_s):
                        return
                    if fault.chunked:
                        piece = b"%x\r\n%s\r\n" % (len(piece), piece)
                    self.wfile.write(piece)
                    self.wfile.flush()
                if fault.chunked:
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()

        self.httpd = _Server(Handler)
        self.port = self.httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._thread: threading.Thread | None = None

    def _record(self, handler: BaseHTTPRequestHandler, raw: bytes) -> Seen:
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"_raw": raw.decode("latin-1")}
        headers = {k.lower(): v for k, v in handler.headers.items()}
        seen = Seen(handler.command, handler.path, headers, body, time.monotonic())
        self.requests.append(seen)
        return seen

    @property
    def posts(self) -> list[Seen]:
        return [r for r in self.requests if r.method == "POST"]

    def gaps(self) -> list[float]:
        """Seconds between consecutive POSTs: the client's retry waits (plus request time)."""
        times = [r.at for r in self.posts]
        return [b - a for a, b in itertools.pairwise(times)]

    def start(self) -> FaultServer:
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the listener and every connection: from now on, connections are refused."""
        self._stopping.set()
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread = None
        self.httpd.server_close()
        for conn in list(self.httpd.connections):
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            with suppress(OSError):
                conn.close()

    @contextmanager
    def running(self) -> Iterator[FaultServer]:
        self.start()
        try:
            yield self
        finally:
            self.stop()


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


# -- good answers, per task, built from the prompt itself so they are grounded --------------

_SENTENCE = re.compile(r"^\[(\d+)\] (.+)$", re.MULTILINE)
_STATEMENT = re.compile(r'^\[(\d+)\] [^\n:]*: "(.+)"$', re.MULTILINE)
_DATED = re.compile(r"^\[(\d+)\] \([^)\n]*\) (.+)$", re.MULTILINE)


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending on a whole word."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def task_of(body: dict[str, Any]) -> str:
    """summary, claims, stances, timeline or figures: read from the first user message."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    for needle, task in (
        ("summarise", "summary"),
        ("statements were found", "claims"),
        ("actors appear", "stances"),
        ("say when", "timeline"),
        ("numbers are stated", "figures"),
        ("state it?", "verify"),  # the --verify model pass (summarizer/_verify.py)
    ):
        if needle in user:
            return task
    raise AssertionError(f"unknown task: {user[:80]!r}")


def good_content(body: dict[str, Any]) -> dict[str, Any]:
    """A valid, grounded answer that copies the article's own words."""
    system = body["messages"][0]["content"]
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    task = task_of(body)
    if task == "summary":
        article = system[system.index("<article>") :]
        sentences = [(int(i), text) for i, text in _SENTENCE.findall(article)]
        return {
            "headline": _cut(sentences[0][1], 100),
            "abstract": _cut(" ".join(text for _, text in sentences[1:3]), 380),
            "key_points": [
                {"point": _cut(text, 190), "sentences": [i]} for i, text in sentences[1:4]
            ],
        }
    if task == "claims":
        return {
            "labels": [
                {"candidate": int(i), "kind": "other", "claim": _cut(text, 190)}
                for i, text in _STATEMENT.findall(user)
            ]
        }
    if task == "timeline":
        return {
            "events": [
                {"candidate": int(i), "event": _cut(text, 190), "actors": []}
                for i, text in _DATED.findall(user)
            ]
        }
    if task == "verify":  # every listed statement judged stated by its sentences
        return {"verdicts": ["yes"] * len(re.findall(r"^\[\d+\]", user, re.MULTILINE))}
    if task == "figures":
        return {"labels": []}  # valid: code's figures stand
    return {"stances": []}


def good(body: dict[str, Any]) -> Fault:
    """A ``default`` for FaultServer: the right good answer for whichever task is asked."""
    return Fault(content=good_content(body))
