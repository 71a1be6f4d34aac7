"""Where code's memory peaks: tracemalloc and RSS per stage on one hostile shape.

    python -m bench.trace_stages normal 1000000
    python -m bench.trace_stages said 250000 --top actors   # what is held at actors' peak

``bench_hostile`` gives one peak RSS per run; this says which stage sets it and what is
alive then. Per stage, as multiples of the input's bytes: the traced peak over everything
held (the text, the document, earlier stages' output), what the stage leaves held, and the
process's RSS high-water mark above its baseline (``/proc/self/clear_refs`` before the
stages, ``VmHWM`` after each; ``--rss``: no tracing, whose own memory RSS counts).
``--top STAGE`` snapshots the traced memory at that stage's peak (a thread polls it and
snapshots each new high) and lists the lines that allocated most.
"""

from __future__ import annotations

import argparse
import gc
import threading
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.bench_hostile import SHAPES, WARM_UP, _status_kib, stage_times


class PeakSnapshots:
    """Snapshot the traced memory each time it rises ``step`` bytes past the last one."""

    def __init__(self, step: int) -> None:
        self.step, self.best, self.snap = step, 0, None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> PeakSnapshots:
        self.best = tracemalloc.get_traced_memory()[0]
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.is_set():
            now = tracemalloc.get_traced_memory()[0]
            if now > self.best + self.step:
                self.best, self.snap = now, tracemalloc.take_snapshot()
            time.sleep(0.002)


def stages(text: str) -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    """The stages of ``bench_hostile.stage_times`` as steps over a dict of results."""
    from summarizer._extract.actors import find_actors
    from summarizer._extract.claims import find_candidates
    from summarizer._extract.dates import find_time_expressions
    from summarizer._extract.extractive import extractive_summary
    from summarizer._extract.quotes import find_quotes
    from summarizer._input.loading import load
    from summarizer._text.cleaning import clean
    from summarizer._text.segment import segment

    day = date(2020, 3, 4)
    return [
        ("load", lambda r: load(text)),
        ("clean", lambda r: clean(r["load"].text)),
        ("segment", lambda r: segment(r["clean"].text, r["clean"].title)),
        ("actors", lambda r: find_actors(r["segment"])),
        ("quotes", lambda r: find_quotes(r["segment"], r["actors"])),
        ("claims", lambda r: find_candidates(r["segment"], r["actors"], r["quotes"])),
        ("dates", lambda r: find_time_expressions(r["segment"].text, day)),
        ("extractive", lambda r: extractive_summary(r["segment"], r["actors"])),
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("shape", choices=sorted(SHAPES))
    ap.add_argument("size", type=int)
    ap.add_argument("--top", metavar="STAGE", help="list what is alive at this stage's peak")
    ap.add_argument("--lines", type=int, default=25, help="lines listed by --top")
    ap.add_argument("--rss", action="store_true", help="RSS alone, no tracing (its own cost)")
    args = ap.parse_args(argv)
    import summarizer._input.html_text  # noqa: F401  (imports: not the input's cost)

    text = SHAPES[args.shape](args.size)
    size = len(text.encode("utf-8"))
    stage_times(WARM_UP)
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")
    base = _status_kib("VmRSS")
    if not args.rss:
        tracemalloc.start(12 if args.top else 1)
    results: dict[str, Any] = {}
    print(f"{args.shape}, {size:,} B; x input: traced peak (over all held) | held after | RSS")
    for name, step in stages(text):
        tracemalloc.reset_peak()
        if name == args.top:
            with PeakSnapshots(size // 4) as watch:
                results[name] = step(results)
            snap = watch.snap
        else:
            results[name] = step(results)
        held, peak = tracemalloc.get_traced_memory()
        rss = (_status_kib("VmHWM") - base) * 1024
        print(f"{name:>10}: {peak / size:5.1f}x | {held / size:5.1f}x | RSS {rss / size:5.1f}x")
        if name == args.top and snap is not None:
            for stat in snap.statistics("traceback")[: args.lines]:
                where = [f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno}" for f in stat.traceback]
                print(f"  {stat.size / size:5.2f}x {stat.count:>8} " + " < ".join(where[-1:-6:-1]))


if __name__ == "__main__":
    main()
