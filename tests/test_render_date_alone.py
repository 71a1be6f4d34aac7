"""A page's date line (and a caption, a heading) gives code's timeline the date as written,
cited alone: the line is no event of the story.  A report says so instead of printing the
date twice ("on Thursday | on Thursday"); the digest keeps the date and its span."""

from __future__ import annotations

import io

from rich.console import Console

from summarizer import summarize
from summarizer._render import to_html, to_markdown, to_terminal
from summarizer._render.items import DATE_ALONE

TEXT = (
    "Flood warning extended across the county\n\nSunday, February 2, 2025\n\n"
    "Heavy rain closed two roads near the river on Saturday, the county council said.\n\n"
    "Residents were told to avoid the area until the water drains, officials said.\n"
)


def test_a_date_line_is_shown_as_a_date_not_an_event() -> None:
    digest = summarize(TEXT, backend="none")
    bare = [e for e in digest.timeline if e.event == e.date_text]
    assert [e.date_text for e in bare] == ["Sunday, February 2, 2025"]  # the premise
    story = [e for e in digest.timeline if e.event != e.date_text]
    assert story and "closed two roads" in story[0].event
    md = to_markdown(digest)
    assert DATE_ALONE in md and "| Sunday, February 2, 2025 | Sunday, February 2, 2025 |" not in md
    assert "closed two roads" in md  # a story's event is printed as it is
    assert DATE_ALONE in to_html(digest)
    out = io.StringIO()
    to_terminal(digest, Console(file=out, width=400, color_system=None))
    assert DATE_ALONE in out.getvalue()
