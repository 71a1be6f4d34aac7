"""Rules alone vs rules + spaCy on the gold set: actor recall, actors not in the gold, time.

    SUMMARIZER_NER=0 python -m bench.bench_ner --split test    # rules alone
    SUMMARIZER_NER=1 python -m bench.bench_ner --split test    # rules + spaCy (the ner extra)

``summarizer eval`` scores recall only; an actor the gold does not list costs it nothing.
This counts, per split and per batch of the gold set (``eval/gold/README.md``'s sections),
the digest's actors (code's findings, no model) and how many of them match no gold actor
(name or alias, by ``_eval``'s own rule: same words or same last word), the quotes and key
facts hit (more actors change speakers and which sentences rank as central), and the time of
``find_actors`` per article.  Totals only: a test article is never printed, so the held-out
split stays unread.  Numbers, no assertions.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from summarizer import _eval
from summarizer._digest import Digest
from summarizer._extract import ner

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold"
# eval/gold/README.md's section headings, by the session that added the articles.
_BATCHES = (
    ("first 13", "Articles"),
    ("issue 9", "Added for issue 9"),
    ("2026-11-30", "Added in session 7"),
    ("2026-12-01", "Added in session 9"),
    ("batch 14", "Added in session 14"),
    ("batch 15", "Added in session 15"),
    ("batch 16", "Added in session 16"),
)


@dataclass
class Tally:
    articles: int = 0
    gold: int = 0  # gold actors
    recalled: int = 0  # of them, found (``_eval.score``'s count)
    found: int = 0  # the digest's actors
    unlisted: int = 0  # of them, matching no gold actor
    quotes: list[int] = field(default_factory=lambda: [0, 0])  # attributed, gold quotes
    facts: list[int] = field(default_factory=lambda: [0, 0])  # covered, gold key facts
    actor_ms: list[float] = field(default_factory=list)

    def add(self, digest: Digest, gold: _eval.Gold, ms: float) -> None:
        scores = _eval.score(digest, gold)
        self.articles += 1
        self.gold += len(gold.actors)
        self.recalled += round(scores.actor_recall * len(gold.actors))
        self.found += len(digest.actors)
        self.unlisted += sum(
            not any(_eval._same(n, g) for n in (a.name, *a.aliases) for g in gold.actors)
            for a in digest.actors
        )
        for pair, rate, n in (
            (self.quotes, scores.quote_attribution, len(gold.quotes)),
            (self.facts, scores.key_fact_coverage, len(gold.key_facts)),
        ):
            pair[0] += round(rate * n)
            pair[1] += n
        self.actor_ms.append(ms)

    def row(self, name: str) -> str:
        recall = self.recalled / self.gold if self.gold else 1.0
        ms = sorted(self.actor_ms)
        return (
            f"{name:<16} {self.articles:>4} {recall:>7.2f} ({self.recalled}/{self.gold})"
            f" {self.unlisted:>5} of {self.found:<5} {statistics.median(ms):>7.1f}"
            f" {ms[-1]:>7.1f}  quotes {self.quotes[0]}/{self.quotes[1]}"
            f"  key facts {self.facts[0]}/{self.facts[1]}"
        )


def batch_of() -> dict[str, str]:
    """Each gold slug's batch, read from the README's tables (first column of each row)."""
    out: dict[str, str] = {}
    section = ""
    for line in (GOLD / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:]
            continue
        m = re.match(r"\| ([a-z0-9][a-z0-9-]+) \|", line)
        name = next((n for n, head in _BATCHES if section.startswith(head)), None)
        if m and name and (GOLD / m.group(1) / "gold.json").exists():
            out[m.group(1)] = name
    return out


def actors_ms(path: Path, runs: int = 3) -> float:
    """Milliseconds of ``find_actors`` on the article as the pipeline reads it, best of
    ``runs`` (the machine is shared: the best run is the least disturbed)."""
    from summarizer._extract.actors import find_actors  # imported late: the bench's own start
    from summarizer._input.loading import load
    from summarizer._text.cleaning import clean
    from summarizer._text.segment import segment

    cleaned = clean(load(path).text)
    doc = segment(cleaned.text, cleaned.title)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        find_actors(doc)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main(argv: Sequence[str] | None = None) -> None:
    from summarizer import summarize

    ap = argparse.ArgumentParser(prog="python -m bench.bench_ner")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    args = ap.parse_args(argv)
    batches = batch_of()
    tallies: dict[str, Tally] = {}
    actors_ms(next(GOLD.glob("*/article.txt")), 1)  # compile the rules, load spaCy: not timed
    for gold, path in _eval.load_gold(GOLD):
        split = _eval.split_of(gold.id)
        if args.split not in ("all", split):
            continue
        ms = actors_ms(path)
        digest = summarize(path, published=gold.published, backend="none", cache=False)
        for key in (split, f"{split} {batches.get(gold.id, '?')}"):
            tallies.setdefault(key, Tally()).add(digest, gold, ms)
    print(f"spaCy: {'on' if ner.enabled() else 'off'} (SUMMARIZER_NER, the ner extra)")
    print(f"{'':<16} {'n':>4} {'actors recall':>17} {'not in gold':>14} {'ms med':>7} {'max':>7}")
    for key in sorted(tallies, key=lambda k: (k.split()[0], len(k.split()), k)):
        print(tallies[key].row(key))


if __name__ == "__main__":
    main()
