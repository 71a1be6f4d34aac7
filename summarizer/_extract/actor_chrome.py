"""Chrome lines blanked for the actor rules: headlines, menus and bylines name no one new.

``actor_text.Text`` reads the rules' text (``prose``) through ``without_chrome``.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer._extract.actor_rules import CAPW
from summarizer._text.scan import prefiltered

_R_LINE = re.compile(r"[^\n]+")
_R_LABEL = re.compile(r"\W*(?:Press Release|Media Release|Source|Issued by|Published by):")
_R_PROSE_WORD = re.compile(r"(?<![\w\-'’])[a-z]{4,}")
_R_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")
_R_LOWER_WORD = prefiltered(re.compile(r"(?<![\w\-'’])[a-z][\w\-]*"))  # as actor_text's


@cache
def plural_titles(title_words: frozenset[str]) -> re.Pattern[str]:
    """A plural title before a name ("Representatives Meg Froelich, ..."): a list of
    people, built once per pack from its titles ("Senators" of "Senator")."""
    plural = sorted(
        w for w in title_words if len(w) >= 5 and w[-1] == "s" and w[:-1] in title_words
    )
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(plural) or '(?!)'})\.? {CAPW} {CAPW}")


def without_chrome(scan: str, listed: re.Pattern[str]) -> str:
    """``scan`` with its chrome lines blanked (``_blank_chrome``): ``scan`` itself when no
    line is, not a second copy of the whole text (1x the input, 1.7x for text with curly
    quotes, held through the actors stage)."""
    pieces: list[str] = []
    at = 0
    for m in _R_LINE.finditer(scan):
        if (blanked := _blank_chrome(m, listed)) is not None:
            pieces += [scan[at : m.start()], blanked]
            at = m.end()
    return "".join([*pieces, scan[at:]]) if pieces else scan


def _blank_chrome(m: re.Match[str], listed: re.Pattern[str]) -> str | None:
    """A line with no lowercase word of 4+ letters (headline, menu, byline) names no one new:
    blanked (None: the line stays); a publisher's label ("Press Release: ...") and a list of
    people after a plural title ("SB23-188 ... Care - Representatives Meg Froelich, Brianna
    Titone") stay (English labels)."""
    line = m.group()
    if _R_LABEL.match(line) or _R_PROSE_WORD.search(line):
        return None
    if people := listed.search(line, 0, 2000):
        return " " * people.start() + line[people.start() :]  # the list, not the bill's title
    return None if _short_sentence(line) else " " * len(line)


def _short_sentence(line: str) -> bool:
    """A sentence of short words: "Xi Jinping met Joe Biden in San Francisco on Wednesday."
    is prose, though no lowercase word of it has four letters."""
    ended = _R_SENTENCE_END.search(line, max(0, len(line) - 8))
    return bool(ended) and len(_R_LOWER_WORD.findall(line, 0, 2000)) >= 2
