"""Shapes from the real-page probe's round 13 (bench/probes/realpages13) and from session 32's
second batch of dev articles of eval/gold (batch 38), each failing before its rule, with
guards from story lines of the same shape.  One held-out page of round 13 crashed the code
(an empty body's name): it was read to find why and counts as read from then on."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import summarize
from summarizer._text.cleaning import clean

STORY = (
    "The South African Broadcasting Corporation made significant concessions on Wednesday "
    "as the High Court in Pretoria heard an application for an urgent interdict.\n\n"
    "The Helen Suzman Foundation secured an interdict after the SABC decided not to contest "
    "it, attorney Jane Doe said.\n"
)


def test_a_title_inside_a_word_cuts_no_body_to_nothing() -> None:
    # ripples-nigeria-bank-stocks-lead-gains (held out; read for the crash): "PF" inside
    # "NPF" was read as a title, which cut "NPF Micofinance Bank" to an empty name
    text = (
        "Red Star Express went up by 10% to N3.30. NPF Micofinance Bank rose to N1.37, "
        "notching up 9.60% in the session.\n\nSterling Bank and UBA also gained.\n"
    )
    digest = summarize(text, backend="none")
    assert "NPF Micofinance Bank" in [a.name for a in digest.actors]


def test_a_browsers_title_with_a_guillemet_and_a_menu_of_sections_go() -> None:
    # manila-bulletin-senate-passes-landmark-bills: "<headline> » <site>" on top, then a
    # menu whose two-word sections ("World News", "News Asia") read as a writer's name
    page = (
        "Senate passes landmark bills » Manila Bulletin News\n\n"
        "Manila Bulletin Philippines\n\nShowbiz and Celebrity News\n\nSports News\n\n"
        "World News\nNews Asia\n\nSenate passes landmark bills\n\n\n"
        "By Vanne Elaine Terrazola\n\n"
        "The Senate of the Philippines proved that it was not remiss in passing landmark "
        "bills, especially priority measures of the administration.\n\n"
        "Senate President Vicente Sotto III said the chamber passed 87 bills this year.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Senate passes landmark bills"
    assert "Showbiz" not in cleaned.text


@pytest.mark.parametrize("line", ["Font size: -+", "Sponsored by"])
def test_a_control_and_an_adverts_label_above_the_story_go(line: str) -> None:
    # polity-sabc-backs-down-high-court
    page = f"SABC backs down in high court\n\n{line}\n\n20th July 2016\n\n{STORY}"
    assert f"\n{line}\n" not in f"\n{clean(page).text}\n"


def test_a_links_prompt_in_brackets_closing_a_paragraph_is_cut() -> None:
    # metronews-edmonton-iveson-year-end-interview-2016 (dev)
    lead = (
        "As 2016 draws to an end, Metro sat down with Mayor Don Iveson to reflect on this "
        "year and what he thinks needs to be done in 2017."
    )
    page = (
        f"Iveson looks back\n\n{lead} (Click here to read his interview from last year.)\n\n{STORY}"
    )
    kept = clean(page).text
    assert lead in kept
    assert "Click here" not in kept


def test_a_name_and_where_it_was_pictured_is_a_caption() -> None:
    # madisonpress-former-london-mayor-david-eades-dies-2018 (dev)
    page = f"Former mayor dies\n\n{STORY}\nDavid Eades in his office in 2015.\n\n{STORY}"
    assert "David Eades in his office" not in clean(page).text


def test_a_name_with_a_verb_is_the_story() -> None:
    # guard: a short sentence that opens with a name and has its verb stays
    line = "David Eades in 2015 was named mayor of the year."
    page = f"Former mayor dies\n\n{STORY}\n{line}\n\n{STORY}"
    assert line in clean(page).text


def test_a_notice_to_visit_a_site_goes() -> None:
    # sabcnews-matric-results-2020-release-monday (dev, batch 39)
    line = (
        "For all official information and updates regarding COVID-19, visit the South African "
        "Department of Health's website at www.sacoronavirus.co.za"
    )
    assert "sacoronavirus" not in clean(f"Matric results out on Monday\n\n{STORY}\n{line}\n").text


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # sabcnews-matric-results-2020-release-monday (dev, batch 39): a bracketed note of a
        # file picture closing its caption, and a byline with the outlet's handle
        (
            "Department Spokesperson Elijah Mhlanga says it is all systems go for the "
            "announcement in Pretoria. [File image]",
            "[File image]",
        ),
        ("Angela Bolowana Angela Bolowana | @SABCNews", "@SABCNews"),
        # shieldsgazette-jarrow-magistrates-left-early-2024 (dev): a caption credited "| NW"
        ("South Tyneside Magistrates’ Court. | NW", "| NW"),
    ],
)
def test_a_credit_closing_a_caption_or_a_byline_goes(line: str, gone: str) -> None:
    assert gone not in clean(f"Matric results out on Monday\n\n{line}\n\n{STORY}").text


ROOT = Path(__file__).parents[1]


def test_the_real_pages_titles() -> None:
    # manila-bulletin-senate-passes-landmark-bills (round 13 tuning): the menu's last long
    # line had been taken for the headline over "World News" / "News Asia" as a byline
    page = ROOT / "bench/probes/realpages13/manila-bulletin-senate-passes-landmark-bills.txt"
    assert clean(page.read_text()).title == "Senate passes landmark bills"
    # sabcnews-matric-results-2020-release-monday (dev): a search box's "View All Result",
    # once the notice above it went, had become the title
    page = ROOT / "eval/gold/sabcnews-matric-results-2020-release-monday/article.txt"
    assert clean(page.read_text()).title == "2020 Matric results due to be released on Monday"
