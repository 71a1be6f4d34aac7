"""Shapes from the dev articles read in session 30 (eval/gold, batches 32, 33 and 34), each
failing before its rule: a quotation closed by a full stop before its "said" ('"...
mediocrity." said current Miami mayor Francis Suarez'), the page's date line copied years
after the story (the day it was stored, with its weekday) taken as the story's clock,
results compared with "the year-ago period", and page lines that stayed in the text
(writers and their agency, a contacts line, an archived page's notice, a photographer's
credit, an ordinal date line, a release's dateline, a thumbnail's caption)."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer._text.cleaning import clean
from summarizer._text.headline import is_dateline
from tests.support import timeline_of
from tests.test_quotes import quote, quotes_of

# local10-maurice-ferre-dies-84: the copy closed the quotation with a full stop
FERRE = (
    "Maurice Ferré, Miami's first Hispanic mayor, died on Thursday.\n\n"
    '"He was always prepared, inspiringly articulate, and never accepting of mediocrity." '
    'said current Miami mayor Francis Suarez. "His qualities and character have inspired '
    'me and countless others. He will be dearly missed."'
)


def test_a_quotation_closed_by_a_full_stop_before_said() -> None:
    found = quotes_of(FERRE)
    assert quote(found, "He was always prepared").speaker == "Francis Suarez"
    assert quote(found, "His qualities and character").speaker == "Francis Suarez"


def test_a_closed_quotation_then_no_speech_verb_keeps_its_speaker() -> None:
    # guard: after the full stop only a speech verb names the speaker
    text = 'Mayor Ann Lee said: "We will rebuild the bridge this year." and Tom Reed nodded.'
    assert quote(quotes_of(text), "We will rebuild").speaker == "Ann Lee"


# ldsdaily-lavell-edwards-dies-86: the site's own date line of the day the page was stored
LDS = (
    "Tuesday, May 17, 2022\n\n"
    "LaVell Edwards dies at 86\n\n"
    "LaVell Edwards, the BYU football coach from 1972 to 2000, died Thursday. He was 86.\n\n"
    "Edwards won 257 games and a national championship in 1984."
)


def test_a_date_line_years_from_publication_is_no_clock() -> None:
    assert ("Thursday", "2016-12-29") in timeline_of(LDS, "2016-12-29")


def test_a_date_line_near_publication_is_still_the_clock() -> None:
    # guard: the page's date line of the story's own week dates its weekday
    text = LDS.replace("Tuesday, May 17, 2022", "Saturday, December 31, 2016")
    assert ("Thursday", "2016-12-29") in timeline_of(text, "2017-01-02")


# milforddailynews-waters-q1-2021-earnings: earnings compared with the year before
WATERS = (
    "Waters Corp. said Tuesday it earned $1.72 a share in its first quarter, up from $1.05 "
    "a share in the comparable year-ago period. Year-earlier sales were $464 million."
)


def test_the_year_ago_period_is_the_year_before() -> None:
    dates = timeline_of(WATERS, "2021-05-05")
    assert ("year-ago period", "2020") in dates and ("Year-earlier sales", "2020") in dates


def test_a_year_ago_is_still_counted() -> None:
    # guard: "a year ago" is read as before, not as a year-ago compound
    dates = timeline_of("The plant opened a year ago, the company said.", "2021-05-05")
    assert dates == [("a year ago", "2020")]


# batch 34's dev articles: page lines that stayed in the cleaned text
STORY = (
    "A jury found Warren Simpson guilty of first-degree murder on Monday.\n\n"
    "Prosecutors said Simpson shot the man after an argument in Park Hill in 2021.\n\n"
    "Simpson will be sentenced in August, the district attorney's office said."
)


@pytest.mark.parametrize(
    "line",
    [
        "Eric Olson and Tom Coyne, Associated Press",  # ocala: writers and their agency
        "CONTACTS: Yeong Kim, (765) 494-3042,; Emil Venere, Purdue News Service, (765) 494-4709,",
        "This is an archived article that was published on sltrib.com in 2017, and information "
        "in the article may be outdated. It is provided only for personal research purposes and "
        "may not be reprinted.",  # sltrib
        "Picture by Mike Boden",  # warringtonguardian: a photographer's credit
    ],
)
def test_page_lines_of_batch_34_go(line: str) -> None:
    # under the headline, as the pages have them (between two paragraphs of prose a short
    # line without its stop went before, as a bare caption)
    cleaned = clean(f"Simpson guilty of Park Hill murder\n\n{line}\n\n{STORY}")
    assert line not in cleaned.text and "guilty of first-degree murder" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Olson and Coyne, two Associated Press reporters, were the first to see the verdict.",
        "The information in the report may be outdated, the judge said on Monday.",
    ],
)
def test_story_lines_with_the_same_words_stay(line: str) -> None:
    # guards: an agency in a sentence; "may be outdated" said of something else
    assert line in clean(f"Simpson guilty of Park Hill murder\n\n{STORY}\n\n{line}").text


def test_an_ordinal_date_line_is_a_dateline() -> None:
    # denverpost: "Monday, June 12th 2023" above the story is the page's date, no title
    assert is_dateline("Monday, June 12th 2023")
    assert clean(f"Monday, June 12th 2023\n\n{STORY}").title is None


def test_a_release_dateline_stays_out_of_abstract_andtimeline_of() -> None:
    # whatsuppub: "PLANO, Texas, June 30, 2020 /PRNewswire/ -- ..."
    text = (
        "PLANO, Texas, June 30, 2020 /PRNewswire/ -- Toyota said today it will reach its "
        "January 2017 pledge to invest $13 billion in the United States early.\n\n"
        "The company has invested $5.9 billion in supplier tooling and plant upgrades."
    )
    digest = summarize(text, published="2020-06-30", backend="none", cache=False)
    assert digest.summary.abstract.startswith("Toyota said today")
    events = [e for e in digest.timeline if e.date == "2020-06-30"]
    assert events and all(e.event.startswith("Toyota said") for e in events)
    assert all(e.evidence[0].quote == e.event for e in events)


def test_a_thumbnail_caption_glued_to_the_headline_goes() -> None:
    # strabaneweekly: the image's placeholder word and its caption, a name, glued on
    head = "Funeral service held for highly-respected journalist thumbnailAustin Hunter."
    story = (
        "A funeral service was held on Tuesday for Austin Hunter, a highly-respected "
        "journalist who was killed while working abroad.\n\n"
        "Mr Hunter began his career with the Strabane Weekly News in 1972."
    )
    cleaned = clean(f"{head}\n\n{story}")
    assert cleaned.title == "Funeral service held for highly-respected journalist"
    assert "thumbnail" not in cleaned.text
