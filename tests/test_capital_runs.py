"""Runs of capitalised words read RUN_WORDS at a time (``actor_text.capital_runs``,
``run_end``) are the unbounded patterns' matches: the same runs, the same words."""

from __future__ import annotations

import random
import re

from summarizer._extract import actor_cues, actor_text
from summarizer._extract.actor_rules import CAPW

_RUNS = re.compile(rf"(?:{CAPW} )+{CAPW}")
_CUE_RUNS = re.compile(rf"(?<![\w\-'’.]){CAPW}(?: {CAPW})*")
_PIECES = ["A ", "Ab ", "A.B. ", "A.B.C ", "Ab’cd ", "É "] * 8 + ["x", "A", "'s", ".", " ", "a "]


def _texts() -> list[str]:
    r = random.Random(12)
    short = [*"AAB.. aab'’-\nÉé_1", "s", "ll ", "Ab", "Ñ", "A ", "A.B. "]
    out = ["".join(r.choice(short) for _ in range(r.randint(0, 60))) for _ in range(3000)]
    out += ["".join(r.choice(_PIECES) for _ in range(r.randint(0, 400))) for _ in range(600)]
    return [*out, "They said " + " ".join(f"Kalo{i}" for i in range(500)) + "."]


def _runs(text: str) -> list[list[str]]:
    out: list[list[str]] = []
    for first, word in actor_text.capital_runs(text):
        if first:
            out.append([])
        out[-1].append(word)
    return out


def _cue_spans(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    while (m := actor_cues._R_RUN.search(text, at)) is not None:
        at = actor_text.run_end(text, m)
        out.append((m.start(), at))
    return out


def test_capital_runs_are_the_unbounded_matches() -> None:
    for text in _texts():
        assert _runs(text) == [m.group().split() for m in _RUNS.finditer(text)], text


def test_cue_runs_are_the_unbounded_matches() -> None:
    for text in _texts():
        assert _cue_spans(text) == [m.span() for m in _CUE_RUNS.finditer(text)], text
