"""Cheap tests run before a costly pattern: each is a necessary condition of a match, so
the pattern's answer is the same (summarizer._text.chrome_phrases' _may_* helpers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer._eval import split_of
from summarizer._text import chrome_phrases

ROOT = Path(__file__).resolve().parent.parent
LINES = [
    ".share-button { color: red; }",
    "var x = 1;",
    "function go() {",
    "window.location = '/home';",
    "document.write(x)",
    "<script src=x>",
    "Contact jane.doe@example.com for more",
    "Call 555-123-4567 today",
    "Call 555.123.4567",
    "The talks resumed on Tuesday in Geneva.",
    "Letters: editor@paper.org",
    "Phone: 202 555 0100",
]


@pytest.mark.parametrize("line", LINES)
def test_crafted_lines(line: str) -> None:
    assert bool(chrome_phrases._CODE.search(line)) <= chrome_phrases._may_code(line)
    assert bool(chrome_phrases._CONTACT.search(line)) <= chrome_phrases._may_contact(line)


def test_every_line_of_the_seed_and_dev_articles() -> None:
    dev = [p for p in ROOT.glob("eval/gold/*/article.txt") if split_of(p.parent.name) == "dev"]
    paths = [*ROOT.glob("examples/*.txt"), *dev]
    lines = [ln for p in paths for ln in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 500
    for line in lines + LINES:
        if chrome_phrases._CODE.search(line):
            assert chrome_phrases._may_code(line), line
        if chrome_phrases._CONTACT.search(line):
            assert chrome_phrases._may_contact(line), line
    assert any(chrome_phrases._CONTACT.search(line) for line in lines + LINES)


def test_speech_starts_are_the_zero_width_matches() -> None:
    """claims._starts gives every position ``(?=pattern)`` matches, overlapping ones too."""
    import re

    from summarizer._extract import claims
    from summarizer._lang.en import ENGLISH

    fast = claims._speech_at(ENGLISH)
    zero_width = re.compile(f"(?={fast.pattern})")
    texts = [
        "Lavrov also said Russia had strongly denied it; Tillerson said so.",
        "also  said also said said, warned, Warned",
        "He said:\nShe also told reporters they vowed to act.",
        "",
    ]
    for text in texts:
        want = [m.start() for m in zero_width.finditer(text)]
        assert list(claims._starts(fast, text)) == want
    assert list(claims._starts(fast, texts[1])) == [0, 6, 11, 16, 21, 27]  # "Warned": no
