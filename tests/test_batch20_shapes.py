"""Rules written in the session of gold batch 20 (issue 9), each from a dev article of that
batch, with guards.  The batch's test articles were scored only in aggregate."""

from __future__ import annotations

from datetime import date

from summarizer._extract.dates import find_time_expressions
from summarizer._text.cleaning import clean
from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of


def _dates(text: str, published: str = "2017-01-05") -> dict[str, str | None]:
    return {e.text: e.date for e in find_time_expressions(text, date.fromisoformat(published))}


def _names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in actors_of(text)}


def test_a_quarter_is_its_year() -> None:
    # dev (Digital Trends): "activated 6.2 million iPhones in Q4 2012" was no date
    assert _dates("Verizon activated 6.2 million iPhones in Q4 2012.") == {"in Q4 2012": "2012"}
    assert _dates("Profit fell in 4Q 2012 and fourth-quarter 2013 sales rose.") == {
        "in 4Q 2012": "2012",
        "fourth-quarter 2013": "2013",
    }
    # guards: a quarter with no year names no date here; a model number is no quarter
    assert _dates("Sales rose in Q4, the company said.") == {}
    assert _dates("The Q7 2012 model sold well.") == {}


def test_a_year_after_at_least_or_as_early_as() -> None:
    # dev (PromoWest): "postponement of PromoWest Fest until at least 2018" was no date
    text = "It announced the postponement of the festival until at least 2018."
    assert _dates(text) == {"until at least 2018": "2018"}
    assert _dates("Records run from as early as 2015.") == {"from as early as 2015": "2015"}
    # guard: a count after "at least" is no year
    assert _dates("The fire destroyed at least 2000 homes.") == {}


def test_a_year_after_the_and_an_adjective_that_counts_nothing() -> None:
    # dev (PromoWest): "The inaugural 2016 three-day music festival exceeded ..."
    assert _dates("The inaugural 2016 three-day music festival exceeded hopes.") == {"2016": "2016"}
    assert _dates("Officials reviewed the disputed 2019 election.") == {"2019": "2019"}
    # guards: "the first 2000 people" and "the annual 2000 runners" count, they date nothing
    assert _dates("The first 2000 people got in free.") == {}
    assert _dates("The annual 2000 runners race starts here.") == {}


def test_who_made_a_study_is_an_actor() -> None:
    # dev (Digital Trends): "a study from Kantar Worldpanel ComTech indicates that ..."
    text = "A study from Kantar Worldpanel ComTech indicates that iPhones led sales."
    assert _names(text) == {"Kantar Worldpanel ComTech": "organization"}
    assert _names("A survey by Gallup Tuesday shows support is falling.") == {
        "Gallup": "organization"
    }
    assert _names("A report by John Smith shows support is falling.") == {"John Smith": "person"}
    # guards: a study of something, a study by the police (no name)
    assert _names("A study of sea ice shows it melting.") == {}
    assert _names("A report by the police shows crime is falling.") == {}


def test_a_subject_alone_or_itself_before_its_speech_verb() -> None:
    # dev (Digital Trends): "Verizon alone admitted that it activated 6.2 million iPhones"
    text = "Some carriers came forward. Verizon alone admitted that it sold 6.2 million phones."
    assert "Verizon" in _names(text)
    assert "Verizon" in _names("Verizon itself said the network held up.")


def test_an_age_describes_the_person_named_before() -> None:
    # dev (Digital Trends): 'The 52-year-old executive claims that ... "sold 10 devices per
    # second"' gave the quote to "The 52-year-old executive", not to Tim Cook named before
    text = (
        "Apple CEO Tim Cook spoke to analysts today. The 52-year-old executive claims that "
        "Apple has shipped half a billion devices and “sold 10 devices per second” last quarter."
    )
    assert quote(quotes_of(text), "sold 10").speaker == "Tim Cook"
    text = "Apple CEO Tim Cook spoke today. The 52-year-old said “we sold 10 devices a second”."
    assert quote(quotes_of(text), "we sold").speaker == "Tim Cook"
    # guard: one described with nobody named before stays described
    text = "The 52-year-old driver said “the road was icy” when police arrived."
    assert quote(quotes_of(text), "the road").speaker == "The 52-year-old driver"


STORY = "The council met on Tuesday to discuss the plan, which has divided the region."
AFTER = "The mayor said the vote would go ahead next week as planned by officials."


def _kept(line: str) -> bool:
    return line in clean(f"{STORY}\n\n{line}\n\n{AFTER}").text


def test_a_credit_a_video_label_and_a_release_footer_are_chrome() -> None:
    # dev (Digital Trends, PromoWest): each line survived cleaning
    assert not _kept("Image used with permission by copyright holder")
    assert not _kept("Recommended Videos")
    assert not _kept("For more information, visit promowestlive.com.")
    assert not _kept("Photo used with permission.")
    # guards: story sentences in the same words
    assert _kept("For more information, visit the council website to see the plans.")
    assert _kept("The image was used with permission from the family, police said.")
    assert _kept("Recommended videos on the site were watched 3 million times last year.")
