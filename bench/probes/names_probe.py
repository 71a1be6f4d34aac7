"""Names probe (issue 9): actors a careful annotator lists, and junk that must not become one.

Each case file holds short articles: (text, wanted actors, junk strings).  A wanted actor is
found when some found actor's name or alias matches it as the eval does (``_eval._same``:
same words, or same last word).  A junk string is hit when a found actor's words (less
"the") all stand among the junk string's words ("iPhone" in "iPhone 16").  Code only, no model.

    .venv/bin/python -m bench.probes.names_probe [tune|held] [-q]

Prints "<wrong> of <cases>" for recall and for junk, then the wrong cases (unless -q).
"""

from __future__ import annotations

import re
import sys
from importlib import import_module

from summarizer._eval import _same
from summarizer._extract.actors import find_actors
from summarizer._text.segment import segment

Case = tuple[str, list[str], list[str]]


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.casefold()) if w != "the"}


def run(cases: list[Case], quiet: bool) -> tuple[int, int, int, int]:
    """(recall misses, wanted, junk hits, junk guards)."""
    miss = want_n = junk = junk_n = 0
    for text, want, bad in cases:
        found = find_actors(segment(text))
        names = [n for a in found for n in (a.name, *a.aliases)]
        head = text.strip().split("\n")[0][:60]
        for w in want:
            want_n += 1
            if not any(_same(n, w) for n in names):
                miss += 1
                if not quiet:
                    print(f"MISS {w!r:28} | {head} -> {[a.name for a in found]}")
        for b in bad:
            junk_n += 1
            hits = [n for n in names if _words(n) and _words(n) <= _words(b)]
            if hits:
                junk += 1
                if not quiet:
                    print(f"JUNK {b!r:28} | {head} -> {hits}")
    return miss, want_n, junk, junk_n


def main() -> None:
    which = [a for a in sys.argv[1:] if not a.startswith("-")] or ["tune"]
    quiet = "-q" in sys.argv
    for name in which:
        mod = import_module(f"bench.probes.names_cases_{name}")
        miss, want_n, junk, junk_n = run(mod.CASES, quiet)
        print(f"{name}: recall {miss} of {want_n} wrong; junk {junk} of {junk_n} wrong")


if __name__ == "__main__":
    main()
