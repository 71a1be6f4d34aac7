"""summarizer._text.in_lines: a pattern that cannot read a newline, searched only in the lines
holding one of its required strings, finds what its own ``finditer`` finds over the whole
text: the same spans, the same groups, in the same order."""

from __future__ import annotations

import importlib
import random
import re

import pytest

from summarizer._text import in_lines
from summarizer._text.literals import required
from tests.test_literals import _patterns

_MORE = ("actor_boards", "actor_lists", "actor_outlets", "actor_places")


def _all_patterns() -> list[re.Pattern[str]]:
    """Every pattern of the actor rules (those ``test_literals`` lists, and the rest)."""
    out = _patterns()
    for name in _MORE:
        module = importlib.import_module(f"summarizer._extract.{name}")
        out += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return list({id(p): p for p in out}.values())


@pytest.mark.parametrize(
    ("source", "one_line"),
    [
        (r"[A-Z]\w+ and (?:its|their) [a-z]", True),
        (r"[A-Z]\w+(?= said\b)", True),
        (r"[A-Z]\w+\s+said", False),  # \s reads a newline
        (r"[A-Z][^,]{0,9} said", False),  # so does a negated class without it
        (r"[A-Z][^,\n]{0,9} said", True),
        (r"[A-Z]\w+(?=[^.]*\.) said", False),  # a lookahead's reach counts
        (r"[A-Z]\w+ said$", False),  # "$" would read a window's end as the text's
        (r"(?m)[A-Z]\w+ said$", True),  # a line's end is the text's own "\n"
        (r"(?s)[A-Z]. said", False),
        (r"[A-Z]. said", True),
        (r"[A-Z]\w+ (?:said|)", False),  # requires nothing
        (r"(?=Hurricane )", False),  # matches empty
        (r"(\w+) said \1", False),  # a group reference: not read
    ],
)
def test_which_patterns_stay_in_one_line(source: str, one_line: bool) -> None:
    assert in_lines.in_one_line(re.compile(source)) is one_line


def _pairs(lines: in_lines.Lines) -> list[tuple[int, int]]:
    return list(zip(lines[::2], lines[1::2], strict=True))


def test_the_lines_holding_a_string() -> None:
    text = "a said\nb\nc said, said\nsaid"
    assert _pairs(in_lines.lines_holding(text, "said")) == [(0, 7), (9, 22), (22, 26)]
    assert _pairs(in_lines.lines_holding(text, "none")) == []
    dense = "Smith said, he said\n" * 40  # in every line: the whole text, one search
    assert _pairs(in_lines.lines_holding(dense, ", ")) == [(0, len(dense))]
    rx = re.compile(r"[A-Z]\w+ said, ")
    assert _found(in_lines.finditer(rx, dense)) == _found(rx.finditer(dense))


def _texts(pattern: re.Pattern[str], seed: int) -> list[str]:
    """Random texts of several lines: the pattern's own strings whole and cut short, names,
    marks and words, joined by spaces and newlines."""
    r = random.Random(seed)
    needs = sorted(required(pattern, in_lines.MOST) or ())
    parts = needs + [s[: r.randint(1, len(s))] for s in needs]
    words = [*parts, "Smith", "John", "O’Neil", "the", "said", "’s", "and", "its", ",", "Inc"]
    words += ["Police", "officials", "Hurricane", "City", "coach", "according", "to", "of", "."]
    words += ["U.S.", "by", "The", "Council", "Ministry", "Ltd", "2-1", "who", "\u201c", "aged"]
    seps = ["", " ", " ", " ", "\n", "\n\n", ", "]
    return [
        "".join(r.choice(words) + r.choice(seps) for _ in range(r.randint(5, 60)))
        for _ in range(60)
    ]


def _found(ms: object) -> list[tuple[tuple[int, int], dict[str, str | None], tuple[object, ...]]]:
    return [(m.span(), m.groupdict(), m.groups()) for m in ms]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("seed", "join"), [(0, 0), (2, in_lines.JOIN)])
def test_the_actor_patterns_find_the_same_matches_in_lines(
    seed: int, join: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each line searched alone (``JOIN`` 0), or joined."""
    monkeypatch.setattr(in_lines, "JOIN", join)
    patterns = [p for p in _all_patterns() if in_lines.in_one_line(p)]
    assert len(patterns) >= 20
    hits = 0
    for pattern in patterns:
        for text in _texts(pattern, seed):
            memo: dict[str, in_lines.Lines] = {}  # answers hold for one text
            want = _found(pattern.finditer(text))
            got = _found(in_lines.finditer(pattern, text, memo))
            assert got == want, (pattern.pattern, text)
            hits += len(want)
    assert hits > 100  # the texts hold matches, not only misses


def test_a_pattern_not_in_one_line_is_searched_whole() -> None:
    rx = re.compile(r"[A-Z]\w+\s+said")
    text = "Smith\nsaid it. Jones said"
    assert _found(in_lines.finditer(rx, text)) == _found(rx.finditer(text))
