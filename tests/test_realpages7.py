"""Shapes from the real-page probe's round 7 tuning pages (bench/probes/realpages7), each
failing before its rule, with guards from story lines of the same shape."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer._text.cleaning import clean
from summarizer._text.headline import is_dateline
from summarizer._text.page_title import page_title_of

STORY = (
    "The judicial system has set up new precautionary procedures in order to protect its "
    "workers from contracting the deadly coronavirus.\n\n"
    "The Special Constables stationed at the courts' main entrance are now sanitizing each "
    "visitor before they enter the courtyard.\n\n"
    "On Monday, a Magistrate noted that prisoners will now be given longer dates to return "
    "to court."
)


def test_a_date_and_its_section_is_no_title() -> None:
    # kaieteur: the site's clock, then the story's date and its section above the story
    page = f"Latest update January 12th, 2025 3:54 AM\n\nMar 18, 2020 News\n\n{STORY}"
    cleaned = clean(page)
    assert cleaned.title is None
    assert "Latest update" not in cleaned.text  # the site's clock is a stamp


@pytest.mark.parametrize("line", ["Mar 18, 2020 News", "Sport 18 March 2020"])
def test_a_date_beside_one_word_is_a_dateline(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line", ["Mar 18, 2020 Election Results", "Storm hits coast on Mar 18, 2020", "Mar 18 News"]
)
def test_a_headline_with_a_date_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)  # guards: two words of a headline, a sentence, no year


HEADLINE = "New Zealand claim netball World Cup"
MATCH = (
    "New Zealand stunned Australia 52-51 in an exhilarating Netball World Cup final on "
    "Sunday to dethrone the champions.\n\n"
    "The Silver Ferns were runners-up in the last three editions that Australia won.\n\n"
    "New Zealand coach Noeline Taurua said victory was a boost for netball in the country."
)


def test_the_browser_title_above_the_headline_goes() -> None:
    # new-paper: "<headline>, <section> - <site>", the section, then the headline itself
    browser = f"{HEADLINE}, Latest Others News - The New Paper"
    cleaned = clean(f"{browser}\nSports\n\n{HEADLINE}\n\n{MATCH} - REUTERS\n\nOTHER SPORTS")
    assert cleaned.title == HEADLINE
    assert "Latest Others News" not in cleaned.text


def test_a_title_is_no_browser_title_of_a_shorter_line() -> None:
    # guards: a sentence that goes on past the headline's words, a headline of two words
    assert not page_title_of(f"{HEADLINE} as the Silver Ferns stun Australia", HEADLINE)
    assert not page_title_of(f"{HEADLINE}, then the Silver Ferns went home with it", HEADLINE)
    assert not page_title_of("Storm hits - BBC News", "Storm hits")
    assert page_title_of(f"{HEADLINE} | Netball | The Straits Times", HEADLINE)


def test_a_template_marker_is_no_story_text() -> None:
    # searchlight: the site's "read more" marker, never filled in, glued to a sentence
    story = (
        "George Joseph, 36, and Nicky Isidore, 37, each pleaded guilty on Wednesday to "
        "possessing false cheques.{{more}} The cheques included the sums of $9,000 and "
        "$8,950.\n\nThe men were jointly charged with two other St Lucians."
    )
    cleaned = clean(f"Lucians await fate\n\n{story}")
    assert "{{" not in cleaned.text
    assert "false cheques. The cheques included" in cleaned.text
    guard = "The set {1, 2, 3} has three members, the professor said on Monday."
    assert guard in clean(f"{story}\n\n{guard}").text  # one brace is no template's


def test_a_site_named_before_the_lead_is_its_dateline() -> None:
    # stockmarketwire: the wire's name opens the lead like "LONDON (Reuters) -"
    text = (
        "StockMarketWire.com - Halma reported a jump in first-half profit, led by higher "
        "revenue and a gain on the sale of Texecom.\n\n"
        "Pre-tax profit rose 74% to 167.5 million pounds as revenue increased 19%, the "
        "company said on Tuesday."
    )
    digest = summarize(text, published="2021-11-23", backend="none", cache=False)
    assert digest.summary.abstract.startswith("Halma reported")


COUNCIL = (
    "The Bemidji City Council will hold a special ceremony at 5 p.m. on Monday, welcoming "
    "the display of tribal flags in city hall.\n\n"
    "The ceremony comes after the city council approved the flags' display in November.\n\n"
    "Following the ceremony, the council's regular session will begin at 6 p.m."
)


def test_a_stamp_whose_date_was_lost_goes() -> None:
    # searchlight: "Posted on" above the headline, its date in a script the copy lost
    cleaned = clean(f"Posted on\n\nCouncil welcomes tribal flags\n\n{COUNCIL}")
    assert "Posted on" not in cleaned.text and cleaned.title == "Council welcomes tribal flags"


def test_a_caption_with_its_outlets_file_photo_goes_with_its_alt_text() -> None:
    # bemidjipioneer: the image's alt text, then the caption and "<outlet> file photo"
    page = f"{COUNCIL}\n\nBemidji City Hall\nBemidji City Hall. Pioneer file photo\n\n{COUNCIL}"
    cleaned = clean(page)
    assert "City Hall." not in cleaned.text and "file photo" not in cleaned.text
    assert "Bemidji City Hall\n" not in cleaned.text


def test_a_sentence_about_a_file_photo_stays() -> None:
    # guard: the words in a sentence, not a credit after a caption's stop
    line = "The council released a file photo of the old city hall on Monday."
    assert line in clean(f"{COUNCIL}\n\n{line}\n\n{COUNCIL}").text


@pytest.mark.parametrize(
    "line",
    [
        "error: Content is protected !!",  # kairifm: a copy-protection plug-in
        "Health Minister Dr. Irving McIntyre.",  # kairifm: a portrait's caption
    ],
)
def test_page_lines_between_paragraphs_go(line: str) -> None:
    cleaned = clean(f"{COUNCIL}\n\n{line}\n\n{COUNCIL}")
    assert line not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Posted on Facebook, the video drew thousands of comments.",
        "He said the content is protected by copyright law, according to the filing.",
    ],
)
def test_story_lines_of_the_same_words_stay(line: str) -> None:
    # guards: the stamp's words in a sentence; the plug-in's words in prose
    assert line in clean(f"{COUNCIL}\n\n{line}\n\n{COUNCIL}").text


def test_a_name_ending_a_wrapped_line_stays() -> None:
    # guard (lincolndailynews): a paragraph wrapped at a width ends a line on a name
    wrapped = (
        "Merritt is believed to have acted alone, though investigators are keeping mum\n"
        "about any motives for the killings, said San Bernardino County Sheriff\n"
        "John McMahon Jr.\n"
        "The four victims died of blunt-force trauma, the sheriff said."
    )
    assert "John McMahon Jr." in clean(f"{COUNCIL}\n\n{wrapped}\n\n{COUNCIL}").text
