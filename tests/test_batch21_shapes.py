"""Rules written in the session of gold batch 21 (issue 9), each from a dev article of that
batch, with guards.  The batch's test articles were scored only in aggregate."""

from __future__ import annotations

from datetime import date

from summarizer._extract.dates import find_time_expressions
from summarizer._text.cleaning import clean
from tests.test_quotes import quote, quotes_of


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.text: e.date for e in find_time_expressions(text, date.fromisoformat(published))}


def test_a_span_from_now_is_counted_ahead() -> None:
    # dev (Los Angeles Times): "council members elected two years from now" was no date
    text = "The council members elected two years from now will serve longer terms."
    assert _dates(text, "2015-03-08") == {"two years from now": "2017"}
    assert _dates("Five days from now, voting opens.", "2015-03-08") == {
        "Five days from now": "2015-03-13"
    }
    # guard: "from now on" counts nothing
    assert _dates("From now on, the rules apply to all.", "2015-03-08") == {}


def test_a_month_naming_a_ballot() -> None:
    # dev (Los Angeles Times): "candidates and measures on the March ballot"
    assert _dates("Voters will decide on the March ballot.", "2015-03-08") == {"March": "2015-03"}
    # guard: a month that is a name before "ballot" is no month ("the May ballot" is one)
    assert _dates("Theresa May ballot papers were printed.", "2015-03-08") == {}


def test_an_act_asked_for_lies_ahead_of_the_asking() -> None:
    # dev (The New Arab): 'urging his followers to protest outside "whatever prison I'm in
    # on Saturday please"' was the Saturday before
    text = (
        '"It is a joke," he said, urging his followers to protest outside "whatever prison '
        "I'm in on Saturday please\"."
    )
    assert list(_dates(text, "2019-07-11").values()) == ["2019-07-13"]
    text = "The club told season-ticket holders to collect their passes on Friday."
    assert "2021-03-12" in _dates(text, "2021-03-10").values()
    # guards: the act told as done; the asking dated; a passive with no object
    text = "Police asked residents to stay indoors on Monday, and most did."
    assert "2021-03-08" in _dates(text, "2021-03-10").values()
    text = "Fans who were asked to leave on Sunday complained."
    assert "2021-03-07" in _dates(text, "2021-03-10").values()


def test_a_group_tied_to_a_body_speaks_for_it() -> None:
    # dev (Tulsa World): '"...," forecasters said' after "forecasters at the National
    # Weather Service in Tulsa": the gold and a reader credit the Weather Service
    text = (
        "Before the storm, forecasters at the National Weather Service in Tulsa had focused "
        "their predictions on the south.\n\n“The threat is limited,” forecasters said."
    )
    assert quote(quotes_of(text), "The threat").speaker == "National Weather Service"
    # guard: a group tied to no body stays the group
    text = "Forecasters had focused on the south.\n\n“The threat is limited,” forecasters said."
    assert quote(quotes_of(text), "The threat").speaker != "National Weather Service"


def test_a_broadcast_transcripts_notice_and_breaks_are_chrome() -> None:
    # dev (CNN): the rush-transcript notice and "(COMMERCIAL BREAK)" survived cleaning
    story = "The council met on Tuesday to discuss the plan, which has divided the region."
    after = "The mayor said the vote would go ahead next week as planned by officials."

    def kept(line: str) -> bool:
        return line in clean(f"{story}\n\n{line}\n\n{after}").text

    notice = "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED."
    assert not kept(notice)
    assert not kept("(COMMERCIAL BREAK)")
    assert not kept("(END VIDEO CLIP)")
    # guard: a sentence about a transcript
    assert kept("This is a rush transcript, the network said of the copy it sent.")
