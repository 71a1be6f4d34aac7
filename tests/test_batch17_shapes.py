"""Rules written in the session of gold batch 17 (issue 9), each from a dev article of that
batch or a case of the tenth speakers probe (bench/probes/speakers_cases10.py), with
guards.  The batch's test articles were scored only in aggregate."""

from __future__ import annotations

from summarizer._extract.actors import FoundActor
from summarizer._text.cleaning import clean
from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"
STORY = (
    "Onondaga County has a new budget for 2025, and it keeps the property tax cut without "
    "using reserves.\n\nThe legislature voted on Tuesday after a long debate, officials said."
)


def _speaker(text: str, start: str) -> str | None:
    return quote(quotes_of(LEAD + text), start).speaker


def named_actor(text: str, name: str) -> FoundActor:
    return next(a for a in actors_of(text) if a.name == name)


def _types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in actors_of(LEAD + text)}


def test_a_surname_that_is_a_month_beside_a_speech_verb() -> None:
    # dev (WAER): "Republican floor leader Brian May ... May said" had no speaker, or the
    # other legislator's
    text = (
        "Republican floor leader Brian May disagreed.\n\n"
        '"There is a lot of merit in the idea," May said. "The problem is the timing."'
    )
    assert _speaker(text, "There is a lot") == "Brian May"
    assert _speaker(text, "The problem is") == "Brian May"
    text = 'Prime Minister Theresa May arrived.\n\n"We will leave on time," said May.'
    assert _speaker(text, "We will leave") == "Theresa May"
    # guards: the month before a speech verb's comma; two people of that surname
    mentions = {
        a.name: [m.text for m in a.mentions]
        for a in actors_of(LEAD + "Theresa May spoke. It opens in May, said Tom Hill.")
    }
    assert mentions["Theresa May"] == ["Theresa May"]
    text = LEAD + "Theresa May spoke. The clerk said May 3 was the last day to register."
    assert [m.text for m in named_actor(text, "Theresa May").mentions] == ["Theresa May"]
    text = 'Theresa May and Brian May met. "It went well," May said.'
    assert _speaker(text, "It went well") is None


def test_a_role_a_bodys_possessive_qualifies_is_its_holder() -> None:
    # probe (round 10) and dev (a live blog's "The UK's chief negotiator"): the role's
    # holder named before, as "the chief executive said" already read
    text = (
        'Annalena Baerbock arrived in Kyiv. "We stand with you," Germany\'s foreign minister said.'
    )
    assert _speaker(text, "We stand with you") == "Annalena Baerbock"
    text = 'Lord David Frost met EU officials. "We are close," the UK\'s chief negotiator said.'
    assert _speaker(text, "We are close") == "David Frost"
    # guard: a spokesperson speaks for the body, never as the person named before
    text = 'Tim Cook spoke at the launch. "We are proud," Apple\'s spokesman said.'
    assert _speaker(text, "We are proud") == "Apple"
    # dev (a live blog): the same as the subject of the sentence that reports the words
    text = (
        "Lord David Frost met EU officials in Brussels. The UK's chief negotiator suggested "
        'that any agreement would be "the outline of a deal" with details filled in later.'
    )
    assert _speaker(text, "the outline of a deal") == "David Frost"
    text = (
        'Annalena Baerbock arrived in Kyiv. Germany\'s foreign minister said: "We stand with you."'
    )
    assert _speaker(text, "We stand with you") == "Annalena Baerbock"
    text = 'Tim Cook spoke at the launch. Apple\'s spokesman said: "We are proud."'
    assert _speaker(text, "We are proud") == "Apple"


def test_a_spokesperson_no_one_named_is_no_one() -> None:
    # probe (round 10, held out): "the spokeswoman" was the man the police had arrested;
    # since round 12 she is described as written (tests/test_quote_described.py)
    text = (
        "Police arrested John Smith, 41, on Monday. "
        '"Inquiries are continuing," the spokeswoman said.'
    )
    assert _speaker(text, "Inquiries are continuing") == "the spokeswoman"
    text = 'Acme named Jane Doe its spokeswoman in May. "We disagree," the spokeswoman said.'
    assert _speaker(text, "We disagree") == "Jane Doe"


def test_a_plural_opening_a_sentence_before_a_speech_verb_is_a_group() -> None:
    # probe (round 10, held out): "Reporters asked Governor Mike Stone ..." made "Reporters"
    # a person, whom the governor's "he said" then pointed back to
    text = (
        "Reporters asked Governor Mike Stone whether he would run again. "
        '"That is a question for another day," he said.'
    )
    assert _types(text)["Reporters"] == "group"
    assert _speaker(text, "That is a question") == "Mike Stone"
    assert _types("Parents said the school had ignored them.")["Parents"] == "group"
    # guards: a surname found with its given name, surnames as often as plurals, a title
    assert _types("Anne Peters won. Peters said it was hard.") == {"Anne Peters": "person"}
    assert _types("Williams said it was hard.")["Williams"] == "person"
    assert _types("Mr Rogers said it was hard. Rogers left.")["Rogers"] == "person"


def test_the_legislature_is_a_body() -> None:
    # dev (Sacramento Bee): "The Legislature also approved ..."
    text = "The Legislature also approved a bill giving the terminally ill a choice."
    assert _types(text).get("Legislature") == "organization"


def test_a_caption_printed_above_and_below_its_credit() -> None:
    # dev (WAER): the caption, "Scott Willis", "/", "WAER News", the caption again; the
    # first copy had become the digest's abstract and a timeline event
    caption = (
        "Legislator Maurice Brown tries to make a case for one of his amendments at the "
        "final budget voting session Oct. 8, 2024."
    )
    page = f"Headline of the story\n\n{caption}\nScott Willis\n/\nWAER News\n{caption}\n\n{STORY}"
    text = clean(page).text
    assert "Maurice Brown tries" not in text and "Onondaga County has" in text
    assert "Scott Willis" not in text and "WAER News" not in text  # the credit between
    # guard: a paragraph repeated far from its first copy keeps that first copy
    far = f"{caption}\n\n{STORY}\n\nThe vote ended late.\n\n{caption}"
    assert clean(far).text.count("Maurice Brown tries") == 1


def test_a_browser_notification_prompt() -> None:
    # dev (The Independent): the page's first two lines became the headline and abstract
    page = (
        "Stay up to date with notifications from The Independent\n\n"
        "Notifications can be managed in browser preferences.\n\n" + STORY
    )
    text = clean(page).text
    assert "notifications" not in text.lower() and "Onondaga County has" in text
    # guard: a story about a browser maker names it
    story = "Google's browser app now blocks ads on news articles by default, the company said."
    assert "browser app" in clean(f"{story}\n\n{STORY}").text


def test_a_stamp_word_alone() -> None:
    # dev (Express & Star): "Published" alone between two paragraphs, its date lost with
    # the page's script
    end = "The budget takes effect in January, the county executive said on Tuesday."
    for line in ("Published", "Last updated"):
        assert line not in clean(f"{STORY}\n\n{line}\n\n{end}").text, line
    # guard: a story line about a blog
    line = "The blog was published in March and read by millions."
    assert line in clean(f"{STORY}\n\n{line}\n\n{end}").text
