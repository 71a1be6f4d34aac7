"""Shapes from the dev articles read in session 29 (eval/gold), each failing before its
rule: an aside after a speaker's name whose opening comma the copy lost ("President Joko
Widodo or Jokowi as he popularly known, said"), a range of years after a preposition
("between 1999-2004"), an embedded post of several sentences without a final
full stop, which had gone as a caption, a run of days in "this year", "may be held"
looking ahead, a stamp with its byline on one line, and a bracketed photo credit."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer._text.cleaning import clean
from tests.test_quotes import quote, quotes_of


def _timeline(text: str, published: str) -> list[str | None]:
    """The dates of code's timeline for ``text``, no model."""
    digest = summarize(text, backend="none", cache=False, published=published)
    return [e.date for e in digest.timeline]


# antaranews-jokowi-condolences-sunda-strait-tsunami: the nickname's aside has no opening comma
ASIDE = (
    'The President arrived in Toraja on Saturday. "I offer my deep condolences to the '
    'victims of (the tsunami) in Serang and Pandeglang of Banten (province), " President '
    "Joko Widodo or Jokowi as he popularly known, said after a Christmas celebration here "
    "on Sunday."
)


def test_a_name_and_an_aside_with_one_comma_before_the_speech_verb() -> None:
    q = quote(quotes_of(ASIDE), "I offer my deep condolences")
    assert q.speaker == "Joko Widodo"


def test_a_comma_before_said_takes_no_one_from_a_list() -> None:
    # guard: the subject may not cross a comma, so a list or an aside of two commas is read
    # by the apposition rule as before
    found = quotes_of('"We will rebuild," Mayor Ann Lee, 52, said on Monday.')
    assert quote(found, "We will rebuild").speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # footballcouk-bobby-robson-newcastle-tributes
        ("Robson, who managed the Tyneside club for five years between 1999-2004, was first "
         "diagnosed with cancer in the early 1990s.", ["1999", "2004"]),
        ("He served as the town's mayor from 2010–2014, the council said.", ["2010", "2014"]),
        # guards: a season's two digits, a code of three years, a range with no preposition
        ("The 2019-20 season was cancelled, the league said.", []),
        ("Call the line on 1999-2004-2010 now, the council said.", []),
    ],
)  # fmt: skip
def test_a_range_of_years_after_a_preposition_gives_both_years(
    sentence: str, years: list[str]
) -> None:
    found = _timeline(sentence + " The club said it was proud of its history.", "2009-07-31")
    assert sorted(set(found) - {"1990"}) == years


# awfulannouncing-joe-fitzgerald-boston-herald-dies: tributes embedded as posts, each
# "sentences — Name (@handle) March 9, 2024" with no final full stop
POST = (
    "Boston Herald sports columnist Joe Fitzgerald has passed away. Joe welcomed me to the "
    "Boston sports scene like I was born and raised there. He's one of the reasons I adopted "
    "Boston and so many there apparently adopted me. RIP, Joe! #CakesAreCookin "
    "pic.twitter.com/NOsKjs39mR — 3-6-3 DP (@GeorgeFalkowski) March 9, 2024"
)
STORY = (
    "Joe Fitzgerald, the longtime Boston Herald columnist, died on Thursday at 79.\n\n"
    "{line}\n\n"
    "Colleagues remembered him as a generous writer who loved the city and its teams."
)


def test_an_embedded_post_of_several_sentences_is_no_bare_caption() -> None:
    assert POST in clean(STORY.format(line=POST)).text


def test_a_bare_caption_of_a_sentence_or_two_still_goes() -> None:
    # guard: a caption's label or credit after its sentence is no run of sentences
    caption = (
        "DISTANT ORB. An artist's depiction of a newly discovered planet as it orbits its "
        "parent star. D.A. Aguilar/Harvard-Smithsonian CfA"
    )
    assert caption not in clean(STORY.format(line=caption)).text


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # koreaherald-north-korea-dialogue-pyeongchang-delegation: a run of days in a year
        # named by "this year" had no date at all
        ("The holiday falls on Feb. 15-17 this year, officials said.", "2018-01-09", "2018-02"),
        ("The fair ran on March 15-17 last year, officials said.", "2018-01-09", "2017-03"),
        # wsau-slovakia-sas-early-election: "may be held" looks ahead
        ("SaS said an election may be held in September, officials said.", "2023-01-17",
         "2023-09"),
        # guard: a month with no cue ahead is the latest one
        ("SaS said an election was held in September, officials said.", "2023-01-17",
         "2022-09"),
    ],
)  # fmt: skip
def test_dates_of_batch_29(sentence: str, published: str, date: str) -> None:
    found = _timeline(
        sentence + " The two sides met at the border village of Panmunjom.", published
    )
    assert found == [date]


@pytest.mark.parametrize(
    "line",
    [
        # koreaherald-north-korea-dialogue-pyeongchang-delegation, awfulannouncing-joe-...
        "Jan. 9, 2018 - 14:35 By Jung Min-kyung",
        "Published March 3, 2020 By John Smith",
        "[Boston Herald; Photo Credit: Boston Herald]",
    ],
)
def test_a_stamp_with_its_byline_and_a_bracketed_credit_go(line: str) -> None:
    assert line not in clean(STORY.format(line=line)).text


def test_a_sentence_with_by_after_a_date_stays() -> None:
    # guard: only a stamp's date and clock before "By", and a name after it
    line = "On Monday By the river the mayor opened the new bridge."
    assert line in clean(STORY.format(line=line)).text


@pytest.mark.parametrize(
    "line",
    [
        # batch 30: sharechat, hamodia, eastbaytimes
        "Tuesday 7th December 2010 |",
        "Text too small? |",
        "Thursday, March 15, 2018 at 5:35 pm |",
        "YERUSHALAYIM -",
        "blog comments powered by Disqus",
    ],
)
def test_a_toolbars_items_a_dateline_alone_and_a_comment_widget_go(line: str) -> None:
    assert line not in clean(STORY.format(line=line)).text
    assert line not in clean(f"{line}\n\n{STORY.format(line='')}").text


@pytest.mark.parametrize(
    "line",
    [
        # guards: a dateline opening its paragraph; a city alone without its dash
        "NEW YORK - Shares rose on Monday after the company beat forecasts.",
        "WASHINGTON",
    ],
)
def test_story_lines_like_them_stay(line: str) -> None:
    assert line in clean(STORY.format(line=line)).text


def test_a_company_ending_in_international() -> None:
    # sharechat-wool-services-record-profit-forecast: the company was known only as "WSI"
    digest = summarize(
        "Wool trader Wool Services International is forecasting a record profit next year as "
        "markets recover and production increases. Last year, WSI reversed an annual loss, and "
        "the company expected its result to be higher, managing director Michael Dwyer said.",
        backend="none",
        cache=False,
    )
    found = {a.name: a.aliases for a in digest.actors}
    assert "WSI" in found["Wool Services International"]


# batch 31's dev articles
def test_a_ticker_of_headlines_between_bullets_goes() -> None:
    # chinagate-congo-opposition-referendum-protests: its names became actors (ADB, Pakistan)
    ticker = (
        "ADB, Britain provide 270 mln USD to Pakistan for motorway project  • China, India "
        "conclude anti-terrorism drill  • Urgent: Britain backs RMB's inclusion into SDR basket  "
        "• Singapore's finance chief assigned to review election  "
    )
    assert "ADB" not in clean(f"Off the wire\n{ticker}\n\n{STORY.format(line='')}").text
    # guard: a sentence with one bullet in it, and a list of sentences, stay
    line = "Residents asked for three things • more buses • safer crossings."
    assert line in clean(STORY.format(line=line)).text


def test_a_quote_whose_speakers_apposition_lost_its_second_comma() -> None:
    found = quotes_of(
        'Opposition parties in Congo defended the protests on Wednesday. "We did not ask '
        "people to go and break into police stations. What is happening is the anger of the "
        'people," Paul-Marie Mpouele, head of the FROCAD party told a press conference.'
    )
    assert quote(found, "We did not ask").speaker == "Paul-Marie Mpouele"


def test_a_breadcrumb_over_the_headline() -> None:
    # crgazette-iowa-flood-damage-branstad-schouten: the breadcrumb was taken for the
    # headline, the headline for its standfirst
    page = (
        "Home / News / Government & Politics\n"
        "Branstad: Iowa flood damage at $15.5 million and rising\n\n"
        "Jun. 23, 2014 12:23 pm\n"
        "DES MOINES - State officials said Monday they expect to request a presidential "
        "disaster declaration for parts of Iowa hit by severe flooding.\n\n"
        "Gov. Terry Branstad has issued state disaster declarations for 18 Iowa counties."
    )
    cleaned = clean(page)
    assert cleaned.title == "Branstad: Iowa flood damage at $15.5 million and rising"
    assert "Home / News" not in cleaned.text
    assert (
        "Adjust font size"
        not in clean("Xinhua, October 22, 2015 Adjust font size:\n\n" + STORY.format(line="")).text
    )


@pytest.mark.parametrize(
    "line",
    [
        # manufacturingnet-usw-goodyear-union-city-closing: a release's note on a law, no stop
        "The Worker Adjustment and Retraining Notification Act of 1988 (WARN Act) is a U.S. "
        "labor law which requires most employers with 100 or more employees to provide 60 "
        "calendar-day advance notification of plant closings and mass layoffs of employees",
        # a line of reported speech without its stop
        "Dr Oliver said the cost of living pressures were kicking in and hitting spending",
    ],
)
def test_a_line_without_its_stop_that_no_picture_shows_stays(line: str) -> None:
    assert line in clean(STORY.format(line=line)).text


def test_a_bare_caption_still_goes() -> None:
    # guard: who and what the picture shows, between two sentences of the story
    line = "Philippe Coutinho has been ruled out for two to three weeks with a leg muscle injury"
    assert line not in clean(STORY.format(line=line)).text


def test_a_speaker_with_its_acronym_and_the_day_before_said() -> None:
    # manufacturingnet-usw-goodyear-union-city-closing
    digest = summarize(
        "PITTSBURGH, July 11, 2011 -- The United Steelworkers (USW) today said it was very "
        "disappointed to learn that Goodyear Tire issued a notice to its members at the Union "
        "City facility. The union said it would fight the closure.",
        backend="none",
        cache=False,
    )
    assert "United Steelworkers" in [a.name for a in digest.actors]


@pytest.mark.parametrize(("line", "gone"), [("dnes 18:23", True), ("Kickoff at 15:00", False)])
def test_one_word_and_a_clock_is_a_stamp(line: str, gone: bool) -> None:
    # tasr-gaspar-coalition-no-confidence-fico: "dnes 18:23" ("today 18:23") over the story
    assert (line not in clean(f"{line}\n{STORY.format(line='')}").text) == gone
