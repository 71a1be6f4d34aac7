"""A scripted OpenAI-compatible server on 127.0.0.1 for transport and re-ask tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    content: str | dict[str, Any] | None = None  # the assistant message (JSON answer)
    headers: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int = 100
    completion_tokens: int = 20
    finish_reason: str = "stop"


def chat_completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    prompt_tokens: int = 100,
    completion_tokens: int = 20,
    model: str = "fake",
) -> bytes:
    """The body of an OpenAI chat completion whose message is ``content``."""
    return json.dumps(
        {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": finish_reason,
                    "message": {"role": "assistant", "content": content},
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    ).encode()


def completion(reply: Reply) -> bytes:
    content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
    return chat_completion(
        content,
        finish_reason=reply.finish_reason,
        prompt_tokens=reply.prompt_tokens,
        completion_tokens=reply.completion_tokens,
    )


class FakeServer:
    def __init__(self, script: list[Reply]) -> None:
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                outer.requests.append(json.loads(self.rfile.read(length) or b"{}"))
                reply = outer.script.pop(0) if outer.script else Reply(status=500)
                body = completion(reply) if reply.status == 200 else b'{"error": "scripted"}'
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    @contextmanager
    def running(self) -> Iterator[FakeServer]:
        with serving(self.httpd):
            yield self


@contextmanager
def serving(httpd: ThreadingHTTPServer) -> Iterator[None]:
    """Serve ``httpd`` from a daemon thread for the block, then shut it down and close it."""
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        httpd.shutdown()
        httpd.server_close()
