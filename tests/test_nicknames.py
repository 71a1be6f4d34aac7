"""A short form of a given name ("Jim", "Ed", "Bill") joins the one full name it shortens
("James Prokopovitz", "Edward Blake"), as obituaries and court reports quote "Jim's our
stepdad" after naming James once (two dev articles of gold batches 20 and 22 kept "Jim" and
"Ed" as actors of their own, typed "other").  The cases were written before the rule
(six of eight wrong); two people it could shorten, or none, leave it alone."""

from __future__ import annotations

import pytest

from summarizer._extract.actors import find_actors
from summarizer._text.segment import segment

LEAD = "Officials met on Tuesday to discuss the plan.\n\n"


def _owners(text: str, short: str) -> list[str]:
    found = find_actors(segment(LEAD + text))
    return [a.name for a in found if short in a.aliases or a.name == short]


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ('James Prokopovitz was sentenced on Wednesday.\n\n"Jim was our stepdad," Marsha Loritz '
         "said. Jim said nothing.", "Jim", "James Prokopovitz"),
        ("Tributes were paid to councillor Edward Blake.\n\nEd was a quiet man, his colleagues "
         "said. Ed said little in meetings.", "Ed", "Edward Blake"),
        ("William Hughes, 71, ran the shop for decades.\n\nBill said he would miss his "
         "customers.", "Bill", "William Hughes"),
        ("Robert Kerr founded the firm in 1990.\n\nBob told staff he would retire next year.",
         "Bob", "Robert Kerr"),
        ("Elizabeth Warren spoke in Boston.\n\nLiz said the plan would help families.", "Liz",
         "Elizabeth Warren"),
        ('James Prokopovitz was sentenced.\n\n"Jim\'s our stepdad," his stepdaughter said.',
         "Jim", "James Prokopovitz"),
    ],
)  # fmt: skip
def test_a_short_form_joins_the_full_name_it_shortens(text: str, short: str, full: str) -> None:
    assert _owners(text, short) == [full]


def test_a_short_form_two_people_could_hold_stays_apart() -> None:
    text = "James Cole and James Reed ran the club.\n\nJim said the season went well."
    assert _owners(text, "Jim") in (["Jim"], [])
    assert _owners("Tom said the bridge was unsafe, residents reported.", "Tom") in (["Tom"], [])
