"""Probe: evidence offsets into the input as given, under what real files do to text.

    python -m bench.probes.offsets_probe

Each transformation (Windows line ends, tabs, non-breaking and zero-width spaces, a byte
order mark, soft hyphens, trailing spaces, runs of blank lines, form feeds, curly and
straight quotes swapped) is applied to the seed and to every dev gold article, and every
span code builds (sentences, actors' mentions, claims) is checked: where ``input_start``
is set, ``input[input_start:input_end] == quote`` must hold (a wrong offset is a bug),
and a span left unmapped whose quote does occur verbatim in the input is a miss.
Prints, per transformation, spans / wrong / unmapped though verbatim / mapped share.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from summarizer._eval import split_of
from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.quotes import find_quotes
from summarizer._grounding import cited
from summarizer._pipeline import prepare
from summarizer._tasks.findings import actors

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"

SHAPES: dict[str, Callable[[str], str]] = {
    "as given": lambda t: t,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "tabs": lambda t: t.replace(". ", ".\t"),
    "nbsp": lambda t: t.replace(" the ", "\u00a0the\u00a0"),
    "zero-width": lambda t: t.replace(" and ", " and\u200b "),
    "bom": lambda t: "\ufeff" + t,
    "soft hyphen": lambda t: t.replace("tion", "ti\u00adon"),
    "trailing spaces": lambda t: t.replace("\n", "   \n"),
    "blank lines": lambda t: t.replace("\n\n", "\n\n\n\n"),
    "form feed": lambda t: t.replace("\n\n", "\n\f\n"),
    "straight to curly": lambda t: t.replace(" '", " ‘").replace("' ", "’ "),
    "curly to straight": lambda t: t.replace("“", '"').replace("”", '"').replace("’", "'"),
}


def spans_of(path: Path) -> tuple[str, list[tuple[str, int | None, int | None]]]:
    doc = prepare(path)
    found = find_actors(doc)
    spans = cited(doc, (s.id for s in doc.sentences))
    spans += [ev for a in actors(doc, found) for ev in a.evidence]
    for c in find_candidates(doc, found, find_quotes(doc, found)):
        spans.extend(c.evidence)
    given = doc.input_map.text if doc.input_map else doc.text
    return given, [(ev.quote, ev.input_start, ev.input_end) for ev in spans]


def main() -> None:
    dev = sorted(
        p / f
        for p in (ROOT / "eval" / "gold").iterdir()
        if (p / "gold.json").is_file() and split_of(p.name) == "dev"
        for f in [next(x.name for x in p.iterdir() if x.suffix == ".txt")]
    )
    sources = [SEED, *dev]
    print(f"{len(sources)} articles (the seed and the dev split)")
    print(f"{'transformation':20} {'spans':>6} {'wrong':>6} {'missed':>7} {'mapped':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, shape in SHAPES.items():
            total = wrong = missed = mapped = 0
            for src in sources:
                path = Path(tmp) / "article.txt"
                path.write_text(shape(src.read_text(encoding="utf-8")), encoding="utf-8")
                given, spans = spans_of(path)
                for quote, a, b in spans:
                    total += 1
                    if a is None:
                        missed += quote in given
                        continue
                    mapped += 1
                    wrong += given[a:b] != quote
            print(f"{name:20} {total:6d} {wrong:6d} {missed:7d} {mapped / max(1, total):7.1%}")


if __name__ == "__main__":
    main()
