"""actor_merge._forms_in finds what the trie pattern it replaces found, without compiling it."""

from __future__ import annotations

import random
import re

from summarizer._extract.actor_merge import _forms_in
from summarizer._lang import trie

FORMS = ["Trump", "Donald Trump", "U.S.", "United States", "al-Assad", "Assad", "Xi", "Xi Jinping"]
WORDS = [*FORMS, "Donald", "said", "U.S", "States", "_x", "Trumps", "é", "-", ".", ",", "\n"]


def _by_pattern(text: str, forms: list[str]) -> list[tuple[int, int, str]]:
    pattern = re.compile(rf"(?<!\w)(?:{trie(forms)})(?!\w)")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_same_mentions_as_the_trie_pattern_on_random_texts() -> None:
    r = random.Random(7)
    for _ in range(300):
        text = "".join(r.choice(WORDS) + r.choice(["", " ", " "]) for _ in range(40))
        for forms in (FORMS, [*FORMS, "(AP)"], ["Trump"]):  # a form opening with a mark
            assert _forms_in(text, forms) == _by_pattern(text, forms)


def test_the_longest_form_wins_and_mentions_do_not_overlap() -> None:
    text = "Donald Trump met Xi Jinping; Trump and Xi, and U.S.-based United States."
    assert [f for _, _, f in _forms_in(text, FORMS)] == [
        "Donald Trump", "Xi Jinping", "Trump", "Xi", "U.S.", "United States",
    ]  # fmt: skip


def test_an_acronym_beside_capitals_as_the_pattern_said() -> None:
    from summarizer._extract.actor_candidates import beside_capitals

    r = random.Random(11)
    pieces = ["FBI", "US", "U", "S", " ", "-", "/", "x", "é", "AB", "_", "FBIS", "9"]
    for _ in range(3000):
        near = "".join(r.choice(pieces) for _ in range(r.randint(1, 9)))
        for word in ("FBI", "US", "AB"):
            pattern = rf"[A-Z]{{2,}}[ \-/]+{word}\b|\b{word}[ \-/]+[A-Z]{{2,}}"
            assert beside_capitals(near, word) == bool(re.search(pattern, near)), (near, word)


def test_many_first_runs_are_looked_up_word_by_word_with_the_same_mentions() -> None:
    """Over _FEW_RUNS distinct first words, every word run is looked up instead of each run
    found with str.find: both ways find the trie pattern's mentions."""
    r = random.Random(11)
    many = [*FORMS, *(f"Name{i} Kaloren" for i in range(60)), *(f"Solo{i}" for i in range(5))]
    words = [*WORDS, *many[:20], "Name3", "Kaloren", "Name7Kaloren"]
    for _ in range(200):
        text = "".join(r.choice(words) + r.choice(["", " ", " "]) for _ in range(40))
        assert _forms_in(text, many) == _by_pattern(text, many)
