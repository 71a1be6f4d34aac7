"""Speakers round 14 (bench/probes/speakers_heldout14.py, held out first): "the <noun> said"
with nobody titled so is the person named last only for an office ("the chancellor") or an
age ("the 41-year-old"); a noun anyone may be ("the driver", "the witness", "the judge")
stays the description as written, where it gave the quote to the victim or the defendant.
And a capitalised role opening a sentence is the title of the name after it ("Prosecutor
Emma Hill told the jury"), also before a surname that is a place's word ("Dana Field")."""

from __future__ import annotations

import pytest

from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        # someone new, named nowhere: the description as written
        ('Ryan Cole, 23, died at the scene.\n\n"The car came out of nowhere," the cyclist said.',
         "The car came", "the cyclist"),
        ('Sean Kerr admitted fraud in court.\n\n"This was a cynical scheme," the prosecutor '
         'said.', "This was a cynical", "the prosecutor"),
        ('Midfielder Jack Ross was sent off.\n\n"We have to be smarter," the coach said.',
         "We have to be", "the coach"),
        # an office the person named last holds, untitled; an age; a title
        ('Rishi Sunak called the election on Wednesday.\n\n"Now is the moment," the prime '
         'minister said.', "Now is the moment", "Rishi Sunak"),
        ('Kim Lowe founded the charity in 2015.\n\n"We started with nothing," the 38-year-old '
         'said.', "We started with", "Kim Lowe"),
        ('Prosecutor Dana Field told the jury about the night.\n\n"He planned every step," the '
         'prosecutor said.', "He planned every", "Dana Field"),
        ("Lord David Frost met EU officials in Brussels. \"We are close,\" the UK's chief "
         "negotiator said.", "We are close", "David Frost"),
    ],
)  # fmt: skip
def test_a_role_noun_is_the_person_named_last_only_for_an_office(
    text: str, start: str, want: str
) -> None:
    assert quote(quotes_of(LEAD + text), start).speaker == want


def test_a_capitalised_role_opening_a_sentence_is_the_title() -> None:
    found = {a.name: a.title for a in actors_of(LEAD + "Prosecutor Emma Hill told the jury.")}
    assert found == {"Emma Hill": "Prosecutor"}
    found = {a.name: a.title for a in actors_of(LEAD + "Judge Dana Field told the jury.")}
    assert found == {"Dana Field": "Judge"}
    # guard: a place's word ending a run that does not speak is no surname
    assert actors_of(LEAD + "Coach Dana Field has left St Mary Field.") == []
