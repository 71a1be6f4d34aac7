"""Shapes from the dev articles read in session 29 (eval/gold), each failing before its
rule: an aside after a speaker's name whose opening comma the copy lost ("President Joko
Widodo or Jokowi as he popularly known, said"), a range of years after a preposition
("between 1999-2004")."""

from __future__ import annotations

import pytest

from summarizer import summarize
from tests.test_quotes import quote, quotes_of

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
    digest = summarize(sentence + " The club said it was proud of its history.",
                       backend="none", cache=False, published="2009-07-31")  # fmt: skip
    assert sorted({e.date for e in digest.timeline} - {"1990"}) == years
