"""Chrome that only its neighbours reveal (summarizer/_text/chrome_blocks.py), on lines of
dev articles of gold batch f, each with guards: story lines of the same shape stay."""

from __future__ import annotations

from summarizer._text.cleaning import clean

STORY = (
    "Jets crush Coyotes 5-1\n\n"
    "Be hyped if you must, Jets Nation, but there are no magic tricks coming tonight.\n\n"
    "{}\n\n"
    "Maurice arrived late Sunday night to take over for the fired Claude Noel.\n\n"
    "The struggling Jets meet the Phoenix Coyotes tonight at 7 p.m."
)


def _left(block: str) -> str:
    return clean(STORY.format(block)).text


def test_a_paywall_offer_goes_with_its_price_and_features() -> None:
    block = (
        "Monthly Digital Subscription\n\n$4.75 per week*\n\n"
        "  • Enjoy unlimited reading on\n  • Access News Break, our award-winning app\n"
        "  • Play interactive puzzles\n\n"
        "*Billed as $19.00 plus GST every four weeks. Cancel anytime."
    )
    text = _left(block)
    for line in ("Monthly Digital", "$4.75", "Enjoy unlimited", "puzzles", "Billed as"):
        assert line not in text
    assert "Maurice arrived late Sunday night" in text


def test_a_price_in_a_story_sentence_stays() -> None:
    guard = "The streaming service now costs $15.49 per month, up from $13.99 last year."
    assert guard in _left(guard)
    guard2 = "Members of the union will pay $4 a week more in dues from March, officials said."
    assert guard2 in _left(guard2)


def test_a_note_that_the_page_is_old_goes_with_its_greeting() -> None:
    block = (
        "Hey there, time traveller!\nThis article was published 13/01/2014 (3435 days ago), "
        "so information in it may no longer be current."
    )
    text = _left(block)
    assert "time traveller" not in text and "3435 days ago" not in text


def test_a_story_about_old_information_stays() -> None:
    guard = "The agency warned that the maps may no longer be current after the floods, Smith said."
    assert guard in _left(guard)
    guard2 = "Residents said the flood maps, published in 2009, were out of date."
    assert guard2 in _left(guard2)


def test_an_embed_code_goes_and_a_score_stays() -> None:
    assert "wfpvideo" not in _left("wfpvideo:3050838821001:wfpvideo wfpjetscoverage:13012014:x")
    guard = "Winnipeg won 5:1 at home, their first win in six games."
    assert guard in _left(guard)


def test_a_name_slash_outlet_credit_and_the_caption_repeating_it_go() -> None:
    block = (
        "Joe Bryksa / Winnipeg Free Press\n"
        "I’m going to be completely honest with you -- tonight your guess is as good as mine,\n"
        "Joe Bryksa / Winnipeg Free Press I’m going to be completely honest with you -- tonight "
        "your guess is as good as mine,' says new head coach Paul Maurice, making it clear he "
        "has no idea what to expect out of his team tonight"
    )
    text = _left(block)
    assert "Bryksa" not in text and "making it clear" not in text and "completely" not in text


def test_a_slash_in_a_story_line_stays() -> None:
    guard = "The Winnipeg / St. Boniface line reopens on Monday, the city said."
    assert guard in _left(guard)


def test_an_alt_text_and_its_caption_with_a_glued_credit_go() -> None:
    alt = (
        "School District of Philadelphia headquarters on Broad Street. Finalists for the "
        "superintendent job will be introduced to the public next week."
    )
    text = _left(f"{alt}\n{alt}Read moreJESSICA GRIFFIN / File")
    assert "Broad Street" not in text and "GRIFFIN" not in text


def test_a_sentence_and_its_continuation_stay() -> None:
    first = "The board met on Thursday to review the list of candidates."
    guard = f"{first}\n{first} It will vote next week, the district said."
    assert guard in _left(guard)


def test_a_caption_without_its_period_between_sentences_goes() -> None:
    caption = "Philippe Coutinho has been ruled out for two to three weeks with a leg muscle injury"
    text = clean(
        "Coutinho ruled out with leg injury\n"
        "Barcelona and Brazil midfielder Philippe Coutinho has been sidelined for weeks.\n"
        "Coutinho will miss Barca's La Liga clash with Real Betis on Sunday, the club said.\n"
        f"{caption}\n"
        "Barcelona face Atletico Madrid at the Wanda Metropolitano on November 24, he added.\n"
    ).text
    assert caption not in text
    assert "Wanda Metropolitano" in text


def test_wrapped_text_and_subheads_stay() -> None:
    wrapped = (
        "Coutinho ruled out\n\n"
        "Barcelona and Brazil midfielder Philippe Coutinho has been sidelined.\n"
        "Medical tests carried out on Thursday revealed that Coutinho had a small\n"
        "muscle tear in his left leg, picked up during the draw with Inter in Milan.\n"
        "Valverde will miss him.\n"
        "What the coach said\n"
        "Valverde insisted he could not risk playing the forward at San Siro."
    )
    text = clean(wrapped).text
    assert "revealed that Coutinho had a small" in text
    assert "What the coach said" in text


def test_a_membership_appeal_paragraph_goes() -> None:
    appeal = (
        "Santa Cruz Local offers its meeting recaps free as a public service. We want "
        "everyone to know what happens in local government.\nSanta Cruz Local depends on "
        "memberships from people like you to make sure vital information can be available "
        "to all. Can we count on your help?"
    )
    text = _left(appeal)
    assert "people like you" not in text and "public service" not in text


def test_a_shelter_s_appeal_reported_in_the_story_stays() -> None:
    guard = (
        "The shelter depends on donations from people like you, its director said on Monday. "
        "Can we count on your help, she asked."
    )
    assert guard in _left(guard)


def test_a_story_about_a_donation_drive_stays() -> None:
    guard = (
        "The food bank depends on donations from local businesses, its director said. "
        "It served 4,000 families last year."
    )
    assert guard in _left(guard)


def test_a_caption_closed_by_a_name_dash_outlet_credit_goes() -> None:
    caption = (
        "Full Steam Dumplings Head Chef Andy Huynh pulls meat from a 120-pound pig at the "
        "farmers market in Live Oak on Sunday. (William Duncan – Santa Cruz Local)"
    )
    text = _left(caption)
    assert "Andy Huynh" not in text and "William Duncan" not in text
    guard = "The vote was 5-0 (Supervisor Ryan Coonerty – District 3 was absent) on Tuesday."
    assert guard in _left(guard)


def test_a_ticker_and_a_site_tagline_above_the_headline_go() -> None:
    page = (
        "breaking: OSU basketball: NCAA bans Cowboys from postseason for 2020-21 season\n\n"
        "NewsOK: Oklahoma City News, Sports, Weather & Entertainment\n\n"
        "Younts coached Ardmore to a pair of state championships\n\n"
        "Ted Younts, 68, of Haslet, Texas. He spent 40 years as a prep basketball coach."
    )
    cleaned = clean(page)
    assert "NCAA bans" not in cleaned.text and "NewsOK" not in cleaned.text
    assert cleaned.title == "Younts coached Ardmore to a pair of state championships"


def test_a_breaking_headline_that_is_the_title_stays() -> None:
    page = (
        "BREAKING: Senate passes the spending bill\n\n"
        "The Senate passed the spending bill on Friday by a vote of 68 to 32, officials said."
    )
    assert "Senate passes the spending bill" in clean(page).text
