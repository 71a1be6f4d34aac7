"""Thirteenth held-out batch (only scored; written in one sitting before any rule of the
round): a sports season counted from the story's date ("last season", "this season", "next
season": the year before, of and after publication, as the gold's annotators date them: two
dev articles, an English football report in February and a Minnesota high-school report in
November, both date "last season" to the year before), and guards: a show's or a player's
last season (the final one, no date), a season ticket, the season with no word before."""

from __future__ import annotations

from datetime import date

F = date(2024, 2, 13)
N = date(2024, 11, 14)

Case = tuple[str, date, str, str | frozenset[str | None] | None]

CASES: list[Case] = [
    ("Boateng scored 14 goals last season.", F, "last season", "2023"),
    ("Last season, the Rangers lost in the semi-final.", N, "Last season", "2023"),
    ("The club has won nine of its 25 games this season.", F, "this season", "2024"),
    ("She hopes to be fit for the start of next season.", F, "next season", "2025"),
    ("Attendances are up by a fifth on last season's average.", F, "last season", "2023"),
    ("This season has been the hardest of his career.", N, "This season", "2024"),
    ("He was the league's top scorer over the past season.", F, "past season", "2023"),
    # guards
    (
        "The show will end after its last season next year.",
        F,
        "last season",
        frozenset({None, "2025"}),
    ),
    (
        "It was the final match of his last season as a player in 2019.",
        F,
        "last season",
        frozenset({None, "2019"}),
    ),
    ("Season ticket holders will get a refund.", F, "Season", None),
    ("The season starts in August.", F, "season", None),
]
