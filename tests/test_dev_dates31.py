"""A date shape from session 31's dev articles (eval/gold, batch 36), failing before its rule:
a main verb after an apposition read as a clause set off by commas, so that an infinitive
later in the sentence made a past weekday a future one."""

from __future__ import annotations

from tests.support import timeline_of

# timestribune-wilkes-barre-area-d2-6a-title-scranton-2020, published Sunday 2020-03-01
GAME = (
    "Blake Masker, a former Meyers standout, scored 19 points and Brandon Hall, a Coughlin "
    "product, scored 10 and had seven assists and five steals, working together to lead "
    "Wilkes-Barre Area to a 62-45 win over Scranton on Saturday night to wrap up the "
    "basketball championship weekend at Mohegan Sun Arena."
)


def test_a_verb_after_an_apposition_is_the_main_clauses() -> None:
    assert ("on Saturday night", "2020-02-29") in timeline_of(GAME, "2020-03-01")


def test_a_clause_set_off_by_commas_still_has_its_own_tense() -> None:
    # guards: "originally set for May" and "which formed Sunday" are insertions
    text = "The hearing, originally set for May, was moved to Thursday."
    assert ("Thursday", "2020-03-05") in timeline_of(text, "2020-03-01")
    text = "The storm, which formed Sunday, is forecast to make landfall Thursday."
    assert ("Thursday", "2020-03-05") in timeline_of(text, "2020-03-01")
