"""The actors stage of this checkout against another's, in one process, interleaved.

    python -m bench.ab_actors /path/to/other/checkout [--rounds N] [--shape gold|normal]

Whole runs of ``bench_hostile`` drift by a third on a shared machine, more than most
speed-ups of one stage.  Here both packages are imported side by side (each with its own
``sys.modules`` entries, swapped in before its turn), every gold article (and the seed) is
cleaned and segmented by each, and ``find_actors`` runs over all of them, this checkout and
the other alternately (the order flipped each round), ``--rounds`` times.  ``normal`` is
``bench_hostile``'s one long article of 1 MB.  Printed: each version's CPU seconds per
round (fastest, median) and the median of the per-round ratios, other / this.  Both must
find the same actors for every article, or it stops.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _load(root: Path) -> tuple[dict[str, ModuleType], Any, Any, Any]:
    """``root``'s summarizer package: its modules, and clean, segment, find_actors."""
    for name in [n for n in sys.modules if n.partition(".")[0] == "summarizer"]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        from summarizer._extract.actors import find_actors
        from summarizer._text.cleaning import clean
        from summarizer._text.segment import segment
    finally:
        sys.path.remove(str(root))
    modules = {n: m for n, m in sys.modules.items() if n.partition(".")[0] == "summarizer"}
    assert Path(modules["summarizer"].__file__ or "").is_relative_to(root)
    return modules, clean, segment, find_actors


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--shape", choices=("gold", "normal"), default="gold")
    args = ap.parse_args(argv)
    if args.shape == "normal":
        from bench.bench_hostile import normal

        texts = [normal(1_000_000)]
    else:
        paths = sorted(ROOT.glob("examples/*.txt")) + sorted(ROOT.glob("eval/gold/*/article.txt"))
        texts = [p.read_text(encoding="utf-8") for p in paths]
    versions = {"this": _load(ROOT), "other": _load(args.other.resolve())}
    docs, found = {}, {}
    for name, (modules, clean, segment, find_actors) in versions.items():
        sys.modules.update(modules)
        docs[name] = [segment(c.text, c.title) for c in map(clean, texts)]
        found[name] = [[(a.name, a.type, a.aliases) for a in find_actors(d)] for d in docs[name]]
    if found["this"] != found["other"]:
        sys.exit("the two checkouts find different actors")
    spent: dict[str, list[float]] = {name: [] for name in versions}
    for r in range(args.rounds):
        for name in list(versions)[:: 1 if r % 2 == 0 else -1]:
            modules, _, _, find_actors = versions[name]
            sys.modules.update(modules)
            started = time.process_time()
            for doc in docs[name]:
                find_actors(doc)
            spent[name].append(time.process_time() - started)
    for name, times in spent.items():
        ordered = sorted(times)
        print(f"{name:6} fastest {ordered[0]:.3f} s, median {ordered[len(ordered) // 2]:.3f} s")
    ratios = sorted(o / t for o, t in zip(spent["other"], spent["this"], strict=True))
    print(f"other / this, median of {args.rounds} rounds: {ratios[len(ratios) // 2]:.2f}x")


if __name__ == "__main__":
    main()
