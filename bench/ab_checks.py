"""The checks of this checkout against those of another, in one process, interleaved.

    python -m bench.ab_checks /path/to/other/checkout [--replays K]

Whole runs of ``bench_checks`` drift by a fifth from one minute to the next on a shared
machine, more than most speed-ups of the checks.  Here both versions run in one process,
one after the other for each article, so drift hits both alike: every ``check_item`` call
of the scripted capable runs is recorded once, then replayed cold (caches cleared) with
this checkout's ``summarizer/_checks`` and ``_lang/words.py`` and with the other's, in
alternating order, ``--replays`` times.  Printed: the mean over articles of each version's
fastest replay (thread CPU ms) and their ratio.  Both must give the same outcome for every
call (the passed checks and the failure message), or it stops: a speed-up changes nothing.
The other checkout's date finder and the rest are not swapped in: this checkout's are used.
The ratio is the result, not the milliseconds: a replay keeps what each article's resolver
remembered of names and runs without the pipeline's work between checks, so its times are
lower than ``bench_checks``'s (which times the checks inside whole runs).

``--pipeline``: the scripted capable runs themselves, each version's ``check_item`` in turn
(alternated run by run), every check timed inside the pipeline.  Between two items the
pipeline's own work evicts the checks' code and data from the CPU's caches: a replay misses
that cost (the seed's calls replayed with 16 MB read between them took 2.2x as long), and a
change that skips a whole reader (the date finder on an item) saves more there than in a
replay.  Noisier than the replay (whole runs): read the best and median of many runs.
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import summarizer
import summarizer._checks as ours
from bench.bench_checks import ROOT, clear_caches
from summarizer._tasks import context

Call = tuple[str, Any, dict[str, Any]]  # item text, Cited, keyword arguments


def load_other(checkout: Path) -> tuple[ModuleType, ModuleType]:
    """The other checkout's checks package, importable under a name of its own (a copy with
    its imports renamed, on ``summarizer.__path__``), and its ``words``."""
    parent = Path(tempfile.mkdtemp(prefix="ab_checks"))
    name = f"_checks_{parent.name.removeprefix('ab_checks')}"  # one per call: no stale import
    folder = parent / name
    shutil.copytree(checkout / "summarizer" / "_checks", folder)
    shutil.copy(checkout / "summarizer" / "_lang" / "words.py", folder / "_words_other.py")
    for path in folder.glob("*.py"):
        src = path.read_text()
        src = src.replace("summarizer._lang.words", f"summarizer.{name}._words_other")
        src = src.replace(
            "from summarizer._lang import words",
            f"from summarizer.{name} import _words_other as words",
        )
        path.write_text(re.sub(r"summarizer\._checks\b", f"summarizer.{name}", src))
    summarizer.__path__.append(str(parent))
    package = importlib.import_module(f"summarizer.{name}")
    return package, importlib.import_module(f"summarizer.{name}._words_other")


def record() -> dict[str, list[Call]]:
    """Every ``check_item`` call of the scripted capable runs, per article, each run cold."""
    from summarizer._scripted.acceptance import fixtures_for, measure

    fixtures = fixtures_for(ROOT / "eval" / "scripted", ROOT)
    calls: dict[str, list[Call]] = collections.defaultdict(list)
    plain, current = context.check_item, [""]

    def kept(text: str, cited: Any, **kw: Any) -> Any:
        calls[current[0]].append((text, cited, kw))
        return plain(text, cited, **kw)

    context.check_item = kept
    try:
        for f in fixtures:
            current[0] = f.slug
            clear_caches()
            measure([f], "capable")
    finally:
        context.check_item = plain
    return calls


def compare(
    calls: dict[str, list[Call]], other: ModuleType, other_words: ModuleType, replays: int
) -> dict[str, float]:
    """Each version's CPU ms per article (the mean over articles of its fastest replay);
    SystemExit if the two give another outcome for any call."""

    def theirs(kw: dict[str, Any]) -> dict[str, Any]:
        support = kw["support"]  # a partial of words.support: the other's, same arguments
        return {
            **kw,
            "support": functools.partial(other_words.support, *support.args, **support.keywords),
        }

    versions = {
        "this": (ours.check_item, calls),
        "other": (
            other.check_item,
            {s: [(t, c, theirs(k)) for t, c, k in cs] for s, cs in calls.items()},
        ),
    }
    best = {name: dict.fromkeys(calls, float("inf")) for name in versions}
    outcomes: dict[str, list[tuple[list[str], str | None]]] = {}
    for k in range(replays):
        for slug in calls:
            for name in sorted(versions, reverse=bool(k % 2)):
                check, replay = versions[name][0], versions[name][1][slug]
                clear_caches()
                other.clear_caches()
                for _t, cited, _kw in replay:  # a headline's located clauses, per context
                    if cited.locate is not None:
                        cited.locate.__self__._located.clear()
                started = time.thread_time()
                got = [check(t, c, **kw) for t, c, kw in replay]
                best[name][slug] = min(best[name][slug], time.thread_time() - started)
                seen = [(o.passed, o.failure) for o in got]
                if outcomes.setdefault(slug, seen) != seen:
                    sys.exit(f"ab_checks: {name} gives other outcomes on {slug}")
    return {name: sum(v.values()) / len(v) * 1000 for name, v in best.items()}


def in_pipeline(other: ModuleType, runs: int, only: str = "") -> dict[str, list[float]]:
    """Each version's thread CPU ms of the checks per scripted capable run (of the fixtures
    whose slug holds ``only``), ``runs`` cold runs each, alternated."""
    from summarizer._scripted.acceptance import fixtures_for, measure

    fixtures = [f for f in fixtures_for(ROOT / "eval" / "scripted", ROOT) if only in f.slug]
    measure(fixtures[:1], "capable")  # warm: compiled patterns, dateparser
    plain, spent = context.check_item, [0.0]

    def timed(check: Any) -> Any:
        def run(text: str, cited: Any, **kw: Any) -> Any:
            started = time.thread_time()
            try:
                return check(text, cited, **kw)
            finally:
                spent[0] += time.thread_time() - started

        return run

    versions = {"this": timed(ours.check_item), "other": timed(other.check_item)}
    out: dict[str, list[float]] = {name: [] for name in versions}
    try:
        for k in range(runs):
            for name in sorted(versions, reverse=bool(k % 2)):
                context.check_item = versions[name]
                for f in fixtures:
                    clear_caches()
                    other.clear_caches()
                    spent[0] = 0.0
                    measure([f], "capable")
                    out[name].append(spent[0] * 1000)
    finally:
        context.check_item = plain
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="another checkout of this repository")
    parser.add_argument("--replays", type=int, default=9)
    parser.add_argument("--pipeline", action="store_true", help="time inside whole runs")
    parser.add_argument("--only", default="", help="fixtures whose slug holds this")
    args = parser.parse_args()
    if not (args.other / "summarizer" / "_checks").is_dir():
        sys.exit(f"ab_checks: {args.other} is not a checkout of summarizer")
    other, other_words = load_other(args.other)
    if args.pipeline:
        got = in_pipeline(other, args.replays, args.only)
        best = {name: min(v) for name, v in got.items()}
        mid = {name: statistics.median(v) for name, v in got.items()}
        print(
            f"checks inside the pipeline, CPU ms per run ({len(got['this'])} runs each, "
            f"alternated): this best {best['this']:.2f} median {mid['this']:.2f}, other best "
            f"{best['other']:.2f} median {mid['other']:.2f}; ratio best "
            f"{best['this'] / best['other']:.3f}, median {mid['this'] / mid['other']:.3f}"
        )
        return
    calls = record()
    mean = compare(calls, other, other_words, args.replays)
    per = sum(map(len, calls.values())) / len(calls)
    print(
        f"checks, CPU ms per article (mean over {len(calls)} articles of the fastest of "
        f"{args.replays} cold replays, {per:.0f} items each): this {mean['this']:.2f}, "
        f"other {mean['other']:.2f}, ratio {mean['this'] / mean['other']:.3f}; outcomes identical"
    )


if __name__ == "__main__":
    main()
