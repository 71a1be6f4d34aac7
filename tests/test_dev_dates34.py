"""Date shapes from session 34's reading of dev articles (eval/gold), each failing before
its rule but the guards: a results period written short ("2Q21", "FY22", "1H22"), "the
fiscal year 2022" and a year's end joined to it ("the end-2008 crisis") are that year."""

from __future__ import annotations

from datetime import date

from summarizer._extract.dates import find_time_expressions
from tests.support import timeline_of

# benzinga-usana-q2-preliminary-guidance-cut, published 2022-07-12
USANA = (
    "USANA Health Sciences shares slid in the post-market session after it reported "
    "preliminary second-quarter results and updated its FY22 outlook. USANA anticipates Q2 "
    "net sales will be ~$265 million (compared to $337 million in 2Q21)."
)


def test_a_results_period_written_short_is_its_year() -> None:
    found = timeline_of(USANA, "2022-07-12")
    assert ("FY22", "2022") in found
    assert any(d == "2021" and "2Q21" in t for t, d in found)


def test_other_short_periods() -> None:
    text = "Sales rose in 1H22, in H2 2021, in Q3’21 and in FY2020, as in 4Q19."
    got = {e.text.removeprefix("in "): e.date for e in find_time_expressions(text, None)}
    assert got == {"1H22": "2022", "H2 2021": "2021", "Q3’21": "2021", "FY2020": "2020",
                   "4Q19": "2019"}  # fmt: skip


def test_model_names_and_codes_are_no_periods() -> None:
    # guard: a car, a video codec, a virus, a period spanning two years
    text = "The Audi Q3, the Q450 and H264 video, the H1N1 virus and FY 2022-23 and FY2022/23."
    assert find_time_expressions(text, date(2022, 7, 12)) == []


def test_the_fiscal_year_and_a_years_end() -> None:
    # benzinga-usana-q2-preliminary-guidance-cut; businesstimes-stocks-to-watch-dbs-singpost
    text = (
        "We expect to generate strong cash flow in the fiscal year 2022, and in the financial "
        "year 2021. The last time they were asked to take no-pay leave was after the "
        "end-2008 global financial crisis."
    )
    got = {e.text: e.date for e in find_time_expressions(text, date(2022, 7, 12))}
    assert got == {"fiscal year 2022": "2022", "financial year 2021": "2021", "end-2008": "2008"}
