"""The page's title as a browser or a site writes it around the headline: a section label
or the site's name set beside the headline by a pipe or a dash, and the browser's title
line above the page's own headline.  Read by ``cleaning`` when it picks the title."""

from __future__ import annotations

import re

from summarizer._text.words import word_count

_PIPES = (" | ", " • ", " :: ", " » ")  # a page title's separators, always a label's or site's
_DASHES = (" — ", " – ", " - ")  # a dash may be the headline's own: only a name beside it
_LABEL_WORDS = 4  # a section label or a site's name beside the headline: this many words at most
_R_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w.&'’-]*|of|the|and|&|on|de)")


_WIRE_TAG = re.compile(r"\([A-Z]{2,6}\)\s+(?=[A-Z])")


def unpiped(title: str) -> str:
    """A page title's headline without the section label or site name a pipe sets beside
    it ("Letter | City Council's inconsistency", "Storm hits coast | The Courier") or a
    dash sets after it ("Storm hits coast – BBC News"): the one long part, when every
    other part is short and it at least twice as long (after a dash, one name in capitals,
    last); the title as it was otherwise."""
    if m := _WIRE_TAG.match(title):  # "(BPRW) City of Miami Gardens to Hold ...": the wire's
        title = title[m.end() :]
    sep = next((p for p in (*_PIPES, *_DASHES) if p in title), None)
    if sep is None:
        return title
    parts = [p.strip() for p in title.split(sep)]
    longest = max(parts, key=len)
    short = [p for p in parts if p is not longest]
    words, most = len(longest.split()), max(len(p.split()) for p in short)
    if not (words > _LABEL_WORDS and most <= _LABEL_WORDS and words >= 2 * most):
        return title
    if sep in _DASHES and (
        len(parts) != 2
        or longest is not parts[0]
        or not all(map(_R_NAME_WORD.fullmatch, parts[1].split()))
    ):
        return title  # "Brexit – what happens next": the dash is the headline's own
    return longest


_R_TITLE_TAIL = re.compile(r"\s*[,|:·–—»-]\s*\S")  # what a browser's title sets after the headline
_TITLE_TAIL_WORDS = 10  # a section and a site's name, at most


def page_title_of(line: str, headline: str) -> bool:
    """``line`` is the browser's title of the page whose headline is ``headline``: the
    headline, then a separator and a section or the site's name ("New Zealand claim netball
    World Cup, Latest Others News - The New Paper" above "New Zealand claim netball World
    Cup")."""
    return (
        word_count(headline, 3) >= 3
        and line.startswith(headline)
        and _R_TITLE_TAIL.match(line, len(headline)) is not None
        and _names_only(line[len(headline) :])
    )


def _names_only(tail: str) -> bool:
    """A section's and a site's names: a few words, most of them capitalised ("Latest
    Others News - The New Paper"), not a sentence going on ("then the Ferns went home")."""
    words = re.findall(r"[^\W\d_][\w'’&.]*", tail)
    caps = sum(w[0].isupper() for w in words)
    return 0 < len(words) <= _TITLE_TAIL_WORDS and 2 * caps > len(words)


def without_page_title(
    paragraphs: list[list[str]], removed: list[str], reach: int
) -> list[list[str]]:
    """The browser's title above the page's own headline (the headline, a comma and the
    section, a dash and the site) goes: the headline below is the title."""
    top = [p[0] if len(p) == 1 else "" for p in paragraphs[:reach]]
    for i, line in enumerate(top):
        if line and any(h and page_title_of(line, h) for h in top[i + 1 :]):
            removed.append(line)
            return paragraphs[:i] + paragraphs[i + 1 :]
    return paragraphs
