"""Speakers round 15 (bench/probes/speakers_heldout15.py, held out first): a person the
article says whose they are ("His widow Millicent", "Her husband, Dmitri Volkov,") is a
person, found with no other cue, and the subject of the sentence they open, so the next
'"...," she said' is theirs, not the one who spoke before (a dev obituary's widow).  And
whom a spokesperson speaks for is an actor ("a spokesperson for Network Rail", "An Anglian
Water spokesperson said:"), found though nothing else names it; and a described speaker
keeps the qualifier of its subject ('"...," a source close to the negotiations said')."""

from __future__ import annotations

import pytest

from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ('Fighting back tears, his daughter Dineo said her father valued education.\n\n'
         '“He used to wake me up at 5am to study,” she said.\n\n'
         'His widow Millicent browsed through his photos while she related the best moments.\n\n'
         '“I remember how much he loved home-cooked meals,” she said with a slight smile.',
         "I remember how much", "Millicent"),
        ('A spokesman for the airline, Carlos Mendes, said it was cooperating. “Our thoughts '
         'are with everyone affected,” he said.\n\nHer husband, Dmitri Volkov, spent the night '
         'at the airport.\n\n“Nobody would tell me anything,” he said.',
         "Nobody would tell me", "Dmitri Volkov"),
        # guard: the first quote stays with the one who spoke
        ('Fighting back tears, his daughter Dineo said her father valued education.\n\n'
         '“He used to wake me up at 5am to study,” she said.\n\n'
         'His widow Millicent browsed through his photos while she related the best moments.',
         "He used to wake", "Dineo"),
    ],
)  # fmt: skip
def test_a_person_named_with_whose_they_are_is_the_next_pronouns_speaker(
    text: str, start: str, want: str
) -> None:
    assert quote(quotes_of(LEAD + text), start).speaker == want


def test_a_name_after_whose_it_is_is_a_person() -> None:
    found = {a.name: a.type for a in actors_of(LEAD + "His widow Millicent kept his photos.")}
    assert found == {"Millicent": "person"}
    found = {a.name: a.type for a in actors_of(LEAD + "Her husband, Dmitri Volkov, waited.")}
    assert found == {"Dmitri Volkov": "person"}
    # guards: whose it is, said of no person ("His club", "Her employer")
    found = {a.name: a.type for a in actors_of(LEAD + "His club Chelsea won the league.")}
    assert found == {"Chelsea": "other"}
    found = {a.name: a.type for a in actors_of(LEAD + "Her employer Tesco paid the bill.")}
    assert found == {"Tesco": "other"}


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ('Householders were told to boil their water. An Anglian Water spokesperson said:\n\n'
         '“We know this is a real inconvenience.”', "We know this is", "Anglian Water"),
        ('Trains were cancelled. A spokesperson for Network Rail said:\n\n"We are sorry for the '
         'disruption."', "We are sorry", "Network Rail"),
        ('"We are sorry for the disruption," said a spokesman for Thames Water.',
         "We are sorry", "Thames Water"),
        # guard: a person's spokesman speaks for the person
        ('"He will not resign," a spokesman for Boris Johnson said.', "He will not",
         "Boris Johnson"),
    ],
)  # fmt: skip
def test_whom_a_spokesperson_speaks_for_is_an_actor(text: str, start: str, want: str) -> None:
    assert quote(quotes_of(LEAD + text), start).speaker == want


def test_whom_a_spokesperson_speaks_for_is_typed() -> None:
    text = LEAD + "A spokesperson for Network Rail said trains would run."
    assert {a.name: a.type for a in actors_of(text)}["Network Rail"] == "organization"
    found = actors_of(LEAD + "A spokesman for Boris Johnson said he would not resign.")
    assert {a.name: a.type for a in found} == {"Boris Johnson": "person"}


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ('"There is a deal to be done," a source close to the negotiations said.',
         "There is a deal", "a source close to the negotiations"),
        ('"It was so loud," a man who lives opposite said.', "It was so loud",
         "a man who lives opposite"),
        # guards: a description alone; two people joined are no one description
        ('"It was so loud," one witness said.', "It was so loud", "one witness"),
        ('"It was so loud," a man and his wife said.', "It was so loud", None),
    ],
)  # fmt: skip
def test_a_described_subject_keeps_its_qualifier(text: str, start: str, want: str | None) -> None:
    assert quote(quotes_of(LEAD + text), start).speaker == want


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ('Flights were delayed. In a statement, easyJet said:\n\n"We are sorry for the delay."',
         "We are sorry", "easyJet"),
        ('"We are sorry for the delay," an eBay spokesperson said.', "We are sorry", "eBay"),
    ],
)  # fmt: skip
def test_a_brand_in_camel_case_that_speaks_is_an_actor(text: str, start: str, want: str) -> None:
    assert quote(quotes_of(LEAD + text), start).speaker == want
    # guard: a product with its article is no speaker
    assert actors_of(LEAD + "The iPhone says nothing about it.") == []
