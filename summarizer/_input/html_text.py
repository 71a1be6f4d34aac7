"""HTML input: the story, title and publication date of a saved web page.

Most of a page is not the story (menus, banners, comments, scripts), and a
page's date is in its markup, not its text. trafilatura finds the main text
(tuned for precision: a missed paragraph costs less than a comment read as
the story) and htmldate the date, so the rest of the pipeline sees the same
kind of plain text as a pasted article, and can use the page's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from summarizer._exceptions import InputError

_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_TAG = re.compile(r"<(?:[a-z][a-z0-9]*|!--|/[a-z])", re.IGNORECASE)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A story has sentences: a menu or a form that trafilatura kept has none.
_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S*[.!?。！？][\"'”’)]*(?:\s|$)")


@dataclass(frozen=True)
class HtmlArticle:
    text: str  # paragraphs separated by blank lines, title first when the page has one
    title: str | None
    published: str | None  # "YYYY-MM-DD"


def is_html(text: str, origin: str = "") -> bool:
    """Text that opens like an HTML document, or a ``.html``/``.htm`` file with tags in it."""
    if _HTML_START.match(text):
        return True
    return origin.lower().endswith((".html", ".htm")) and bool(_TAG.search(text[:4096]))


def extract(html: str, url: str | None = None) -> HtmlArticle:
    """The article in ``html``; ``InputError`` when the page has no article body."""
    import trafilatura  # slow to import (lxml, htmldate): only HTML input pays for it
    from trafilatura.settings import Document

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Markup only: a date guessed from free text could put the timeline in the wrong year.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": date.today().isoformat(),
        },
    )
    fields: dict[str, Any] = result.as_dict() if isinstance(result, Document) else result or {}
    body = str(fields.get("text") or "").strip()
    if not _SENTENCE.search(body):
        raise InputError(
            "the HTML page has no article text that could be extracted "
            "(is it a front page, a form or a page that needs JavaScript?); "
            "save the article page itself, or paste its text"
        )
    title = _one_line(fields.get("title"))
    paragraphs = [p.strip() for p in body.splitlines() if p.strip()]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # like a pasted article: headline first
    return HtmlArticle("\n\n".join(paragraphs), title, _day(fields.get("date")))


def _one_line(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _day(value: object) -> str | None:
    """htmldate's date as YYYY-MM-DD, or None when it found none or something else."""
    match = _ISO_DAY.match(str(value)) if value else None
    if not match:
        return None
    try:
        return date.fromisoformat(match.group()).isoformat()
    except ValueError:
        return None
