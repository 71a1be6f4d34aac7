"""Probe: short chrome lines around a story, and what of them the digest says.

    python -m bench.probes.leak_probe [--held-out] [--set 2|3|4|5]

Each case (``leak_cases``, ``leak_heldout``: see the latter's docstring) is a page's lines
around a shared story tail (``TAIL1``, ``TAIL2``), summarised with no model.  A case is
wrong when the title code chooses is not its headline, when any ``C:`` line is said
anywhere in the digest (headline, abstract, key points, timeline events...: the eval's
``leaked`` count), when a ``K:`` or ``D:`` line leaves the cleaned text, or when no timeline
event takes its date from a ``D:`` line.  ``--set N`` scores round N's files
(``leak_casesN``, ``leak_heldoutN``).  Prints the wrong tuning cases and "<wrong> of
<cases>"; no asserts.
"""

from __future__ import annotations

import os
import re
import sys

os.environ.setdefault("SUMMARIZER_BACKEND", "none")
os.environ.setdefault("SUMMARIZER_NER", "0")

from bench.probes import (
    leak_cases,
    leak_cases2,
    leak_cases3,
    leak_cases4,
    leak_cases5,
    leak_heldout,
    leak_heldout2,
    leak_heldout3,
    leak_heldout4,
    leak_heldout5,
)
from summarizer import summarize
from summarizer._eval import _said
from summarizer._text.cleaning import clean

TAIL1 = (
    "The decision followed months of debate, officials said.\n\n"
    '"We knew this day would come, and we are ready for it," said spokeswoman Ana Ruiz, '
    "who added that the details would be published online."
)
TAIL2 = (
    "A public meeting on the plan is scheduled for March 18, according to a statement.\n\n"
    "Residents can comment until the end of the month, Ruiz said."
)
PUBLISHED = "2024-03-05"
_SETS = {
    "1": (leak_cases.TUNING, leak_heldout.HELD_OUT),
    "2": (leak_cases2.TUNING, leak_heldout2.HELD_OUT),
    "3": (leak_cases3.TUNING, leak_heldout3.HELD_OUT),
    "4": (leak_cases4.TUNING, leak_heldout4.HELD_OUT),
    "5": (leak_cases5.TUNING, leak_heldout5.HELD_OUT),
}


def page(lines: list[str]) -> str:
    """The case's lines, one paragraph each, with the tail where it says (else after)."""
    out: list[str] = []
    for line in lines:
        out.append(
            {"BODY": TAIL1 + "\n\n" + TAIL2, "BODY1": TAIL1, "BODY2": TAIL2}.get(line, line[2:])
        )
    if not any(ln.startswith("BODY") for ln in lines):
        out.append(TAIL1 + "\n\n" + TAIL2)
    return "\n\n".join(out) + "\n"


def problems(lines: list[str], headline: str | None) -> list[str]:
    """What is wrong with one case: each a short tag and the line."""
    text = page(lines)
    doc = clean(text)
    out = [] if doc.title == headline else [f"title {doc.title!r}"]
    digest = summarize(text, published=PUBLISHED, backend="none", cache=False)
    blob = "\n".join(s.casefold() for s in _said(digest))
    kept = " ".join(doc.text.split())
    for line in lines:
        kind, body = line[:2], line[2:]
        if kind == "C:" and re.search(rf"(?<!\w){re.escape(body.casefold())}(?!\w)", blob):
            out.append(f"leaked {body!r}")
        elif kind in ("K:", "D:") and " ".join(body.split()) not in kept:
            out.append(f"dropped {body!r}")
        elif kind == "D:" and not any(
            e.date_text and e.date_text.casefold() in body.casefold() for e in digest.timeline
        ):
            out.append(f"undated {body!r}")
    return out


def main() -> None:
    held = "--held-out" in sys.argv
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "1"
    cases = _SETS[which][1 if held else 0]
    wrong = 0
    for lines, headline in cases:
        found = problems(lines, headline)
        if found:
            wrong += 1
            if not held:
                print(f"WRONG {headline!r}: " + "; ".join(found))
    print(f"{'held-out' if held else 'tuning'}: {wrong} of {len(cases)} wrong")


if __name__ == "__main__":
    main()
