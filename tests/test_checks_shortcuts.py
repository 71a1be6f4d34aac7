"""The checks' shortcuts (bench/bench_checks.py: their cost) skip only work that finds nothing.

Each quick test must be a necessary condition of what it skips: a name ending in no
actor's last word resolves to no one; a text without digits or number words states no
quantity; one without digits or date words has no date word.  Sentences come from the
seed article and dev-split gold articles only.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from summarizer._checks import numbers, textual
from summarizer._eval import split_of
from summarizer._extract.actors import FoundActor, find_actors
from summarizer._extract.actors import resolve as resolve_actor
from summarizer._pipeline import prepare
from summarizer._tasks.context import _may_end, name_ends
from summarizer._text.segment import Document

ROOT = Path(__file__).resolve().parent.parent
_RUNS = re.compile(r"(?:[A-Z][\w'’.-]*|U\.S\.)(?:\s+(?:[A-Z][\w'’.-]*))*")


@cache
def articles() -> list[tuple[Document, list[FoundActor]]]:
    paths = [ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"]
    for folder in sorted((ROOT / "eval" / "gold").iterdir()):
        if (folder / "article.txt").exists() and split_of(folder.name) == "dev":
            paths.append(folder / "article.txt")
    out = []
    for path in paths[:12]:
        doc = prepare(path)
        out.append((doc, find_actors(doc)))
    return out


def test_a_name_ending_in_no_actors_last_word_resolves_to_no_one() -> None:
    checked = skipped = 0
    for doc, found in articles():
        ends = name_ends(found)
        for s in doc.sentences:
            for m in _RUNS.finditer(s.text):
                words = m.group(0).split()
                for i in range(len(words)):
                    for j in range(i + 1, min(len(words), i + 4) + 1):
                        name = " ".join(words[i:j]).rstrip(".,")
                        checked += 1
                        if not _may_end(name, ends):
                            skipped += 1
                            assert resolve_actor(name, found) is None, name
    assert checked > 500 and skipped > checked // 4  # the shortcut is taken, and sound


def test_numberless_and_dateless_texts_are_skipped_soundly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    texts += ["a month earlier", "one-third of the budget", "Two-thirds", "2 p.m.", "in May"]
    numberless = [t for t in texts if numbers._numberless(t)]
    assert numberless and len(numberless) < len(texts)
    monkeypatch.setattr(numbers, "_numberless", lambda text: False)  # the full patterns
    full = numbers._sentence_quantities.__wrapped__  # uncached
    assert all(full(t) == () for t in numberless)
    assert full("a month earlier") and full("Two-thirds")
    dateless = [
        t
        for t in texts
        if not textual._DIGIT.search(t)
        and textual._DATE_FIRST.isdisjoint(textual._LETTERS.findall(t.lower()))
    ]
    assert dateless and not any(textual._DATEISH.search(t) for t in dateless)


def test_date_words_found_by_lookup_are_the_alternations_matches() -> None:
    """``_dateish`` reads each word once; it must find exactly what ``_DATEISH`` finds."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    texts += ["New Year's Eve", "new  year", "Jan5 Jan 5 _today today's MAY Mayday",
              "x2019 2019x 2019-2020 5-6 1999_", "on Tuesday, Dec. 4, 2018 at 10 a.m."]  # fmt: skip
    found = 0
    for t in texts:
        expected = [(m.start(), m.end()) for m in textual._DATEISH.finditer(t)]
        assert textual._dateish(t) == expected, t
        found += len(expected)
    assert found > 50


def test_a_date_word_with_its_neighbours_is_written_as_the_text_has_it() -> None:
    text = 'Earlier Wednesday, Putin said so on (Monday) last week, "Tuesday" too.'
    spans = {text[s:e]: (s, e) for s, e in textual._dateish(text)}
    assert textual._with_neighbours(text, *spans["Wednesday"]) == "Earlier Wednesday, Putin"
    assert textual._with_neighbours(text, *spans["Monday"]) == "Monday"
    assert textual._with_neighbours(text, *spans["week"]) == 'last week, "Tuesday'
    # A sentence cited as it is needs no date resolved: its date words are verbatim.
    assert textual.item_times(text, text, None) is None
