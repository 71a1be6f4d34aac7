"""The optional spaCy candidates (summarizer/_extract/ner.py) and how the rules take them.

Tests of the merging run everywhere: spaCy's entities are given as the small English
pipeline (en_core_web_sm 3.8.0) found them on these dev sentences.  Tests that run spaCy
itself skip where the ``ner`` extra is not installed (CI installs ``.[test]`` only).
"""

from __future__ import annotations

import pytest

from summarizer._extract import ner as _ner
from summarizer._extract.actors import find_actors
from summarizer._extract.quotes import find_quotes
from summarizer._text.segment import segment

# WSFA (dev): spaCy calls "Monroeville" a place once and a person once, and "Young’s" (the
# defendant's surname) an organisation.
MONROEVILLE = (
    "A man accused of shooting a teenager and firing at police in Monroeville last year will go "
    "to prison for 10 years on a pair of gun charges, a federal judge decided Friday.\n\n"
    "The 10-year sentence handed down to Broderick Tramaine Young was the maximum for illegal "
    "possession of firearms.\n\n"
    "When police arrived, the 33-year-old Monroeville man began firing at them, according to "
    "court documents.\n\n"
    "Defense attorney Andrew Young objected to a sentencing enhancement based on Young’s use of "
    "the gun, an AR-style rifle, to try to commit murder."
)
MONROEVILLE_ENTS = [
    ("Monroeville", "country", 0),
    ("Broderick Tramaine Young", "person", 0),
    ("Monroeville", "person", 1),
    ("Andrew Young", "person", 0),
    ("Young’s", "organization", 0),
]
# Daily Mail (dev): the player's surname alone is an organisation to the small pipeline.
COUTINHO = (
    "Barcelona and Brazil midfielder Philippe Coutinho has been sidelined for two to three weeks "
    "with injury.\n\nMedical tests carried out on Thursday revealed Coutinho had a 'small' muscle "
    "tear in his left leg, picked up during the 1-1 draw with Inter in Milan.\n\nCoutinho will "
    "miss Barca's La Liga clash with Real Betis on Sunday, and will be forced to sit out Brazil's "
    "friendlies against Uruguay and Cameroon during the international break."
)
COUTINHO_ENTS = [
    ("Barcelona", "country", 0),
    ("Brazil", "country", 0),
    ("Philippe Coutinho", "person", 0),
    ("Coutinho", "organization", 1),
    ("Inter in", "organization", 0),
    ("Milan", "country", 0),
    ("Coutinho", "organization", 2),
    ("Barca", "person", 0),
    ("La Liga", "organization", 0),
    ("Brazil", "country", 1),
    ("Uruguay", "country", 0),
    ("Cameroon", "organization", 0),
]

# Michigan Public (dev): "the health department’s statement" is the department named before.
HEALTH = (
    "“This outbreak has been traced back to residents who were infected while traveling out of "
    "state in mid-June,” Central Michigan District Health Department (CMDHD) officials said in a "
    "statement on Thursday.\n\n"
    "“If you get these symptoms, call your healthcare provider before seeking medical help. That "
    'way, you don’t spread measles to others," the health department’s statement said.'
)
HEALTH_ENTS = [
    ("Central Michigan District Health Department", "organization", 0),
    ("CMDHD", "organization", 0),
    ("the health department’s", "organization", 0),
]


def entities_at(text: str, found: list[tuple[str, str, int]]) -> list[_ner.Entity]:
    """The entities as spaCy gave them: (surface, label, which occurrence of the surface)."""
    out = []
    for surface, label, nth in found:
        at = -1
        for _ in range(nth + 1):
            at = text.index(surface, at + 1)
        out.append(_ner.Entity(at, at + len(surface), label, surface))
    return out


def types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in find_actors(segment(text))}


def with_spacy(
    monkeypatch: pytest.MonkeyPatch, text: str, found: list[tuple[str, str, int]]
) -> None:
    ents = entities_at(text, found)
    monkeypatch.setattr(_ner, "entities", lambda t: ents if t == text else None)


def test_without_the_extra_the_rules_work_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_NER", "0")
    assert _ner.entities("Xi Jinping met Narendra Modi.") is None


def test_a_name_spacy_calls_a_place_elsewhere_is_no_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_spacy(monkeypatch, MONROEVILLE, MONROEVILLE_ENTS)
    found = types(MONROEVILLE)
    assert "Monroeville" not in found
    assert found["Broderick Tramaine Young"] == found["Andrew Young"] == "person"


def test_a_surname_spacy_calls_an_organisation_stays_the_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_spacy(monkeypatch, COUTINHO, COUTINHO_ENTS)
    found = find_actors(segment(COUTINHO))
    assert not [a for a in found if a.type == "organization" and a.name == "Coutinho"]
    player = next(a for a in found if a.name == "Philippe Coutinho")
    assert player.type == "person" and "Coutinho" in player.aliases
    assert {"La Liga": "organization"}.items() <= {a.name: a.type for a in found}.items()


def test_a_common_noun_spacy_calls_an_organisation_stays_the_body_it_stands_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_spacy(monkeypatch, HEALTH, HEALTH_ENTS)
    doc = segment(HEALTH)
    found = find_actors(doc)
    assert "health department" not in {a.name for a in found}
    speakers = {q.speaker for q in find_quotes(doc, found)}
    assert speakers == {"Central Michigan District Health Department"}


def test_spacy_adds_names_without_a_cue_and_rules_still_type_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SUMMARIZER_NER", "1")
    if not _ner.enabled():
        pytest.skip("the ner extra (spaCy + en_core_web_sm) is not installed")
    text = (
        "Xi Jinping and Narendra Modi met in Kazan on Wednesday. Shares of Goldman Sachs rose "
        "after the meeting. Berlin confirmed it would send a delegation."
    )
    names = types(text)
    assert names.get("Xi Jinping") == "person" and names.get("Narendra Modi") == "person"
    assert names.get("Goldman Sachs") == "organization"
    assert names.get("Berlin") != "person"


@pytest.mark.parametrize(
    ("text", "gone"),
    [(MONROEVILLE, "Monroeville"), (COUTINHO, "Coutinho"), (HEALTH, "health department")],
)
def test_the_pipeline_itself_on_the_dev_sentences(
    monkeypatch: pytest.MonkeyPatch, text: str, gone: str
) -> None:
    monkeypatch.setenv("SUMMARIZER_NER", "1")
    if not _ner.enabled():
        pytest.skip("the ner extra (spaCy + en_core_web_sm) is not installed")
    assert gone not in types(text)
