"""The roles check's per-item shortcuts decide as the work they skip would have.

``label_swap._swap_in_few`` reads who holds what in a few cited sentences before the
item's labels, and reads the item's labels only if the words it writes allow a swap: held
to the label swap reading everything, over paraphrase-like items (names swapped, words
dropped or replaced) from the seed and dev articles, and over random strings.
"""

from __future__ import annotations

import random

from summarizer._checks import label_swap, names, role_labels
from tests.test_checks_shortcuts import (
    _label_swap_reading_everything,
    _resolver,
    articles,
    swapped,
)

_WORDS = ["accused", "met", "said", "held", "by", "in", "the", "with", "envoy", "told", "and"]


def _reworded(text: str, rng: random.Random) -> list[str]:
    """``text`` with some of its words dropped, and with some replaced by others: an
    item sharing only part of its cited text's words, as a paraphrase does."""
    words = text.split()
    dropped = [w for w in words if rng.random() > 0.3]
    replaced = [rng.choice(_WORDS) if rng.random() < 0.2 else w for w in words]
    return [" ".join(dropped), " ".join(replaced)]


def test_label_swaps_against_a_few_sentences_are_the_full_readings() -> None:
    """Each sentence, as written, with two names swapped, and reworded, against itself,
    against it with its neighbours (a few sentences) and against its paragraph."""
    rng = random.Random(12)
    checked = swaps = gated = 0
    for doc, found in articles():
        resolve = names._resolver(_resolver(found))
        sentences = doc.sentences
        for i, s in enumerate(sentences):
            items = swapped(s.text, role_labels._names(s.text, resolve, True), 2)
            items += [w for item in items for w in _reworded(item, rng)]
            near = " ".join(x.text for x in sentences[max(0, i - 1) : i + 2])
            paragraph = " ".join(x.text for x in sentences if x.paragraph == s.paragraph)
            for item in items:
                for cited in (s.text, near, paragraph):
                    want = _label_swap_reading_everything(item, cited, resolve)
                    for few in (True, False):
                        got = label_swap._label_swap(item, cited, resolve, few)
                        assert got == want, (item, cited, few)
                    checked += 1
                    swaps += want is not None
                    parts = [p for _, p in names.pieces(cited)]
                    if len(parts) <= label_swap._FEW:
                        theirs = {
                            w: set(h)
                            for p in parts
                            for w, h in role_labels._sentence_labels(p, resolve, False).items()
                        }
                        gated += not label_swap._may_swap(item, theirs)
    assert checked > 3000 and swaps > 100 and gated > 1000, (checked, swaps, gated)


def test_every_label_is_written_in_its_sentence() -> None:
    """What ``_may_swap`` (and ``_label_swap``'s sentence filter) reads a label's word by: its
    stem is in the lower-cased sentence, or one of the irregular forms it comes from is."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    pieces = ["The ", "a ", "was ", "by ", "said ", "held ", "met ", "X ", "Y's ", "’s ",
              "in ", "and ", ", ", ". ", "Said ", "HELD ", "İstanbul ", "Öl ", "ǅemal ", "Σ ",
              "ΣΑΣ ", "accused ", "Moscow ", "re-elect ", "thought ", "became ", "Becoming ",
              "'"]  # fmt: skip
    rng = random.Random(6)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 30))) for _ in range(3000)]
    resolve = names._resolver(lambda name: name if name in ("X", "Y", "Moscow") else None)
    labelled = 0
    for doc, found in articles():
        many = names._resolver(_resolver(found))
        for s in doc.sentences:
            labelled += _all_written(s.text, many)
    for t in texts:
        if "Σ" not in t:  # lower-cased by its neighbours: ``_may_swap`` reads no such item
            labelled += _all_written(t, resolve)
    assert labelled > 2000, labelled


def _all_written(text: str, resolve: role_labels.Resolve) -> int:
    lower = text.lower()
    count = 0
    for initial in (False, True):
        for held in role_labels.labels(text, resolve, initial).values():
            for stem, _side in held:
                sources = role_labels._SOURCES.get(stem, ())
                assert stem in lower or any(c in lower for c in sources), (text, stem)
                count += 1
    return count
