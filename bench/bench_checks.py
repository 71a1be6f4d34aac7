"""What the checks on model items cost per article (target: at most 10 ms).

    python -m bench.bench_checks [--articles seed|gold|all] [--seconds S]

Synthetic items, always: every sentence of the article as a key point citing
itself, every claim candidate's text as its claim line (with its speaker), every
dated sentence as its event, the title as headline.  That is more items than an
answer holds, so the table also gives the cost scaled to a full answer (5 key
points, headline, abstract, 12 claims, 6 stances, 12 events: 37 items).

Scripted, when the fixtures exist (``summarizer._scripted``, eval/scripted/capable):
the pipeline runs against the scripted capable server and the table reads the
``validate`` stage of ``meta.timings_s`` (validators incl. the checks, per article).

Numbers only, nothing asserts; wall-clock on a shared machine, so noisy: each
figure is the median of repeated warm runs, bounded by ``--seconds`` per article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from summarizer import _assemble
from summarizer._answers import GroundingContext, alias_keys
from summarizer._eval import load_gold
from summarizer._extract.actors import find_actors
from summarizer._extract.actors import resolve as resolve_actor
from summarizer._extract.claims import find_candidates
from summarizer._extract.dates import find_time_expressions
from summarizer._extract.quotes import find_quotes
from summarizer._pipeline import prepare

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt", "2017-04-12")
FULL_ANSWER = 37


def articles(which: str) -> list[tuple[str, Path, str | None]]:
    out: list[tuple[str, Path, str | None]] = []
    if which in ("seed", "all"):
        out.append(("seed", *SEED))
    if which in ("gold", "all"):
        for gold, path in load_gold(ROOT / "eval" / "gold"):
            out.append((gold.id, path, gold.published))
    return out


def synthetic(path: Path, published: str | None) -> tuple[int, Callable[[], None]]:
    """(number of items, a function that checks them all once)."""
    doc = prepare(path)
    day = date.fromisoformat(published) if published else None
    found = find_actors(doc)
    cands = find_candidates(doc, found, find_quotes(doc, found))
    times = find_time_expressions(doc.text, day)
    dated = _assemble.dated_candidates(doc, times)

    def resolve(name: str) -> str | None:
        actor = resolve_actor(name, found)
        return actor.name if actor else None

    def run() -> None:
        # A fresh context per run, as the pipeline makes one per task: no warm name cache.
        ctx = GroundingContext(
            doc=doc, resolve=resolve, published=day, times=times,
            cites={c.id: tuple(range(c.sentence, c.evidence[-1].sentence + 1)) for c in cands},
            speakers={c.id: c.speaker for c in cands}, alias_words=alias_keys(found),
        )  # fmt: skip
        whole = ctx.whole()
        ctx.check(doc.title or doc.sentences[0].text, whole, 0.6)
        for s in doc.sentences:
            ctx.check(s.text, ctx.cited([s.id]), 0.5)
        for c in cands:
            ctx.check(c.text, ctx.cited_candidate(c.id), 0.5, speaker=c.speaker)
        for d in dated:
            ctx.check(d.sentence.text, ctx.cited([d.sentence.id]), 0.5)

    return 1 + len(doc.sentences) + len(cands) + len(dated), run


def median_ms(run: Callable[[], None], seconds: float) -> tuple[float, float]:
    """Median (CPU ms, wall ms) of warm runs: CPU time is what the checks cost; wall time
    on a shared machine also counts the other processes."""
    run()  # warm: compiled regexes, dateparser
    cpu: list[float] = []
    wall: list[float] = []
    deadline = time.perf_counter() + seconds
    while (time.perf_counter() < deadline or len(cpu) < 3) and len(cpu) < 50:
        c, w = time.process_time(), time.perf_counter()
        run()
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - w) * 1000)
    return statistics.median(cpu), statistics.median(wall)


def scripted(which: str) -> dict[str, float]:
    """Per fixture article: ms in the validate stage of a capable scripted run."""
    try:
        from summarizer._scripted.acceptance import fixtures_for, measure
    except ImportError:
        return {}
    folder = ROOT / "eval" / "scripted"
    fixtures = fixtures_for(folder, ROOT)
    if which == "seed":
        fixtures = [f for f in fixtures if "tillerson" in f.slug]
    outcome = measure(fixtures, "capable")
    return {
        slug: d.meta.timings_s.get("validate", 0.0) * 1000 for slug, d in outcome.digests.items()
    }


def verify_overhead(which: str) -> tuple[dict[str, float], int] | None:
    """Per fixture article: prompt characters of the verify requests over those of the four
    tasks (characters / 4 approximate tokens; the ratio needs no tokenizer), and how many
    items the pass dropped on the capable answers."""
    try:
        from summarizer._scripted.acceptance import fixtures_for
        from summarizer._scripted.server import ScriptedServer
    except ImportError:
        return None
    import asyncio

    from summarizer._backends.client import ModelClient, Policy
    from summarizer._config import resolve_backend
    from summarizer._pipeline import run

    folder = ROOT / "eval" / "scripted"
    fixtures = fixtures_for(folder, ROOT)
    if which == "seed":
        fixtures = [f for f in fixtures if "tillerson" in f.slug]
    chars: dict[str, int] = {}
    original = ModelClient.ask

    async def counting(self: ModelClient, messages: Any, answer: Any, ctx: Any, **kw: Any) -> Any:
        kind = "verify" if answer.__name__.startswith("Verify") else "tasks"
        chars[kind] = chars.get(kind, 0) + sum(len(m["content"]) for m in messages)
        return await original(self, messages, answer, ctx, **kw)

    ratios: dict[str, float] = {}
    dropped = 0
    server = ScriptedServer([], model="scripted-capable")
    ModelClient.ask = counting  # type: ignore[method-assign]
    try:
        with server.running():
            for f in fixtures:
                chars.clear()
                server.use([f])
                backend = resolve_backend(base_url=server.base_url, model="scripted", api_key="x")
                policy = Policy(reasks=0, verify="model")
                digest = asyncio.run(run(f.source, published=f.published, backend=backend,
                                         policy=policy))  # fmt: skip
                ratios[f.slug] = chars.get("verify", 0) / max(1, chars.get("tasks", 0))
                dropped += sum("verify: dropped" in w for w in digest.meta.warnings)
    finally:
        ModelClient.ask = original  # type: ignore[method-assign]
    return ratios, dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", choices=("seed", "gold", "all"), default="all")
    parser.add_argument("--seconds", type=float, default=1.0, help="per article, at most")
    args = parser.parse_args()
    print("synthetic items (every sentence, candidate and dated sentence), warm median")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    head = f"{'article':32} {'items':>5} {'cpu ms':>7} {'wall ms':>7} {'cpu/item':>8} {'cpu/37':>7}"
    print(head)
    per_article = []
    for name, path, published in articles(args.articles):
        n, run = synthetic(path, published)
        cpu, wall = median_ms(run, args.seconds)
        scaled = cpu / n * FULL_ANSWER
        per_article.append(scaled)
        print(f"{name[:32]:32} {n:5d} {cpu:7.1f} {wall:7.1f} {cpu / n:8.3f} {scaled:7.1f}")
    print(f"median CPU per article at a full answer (37 items): "
          f"{statistics.median(per_article):.1f} ms (max {max(per_article):.1f} ms; "
          "target <= 10 ms)")  # fmt: skip
    got = scripted(args.articles)
    if got:
        print("\nscripted capable answers: validate stage per article (one cold run each)")
        for slug, ms in got.items():
            print(f"{slug[:36]:36} {ms:7.1f} ms")
        print(f"median: {statistics.median(got.values()):.1f} ms")
    else:
        print("\n(no scripted fixtures here: summarizer._scripted is not on this branch)")
    overhead = verify_overhead(args.articles)
    if overhead:
        ratios, dropped = overhead
        print("\n--verify model: prompt characters of the verify pass / the four tasks")
        for slug, ratio in ratios.items():
            print(f"{slug[:36]:36} {ratio:6.1%}")
        print(f"mean: {statistics.mean(ratios.values()):.1%} (default 'model' needs <= 25%); "
              f"capable items the pass dropped: {dropped}")  # fmt: skip


if __name__ == "__main__":
    main()
