"""The four letters an IGNORECASE pattern takes for ASCII ones (İ ı ſ K): a word written
with them ("laſt week", "ſix", "thouſand") is matched as the ASCII word, so code reading
the match must read it as that word too.  It raised KeyError, and the whole article ended
in "internal error", from the date and number readers."""

from __future__ import annotations

import random
from datetime import date

import pytest

from summarizer import summarize
from summarizer._checks.numbers import quantities
from summarizer._exceptions import SummarizerError
from summarizer._extract.dates import find_time_expressions
from summarizer._text.casing import ascii_folded
from tests.support import ROOT, dev_gold

_FOLD = {"s": "\u017f", "S": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0131", "I": "\u0130"}
DAY = date(2020, 3, 4)


def _mutated(text: str, seed: int, share: float) -> str:
    rng = random.Random(seed)
    return "".join(_FOLD[c] if c in _FOLD and rng.random() < share else c for c in text)


def _texts() -> list[str]:
    """The seed and five dev articles (the longest: the most dates and numbers)."""
    dev = [folder / "article.txt" for folder in dev_gold()]
    paths = [ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"]
    paths += sorted(dev, key=lambda p: -p.stat().st_size)[:5]
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("share", [0.05, 0.3, 1.0])
def test_code_reads_an_article_written_with_folding_letters(share: float) -> None:
    for k, text in enumerate(_texts()):
        mutated = _mutated(text, k, share)
        assert mutated != text
        try:
            digest = summarize(mutated, published=DAY, backend="none", cache=False)
        except SummarizerError:  # a clear refusal is fine (all letters folded: not English)
            continue
        source = digest.source.text
        items = [*digest.claims, *digest.timeline]
        assert all(source[e.start : e.end] == e.quote for i in items for e in i.evidence)
        assert all(e.date_text in source for e in digest.timeline)  # as written, not folded


def test_folded_words_are_read_as_their_ascii_words() -> None:
    text = "Laſt week the ſecond fund raiſed two thouſand dollars, ſix percent more, in Auguſt."
    plain = ascii_folded(text)
    assert plain == text.replace("\u017f", "s")
    assert [(q.value, q.unit, q.start, q.end) for q in quantities(text)] == [
        (q.value, q.unit, q.start, q.end) for q in quantities(plain)
    ]
    got, want = find_time_expressions(text, DAY), find_time_expressions(plain, DAY)
    assert [(e.start, e.end, e.date, e.granularity) for e in got] == [
        (e.start, e.end, e.date, e.granularity) for e in want
    ]
    assert got and all(e.text == text[e.start : e.end] for e in got)
