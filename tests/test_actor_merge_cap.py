"""actor_merge.merge builds only the actors kept under the cap: the same first ones, in the
same order, as building every actor and cutting the list, and the note counts them all."""

from __future__ import annotations

import pytest

from bench.bench_hostile import said
from summarizer._eval import split_of
from summarizer._extract.actors import find_actors
from summarizer._limits import cut_note
from summarizer._text.cleaning import clean
from summarizer._text.segment import Document, segment
from tests.support import ROOT


def _doc(text: str) -> Document:
    cleaned = clean(text)
    return segment(cleaned.text, cleaned.title)


def _texts() -> list[str]:
    seed = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    gold = sorted((ROOT / "eval" / "gold").glob("*/article.txt"))
    dev = [p for p in gold if split_of(p.parent.name) == "dev"][:8]  # dev only: read by rules
    return seed + [p.read_text(encoding="utf-8") for p in dev]


@pytest.mark.parametrize("text", [*_texts(), said(12_000)])
def test_a_capped_list_is_the_uncapped_lists_prefix_and_the_note_counts_all(text: str) -> None:
    doc = _doc(text)
    every = find_actors(doc, None)
    assert every, "each input names some actor"
    firsts = [a.mentions[0].start for a in every]
    assert firsts == sorted(firsts)  # by first mention
    for cap in sorted({0, 1, len(every) // 2, len(every) - 1, len(every), len(every) + 5}):
        notes: list[str] = []
        kept = find_actors(doc, cap, notes)
        assert kept == every[:cap]
        cut = [n for n in notes if " actors;" in n]
        if cap < len(every):
            assert cut == [cut_note("actors", cap, len(every))]
        else:
            assert cut == []
