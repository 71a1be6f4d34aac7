"""Names from the seven end-to-end articles written for the purpose (bench/probes/articles/,
issue 9), each shape tested on the sentence code got wrong, with guards that must keep
their result."""

from __future__ import annotations

import pytest

from tests.test_actors import actors_of

# A first paragraph, so that the sentence under test is not the article's first line.
LEAD = "Officials met in Geneva on Tuesday to discuss the plan, which has divided the region.\n\n"


def found(text: str) -> dict[str, str]:
    """Every name and alias found in ``LEAD + text``, with its actor's type."""
    return {n: a.type for a in actors_of(LEAD + text) for n in (a.name, *a.aliases)}


UNION = (
    "The United Food and Commercial Workers union criticized the job cuts. "
    '"Workers are paying for management\'s mistakes," union spokesman Tom Reilly said.'
)


def test_a_union_named_before_its_lowercase_kind_is_one_body() -> None:
    """'The United Food and Commercial Workers union': the capitalised run, "and" inside it,
    is the union's name; "Commercial Workers" is no person."""
    got = found(UNION)
    assert got.get("United Food and Commercial Workers") == "organization"
    assert "Commercial Workers" not in got


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Teamsters union called a strike on Monday.", "Teamsters", "organization"),
        ("Fighters from the Islamic State group attacked the town.", "Islamic State", "group"),
        ("The Democratic party lost the seat.", "Democratic party", "organization"),
    ],
)
def test_bodies_before_their_kind_keep_their_result(text: str, name: str, kind: str) -> None:
    assert found(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        # "Israel and Hamas militants": two parties, no one body named "Israel and Hamas"
        "Fighting between Israel and Hamas militants resumed on Friday.",
    ],
)
def test_countries_joined_before_a_kind_are_no_body(text: str) -> None:
    assert not any(" and " in n for n in found(text))


def test_a_quotations_first_word_is_no_name() -> None:
    """'"Workers are paying ..."': a quotation's first word is capitalised by its place; the
    same word ending a longer name ("Commercial Workers") does not make it a name."""
    assert "Workers" not in found(UNION)


def test_a_bare_name_written_twice_alone_stays() -> None:
    """A live blog's player, named bare twice as a subject, is still found."""
    text = (
        "Brighton started brightly at the Amex.\n\n"
        "Webster volleys over from the edge of the box.\n\n"
        "Webster heads wide from a corner."
    )
    assert "Webster" in found(text)


def test_a_quotations_first_word_is_no_surname() -> None:
    """'Eastside Tenants' is no person's full name because "Tenants" stands alone only where
    it opens a quotation."""
    text = (
        "He spoke at the Eastside Tenants meeting on Monday. "
        '"Tenants are scared," organiser Lisa Grant said.'
    )
    got = found(text)
    assert "Eastside Tenants" not in got
    assert "Tenants" not in got
    assert got.get("Lisa Grant") == "person"


def test_a_surname_alone_still_makes_a_full_name() -> None:
    """'Narendra Modi ... Modi said': the surname alone, outside a quotation, still counts."""
    text = "Prime minister Narendra Modi spoke on Monday. Later Modi said the talks went well."
    assert found(text).get("Narendra Modi") == "person"


def test_an_acronym_that_only_begins_a_longer_name_is_no_body() -> None:
    """'the FA Trophy semi-finals': "FA" is part of the competition's name."""
    text = "Riverside City reached the FA Trophy semi-finals for the first time in 20 years."
    assert "FA" not in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FBI Director Kash Patel testified on Monday.", "FBI"),  # a title after it
        ("The report aired on BBC News on Monday.", "BBC"),  # a body's head after it
        ("The FA Cup final was moved. The FA said it regretted the change.", "FA"),  # alone too
        ("Staff at NHS England were told on Monday.", "NHS"),  # a country after it
    ],
)
def test_an_acronym_that_names_a_body_stays(text: str, name: str) -> None:
    assert name in found(text)


def test_the_union_alone_names_no_body() -> None:
    """'The union that represents ...': a sentence's "The" is no union's name."""
    got = found("The union that represents mechanics said on Monday it would appeal.")
    assert not any(not n.strip() or n in ("The", "The union") for n in got)


def test_a_companys_product_is_no_person() -> None:
    """'its Facebook Marketplace classified ads service': Facebook's product, no one's name."""
    text = (
        "The European Commission fined Meta Platforms for tying its Facebook Marketplace "
        "classified ads service to its social network."
    )
    got = found(text)
    assert got.get("Facebook Marketplace") != "person"
    assert got.get("Meta Platforms") == "organization"


def test_a_person_beside_a_company_stays() -> None:
    """A person named after the company is still a person ("Google said ... Sundar Pichai")."""
    text = "Google said on Monday that chief executive Sundar Pichai would testify."
    assert found(text).get("Sundar Pichai") == "person"


COUNCIL = (
    "Council members Ray Dominguez and Alicia Park voted against the budget. "
    "Park said she opposed the plan because it cut $300,000 from the public library."
)


def test_a_surname_that_is_a_places_word_names_a_person_who_speaks() -> None:
    """'Alicia Park' ... 'Park said': the speaker is a person, her full name found."""
    got = found(COUNCIL)
    assert got.get("Alicia Park") == "person"
    assert got.get("Ray Dominguez") == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered in Victoria Park on Sunday to hear the band.",  # no one speaks
        "The concert at Albert Hall sold out. Hall officials said more dates would follow.",
    ],
)
def test_a_place_named_with_a_given_name_stays_no_person(text: str) -> None:
    got = found(text)
    assert got.get("Victoria Park") != "person" and got.get("Albert Hall") != "person"


def test_names_listed_as_examples_of_a_kind_of_actor() -> None:
    """'rivals including Adevinta, the Norwegian owner of ..., and eBay': both are actors;
    'marketplaces such as Leboncoin' lists a thing, no actor."""
    text = (
        "The case began in 2021 after complaints from rivals including Adevinta, the "
        "Norwegian owner of marketplaces such as Leboncoin, and eBay."
    )
    got = found(text)
    assert "Adevinta" in got and "eBay" in got
    assert "Leboncoin" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Tourists flocked to cities such as Lyon and Bordeaux this summer.",
        "Prescriptions for drugs such as Ozempic and Wegovy rose by a third last year.",
    ],
)
def test_examples_of_places_or_things_are_no_actors(text: str) -> None:
    got = found(text)
    assert not {"Lyon", "Bordeaux", "Ozempic", "Wegovy"} & set(got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The court ordered Sumitomo to compensate the workers.", "Sumitomo"),
        ("The regulator ordered Halvorsen Shipping to pay a fine.", "Halvorsen Shipping"),
        ("The ruling forced Telstra to refund customers.", "Telstra"),
    ],
)
def test_a_name_told_to_act_is_an_actor(text: str, name: str) -> None:
    """'a South Korean court ordered Nippon Steel to compensate ...': one told to act."""
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Floods forced Kherson to the brink, officials said.",  # "to" and an article
        "Officials returned Crimea to talks on Monday.",  # no verb that directs someone
        "The flight took Kestrel Valley to Zurich.",
    ],
)
def test_no_name_told_to_act(text: str) -> None:
    assert not {"Kherson", "Crimea", "Kestrel Valley"} & set(found(text))
