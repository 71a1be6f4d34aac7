"""Held-out leak cases, fifth round: other stories' headlines listed with their own date lines.

Written after round 4's rule, in one sitting, before ``leak_cases5`` and before any rule
of this round: a list of other stories (each a headline and a date or time line under
it) above the story or after it, whose headlines the chrome pass drops but whose date
lines a timeline could keep; guards are the page's own date line under its headline or
above it.  Only scored (``leak_probe --set 5 --held-out``).  Same format as
``leak_heldout``.
"""

from __future__ import annotations

HELD_OUT: list[tuple[list[str], str | None]] = [
    (
        ["C:Latest News", "C:Woman rescued from flooded car in Leeds", "C:February 27, 2024",
         "C:School closed after boiler failure", "C:February 26, 2024",
         "H:Rail fares to rise by 4.9%", "D:March 4, 2024",
         "K:Rail fares will rise by 4.9% in March, the government said on Monday."],
        "Rail fares to rise by 4.9%",
    ),
    (
        ["H:Dog walker finds rare fossil",
         "K:A dog walker found a rare fossil on the beach on Sunday, the museum said.",
         "BODY", "C:More from News", "C:Man jailed for string of burglaries",
         "C:Feb 28, 2024", "C:Plans for new supermarket approved", "C:Feb 27, 2024"],
        "Dog walker finds rare fossil",
    ),
    (
        ["C:Mayor opens new leisure centre", "C:1 March 2024",
         "C:Residents fight plan for 300 homes", "C:29 February 2024",
         "H:Police seize drugs worth £1m", "D:4 March 2024",
         "K:Police seized drugs worth £1m in a raid on a warehouse on Monday."],
        "Police seize drugs worth £1m",
    ),
    (
        ["C:Home", "D:Monday, March 4, 2024", "H:Town hall clock to be restored",
         "K:The town hall clock will be restored this year after the council found the "
         "money on Monday."],
        "Town hall clock to be restored",
    ),
    (
        ["H:Hospital appoints new chief",
         "K:The hospital appointed a new chief executive on Monday, the trust said.",
         "BODY", "C:Related stories", "C:Nurses strike over pay deal", "C:Mar 1, 2024",
         "C:A&E waits at record high", "C:Feb 29, 2024"],
        "Hospital appoints new chief",
    ),
]  # fmt: skip
