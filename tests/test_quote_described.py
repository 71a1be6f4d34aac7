"""A speaker described, not named: the description as written is the speaker of a quote
and of reported speech.

Before, '"...," a witness said' had no speaker, so a claim from it read as the article's
own words ("The article" in the Markdown and HTML reports). Sentences adapted from the
shapes of ``bench/probes/speakers_cases12.py``.
"""

from __future__ import annotations

import pytest

from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.quote_described import describer
from summarizer._extract.quotes import Quote, find_quotes
from summarizer._lang import pack
from summarizer._text.segment import segment

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


def _quotes(text: str) -> list[Quote]:
    doc = segment(LEAD + text)
    return find_quotes(doc, find_actors(doc))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We could see the smoke from the motorway," a witness said.', "a witness"),
        ('"There was glass everywhere," said one shop owner on the high street.',
         "one shop owner"),
        ('"The plan is dead in the water," said a senior government source.',
         "a senior government source"),
        ('"My son was terrified," his mother told the court.', "his mother"),
        ('A nurse who treated the victims, who asked not to be named, said: "I have never '
         'seen anything like it."', "A nurse"),
        ('"We just want to be heard," a 20-year-old student said.', "a 20-year-old student"),
        ('"The prices are out of control," said one shopper outside the supermarket.',
         "one shopper"),
    ],
)  # fmt: skip
def test_a_described_speaker_is_the_description(text: str, speaker: str) -> None:
    (q,) = _quotes(text)
    assert (q.speaker, q.cue) == (speaker, "described")
    assert q.speaker_mention is not None
    assert (LEAD + text)[q.speaker_mention.start : q.speaker_mention.end] == speaker


def test_a_described_speakers_next_quote_is_theirs_not_the_last_named() -> None:
    text = (
        'Mayor Ann Lee visited the street. "We will rebuild," Lee said. "It was chaos,"'
        ' one resident said. "Nobody came for hours."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Ann Lee", "one resident", "one resident"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name given wins over the description around it
        ('"We are looking into it," said Lisa Grant, a spokeswoman for the airline.',
         "Lisa Grant"),
        # a description that resolves to a body stays that body
        ('The council has faced criticism.\n\n"We will respond in due course," a spokesperson'
         " for Leeds City Council said.", "Leeds City Council"),
        # no person described: a document, a sign
        ('"Costs will rise," the report said.', None),
        ('The sign said "Closed until further notice".', None),
        # the verb is not the description's: "so-called" is no speech by the officers
        ('Officers seized so-called "zombie knives" from the property.', None),
    ],
)  # fmt: skip
def test_guards(text: str, speaker: str | None) -> None:
    (q,) = _quotes(text)
    assert q.speaker == speaker


def test_the_description_ends_at_its_head_noun() -> None:
    find = describer(pack("en")).find
    text = " a man who lives opposite"
    assert find(text, 0, len(text)) == (1, 6)
    text = "a 45-year-old mother of two"
    assert find(text, 0, len(text)) == (0, 20)
    for text in ("the report", "a statement from the club", "Tom Reed"):
        assert find(text, 0, len(text)) is None


def _claims(text: str) -> list[tuple[str | None, str]]:
    doc = segment(text)
    actors = find_actors(doc)
    return [(c.speaker, c.text) for c in find_candidates(doc, actors, find_quotes(doc, actors))]


def test_reported_speech_by_someone_described_is_a_claim() -> None:
    text = (
        "Flooding hit Leeds on Monday. A witness said the water rose within minutes. One"
        " resident told the BBC that nobody had warned them. Witnesses said the river burst"
        " its banks at noon. The report said costs rose. A man was arrested."
    )
    assert [s for s, _ in _claims(text)] == ["A witness", "One resident", "Witnesses"]


def test_a_name_before_the_verb_wins_over_a_description() -> None:
    text = (
        "Leeds City Council met on Monday. A spokesperson for Leeds City Council said the"
        " defences held."
    )
    assert [s for s, _ in _claims(text)] == ["Leeds City Council"]


def test_the_title_of_one_actor_named_before_is_that_actor() -> None:
    # irelandlive-naas-court-judge-disgrace (dev): "Judge Miriam Walsh", then "The judge told"
    text = (
        "Judge Miriam Walsh heard the case in Naas. The judge told the solicitor that she"
        " could not deal with the matter."
    )
    assert [s for s, _ in _claims(text)] == ["Miriam Walsh"]
