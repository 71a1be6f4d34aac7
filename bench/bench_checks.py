"""What the checks on model items cost per article (target: at most 10 ms).

    python -m bench.bench_checks [--articles seed|gold|all] [--seconds S]

Synthetic items, always: the title as headline and the lead as abstract (both
against the whole article), every sentence as a key point citing itself, every
claim candidate's text as its claim line (with its speaker), every dated sentence
as its event.  An answer holds a headline, an abstract and ~35 other items (5 key
points, 12 claims, 6 stances, 12 events), so the full-answer figure is the cost
of the two whole-article items plus 35 times the mean cost of one other item.
Every run starts cold (``clear_caches``): an article is checked once, so nothing
an earlier run of the same article cached may count.

Scripted, when the fixtures exist (``summarizer._scripted``, eval/scripted/capable):
the pipeline runs against the scripted capable server and the table sums the CPU time
of every check of each article's answers (the answers a strong model gives, cold).

Numbers only, nothing asserts; CPU time on a shared machine, so noisy: each
figure is the median of repeated runs, bounded by ``--seconds`` per article.
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

from summarizer._checks import clear_caches as clear_check_caches
from summarizer._eval import load_gold
from summarizer._extract.actors import ActorIndex, find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.dates import find_time_expressions
from summarizer._extract.quotes import find_quotes
from summarizer._pipeline import prepare
from summarizer._tasks import timeline as _timeline
from summarizer._tasks.context import GroundingContext, _remembering, check_fields

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt", "2017-04-12")
FULL_ANSWER = 37
TARGET_MS = 10.0


def clear_caches() -> None:
    """Cold: no text the checks have seen, no name a context has resolved."""
    clear_check_caches()
    _remembering.cache_clear()


def articles(which: str) -> list[tuple[str, Path, str | None]]:
    out: list[tuple[str, Path, str | None]] = []
    if which in ("seed", "all"):
        out.append(("seed", *SEED))
    if which in ("gold", "all"):
        for gold, path in load_gold(ROOT / "eval" / "gold"):
            out.append((gold.id, path, gold.published))
    return out


def synthetic(
    path: Path, published: str | None
) -> tuple[int, Callable[[], None], Callable[[], None]]:
    """(number of items, a function that checks them all once, one that checks only the
    headline and abstract), each from cold caches."""
    doc = prepare(path)
    day = date.fromisoformat(published) if published else None
    found = find_actors(doc)
    cands = find_candidates(doc, found, find_quotes(doc, found))
    times = find_time_expressions(doc.text, day)
    dated = _timeline.dated_candidates(doc, times)

    fields = check_fields(day, times, cands, found)  # as the pipeline's claims task has them

    def run(only_whole: bool = False) -> None:
        # A fresh context per run, as the pipeline makes one per task: no warm name cache,
        # and no text the checks cached on an earlier run (each article is checked once).
        # Names resolve through an index built once per run, as the pipeline's Findings
        # builds one per article on the checks' first question.
        clear_caches()
        index = ActorIndex(found)

        def resolve(name: str) -> str | None:
            actor = index.resolve(name)
            return actor.name if actor else None

        ctx = GroundingContext(doc=doc, resolve=resolve, **fields)
        whole = ctx.whole()
        ctx.check(doc.title or doc.sentences[0].text, whole, 0.6)
        ctx.check(" ".join(s.text for s in doc.sentences[:2]), whole, 0.5)
        if only_whole:
            return
        for s in doc.sentences:
            ctx.check(s.text, ctx.cited([s.id]), 0.5)
        for c in cands:
            ctx.check(c.text, ctx.cited_candidate(c.id), 0.5, speaker=c.speaker)
        for d in dated:
            ctx.check(d.sentence.text, ctx.cited([d.sentence.id]), 0.5)

    return 2 + len(doc.sentences) + len(cands) + len(dated), run, lambda: run(True)


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


# The steps of ``check_item`` (``summarizer._checks``), timed one by one for the breakdown.
STEPS = (
    "item_times", "check_speaker", "check_numbers", "check_names", "check_polarity",
    "check_roles", "check_dates", "check_quotes", "check_stance",
)  # fmt: skip


def scripted(
    which: str, repeat: int = 5, steps: dict[str, float] | None = None
) -> dict[str, tuple[float, float, float]]:
    """Per fixture article: CPU ms of the checks on a capable scripted run's answers, as
    (best, median, first) of ``repeat`` cold runs.  The first run of an article is the
    first time this process checks it, as a batch does: what it compiles for words no
    earlier article held (the runs after it find that compiled) counts there.

    The validate stage of ``meta.timings_s`` is wall time, and the scripted server answers
    from a thread of this process: its work would count.  So every check is timed on its
    own thread's CPU clock (``time.thread_time``), summed per article; the best of
    ``repeat`` cold runs: on a shared machine other processes slow a run down (caches,
    the other core's hyperthread) and never speed one up, as in tests/test_hostile_scaling.
    The median of the runs is printed beside it.  ``steps``, when given, receives each
    step's CPU ms per article, averaged over every run (the rest is ``support`` and the
    item's own bookkeeping); its wrappers cost time of their own, so it is asked in a run
    whose totals are not printed."""
    try:
        from summarizer._scripted.acceptance import fixtures_for, measure
    except ImportError:
        return {}
    from summarizer._tasks import context

    folder = ROOT / "eval" / "scripted"
    fixtures = fixtures_for(folder, ROOT)
    if which == "seed":
        fixtures = [f for f in fixtures if "tillerson" in f.slug]
    measure(fixtures[:1], "capable")  # warm: compiled patterns, dateparser
    plain = context.GroundingContext.check
    spent: dict[str, float] = {}

    def timed(self: context.GroundingContext, *args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return plain(self, *args, **kwargs)
        finally:
            key = self.doc.text
            spent[key] = spent.get(key, 0.0) + time.thread_time() - started

    context.GroundingContext.check = timed  # type: ignore[method-assign]
    import summarizer._checks as checks

    plain_steps = {name: getattr(checks, name) for name in STEPS}
    by_step: dict[str, float] = dict.fromkeys(STEPS, 0.0)

    def step(name: str) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return plain_steps[name](*args, **kwargs)
            finally:
                by_step[name] += time.thread_time() - started

        return run

    if steps is not None:
        for name in STEPS:
            setattr(checks, name, step(name))
    try:
        out: dict[str, tuple[float, float, float]] = {}
        for f in fixtures:
            runs = []
            for _ in range(repeat):  # each run cold
                clear_caches()
                spent.clear()
                measure([f], "capable")
                runs.append(sum(spent.values()) * 1000)
            out[f.slug] = (min(runs), statistics.median(runs), runs[0])
        if steps is not None:
            runs_made = repeat * max(1, len(fixtures))
            steps.update({k: v * 1000 / runs_made for k, v in by_step.items()})
        return out
    finally:
        context.GroundingContext.check = plain  # type: ignore[method-assign]
        for name, fn in plain_steps.items():
            setattr(checks, name, fn)


def verify_overhead(which: str) -> tuple[dict[str, tuple[float, float]], int] | None:
    """Per fixture article: what ``--verify model`` adds to the tokens of a ``--verify code``
    run, as (prompt and completion tokens, prompt tokens only), and how many capable items
    the pass dropped.  Tokens are the scripted server's usage (characters / 4, the same
    rule for both runs, so the ratio needs no tokenizer)."""
    try:
        from summarizer._scripted.acceptance import fixtures_for
        from summarizer._scripted.server import ScriptedServer
    except ImportError:
        return None
    import asyncio

    from summarizer._backends.client import Policy
    from summarizer._config import resolve_backend
    from summarizer._digest import Digest
    from summarizer._pipeline import run

    folder = ROOT / "eval" / "scripted"
    fixtures = fixtures_for(folder, ROOT)
    if which == "seed":
        fixtures = [f for f in fixtures if "tillerson" in f.slug]
    ratios: dict[str, tuple[float, float]] = {}
    dropped = 0
    server = ScriptedServer([], model="scripted-capable")
    with server.running():
        for f in fixtures:
            server.use([f])
            backend = resolve_backend(base_url=server.base_url, model="scripted", api_key="x")
            got: dict[str, Digest] = {}
            for mode in ("code", "model"):
                policy = Policy(reasks=0, verify=mode)
                got[mode] = asyncio.run(run(f.source, published=f.published, backend=backend,
                                            policy=policy))  # fmt: skip
            base, more = got["code"].meta.usage, got["model"].meta.usage
            total = base.prompt_tokens + base.completion_tokens
            added = more.prompt_tokens + more.completion_tokens - total
            ratios[f.slug] = (
                added / max(1, total),
                (more.prompt_tokens - base.prompt_tokens) / max(1, base.prompt_tokens),
            )
            dropped += sum("verify: dropped" in w for w in got["model"].meta.warnings)
    return ratios, dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", choices=("seed", "gold", "all"), default="all")
    parser.add_argument("--seconds", type=float, default=1.0, help="per article, at most")
    parser.add_argument("--synthetic-only", action="store_true", help="skip the scripted runs")
    args = parser.parse_args()
    print("synthetic items (every sentence, candidate and dated sentence), cold median")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    head = f"{'article':32} {'items':>5} {'all ms':>7} {'whole ms':>8} {'ms/item':>7} {'answer':>7}"
    print(head)
    per_article = []
    for name, path, published in articles(args.articles):
        n, run, whole_only = synthetic(path, published)
        cpu, _ = median_ms(run, args.seconds)
        whole, _ = median_ms(whole_only, args.seconds / 2)
        item = max(0.0, cpu - whole) / (n - 2)
        answer = whole + (FULL_ANSWER - 2) * item
        per_article.append(answer)
        print(f"{name[:32]:32} {n:5d} {cpu:7.1f} {whole:8.1f} {item:7.3f} {answer:7.1f}")
    mid, top = statistics.median(per_article), max(per_article)
    print(f"CPU per article, a full answer ({FULL_ANSWER} items), cold: median {mid:.1f} ms "
          f"({mid / TARGET_MS:.2f}x the {TARGET_MS:.0f} ms target), max {top:.1f} ms "
          f"({top / TARGET_MS:.2f}x)")  # fmt: skip
    if args.synthetic_only:
        return
    got = scripted(args.articles)
    steps: dict[str, float] = {}
    if got:  # a run of its own: the timing wrappers would weigh on the figures above
        scripted(args.articles, repeat=1, steps=steps)
    if got:
        print("\nscripted capable answers: CPU of the checks per article, 5 cold runs")
        print(f"{'article':36} {'best':>7} {'median':>7} {'first':>7}")
        for slug, (best, mid, first) in got.items():
            print(f"{slug[:36]:36} {best:7.1f} {mid:7.1f} {first:7.1f} ms")
        best = statistics.median(b for b, _, _ in got.values())
        mid = statistics.median(m for _, m, _ in got.values())
        firsts = [f for _, _, f in list(got.values())[1:]]  # the first article warmed up
        print(f"median over articles: best run {best:.1f} ms ({best / TARGET_MS:.2f}x the "
              f"{TARGET_MS:.0f} ms target), median run {mid:.1f} ms ({mid / TARGET_MS:.2f}x); "
              f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        if firsts:
            first = statistics.median(firsts)
            print(f"first runs (each article's first check in this process, the warm-up article "
                  f"left out): median {first:.1f} ms ({first / TARGET_MS:.2f}x)")  # fmt: skip
        mean = statistics.mean(m for _, m, _ in got.values())
        print(f"by step, CPU ms per article, one more cold run (all checks: mean of the median "
              f"runs above {mean:.1f} ms; the rest is support and bookkeeping):")  # fmt: skip
        print("  " + ", ".join(f"{k.removeprefix('check_')} {v:.2f}" for k, v in
                               sorted(steps.items(), key=lambda kv: -kv[1])))  # fmt: skip
    else:
        print("\n(no scripted fixtures here: summarizer._scripted is not on this branch)")
    overhead = verify_overhead(args.articles)
    if overhead:
        ratios, dropped = overhead
        print("\n--verify model: tokens added to a --verify code run (prompt + completion; "
              "prompt only)")  # fmt: skip
        for slug, (both, prompt) in ratios.items():
            print(f"{slug[:36]:36} {both:6.1%} {prompt:6.1%}")
        mean = statistics.mean(r[0] for r in ratios.values())
        prompt_only = statistics.mean(r[1] for r in ratios.values())
        print(f"mean: {mean:.1%} (prompt only {prompt_only:.1%}; "
              f"default 'model' needs <= 25%: {mean / 0.25:.2f}x); "
              f"capable items the pass dropped: {dropped}")  # fmt: skip


if __name__ == "__main__":
    main()
