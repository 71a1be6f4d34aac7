"""Probe: sentence ends in common news shapes (abbreviations, initials, times, quotes).

    python -m bench.probes.segment_probe [--held-out]

Prints the wrong cases and "<wrong> of <cases>"; no asserts (a probe, not a test).
"""

from __future__ import annotations

import sys

from bench.probes.segment_cases import HELD_OUT, TUNING
from summarizer._text.segment import segment


def main() -> None:
    held = "--held-out" in sys.argv
    cases = HELD_OUT if held else TUNING
    wrong = 0
    for text, expected in cases:
        got = [s.text for s in segment(text).sentences]
        if len(got) != expected:
            wrong += 1
            if not held:
                print(f"WRONG want {expected}: {got}")
    print(f"{'held-out' if held else 'tuning'}: {wrong} of {len(cases)} wrong")


if __name__ == "__main__":
    main()
