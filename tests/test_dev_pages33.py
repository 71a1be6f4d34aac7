"""Page lines and bodies from session 33's reading of batch 41's dev articles (eval/gold),
each failing before its rule but the guards: a template's "Author: Name" byline, "Main menu"
and a search icon's label, "Related readings:" over other stories' titles, a caption's
"Photo by: Name." and "File photo by Name/Outlet" after its stop, an image's alt text
"Picture of X logo"; a live blog's long update with no final stop is no headline of a list;
a body named before its officer's title ("Regina Police Service Chief Evan Bray") and a
surname written "FitzPatrick"; and from batch 42: "Dr" before a given name ("Dr Johari"
after "Dr Johari Awang Besar"), "Stock Exchange" ending a body's name, a prompt to follow a
paper's Google News channel, a scoreboard's "Loading Live Scoring..." and "*All times CAT
(GMT+2)", "JavaScript is off. Please enable to view full site."""

from __future__ import annotations

from summarizer._extract.actors import find_actors
from summarizer._text.cleaning import clean
from summarizer._text.segment import segment
from tests.test_quotes import quote, quotes_of

STORY = (
    "Lawmakers in Juneau met on Friday to plan the session, and the talks went on for hours.\n\n"
    "The caucus agreed to meet again next month, members said after the meeting.\n"
)


def _cleaned(*lines: str) -> str:
    return clean("Caucus holds a quiet meeting\n\n" + "\n\n".join(lines) + "\n\n" + STORY).text


def test_an_author_label_is_a_byline() -> None:
    # adn-anchorage-legislative-caucus-quiet-meeting
    assert "Devin Kelly" not in _cleaned("  • Author: Devin Kelly")


def test_a_menu_and_a_search_icons_label_go() -> None:
    # amnestyca-hussein-detention-yunus-release
    text = _cleaned("Select this search icon to access the search form", "Main menu")
    assert "search icon" not in text and "Main menu" not in text


def test_related_readings_open_a_list_of_other_stories() -> None:
    # chinadaily-zheng-shaodong-death-sentence-reprieve
    text = clean(
        "Ex-official gets death sentence with reprieve\n\n" + STORY + "\n"
        "Related readings:\n\n"
        "China probes judges for bribery over deadly mine blast\n\n"
        "Bribery being bred in grassroot elections\n\n"
        "Ex-official sentenced to life for bribery\n"
    ).text
    assert "Related readings" not in text and "grassroot elections" not in text


def test_a_caption_credited_after_its_stop_goes() -> None:
    # mongabay-can-loggers-be-conservationists, vtdigger-anti-harassment-bill-students-scramble
    text = _cleaned(
        "Sawmill in Indonesia. Photo by: Rhett A. Butler.",
        "Rep. Saudia LaMont, D-Morristown, listens during a meeting of the House General and "
        "Housing Committee at the Statehouse in Montpelier in February. The committee had "
        "added language. File photo by Glenn Russell/VTDigger",
    )
    assert "Sawmill" not in text and "Rhett" not in text
    assert "LaMont" not in text and "VTDigger" not in text


def test_an_alt_text_naming_a_logo_goes() -> None:
    # stockopedia-st-jamess-place-half-year-report-2024
    assert "logo" not in _cleaned("Picture of St James's Place logo")


def test_a_live_blogs_update_without_a_stop_stays() -> None:
    # plymouthherald-a38-st-budeaux-crash-live-blog: the headings and updates of a live blog,
    # none ending in a stop, had read as a list of other stories' titles
    text = clean(
        "A38 closed after crash near St Budeaux\n\n"
        "The A38 is expected to remain closed until late this evening following a crash.\n\n"
        "Latest update from Highways England\n\n"
        "Normal traffic conditions are expected to return between 12.15pm and 12.30pm on "
        "December 30 2017\n\n"
        "Latest from Highways England\n\n"
        "Normal traffic conditions are expected to return between 11.45pm and 12pm on "
        "December 30 2017\n\n"
        "Police warn of disruption\n\n"
        "Police officers and paramedics were called to the scene at about 6pm.\n"
    ).text
    assert "between 12.15pm and 12.30pm on December 30 2017" in text


def test_a_list_of_titles_with_a_question_still_goes() -> None:
    # guard (chroniclelive-north-east-live-blog-2017-07-12): a title with "is" and a question
    text = clean(
        "North East live\n\n" + STORY + "\n"
        "Schoolboy almost killed in bike fall speaks for first time\n\n"
        "Untouchable head of cocaine empire ordered to pay back drug money\n\n"
        "What is Cheryl’s second name? Boyfriend Liam Payne reveals all in radio interview\n\n"
        "Bigg Night Out, Newcastle city centre, June 2007\n"
    ).text
    assert "Cheryl" not in text and "cocaine empire" not in text


def test_a_body_before_its_officers_title_is_an_actor() -> None:
    found = {a.name: a.type for a in find_actors(segment(
        "Regina Police Service Chief Evan Bray said the case was closed. Petah Tikva "
        "Magistrate Court Judge Erez Nurieli announced his decision on Tuesday."
    ))}  # fmt: skip
    assert found["Regina Police Service"] == "organization"
    assert found["Evan Bray"] == "person"
    assert "Petah Tikva" not in found  # cut at a title word: no body's name is left


def test_a_surname_written_fitz_with_a_capital() -> None:
    # stockopedia-st-jamess-place-half-year-report-2024
    text = (
        "St. James's Place half-year report\n\n"
        "Mark FitzPatrick, Chief Executive Officer, commented:\n\n"
        '"I am encouraged to report robust business performance for the first half of 2024 '
        'across each of our key operating and financial metrics."'
    )
    assert quote(quotes_of(text), "I am encouraged").speaker == "Mark FitzPatrick"


def test_a_given_name_after_dr_is_the_full_name_named_before() -> None:
    # theborneopost-sandakan-dengue-cases-surge: "Dr Johari" (a Malay given name) had stayed
    # a second actor, and his quotations went to him, not to "Johari Awang Besar"
    text = (
        "Dengue cases surge in Sandakan\n\n"
        "SANDAKAN: Dengue cases rose sharply this year, said Sandakan Health officer Dr Johari "
        "Awang Besar.\n\n"
        "“Today we have 61 localities with active dengue cases,” Dr Johari said."
    )
    assert quote(quotes_of(text), "Today we have").speaker == "Johari Awang Besar"


def test_a_stock_exchange_ends_a_bodys_name_and_a_google_news_prompt_goes() -> None:
    # ghanaonlinenews-guinness-ghana-best-year, thedailystar-holey-artisan-high-court-verdict
    found = {a.name for a in find_actors(segment(
        "The event was organised with the Ghana Stock Exchange on Friday, the company said."
    ))}  # fmt: skip
    assert "Ghana Stock Exchange" in found
    text = _cleaned(
        "Google News LinkFor all latest news, follow The Daily Star's Google News channel."
    )
    assert "Google News" not in text


def test_a_scoreboards_widget_lines_and_a_browsers_notice_go() -> None:
    # supersport-superwrap-newlands-knockout-lions-stormers, tuoitrenews-fake-policeman-...
    page = (
        "Loading Live Scoring...\n*All times CAT (GMT+2)\n\nNew-lands a knockout\n\n"
        "JavaScript is off. Please enable to view full site.\n\n" + STORY
    )
    cleaned = clean(page)
    assert "Loading" not in cleaned.text and "All times" not in cleaned.text
    assert "JavaScript" not in cleaned.text
