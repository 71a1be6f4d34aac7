"""Chrome probe: each case line placed at the top, middle and end of real-shaped articles.

Cases: ``C<TAB>line`` is chrome that must leave the cleaned text; ``K<TAB>line`` is a story
sentence that looks like chrome and must stay.  `` || `` splits a case into several lines
(a block, e.g. a heading and its list of other stories).  A chrome case is wrong when any
of its lines survives cleaning in any position, a guard when it is dropped in any position.
The story around each case is bench/probes/chrome_base.txt (written for the probe) and
one dev article of the gold set.

Files, in the order they were written: chrome_tune.txt (rules were written against it) and
chrome_heldout.txt (every third case of the same list, run before and after the first
fix); chrome_heldout2.txt, then chrome_heldout3.txt, each written before the next round of
fixes and run once on the committed code before being read.  Page-top stamps with a date
("Published 9:02 AM ET, Wed September 4, 2024") stay by design (the page's clock) and are
counted as leaked here.

    .venv/bin/python bench/probes/chrome_probe.py bench/probes/chrome_tune.txt
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SUMMARIZER_BACKEND", "none")

from summarizer._text.cleaning import clean

_HERE = Path(__file__).parent


def _bases() -> list[str]:
    dev = Path("eval/gold/voa-fifa-indictments-reaction/article.txt")
    own = (_HERE / "chrome_base.txt").read_text(encoding="utf-8").strip()
    return [own] + ([dev.read_text(encoding="utf-8")] if dev.exists() else [])


def _placed(body: str, block: str, guard: bool) -> list[str]:
    """Chrome at the page's top, middle and end; a guard (a story sentence) right after the
    story's first paragraph of prose (above the headline no story sentence stands), in the
    middle and at the end."""
    paras = body.split("\n\n")
    mid = len(paras) // 2
    first = next(i for i, p in enumerate(paras) if p.rstrip().endswith((".", '"', "”")))
    lead = first + 1 if guard else 0
    return [
        "\n\n".join([*paras[:lead], block, *paras[lead:]]),
        "\n\n".join(paras[:mid]) + "\n\n" + block + "\n\n" + "\n\n".join(paras[mid:]),
        body + "\n\n" + block,
    ]


def main(path: str) -> None:
    cases = [ln.split("\t", 1) for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln]
    wrong: list[str] = []
    bases = _bases()
    for kind, text in cases:
        parts = [p.strip() for p in text.split(" || ")]
        block = "\n".join(parts)
        where = []
        for b, body in enumerate(bases):
            for pos, page in zip(
                ("top", "mid", "end"), _placed(body, block, kind == "K"), strict=True
            ):
                kept = clean(page).text
                survived = [p for p in parts if p in kept]
                if (kind == "C" and survived) or (kind == "K" and not survived):
                    where.append(f"{pos}{b}")
        if where:
            wrong.append(f"  {'LEAKED' if kind == 'C' else 'DROPPED'} [{' '.join(where)}] {text}")
    chrome = sum(k == "C" for k, _ in cases)
    leaked = sum(w.startswith("  LEAKED") for w in wrong)
    print(
        f"{len(wrong)} of {len(cases)}  (leaked {leaked} of {chrome} chrome, "
        f"dropped {len(wrong) - leaked} of {len(cases) - chrome} guards)"
    )
    print("\n".join(wrong))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/probes/chrome_tune.txt")
