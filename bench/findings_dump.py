"""Dump code's findings as JSON, to prove a speed-up changes nothing.

    python -m bench.findings_dump OUT.json         # seed, every gold article, every shape
    python -m bench.findings_dump OUT.json --size 100000

For the seed (examples/*.txt), every eval/gold article and every bench_hostile shape at
``--size`` bytes: the cleaned text, the sentences' offsets, the actors, quotes, claim
candidates, time expressions, extractive summary and the no-model digest (as JSON). Dump
before a change and after it, then ``cmp`` the two files: any difference is a change of
findings, not of speed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from array import array
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from bench.bench_hostile import SHAPES, _articles
from summarizer._exceptions import SummarizerError

DAY = date(2020, 3, 4)


def plain(obj: Any) -> Any:
    """Any finding as JSON-ready data (dataclasses, named tuples, pydantic models)."""
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple) and hasattr(obj, "_asdict"):
        return {k: plain(v) for k, v in obj._asdict().items()}
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, array)):  # an array of offsets (InputMap) as a list
        return [plain(v) for v in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted(repr(plain(v)) for v in obj)
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    if isinstance(obj, date):
        return obj.isoformat()
    return repr(obj)


def findings(text: str) -> dict[str, Any]:
    """Every stage's output on ``text``, as in bench_hostile.stage_times, plus the digest."""
    from summarizer import summarize
    from summarizer._extract.actors import find_actors
    from summarizer._extract.claims import find_candidates
    from summarizer._extract.dates import find_time_expressions
    from summarizer._extract.extractive import extractive_summary
    from summarizer._extract.quotes import find_quotes
    from summarizer._input.loading import load
    from summarizer._text.cleaning import clean
    from summarizer._text.segment import segment

    raw = load(text)
    cleaned = clean(raw.text)
    doc = segment(cleaned.text, cleaned.title)
    actors = find_actors(doc)
    found = find_quotes(doc, actors)
    try:
        digest = plain(summarize(text, published=DAY, backend="none", cache=False))
    except SummarizerError as e:  # a shape that does not read as English
        digest = {"error": f"{type(e).__name__}: {e}"}
    else:
        for clock in ("latency_s", "timings_s"):  # times, not findings
            digest["meta"].pop(clock, None)
    return {
        "clean": plain(cleaned),
        "sentences": [(s.start, s.end, s.paragraph) for s in doc.sentences],
        "actors": plain(actors),
        "quotes": plain(found),
        "claims": plain(find_candidates(doc, actors, found)),
        "dates": plain(find_time_expressions(doc.text, DAY)),
        "extractive": plain(extractive_summary(doc, actors)),
        "digest": digest,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--only", default="", help="comma-separated names (debugging)")
    args = ap.parse_args()
    inputs: dict[str, str] = {p.parent.name if p.name == "article.txt" else p.name:
                              p.read_text(encoding="utf-8") for p in _articles()}  # fmt: skip
    for name, make in SHAPES.items():
        inputs["shape:" + name] = make(args.size)
    only = set(filter(None, args.only.split(",")))
    out: dict[str, Any] = {}
    for name, text in inputs.items():
        if only and name not in only:
            continue
        out[name] = findings(text)
    Path(args.out).write_text(json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False))
    print(f"{len(out)} inputs dumped to {args.out}")


if __name__ == "__main__":
    main()
