"""Page lines from session 34's reading of batch 43's dev articles (eval/gold), each failing
before its rule but the guards: a byline with the page's stamp counted back ("Grant Prior
11 months ago") and a byline with the writer's desk ("Luis Martinez, Administration
Editor") are chrome; story lines that start so stay."""

from __future__ import annotations

from summarizer._text.cleaning import clean

# constructionenquirer-osborne-45m-construction-loss
OSBORNE = (
    "Osborne makes £45m construction loss\n\nGrant Prior 11 months ago\nShare\n\n"
    "Osborne Group Holdings has reported a £45.6m pre-tax loss for its continuing construction "
    "operations from a turnover of £337.2m for the year to September 30 2021.\n\n"
    "The books were balanced by a profit from discontinued operations of £46.3m."
)
# dailyeasternnews-student-senate-revised-budgets-2015
SENATE = (
    "Student Senate to look at revised budgets\n\nLuis Martinez, Administration Editor\n\n"
    "The Student Senate will look at the newly revised budgets for Student Government "
    "Association, University Board, and Campus Recreation on Wednesday.\n\n"
    "All three budgets were approved last week during the Apportionment Board meeting."
)


def test_a_byline_with_a_stamp_counted_back_is_chrome() -> None:
    cleaned = clean(OSBORNE)
    assert "Grant Prior" not in cleaned.text
    assert "Osborne Group Holdings has reported" in cleaned.text


def test_a_byline_with_the_writers_desk_is_chrome() -> None:
    cleaned = clean(SENATE)
    assert "Luis Martinez" not in cleaned.text
    assert "Student Senate will look" in cleaned.text
    # a tufts daily print page's byline: "by", the name, the desk
    assert "Emma Steiner" not in clean(SENATE.replace(
        "Luis Martinez, Administration Editor", "by Emma Steiner News Editor")).text  # fmt: skip


def test_story_lines_opening_so_stay() -> None:
    # guard: the same words opening a sentence of the story
    story = SENATE.replace(
        "All three budgets were approved last week during the Apportionment Board meeting.",
        "Luis Martinez, Administration Editor, said all three budgets were approved last week.",
    ).replace("Grant", "")
    assert "Luis Martinez, Administration Editor, said" in clean(story).text
    text = OSBORNE.replace(
        "The books were balanced", "Grant Prior joined 11 months ago. The books were balanced"
    )
    assert "Grant Prior joined 11 months ago" in clean(text).text


# herefordvoice-damien-lucas-sentenced-92-months: a forum's post, its skip link on top and
# the picture's file name as a numbered item above the text
FORUM = (
    "Jump to content\n\nPosts posted by Hereford Voice\n\n"
    "  1. damien-lucas.thumb.jpg.ca624c4df4772f4083bcd943c7605371.jpg\n\n"
    "    Damien Lucas, 36, of New Street in Leominster was sentenced to 92 months in prison "
    "at Hereford Crown Court on Tuesday 23 May.\n\n"
    "    He pleaded guilty to three offences, the court heard."
)


def test_a_skip_link_and_a_pictures_file_are_chrome() -> None:
    text = clean(FORUM).text
    assert "Jump to content" not in text and ".jpg" not in text
    assert "Damien Lucas, 36" in text


def test_a_file_named_in_a_sentence_stays() -> None:
    # guard: a sentence naming a file is the story's
    text = clean(FORUM.replace("He pleaded", "The file evidence.jpg showed he pleaded")).text
    assert "evidence.jpg showed he pleaded" in text
