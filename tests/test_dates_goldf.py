"""Dates of gold batch f's dev articles (a year's last two digits after a full year, the last
weekday of a list), each with guards."""

from __future__ import annotations

from datetime import date

from summarizer._extract.dates import find_time_expressions


def found(text: str, published: date | None = None) -> dict[str, str | None]:
    return {e.text: e.date for e in find_time_expressions(text, published)}


def test_a_short_year_after_a_full_year_is_read_from_it() -> None:
    text = "He coached boys state title teams at Ardmore in 1993 and '94."
    assert found(text)["'94"] == "1994"
    assert found("He won titles in 1999 and ’02.")["’02"] == "2002"


def test_a_short_year_alone_or_a_decade_is_no_date() -> None:
    assert "’99" not in found("The 1998-’99 season was his last.")
    assert not any("70" in k for k in found("She loves rock and '70s music."))
    assert "'94" not in found("Smith and '94 classmates met on campus.")


def test_the_last_weekday_of_a_list_comes_after_the_others() -> None:
    text = (
        "The board announced Thursday that candidates will meet the public next week.\n\n"
        "On Monday, Tuesday, and Wednesday, each candidate will take part in roundtables."
    )
    dates = found(text, date(2022, 3, 10))
    assert (dates["On Monday"], dates["Tuesday"], dates["Wednesday"]) == (
        "2022-03-14",
        "2022-03-15",
        "2022-03-16",
    )
    guard = found("He spoke on Monday, and Wednesday he left, officials said.", date(2022, 3, 10))
    assert guard["on Monday"] == "2022-03-07"
