"""Shapes from batches 27 and 28's dev articles (eval/gold, session 28), each failing before
its rule: a statement over several paragraphs whose breaks the copy lost (each paragraph
reopens its straight quotation mark), a count of months in words past twelve, a count's noun
read as a present-tense verb that put a past day a year ahead, a sponsor's and agencies'
lines, and a nickname inside a name ("Joko 'Jokowi' Widodo")."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer._text.cleaning import clean
from tests.test_quotes import quote, quotes_of

# football.co.uk's copy: the paragraphs of Terry McDermott's statement run together, each
# reopening its quotation mark after the last one's full stop ('man. "It shows').
GLUED = (
    "Hailing him for the bravery he showed over the duration of his illness, former "
    "Newcastle assistant manager Terry McDermott told Sky Sports: \"It's devastating. "
    "Everybody knew it was coming. The people who've seen him at the weekend at the charity "
    "game, you could see he wasn't a well man. \"It shows the courage of the man to actually "
    "turn up in front of 33,000 people and get the fitting send-off he deserved because he's "
    'a fantastic football person. "Everybody knew he was in trouble and he was going to die '
    "but it's still a shock to everybody. \"He'll be sadly missed by everyone, not just "
    'Newcastle but football in general." Of his personal memories of Robson, McDermott '
    'added: "I\'ve met Bobby on numerous occasions."'
)


def test_a_statement_whose_paragraph_breaks_were_lost_keeps_its_speaker() -> None:
    found = quotes_of(GLUED)
    for start in ("It's devastating", "It shows the courage", "Everybody knew he was",
                  "He'll be sadly missed", "I've met Bobby"):  # fmt: skip
        q = quote(found, start)
        assert q.speaker == "Terry McDermott", (start, q.speaker)
    # the second statement does not swallow the narration before it
    assert not any(q.text.startswith("Of his personal") for q in found)


def test_a_closing_straight_quote_before_a_word_still_closes() -> None:
    # guard: only a mark after a sentence's end and before a capital reopens a quotation
    found = quotes_of('The mayor called the plan "a disgrace", and the council said "No" twice.')
    assert [q.text for q in found] == ["a disgrace", "No"]
    found = quotes_of('"We are ready," she said. "The team is fit."')
    assert [q.text for q in found] == ["We are ready,", "The team is fit."]


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("Eighteen months ago I went to a function in Durham.", "2009-07-31", "2008-01"),
        ("Fifteen years ago the club was relegated, the chairman said.", "2009-07-31", "1994"),
        (
            "That's growth to the tune of $457 million dollars, or 94 cents per share, for the "
            "quarter ending Nov. 30.",
            "2010-12-22",
            "2010-11-30",
        ),
    ],
)
def test_dates_from_batch_27(sentence: str, published: str, date: str) -> None:
    text = f"Robson remembered by former colleagues\n\n{sentence}\n\nHe was 76, the club said.\n"
    digest = summarize(text, published=published, backend="none")
    got = [(e.date_text, e.date) for e in digest.timeline]
    assert date in [d for _, d in got], got


STORY = (
    "Nike's fiscal second-quarter earnings increased 22%, exceeding analyst expectations.\n\n"
    "Revenues hit $4.8 billion for the quarter, the company said on Tuesday.\n"
)


@pytest.mark.parametrize(
    "line", ["Sponsored by Lane Powell", "By DPA, IANS", "AFP/Reuters", "Presented by Acme Bank"]
)
def test_a_sponsor_or_agencies_line_is_chrome(line: str) -> None:
    cleaned = clean(f"{line}\n\nNike on track for a $20 billion year\n\n{STORY}")
    assert line not in cleaned.text
    assert cleaned.title == "Nike on track for a $20 billion year"


def test_a_name_under_the_headline_goes_and_the_storys_own_heading_stays() -> None:
    # guards (these passed before): the rule for a name or label under the headline must not
    # take the story's own heading nor a sentence naming a sponsor
    # a writer's name, then her paper's on the next line, under the headline (jsonline)
    text = (
        "West Milwaukee printing plant closes after 16 years\n\nCorrinne Hess\n"
        f"Milwaukee Journal Sentinel\nView Comments\n\n{STORY}"
    )
    assert "Milwaukee Journal Sentinel" not in clean(text).text
    # guard: a heading in the story's own paragraph ("## Rollout" over its text) stays
    kept = clean(f"Printing plant closes after 60 years\n\nRollout\n{STORY}").text
    assert "Rollout" in kept
    # guard: a sentence naming a sponsor is the story's
    said = "The festival was sponsored by Lane Powell and two other firms, organisers said."
    assert said in clean(f"Festival returns\n\n{said}\n\n{STORY}").text


def test_a_nickname_inside_a_name_is_that_persons_alias() -> None:
    # jakartapost (batch 28, dev): "Jokowi" alone is the president so called, not the orchid
    # named after his wife ("Dendrobium Iriana Jokowi") whose last word it is
    text = (
        "Jokowi wraps up Singapore visit\n\nPresident Joko 'Jokowi' Widodo wrapped up his "
        "first official visit to Singapore on Wednesday.\n\n'Singapore and Indonesia are very "
        "concerned about this issue,' said Jokowi on Tuesday.\n\nAn orchid, the Dendrobium "
        "Iriana Jokowi, was named in the First Lady's honor.\n"
    )
    digest = summarize(text, published="2015-07-30", backend="none")
    joko = next(a for a in digest.actors if a.name == "Joko Widodo")
    assert "Jokowi" in joko.aliases and "President Joko 'Jokowi' Widodo" in joko.aliases
    assert [c.speaker for c in digest.claims] == ["Joko Widodo"]


@pytest.mark.parametrize(
    "said",
    [
        "President Joko Widodo or Jokowi as he popularly known, visited the site on Sunday.",
        "President Joko Widodo, better known as Jokowi, visited the site on Sunday.",
    ],
)
def test_the_name_a_person_is_known_by_is_his_alias(said: str) -> None:
    # antaranews (batch 28, dev): "Jokowi said" later is the president
    text = (
        f"Tsunami kills hundreds in Indonesia\n\n{said}\n\nJokowi said he has ordered his "
        "aides to take necessary measures.\n"
    )
    digest = summarize(text, published="2018-12-23", backend="none")
    joko = next(a for a in digest.actors if a.name == "Joko Widodo")
    assert "Jokowi" in joko.aliases
    assert [c.speaker for c in digest.claims if c.text.startswith("Jokowi said")] == ["Joko Widodo"]
