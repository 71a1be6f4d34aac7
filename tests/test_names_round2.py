"""Rules from the names probe's second round (bench/probes/names_cases_tune2.py: names said
once, with no title, role or speech verb) and two dev articles, each with guards.  The
round's held-out file was scored only."""

from __future__ import annotations

from tests.test_actors import actors_of

TAIL = "\n\nThe vote was close, and leaders hope to finish the bill this week."


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(text + TAIL)}


def test_a_party_tag_after_a_name_makes_a_lawmaker() -> None:
    # probe: "Rand Paul (R-Ky.)" was missed where "Mike Lee (R-Utah)" was found (a given name)
    assert {"Rand Paul", "Mike Lee"} <= _names(
        "Rand Paul (R-Ky.) and Mike Lee (R-Utah) voted with Democrats."
    )
    assert "Chip Roy" in _names("Rep. Jamie Raskin, D-Md., said it was a stunt, and Chip Roy, "
                                "R-Texas, said he would try again.")  # fmt: skip
    assert "Ana Delgado" in _names("State Sen. Ana Delgado (D-Tucson) voted against it.")
    # guards: a tag with no name before it, a code in brackets, a one-word name
    assert _names("The ruling (R-1) stands. Sales at the store (D-Max) rose.") == set()
    assert "Paul" not in _names("The bill passed after Paul (R-Ky.) relented.")


def test_a_full_name_of_a_us_state_is_a_person() -> None:
    # dev (POLITICO): "Two GOP senators — Rand Paul of Kentucky and Thom Tillis of North
    # Carolina — joined Democrats" found neither senator
    found = _names(
        "Two GOP senators — Rand Paul of Kentucky and Thom Tillis of North Carolina — joined "
        "Democrats to oppose advancing the bill."
    )
    assert {"Rand Paul", "Thom Tillis"} <= found
    # guards: a body, a court, a title, a district of a state are no person
    assert "Supreme Court" not in _names("The Supreme Court of Texas ruled on Friday.")
    assert _names("The Eastern District of New York filed charges.") == set()
    assert "Ken Paxton" in _names("Attorney General of Texas Ken Paxton sued.")
    assert not {"University", "Bank"} & _names("The University of Kentucky and Bank of Utah met.")


def test_a_name_after_identified_as_or_founded_by() -> None:
    # dev (CS Monitor): "a Thai woman identified as Wanna Suansun" was no actor
    assert "Wanna Suansun" in _names(
        "Police issued warrants for a Thai woman identified as Wanna Suansun and a foreign man."
    )
    assert "Marcus Delaney" in _names("The driver was later identified as Marcus Delaney.")
    assert "Jeff Bezos" in _names("The company was founded by Jeff Bezos in 1994.")
    # guard (dev, Philadelphia Inquirer): "64% identified as Black" is an identity
    assert _names("Of the candidates, 64% identified as Black and 14% as Hispanic.") == set()


def test_a_plural_title_is_no_part_of_the_names_it_heads() -> None:
    # probe: "Assemblymembers Rosa Ybarra and Glen Whitaker abstained" named a person
    # "Assemblymembers Rosa Ybarra"
    found = _names("Assemblymembers Rosa Ybarra and Glen Whitaker abstained.")
    assert {"Rosa Ybarra", "Glen Whitaker"} <= found
    assert "Dale Hutto" in _names("Commissioners Dale Hutto and Mary Pruitt voted no.")


def test_a_name_joined_to_an_actor_by_and_is_the_same_kind() -> None:
    # probe: "Lightspeed Venture Partners and General Catalyst" found the first firm only;
    # wire shapes: "Amazon, Walmart and Target all cut prices" missed Target
    assert "General Catalyst" in _names(
        "The round drew Lightspeed Venture Partners and General Catalyst."
    )
    assert "Pfizer" in _names("The vaccine from Pfizer and BioNTech was approved.")
    assert "Target" in _names("Amazon, Walmart and Target all cut prices before the holidays.")
    # guards: a surname alone beside a person, a place, a weekday, a street
    assert "Jones" not in _names("He thanked Mayor Tom Hale and Jones for the work.")
    assert "Texas" not in _names("He compared Apple Inc. and Texas in the report.")
    assert "Monday" not in _names("Sales at Apple Inc. rose on Sunday and Monday.")
    assert "Downing Street staff" not in _names("He met Tony Blair and Downing Street staff.")
