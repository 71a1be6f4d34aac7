"""Names and speakers from session 35's reading of batch 45's dev articles (eval/gold),
failing before the rule but the guard: a US state's abbreviation with its period before a
title ("said Vt. Health Commissioner Dr. Mark Levine") is the state's, not a one-word
person's name, so the words go to the commissioner; a title's abbreviation names its
holder where the story later calls them by the whole word ("Ald. Tom Tunney" ... "the
alderman wrote")."""

from __future__ import annotations

from tests.support import actor_types
from tests.test_quotes import quote, quotes_of

# wcax-vermont-vaccine-rollout-federal-supply
LEVINE = (
    "Health officials say there is a lag time in getting the vaccine into arms. “If you look "
    "at a statistic right now, it’ll look like none of those doses have been used,” said Vt. "
    "Health Commissioner Dr. Mark Levine."
)


def test_a_states_abbreviation_before_a_title_is_no_name() -> None:
    found = actor_types(LEVINE)
    assert "Vt" not in found
    assert found.get("Mark Levine") == "person"
    assert quote(quotes_of(LEVINE), "If you look").speaker == "Mark Levine"
    newsom = actor_types("“We will be fine by March,” said Calif. Gov. Gavin Newsom.")
    assert "Calif" not in newsom and newsom.get("Gavin Newsom") == "person"


def test_a_name_closing_its_sentence_stays_a_name() -> None:
    # guard: the same letters closing the sentence, a new one opening after them
    found = actor_types("“We will be fine by March,” said Mo. The crowd cheered.")
    assert found.get("Mo") == "person"


# dnainfo-tunney-block-clubs-lakeview-crime
TUNNEY = (
    "Ald. Tom Tunney (44th) wants every block in Lakeview to have a club.\n\n"
    "The idea is that neighbors will watch each other's property.\n\n"
    '"Block clubs play a key role in increasing the quality of life," the alderman wrote. '
    '"They foster unity among neighbors."'
)


def test_a_titles_abbreviation_names_whom_the_whole_word_points_back_to() -> None:
    found = quotes_of(TUNNEY)
    assert quote(found, "Block clubs play").speaker == "Tom Tunney"
    governor = quotes_of(
        "Gov. Jane Roe signed the budget on Monday.\n\n"
        '"It keeps taxes flat," the governor said in a statement.'
    )
    assert quote(governor, "It keeps taxes flat").speaker == "Jane Roe"


def test_the_whole_word_with_no_one_so_titled_names_no_one() -> None:
    # guard: an alderman never named; the person named last is a resident, no alderman
    found = quotes_of(
        "Resident Ann Lee called the police on Monday.\n\n"
        '"Block clubs play a key role," the alderman wrote.'
    )
    assert quote(found, "Block clubs play").speaker != "Ann Lee"
