"""Shapes from the real-page probe's round 10 tuning pages (bench/probes/realpages10) and from
session 31's dev articles of eval/gold (batch 35), each failing before its rule, with guards
from story lines of the same shape."""

from __future__ import annotations

import pytest

from summarizer._text.cleaning import clean
from summarizer._text.headline import is_dateline

STORY = (
    "Ratepayers here are in the gun for a potential $350-a-year rates increase, as the "
    "district council considers an 11.4 percent hike.\n\n"
    "Mayor Rehette Stoltz said the adverse weather events had impacted the region's water, "
    "land, people and future.\n\n"
    "The council will consult on the plan in March, she said."
)


def _kept(page: str) -> str:
    return clean(page).text


# deccan-chronicle: the caption under the standfirst, credited after a dash
@pytest.mark.parametrize(
    "caption",
    [
        "The Congress is attacking both the state and Union governments for their alleged "
        "failure on various fronts. — Representational Image/AFP",
        "Farmers protest near the secretariat on Tuesday. — PTI Photo",
    ],
)
def test_a_caption_credited_after_a_dash_goes(caption: str) -> None:
    page = f"Rates hike of 11.4 percent on cards for residents\n\n{caption}\n\n{STORY}"
    assert caption.split(" —")[0] not in _kept(page)


def test_a_dash_inside_a_sentence_is_no_credit() -> None:
    # guard: a dash and a capitalised word ending a story sentence stays
    line = "The council met on Tuesday. — Mayor Stoltz opened the session with a prayer."
    assert "Mayor Stoltz opened" in _kept(f"{STORY}\n\n{line}")


def test_a_date_between_section_words_is_a_dateline() -> None:
    assert is_dateline("Nation Politics 06 Mar 2021 Explainer")
    assert not is_dateline("Nation waits for March 6, 2021 vote on new constitution")
    assert not is_dateline("Mar 18, 2020 Election Results")  # a headline (round 7's guard)


# gisborne-herald, mycowichanvalleynow, newsofthearea, rapidcityjournal, getyourkitsout
@pytest.mark.parametrize(
    "line",
    [
        "Listening to articles is free for open-access content—explore other articles or "
        "learn more about text-to-speech.",
        "HomeNewsNanaimo council decompressing",
        "0 SHARES Share Tweet",
        "A1 A1",
        "You are the owner of this page.",
        "Return to Main Page           Home Page",
        # starledger-editorial-tomorrow-crucial-vote-ballot-questions (batch 36, dev)
        "voting.jpg People check in to cast their ballots at an early voting center in "
        "Washington on Friday.",
    ],
)
def test_page_lines_of_round_10_go(line: str) -> None:
    assert " ".join(line.split()) not in " ".join(_kept(f"{line}\n\n{STORY}").split())


@pytest.mark.parametrize(
    "line",
    [
        "Listeners to the radio station were asked to call in with their views.",
        "HomeAway said it would list more homes in the district.",
        "Shares in the company fell 4 percent on Tuesday.",
        "The file photo.jpg format was replaced by PNG in 2019, the agency said.",
    ],
)
def test_story_lines_of_the_same_shape_stay(line: str) -> None:
    assert line in _kept(f"{STORY}\n\n{line}")


# ptv-news: "Popular" under the story, other stories' titles and their writers' teasers
POPULAR = (
    "Popular\n\n"
    "Palace reacts to China’s ban on ex-Sen. Tolentino, former Pres. spox Roque statement; "
    "issues updates on probe of ‘missing sabungeros’\n\n"
    "By Dean Aubrey Caratiquet At the Palace press briefing held this Wednesday, July 2, "
    "officials gave updates.\n\n"
    "Gov’t remains ‘relentless’ in supporting PH Air Force — PBBM\n\n"
    "By Brian Campued President Ferdinand R. Marcos Jr. reaffirmed his administration’s "
    "continued support to the Filipino airmen."
)


def test_a_popular_list_under_the_story_goes() -> None:
    kept = _kept(f"{STORY}\n\n{POPULAR}")
    assert "Palace" not in kept and "Campued" not in kept and "Popular" not in kept


def test_popular_above_the_story_opens_no_list() -> None:
    # guard: above the story "Popular" may be a menu's word; the headline under it stays
    head = "Rates hike of 11.4 percent on cards for residents"
    assert clean(f"Popular\n\n{head}\n\n{STORY}").title == head


# batch 36's dev articles (bizjournals, newsfiledaily, wfin, ljworld): page lines that went
# through to the text
@pytest.mark.parametrize(
    "line",
    [
        " – Reporter, Buffalo Business First",
        "— with a file from Global News’ Aaron D’Andrea",
        "Get weekly health news",
        "Review Category : Local News",
    ],
)
def test_page_lines_of_batch_36_go(line: str) -> None:
    # above the story, where they stood (under it, the story's end already drops them)
    assert " ".join(line.split()) not in " ".join(_kept(f"{line}\n\n{STORY}").split())


@pytest.mark.parametrize(
    "line",
    [
        "The reporter, a veteran of the paper, said she would appeal.",
        "Categories of spending rose sharply this year, the council said.",
        "Get weekly updates on the council's budget by attending its meetings, she said.",
    ],
)
def test_story_lines_of_batch_36_shapes_stay(line: str) -> None:
    assert line in _kept(f"{line}\n\n{STORY}")


def test_a_caption_credited_to_its_photographer_goes() -> None:
    caption = (
        "Kansas head coach Bill Self gets a bear hug from Kansas forward Flory Bidunga (40) "
        "following the Jayhawks’ 82-78 win over Arizona, Monday, Feb. 9, 2026, at Allen "
        "Fieldhouse. Photo by Nick Krug"
    )
    page = f"Rates hike of 11.4 percent on cards for residents\n\n{caption}\n\n{STORY}"
    assert "bear hug" not in _kept(page)


# cochrane-eagle (round 11): the standfirst, an image's caption twice, then the lead that
# repeats the standfirst; the lead had gone with the caption as its "credit"
def test_a_caption_twice_between_standfirst_and_lead_takes_no_lead() -> None:
    lead = (
        "During its Sept. 14 meeting, council heard a number of delegations from community "
        "groups, with motions from declaring September Prostate Cancer Awareness Month."
    )
    page = (
        "Delegations, a $1M offer and a meeting with transportation minister\n\n"
        f"{lead}\nTown of Cochrane.\nTown of Cochrane.\n\n{lead}\n\n{STORY}"
    )
    cleaned = clean(page)
    assert cleaned.text.count(lead) == 1
    assert cleaned.title == "Delegations, a $1M offer and a meeting with transportation minister"
