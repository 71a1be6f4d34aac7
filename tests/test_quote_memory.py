"""The quotes stage's compact working forms (issue 12) equal the ones they replace: spans
held as columns of integers, the quotations' stretches merged into two arrays, the text
blanked a chunk of pieces at a time."""

from __future__ import annotations

import itertools
import random
from array import array

from bench.bench_hostile import quotes as quotes_shape
from summarizer._extract.actors import find_actors
from summarizer._extract.quote_spans import Span, SpanTable
from summarizer._extract.quote_text import blanked, disjoint
from summarizer._extract.quotes import find_quotes
from summarizer._text.segment import segment


def _spans(r: random.Random, n: int) -> list[Span]:
    out = []
    for _ in range(n):
        a = r.randint(0, 5000)
        b = a + r.randint(0, 40)
        out.append(
            Span(a, a + 1, b, b + r.randint(0, 3), r.random() < 0.5, r.randint(0, 9),
                 r.randint(-1, n), r.random() < 0.2)
        )  # fmt: skip
    return out


def _merged(stretches: list[tuple[int, int]]) -> list[list[int]]:
    """The merge ``quotes._Attribution`` ran before: sorted pairs, a list per stretch."""
    merged: list[list[int]] = []
    for a, b in sorted(stretches):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def _blanked(text: str, merged: list[list[int]]) -> str:
    pieces, at = [], 0
    for a, b in merged:
        pieces += [text[at:a], " " * (b - a)]
        at = b
    return "".join([*pieces, text[at:]])


def test_span_table_reads_back_each_span() -> None:
    r = random.Random(7)
    for n in (0, 1, 5, 300):
        spans = _spans(r, n)
        table = SpanTable(spans)
        assert len(table) == n and list(table) == spans and table[:] == spans
        assert [table[i] for i in range(-n, 0)] == spans


def test_disjoint_and_blanked_equal_the_lists_they_replace() -> None:
    r = random.Random(8)
    text = "".join(r.choice('ab “”"\n’é') for _ in range(6000))
    for n in (0, 1, 2, 30, 700, 2000):
        spans = _spans(r, n)
        if n % 2:  # sorted opens, as the pattern finds them
            spans.sort(key=lambda q: q.open)
        opens = array("q", (q.open for q in spans))
        closes = array("q", (q.close for q in spans))
        starts, ends = disjoint(opens, closes, array("q", itertools.accumulate(opens, max)))
        merged = _merged([(q.open, q.close) for q in spans])
        assert [list(p) for p in zip(starts, ends, strict=True)] == merged
        assert blanked(text, starts, ends) == _blanked(text, merged)


def test_quotes_of_the_hostile_shape_hold_their_text() -> None:
    doc = segment(quotes_shape(20_000))
    found = find_quotes(doc, find_actors(doc))
    assert len(found) > 300
    assert all(q.text == doc.text[q.start : q.end] for q in found)
    assert len({id(q.text) for q in found}) == len({q.text for q in found})  # one per words
