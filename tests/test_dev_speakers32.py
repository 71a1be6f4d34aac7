"""Speakers and names from session 32's reading of batch 37's dev articles (eval/gold), each
failing before its rule but the guards (one of which, a pronoun left to no one when two
people were named, had gone to the opponent, read as a person): a place's side and a
school are no people, so a coach's "he joked" no longer goes to the opponent; before a
second person is named, "he" is the one person named; "the club said" is the club the
story's sentences have as their subject, not the last club beaten; the one talked to
("Talking to Al Haqiqa ..., he said") does not speak; a caption's name between two
paragraphs of one quotation does not break it; a player named after his position ("hooker
Hunter Prescott")"""

from __future__ import annotations

from summarizer._text.cleaning import clean
from tests.support import actor_types
from tests.test_quotes import quote, quotes_of

# citizentimes-asheville-clinches-playoff-spot-north-henderson
COACH = (
    "WNC football: Asheville High clinches playoff spot with 33-14 win over North Henderson\n\n"
    "HENDERSONVILLE — Only a few lights were still on inside Glenn Marlow Stadium when "
    "Asheville football coach Cort Radford removed one of his shoes.\n\n"
    "He turned it over. A little water dripped out.\n\n"
    "Every chunk of ice in the bucket of water his players dumped on his head in the final "
    "seconds of a 33-14 win at North Henderson had melted.\n\n"
    "“I did not bring a change of clothes,” he joked with member of his coaching staff."
)


def test_a_school_and_a_places_side_are_no_people() -> None:
    found = actor_types(COACH)
    assert found["Asheville High"] == "organization"
    assert found["North Henderson"] == "organization"


def test_he_is_the_one_person_named_so_far() -> None:
    assert quote(quotes_of(COACH), "I did not bring").speaker == "Cort Radford"


def test_he_is_no_one_when_two_people_were_named_in_no_subject() -> None:
    # guard: with a second person named, the pronoun is left to the rules that read subjects
    text = COACH.replace(
        "removed one of his shoes.", "removed one of his shoes beside assistant Dale Earnhardt."
    )
    assert quote(quotes_of(text), "I did not bring").speaker is None


# newspressnow-ap-jim-mclean-dundee-united-dies
CLUB = (
    "Jim McLean, who led Dundee United to its only Scottish league title, has died.\n\n"
    "McLean spent 22 years as United's manager from 1971.\n\n"
    "United entered the European Cup after winning the Scottish league. In 1987, United beat "
    "Barcelona home and away en route to reaching the UEFA Cup final.\n\n"
    '"Jim was simply a titan of Dundee United folklore," the club said in a statement.'
)


def test_the_club_is_the_club_the_story_has_as_its_subject() -> None:
    assert quote(quotes_of(CLUB), "Jim was simply").speaker in ("United", "Dundee United")


# gulftimes-foreign-minister-qatar-tv-interview-gulf-relations-2018
TALKING = (
    "Foreign Minister Sheikh Mohamed bin Abdulrahman al-Thani has said Qatar is keen on "
    "dialogue.\n\n"
    "Talking to Al Haqiqa (The Truth) programme of Qatar TV yesterday, he said Qatar "
    "responded to the mediation efforts and announced “our readiness” for dialogue."
)


def test_the_one_talked_to_does_not_speak() -> None:
    who = quote(quotes_of(TALKING), "our readiness").speaker
    assert who == "Mohamed bin Abdulrahman al-Thani"


def test_his_excellency_is_no_body() -> None:
    text = (
        "Qatar wants good relations with its neighbours, HE the Deputy Prime Minister and "
        "Foreign Minister Sheikh Mohamed bin Abdulrahman al-Thani has said."
    )
    assert "HE" not in actor_types(text)


# lynnnews-john-collop-tributes-2022
def test_a_name_between_two_paragraphs_of_one_quotation_is_a_caption() -> None:
    page = (
        "Tributes paid to councillor\n\n"
        "Cllr Charles Joyce said his peer was a huge influence on the council.\n\n"
        '"John used experience gained from his time in business to help keep us all on track.'
        "\n\nJohn Collop\n\n"
        '"His knowledge on many subjects, especially housing, was immense."\n'
    )
    assert "John Collop\n" not in clean(page).text


def test_a_name_line_after_a_closed_quotation_stays() -> None:
    # guard: a crosshead naming someone after a quotation that was closed
    page = (
        "Tributes paid to councillor\n\n"
        "Cllr Charles Joyce said his peer was a huge influence on the council.\n\n"
        '"John kept us all on track," he said.\n\nJohn Collop\n\n'
        '"His knowledge was immense," said another councillor, Jane Smith.\n'
    )
    assert "John Collop" in clean(page).text


# manawatustandard-turbos-beat-tasman-35-20-2017, pioneerpress-gardenhire-twins-...-2011
def test_a_players_position_before_his_name() -> None:
    found = actor_types("The only other injury was a rolled ankle to hooker Hunter Prescott.")
    assert found.get("Hunter Prescott") == "person"
    found = actor_types("The infield will be younger with newcomer Tsuyoshi Nishioka at second.")
    assert found.get("Tsuyoshi Nishioka") == "person"


def test_a_clubs_short_name_is_a_club() -> None:
    text = "Tributes were paid to Dundee Utd legend Jim McLean, who died on Saturday."
    assert actor_types(text).get("Dundee Utd") == "organization"
