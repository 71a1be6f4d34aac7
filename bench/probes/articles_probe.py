"""Probe: whole articles written for the purpose, run end to end with no model.

    python -m bench.probes.articles_probe

Seven articles (bench/probes/articles/: earnings, court, match report, council,
Reuters-style international, EU tech fine, obituary), each with what a careful reader
expects of code's findings: the title, actors that must be found (by the eval's matching)
and strings no actor may be, figures that must not be listed, dates that events must
carry. All of them were read while writing rules (tuning only): they keep what was
fixed fixed, and list what is still wrong. Prints each wrong expectation and
"<wrong> of <expectations>"; no asserts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer import summarize
from summarizer._eval import _same

HERE = Path(__file__).parent / "articles"

EXPECT: dict[str, dict[str, Any]] = {
    "earnings": {
        "published": "2025-03-06",
        "title": "Northwind Foods profit falls 12% as shoppers trade down, shares slide",
        "actors": ["Northwind Foods", "Daniel Okafor", "Laura Chen", "Tom Reilly", "Morgan Stanley",
                   "United Food and Commercial Workers"],
        "not_actors": ["billion analysts", "Executive Daniel Okafor", "Workers"],
        "not_figures": ["500", "a year"],
    },
    "court": {
        "published": "2024-11-14",
        "title": "Former county treasurer sentenced to 6 years for embezzling $2.3 million",
        "actors": ["Iain Johnston", "Kevin Marsh", "Rebecca Sloan", "Mark Delgado",
                   "Joe Chiarelli"],
        "not_actors": ["Las Vegas"],
        "abstract_starts": "A former Winnebago County treasurer",
    },
    "sports": {
        "published": "2025-02-09",
        "title": "Late Okafor header sends Riverside City into cup semifinal",
        "actors": ["Chidi Okafor", "Liam Foster", "Danny Webb", "Sam Ellis", "Jack Price",
                   "Paul Henderson", "Gary Mills", "Riverside City", "Kingsbridge Town"],
        "no_people": ["Harbour United", "Kingsbridge Town"],
        "not_actors": ["FA"],
    },
    "council": {
        "published": "2025-06-10",
        "title": "City council approves $48M budget, raises parking fees",
        "actors": ["Ellen Brooks", "Ray Dominguez", "Alicia Park", "Sandra Kim", "Tom Whitfield"],
        "not_actors": ["Manager Tom Whitfield"],
    },
    "intl": {
        "published": "2024-10-21",
        "title": "Tokyo and Seoul agree to resume security talks after five-year pause",
        "actors": ["Takeshi Iwaya", "Cho Tae-yul", "Yoon Suk Yeol", "Kim Jong Un", "Japan",
                   "South Korea", "North Korea", "Nippon Steel"],
        "not_actors": ["SEOUL"],
        "dates": {"in December": "2024-12"},
    },
    "tech": {
        "published": "2024-11-14",
        "title": "EU fines Meta €798 million over Facebook Marketplace",
        "actors": ["Margrethe Vestager", "European Commission", "Meta Platforms", "Adevinta",
                   "eBay"],
        "no_people": ["Meta Platforms", "Facebook Marketplace"],
    },
    "obit": {
        "published": "2024-11-25",
        "title": "Margaret Ellison, trailblazing state senator, dies at 88",
        "actors": ["Margaret Ellison", "Anne Ellison-Marsh", "Phil Scott", "Peter Shumlin"],
        "no_people": ["Vermont Senate"],
        "no_speakerless_claims": True,
    },
}  # fmt: skip


def check(name: str, want: dict[str, Any]) -> list[str]:
    d = summarize(HERE / f"{name}.txt", published=want["published"], cache=False, backend="none")
    names = [n for a in d.actors for n in (a.name, *a.aliases)]
    people = {a.name for a in d.actors if a.type == "person"}
    wrong = []
    if d.summary.headline != want["title"]:
        wrong.append(f"title {d.summary.headline!r}")
    wrong += [f"missed {a!r}" for a in want["actors"] if not any(_same(n, a) for n in names)]
    wrong += [f"actor {a!r}" for a in want.get("not_actors", []) if a in {x.name for x in d.actors}]
    wrong += [f"person {a!r}" for a in want.get("no_people", []) if a in people]
    figures = {f.text for f in d.figures}
    wrong += [f"figure {f!r}" for f in want.get("not_figures", []) if f in figures]
    if (start := want.get("abstract_starts")) and not d.summary.abstract.startswith(start):
        wrong.append(f"abstract {d.summary.abstract[:40]!r}")
    for text, iso in want.get("dates", {}).items():
        if not any(e.date_text == text and e.date == iso for e in d.timeline):
            wrong.append(f"date {text!r} not {iso}")
    if want.get("no_speakerless_claims") and any(c.speaker is None for c in d.claims):
        wrong.append("a claim without a speaker")
    return wrong


def main() -> None:
    total = wrong = 0
    for name, want in EXPECT.items():
        n = (
            1
            + len(want["actors"])
            + sum(len(want.get(k, ())) for k in ("not_actors", "no_people", "not_figures", "dates"))
        )
        n += bool(want.get("abstract_starts")) + bool(want.get("no_speakerless_claims"))
        bad = check(name, want)
        total, wrong = total + n, wrong + len(bad)
        for b in bad:
            print(f"WRONG {name}: {b}")
    print(f"articles: {wrong} of {total} expectations wrong")


if __name__ == "__main__":
    main()
