"""Speakers and names from session 33's reading of batch 40's dev articles (eval/gold), each
failing before its rule but the guards: a print page's doubled single marks (‘‘...’’) open
and close a quotation, so a coach's second paragraph of words is his; "the Supreme Court
quoted Conklin as saying" gives the words to Conklin, not to the one sentenced; an Arabic
name's article tied in by hyphens ("Laila Bahaa-el-din") is a name, so her words are not
given to the university of her apposition; every speech verb's -ing form opens a quotation
as "saying" does (", stating, “...”")."""

from __future__ import annotations

from tests.support import actor_types
from tests.test_quotes import quote, quotes_of

# taranakidailynews-taranaki-end-losing-streak-napier
DOUBLED = (
    "Taranaki end losing streak in Napier\n\n"
    "Taranaki beat Hawke's Bay 31-24 at McLean Park on Saturday.\n\n"
    "‘‘We are progressing forward and we are where we want to be with our set piece and our "
    "defence which I think work well,’’ Taranaki coach Colin Cooper said.\n\n"
    "‘‘We just have to work harder on our discipline and stop letting teams back in because "
    "of it. But overall we were happy to take five points away from McLean Park.’’"
)


def test_doubled_single_marks_are_a_quotation() -> None:
    found = quotes_of(DOUBLED)
    assert quote(found, "We just have to work harder").speaker == "Colin Cooper"
    assert quote(found, "We are progressing forward").speaker == "Colin Cooper"


def test_a_possessive_is_no_doubled_mark() -> None:
    # guard: one closing mark after a word is an apostrophe, not the end of a quotation
    text = "The coaches’ views differ. Smith said the players’ form was good."
    assert all("views differ" not in q.text for q in quotes_of(text))


# cjonline-court-upholds-schaeffer-life-sentences
QUOTED_AS = (
    "Court upholds Schaeffer's life sentences\n\n"
    "The court upheld the two life sentence prison terms imposed on Jason Wade Schaeffer for "
    "the 1993 slaying of Timothy Riley, rejecting Schaeffer’s claim that Judge Thomas Conklin "
    "showed bias against him in rendering the sentence.\n\n"
    "Schaeffer was 17 in 1994 when he was tried as an adult and pleaded guilty to first-degree "
    "murder. He was sentenced to life in prison.\n\n"
    "“If I could, the ‘Hard 40’ (life sentence) probably wouldn’t be enough for you or for "
    "Mr. Kaiser,” the Supreme Court quoted Conklin as saying at the time of sentencing."
)


def test_quoted_as_saying_gives_the_words_to_the_one_quoted() -> None:
    assert quote(quotes_of(QUOTED_AS), "If I could").speaker == "Thomas Conklin"


def test_quoted_as_saying_before_the_quotation() -> None:
    text = QUOTED_AS.replace(
        "“If I could, the ‘Hard 40’ (life sentence) probably wouldn’t be enough for you or for "
        "Mr. Kaiser,” the Supreme Court quoted Conklin as saying at the time of sentencing.",
        "The Supreme Court quoted Conklin as saying, “If I could, the ‘Hard 40’ (life "
        "sentence) probably wouldn’t be enough for you.”",
    )
    assert quote(quotes_of(text), "If I could").speaker == "Thomas Conklin"


def test_quoted_by_an_agency_is_not_the_agencys_words() -> None:
    # guard (jakartapost): "X was quoted by Agence France Presse as saying" is X's
    text = (
        "Jokowi wraps up his Singapore visit.\n\n"
        "Singapore's Prime Minister Lee Hsien Loong was quoted by Agence France Presse as "
        "saying, 'We are both worried about ISIS and we both have nationals involved.'"
    )
    assert quote(quotes_of(text), "We are both worried").speaker == "Lee Hsien Loong"


# mongabay-can-loggers-be-conservationists
HYPHENED = (
    "Can loggers be conservationists?\n\n"
    "Researchers set camera traps in the forest.\n\n"
    "“At the particular area I had my cameras set up, logging had taken place just two years "
    "previously,” Laila Bahaa-el-din, University of Kwazulu Natal graduate student, told at "
    "the time."
)


def test_a_name_with_a_hyphened_article_is_a_person() -> None:
    assert actor_types(HYPHENED)["Laila Bahaa-el-din"] == "person"
    assert actor_types("Pakistan's ruler Zia-ul-Haq said so on Monday.")["Zia-ul-Haq"] == "person"


def test_her_words_are_not_her_universitys() -> None:
    assert quote(quotes_of(HYPHENED), "At the particular area").speaker == "Laila Bahaa-el-din"


def test_every_speech_verbs_participle_opens_a_quotation() -> None:
    # the -ing forms of the speech verbs (only ten were listed): "..., stating: '...'"
    text = (
        "The council met on Monday.\n\n"
        "Mayor Jane Doe rejected the plan, stating, “It does not meet the needs of our "
        "residents and it never will.”"
    )
    assert quote(quotes_of(text), "It does not meet").speaker == "Jane Doe"
