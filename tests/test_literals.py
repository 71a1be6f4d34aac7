"""summarizer._text.literals: a text holding none of the strings a pattern requires has no
match of it, so the actor rules skip its scan; the findings must not change."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from summarizer._extract import (
    actor_candidates,
    actor_cue_patterns,
    actor_cues,
    actor_rules,
    actor_shapes,
    actor_teams,
)
from summarizer._lang.en import ENGLISH
from summarizer._text.literals import absent, required


@pytest.mark.parametrize(
    ("source", "needs"),
    [
        (r"\b(?:Hurricane|Typhoon) (?P<n>[A-Z]\w+)", {"Hurricane ", "Typhoon "}),
        (r"(?<![\w\-])[A-Z]\w+, (?:Inc|Corp)\.?", {", Inc", ", Inc.", ", Corp", ", Corp."}),
        (r"[A-Z]\w+(?= said\b)", {" said"}),  # a lookahead's words stand in the text
        (r"[A-Z]\w+ and (?:its|their) [a-z]", {" and its ", " and their "}),
        (r"[A-Z]\w+['’]s [A-Z]", {"'s ", "’s "}),  # a class of a few characters, spelled
        (r"[A-Z]\w+[a-f]s [A-Z]", {"s "}),  # a range is not spelled out
        (r"[A-Z]\w+ (?:said|)", None),  # an alternative needing nothing
        (r"(?i)hurricane \w+", None),  # a case-insensitive literal: any case
        (r"[A-Z][a-z]+", None),
        (r"(?:according to )?[A-Z]\w+", None),  # optional: needed by no match
    ],
)
def test_the_strings_a_pattern_needs(source: str, needs: set[str] | None) -> None:
    got = required(re.compile(source))
    assert (None if got is None else set(got)) == needs


def _patterns() -> list[re.Pattern[str]]:
    """Every pattern the actor rules scan whole texts with."""
    holders = [
        actor_rules.rules(ENGLISH),
        actor_cue_patterns.cues(ENGLISH),
        actor_shapes._shapes(ENGLISH),
    ]
    out = [
        value
        for holder in holders
        for f in dataclasses.fields(holder)
        if isinstance(value := getattr(holder, f.name), re.Pattern)
    ]
    for module in (actor_candidates, actor_cues, actor_shapes, actor_teams, actor_rules):
        out += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return list({id(p): p for p in out}.values())


def _texts(pattern: re.Pattern[str], seed: int) -> list[str]:
    """Random texts of the pattern's own strings cut short, names, marks and words: near
    misses of its required strings as well as hits."""
    r = random.Random(seed)
    parts = [s[: r.randint(1, len(s))] for s in sorted(required(pattern) or ())]
    words = [*parts, "Smith", "John", "the", "said", "’s", "and", ",", " ", "\n", "Inc", "."]
    words += ["Police", "officials", "Hurricane", "City", "coach", "according", "to", "of"]
    return ["".join(r.choice(words) + r.choice(["", " "]) for _ in range(30)) for _ in range(40)]


@pytest.mark.parametrize("seed", range(3))
def test_no_pattern_matches_a_text_lacking_its_strings(seed: int) -> None:
    patterns = _patterns()
    assert sum(required(p) is not None for p in patterns) >= 20
    for pattern in patterns:
        for text in _texts(pattern, seed):
            if absent(pattern, text):
                assert pattern.search(text) is None, (pattern.pattern[:80], text)
            for m in pattern.finditer(text):  # and each match holds one, or reads it
                near = text[max(0, m.start() - 20) : m.end() + 40]
                assert any(s in near for s in required(pattern) or [""]), pattern.pattern[:80]
