"""Shapes from batch 23's dev articles (eval/gold, session 26), failing before their rules:
a court's "Advocate ... pleaded with the court to give his client a '...'" (a lawyer's
title, a plea's quoted words), and a forecaster's title; and a guard (a plea is no claim)."""

from __future__ import annotations

from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
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
