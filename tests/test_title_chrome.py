"""The title is the headline right above the story, not chrome that survived above it.

Cases from bench/probes/title_cases2.py (tuning: read while writing the rules), the dev
articles whose title the rule fixed, and guards where the first line is the headline.
"""

from __future__ import annotations

import pytest

from summarizer._text.cleaning import clean
from summarizer._text.headline import meta_line
from tests.support import ROOT

BODY = (
    "Flood waters rose across the valley on Tuesday, forcing hundreds of families from "
    "their homes, officials said.\n\n"
    '"We have never seen anything like this," said Mayor Jane Porter, who toured the area '
    "by boat.\n"
)


def _title(*lines: str) -> str | None:
    return clean("\n".join(lines) + "\n\n" + BODY).title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # A prompt, a paywall note or an app pitch above the headline.
        (
            ["Sign in", "Create a free account to continue reading", "Council votes to ban cars"],
            "Council votes to ban cars",
        ),
        (
            ["Download our app for the latest news", "Two hurt as car crashes into shop front"],
            "Two hurt as car crashes into shop front",
        ),
        (
            ["You have 3 free articles remaining this month", "Subscribe for unlimited access",
             "State lawmakers approve higher minimum wage"],
            "State lawmakers approve higher minimum wage",
        ),
        # A ticker, and a ticker right above a headline shaped like a standfirst.
        (
            ["Oil $81.20 ▲ 1.2%", "Gold $2,160 ▼ 0.3%",
             "Shares in miners tumble as copper price slides"],
            "Shares in miners tumble as copper price slides",
        ),
        # A breadcrumb, a section label, a sponsor note.
        (
            ["Home » World » Europe", "French farmers block roads in protest over fuel costs"],
            "French farmers block roads in protest over fuel costs",
        ),
        (
            ["Sponsored content", "Tech giant unveils cheaper smartphone for emerging markets"],
            "Tech giant unveils cheaper smartphone for emerging markets",
        ),
        # The writer and their post under the headline is not the headline.
        (
            ["Markets", "FTSE 100 7,650.2 +0.4%",
             "Pound slides as Bank of England hints at rate cut", "Jane Doe, Economics Editor"],
            "Pound slides as Bank of England hints at rate cut",
        ),
        # A question headline with its byline under it.
        (
            ["Can the city afford a new stadium?", "By Jane Doe | March 12, 2024"],
            "Can the city afford a new stadium?",
        ),
        # Guards: the first line is the headline; no headline at all.
        (
            ["Analysis: What the Budget Means for Your Taxes", "By Jane Doe"],
            "Analysis: What the Budget Means for Your Taxes",
        ),
        (["Floods hit valley", "March 12, 2024"], "Floods hit valley"),
        (["Menu", "Search", "Sign in"], None),
        (["Times Names New Editor", "By Jane Doe"], "Times Names New Editor"),
    ],
)  # fmt: skip
def test_chrome_above_the_headline_is_not_the_title(head: list[str], title: str | None) -> None:
    assert _title(*head) == title


def test_a_standfirst_in_points_leaves_the_headline_above_it() -> None:
    """dailymail-coutinho-leg-injury's shape: the headline, three bullet points, the story."""
    head = [
        "Coutinho could miss Atletico clash as Barcelona forward is ruled out with injury",
        "- Coutinho has been ruled out for two to three weeks with a leg problem",
        "- Brazilian will now sit out the La Liga clash with Real Betis",
    ]
    got = clean("\n".join(head) + "\n" + BODY)
    assert got.title == head[0]
    assert head[0] in got.text  # the chrome pass spares it too


def test_a_label_between_the_page_s_meta_lines_is_not_the_headline() -> None:
    head = [
        "Students To Quiz Mayoral Candidates",
        "Thursday, 6 September 2001, 11:26 am",
        "Press Release: Victoria University Students Association",
        "5 September 2001",
    ]
    assert _title(*head) == head[0]


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        # A date line with an ordinal day was taken for the headline, and the headline above
        # it dropped as chrome.
        (
            "newson6-american-airlines-tulsa-layoffs",
            "American Airlines Planning Layoffs, New Details Released By Union",
        ),
        # A wire dateline was: "TOKYO, Sept. 16, Kyodo".
        (
            "kyodo-conspiracy-bill-diet-session",
            "Japan to forgo submitting conspiracy bill in upcoming Diet session",
        ),
        # A release number's line above the headline was the first short line.
        (
            "sec-whistleblower-award-37m",
            "Securities and Exchange Commission Awards Whistleblower More Than $37 Million",
        ),
        (
            "dailymail-coutinho-leg-injury",
            "Philippe Coutinho could miss Atletico Madrid clash as Barcelona forward is ruled "
            "out with leg injury",
        ),
        # Unchanged: the first line is the headline.
        ("scoop-vuwsa-mayoral-forum", "Students To Quiz Mayoral Candidates"),
        ("voa-fifa-indictments-reaction", "World Reacts to FIFA Indictments"),
    ],
)
def test_dev_articles_title_is_their_headline(slug: str, title: str) -> None:
    text = (ROOT / "eval" / "gold" / slug / "article.txt").read_text(encoding="utf-8")
    got = clean(text)
    assert got.title == title
    assert title in got.text


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Wednesday, July 29th 2020, 4:14 pm", True),
        ("Fourth of July parade 2020 at 4 pm", False),
        ("TOKYO, Sept. 16, Kyodo", True),
        ("WASHINGTON, March 12 (Reuters)", True),
        ("Jane Doe Education correspondent", True),
        ("Election results March 5", False),
        ("Times Names New Editor", False),
        ("Storm hits coast, March 12 forecast says", False),
    ],
)
def test_meta_lines_under_a_headline(line: str, meta: bool) -> None:
    assert meta_line(line) is meta
