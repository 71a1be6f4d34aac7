"""Probe: which line of a text input becomes the article's title.

    python -m bench.probes.title_probe [--held-out]

Prints the wrong cases (tuning only) and "<wrong> of <cases>"; no asserts.
"""

from __future__ import annotations

import sys

from bench.probes.title_cases import HELD_OUT, TUNING
from summarizer._text.cleaning import clean

BODY = (
    "Flood waters rose across the valley on Tuesday, forcing hundreds of families from "
    "their homes, officials said.\n\n"
    '"We have never seen anything like this," said Mayor Jane Porter, who toured the area '
    "by boat.\n\n"
    "The river is expected to crest on Thursday, according to the National Weather Service.\n"
)


def main() -> None:
    held = "--held-out" in sys.argv
    cases = HELD_OUT if held else TUNING
    wrong = 0
    for lines, expected in cases:
        got = clean("\n".join(lines) + "\n\n" + BODY).title
        if got != expected:
            wrong += 1
            if not held:
                print(f"WRONG {lines} -> {got!r}")
    print(f"{'held-out' if held else 'tuning'}: {wrong} of {len(cases)} wrong")


if __name__ == "__main__":
    main()
