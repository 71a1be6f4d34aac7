"""Quote attribution probe (issue 9): each case is a short article, a quote's opening words
and the speaker expected (None: nobody). Scored as the eval scores a gold quote: some claim
candidate overlapping the quote names the speaker (same name or same last word); a None case
is right when no candidate overlapping the quote names anyone.

Run: ``.venv/bin/python bench/probes/speakers_probe.py [tuning|heldout][2-15]`` (round
one to fifteen; rounds 9 and 13 held out only); prints "<wrong> of <cases>" and the wrong cases. No
asserts: a probe measures, tests guard.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from summarizer._eval import _same
from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.quotes import find_quotes
from summarizer._text.segment import segment

Case = tuple[str, str, str | None]
_FILES = {  # round one, then round two written after round one's fixes
    "tuning": "speakers_cases",
    "heldout": "speakers_heldout",
    "tuning2": "speakers_cases2",
    "heldout2": "speakers_heldout2",
    "tuning3": "speakers_cases3",
    "heldout3": "speakers_heldout3",
    "tuning4": "speakers_cases4",
    "heldout4": "speakers_heldout4",
    "tuning5": "speakers_cases5",
    "heldout5": "speakers_heldout5",
    "tuning6": "speakers_cases6",
    "heldout6": "speakers_heldout6",
    "tuning7": "speakers_cases7",
    "heldout7": "speakers_heldout7",
    "tuning8": "speakers_cases8",
    "heldout8": "speakers_heldout8",
    "heldout9": "speakers_heldout9",
    "tuning9": "speakers_cases9",
    "heldout10": "speakers_heldout10",
    "tuning10": "speakers_cases10",
    "heldout11": "speakers_heldout11",
    "tuning11": "speakers_cases11",
    "heldout12": "speakers_heldout12",
    "tuning12": "speakers_cases12",
    "heldout13": "speakers_heldout13",  # held out only: no rule followed it
    "heldout14": "speakers_heldout14",
    "tuning14": "speakers_cases14",
    "heldout15": "speakers_heldout15",
    "tuning15": "speakers_cases15",
}
LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


def speakers(text: str, start: str) -> list[str] | None:
    """The speakers claim candidates give the quote opening with ``start`` (None: no quote)."""
    doc = segment(LEAD + text)
    actors = find_actors(doc)
    quotes = find_quotes(doc, actors)
    at = doc.text.find(start)
    hit = [q for q in quotes if q.start <= at < q.end]
    if not hit:
        return None
    a, b = hit[0].start, hit[0].end
    cands = find_candidates(doc, actors, quotes)
    return [c.speaker or "" for c in cands if any(ev.start < b and a < ev.end for ev in c.evidence)]


def wrong(cases: list[Case]) -> list[tuple[Case, list[str] | None]]:
    out = []
    for case in cases:
        text, start, want = case
        got = speakers(text, start)
        if want is None:
            ok = not got or not any(got)
        else:
            ok = bool(got) and any(g and _same(g, want) for g in got or [])
        if not ok:
            out.append((case, got))
    return out


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "tuning"
    CASES = importlib.import_module(_FILES[which]).CASES
    bad = wrong(CASES)
    for (text, start, want), got in bad:
        print(f"WRONG want={want!r} got={got!r} quote={start!r}\n    {text[:160]!r}")
    print(f"{len(bad)} of {len(CASES)}")


if __name__ == "__main__":
    main()
