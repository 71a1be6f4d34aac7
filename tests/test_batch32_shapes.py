"""Shapes from the dev articles read in session 30 (eval/gold, batches 32 and 33), each
failing before its rule: a quotation closed by a full stop before its "said" ('"...
mediocrity." said current Miami mayor Francis Suarez'), the page's date line copied years
after the story (the day it was stored, with its weekday) taken as the story's clock, and
results compared with "the year-ago period"."""

from __future__ import annotations

from summarizer import summarize
from tests.test_quotes import quote, quotes_of


def _timeline(text: str, published: str) -> list[tuple[str, str | None]]:
    """Code's timeline for ``text``, as (date as written, date), no model."""
    digest = summarize(text, backend="none", cache=False, published=published)
    return [(e.date_text, e.date) for e in digest.timeline]


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
    assert ("Thursday", "2016-12-29") in _timeline(LDS, "2016-12-29")


def test_a_date_line_near_publication_is_still_the_clock() -> None:
    # guard: the page's date line of the story's own week dates its weekday
    text = LDS.replace("Tuesday, May 17, 2022", "Saturday, December 31, 2016")
    assert ("Thursday", "2016-12-29") in _timeline(text, "2017-01-02")


# milforddailynews-waters-q1-2021-earnings: earnings compared with the year before
WATERS = (
    "Waters Corp. said Tuesday it earned $1.72 a share in its first quarter, up from $1.05 "
    "a share in the comparable year-ago period. Year-earlier sales were $464 million."
)


def test_the_year_ago_period_is_the_year_before() -> None:
    dates = _timeline(WATERS, "2021-05-05")
    assert ("year-ago period", "2020") in dates and ("Year-earlier sales", "2020") in dates


def test_a_year_ago_is_still_counted() -> None:
    # guard: "a year ago" is read as before, not as a year-ago compound
    dates = _timeline("The plant opened a year ago, the company said.", "2021-05-05")
    assert dates == [("a year ago", "2020")]
