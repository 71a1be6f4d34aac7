"""The checks' faster forms answer as the plainer code they replaced: ``fold`` skips the mark
replacements on ASCII text, ``bag`` looks stopwords up in its stems table, ``item_times``
builds its expressions field by field (no ``dataclasses.replace``)."""

from __future__ import annotations

import dataclasses
import random

from summarizer._checks import textual
from summarizer._extract.dates import TimeExpression
from summarizer._lang import words
from summarizer._lang.en import ENGLISH
from tests.test_checks_shortcuts import articles, regex_bag


def _fold_before(text: str) -> str:
    """``textual.fold`` as it was: every mark replaced, ASCII or not."""
    for mark, plain in textual._FOLD:
        text = text.replace(mark, plain)
    return " ".join(text.casefold().replace("...", "…").split())


def _texts(seed: int, n: int) -> list[str]:
    chars = [*"abcXYZ019 .,'\"-\t\n", "...", "…", "“", "”", "„", "‘", "’", "–", "—", "é", "ß",
             "\u017f", "İ", "the ", "Don't ", "it's "]  # fmt: skip
    rng = random.Random(seed)
    return ["".join(rng.choice(chars) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_fold_skips_no_mark_a_text_holds() -> None:
    texts = [s.text for doc, _ in articles() for s in doc.sentences] + _texts(3, 5000)
    assert sum(t.isascii() for t in texts) > 300 and sum(not t.isascii() for t in texts) > 1000
    assert all(textual.fold(t) == _fold_before(t) for t in texts)


def test_bag_drops_stopwords_as_before_also_after_its_stems_table_is_emptied() -> None:
    """Stopwords live in the stems table (as None): emptying the table at its bound must put
    them back, or a stopword would count as a content word."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences[:40]] + _texts(4, 2000)
    assert all(words.bag.__wrapped__(t) == regex_bag(t) for t in texts)
    stems = words._STEMS[ENGLISH]
    stems.update((f"filler{i}", None) for i in range(65537 - len(stems) + 1))
    said = "The minister said that they would not be there."
    assert words.bag.__wrapped__(said) == regex_bag(said) == {"ministe"}
    assert len(stems) < 1000  # emptied, stopwords put back
    assert all(words.bag.__wrapped__(t) == regex_bag(t) for t in texts)


def test_an_item_expression_is_the_cited_one_moved_to_the_item() -> None:
    """``item_times`` passes TimeExpression's fields by position: their order must hold."""
    names = [f.name for f in dataclasses.fields(TimeExpression)]
    assert names == ["text", "start", "end", "date", "granularity", "anchor"]
    cited = "Putin spoke on Wednesday, April 12, 2017."
    times = [TimeExpression("on Wednesday", 12, 24, "2017-04-12", "day", None)]
    got = textual.item_times("They met on Wednesday in Moscow.", "x", None, times)
    assert got == [dataclasses.replace(times[0], text="on Wednesday", start=9, end=21)]
    assert textual.item_times("They met on Wednesday.", cited, None, times) is None


def test_an_articles_own_stems_table_gives_the_bag_read_anew() -> None:
    """The extractive summary's table (one per article, emptied past its bound) reads each
    text's words as ``fresh_bag`` does, emptied or not."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences[:40]] + _texts(6, 2000)
    stems = words.Stems(ENGLISH)
    assert all(stems.bag(t, 50) == regex_bag(t) for t in texts)
    assert all(len(w) <= words._KEPT_WORD for w in stems)
