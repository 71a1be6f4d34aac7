"""Chrome judged by shape and position (_text/chrome.py, chrome_line.py), on real pages' lines.

The chrome lines are the ones issue 9 quotes from NYT, BBC and TIME pages, and lines from
articles of the gold set's dev split; the guards are ordinary story lines of the same
shapes (one-line quotes, subheads, a story's own short list) that must survive.
"""

from __future__ import annotations

import pytest

from summarizer._text.cleaning import clean

STORY = (
    "President Obama said on Tuesday that the talks would resume next week in Geneva.\n\n"
    "The two sides met for four hours and agreed to meet again, officials said."
)
END = "Negotiators said a deal was still possible before the end of the year."


def _cleaned(chrome: str) -> str:
    return clean(f"{STORY}\n\n{chrome}\n\n{END}").text


@pytest.mark.parametrize(
    "chrome",
    [
        # NYT
        "Continue reading the main story",
        "Share This Page",
        "Credit Jim Watson/Agence France-Presse — Getty Images",
        "A version of this article appears in print on March 25, 2014, on Page A7 of the "
        "New York edition with the headline: Obama Meets Allies.",
        "We’re interested in your feedback on this page. Tell us what you think.",
        # BBC
        "From the section US & Canada",
        "Share this story About sharing",
        "Read the full transcript of his interview",
        # TIME
        "Read more: The Best Inventions of 2023",
        "Want Weekly Recs on What to Watch, Read, and More? Sign Up for our newsletter",
        # dev split: mlive, Guardian, Xinhua, Wesleyan
        "City Hall Closed 1.JPG",
        "Email the author | Follow on Twitter",
        "on October 21, 2013 at 5:15 PM, updated October 21, 2013 at 7:39 PM",
        "Related: Lewis Dunk header salvages point for Brighton against Wolves",
        "(Information provided by the Office of Academic Affairs)",
        # wire and rights shapes, any outlet: a rights notice, editors' credits, a pointer
        "Copyright 2023 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "(Reporting by Jane Smith; Additional reporting by John Doe; Editing by Alex Richardson)",
        "Reporting by Jane Smith in London; Editing by Mark Heinrich",
        "The Associated Press contributed to this report.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Story continues below advertisement",
        "This article was originally published on March 24, 2014",
        # gold batch 14, dev: an advert's control (scotsman), a transcript's template label (und)
        "Hide Ad",
        "An interview with:",
        "Remarks by:",
    ],
)
def test_chrome_line_goes_and_the_story_stays(chrome: str) -> None:
    text = _cleaned(chrome)
    assert chrome not in text
    assert text.startswith(STORY[:40]) and text.endswith(END)


def test_related_headline_run_goes_even_in_sentence_case() -> None:
    # BBC's related-story list: sentence-case headlines, no final punctuation.
    related = (
        "Five things we learned from Obama interview\n\n"
        "The presidential body swerve\n\n"
        "What Obama really thinks of his critics"
    )
    text = _cleaned(related)
    assert "Five things" not in text and "body swerve" not in text and "critics" not in text
    assert END in text


def test_must_reads_heading_and_its_list_go() -> None:
    listing = (
        "More Must-Reads From TIME\n"
        "The Best Inventions of 2023\n"
        "Why We Can't Stop Watching True Crime\n"
        "The 100 Most Influential Companies of the Year"
    )
    text = clean(f"{STORY}\n\n{listing}").text
    assert text == STORY
    assert "2023" not in text


def test_caption_credit_is_cut_but_a_caption_sentence_stays() -> None:
    # Xinhua (dev): the gold set counts this caption's date as the story's.
    line = (
        "The inauguration ceremony on construction work of the Peace Airport, Xigaze "
        "Prefecture,southwestern Tibet, is held on April 29, 2009. (Xinhua/ Chogo) Photo Gallery"
    )
    text = _cleaned(line)
    assert "is held on April 29, 2009." in text
    assert "Xinhua/ Chogo" not in text and "Photo Gallery" not in text


def test_breadcrumbs_above_the_headline_go_and_the_headline_is_the_title() -> None:
    # FBI news blog (dev): navigation and a post count above the story's headline.
    page = (
        "Home News News Blog\n\nNews Blog\n\nFound 1185 posts.\nFeb 09, 2016 09:45 AM\n\n"
        "Wife of Dead ISIL Leader Charged in Death of Kayla Jean Mueller\n\n"
        "The wife of former senior ISIL leader Abu Sayyaf has been charged for her role in a "
        "conspiracy."
    )
    cleaned = clean(page)
    assert cleaned.title == "Wife of Dead ISIL Leader Charged in Death of Kayla Jean Mueller"
    assert "News Blog" not in cleaned.text and "1185" not in cleaned.text
    assert "Feb 09, 2016 09:45 AM" in cleaned.text  # the post's own date stays


def test_repeated_paragraph_is_kept_once() -> None:
    lead = "The wife of former senior ISIL leader Abu Sayyaf has been charged for her role."
    assert clean(f"{lead}\n\n{STORY}\n\n{lead}").text.count(lead) == 1


def test_contact_run_inside_a_release_line_is_cut() -> None:
    line = (
        "FOR IMMEDIATE RELEASE WEDNESDAY, APRIL 9, 2003 WWW.USDOJ.GOV CRM (202) 514-2008 "
        "TDD (202) 514-1888 WASHINGTON, D.C. - Assistant Attorney General Michael Chertoff "
        "announced the plea."
    )
    text = _cleaned(line)
    assert "514-2008" not in text and "USDOJ" not in text
    assert "WASHINGTON, D.C. - Assistant Attorney General Michael Chertoff" in text


@pytest.mark.parametrize(
    "story",
    [
        '"The power outage was the cause of the cancellation," she said.',
        "“We will not back down”",
        "Share prices fell sharply after the announcement.",
        "Follow-up talks are planned for June.",
        "Read the statement in full on the ministry's website, the spokesman said.",
        "Subscribers to the service will pay more from April.",
        "The reporting by the newspaper was later contributed to the inquiry, she said.",
        "The rights of the accused are reserved for the court, the judge said.",
        "He added:",
        "The ad was pulled after complaints, the company said.",
    ],
)
def test_ordinary_story_lines_survive(story: str) -> None:
    assert story in _cleaned(story)


def test_subheads_inside_the_story_survive() -> None:
    body = (
        "Talks Resume\n\nThe delegations returned to the table on Monday morning.\n\n"
        "A Deal in Sight\n\nBoth sides said the main obstacles had been removed."
    )
    text = _cleaned(body)
    assert "Talks Resume" in text and "A Deal in Sight" in text


def test_a_list_the_story_introduces_survives_at_the_end() -> None:
    tail = "Candidates confirmed so far:\nMary Varnham\nJohn Morrison\nKerry Prendergast"
    text = clean(f"{STORY}\n\n{tail}").text
    assert "Kerry Prendergast" in text and "Mary Varnham" in text


def test_a_teasers_continue_reading_goes_and_its_date_stays() -> None:
    # Guardian live blog (dev): the gold set counts the date, and lists the link as chrome.
    text = _cleaned("Continue reading...February 12, 2018")
    assert "Continue reading" not in text and "February 12, 2018" in text


@pytest.mark.parametrize(
    "line",
    [
        "Tesla shares rose 4% in New York (NASDAQ/TSLA)",
        "Prices are quoted in two currencies (USD | EUR)",
    ],
)
def test_a_parenthesis_that_is_no_credit_stays(line: str) -> None:
    assert line in _cleaned(line)


def test_photographer_slash_agency_credit_is_cut() -> None:
    line = "Rescue workers search the rubble in Antakya on Feb. 7, 2023. (Hussein Malla/AP)"
    text = _cleaned(line)
    assert "Rescue workers search the rubble in Antakya on Feb. 7, 2023." in text
    assert "Malla" not in text


def test_no_claim_or_dated_event_comes_from_chrome() -> None:
    # A page shaped like the issue's TIME and NYT pages: the related headline "The Best
    # Inventions of 2023" and a credited photo once became timeline events.
    from summarizer._extract.actors import find_actors
    from summarizer._extract.claims import find_candidates
    from summarizer._extract.dates import find_time_expressions
    from summarizer._extract.quotes import find_quotes
    from summarizer._pipeline import prepare
    from summarizer._tasks.timeline import dated_candidates

    page = (
        "Apple Unveils a Headset\n\n"
        "Apple unveiled its first headset on Monday in Cupertino, the company said.\n\n"
        "Credit Justin Sullivan/Agence France-Presse — Getty Images\n\n"
        '"This is the beginning of a journey," Tim Cook said on Monday.\n\n'
        "Read more: The Best Inventions of 2023\n\n"
        "Want Weekly Recs on What to Watch, Read, and More? Sign Up for our newsletter\n\n"
        "More Must-Reads From TIME\n"
        "The Best Inventions of 2023\n"
        "Why We Can't Stop Watching True Crime\n"
        "The 100 Most Influential Companies of March 24, 2014\n\n"
        "A version of this article appears in print on June 6, 2023, on Page B1 of the New "
        "York edition with the headline: Apple Unveils a Headset."
    )
    doc = prepare(page)
    found = find_actors(doc)
    claims = find_candidates(doc, found, find_quotes(doc, found))
    dated = dated_candidates(doc, find_time_expressions(doc.text, None))
    items = [c.text for c in claims] + [d.sentence.text for d in dated]
    assert items and all("2023" not in t and "2014" not in t for t in items), items
    assert all("Getty" not in t and "version of this article" not in t for t in items)


@pytest.mark.parametrize(
    "caption",
    [
        # A photo described as a photo, with or without its credit: never story text.
        "In this Sept. 10, 2017 file photo, people wade through flood waters in Miami. "
        "(AP Photo/Wilfredo Lee, File)",
        "This satellite image provided by NOAA shows Hurricane Michael on Oct. 10, 2018.",
        "Gov. Rick Scott poses for a photo with volunteers on Oct. 11, 2018. (AP Photo/Gerald "
        "Herbert)",
        # Xinhua (dev): "Photo shows ..." before its credit.
        "Photo shows a blueprint of the Peace Airport, Xigaze Prefecture, southwestern Tibet. "
        "(Xinhua Photo) Photo Gallery",
        # press-release furniture
        "SOURCE Tilray Brands, Inc.",
        "SOURCE: Amphastar Pharmaceuticals, Inc.",
        # credits and page notes by shape
        "Photo courtesy of the Smith family",
        "Illustration by Jane Doe",
        "Page last reviewed: March 24, 2014",
        "Content source: Centers for Disease Control and Prevention",
        "View original content to download multimedia: https://www.example.com/news/x.html",
    ],
)
def test_captions_and_release_furniture_go(caption: str) -> None:
    text = _cleaned(caption)
    assert caption[:30] not in text and END in text


def test_a_releases_legal_tail_goes_and_its_about_section_stays() -> None:
    page = (
        f"{STORY}\n\nAbout Tilray\n\nTilray is a global cannabis company.\n\n"
        "Forward-Looking Statements\n\nThis release contains forward-looking statements, which "
        "are made as of March 1, 2019.\n\nContact: Jane Doe"
    )
    text = clean(page).text
    assert "Tilray is a global cannabis company." in text
    assert "Forward-Looking" not in text and "March 1, 2019" not in text


@pytest.mark.parametrize(
    "line",
    [
        # pointers to other pages: a reading label, a colon, a headline
        "ALSO READ: Obama meets allies in Brussels on March 24, 2014",
        "See also: Obama's 2014 trip to Europe",
        "Recommended: The Best Inventions of 2023",
        "MORE COVERAGE: Geneva talks 2014",
        # a label glued to its link's text, the headline then its summary (dev: jsonline)
        "More:Gannett to close West Milwaukee printing plant. The Journal Sentinel and 10 "
        "other Wisconsin papers will be printed in Peoria.",
        # a labelled stamp without a clock, and calls to action inside a sentence
        "Updated: March 24, 2014",
        "Posted on March 24, 2014 by Jane Smith",
        "Have a story idea? Contact Jane at jane@example.com.",
        "Like us on Facebook and follow us on Instagram.",
        "Report an error",
    ],
)
def test_pointers_stamps_and_prompts_go(line: str) -> None:
    assert line[:20] not in _cleaned(line)


def test_a_pointer_headings_list_goes_after_the_story() -> None:
    tail = (
        "More from the Planet:\n- Obama Meets Allies in Brussels Over Ukraine\n"
        "- The Best Inventions of 2023 Are Here"
    )
    assert clean(f"{STORY}\n\n{END}\n\n{tail}").text.endswith(END)


@pytest.mark.parametrize(
    "story",
    [
        "Update: the road reopened on Tuesday after crews cleared the debris.",
        "Background: The two countries have argued over the border since 1991.",
        "More: The two countries have argued over the border since 1991.",
    ],
)
def test_a_label_before_a_sentence_stays(story: str) -> None:
    assert story in _cleaned(story)


@pytest.mark.parametrize(
    "line",
    [
        # page controls: short lines made only of navigation words around a page object
        "Next article",
        "Previous article",
        "Print this page",
        "Link copied",
        "More stories like this",
        # newsletter and comment prompts, the reporter's contact, page notes, two-part stamps
        "Get our free newsletter",
        "Enter your email address",
        "Get the latest headlines delivered to your inbox every morning.",
        "Posted in Sports | Leave a comment",
        "Contact the reporter at jreporter@example.com or follow her on Twitter @jreporter.",
        "Editor's note: This article was first published in 2015.",
        "This article is more than 9 years old",
        "Published May 27, 2015 Last updated May 28, 2015",
    ],
)
def test_page_controls_prompts_and_page_notes_go(line: str) -> None:
    assert line[:20] not in _cleaned(line)


@pytest.mark.parametrize(
    "story",
    [
        "Share prices fell sharply on Monday after the report.",
        "Back to school",  # a subhead: "school" is no page object
        "Next week the council will vote on the budget.",
    ],
)
def test_navigation_words_in_a_story_line_stay(story: str) -> None:
    assert story in _cleaned(story)


@pytest.mark.parametrize(
    ("page", "gone"),
    [
        # hkfp-legco-storming-arrests (dev): an image's alt text, then its caption and credit
        ("Gregory Wong\nGregory Wong. Photo: Citizen News.", "Gregory Wong"),
        ("Ventus Lau\nVentus Lau Photo: Holmes Chan/HKFP.", "Ventus Lau"),
        # ... and an embedded post in another script
        ("\u3010\u66fe\u63a1\u8a2a\u4e03\u4e00\u4f54\u9818\u7acb\u6cd5\u6703\u3011"
         "\u5341\u4e00\u524d\u5915\uff0c\u8b66\u65b9\u53c8\u518d\u5c55\u958b\u5927\u641c\u6355",
         "\u3010"),
        # laohu8 (dev): a comment section's heading in another script
        ("\u7cbe\u5f69\u8bc4\u8bba", "\u7cbe\u5f69"),
        # financialpost (dev): numbered ad slots; kptv (dev): link text without its link
        ("Advertisement 2", "Advertisement"),
        ("The full list can be found here.", "can be found here"),
        # startribune (dev): a video's title and its caption, a quotation the story repeats
        ("Mountain Iron-Buhl coach takes on accusations that he showed too little mercy\n"
         "Dan Zubich about the regular season: \u201cHow do you get 91 points? Well, when you "
         "never get tackled, you can get 91 points.\u201d\n\n\u201cYou tell me how I ran up the "
         "score,\u201d he said. \u201cHow do you get 91 points? Well, when you never get "
         "tackled, you can get 91 points.\u201d", "Mountain Iron-Buhl coach"),
    ],
)  # fmt: skip
def test_alt_text_captions_other_scripts_and_pull_quotes_go(page: str, gone: str) -> None:
    text = _cleaned(page)
    assert gone not in text
    assert "Negotiators said" in text


def test_a_quotation_said_once_is_no_pull_quote() -> None:
    line = (
        "Dan Zubich about the regular season: \u201cHow do you get 91 points? Well, when you "
        "never get tackled, you can get 91 points.\u201d"
    )
    assert "How do you get 91 points" in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        # stamps in parts, bylines, the newsroom's and the reporter's contact, comment forms
        "Published: 10:05 BST, 3 June 2021 | Updated: 11:15 BST, 3 June 2021",
        "Posted: Jun 3, 2021 / 10:05 AM EDT / Updated: Jun 3, 2021 / 11:15 AM EDT",
        "Updated on: June 3, 2021 / 10:05 AM EDT / CBS News",
        "First published on June 3, 2021 / 9:58 AM EDT",
        "By JANE DOE, Associated Press",
        "Jane Doe is a staff writer. She can be reached at jdoe@example.com.",
        "Got a confidential news tip? We want to hear from you.",
        "Have you got a story? Get in touch.",
        "Your email address will not be published. Required fields are marked *",
        "Comments are closed.",
        "Stay up to date with the latest news by subscribing to our newsletter",
        "For the latest news, weather, sports, and streaming video, head to KXAN Austin.",
        "Watch the full interview above.",
        "The Associated Press receives support from several private foundations. The AP is "
        "solely responsible for all content.",
        "Article continues after this advertisement",
        "This article is part of our coverage of the 2021 elections.",
        "Editor's Picks",
        "Latest News",
        "toggle caption",
        "Enlarge this image",
    ],
)
def test_stamps_bylines_contacts_and_forms_go(line: str) -> None:
    assert line[:20] not in _cleaned(line)


@pytest.mark.parametrize(
    "story",
    [
        "By Monday, the council had approved the budget.",
        "Updated figures published on June 3, 2021 showed a rise in cases.",
        "The minister said she would get in touch with the families on Monday, officials said.",
    ],
)
def test_story_lines_like_stamps_or_prompts_stay(story: str) -> None:
    assert story in _cleaned(story)


@pytest.mark.parametrize(
    ("page", "gone"),
    [
        # wbrc (dev): a caption written twice on one line, credited to a source
        ("Alabama Head Coach Nick Saban. Source: WBRC video Alabama Head Coach Nick Saban. "
         "Source: WBRC video", "Source: WBRC"),
        # wunc (dev): an embedded post's text and signature, and its announcement
        ("An arrest has been made in connection with the shooting. Thank you for your help. "
         "#saferstl\n\u2014 St. Louis County PD (@stlcountypd) March 15, 2015", "#saferstl"),
        ("Reporter Camille Phillips tweeted from the news conference. Her twitter stream is "
         "embedded below:", "embedded below"),
        # businesslive (dev): a paywall and a comment section; walesonline (dev): an app promo
        ("Support BusinessLIVE\u2019s award-winning journalism for R129 per month.", "R129"),
        ("Cancel anytime.", "Cancel anytime"),
        ("Would you like to comment on this article?", "comment on this"),
        ("Please read our Comment Policy before commenting.", "Comment Policy"),
        ("Get all your news in one place.", "all your news"),
        # newson6 (dev): a byline with a colon
        ("By: Jonathan Cooper", "Jonathan Cooper"),
    ],
)  # fmt: skip
def test_doubled_captions_embedded_posts_paywalls_and_app_promos_go(page: str, gone: str) -> None:
    text = _cleaned(page)
    assert gone not in text
    assert "Negotiators said" in text


@pytest.mark.parametrize(
    "story",
    [
        "Kim Moon-soo (\uae40\ubb38\uc218) said the plan would proceed next week.",
        "M\u00fcnchen and Z\u00fcrich signed the caf\u00e9 accord on Monday, officials said.",
    ],
)
def test_a_story_line_with_a_few_letters_of_another_script_stays(story: str) -> None:
    assert story in _cleaned(story)


def test_a_wire_caption_above_a_live_blog_goes() -> None:
    # salon (dev): an AP caption opening the page, "X, center, votes", its credit then "(AP)"
    caption = (
        "David Gonzalez, center, votes at the Salt Lake County Government Center Tuesday, Nov. "
        "8, 2016, in Salt lake City. Utah's voters are going to the polls Tuesday to determine "
        "the race. (AP Photo/Rick Bowmer) (AP)"
    )
    cleaned = clean(f"{caption}\n\nElection Night Live Blog\n\nSalon Staff\n\n{STORY}")
    assert "David Gonzalez" not in cleaned.text and "Bowmer" not in cleaned.text
    assert "Salon Staff" not in cleaned.text
    assert cleaned.text.startswith("Election Night Live Blog")
    # guards: a story's "left, right" in a sentence, and staff named in a sentence, stay
    story = (
        "The mayor, center, and two aides walked out of the meeting, witnesses said.\n\n"
        "Hospital staff said the ward would reopen on Monday."
    )
    assert story in clean(f"{STORY}\n\n{story}\n\n{END}").text
