"""Date shapes from session 32's reading of dev articles (eval/gold), each failing before its
rule but the guards: "could" of a past ability in a clause of time is no plan, and a fixture
whose results are talked of has been held."""

from __future__ import annotations

from tests.support import timeline_of

# sunraysiadaily-wentworth-ouyen-netball-wins, published Sunday 2022-06-05
NETBALL = (
    "Wentworth had to wait for the autumn leaves to be cleaned up before they could then "
    "clean up themselves in their A-grade netball match against Red Cliffs on Saturday."
)
# komu-mu-professors-explain-2016-presidential-results, published Wednesday 2016-11-09
RESULTS = (
    "COLUMBIA - Amid confusion, elation and surprise over Tuesday's Election Day results, "
    "some people are looking for answers and understanding after a close 2016 presidential "
    "election."
)


def test_could_after_before_they_is_a_past_ability() -> None:
    assert ("on Saturday", "2022-06-04") in timeline_of(NETBALL, "2022-06-05")


def test_could_of_a_plan_still_looks_ahead() -> None:
    # guard: reported speech's "could" is the plan's
    text = "The coach said they could meet Red Cliffs again on Saturday."
    assert ("on Saturday", "2022-06-11") in timeline_of(text, "2022-06-05")


def test_a_fixtures_results_are_of_the_fixture_held() -> None:
    assert ("over Tuesday", "2016-11-08") in timeline_of(RESULTS, "2016-11-09")


def test_a_fixture_still_to_come_stays_ahead() -> None:
    # guard: a fixture with no outcome talked of keeps the present's reading
    text = "Fans are excited about Saturday's game against Leeds."
    assert ("Saturday", "2016-11-12") in timeline_of(text, "2016-11-09")
