"""Where the checks' time goes per article: each text's first reading, or the logic around it.

    python -m bench.checks_split [--replays K] [--articles seed|all]

Replays every ``check_item`` call of the scripted capable runs (``ab_checks.record``) and
prints, per fixture article, thread CPU ms (the fastest of ``--replays``):
- ``cold``: all its calls, every cache cleared first (``ab_checks``'s figure);
- ``whole`` and ``items``: the headline and abstract alone (checked against the whole
  article), and the other items alone, each from cold caches: their sum less ``cold`` is
  what the two share;
- ``warm``: all calls again right after a cold pass, every text already read: the checks'
  own logic, cache lookups included, and the date finder on the items (never cached);
- ``texts``: the per-sentence readings alone, cold (actor mentions, name runs, role labels,
  negations, content words, capitalised words, numbers, verb triples, epithets) of each
  sentence of the article and each item's text: what reading every text once costs.
A replay runs without the pipeline around the checks: ``bench_checks`` times the same calls
inside whole runs, where they cost more (the pipeline's other work between checks).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import summarizer._checks as checks
from bench.ab_checks import Call, record
from bench.bench_checks import clear_caches
from summarizer._checks import names, numbers, polarity, role_labels, roles
from summarizer._lang.words import bag


def _fresh(calls: Sequence[Call]) -> None:
    """Cold: no cached text, no clause a headline's context located."""
    clear_caches()
    for _t, cited, _kw in calls:
        if cited.locate is not None:
            cited.locate.__self__._located.clear()


def _replay(calls: Sequence[Call]) -> None:
    for text, cited, kw in calls:
        checks.check_item(text, cited, **kw)


def _best(run: Callable[[], Any], before: Callable[[], Any], replays: int) -> float:
    """The fastest of ``replays`` runs of ``run`` (thread CPU ms), ``before`` each untimed."""
    best = float("inf")
    for _ in range(replays):
        before()
        started = time.thread_time()
        run()
        best = min(best, time.thread_time() - started)
    return best * 1000


def _readings(calls: Sequence[Call]) -> Callable[[], None]:
    """Each sentence of the article and each item's text, read once per cached reading."""
    _text, cited, kw = calls[0]
    resolve, lang = kw["resolve"], kw["support"].keywords["lang"]
    texts = [p for _, p in names.pieces(cited.article)] + [t for t, _c, _k in calls]
    each: list[Callable[[str], Any]] = [
        lambda t: names._sentence_mentions(t, resolve),
        lambda t: role_labels._sentence_runs(t, resolve),
        lambda t: role_labels._sentence_labels(t, resolve, False),
        polarity.negations,
        lambda t: bag(t, lang),
        names._sentence_vocabulary,
        numbers._sentence_quantities,
        lambda t: roles._triples(t, resolve),
        lambda t: roles._sentence_bound(t, resolve),
    ]

    def run() -> None:
        for read in each:
            for t in texts:
                read(t)

    return run


def split(calls: Sequence[Call], replays: int) -> tuple[float, ...]:
    """One article's (cold, whole, items, warm, texts) figures."""
    whole = [c for c in calls if c[1].text == c[1].article]
    items = [c for c in calls if c[1].text != c[1].article]

    def fresh() -> None:
        _fresh(calls)

    return (
        _best(lambda: _replay(calls), fresh, replays),
        _best(lambda: _replay(whole), fresh, replays),
        _best(lambda: _replay(items), fresh, replays),
        _best(lambda: _replay(calls), lambda: _replay(calls), replays),
        _best(_readings(calls), fresh, replays),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replays", type=int, default=15)
    parser.add_argument("--articles", choices=("seed", "all"), default="all")
    args = parser.parse_args()
    recorded = record()
    if args.articles == "seed":
        recorded = {k: v for k, v in recorded.items() if "tillerson" in k}
    print(f"{'article':32} {'calls':>5} {'cold':>6} {'whole':>6} {'items':>6} {'warm':>6} "
          f"{'texts':>6}  (thread CPU ms, fastest of {args.replays})")  # fmt: skip
    rows = []
    for slug, calls in recorded.items():
        row = split(calls, args.replays)
        rows.append(row)
        print(f"{slug[:32]:32} {len(calls):5d} " + " ".join(f"{v:6.2f}" for v in row))
    mid = [statistics.median(col) for col in zip(*rows, strict=True)]
    print(f"{'median over articles':32} {'':5} " + " ".join(f"{v:6.2f}" for v in mid))


if __name__ == "__main__":
    main()
