"""Code's own summary: which lines it leads with and which it keeps as key points."""

from __future__ import annotations

from summarizer._digest import Summary
from summarizer._extract.actors import find_actors
from summarizer._extract.extractive import extractive_summary
from summarizer._text.segment import segment


def summary(text: str, title: str | None = None) -> Summary:
    doc = segment(text, title)
    return extractive_summary(doc, find_actors(doc))


def test_a_caption_is_neither_lead_nor_key_point() -> None:
    # VOA and Xinhua (dev): "X is seen ..., May 27, 2015." and "Photo shows ...".
    text = (
        "The logo of FIFA is seen on its headquarters in Zurich, Switzerland, May 27, 2015.\n"
        "Leading figures from world football voiced dismay on Wednesday over the scandal.\n"
        "Photo shows a blueprint of the Peace Airport in Xigaze Prefecture, Tibet.\n"
        "The inauguration ceremony of the Peace Airport is held on April 29, 2009.\n"
        "Russia accused the United States of applying its law far beyond its borders.\n"
        "Qatar has strongly denied any wrongdoing linked to its bid for the tournament."
    )
    s = summary(
        "Barack Obama waves to supporters in Chicago during a rally held on a cold evening "
        "before the vote Credit Scott Olson/Agence France-Presse — Getty Images\n" + text
    )
    assert s.abstract.startswith("Leading figures")
    assert not any(p.startswith(("The logo", "Photo", "The inauguration")) for p in s.key_points)


def test_a_sentence_inside_a_quotation_is_no_key_point() -> None:
    # Sports Illustrated (dev): an interview answer over several sentences.
    text = (
        "The Boise State men's basketball team beat Saint Mary's in overtime, 67-65.\n"
        "Senior forward Tyson Degenhart played 41 minutes and led the Broncos with 19 points.\n"
        "“That's the hard thing about athletics. Sometimes you do everything right and you "
        "still lose the game. But now you win the game and you feel great about it.”\n"
        "Boise State plays Texas Southern at home in its final non-conference game."
    )
    points = summary(text).key_points
    assert "But now you win the game and you feel great about it.”" not in points
    assert not any(p.startswith(("“That's", "Sometimes")) for p in points)


def test_a_repeated_teaser_is_kept_once() -> None:
    # FBI (dev): the teaser and the story open with the same sentence.
    lead = (
        "The wife of former senior ISIL leader Abu Sayyaf has been charged for her role in a "
        "conspiracy that resulted in the death of American citizen Kayla Jean Mueller."
    )
    text = (
        f"{lead}\n{lead.replace('ISIL', 'Islamic State')}\n"
        "She is charged with conspiracy to provide material support to ISIL.\n"
        "Abu Sayyaf was killed during a U.S. military operation last May.\n"
        "If convicted, Sayyaf faces a maximum penalty of life in prison."
    )
    s = summary(text)
    assert s.abstract == lead
    assert not any(p.startswith("The wife") for p in s.key_points)


def test_the_lead_is_the_first_sentence_with_a_final_mark() -> None:
    # Guardian live blog (dev): date line, headline, a standfirst without a final period.
    text = (
        "January 2, 2021\n"
        "Brighton 3-3 Wolves: Premier League – as it happened\n"
        "Brighton and Wolves, who struggled for goals at the back end of last year, started "
        "2021 with a six-goal thriller at the Amex Stadium\n"
        "7.36pm GMT\n"
        "Brighton were 1-0 up, then 3-1 down at half-time before fighting back impressively."
    )
    s = summary(text)
    assert s.abstract.startswith("Brighton were 1-0 up")
    assert s.headline == s.abstract  # no title: a line above may be chrome, the lead is not


def test_a_line_without_a_final_mark_is_no_key_point() -> None:
    # A list of other stories' headlines left below the story is no key point, however long.
    story = "\n".join(
        "The " + " and ".join(f"k{i}x{j}" for j in range(6)) + " rose." for i in range(8)
    )
    related = "Read about " + " ".join(f"k{i}x0 k{i}x1" for i in range(8))  # shares most
    points = summary(f"{story}\n{related}").key_points
    assert related not in points and points


def test_the_abstract_drops_a_wire_dateline_with_a_state() -> None:
    """ "ROCKFORD, Ill. (AP) —" opens the lead of AP copy; the abstract starts at the story."""
    s = summary(
        "ROCKFORD, Ill. (AP) — A former county treasurer was sentenced Thursday to six years "
        "in prison for embezzling $2.3 million.\nHis lawyer asked for a shorter term."
    )
    assert s.abstract.startswith("A former county treasurer was sentenced")


def test_the_abstract_drops_a_reuters_dateline_with_its_date() -> None:
    """ "SEOUL, Oct 21 (Reuters) -": the city, the day and the agency are not the story."""
    s = summary(
        "SEOUL, Oct 21 (Reuters) - Japan and South Korea agreed on Monday to restart "
        "security talks, officials said.\nThe first round will be held in December."
    )
    assert s.abstract.startswith("Japan and South Korea agreed")


def test_the_lead_kept_for_the_last_document_is_the_lead_read_anew() -> None:
    """``lead_sentence`` keeps the last document's lead (the timeline asks it after the
    summary): the same sentence as read without it, for the dev gold articles and for a
    document read after one."""
    from summarizer._eval import split_of
    from summarizer._extract import extractive
    from summarizer._pipeline import prepare
    from tests.support import ROOT

    gold = sorted((ROOT / "eval" / "gold").glob("*/article.txt"))
    for path in [p for p in gold if split_of(p.parent.name) == "dev"]:
        doc = prepare(path)
        kept = extractive.lead_sentence(doc)
        extractive._LAST_LEAD = (lambda: None, None)
        assert extractive.lead_sentence(doc) == kept
        extractive_summary(doc, find_actors(doc))
        assert extractive.lead_sentence(doc) == kept
        assert extractive._LAST_LEAD[1] == (kept.id if kept else None)
        other = segment(doc.text[: len(doc.text) // 2], doc.title)
        extractive._LAST_LEAD = (lambda: None, None)
        fresh = extractive.lead_sentence(other)
        extractive.lead_sentence(doc)
        assert extractive.lead_sentence(other) == fresh
