"""summarizer._extract.actor_text.lower_words: the article's lowercase words, read by findall
a stretch at a time, are those a match at a time finds."""

from __future__ import annotations

import random

import pytest

from summarizer._extract import actor_text


@pytest.mark.parametrize("stretch", [1, 7, 2048])
def test_lowercase_words_read_a_stretch_at_a_time(
    stretch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The actor rules' set of lowercase words, read by findall in stretches cut at spaces,
    is the set a match at a time finds; a text with no space is read word by word."""
    monkeypatch.setattr(actor_text, "_STRETCH", stretch)
    r = random.Random(stretch)
    words = ["the", "Smith", "’s", "co-op", "x_y", "-ed", "\n", " ", "  ", "é", "abc", "'t", "."]
    for n in (0, 1, 5, 40, 400):
        text = "".join(r.choice(words) for _ in range(n))
        want = {m.group() for m in actor_text._R_LOWER_WORD.finditer(text)}
        assert actor_text.lower_words(text) == want, text
    no_space = "ab-cd.ef" * 50
    want = {m.group() for m in actor_text._R_LOWER_WORD.finditer(no_space)}
    assert actor_text.lower_words(no_space) == want
