"""Does one huge article stall a batch?  Code's work in a worker thread vs a child process.

    python -m bench.bench_stall [--normal 8] [--repeat 2]

A batch of one hostile article (4 MB of page chrome before a normal story: seconds of
cleaning) and ``--normal`` gold articles, all in flight at once, against a fake
OpenAI-compatible server that answers at once.  For each way of running code's work
(``SUMMARIZER_OFFLOAD=0``: worker threads only; default: inputs over 256 KB in a child
process), prints how long the hostile article's preparation took, how many normal
articles finished during it, how many model requests the server got during it, and
when the last normal article finished.  Numbers only; ``tests/test_hostile_scaling``
holds the child to finishing most of them during the preparation.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from pathlib import Path
from typing import Any

from bench.bench_batch import AnswerServer

ROOT = Path(__file__).resolve().parent.parent


def _sources(normal: int) -> list[str]:
    gold = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("eval/gold/*/article.txt"))]
    hostile = "Advertisement\nShare this article\nRead more\n" * 100_000 + "\n" + gold[0]
    return [hostile] + [gold[i % len(gold)] for i in range(normal)]


async def _batch(sources: list[str], base_url: str) -> tuple[list[float], dict[str, float]]:
    """(the hostile preparation's start and end, finish time of each article by id)."""
    from summarizer import _offload, _pipeline, summarize_many

    window: list[float] = []
    hostile = sources[0]
    call, prepare = _offload.call, _pipeline.prepare

    async def in_child(job: str, *args: Any) -> Any:
        mine = job == "prepare" and args[0] is hostile
        window.extend([time.monotonic()] if mine else [])
        try:
            return await call(job, *args)
        finally:
            window.extend([time.monotonic()] if mine else [])

    def in_thread(source: Any, *rest: Any) -> Any:
        mine = source is hostile
        window.extend([time.monotonic()] if mine else [])
        try:
            return prepare(source, *rest)
        finally:
            window.extend([time.monotonic()] if mine else [])

    _offload.call, _pipeline.prepare = in_child, in_thread  # type: ignore[assignment]
    done: dict[str, float] = {}
    try:
        async for r in summarize_many(
            sources, base_url=base_url, model="fake", concurrency=len(sources), cache=False
        ):
            done[r.id] = time.monotonic()
    finally:
        _offload.call, _pipeline.prepare = call, prepare
    return window, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--normal", type=int, default=8, help="normal articles in the batch")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from summarizer import _pipeline

    _pipeline._import_model_side()  # once per process: not the batch's work
    sources = _sources(args.normal)
    print(f"one hostile article ({len(sources[0]):,} characters) and {args.normal} normal ones; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print(f"{'code runs in':14} {'hostile prep s':>14} {'done during':>11} "
          f"{'requests during':>15} {'last normal s':>13}")  # fmt: skip
    with AnswerServer() as server:
        for mode, env in (("threads", "0"), ("child process", "1")):
            os.environ["SUMMARIZER_OFFLOAD"] = env
            for _ in range(args.repeat):
                before = len(server.times)
                window, done = asyncio.run(_batch(sources, server.base_url))
                start, end = window[0], window[-1]
                during = sum(start < at < end for i, at in done.items() if i != "0")
                asked = sum(start < at < end for at in server.times[before:])
                last = max(at for i, at in done.items() if i != "0") - start
                print(f"{mode:14} {end - start:14.1f} {during:>7}/{args.normal:<3} "
                      f"{asked:>15} {last:13.1f}")  # fmt: skip
    os.environ.pop("SUMMARIZER_OFFLOAD", None)


if __name__ == "__main__":
    main()
