"""Speech verbs in the present tense, as features and live blogs write them (dev: Daily
Business's 'The chancellor predicts "an economy fit for a new age of optimism"'), and an
adverb opening a sentence that is no actor (the seed's "Frankly, ..."), and "The MP said:"
pointing back to the MP named before it."""

from __future__ import annotations

from tests.test_actors import actors_of
from tests.test_quotes import quotes_of


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text)]


def test_a_present_tense_speech_verb_names_its_speaker() -> None:
    text = (
        "Chancellor Rishi Sunak delivered the budget on Wednesday.\n\n"
        'The chancellor predicts "an economy fit for a new age of optimism".'
    )
    assert _speakers(text) == ["Rishi Sunak"]
    text = (
        "Dr Mary Ellis runs the clinic.\n\n"
        '"We see 40 patients a day," she explains. "It is hard work."'
    )
    assert set(_speakers(text)) == {"Mary Ellis"}


def test_an_adverb_opening_a_sentence_is_no_actor() -> None:
    text = (
        "In plea documents filed today, Jones admits that he lied. Specifically, Jones "
        "categorically denied it. He faces charges."
    )
    assert {a.name for a in actors_of(text)} == {"Jones"}
    # guard: a list opening a sentence still names its members
    names = {a.name for a in actors_of("Brighton and Wolves drew. Wolves, Brighton and Leeds won.")}
    assert {"Brighton", "Wolves"} <= names


def test_an_acronym_role_before_its_verb_points_back_to_its_holder() -> None:
    # dev (Oxford Mail): 'The MP tweeted: "..."'; "the MP said" after a quotation was read
    text = (
        "Labour MP Anneliese Dodds led the tributes.\n\n"
        'The MP said: "Really sorry to hear of his passing."'
    )
    assert _speakers(text) == ["Anneliese Dodds"]
    text = 'Acme Corp CEO Jane Roe presented the figures.\n\nThe CEO said: "A record year."'
    assert _speakers(text) == ["Jane Roe"]
    # guard: a body's acronym is still the body
    assert _speakers('The FBI arrested him.\n\nThe FBI said: "He is dangerous."') == ["FBI"]
