"""The liar: the capable answers with one systematic distortion each, tagged by type.

Each type is applied only where it makes a real distortion (a negation where
there is a predicate to negate, a unit change only after a number, a swap
only where two actors appear); an item a type cannot distort stays capable
and is not counted for it.  A fixture item may veto a type in ``no_distort``
where the change would still be true (swapping the two sides of a symmetric
"A and B met").  Choices are seeded per (article, type, item), so the liar
says the same lies on every run.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace

from summarizer._scripted.fixture import Fixture, Item
from summarizer._scripted.liar_actors import (
    _actors_swapped,
    _foreign_name,
    _stance_flipped,
    _topic_elsewhere,
    _wrong_speaker,
)
from summarizer._scripted.liar_wording import (
    _invented_quote,
    _negation,
    _number,
    _unit,
    _wrong_date,
)

SEED = 8
TYPES = (
    "negation",
    "number",
    "unit",
    "actors_swapped",
    "foreign_name",
    "wrong_speaker",
    "wrong_date",
    "invented_quote",
    "stance_flipped",
    "topic_elsewhere",
)
_CAPS = {"headline": 120, "abstract": 400}
Distortion = Callable[[Item, Fixture, Sequence[Fixture], random.Random], Item | None]


def distort(
    fixture: Fixture, kind: str, everything: Sequence[Fixture], *, part: str = "items"
) -> Fixture:
    """``fixture`` with ``kind`` applied to one ``part``: "headline", "abstract", or "items"
    (all the rest).  Headline and abstract are lied about alone: a dropped one takes the
    other, and the key points, with it, which would pass their lies off as caught."""
    fn = _DISTORTIONS[kind]
    out = []
    for item in fixture.items:
        lied = None
        mine = item.kind if item.kind in _CAPS else "items"
        if mine == part and kind not in item.no_distort:
            rng = random.Random(f"{SEED}:{fixture.slug}:{kind}:{item.index}")
            lied = fn(item, fixture, everything, rng)
        if lied is not None and _fits(lied):
            out.append(replace(lied, tag=kind))
        else:
            out.append(item)
    return fixture.with_items(out)


def _fits(item: Item) -> bool:
    return len(item.text) <= _CAPS.get(item.kind, 200) and len(item.topic) <= 80


_DISTORTIONS: dict[str, Distortion] = {
    "negation": _negation,
    "number": _number,
    "unit": _unit,
    "actors_swapped": _actors_swapped,
    "foreign_name": _foreign_name,
    "wrong_speaker": _wrong_speaker,
    "wrong_date": _wrong_date,
    "invented_quote": _invented_quote,
    "stance_flipped": _stance_flipped,
    "topic_elsewhere": _topic_elsewhere,
}
