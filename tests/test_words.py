"""Counting and reading a line's words without a list of them all reads what split() reads."""

from __future__ import annotations

import random

from summarizer._text import chrome_reader
from summarizer._text.headline import stop_counts, stop_share
from summarizer._text.words import iter_words, word_count

PIECES = ["a", "bb", "the", "Of", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "x.",
          "\x1c", "\x85", "it's", "12:30"]  # fmt: skip


def _texts(n: int = 3000) -> list[str]:
    r = random.Random(7)
    return ["".join(r.choice(PIECES) for _ in range(r.randrange(0, 60))) for _ in range(n)]


def test_word_count_is_on_the_same_side_of_its_bound_as_the_count() -> None:
    for k, text in enumerate(_texts()):
        most, n = k % 12, len(text.split())
        c = word_count(text, most)
        assert c == min(n, most + 1)
        for bound in range(most + 1):
            assert (c <= bound, c < bound, c == bound) == (n <= bound, n < bound, n == bound)


def test_iter_words_reads_the_words_of_split_whatever_the_stretch() -> None:
    for text in _texts():
        for chunk in (1, 2, 5, 1 << 16):
            assert list(iter_words(text, chunk)) == text.split()


def test_stop_counts_give_stop_share() -> None:
    for text in _texts():
        words, stops = stop_counts(text)
        assert words == len(text.split())
        assert stops / max(words, 1) == stop_share(text.split())


def test_more_tokens_reads_as_many_tokens() -> None:
    for k, text in enumerate(_texts()):
        most = k % 8
        assert chrome_reader._more_tokens(text, most) == (len(chrome_reader._tokens(text)) > most)
