"""The roles step's quick tests skip only work that finds nothing (bench/README.md).

``_may_bind`` must hold wherever ``_BOUND`` matches; a run that is one of ``_NAMELESS``
resolves to no mention whatever the resolver answers; ``_label`` is the stem and side it
caches.  Checked at every position of the seed's and dev articles' sentences and of
random strings of words, marks, spaces of every kind and letters outside ASCII.
"""

from __future__ import annotations

import random

from summarizer._checks import names, role_labels, roles
from tests.test_checks_shortcuts import articles

_PIECES = ["the ", "his ", "its ", "re-elect ", "challenger, ", "Obama ", "U.S. ", "Mr. ", " ",
           "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "(", '"', "said ", "abc", "-", ",",
           "x", "É", "é ", "ß", "1 ", "accused ", "by "]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    return texts + [
        "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 24))) for _ in range(count)
    ]


def test_may_bind_holds_wherever_bound_matches() -> None:
    matched = skipped = 0
    for text in _texts(11, 6000):
        for at in range(len(text) + 1):
            found = roles._BOUND.search(text, max(0, at - 30), at) is not None
            may = roles._may_bind(text, at)
            assert may or not found, (text, at)
            matched += found
            skipped += not may
    assert matched > 1000 and skipped > 1000, (matched, skipped)


def test_a_nameless_run_has_no_mention_whoever_it_may_resolve_to() -> None:
    def everyone(name: str) -> str | None:
        return "Someone"

    assert names._NAMELESS
    for word in names._NAMELESS:
        assert names._run_mentions.__wrapped__(word, everyone) == (), word
    assert names._run_mentions.__wrapped__("Obama", everyone) != ()


def test_label_is_the_stem_and_side_it_caches() -> None:
    words = {w for text in _texts(12, 0) for w in text.split()}
    assert len(words) > 1000
    for word in words:
        for side in "APO":
            want = role_labels._side(role_labels._stem(word), side)
            assert role_labels._label(word, side) == want
