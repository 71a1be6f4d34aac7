"""Titles written as capitals before a person's full name: members of parliaments and
assemblies ("Labour MP Anneliese Dodds", "MEP", "MSP", "MLA"), officers ("CFO"), a district
attorney, police ranks ("DCI Jane Hart"). Found by probing a dev article's miss ("Leading
the tributes was Labour ... MP ... Anneliese Dodds": no actor). Capitals that open company
names too ("MP Materials", "TD Garden", "DS Smith") name no person before a single word."""

from __future__ import annotations

import pytest

from summarizer._extract.actors import find_actors
from summarizer._text.segment import segment


def _people(sentence: str) -> dict[str, str | None]:
    doc = segment("Flood waters rose on Monday.\n\n" + sentence)
    return {a.name: a.title for a in find_actors(doc) if a.type == "person"}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("The plan was attacked by MP Anneliese Dodds on Tuesday.", "Anneliese Dodds", "MP"),
        ("Leading the tributes was Labour MP Anneliese Dodds.", "Anneliese Dodds", "Labour MP"),
        ("The plan was attacked by MEP Anneliese Dodds.", "Anneliese Dodds", "MEP"),
        ("The plan was attacked by MSP Anneliese Dodds.", "Anneliese Dodds", "MSP"),
        ("The deal was signed by CFO Amrita Okonjo.", "Amrita Okonjo", "CFO"),
        ("Charges were filed by Manhattan DA Alvin Bragg.", "Alvin Bragg", "Manhattan DA"),
        ("The inquiry is led by DCI Jane Hart.", "Jane Hart", "DCI"),
    ],
)
def test_a_capitals_title_before_a_full_name(sentence: str, name: str, title: str) -> None:
    assert _people(sentence).get(name) == title


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The game was played at TD Garden.", "Garden"),
        ("The MP Materials stake was sold.", "Materials"),
        ("Analysts at DA Davidson cut their target.", "Davidson"),
        ("He joined COO Hospitality in 2019.", "Hospitality"),
    ],
)
def test_no_person_from_a_company_name(sentence: str, word: str) -> None:
    assert word not in _people(sentence)
