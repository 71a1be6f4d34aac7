"""Reported speech with no quotation marks (issue 9, the end-to-end articles in
bench/probes/articles/): a pronoun subject read back as a quotation's '"...," she said' is,
and a name in the apposition before the speech verb. Each case is a sentence code made no
claim of before, with guards that must keep their result."""

from __future__ import annotations

import pytest

from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.quotes import find_quotes, find_speech
from summarizer._text.segment import segment


def claims(text: str) -> dict[str, str | None]:
    """Each claim's text -> its speaker."""
    doc = segment(text)
    actors = find_actors(doc)
    speech = find_speech(doc, actors)
    return {c.text: c.speaker for c in find_candidates(doc, actors, speech.quotes, speech.pronouns)}


@pytest.mark.parametrize(
    ("text", "sentence", "speaker"),
    [
        (
            "Finance chief Laura Chen said Northwind expects sales to be flat this year. She "
            "added that higher cocoa and coffee prices would weigh on margins in the first half.",
            "She added that higher cocoa and coffee prices would weigh on margins in the first "
            "half.",
            "Laura Chen",
        ),
        (
            "His attorney, Rebecca Sloan, had asked for a sentence of 30 months, arguing that "
            "Marsh had no prior record. She said after the hearing that her client accepted the "
            "court's decision.",
            "She said after the hearing that her client accepted the court's decision.",
            "Rebecca Sloan",
        ),
        (
            "Margaret Ellison died Saturday at her home in Burlington. Her daughter, Anne "
            "Ellison-Marsh, said the cause was complications of Parkinson's disease.",
            "Her daughter, Anne Ellison-Marsh, said the cause was complications of Parkinson's "
            "disease.",
            "Anne Ellison-Marsh",
        ),
        (
            "Northwind Foods Inc. said on Wednesday that profit fell 12%. It added that prices "
            "would rise in the spring.",
            "It added that prices would rise in the spring.",
            "Northwind Foods Inc.",
        ),
    ],
)
def test_reported_speech_has_its_speaker(text: str, sentence: str, speaker: str) -> None:
    assert claims(text).get(sentence) == speaker


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a plural is not read back to one person
        (
            "Mayor Lee Min-ho urged the workers to return to talks. One of their key demands is "
            "more staff. They say a staff shortage has pushed many to work overtime.",
            "They say a staff shortage has pushed many to work overtime.",
        ),
        # "she" is not the man the article calls "he"
        (
            "Chief executive Daniel Okafor said the company would cut jobs. He said the plant "
            "would close. She added that prices would rise.",
            "She added that prices would rise.",
        ),
        # no speech verb, or one that makes no claim
        ("Margaret Ellison served six terms in the Senate. She was 88.", "She was 88."),
        (
            "Senator Jane Holt spoke on Monday. She asked whether the board would meet.",
            "She asked whether the board would meet.",
        ),
    ],
)
def test_no_claim_without_a_sure_speaker(text: str, sentence: str) -> None:
    assert sentence not in claims(text)


def test_find_quotes_is_find_speechs_quotes() -> None:
    """The quotations are the same whichever function reads them."""
    doc = segment('"We will win," Senator Jane Holt said. She added that the vote was close.')
    actors = find_actors(doc)
    assert find_quotes(doc, actors) == find_speech(doc, actors).quotes


def test_a_quoted_sentence_keeps_its_quote_claim() -> None:
    """'"...," she said.': the quotation is the claim, not the sentence."""
    text = 'Senator Jane Holt spoke on Monday. "We will win this vote," she said.'
    got = claims(text)
    assert got.get("We will win this vote,") == "Jane Holt"
    assert not any(t.startswith('"We will') for t in got)


@pytest.mark.parametrize(
    ("text", "sentence", "speaker"),
    [
        # the name before its apposition
        (
            "Apple reported results on Thursday. Tim Cook, Apple's chief executive, said the "
            "company would invest more.",
            "Tim Cook, Apple's chief executive, said the company would invest more.",
            "Tim Cook",
        ),
        (
            "The shop reopened on Monday. Jane Holt, 45, said she had waited for hours.",
            "Jane Holt, 45, said she had waited for hours.",
            "Jane Holt",
        ),
        # "according to" a person, past the body in the person's title
        (
            "The council met on Monday. The search will cost about $4,500, according to City "
            "Council Chairman David Mahan.",
            "The search will cost about $4,500, according to City Council Chairman David Mahan.",
            "David Mahan",
        ),
        (
            "Apple reported results on Thursday. According to Luca Maestri, margins will improve.",
            "According to Luca Maestri, margins will improve.",
            "Luca Maestri",
        ),
    ],
)
def test_a_speaker_named_around_an_apposition_or_as_a_source(
    text: str, sentence: str, speaker: str
) -> None:
    assert claims(text).get(sentence) == speaker


def test_names_joined_by_and_keep_the_name_before_the_verb() -> None:
    """'Apple, Google and Meta said': a list, no apposition; the last name, as before."""
    text = "Regulators wrote to Apple on Monday. Apple, Google and Meta said they would comply."
    assert claims(text).get("Apple, Google and Meta said they would comply.") == "Meta"


def test_a_pronoun_after_opening_words() -> None:
    """'In a statement, she added that ...': the pronoun after a sentence's opening words."""
    text = "Senator Jane Holt spoke on Monday. In a statement, she added that the vote was close."
    assert claims(text).get("In a statement, she added that the vote was close.") == "Jane Holt"


def test_a_lowercase_pronoun_mid_sentence_is_no_subject() -> None:
    """'The vote, which she said was close, ...': no opening pronoun, no pronoun claim."""
    text = "Senator Jane Holt spoke on Monday. The vote, which she said was close, passed."
    assert "The vote, which she said was close, passed." not in claims(text)
