"""summarizer._text.line_masks: the lines a text's words say may hold a pattern's strings
include every line that does hold one, so searching them finds every match."""

from __future__ import annotations

import random
import re
from itertools import chain

import pytest

from summarizer._extract.actors import _line_bits
from summarizer._lang.en import ENGLISH
from summarizer._text import in_lines, line_masks
from summarizer._text.line_masks import LineMasks, PatternBits, by_lines
from tests.test_in_lines import _all_patterns, _found, _texts


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.splitlines(keepends=True):
        out.append((start, start + len(line)))
        start += len(line)
    return out


def _holding(masks: LineMasks, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The lines (each with its newline) of the windows of ``pattern``, each alone."""
    windows = masks.windows(pattern, 0)
    assert windows is not None
    return [(a, b) for a, b in _lines(masks.text) if any(s <= a < e for s, e in windows)]


@pytest.mark.parametrize(
    ("needle", "line", "kept"),
    [
        (" told ", "Smith told us", True),
        (" told ", "Smith toldx us", False),  # the run is bounded on both sides: the word
        (" said", "Smith saidx", True),  # bounded on one side only: a word holding it
        (" said", "Smith unsaid", True),
        ("said ", "unsaid it", True),
        ("said ", "sai dx it", False),
        ("Police", "xPolicex", True),  # bounded on no side: a word holding it
        ("Police", "Polic e", False),
        (", Inc", "Acme, Incorporated", True),
        ("’s disease", "Parkinson’s diseases", True),  # the longest run bounded before
        ("U.S.", "in the U.S.", True),
        ("UK", "the UKIP vote", True),  # two letters, not both lowercase: a word holding them
        ("UK", "Uk uk", False),
        ("abc", "x" * 30 + "abcx", True),  # a word too long to read letter by letter
    ],
)
def test_a_line_holding_a_string_by_its_words(needle: str, line: str, kept: bool) -> None:
    pattern = re.compile(re.escape(needle))
    masks = LineMasks(line, PatternBits.of([(pattern, [needle])]))
    assert bool(masks.windows(pattern, 0)) is kept


def test_a_string_without_a_usable_run_leaves_its_pattern_out() -> None:
    """ ", " or "’s" is in most lines: the pattern is searched whole, not by lines."""
    pattern = re.compile(r"\w+, \w+")
    bits = PatternBits.of([(pattern, [", "])])
    assert LineMasks("a, b", bits).windows(pattern, 0) is None


def _pool(r: random.Random) -> list[str]:
    strings = sorted({s for p in _line_bits(ENGLISH).kept for s in in_lines.needles(p)})
    parts = [s[r.randint(0, len(s) - 1) : r.randint(1, len(s))] for s in strings]
    return [*strings, *parts, "Smith", "x", "s", "’", "-", ".", " ", " ", "\n", "\n\n"]


@pytest.mark.parametrize(
    ("seed", "memo", "per_word"), [(0, None, 0), (1, None, 0), (2, 0, 1), (3, 0, 60)]
)
def test_every_line_holding_a_rules_string_is_searched(
    seed: int, memo: int | None, per_word: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The actor rules' strings, whole, cut short and run together: each line holding one of
    a pattern's strings is among its windows' lines.  Also with the words' bits kept from
    line to line (as in a long text), emptied often (``per_word`` 60) or not."""
    if memo is not None:
        monkeypatch.setattr(line_masks, "_MEMO", memo)
        monkeypatch.setattr(line_masks, "_PER_WORD", per_word)
    r = random.Random(seed)
    bits = _line_bits(ENGLISH)
    pool = _pool(r)
    assert len(bits.kept) >= 30
    held = 0
    for _ in range(40):
        text = "".join(r.choice(pool) for _ in range(r.randint(0, 120)))
        masks = LineMasks(text, bits)
        for pattern in bits.kept:
            strings = in_lines.needles(pattern)
            want = [(a, b) for a, b in _lines(text) if any(s in text[a:b] for s in strings)]
            got = _holding(masks, pattern)
            assert set(want) <= set(got), (pattern.pattern, text)
            held += len(want)
    assert held > 300


@pytest.mark.parametrize(("seed", "join"), [(5, 0), (6, in_lines.JOIN)])
def test_the_actor_patterns_find_the_same_matches_in_their_windows(seed: int, join: int) -> None:
    bits = _line_bits(ENGLISH)
    patterns = [p for p in _all_patterns() if id(p) in bits.bit]
    assert len(patterns) >= 30
    hits = 0
    for pattern in patterns:
        for text in _texts(pattern, seed):
            windows = LineMasks(text, bits).windows(pattern, join) or ()
            got = _found(chain.from_iterable(pattern.finditer(text, a, b) for a, b in windows))
            want = _found(pattern.finditer(text))
            assert got == want, (pattern.pattern, text)
            hits += len(want)
    assert hits > 100


def test_a_text_of_few_long_lines_is_not_read_by_lines() -> None:
    assert not by_lines("x" * 5000 + "\n" + "y" * 5000)
    assert by_lines("Smith said so.\n" * 300)
    assert by_lines("short")
