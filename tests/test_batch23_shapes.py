"""Shapes from batch 23's dev articles (eval/gold, session 26), failing before their rules:
a court's "Advocate ... pleaded with the court to give his client a '...'" (a lawyer's
title, a plea's quoted words), and a forecaster's title; and a guard (a plea is no claim)."""

from __future__ import annotations

from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._text.cleaning import clean
from summarizer._text.segment import segment
from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


def test_a_plea_quotes_its_subject() -> None:
    text = (
        "Motata's defence counsel Advocate Bantubonke Tokota SC had earlier pleaded with the "
        'court to give his client a "wholly suspended sentence because it would be difficult '
        'for him to pay a fine".'
    )
    assert quote(quotes_of(LEAD + text), "wholly suspended").speaker == "Bantubonke Tokota"
    text = 'The shadow chancellor, Owen Pritchard, branded the budget "a con trick on workers".'
    assert quote(quotes_of(LEAD + text), "a con trick").speaker == "Owen Pritchard"


def test_a_plea_is_no_claim_of_its_own() -> None:
    """ "pleaded guilty", "pleaded with the court": a speaker's verb, never a reported claim."""

    for said in (
        "Frank Fradella pleaded guilty in 2012 to conspiracy to commit bribery.",
        "Ms Hale pleaded with the court to spare her son a prison sentence.",
    ):
        doc = segment(LEAD + said)
        claims = find_candidates(doc, find_actors(doc), [])
        assert [c.text for c in claims if c.cue == "reported"] == []


def test_lawyers_and_forecasters_are_titles() -> None:
    found = {a.name: a.title for a in actors_of(LEAD + "Barrister Tom Ames told the court.")}
    assert found == {"Tom Ames": "Barrister"}
    text = LEAD + 'Chief Meteorologist Van Denton said, "It is over us."'
    assert [a.name for a in actors_of(text)] == ["Van Denton"]


STORY = (
    "Crews were working Tuesday to restore power after a night of severe storms.\n\n"
    "At 6 p.m. Tuesday, about 23,000 customers were still without power in the county.\n\n"
    "Jeff Brooks, a spokesperson for Duke Energy, said the storm moved quickly."
)


def test_a_list_of_links_marked_with_arrows_goes_whole() -> None:
    text = (
        STORY + "\n\nTalk to us\n> Give us your news tips.\n> Send us a letter to the "
        "editor.\n> More Herald contact information."
    )
    assert "contact information" not in clean(text).text
    # guard: a passage set off with an arrow, with no link beside it, stays
    quoted = STORY + "\n\n> The utility said repairs would take three days.\n\nCrews worked on."
    assert "repairs would take three days" in clean(quoted).text


def test_a_pop_ups_heading_goes_with_its_call_to_action() -> None:
    text = (
        "×\n\nWe've got news for you.\n\nRegister on SowetanLIVE at no cost to receive "
        "newsletters, read exclusive articles & more.\nRegister now\n\n" + STORY
    )
    assert "news for you" not in clean(text).text
    assert clean(text).text.startswith("Crews were working")


def test_an_iso_stamp_and_the_page_header_before_the_story_restarts() -> None:
    lead = "Crews were working Tuesday to restore power after a night of severe storms."
    text = (
        "Lightning causes major outages across the region\n\n" + lead + "\n"
        "Posted 2023-08-07T23:06:27+00:00 - Updated 2023-08-09T10:56:21+00:00\n"
        "New technology will help Duke Energy restore power faster\n\n" + STORY
    )
    cleaned = clean(text).text
    assert "2023-08-07T23" not in cleaned
    assert "New technology" not in cleaned
    assert cleaned.count(lead) == 1


def test_a_title_written_twice_in_a_row_is_a_caption() -> None:
    more = "Trees also fell in Raleigh's Historic Oakwood Cemetery, the city said."
    text = STORY + "\n\nStorm damage in Raleigh\nStorm damage in Raleigh\n\n" + more
    assert "Storm damage" not in clean(text).text
    # guards: the headline written twice above the story stays once; a sentence said twice
    # stays once
    head = "Former agent pleads guilty to false statement"
    assert clean(head + "\n\n" + head + "\n\n" + STORY).text.startswith(head + "\n")
    twice = STORY + "\n\nThe storm moved quickly.\nThe storm moved quickly.\n\nTrees also fell."
    assert clean(twice).text.count("The storm moved quickly.") == 1


def test_a_companys_full_name_before_its_brand_in_brackets() -> None:
    text = LEAD + (
        "Mobile Telecommunications Company Saudi Arabia (Zain) reported a profit on Wednesday."
        "\n\nZain recorded a net profit of 129 million riyals for the quarter."
    )
    found = {a.name: a.aliases for a in actors_of(text)}
    assert "Zain" in found["Mobile Telecommunications Company Saudi Arabia"]
    # guard: a name with no body's head word before a word in brackets is no company
    text = LEAD + "The film Titanic Returns (Cameron) opened on Friday. Cameron was there."
    assert "Titanic Returns" not in {a.name for a in actors_of(text)}
