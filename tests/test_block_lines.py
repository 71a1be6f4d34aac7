"""A copy that lost all its blank lines keeps one block per line: its headline, a credit,
then a paragraph a line.  Read as one paragraph, the headline had the story under it in its
own paragraph and was never taken for the title (realpages round 4, tuning pages)."""

from __future__ import annotations

from summarizer._text.cleaning import clean

PAGE = (
    "Multiple crews tackle house blaze in the Fens\n"
    "- Credit: Cambs Fire/stock image\n"
    "Fire crews from Wisbech, March, Manea and two crews from Norfolk Fire and Rescue Service "
    "were called to a house fire on Leverington Common.\n"
    "Crews arrived on Friday evening to find large plumes of smoke coming from the property, "
    "and the first floor well alight.\n"
    "One person got out of the property as crews arrived.\n"
    "A fire service spokesperson said: \u201cFirefighters extinguished the fire. They returned "
    "in the early hours of the morning to reinspect the property for hotspots.\n"
    "\u201cThe cause of the fire was accidental.\u201d\n"
)


def test_a_copy_without_blank_lines_has_its_headline() -> None:
    cleaned = clean(PAGE)
    assert cleaned.title == "Multiple crews tackle house blaze in the Fens"
    assert "Credit" not in cleaned.text
    assert "Crews arrived on Friday evening" in cleaned.text


def test_hard_wrapped_text_is_not_read_one_block_per_line() -> None:
    # guard: a wrapped paragraph's lines stop mid-sentence; they are joined, and no
    # fragment of a wrap is taken for the headline
    wrapped = (
        "The city council voted on Tuesday to approve a new budget for the\n"
        "coming year, after a debate that lasted more than four hours and\n"
        "drew dozens of residents to the chamber, officials said on Wednesday\n"
        "after the meeting ended late in the evening at the town hall.\n"
    )
    cleaned = clean(wrapped)
    assert cleaned.title is None
    assert "budget for the coming year" in cleaned.text


def test_a_page_with_blank_lines_keeps_its_paragraphs() -> None:
    # guard: only a copy with no blank line at all is read a block per line
    text = "Headline over the story here\n\n" + PAGE.split("\n", 2)[2].replace("\n", "\n", 1)
    assert clean(text).text.count("\n\n") == 1
