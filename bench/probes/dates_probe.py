"""Run the date probe: prints "<wrong> of <cases>" and each wrong case (no asserts).

Usage: python bench/probes/dates_probe.py
    [tune|tune2..8|tune10..12|tune14|tune17|tune19|held|held6..19|all]
(default: tune)
tune: the first tuning batch (written before any rule changed); tune2: the second, written
after the first round of rules (tense traps); tune3: after the second (months ahead,
years counted from a stated year, seasons); tune4: after the third ("5 June last year",
dotted dates, weekends); tune5: exploratory, each failing before its rule; tune6 and held6:
weekdays ahead in a schedule's shapes, written together before their rules; tune7 and held7
(held7 written first): a weekday's own clause against the tense around it; tune8 and held8
(held8 first): an event named with its date as a clause's subject; held9: weekdays ahead in a
deadline's and a schedule's shapes (no tuning half); tune10 and held10 (held10 first): a
past verb of reporting or preparing before a weekday still ahead; tune11 and held11
(held11 first): a notice's present tense; tune12 and held12 (held12 first): the tense read
after the weekday (the day inside its clause's subject, a fixture line); held13: a sports
season (no tuning half); tune14 and held14 (held14 first): a month alone in a reporting
period, after "for" or "throughout", naming an event; held15: "the same day" (no tuning
half); held16: "hit", "cut" after a singular subject; held and held6-16: held out, run only
for totals; tune17 and held17 (held17 first): "would" before a fixture the day owns, a
condition after the plan; held18: an act asked for ("urged fans to arrive early on Saturday");
tune19 and held19 (held19 first): weekdays across genres and regions ("on Tuesday week", "a
week on Friday", match reports the morning after, court dates, verbless schedule lines).

A case is right when an expression covering the key's first character carries the
expected ISO string exactly (as summarizer._eval scores a timeline date), or, when
nothing is expected, when no expression with a date covers the key.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dates_cases import CASES as TUNE
from dates_cases2 import CASES as TUNE2
from dates_cases3 import CASES as TUNE3
from dates_cases4 import CASES as TUNE4
from dates_cases5 import CASES as TUNE5
from dates_cases6 import CASES as TUNE6
from dates_cases7 import CASES as TUNE7
from dates_cases8 import CASES as TUNE8
from dates_cases10 import CASES as TUNE10
from dates_cases11 import CASES as TUNE11
from dates_cases12 import CASES as TUNE12
from dates_cases14 import CASES as TUNE14
from dates_cases17 import CASES as TUNE17
from dates_cases19 import CASES as TUNE19
from dates_heldout import CASES as HELD
from dates_heldout6 import CASES as HELD6
from dates_heldout7 import CASES as HELD7
from dates_heldout8 import CASES as HELD8
from dates_heldout9 import CASES as HELD9
from dates_heldout10 import CASES as HELD10
from dates_heldout11 import CASES as HELD11
from dates_heldout12 import CASES as HELD12
from dates_heldout13 import CASES as HELD13
from dates_heldout14 import CASES as HELD14
from dates_heldout15 import CASES as HELD15
from dates_heldout16 import CASES as HELD16
from dates_heldout17 import CASES as HELD17
from dates_heldout18 import CASES as HELD18
from dates_heldout19 import CASES as HELD19

from summarizer._extract.dates import find_time_expressions


def main(which: str) -> None:
    cases = {
        "tune": TUNE,
        "tune2": TUNE2,
        "tune3": TUNE3,
        "tune4": TUNE4,
        "tune5": TUNE5,
        "tune6": TUNE6,
        "tune7": TUNE7,
        "tune8": TUNE8,
        "tune10": TUNE10,
        "tune11": TUNE11,
        "tune12": TUNE12,
        "tune14": TUNE14,
        "tune17": TUNE17,
        "tune19": TUNE19,
        "held": HELD,
        "held6": HELD6,
        "held7": HELD7,
        "held8": HELD8,
        "held9": HELD9,
        "held10": HELD10,
        "held11": HELD11,
        "held12": HELD12,
        "held13": HELD13,
        "held14": HELD14,
        "held15": HELD15,
        "held16": HELD16,
        "held17": HELD17,
        "held18": HELD18,
        "held19": HELD19,
        "all": TUNE
        + TUNE2
        + TUNE3
        + TUNE4
        + TUNE5
        + TUNE6
        + TUNE7
        + TUNE8
        + TUNE10
        + TUNE11
        + TUNE12
        + TUNE14
        + TUNE17
        + HELD
        + HELD6
        + HELD7
        + HELD8
        + HELD9
        + HELD10
        + HELD11
        + HELD12
        + HELD13
        + HELD14
        + HELD15
        + HELD16
        + HELD17
        + HELD18,
    }[which]
    wrong = 0
    for text, published, key, want in cases:
        at = text.index(key)
        found = find_time_expressions(text, published)
        got = next((e.date for e in found if e.start <= at < e.end and e.date), None)
        ok = got in want if isinstance(want, frozenset) else got == want
        if not ok:
            wrong += 1
            seen = [(e.text, e.date) for e in found]
            print(f"WRONG {text!r} [{published}] key={key!r} want={want} got={got} all={seen}")
    print(f"{wrong} of {len(cases)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tune")
