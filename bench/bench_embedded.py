"""The embedded default under load: llama.cpp threads, and the seed end to end.

    python -m bench.bench_embedded threads [--burners 2] [--threads 1,2]
    python -m bench.bench_embedded seed [--burners 2]

``threads``: for each thread count, a fresh process starts the embedded server
and sends one fixed probe (about 300 prompt tokens, 32 generated), idle and
then with ``--burners`` CPU-bound processes (``while 1: pass``) running.
``seed``: ``summarizer summarize`` on the seed with the embedded default (cache
off), idle and with the burners; prints exit code, wall time, whether the JSON
is a valid digest, and its warnings.  Burners are killed in ``finally`` and
each child is bounded by ``--timeout``.  Numbers only, nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"
PROBE = """
import json, time, urllib.request
from summarizer._backends import llama_server as _embedded
url = _embedded.start()
text = "The city council met on Tuesday to debate the budget; the mayor said it cuts waste. " * 14
body = {"messages": [{"role": "user", "content": "Summarise in one sentence. " + text}],
        "max_tokens": 32, "temperature": 0, "ignore_eos": True, "cache_prompt": False}
req = urllib.request.Request(url + "/chat/completions", json.dumps(body).encode(),
                             {"content-type": "application/json"})
started = time.perf_counter()
t = json.loads(urllib.request.urlopen(req, timeout=TIMEOUT).read()).get("timings", {})
print(json.dumps({"wall_s": time.perf_counter() - started, "prompt_tps":
                  t.get("prompt_per_second"), "gen_tps": t.get("predicted_per_second")}))
"""


@contextmanager
def burning(count: int) -> Iterator[None]:
    """``count`` CPU-bound processes for the duration of the block; always killed."""
    procs = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for p in procs:
            p.kill()
        for p in procs:
            p.wait()


def probe(threads: int, timeout: float) -> str:
    env = {**os.environ, "SUMMARIZER_EMBEDDED_THREADS": str(threads)}
    try:
        code = PROBE.replace("TIMEOUT", str(timeout))
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, timeout=timeout + 30)  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"no answer in {timeout:g}s"
    if run.returncode:
        return f"failed: {run.stderr.strip().splitlines()[-1:]}"
    r = json.loads(run.stdout.strip().splitlines()[-1])
    return (
        f"{r['wall_s']:6.1f} s  prompt {r['prompt_tps']:6.1f} tok/s  gen {r['gen_tps']:5.1f} tok/s"
    )


def seed(timeout: float) -> str:
    env = {**os.environ, "SUMMARIZER_CACHE": "0"}
    cmd = [sys.executable, "-m", "summarizer", "summarize", str(SEED), "--json", "-q",
           "--published", "2017-04-12"]  # fmt: skip
    started = time.perf_counter()
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"killed after {timeout:g}s"
    wall = time.perf_counter() - started
    try:
        from summarizer import Digest

        digest = Digest.model_validate_json(run.stdout)
        valid = f"valid digest, {digest.meta.usage.requests} requests, model items " + str(
            sum(i.method != "code" for i in [*digest.claims, *digest.stances, *digest.timeline])
        )
        notes = "; ".join(w[:90] for w in digest.meta.warnings if w.startswith("model:"))
    except ValueError:
        valid, notes = "NO valid digest", run.stderr.strip()[-200:]
    return f"exit {run.returncode}  {wall:6.1f} s  {valid}  {notes}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["threads", "seed"])
    ap.add_argument("--burners", type=int, default=2)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores before starting")
    for burners in (0, args.burners):
        with burning(burners):
            if args.what == "threads":
                for n in (int(x) for x in args.threads.split(",")):
                    print(f"burners {burners}  threads {n}: {probe(n, args.timeout)}", flush=True)
            else:
                print(f"burners {burners}: {seed(args.timeout)}", flush=True)


if __name__ == "__main__":
    main()
