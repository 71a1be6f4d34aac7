"""Model time per article when a hosted API takes ``--latency`` seconds per request.

    python -m bench.bench_concurrency [--latency 2.0] [--articles 3]

A fake OpenAI-compatible server (``bench.bench_batch.AnswerServer``: valid
minimal answers, each request held ``--latency`` seconds, served in parallel
like a hosted API) answers the real pipeline on the seed article and the first
gold articles.  Each article is digested with its tasks concurrent (what an
OpenAI-compatible backend does) and, for comparison, one after another (what
the embedded backend does).  Prints end-to-end seconds, the pipeline's
``model`` stage and its ratio to one request.  Numbers only, nothing asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from dataclasses import replace
from pathlib import Path

from bench.bench_batch import AnswerServer
from summarizer._config import resolve_backend
from summarizer._pipeline import run

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"


def articles(count: int) -> list[Path]:
    gold = sorted((ROOT / "eval" / "gold").glob("*/article.txt"))
    return [SEED, SEED, *gold][: count + 1]  # the first is the process's first model call


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency", type=float, default=2.0)
    ap.add_argument("--articles", type=int, default=3)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"{args.latency:g} s per request")  # fmt: skip
    started = time.perf_counter()
    import summarizer._backends.openai_compat  # noqa: F401  (what the first model call imports)

    imported = time.perf_counter() - started
    asyncio.run(run(SEED, published=None, backend=resolve_backend(backend="none", env={})))
    print(f"once per process, not in the rows below: importing the model libraries "
          f"{imported:.2f} s, then a warm-up no-model digest (dateparser, templates) "
          f"{time.perf_counter() - started - imported:.2f} s")  # fmt: skip
    print(f"{'article':42} {'mode':11} {'requests':>8} {'total s':>8} {'model s':>8} {'x1 req':>7}")
    ratios: dict[str, list[float]] = {"concurrent": [], "sequential": []}
    with AnswerServer(latency_s=args.latency) as server:
        backend = resolve_backend(base_url=server.base_url, model="fake", env={})
        for n, path in enumerate(articles(args.articles)):
            for mode, chosen in (("concurrent", backend), ("sequential",
                                 replace(backend, parallel=False))):  # fmt: skip
                before = server.requests
                started = time.perf_counter()
                digest = asyncio.run(run(path, published=None, backend=chosen))
                total = time.perf_counter() - started
                model = digest.meta.timings_s.get("model", 0.0)
                name = path.parent.name if path.name == "article.txt" else path.stem
                if n == 0:
                    name = f"{name[:30]} (cold)"  # first client: lazy imports, TLS context
                else:
                    ratios[mode].append(model / args.latency)
                print(f"{name[:42]:42} {mode:11} {server.requests - before:8} {total:8.2f} "
                      f"{model:8.2f} {model / args.latency:7.2f}")  # fmt: skip
    for mode, values in ratios.items():
        print(f"median model time / one request, {mode} (warm rows): "
              f"{statistics.median(values):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
