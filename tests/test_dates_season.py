"""A sports season counted from the story's year (dates round 13, bench/probes): "last
season" the year before, "this season" the year, "next season" the year after, as the
gold's annotators date them (two dev articles); a show's or a player's "last season" (its
final one) and a season ticket are no date."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_at

FEB = date(2024, 2, 13)


def _date(text: str, key: str) -> str | None:
    return date_at(text, key, FEB)


@pytest.mark.parametrize(
    ("text", "key", "want"),
    [
        ("Boateng scored 14 goals last season.", "last season", "2023"),
        ("Last season, the Rangers lost in the semi-final.", "Last season", "2023"),
        ("The club has won nine of its 25 games this season.", "this season", "2024"),
        ("She hopes to be fit for next season.", "next season", "2025"),
        ("He was the league's top scorer over the past season.", "past season", "2023"),
    ],
)
def test_a_season_is_dated_by_its_year(text: str, key: str, want: str) -> None:
    assert _date(text, key) == want


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The show will end after its last season.", "last season"),
        ("It was the final match of his last season as a player.", "last season"),
        ("This season ticket price is the highest in the league.", "This season"),
        ("The season starts in August.", "season"),
    ],
)
def test_a_final_season_or_a_ticket_is_no_date(text: str, key: str) -> None:
    assert _date(text, key) is None
