"""Training data for the chrome-line gate: the lines cleaning keeps, labelled.

Read only from the gold DEV split and the real-page probes' TUNING halves (rounds 1, 2, 4);
test articles, held-out pages and round 3 are never opened here.

A kept line is *chrome* when a page's annotation says so (a real page's chrome line, or a
gold ``boilerplate`` string covering most of the line) and *story* otherwise: a real page's
annotation lists every chrome line, so its other lines are story; a gold article's
``boilerplate`` list names what its annotator saw, so its other lines count as story too
(the weaker label: see ``bench/README.md``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("SUMMARIZER_BACKEND", "none")
os.environ.setdefault("SUMMARIZER_NER", "0")

from bench.probes.realpages_probe import ROUNDS, held_out
from summarizer._eval import split_of
from summarizer._text import chrome_blocks, cleaning

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"
TUNING_ROUNDS = ("1", "2", "4")


@dataclass
class Doc:
    """One page: the lines cleaning kept (before any gate) and each one's label."""

    name: str  # "gold:<slug>" or "rp<round>:<slug>": the fold unit
    lines: list[cleaning._Line]
    labels: list[int]  # 1 chrome, 0 story
    evidence: list[bool]  # a story line the digest needs (a quote, a date, a key fact...)


def kept_lines(text: str) -> list[cleaning._Line]:
    """The lines ``clean`` keeps after its rules, before headings and assembly."""
    seen: list[list[cleaning._Line]] = []
    real = chrome_blocks.apply

    def spy(kept, removed):  # type: ignore[no-untyped-def]
        out = real(kept, removed)
        seen.append(list(out))
        return out

    chrome_blocks.apply = spy  # type: ignore[assignment]
    try:
        cleaning.clean(text)
    finally:
        chrome_blocks.apply = real  # type: ignore[assignment]
    return seen[0]


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _covered(line: str, parts: list[str]) -> bool:
    """Most of ``line`` is one of ``parts`` (an annotated chrome line or fragment)."""
    n = _norm(line)
    if not n:
        return False
    for p in parts:
        if p and (p == n or (p in n and 2 * len(p) >= len(n)) or (n in p and 2 * len(n) >= len(p))):
            return True
    return False


def _evidence(plain: str, gold: dict) -> bool:  # type: ignore[type-arg]
    """A line holding a gold quote (its first words), a date's context or a key fact's
    words, or the gold title: what the digest is scored on."""
    n = _norm(plain)
    if not n:
        return False
    for q in gold.get("quotes", []):
        head = _norm(q["quote"])[:40]
        if head and (head in n or (len(n) >= 20 and n in _norm(q["quote"]))):
            return True
    for d in gold.get("dates", []):
        if _norm(d.get("context", "")) and _norm(d["context"]) in n:
            return True
    for fact in gold.get("key_facts", []):
        if fact and all(_norm(k) in n for k in fact):
            return True
    title = _norm(gold.get("provenance", {}).get("title", "")).split(" (title from")[0]
    return bool(title) and n == title


def gold_docs() -> list[Doc]:
    out = []
    for d in sorted(GOLD.iterdir()):
        if not d.is_dir() or split_of(d.name) != "dev":
            continue
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        text = (d / gold.get("input", "article.txt")).read_text(encoding="utf-8")
        chrome = [_norm(b) for b in gold.get("boilerplate", [])]
        lines = kept_lines(text)
        labels = [int(_covered(ln.plain, chrome) or _covered(ln.raw, chrome)) for ln in lines]
        out.append(
            Doc(f"gold:{d.name}", lines, labels, [_evidence(ln.plain, gold) for ln in lines])
        )
    return out


def page_docs() -> list[Doc]:
    out = []
    for rnd in TUNING_ROUNDS:
        where = ROUNDS[rnd]
        for p in sorted(where.glob("*.json")):
            if held_out(p.stem):
                continue
            note = json.loads(p.read_text(encoding="utf-8"))
            text = p.with_suffix(".txt").read_text(encoding="utf-8")
            chrome = [_norm(c) for c in note["chrome"] if c.strip()]
            lines = kept_lines(text)
            labels = [int(_covered(ln.plain, chrome) or _covered(ln.raw, chrome)) for ln in lines]
            story = [_norm(s) for s in note["story"]]
            headline = _norm(note.get("headline") or "")
            evidence = [
                any(s in _norm(ln.raw) or s in _norm(ln.plain) for s in story)
                or (bool(headline) and _norm(ln.plain) == headline)
                for ln in lines
            ]
            out.append(Doc(f"rp{rnd}:{p.stem}", lines, labels, evidence))
    return out


def all_docs() -> list[Doc]:
    return gold_docs() + page_docs()


if __name__ == "__main__":
    docs = all_docs()
    for src in ("gold", "rp"):
        ds = [d for d in docs if d.name.startswith(src)]
        n = sum(len(d.lines) for d in ds)
        c = sum(sum(d.labels) for d in ds)
        e = sum(sum(d.evidence) for d in ds)
        both = sum(a and b for d in ds for a, b in zip(d.labels, d.evidence, strict=True))
        print(f"{src}: {len(ds)} docs, {n} kept lines, {c} chrome, {e} evidence ({both} both)")
