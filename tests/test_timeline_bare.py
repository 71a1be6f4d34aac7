"""A dated sentence that says nothing but its dates makes an event of the date alone.

Each case is a real line of a dev article (``eval/gold``, dev split): a page's date line
or a wire dateline is the story's clock (the gold dates it), but the line itself is page
chrome (the gold lists it as boilerplate), so the event cites the date's characters only.
"""

from __future__ import annotations

import pytest

from summarizer import TimelineEvent, summarize
from summarizer._extract.dates import find_time_expressions
from summarizer._tasks.timeline import eventless
from tests.support import GOLD_DIR


def _dates(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in find_time_expressions(text)]


@pytest.mark.parametrize(
    "line",
    [
        "September 16, 2016 13:58",  # kyodo-conspiracy-bill-diet-session
        "11:52 16 September 2016",
        "TOKYO, Sept. 16, Kyodo",
        "Published 4:46 PM, February 16, 2019",  # rappler-pimentel-ressa-arrest
        "Wednesday, July 29th 2020, 4:14 pm",  # newson6-american-airlines-tulsa-layoffs
        "SEC NEWS - SEC-PR-2024-90SEC-PR-2024-90 (JUL. 26, 2024)",  # sec-whistleblower
        "The Best Inventions of 2023",  # issue 9: a related headline made an event
    ],
)
def test_a_line_of_dates_tells_no_event(line: str) -> None:
    assert _dates(line), line
    assert eventless(line, _dates(line))


@pytest.mark.parametrize(
    "sentence",
    [
        # federalnewswire-fbi-agent-false-statement: only "was" makes the clause
        "Jones was a Special Agent with the FBI’s San Antonio, Texas Field Office from "
        "January 1996 through May 2002.",
        # oklahoman-younts-stanka-tributes
        "He was The Oklahoman's All-State Coach of the Year in 1981 and 1993.",
        "Tillerson met with Russian President Vladimir Putin on Wednesday.",
    ],
)
def test_a_clause_beside_a_date_is_an_event(sentence: str) -> None:
    assert _dates(sentence), sentence
    assert not eventless(sentence, _dates(sentence))


def test_the_date_line_is_dated_but_never_quoted() -> None:
    folder = GOLD_DIR / "kyodo-conspiracy-bill-diet-session"
    digest = summarize(folder / "article.txt", backend="none", cache=False)
    events = {e.date_text: e for e in digest.timeline}
    line = events["September 16, 2016"]
    assert line.date == "2016-09-16" and line.event == "September 16, 2016"
    assert [ev.quote for ev in line.evidence] == ["September 16, 2016"]
    assert line.actors == []
    ev = line.evidence[0]
    assert digest.source.text[ev.start : ev.end] == ev.quote
    # The story's own sentences keep their whole sentence as evidence.
    friday = events["Friday"]
    assert friday.evidence[0].quote.startswith("The Japanese government will not submit")
    for e in digest.timeline:
        assert "13:58" not in e.event and all("13:58" not in v.quote for v in e.evidence)


def _events(slug: str, published: str | None = None) -> dict[str, list[TimelineEvent]]:
    path = GOLD_DIR / slug / "article.txt"
    out: dict[str, list[TimelineEvent]] = {}
    for e in summarize(path, published=published, backend="none", cache=False).timeline:
        out.setdefault(e.date_text, []).append(e)
    return out


def test_a_captions_date_counts_but_its_words_are_no_event() -> None:
    # voa-fifa-indictments-reaction: "The logo of ... FIFA is seen on its headquarters in
    # Zurich, Switzerland, May 27, 2015." is a photo's caption.
    (caption,) = _events("voa-fifa-indictments-reaction", "2015-05-27")["May 27, 2015"]
    assert caption.event == "May 27, 2015" and caption.actors == []
    assert [ev.quote for ev in caption.evidence] == ["May 27, 2015"]


def test_the_title_and_standfirst_above_the_story_keep_their_words() -> None:
    # thehill-mcconnell-obamacare-repeal-next-week: the title is the story's own words.
    title = "McConnell vows Senate will take up ObamaCare repeal next week"
    events = _events("thehill-mcconnell-obamacare-repeal-next-week", "2017-03-28")
    assert any(e.event == title for e in events["next week"])
    # guardian-brighton-wolves-live: a standfirst with no full stop, above the story.
    (dek,) = _events("guardian-brighton-wolves-live", "2021-01-02")["2021"]
    assert dek.event.startswith("Brighton and Wolves, who struggled for goals")
    assert dek.evidence[0].quote == dek.event


def test_candidates_are_numbered_one_by_one() -> None:
    # The model cites a dated sentence by its number: the numbers are the prompt's, and
    # recorded cassettes match on them (two dates in one sentence once skipped a number).
    from summarizer._pipeline import prepare
    from summarizer._tasks.timeline import dated_candidates

    doc = prepare(GOLD_DIR / "kyodo-conspiracy-bill-diet-session" / "article.txt")
    found = dated_candidates(doc, find_time_expressions(doc.text))
    assert len({c.sentence.id for c in found}) < len(found)  # a sentence with two dates
    assert [c.id for c in found] == list(range(1, len(found) + 1))
