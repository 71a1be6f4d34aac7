"""An article without a title has its lead as both headline and abstract (extractive
summary): every report shows that sentence once; the digest keeps both fields.  (The lead
holds no date, speech or figure here, so no other section repeats it.)"""

from __future__ import annotations

import io

from rich.console import Console

from summarizer import summarize
from summarizer._render import to_html, to_markdown, to_terminal

LEAD = (
    "Fitz Bailey, the police force's deputy commissioner, has provided further details of "
    "the deadly attack at the playing field in Spring Village."
)
TEXT = (
    f"{LEAD}\n\nIt was reported that a gunman opened fire on the crowd during the football "
    "match.\n\nThe attack left three people dead and six others injured, police said.\n"
)


def test_a_lead_that_is_headline_and_abstract_is_shown_once() -> None:
    digest = summarize(TEXT, published="2022-09-19", backend="none")
    assert digest.summary.headline == digest.summary.abstract == LEAD  # the premise
    assert to_markdown(digest).count(LEAD) == 1
    html = to_html(digest)  # the page also shows the article itself: look at the summary
    assert 'class="abstract"' not in html and "deputy commissioner, has provided" in html
    out = io.StringIO()
    to_terminal(digest, Console(file=out, width=400, color_system=None))
    assert out.getvalue().count("deputy commissioner, has provided") == 1


def test_an_abstract_under_its_own_title_is_shown() -> None:
    digest = summarize(f"Gunman kills three at football match\n\n{TEXT}", backend="none")
    assert digest.summary.headline == "Gunman kills three at football match"
    assert LEAD in to_markdown(digest)
    assert 'class="abstract"' in to_html(digest)
    out = io.StringIO()
    to_terminal(digest, Console(file=out, width=400, color_system=None))
    assert "deputy commissioner, has provided" in out.getvalue()
