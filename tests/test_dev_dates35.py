"""Dates from session 35's reading of batch 45's dev articles (eval/gold), failing before
the rule: a page's stamp naming the span it ran ("Published in The Daily Times from Nov.
26 to Nov. 28, 2019") dates the page by its first day, in the year the last one states."""

from __future__ import annotations

from summarizer._extract.page_date import page_date
from summarizer._text.cleaning import clean

# legacy-arthur-legates-obituary
OBITUARY = (
    "Arthur Legates\n"
    "Arthur James Legates, age 82, passed away at his residence in Ohio on Sunday of natural "
    "causes.\n"
    "He served in the Army Reserves and was a member of Trinity Methodist Church.\n"
    "Services will be held in Salisbury, Maryland at 12:00 PM on Monday at Holloway Funeral "
    "Home.\n"
    "Published in The Daily Times from Nov. 26 to Nov. 28, 2019\n"
)


def test_a_stamps_span_dates_the_page_by_its_first_day() -> None:
    found = page_date(clean(OBITUARY), OBITUARY)
    assert found is not None and found[0] == "2019-11-26"
    # across a year's end, the first day is the year before's
    turn = OBITUARY.replace("from Nov. 26 to Nov. 28, 2019", "from Dec. 30 to Jan. 2, 2020")
    found = page_date(clean(turn), turn)
    assert found is not None and found[0] == "2019-12-30"
    # guard: one day stated is that day
    one = OBITUARY.replace("from Nov. 26 to Nov. 28, 2019", "on Nov. 28, 2019")
    found = page_date(clean(one), one)
    assert found is not None and found[0] == "2019-11-28"
