"""Shapes from the real-page probe's rounds 15 and 16 tuning pages (bench/probes/realpages15,
realpages16), each failing before its rule, with guards from story lines of the same shape:
a site's tagline ending "and more…", an editor's note of an update, a print page's pointer
to another page, an app's pitch, and a pull quote cut off by an ellipsis."""

from __future__ import annotations

from summarizer._text.cleaning import clean

STORY = (
    "NASA has finalized a $3.2 billion contract with Boeing to continue manufacturing core and "
    "upper stages for future Space Launch System rockets for Artemis missions to the Moon.\n\n"
    "Satellite broadband provider OneWeb has ordered 10,000 low Earth orbit terminals from "
    "Hughes Network Systems to enable networking services for enterprise customers.\n"
)
HEADLINE = "Contract Watch: OneWeb Purchases Hughes Terminals, NASA Orders Giant Boosters & More"


def test_a_sites_tagline_is_no_headline() -> None:
    # parabolic-arc-contract-watch-oneweb-hughes
    page = (
        f"Constellations, Launch, New Space and more…\n\n{HEADLINE}\n\nBy Doug Messier\n\n{STORY}"
    )
    cleaned = clean(page)
    assert cleaned.title == HEADLINE
    assert "and more…" not in cleaned.text


def test_an_editors_note_of_an_update_goes() -> None:
    # parabolic-arc-contract-watch-oneweb-hughes
    note = (
        "Updated 12/16 at 12:08 p.m. PST with information about Planet Labs acquisition of "
        "Salo Sciences."
    )
    assert "Planet Labs" not in clean(f"{HEADLINE}\n\n{note}\n\n{STORY}").text


def test_a_print_pointer_and_an_apps_pitch_go() -> None:
    # portugal-resident-lagos-political-reform, central-western-daily-stories-clicking-this-week
    lines = (
        "Foreign residents in Portugal can vote in the local elections – find out how on page 10."
        "\n\nDownload in the Apple Store or Google Play."
    )
    text = clean(f"{HEADLINE}\n\n{STORY}\n{lines}\n").text
    assert "page 10" not in text and "Google Play" not in text


def test_a_story_sentence_about_an_app_store_stays() -> None:
    # guard: no pitch, a fact
    line = "Users can download the game in the App Store for free, the company said on Friday."
    assert line in clean(f"{HEADLINE}\n\n{STORY}\n{line}\n").text


def test_a_pull_quote_cut_short_goes() -> None:
    # mandurah-mail-pfnl-finals-decided
    said = "I think the competition this year has really focussed on being a community competition"
    page = (
        f"PFNL finals decided\n\n{STORY}\n{said}...\n\n"
        f'"{said}. Every team has recruits, but there has been a really good balance," he said.\n'
    )
    text = clean(page).text
    assert f"{said}..." not in text and f'"{said}. Every team' in text


def test_a_story_line_cut_short_once_stays() -> None:
    # guard: an ellipsis alone is no pull quote; only a line the story says again
    line = "The council will meet again in March to decide what happens to the site next..."
    assert line in clean(f"{HEADLINE}\n\n{STORY}\n{line}\n").text
