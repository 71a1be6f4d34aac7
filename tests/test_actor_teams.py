"""Teams named bare in match reports (summarizer/_extract/actor_teams.py), on sentences of
dev articles of gold batch f, with guards: people, countries and nouns stay out."""

from __future__ import annotations

import pytest

from tests.test_actors import actors_of


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        (
            "Barcelona face Atletico Madrid at the Wanda Metropolitano on November 24, and "
            "Ernesto Valverde will be hoping to have the Brazilian back.",
            {"Barcelona", "Atletico Madrid"},
        ),
        (
            "Medical tests revealed Coutinho had a muscle tear, picked up during the 1-1 draw "
            "with Inter in Milan.",
            {"Inter"},
        ),
        (
            "Coach Paul Maurice arrived on Sunday.\n\n"
            "The struggling Jets meet the Phoenix Coyotes tonight at 7 p.m.",
            {"Jets", "Phoenix Coyotes"},
        ),
        (
            "The All Blacks felt the effects of two tough tests but now have a week off before "
            "taking on the Wallabies in Melbourne. The All Blacks again took the maximum five "
            "points.",
            {"All Blacks", "Wallabies"},
        ),
        (
            "Stanka made his big league debut in 1959 with the powerful Chicago White Sox. "
            "Stanka eventually signed with the Nankai Hawks of the Japanese Baseball League.",
            {"Chicago White Sox", "Nankai Hawks"},
        ),
    ],
)
def test_teams_named_by_the_grammar_of_a_match_report(text: str, teams: set[str]) -> None:
    assert teams <= names(text)


@pytest.mark.parametrize(
    ("text", "not_actors"),
    [
        ("Good Morning America host Robin Roberts will take a break from the show.", {"Good"}),
        ("President Joe Biden meets Xi Jinping in Bali on Monday.", {"Xi", "Jinping"}),
        (
            "The Olympics opened on Friday in Paris. The Olympics drew 3 million visitors.",
            {"Olympics"},
        ),
        ("Italy won the 1-1 draw with France on penalties, officials said.", {"France Italy"}),
    ],
)
def test_people_places_and_nouns_are_no_teams(text: str, not_actors: set[str]) -> None:
    found = names(text)
    assert not found & not_actors, found
    if "Good" in not_actors:
        assert "Robin Roberts" in found and "Good Morning America" not in found


# --- other names of gold batch f's dev articles, each with a guard -------------------------


def test_a_title_s_office_with_a_stray_space_before_the_apostrophe() -> None:
    text = (
        "Charges were brought, according to the Orange County Sheriff ’s Office. Later, a "
        "warrant executed by the Sheriff ’s Office found more, OCSO said."
    )
    assert "Orange County Sheriff ’s Office" in names(text)
    assert "Orange County Sheriff’s Office" in names(text.replace(" ’s", "’s"))


def test_a_national_legislature_by_its_own_name() -> None:
    text = (
        "The Japanese government will not submit the bill during the extraordinary Diet "
        "session beginning Sept. 26, its top spokesman said Friday."
    )
    assert "Diet" in names(text)
    assert "Diet" not in names("She went on a diet in May, her doctor said.")


def test_an_outlet_named_with_its_the_as_a_source() -> None:
    text = (
        "Sources with firsthand knowledge of the search process told The Inquirer that none "
        "has local ties."
    )
    assert "The Inquirer" in names(text)
    guard = names("The minister told The Netherlands embassy nothing on Monday.")
    assert not any(n.startswith("The ") for n in guard), guard


def test_a_rank_opening_a_sentence_before_a_team_role_is_no_team() -> None:
    found = names("Assistant coach Wayne Smith talked about the will of the side.")
    assert "Assistant" not in found and "Wayne Smith" in found
    assert "Alabama" in names("Alabama head coach Nick Saban said the team was ready.")


def test_an_imperative_be_opening_a_sentence_is_no_name() -> None:
    found = names("Be hyped if you must, Jets Nation, but there are no magic tricks tonight.")
    assert "Be" not in found
    assert "Lundby" in names("Norway's hopes rose as Lundby sails to the mark, officials said.")


def test_a_chef_s_title_is_no_part_of_the_name() -> None:
    found = actors_of("Head Chef Andy Huynh pulls meat from a pig. Huynh sold out by noon.")
    chef = [a for a in found if a.name == "Andy Huynh"]
    assert chef and chef[0].title == "Head Chef", [(a.name, a.title) for a in found]
    # guard: a lowercase role stays out of the name (it is a role word, so her title)
    guard = actors_of("The restaurant's chef Maria Lopez said the pork sold out.")
    assert [(a.name, a.title) for a in guard if a.type == "person"] == [("Maria Lopez", "chef")]


def test_a_county_s_supervisors_that_act_are_a_group() -> None:
    text = (
        "Santa Cruz County supervisors on Tuesday allowed deputies to write tickets. Several "
        "people spoke at Tuesday’s supervisors meeting. The supervisors approved the law 5-0."
    )
    groups = {a.name for a in actors_of(text) if a.type == "group"}
    assert "Santa Cruz County supervisors" in groups, groups
    guard = "The job was supervised by two supervisors from the firm, she said."
    assert "supervisors" not in names(guard)


def test_a_place_as_the_agent_of_a_deed_is_an_actor() -> None:
    text = (
        "The government had been pushing for the charge in the lead-up to Tokyo's hosting of "
        "the Olympics and Paralympics in 2020."
    )
    assert "Tokyo" in names(text)
    assert "Tokyo" not in names("Tokyo's streets were quiet as Tokyo's building of the year rose.")
