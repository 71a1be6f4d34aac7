"""Rules written in the session of gold batch 18 (issue 9), each from a dev article of that
batch, with guards.  The batch's test articles were scored only in aggregate."""

from __future__ import annotations

from summarizer import summarize
from summarizer._text.cleaning import clean
from tests.support import ROOT
from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

GOLD = ROOT / "eval" / "gold"

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(LEAD + text)}


def test_an_arabic_name_after_a_title_is_read_whole() -> None:
    # dev (Gulf News): "Abdul Latif Al", "Abdul Latif" and "Abdul Latif Al Zayani" were three
    # actors, "Sultan Bin Saad" and "Bin Saad Al Muraikhi" two: the title's words spent the
    # name's length, and the capitalised particles counted as words of their own
    text = (
        "Secretary General Abdul Latif Al Zayani voiced confidence in the talks. Qatari State "
        "Minister for Foreign Affairs Sultan Bin Saad Al Muraikhi attended the meeting.\n\n"
        "Al Zayani said the summit would be useful."
    )
    names = _names(text)
    assert {"Abdul Latif Al Zayani", "Sultan Bin Saad Al Muraikhi"} <= names
    assert not {"Abdul Latif Al", "Abdul Latif", "Sultan Bin Saad", "Bin Saad Al Muraikhi"} & names
    # guards: "Al" as a given name, a name of four words after a title, a particle lower case
    names = _names(
        "Vice President Al Gore spoke after Crown Prince Mohammed bin Salman arrived. "
        "County Engineer Paul Novak said the road would close."
    )
    assert {"Al Gore", "Mohammed bin Salman", "Paul Novak"} <= names


def _speaker(text: str, start: str) -> str | None:
    return quote(quotes_of(LEAD + text), start).speaker


def test_bodies_and_people_from_the_batch() -> None:
    # dev (Black PR Wire): a municipality's formal name is its government; an event's title
    # joined by "&" is no organisation
    names = _names(
        "The City of Miami Gardens will host the State of the City Address and New City Hall "
        "Grand Opening & Ribbon Cutting Ceremony on Tuesday."
    )
    assert "City of Miami Gardens" in names
    assert not [n for n in names if "Ceremony" in n]
    assert "Johnson & Johnson" in _names("Johnson & Johnson said sales rose.")
    # dev (Daily Echo): a club's "FC" ends its name; a disease's acronym is no body; a
    # surname's camel case after a given name is a person; a saint's stadium is no person
    names = _names(
        "A former Southampton FC manager has died. He fought a long battle with CTE.\n\n"
        "He returned as manager following Lawrie McMenemy’s resignation. Cathy recalled a "
        "trip to St Mary’s Stadium to watch the team."
    )
    assert {"Southampton FC", "Lawrie McMenemy"} <= names
    assert not {"FC", "CTE", "McMenemy", "St Mary"} & names
    # dev (Sharecast): a finance acronym, and "Looking forward," before a role
    names = _names(
        "The group's EBITDA margin shrank to 8.25%. Looking forward, chief executive Rob Shaw "
        'said "We continue to pursue our strategy."'
    )
    assert "Rob Shaw" in names and not {"EBITDA", "Looking"} & names
    assert "Reading" in _names("Reading forward Tom Ince scored twice in the second half.")
    # dev (Chronicle Live): the paper welcoming readers to its live blog; a headline's first
    # word in title case is no name ("2. Boxer’s nightclub affray charge is dropped")
    names = _names(
        "Welcome to The Chronicle’s live breaking news blog for Wednesday.\n\n"
        "2. Boxer’s nightclub affray charge is dropped as prosecutors say witness pulls out"
    )
    assert "The Chronicle" in names and "Boxer" not in names


def test_a_given_name_alone_is_the_one_full_name_it_opens() -> None:
    # dev (Daily Echo): "his daughter Cathy Nicholl said ...", then 'Cathy said: "..."'
    text = (
        "Sharing the news, his daughter Cathy Nicholl said he passed away in hospital.\n\n"
        "Paying tribute to her father, Cathy said: “He was absolutely dedicated to football "
        "and everything revolved around it.”"
    )
    assert _speaker(text, "He was absolutely") == "Cathy Nicholl"
    # guard: two people of that given name, and the lone one is neither
    names = _names("Cathy Nicholl and Cathy Jones spoke. Later Cathy said it was fine.")
    assert "Cathy" in names


def test_speech_verbs_of_a_release_and_of_a_partial_quote() -> None:
    # dev (Black PR Wire, Gulf News): '"...," expresses Mayor Gilbert'; "X voiced
    # confidence that the summit will be "...""
    text = (
        "Mayor Oliver Gilbert was sworn in in 2012.\n\n"
        "“Our city has a lot to be proud of,” expresses Mayor Gilbert."
    )
    assert _speaker(text, "Our city has") == "Oliver Gilbert"
    text = (
        "Secretary General Abdul Latif Al Zayani voiced confidence that the summit will be "
        "“constructive and produce effective decisions” without giving details."
    )
    assert _speaker(text, "constructive and") == "Abdul Latif Al Zayani"


def test_a_press_releases_furniture_and_a_photo_label_go() -> None:
    raw = (
        "For Immediate Release\nJune 01, 2014\nContact Information\n\nBernadette Morris\n"
        "Sonshine Communications\nT: (305) 948-8063\n\n"
        "(BPRW) City of Miami Gardens to Hold State of the City Address on June 3\n\n"
        "(BLACK PR WIRE) – The City of Miami Gardens has a new home and a great reason to "
        "celebrate! The City will hold its State of the City Address on Tuesday.\n\n"
        "The mayor said the building was finished on time and on budget.\n\n"
        "Full story here.\n\nDate: Tuesday 21 Nov 2017"
    )
    cleaned = clean(raw)
    for gone in ("For Immediate Release", "Contact Information", "Bernadette Morris",
                 "Sonshine Communications", "T: (305)", "Full story here.",
                 "Date: Tuesday"):  # fmt: skip
        assert gone not in cleaned.text, gone
    assert cleaned.title == "City of Miami Gardens to Hold State of the City Address on June 3"
    digest = summarize(raw, backend="none", cache=False)
    assert digest.summary.abstract.startswith("The City of Miami Gardens has a new home")
    assert digest.summary.evidence[0].quote.startswith("The City of Miami Gardens")
    # dev (Daily Echo): the paper's label on its photos, alone and before a caption
    echo = clean((GOLD / "dailyecho-chris-nicholl-obituary" / "article.txt").read_text("utf-8"))
    assert "Daily Echo:" not in echo.text and "He returned to the club in 1985" in echo.text
    # guards: a story's lines sharing a speaker's label end as sentences
    kept = clean(
        "Q&A with the coach\n\nCoach: We played well today and the fans were great.\n\n"
        "Coach: I think we can win the league this year."
    )
    assert "We played well" in kept.text and "win the league" in kept.text
