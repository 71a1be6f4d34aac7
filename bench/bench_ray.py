"""Ray Data engine vs the local batch on one machine: numbers, no assertions.

    python -m bench.bench_ray [--articles 60] [--latency 0.5] [--workers 2] [--per-worker 4]

The same articles (``eval/gold/*/article.txt``, first 1,500 characters, cycled)
go through the real pipeline against ``AnswerServer`` (bench/bench_batch.py:
a fake OpenAI-compatible server that waits ``--latency`` seconds per request and
answers with minimal valid answers), cache off, with the same number of
articles in flight: the local batch at concurrency ``workers * per_worker``, and
Ray with ``workers`` actors of ``per_worker`` each, on a local Ray of all CPUs.
Prints articles/min for each and their ratio; for Ray also the start-up
(``ray.init``), the wall time including actor start-up, and the rate from the
first result to the last (the steady state a long run sees).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from bench.bench_batch import AnswerServer, write_jsonl


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.bench_ray", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("--articles", type=int, default=60)
    p.add_argument("--latency", type=float, default=0.5, help="seconds per fake request")
    p.add_argument("--workers", type=int, default=2, help="Ray actors")
    p.add_argument("--per-worker", type=int, default=4, help="articles in flight per actor")
    args = p.parse_args()

    import ray

    from summarizer._batch.local import Worker, run_batch
    from summarizer._batch.ray_engine import record_of, summarize_dataset
    from summarizer._batch.ray_io import read_articles
    from summarizer._config import resolve_backend

    n, in_flight = args.articles, args.workers * args.per_worker
    print(f"{n} articles (gold set cycled, 1,500 chars each), fake server latency "
          f"{args.latency * 1000:.0f} ms/request, cache off, {os.cpu_count()} CPUs, "
          f"{in_flight} articles in flight in both engines")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, AnswerServer(args.latency) as server:
        source = Path(tmp) / "in.jsonl"
        write_jsonl(source, n, inline=True)
        backend = resolve_backend(base_url=server.base_url, model="fake", env={})
        work = Worker(backend, None, None)
        local_out = Path(tmp) / "local.jsonl"
        stats = asyncio.run(run_batch(source, local_out, work=work, concurrency=in_flight))
        local = stats.per_minute()
        local_requests = server.requests
        print(f"local batch     : {stats.seconds():6.1f} s, {local_requests} requests, "
              f"{local:6.1f} articles/min ({stats.failed} failed)")  # fmt: skip

        started = time.perf_counter()
        ray.init(address="local", num_cpus=os.cpu_count(), include_dashboard=False,
                 log_to_driver=False)  # fmt: skip
        ray.data.DataContext.get_current().enable_progress_bars = False
        init_s = time.perf_counter() - started
        try:
            started = time.perf_counter()
            rows = summarize_dataset(read_articles(source), base_url=server.base_url,
                                     model="fake", cache=False, concurrency=args.workers,
                                     per_worker=args.per_worker)  # fmt: skip
            stamps, failed = [], 0
            for row in rows.iter_rows():
                stamps.append(time.perf_counter())
                failed += record_of(row)["status"] != "done"
        finally:
            ray.shutdown()
        wall = stamps[-1] - started
        rate = len(stamps) / wall * 60
        # Rows come back a batch (8) at a time: the steady rate starts after the first batch.
        first = min(8, len(stamps) - 1)
        steady = (len(stamps) - 1 - first) / max(stamps[-1] - stamps[first], 1e-9) * 60
        print(f"ray.init        : {init_s:6.1f} s (not counted below)")
        print(f"ray, all        : {wall:6.1f} s, {server.requests - local_requests} requests, "
              f"{rate:6.1f} articles/min ({failed} failed; actor start-up included)")  # fmt: skip
        print(f"ray, steady     : {stamps[-1] - stamps[first]:6.1f} s after the first batch, "
              f"{steady:6.1f} articles/min")  # fmt: skip
        print(f"ratio ray/local : {rate / local:.2f} (all), {steady / local:.2f} (steady)")


if __name__ == "__main__":
    main()
