"""Names and speakers from session 34's reading of dev articles (eval/gold), each failing
before its rule but the guards: a minister's title naming a list of portfolios ("Minister
for Agriculture, Food and the Marine Charlie McConalogue") ends before the name; verbs that
judge ("hailed", "condemned", "slammed", ...) open a quoted characterisation as "called"
and "described" do; "dismissed" opens one in its clause but names no actor alone."""

from __future__ import annotations

from tests.support import actor_types
from tests.test_quotes import quotes_of


def test_a_list_of_portfolios_ends_before_the_name() -> None:
    # agriland-ifa-campaign-county-council-meetings
    found = actor_types(
        "Members heard about the association’s discussions with Minister for Agriculture, "
        "Food and the Marine Charlie McConalogue last Wednesday (February 7)."
    )
    assert found.get("Charlie McConalogue") == "person"
    assert "Marine Charlie McConalogue" not in found
    # the same shape with a two-word portfolio in the list
    found = actor_types(
        "Members met Minister for Housing, Local Government and Heritage Darragh O'Brien."
    )
    assert found.get("Darragh O'Brien") == "person"


def test_a_name_after_a_comma_is_no_portfolio() -> None:
    # guard: without "and" closing the list, the words after the comma are the name
    found = actor_types("The Minister for Health, Mary Butler, said it was fine.")
    assert found.get("Mary Butler") == "person"
    found = actor_types("Members met Minister for Agriculture Charlie McConalogue on Friday.")
    assert found.get("Charlie McConalogue") == "person"


def test_verbs_of_judgement_open_a_quoted_characterisation() -> None:
    # maltaindependent-vitals-case-galea-cardona-2024's shape ("dismissed a memorandum ...
    # as “a piece of paper ...”"), with the verbs that judge as "called" and "described" do
    for verb in ("hailed", "praised", "criticised", "condemned", "slammed", "derided"):
        text = (
            f"Former Malta Enterprise CEO Mario Galea {verb} the memorandum of understanding "
            "as “a piece of paper with no legal value whatsoever.”"
        )
        assert [q.speaker for q in quotes_of(text)] == ["Mario Galea"], verb


def test_dismissed_as_opens_a_quotation_but_names_no_speaker_alone() -> None:
    # maltaindependent-vitals-case-galea-cardona-2024: "dismissed" opens the quotation of
    # its clause (the pack's speech_judging), but is no speech verb of the actor rules
    text = (
        "Former Malta Enterprise CEO Mario Galea dismissed a controversial memorandum of "
        "understanding signed between the government and a group of investors as “a piece "
        "of paper with no legal value.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Mario Galea"]


def test_a_school_dismissed_early_is_no_speaker() -> None:
    # guard: "dismissed" stays out, for schools that dismiss early (wral-lightning-storms-
    # outages-unc-rex: the town in the apposition had become an actor)
    found = actor_types(
        "Neuse River Middle School in Knightdale, which is a year-round school, dismissed "
        "early at 11:30 a.m. on Tuesday due to a power outage."
    )
    assert "Knightdale" not in found
