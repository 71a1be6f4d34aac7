"""The date finder on short texts, the items the checks read: microseconds per item.

    python -m bench.bench_date_items [--rounds N] [--against /path/to/other/checkout]

The checks (10 ms an article, issue 8) run ``date_find.candidates`` on every item that
holds a date word it cannot find verbatim in its cited text, and ``find_time_expressions``
when one is new.  Whole-text work (bench_hostile) says nothing of this per-call cost, which
a change of the finder's shape (streamed, merged) can raise.  The items: the sentences of
the dev gold articles holding a date word (as the checks' quick test passes them), each
with its article's publication date (the checks' call), and without one (an undated page).

``--against``: the other checkout's ``summarizer`` package is imported too (a copy under
another name) and each item is run by both in turn, in alternating order, so the drift of a
shared machine hits both alike.  Printed: each version's best round (thread CPU time), in
microseconds per item, and their ratio.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

from summarizer._checks.textual import _dateish
from summarizer._eval import load_gold, split_of
from summarizer._pipeline import prepare

ROOT = Path(__file__).resolve().parent.parent
Item = tuple[str, date | None]  # a sentence and its article's publication date
Call = Callable[[str, date | None], object]


def items() -> list[Item]:
    """The dev gold articles' sentences that the checks' date step reads."""
    out: list[Item] = []
    for gold, path in load_gold(ROOT / "eval" / "gold"):
        if split_of(gold.id) == "dev":
            day = date.fromisoformat(gold.published) if gold.published else None
            out += [(s.text, day) for s in prepare(path).sentences if _dateish(s.text)]
    return out


def other_package(checkout: Path) -> str:
    """The other checkout's package, copied under a name of its own with its imports
    renamed; its name."""
    parent = Path(tempfile.mkdtemp(prefix="date_items"))
    name = "summarizer_other"
    shutil.copytree(checkout / "summarizer", parent / name)
    for path in (parent / name).rglob("*.py"):
        src = path.read_text()
        src = re.sub(r"\bsummarizer(?=\.[_a-z{])", name, src)
        path.write_text(re.sub(r"\b(from|import) summarizer\b", rf"\1 {name}", src))
    sys.path.insert(0, str(parent))
    return name


def calls(package: str) -> dict[str, Call]:
    """The timed calls of one version of the package."""
    find: ModuleType = importlib.import_module(f"{package}._extract.date_find")
    dates: ModuleType = importlib.import_module(f"{package}._extract.dates")
    return {
        "candidates": lambda t, _: find.candidates(t),
        "find_time_expressions, dated": dates.find_time_expressions,
        "find_time_expressions, undated": lambda t, _: dates.find_time_expressions(t),
    }


def one_round(versions: list[Call], texts: list[Item]) -> list[float]:
    """Microseconds per item of one pass over ``texts`` for each version, item by item in
    alternating order (so a burst of load on the machine hits all alike)."""
    spent = [0] * len(versions)
    clock = time.thread_time_ns
    for n, (t, day) in enumerate(texts):
        order = range(len(versions)) if n % 2 else range(len(versions) - 1, -1, -1)
        for v in order:
            start = clock()
            versions[v](t, day)
            spent[v] += clock() - start
    return [ns / len(texts) / 1000 for ns in spent]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another checkout, timed alternately")
    args = ap.parse_args()
    texts = items()
    size = sum(len(t) for t, _ in texts) / len(texts)
    print(f"{len(texts)} items, {size:.0f} characters on average")
    versions = {"this": calls("summarizer")}
    if args.against:
        versions["other"] = calls(other_package(args.against))
    for name in versions["this"]:
        calls_of = [v[name] for v in versions.values()]
        one_round(calls_of, texts)  # warm: compiled patterns, dateparser
        times = list(zip(*(one_round(calls_of, texts) for _ in range(args.rounds)), strict=True))
        best = {v: min(ts) for v, ts in zip(versions, times, strict=True)}
        ratio = f" (this/other {best['this'] / best['other']:.3f})" if "other" in best else ""
        listed = ", ".join(f"{v} {t:.1f}" for v, t in best.items())
        print(f"{name}: best us/item {listed}{ratio}")


if __name__ == "__main__":
    main()
