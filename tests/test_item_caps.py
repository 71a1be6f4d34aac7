"""One digest holds at most ``Policy.items`` of each kind, the first in text order, and says
what was cut; a real article is under every cap, so its digest does not change."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from bench.bench_hostile import dates, said
from summarizer import summarize
from summarizer._backends.client import Policy
from summarizer._extract.dates import find_time_expressions
from summarizer._limits import ITEM_CAPS, ItemCaps
from summarizer._pipeline import find, prepare
from tests.support import ROOT

DAY = date(2020, 3, 4)
UNCAPPED = ItemCaps(claims=None, times=None, actors=None, figures=None)
SAID = said(20_000)  # about 440 "Officer John X said ..." clauses, each X different


def _digest(text: str, caps: ItemCaps) -> dict[str, Any]:
    out = summarize(text, published=DAY, backend="none", cache=False, policy=Policy(items=caps))
    data = out.model_dump(mode="json")
    for clock in ("latency_s", "timings_s"):
        data["meta"].pop(clock)
    return data


def test_an_item_heavy_input_keeps_the_cap_of_claims_and_actors_and_says_so() -> None:
    # Actors are cut where they are found, before speakers are read: a claim by an actor cut
    # has no speaker, so the claims' cap is set below the actors' here.
    caps = ItemCaps(claims=25, times=40, actors=40, figures=40)
    full, cut = _digest(SAID, UNCAPPED), _digest(SAID, caps)
    assert len(full["claims"]) > 300 and len(full["actors"]) > 300  # the shape is item-heavy
    assert len(cut["claims"]) == 25 and len(cut["actors"]) == 40
    warnings = cut["meta"]["warnings"]
    assert warnings[0] == (
        f"code found {len(full['actors']):,} actors; the digest keeps the first 40 (Policy.items)"
    )
    assert warnings[1].startswith("code found ")
    assert warnings[1].endswith(" claims; the digest keeps the first 25 (Policy.items)")
    assert len(warnings) == 2
    assert full["meta"]["warnings"] == []
    assert cut["actors"] == full["actors"][:40]  # the first ones, in text order
    assert cut["claims"] == full["claims"][:25]


def test_claims_are_the_first_in_text_order_and_the_same_items() -> None:
    doc = prepare(SAID)
    full, cut = find(doc, DAY, UNCAPPED), find(doc, DAY, replace(UNCAPPED, claims=25))
    assert len(full.claims) > 300
    assert cut.claims == full.claims[:25]
    assert cut.notes == [f"code found {len(full.claims):,} claims; the digest keeps the first "
                         "25 (Policy.items)"]  # fmt: skip


def test_the_default_caps_hold_on_a_said_shape() -> None:
    text = said(ITEM_CAPS.claims * 60)  # well past the default cap of claims and actors
    digest = _digest(text, ITEM_CAPS)
    assert ITEM_CAPS.claims is not None and ITEM_CAPS.actors is not None
    assert ITEM_CAPS.claims - 10 <= len(digest["claims"]) <= ITEM_CAPS.claims
    assert len(digest["actors"]) == ITEM_CAPS.actors
    assert digest["meta"]["warnings"][0].endswith(
        f" actors; the digest keeps the first {ITEM_CAPS.actors} (Policy.items)"
    )


def test_time_expressions_stop_at_the_cap_and_keep_the_first() -> None:
    text = dates(20_000)
    full = find_time_expressions(text, DAY, cap=None)
    notes: list[str] = []
    cut = find_time_expressions(text, DAY, cap=50, notes=notes)
    assert len(full) > 300
    assert cut == full[:50]
    assert notes == ["code found more than 50 time expressions; the digest keeps the first 50 "
                     "(Policy.items)"]  # fmt: skip
    exactly: list[str] = []
    assert find_time_expressions(text, DAY, cap=len(full), notes=exactly) == full
    assert exactly == []  # nothing cut, nothing said


def test_the_timeline_keeps_the_cap_of_events() -> None:
    digest = _digest(dates(20_000), replace(UNCAPPED, times=30))
    assert len(digest["timeline"]) == 30
    assert digest["meta"]["warnings"] == [
        "code found more than 30 time expressions; the digest keeps the first 30 (Policy.items)"
    ]


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.txt")), ids=lambda p: p.stem)
def test_a_real_articles_digest_does_not_change(path: Any) -> None:
    text = path.read_text(encoding="utf-8")
    assert _digest(text, ITEM_CAPS) == _digest(text, UNCAPPED)
    assert _digest(text, ITEM_CAPS)["meta"]["warnings"] == []


def test_other_caps_make_another_cache_key_and_the_default_the_same_one() -> None:
    from summarizer._cache import cache_key
    from summarizer._config import resolve_backend
    from summarizer._text.segment import segment

    backend, doc = resolve_backend(backend="none", env={}), segment(SAID)
    plain = cache_key(backend, doc, None, Policy())
    assert cache_key(backend, doc, None, Policy(items=ItemCaps())) == plain
    assert cache_key(backend, doc, None, Policy(items=ItemCaps(claims=10))) != plain
