from __future__ import annotations

import pytest

from summarizer._cleaning import clean
from summarizer._segment import segment
from tests.support import SEED


def sentences(text: str) -> list[str]:
    doc = segment(text)
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meetings come on the heels of a U.S. missile strike on an air base. "
            "Russia is a key supporter of Assad's.",
            [
                "The meetings come on the heels of a U.S. missile strike on an air base.",
                "Russia is a key supporter of Assad's.",
            ],
        ),
        (
            'Tillerson called the meeting "productive." He left Moscow.',
            ['Tillerson called the meeting "productive."', "He left Moscow."],
        ),
        (
            "Tillerson called the meeting “productive.” He left Moscow.",
            ["Tillerson called the meeting “productive.”", "He left Moscow."],
        ),
        (
            '"We\'ll see," Trump said. "Frankly, Putin is backing a person."',
            ['"We\'ll see," Trump said.', '"Frankly, Putin is backing a person."'],
        ),
        (
            "Mr. Smith met Dr. Jones on Dec. 18 in Washington, D.C. for talks. They agreed.",
            ["Mr. Smith met Dr. Jones on Dec. 18 in Washington, D.C. for talks.", "They agreed."],
        ),
        (
            "Sen. J. R. Rivera spoke. Did he win? Yes!",
            ["Sen. J. R. Rivera spoke.", "Did he win?", "Yes!"],
        ),
        (
            "Le président Macron a parlé à Zürich. Les élèves ont répondu.",
            ["Le président Macron a parlé à Zürich.", "Les élèves ont répondu."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_lines_are_boundaries_and_ids_start_at_one() -> None:
    doc = segment("Headline Without Period\n\nFirst sentence here. Second one.")
    assert [s.id for s in doc.sentences] == [1, 2, 3]
    assert doc.sentences[0].text == "Headline Without Period"
    assert doc.sentence(0) is None and doc.sentence(4) is None
    assert doc.sentence_at(doc.sentences[2].start) == doc.sentences[2]


def test_seed_article_offsets_exact_and_non_ascii_safe() -> None:
    cleaned = clean("Ünïcödé — “quoted” text é. " + SEED.read_text(encoding="utf-8"))
    doc = segment(cleaned.text)
    assert len(doc.sentences) > 25
    for s in doc.sentences:
        assert cleaned.text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
