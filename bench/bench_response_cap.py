"""Peak RSS of one request answered with a 100 MB completion, with and without the size cap.

    python -m bench.bench_response_cap [--mb 100]

The server runs in its own process (its 100 MB body must not count), each client in a
fresh process (ru_maxrss is a high-water mark).  Prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import socket
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def serve(mb: int, port_file: str) -> None:
    pad = "x" * (mb * 1_000_000)
    body = json.dumps({
        "id": "c", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": json.dumps({"labels": [],
                                                                              "pad": pad})}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }).encode()  # fmt: skip
    del pad

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", 0)))
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("transfer-encoding", "chunked")  # no length to trust up front
            self.end_headers()
            try:
                for i in range(0, len(body), 1 << 20):
                    piece = body[i : i + (1 << 20)]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass  # the capped client hung up: that is the point

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(port_file, "w") as fh:
        fh.write(str(httpd.server_address[1]))
    httpd.serve_forever()


def client(url: str, cap: str) -> None:
    from summarizer import Policy
    from summarizer._answers import ClaimsAnswer, GroundingContext
    from summarizer._backends.client import ModelClient
    from summarizer._config import resolve_backend
    from summarizer._text.segment import segment

    policy = Policy(reasks=0, transport_attempts=1, transport_deadline_s=120, timeout_s=60)
    if cap == "none":
        policy.max_response_bytes = None
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    doc = segment('"It will rain," Ann said.')
    started = time.perf_counter()

    async def go() -> str:
        mc = ModelClient(resolve_backend(base_url=url, model="m", env={}), policy)
        try:
            ctx = GroundingContext(doc=doc, candidates={1: doc.sentences[0].text})
            await mc.ask([{"role": "user", "content": "x"}], ClaimsAnswer, ctx, max_tokens=10)
            return "answered"
        except Exception as exc:
            return f"{type(exc).__name__}: {str(exc)[:90]}"
        finally:
            await mc.aclose()

    outcome = asyncio.run(go())
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"cap {cap:>9}: peak RSS {before:6.0f} MB before -> {after:6.0f} MB after, "
          f"{time.perf_counter() - started:5.1f} s; {outcome}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--serve", metavar="PORT_FILE")
    ap.add_argument("--client", nargs=2, metavar=("URL", "CAP"))
    args = ap.parse_args()
    if args.serve:
        return serve(args.mb, args.serve)
    if args.client:
        return client(*args.client)
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".port") as port_file:
        server = subprocess.Popen([sys.executable, "-m", "bench.bench_response_cap",
                                   "--mb", str(args.mb), "--serve", port_file.name])  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while not (port := Path(port_file.name).read_text().strip()):
                if time.monotonic() > deadline:
                    raise SystemExit("server did not start")
                time.sleep(0.2)
            with socket.create_connection(("127.0.0.1", int(port)), timeout=5):
                pass
            url = f"http://127.0.0.1:{port}/v1"
            print(f"one request answered with a {args.mb} MB completion (chunked):")
            for cap in ("default", "none"):
                subprocess.run([sys.executable, "-m", "bench.bench_response_cap",
                                "--client", url, cap], timeout=300, check=False)  # fmt: skip
        finally:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
