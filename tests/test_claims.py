"""Claim candidates of reported speech: who is said to say what, without quotation marks."""

from __future__ import annotations

import pytest

from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.quotes import find_quotes
from summarizer._text.segment import segment


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # VOA (dev): an auxiliary and an adverb between the speaker and the verb.
        ("Qatar has strongly denied any wrongdoing linked to its bid.", "Qatar"),
        ("Russia denied any wrongdoing linked to its bid.", "Russia"),
        ("Russia has repeatedly denied the claims.", "Russia"),
    ],
)
def test_reported_speech_names_its_speaker(sentence: str, speaker: str) -> None:
    doc = segment("FIFA officials were indicted on Wednesday. " + sentence)
    actors = find_actors(doc)
    found = find_candidates(doc, actors, find_quotes(doc, actors))
    assert [(c.speaker, c.cue) for c in found if c.text == sentence] == [(speaker, "reported")]
