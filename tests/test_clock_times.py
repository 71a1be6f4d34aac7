"""Clock times as days (issue 9): "at noon", a British "1.45pm", a live blog's stamp
opening its line, and the day such a time belongs to when its paragraph names none. Each
from a dev article (yorkshirepost-ann-maguire-funeral, salon-election-night-2016-live-blog),
with guards."""

from __future__ import annotations

from datetime import date

from summarizer._extract.dates import find_time_expressions


def _dates(text: str, published: date | None) -> dict[str, str | None]:
    return {e.text: e.date for e in find_time_expressions(text, published)}


FUNERAL = (
    "THE family of school teacher Ann Maguire were joined by mourners for her funeral "
    "yesterday.\n\n"
    "Mrs Maguire, who was 61, was stabbed to death at a college in Leeds on April 28.\n\n"
    "About 330 people attended the Requiem Mass, which began at noon.\n\n"
    "Her coffin was carried out of the church at about 1.45pm."
)


def test_noon_and_a_british_clock_take_the_storys_present_day() -> None:
    # the day stated last (April 28) is the story's background; "yesterday" is its present
    got = _dates(FUNERAL, date(2014, 5, 17))
    assert got["at noon"] == "2014-05-16"
    assert got["at about 1.45pm"] == "2014-05-16"


def test_with_no_publication_date_the_last_day_stated_still_serves() -> None:
    text = FUNERAL.replace(" yesterday", "").replace("April 28", "April 28, 2014")
    got = _dates(text, None)
    assert got["at noon"] == got["on April 28, 2014"] == "2014-04-28"


def test_a_live_blogs_stamp_opening_its_line() -> None:
    text = (
        "November 9, 2016 5:00AM (UTC)\n\n"
        "1:09 am Salon is calling the state of Utah for Donald Trump.\n\n"
        "12:55 am (AP) The mood is dark at the Javits Center."
    )
    got = _dates(text, date(2016, 11, 9))
    assert got["1:09 am"] == "2016-11-09"
    assert got["12:55 am"] == "2016-11-09"


def test_guards_a_price_a_score_and_a_time_inside_a_line() -> None:
    # a decimal is no clock; a time after a day is that day's (left to the day)
    got = _dates("Shares rose to $1.45 on the news. They led 2.30 at the break.", date(2020, 3, 4))
    assert got == {}
    got = _dates("Polls close at midnight on Tuesday.", date(2020, 3, 4))
    assert list(got) == ["on Tuesday"]
    # a time alone with no day anywhere stays undated
    assert _dates("The Requiem Mass began at noon.", None) == {}
