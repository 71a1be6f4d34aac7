"""An OpenAI-compatible server on 127.0.0.1 that answers from scripted fixtures.

Each chat completion is answered by recognising the task (the response schema's
name, or the task message), finding which fixture's article the system message
holds (the one whose anchors it contains most), and resolving that fixture's
anchors against this request's numbered sentences and candidates.  Every item
served is logged with its tag, so a caller can see which reached the digest.
A re-ask gets the same answer again: a scripted model does not learn.
A verification request is answered "entailed" for every item: what this server
measures is the checks in code.  Anything else gets the emptiest valid answer.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from summarizer._scripted.fixture import (
    Answer,
    Fixture,
    Item,
    _norm,
    answer,
    empty_answer,
    parse_request,
)

TASKS = {
    "SummaryAnswer": "summary",
    "ClaimsAnswer": "claims",
    "StancesAnswer": "stances",
    "TimelineAnswer": "timeline",
}
_OPENINGS = {
    "Task: summarise": "summary",
    "Task: these statements": "claims",
    "Task: these actors": "stances",
    "Task: these sentences": "timeline",
}


@dataclass
class Log:
    """What was served since the last ``clear``: items by identity, so re-asks count once."""

    served: dict[tuple[str, str, int], Item] = field(default_factory=dict)
    unresolved: dict[tuple[str, str, int], Item] = field(default_factory=dict)
    requests: int = 0
    unknown: int = 0  # requests no fixture or task matched

    def add(self, slug: str, got: Answer) -> None:
        for item in got.served:
            self.served[(slug, item.kind, item.index)] = item
        for item in got.unresolved:
            key = (slug, item.kind, item.index)
            if key not in self.served:
                self.unresolved[key] = item

    def clear(self) -> None:
        self.served.clear()
        self.unresolved.clear()
        self.requests = self.unknown = 0


class ScriptedServer:
    """Serve ``fixtures`` (one per article); swap them between runs with ``use``."""

    def __init__(self, fixtures: list[Fixture], model: str = "scripted", port: int = 0) -> None:
        self.fixtures = list(fixtures)
        self.model = model
        self.log = Log()
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                body = {"object": "list", "data": [{"id": outer.model, "object": "model"}]}
                self._send(json.dumps(body).encode())

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                try:
                    request = json.loads(self.rfile.read(length) or b"{}")
                    body = outer.complete(request)
                except (ValueError, KeyError, TypeError) as exc:
                    self._send(json.dumps({"error": str(exc)}).encode(), status=400)
                    return
                self._send(body)

            def _send(self, body: bytes, status: int = 200) -> None:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def use(self, fixtures: list[Fixture], model: str | None = None) -> None:
        with self._lock:
            self.fixtures = list(fixtures)
            self.model = model or self.model
            self.log.clear()

    @contextmanager
    def running(self) -> Iterator[ScriptedServer]:
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.httpd.shutdown()
            self.httpd.server_close()

    # --- answering -------------------------------------------------------------------------

    def complete(self, request: dict[str, Any]) -> bytes:
        messages = request.get("messages", [])
        system = next((m["content"] for m in messages if m.get("role") == "system"), "")
        task_text = next((m["content"] for m in messages if m.get("role") == "user"), "")
        name, schema = _schema(request)
        task = TASKS.get(name) or next(
            (t for opening, t in _OPENINGS.items() if task_text.startswith(opening)), None
        )
        with self._lock:
            self.log.requests += 1
            fixture = self._which(system)
            if any(w in name.lower() for w in ("verif", "entail", "judg")):
                content = entailed(schema, task_text)
            elif task is None or fixture is None:
                self.log.unknown += 1
                content = empty_answer(schema)
            else:
                got = answer(
                    task, fixture.items, parse_request(system, task_text), fixture.names_of
                )
                self.log.add(fixture.slug, got)
                content = got.content
        return _completion(request, name, content, self.model)

    def _which(self, system: str) -> Fixture | None:
        """The fixture most of whose anchors this article holds (none if under half)."""
        text = _norm(system)
        best, score = None, 0.5
        for f in self.fixtures:
            anchors = [a for i in f.items for a in i.anchors]
            if not anchors:
                continue
            share = sum(_norm(a) in text for a in anchors) / len(anchors)
            if share > score:
                best, score = f, share
        return best


def entailed(schema: dict[str, Any], task_text: str) -> dict[str, Any]:
    """A verification answer judging every listed item entailed (filled in from the schema)."""
    out: dict[str, Any] = {}
    defs = schema.get("$defs", {})
    for name, prop in schema.get("properties", {}).items():
        if prop.get("type") == "array" or "items" in prop:
            ref = prop.get("items", {}).get("$ref", "").rsplit("/", 1)[-1]
            item_schema = defs.get(ref, prop.get("items", {}))
            out[name] = [_verdict(item_schema, n) for n in _listed_numbers(task_text)]
        else:
            out[name] = _verdict(prop, 0)
    return out


def _listed_numbers(text: str) -> list[int]:
    import re

    return [int(n) for n in re.findall(r"^\[(\d+)\]", text, re.MULTILINE)]


def _verdict(schema: dict[str, Any], number: int) -> Any:
    if "enum" in schema:
        return "entailed" if "entailed" in schema["enum"] else schema["enum"][0]
    if schema.get("type") == "integer":
        return number
    if schema.get("type") == "string":
        return "entailed"
    if schema.get("type") == "boolean":
        return True
    props = schema.get("properties", {})
    return {k: _verdict(v, number) for k, v in props.items()}


def _schema(request: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The answer model's name and JSON schema, from response_format or the first tool."""
    fmt = request.get("response_format") or {}
    if isinstance(fmt, dict) and "json_schema" in fmt:
        js = fmt["json_schema"]
        return str(js.get("name", "")), dict(js.get("schema", {}))
    for tool in request.get("tools") or []:
        fn = tool.get("function", {})
        return str(fn.get("name", "")), dict(fn.get("parameters", {}))
    return "", {}


def _completion(request: dict[str, Any], name: str, content: dict[str, Any], model: str) -> bytes:
    """JSON in ``message.content``, or as a tool call when the request offered tools."""
    text = json.dumps(content)
    message: dict[str, Any] = {"role": "assistant", "content": text}
    finish = "stop"
    if request.get("tools"):
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_scripted", "type": "function",
                 "function": {"name": name, "arguments": text}}
            ],
        }  # fmt: skip
        finish = "tool_calls"
    prompt = sum(len(str(m.get("content", ""))) for m in request.get("messages", [])) // 4
    completion = len(text) // 4
    return json.dumps(
        {
            "id": "chatcmpl-scripted",
            "object": "chat.completion",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "finish_reason": finish, "message": message}],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }
    ).encode()


def main(argv: list[str] | None = None) -> int:
    """``python -m summarizer._scripted.server [capable|liar:TYPE] [--port N]``: serve until ^C.

    For trying the rich path by hand: point ``summarizer summarize --base-url`` at it.
    """
    import argparse
    import time
    from pathlib import Path

    from summarizer._scripted.acceptance import fixtures_for, repo_root
    from summarizer._scripted.liar import TYPES, distort

    p = argparse.ArgumentParser(prog="python -m summarizer._scripted.server")
    p.add_argument("which", nargs="?", default="capable",
                   choices=["capable", *(f"liar:{t}" for t in TYPES)])  # fmt: skip
    p.add_argument("--folder", type=Path, default=Path("eval/scripted"))
    p.add_argument("--port", type=int, default=0)
    args = p.parse_args(argv)
    fixtures = fixtures_for(args.folder, repo_root(args.folder))
    if args.which.startswith("liar:"):
        kind = args.which.split(":", 1)[1]
        fixtures = [distort(f, kind, fixtures) for f in fixtures]
    server = ScriptedServer(fixtures, model=f"scripted-{args.which}", port=args.port)
    with server.running():
        print(f"scripted {args.which} model at {server.base_url} (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
