"""Probe: which line of a text input becomes the article's title.

    python -m bench.probes.title_probe [--held-out] [--set 2|3]

Prints the wrong cases (tuning only) and "<wrong> of <cases>"; no asserts.  ``--set 2``
scores the second round's files (``title_cases2``, ``title_heldout2``: chrome above the
headline) instead of the first's; ``--set 3`` the third's (``title_cases3``,
``title_heldout3``: a page's top copied as text, with no headline under it or one).
Each case's story opens with a lead restating the expected headline (``story``); a case
expecting no title gets the bare ``BODY``.
"""

from __future__ import annotations

import sys

from bench.probes import title_cases, title_cases2, title_cases3, title_heldout2, title_heldout3
from summarizer._text.cleaning import clean

BODY = (
    "Flood waters rose across the valley on Tuesday, forcing hundreds of families from "
    "their homes, officials said.\n\n"
    '"We have never seen anything like this," said Mayor Jane Porter, who toured the area '
    "by boat.\n\n"
    "The river is expected to crest on Thursday, according to the National Weather Service.\n"
)


def story(headline: str | None) -> str:
    """``BODY`` under a lead that restates ``headline``, as a real story's lead does (a
    title sharing no word with its story is not taken: ``headline.tells_story``)."""
    return (f"{headline}, officials said on Monday.\n\n" if headline else "") + BODY


_SETS = {
    "1": (title_cases.TUNING, title_cases.HELD_OUT),
    "2": (title_cases2.TUNING, title_heldout2.HELD_OUT),
    "3": (title_cases3.TUNING, title_heldout3.HELD_OUT),
}


def main() -> None:
    held = "--held-out" in sys.argv
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "1"
    cases = _SETS[which][1 if held else 0]
    wrong = 0
    for lines, expected in cases:
        got = clean("\n".join(lines) + "\n\n" + story(expected)).title
        if got != expected:
            wrong += 1
            if not held:
                print(f"WRONG {lines} -> {got!r}")
    print(f"{'held-out' if held else 'tuning'}: {wrong} of {len(cases)} wrong")


if __name__ == "__main__":
    main()
