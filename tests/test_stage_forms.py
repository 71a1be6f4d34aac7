"""Compact forms of what the quotes and dates stages read (issue 12) equal what they
replace: the paragraphs' spans and leads as arrays, a long text lowered one byte a
character for its anchors' places."""

from __future__ import annotations

import random

from summarizer._extract.quote_paras import Paragraphs
from summarizer._text.anchored import Anchored, Scanned, _places
from summarizer._text.casing import lowered, lowered_bytes
from summarizer._text.segment import Sentence


def _sentences(r: random.Random, n: int, ordered: bool) -> list[Sentence]:
    out, at, para = [], 0, r.randint(0, 3)
    for i in range(n):
        para += r.random() < 0.4 if ordered else r.randint(-3, 3)
        start = at + r.randint(0, 3)
        at = start + r.randint(1, 9)
        out.append(Sentence(i + 1, start, at, "", max(para, 0)))
    return out


def test_paragraphs_equal_the_dict_they_replace() -> None:
    r = random.Random(5)
    text = "".join(r.choice(" *_#>ab") for _ in range(2000))
    for n in (0, 1, 2, 40, 200):
        for ordered in (True, False):
            sentences = _sentences(r, n, ordered)
            want: dict[int, tuple[int, int]] = {}
            for s in sentences:
                want[s.paragraph] = (want.get(s.paragraph, (s.start, 0))[0], s.end)
            got = Paragraphs(sentences)
            assert dict(got.items()) == want and list(got) == list(want) and len(got) == len(want)
            for p in range(-2, 60):
                assert (p in got) == (p in want) and got.get(p) == want.get(p)
                if p in want:
                    a, b = want[p]
                    assert got.lead(p, text) == a + len(text[a:b]) - len(text[a:b].lstrip(" *_#>"))


def test_lowered_bytes_hold_the_lowered_places() -> None:
    r = random.Random(6)
    pieces = ["Ago", "WEEK", "week", "\u201cMonth\u201d", "ſpring", "İ", "ı", "K", "?", "é",
              "Σ", "ΑΣ ", " ", "\n", "tonight", "Yesterday", "\u2019"]  # fmt: skip
    for _ in range(100):
        text = "".join(r.choice(pieces) for _ in range(r.randint(0, 400)))
        got, want = lowered_bytes(text, block=16), lowered(text)
        if len(want) != len(text):
            assert got is None
            continue
        assert got is not None and len(got) == len(text)
        for word in ("ago", "week", "month", "spring", "i", "k", "é", "tonight", "yesterday"):
            assert [i for i in range(len(text)) if got.startswith(word.encode("latin-1"), i)] == [
                i for i in range(len(text)) if want.startswith(word, i)
            ]


def test_a_long_text_finds_its_folded_anchors_alike() -> None:
    import re

    finder = Anchored(re.compile(r"\w+\s+(?i:ago)\b"), ("ago",), 12, folded=True)
    text = ("Three days AGO the \u201cplan\u201d was set; two weeks ago, not. " * 9000)[:300_000]
    scanned = Scanned(text)
    assert isinstance(scanned.low, bytearray)
    want = list(_places(("ago",), lowered(text)))
    assert list(scanned.places(finder, scanned.hay(finder))) == want
    assert [m.span() for m in finder.finditer(scanned)] == [
        m.span() for m in finder.pattern.finditer(text)
    ]
