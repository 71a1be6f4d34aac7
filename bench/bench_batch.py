"""Batch throughput and memory: numbers, no assertions.

    python -m bench.bench_batch [--articles 48] [--latency 0.1] [--concurrency 1,4,16]
                                [--rss-lines 100000] [--skip-rss]

1. Throughput: synthetic articles (``eval/gold/*/article.txt``, cycled) go
   through ``summarizer._batch.local.run_batch`` with the real pipeline and a real
   ``Worker`` (cache off), against ``AnswerServer``: a fake OpenAI-compatible
   server on 127.0.0.1 that waits ``--latency`` seconds per request (in
   parallel, like a server that batches) and answers every task with a minimal
   *valid* answer (empty lists and a headline copied from sentence 1), so the
   validate-and-assemble path runs, not the code fallback.  Prints
   articles/min per concurrency and the ratio to concurrency 1.
2. Memory: a child process streams a JSONL of ``--rss-lines`` inline articles
   through ``run_batch`` with half the ids already done in the output (the skip
   path) and a *fake* work function that returns a tiny digest at once, so it
   takes seconds; it prints the RSS before the run and the peak RSS during it,
   for 10% of the lines and for all of them.  The peak is reset first
   (``/proc/self/clear_refs``) so the imports' high-water mark cannot hide the
   run, and read as VmHWM: the child's ``ru_maxrss`` also counts the peak of the
   bench process it was forked from (Linux carries it across exec).  Files live on /dev/shm when
   there is one, so fsync costs nothing there; the real disk's fsync cost per
   output line is measured separately.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "eval" / "gold").glob("*/article.txt"))
_FIRST = re.compile(r"^\[1\] (.+)$", re.M)
_EMPTY: dict[str, dict[str, Any]] = {
    "ClaimsAnswer": {"labels": []},
    "StancesAnswer": {"stances": []},
    "TimelineAnswer": {"events": []},
}


def _words(text: str, limit: int) -> str:
    """Whole words of ``text`` up to ``limit`` characters (a cut word would not be grounded)."""
    out = ""
    for word in text.split():
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out} {word}" if out else word
    return out or text[:limit]


def answer(body: dict[str, Any]) -> dict[str, Any]:
    """A minimal valid answer to whichever task ``body`` asks (json_schema or tools mode)."""
    name = ((body.get("response_format") or {}).get("json_schema") or {}).get("name")
    if not name and body.get("tools"):
        name = body["tools"][0]["function"]["name"]
    system = str(body["messages"][0].get("content", ""))
    first = _FIRST.search(system)
    sentence = first.group(1) if first else "News"
    if name == "SummaryAnswer":
        return {
            "headline": _words(sentence, 110),
            "abstract": _words(sentence, 390),
            "key_points": [],
        }
    if str(name) in _EMPTY:
        return _EMPTY[str(name)]
    return _empty_lists(body)  # a task added later: its lists left empty, if that is valid


def _empty_lists(body: dict[str, Any]) -> dict[str, Any]:
    """Every required list of the requested schema, empty; {} (invalid) when one is not a list."""
    schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("schema")
    if schema is None and body.get("tools"):
        schema = body["tools"][0]["function"].get("parameters")
    props = (schema or {}).get("properties", {})
    required = (schema or {}).get("required", [])
    if not required or any(props.get(k, {}).get("type") != "array" for k in required):
        return {}
    return {k: [] for k in required}


class _Listening(ThreadingHTTPServer):
    """A backlog for a batch's burst of connections: with socketserver's 5, a batch of 8
    articles (their tasks asking at once) had connections refused (APIConnectionError
    twice, the article failed) whenever code's work finished fast enough to bunch them."""

    request_queue_size = 128


class AnswerServer:
    """Fake OpenAI-compatible server on 127.0.0.1: valid minimal answers, optional failures.

    ``fail_marker``: requests whose system message contains it get ``fail_status``
    (503: the article fails with BackendUnavailable; 401: BackendError at once).
    ``articles`` lists sentence 1 of every article asked for a summary, so tests
    can tell which articles were digested.
    """

    def __init__(
        self, latency_s: float = 0.0, fail_marker: str | None = None, fail_status: int = 503
    ) -> None:
        self.latency_s, self.fail_marker, self.fail_status = latency_s, fail_marker, fail_status
        self.lock = threading.Lock()
        self.requests = 0
        self.times: list[float] = []
        self.articles: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                model = {"id": "fake", "object": "model", "created": 0, "owned_by": "bench"}
                self._send(200, {"object": "list", "data": [model]})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
                self._send(*outer.reply(body))

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = _Listening(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def reply(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        system = str(body["messages"][0].get("content", ""))
        content = answer(body)
        with self.lock:
            self.requests += 1
            self.times.append(time.monotonic())  # arrival (bench_stall: during what)
            if "headline" in content:
                self.articles.append(content["abstract"])
        if self.latency_s:
            time.sleep(self.latency_s)
        if self.fail_marker is not None and self.fail_marker in system:
            return self.fail_status, {"error": {"message": "scripted failure"}}
        text = json.dumps(content)
        message: dict[str, Any] = {"role": "assistant", "content": text}
        finish = "stop"
        if body.get("tools"):
            name = body["tools"][0]["function"]["name"]
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": name, "arguments": text},
                    }
                ],
            }
            finish = "tool_calls"
        prompt, completion = len(system) // 4, len(text) // 4
        return 200, {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 0,
            "model": "fake",
            "choices": [{"index": 0, "finish_reason": finish, "message": message}],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }

    def __enter__(self) -> AnswerServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def write_jsonl(path: Path, n: int, *, inline: bool, chars: int = 1500) -> None:
    """``n`` articles cycling through the gold set: inline text or a path each."""
    texts = [p.read_text(encoding="utf-8")[:chars] for p in GOLD] if inline else []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            k = i % len(GOLD)
            entry = (
                {"id": f"a{i}", "text": texts[k]}
                if inline
                else {"id": f"a{i}", "path": str(GOLD[k])}
            )
            fh.write(json.dumps(entry) + "\n")


def throughput(articles: int, latency: float, levels: list[int]) -> None:
    from summarizer._batch.local import Worker, run_batch
    from summarizer._config import resolve_backend

    print(
        f"throughput: {articles} articles (gold set cycled), fake server latency "
        f"{latency * 1000:.0f} ms/request, cache off, {os.cpu_count()} CPUs"
    )
    print(
        f"{'concurrency':>11}  {'seconds':>8}  {'requests':>8}  {'articles/min':>12}  {'ratio':>5}"
    )
    base = None
    with tempfile.TemporaryDirectory() as tmp, AnswerServer(latency) as server:
        source = Path(tmp) / "in.jsonl"
        write_jsonl(source, articles, inline=False)
        backend = resolve_backend(base_url=server.base_url, model="fake", env={})
        for level in levels:
            out = Path(tmp) / f"out-{level}.jsonl"
            before = server.requests
            stats = asyncio.run(
                run_batch(source, out, work=Worker(backend, None, None), concurrency=level)
            )
            rate = stats.per_minute()
            base = base or rate
            print(
                f"{level:>11}  {stats.seconds():>8.1f}  {server.requests - before:>8}  "
                f"{rate:>12.1f}  {rate / base:>5.2f}"
                + (f"   ({stats.failed} failed)" if stats.failed else "")
            )


def fsync_cost(lines: int = 200) -> None:
    from summarizer._batch.results import BatchResult, ResultLog
    from summarizer._exceptions import InputError

    with tempfile.TemporaryDirectory(dir=ROOT) as tmp, ResultLog(Path(tmp) / "o.jsonl") as log:
        started = time.perf_counter()  # the repo's disk, not tmpfs
        for i in range(lines):
            log.append(BatchResult(f"a{i}", error=InputError("x" * 200)))
        spent = time.perf_counter() - started
    print(
        f"append+flush+fsync of one output line on the repo's disk: "
        f"{spent / lines * 1000:.2f} ms ({lines} lines)"
    )


def _status_kib(field: str) -> int | None:
    try:
        found = re.search(rf"{field}:\s+(\d+)", Path("/proc/self/status").read_text())
    except OSError:
        return None
    return int(found.group(1)) if found else None


def _reset_peak_rss() -> int:
    """Reset the peak RSS to the current RSS (Linux) and return the current RSS, in KiB."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _status_kib("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_rss() -> int:
    """VmHWM where there is one: ``ru_maxrss`` of an exec'd child also counts the peak of the
    parent it was forked from (Linux keeps it across exec), here the bench's own big process."""
    return _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_child(lines: int, folder: Path) -> None:
    """Child process: stream ``lines`` inline articles, half already done, with a fake worker."""
    from summarizer._batch.local import Item, run_batch
    from summarizer._batch.results import BatchResult
    from summarizer._digest import Digest, Meta, Source, Summary, Usage

    tiny = Digest(
        source=Source(title=None, published=None, chars=0, sha256="", text=""),
        summary=Summary(headline="h", abstract="a", key_points=[], method="code"),
        claims=[],
        stances=[],
        timeline=[],
        meta=Meta(
            model="fake",
            backend="fake",
            prompt_version="v",
            usage=Usage(),
            retries=0,
            latency_s=0.0,
            warnings=[],
        ),
    )
    source, out = folder / f"in-{lines}.jsonl", folder / f"out-{lines}.jsonl"
    write_jsonl(source, lines, inline=True)
    with out.open("w") as fh:  # the first half done by an earlier run
        for i in range(0, lines, 2):
            fh.write(json.dumps({"id": f"a{i}", "status": "done", "digest": {}}) + "\n")

    async def fake(item: Item) -> BatchResult:
        await asyncio.sleep(0)
        return BatchResult(item.id, digest=tiny)

    gc.collect()
    before = _reset_peak_rss()
    started = time.perf_counter()
    stats = asyncio.run(run_batch(source, out, work=fake, concurrency=16))
    peak = _peak_rss()
    size = source.stat().st_size
    print(
        json.dumps(
            {
                "lines": lines,
                "input_mb": round(size / 2**20, 1),
                "seconds": round(time.perf_counter() - started, 1),
                "done": stats.done,
                "skipped": stats.skipped,
                "rss_before_mb": round(before / 1024, 1),
                "peak_rss_mb": round(peak / 1024, 1),
            }
        )
    )


def rss(lines: int) -> None:
    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shm if shm.is_dir() else None) as tmp:
        print(f"memory: JSONL of inline articles, half already done, fake worker, files in {tmp}")
        for n in (lines // 10, lines):
            cmd = [sys.executable, "-m", "bench.bench_batch", "--rss-child", str(n), tmp]
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"  {r['lines']:>7} lines ({r['input_mb']} MB): {r['seconds']} s, "
                f"{r['done']} digested + {r['skipped']} skipped, peak RSS "
                f"{r['peak_rss_mb']} MB (RSS before the run {r['rss_before_mb']} MB)"
            )


def main() -> None:
    p = argparse.ArgumentParser(
        prog="python -m bench.bench_batch",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--articles", type=int, default=48)
    p.add_argument("--latency", type=float, default=0.1, help="seconds per fake request")
    p.add_argument("--concurrency", default="1,4,16")
    p.add_argument("--rss-lines", type=int, default=100_000)
    p.add_argument("--skip-rss", action="store_true")
    p.add_argument("--rss-child", nargs=2, metavar=("LINES", "DIR"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.rss_child:
        rss_child(int(args.rss_child[0]), Path(args.rss_child[1]))
        return
    throughput(args.articles, args.latency, [int(c) for c in args.concurrency.split(",")])
    fsync_cost()
    if not args.skip_rss:
        rss(args.rss_lines)


if __name__ == "__main__":
    main()
