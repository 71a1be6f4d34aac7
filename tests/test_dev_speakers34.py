"""Names from session 34's reading of batch 43's dev articles (eval/gold), each failing
before its rule but the guards: a minister's title naming a list of portfolios ("Minister
for Agriculture, Food and the Marine Charlie McConalogue") ends before the name."""

from __future__ import annotations

from tests.support import actor_types


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
