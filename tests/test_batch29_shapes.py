"""Shapes from the dev articles read in session 29 (eval/gold), each failing before its
rule: an aside after a speaker's name whose opening comma the copy lost ("President Joko
Widodo or Jokowi as he popularly known, said")."""

from __future__ import annotations

from tests.test_quotes import quote, quotes_of

# antaranews-jokowi-condolences-sunda-strait-tsunami: the nickname's aside has no opening comma
ASIDE = (
    "The President arrived in Toraja on Saturday. \"I offer my deep condolences to the "
    "victims of (the tsunami) in Serang and Pandeglang of Banten (province), \" President "
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
