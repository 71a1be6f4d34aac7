"""Segmentation: the cleaned text as numbered sentences with exact offsets.

Sentence ids are what the model cites, so they must be stable and cheap to
check: ids start at 1, follow the text, and ``text[s.start:s.end] == s.text``.
Splitting is rule-based on purpose: news prose is regular, and a rule can be
tested where a statistical splitter can only be hoped for.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from summarizer._lang import LanguagePack, pack
from summarizer._text.offsets import InputMap
from summarizer._text.scan import prefiltered

# The words that tell an abbreviation's period from a sentence's end come from the
# language pack (``abbreviations`` and its neighbours).

# A sentence ends at . ! ? (possibly repeated), then closing quotes/brackets.
_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s)")  # from a run's first mark only
_END = prefiltered(_END)  # its first characters first (_text.scan)
# A sentence opens with a capital or a digit, or a brand written "iPhone", "eBay".
_NEXT_STARTS = re.compile(r"\s+[\"'“‘(\[]*(?:[A-Z0-9]|[a-z][A-Z])")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([A-Za-z]+)(?:[^\s\"“”]*\s+[\"'“‘(\[]*([A-Za-z]))?")
_LETTERS_DOT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence.  A short one's ``text`` is sliced from the document's when read, not
    held: a string per sentence was ~2.3x the input on a text of short sentences (issue
    12).  A long one holds its own: rules read a sentence's text once per quote or claim in
    it, and slicing a sentence of a megabyte at each read is quadratic."""

    id: int
    start: int
    end: int
    # The document's text (one string for every short sentence), or a long sentence's own.
    source: str = field(repr=False)
    paragraph: int

    @property
    def text(self) -> str:
        """``source[start:end]``: the document's text cut, or the sentence's own."""
        source = self.source
        return source if len(source) == self.end - self.start else source[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Shown(Sentence):
    """A sentence as a prompt shows it (an overlong one cut, ``_budget``): its own text."""

    shown: str = ""

    @property
    def text(self) -> str:
        return self.shown


@dataclass(frozen=True)
class Document:
    """The article as the rest of the pipeline sees it."""

    text: str
    title: str | None
    sentences: tuple[Sentence, ...]
    published: str | None = None  # YYYY-MM-DD the page itself states (HTML metadata)
    # Where ``published`` was read on the page when no metadata gave it ("Published 13th
    # Feb 2024, 23:38 GMT"): told in meta.warnings (``_extract.page_date``).
    published_from: str | None = None
    # ``published`` is the latest date the story states, not the page's (``story_date``).
    published_guessed: bool = False
    input_map: InputMap | None = field(default=None, repr=False, compare=False)
    language: str = "en"  # the pack (summarizer._lang) every rule reads its words from

    def sentence(self, sid: int) -> Sentence | None:
        return self.sentences[sid - 1] if 1 <= sid <= len(self.sentences) else None

    def sentence_at(self, offset: int) -> Sentence | None:
        """Binary search: called for every mention and time expression, so no linear scan."""
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def segment(
    text: str,
    title: str | None = None,
    published: str | None = None,
    input_map: InputMap | None = None,
    language: str = "en",
) -> Document:
    sentences: list[Sentence] = []
    lang = pack(language)
    for pno, (pstart, pend) in enumerate(_paragraph_spans(text)):
        for start, end in _split(text, pstart, pend, lang):
            own = text if end - start <= SLICED else text[start:end]
            sentences.append(Sentence(len(sentences) + 1, start, end, own, pno))
    return Document(
        text=text,
        title=title,
        sentences=tuple(sentences),
        published=published,
        input_map=input_map,
        language=language,
    )


SLICED = 1000  # characters: a sentence up to this long is sliced from the document when read
_R_LINE = re.compile(r"[^\n]+")
_R_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Lines are hard boundaries: chrome and headlines rarely end with a period."""
    spans = []
    for m in _R_LINE.finditer(text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if body:
            spans.append((m.start() + lead, m.start() + lead + len(body)))
    return spans


def _split(text: str, start: int, end: int, lang: LanguagePack) -> list[tuple[int, int]]:
    out = []
    cursor = start
    for m in _END.finditer(text, start, end):
        if not _NEXT_STARTS.match(text, m.end(), end):
            continue
        if (
            m.group()[0] == "."
            and m.group().rstrip(")]") == "."  # a quotation closed after it: "'no.' Then"
            and _is_abbreviation(
                lang,
                (word := _word_before(text, cursor, m.start())),
                *_next_words(text, m.end(), end),
                timed=word is not None and _after_number(text, cursor, m.start() - len(word)),
            )
        ):
            continue
        out.append((cursor, m.end()))
        nxt = _NEXT_STARTS.match(text, m.end(), end)
        assert nxt is not None
        cursor = m.end() + (len(nxt.group()) - len(nxt.group().lstrip()))
    if cursor < end:
        out.append((cursor, end))
    return out


def _next_words(text: str, at: int, end: int) -> tuple[str, str]:
    """The word after a period and the first letter of the word after that ("" if none)."""
    m = _NEXT_WORD.match(text, at, end)
    return (m.group(1), m.group(2) or "") if m else ("", "")


def _word_before(text: str, cursor: int, dot: int) -> str | None:
    """The word the period at ``dot`` closes (letters and inner dots, from a letter), or None.

    Read back from the dot, not searched from the sentence's start for every dot in it
    (that rescan made a sentence of many dots quadratic).  A word glued to a digit
    ("39B.") is no abbreviation.
    """
    i = dot
    while i > cursor and text[i - 1] in _LETTERS_DOT:
        i -= 1
    if i > cursor and text[i - 1].isdigit() and text[i - 1].isascii():  # "39B.": a code
        return None
    if i == dot or text[i] == ".":
        return None
    return text[i:dot]


def _after_number(text: str, cursor: int, at: int) -> bool:
    """Whether the word at ``at`` follows a number and a space: a time ("9 p.m.")."""
    return at - 2 >= cursor and text[at - 1] == " " and text[at - 2].isdigit()


@cache
def _calendar(lang: LanguagePack) -> frozenset[str]:
    """The weekdays and months, lowercase, in full and as the pack abbreviates them."""
    full = [w.lower() for w in lang.weekdays] + [f.lower() for m in lang.months for f in m]
    shorts = (a for a in lang.abbreviations if any(f.startswith(a) for f in full))
    return frozenset([*full, *shorts])


def _is_abbreviation(
    lang: LanguagePack,
    written: str | None,
    following: str = "",
    then: str = "",
    timed: bool = False,
) -> bool:
    """Whether the period closing ``written`` belongs to an abbreviation, not the sentence.

    Titles never end a sentence, initials only before "The", "It"... ("Plan B. The ...").
    Other abbreviations ("U.S.", "Corp.", "p.m.") do when the next word opens sentences
    ("... in the U.S. The talks"), or is a capitalised word that no capitalised word follows
    and that does not go on a name or a time ("at 9 p.m. Officials counted", not "U.S.
    Secretary Blinken", "U.S. Army said" or "6:30 p.m. Monday"); "EST." and the like end one.
    A weekday or month ("Sun.", "Jan.") goes on only before a date ("Sun. Jan. 5"), so "the
    Sun. NASA ..." ends one; after a time (``timed``: "9 p.m.") no body's name goes on, so a
    word that never names ("Police") opens one.
    """
    if written is None:
        return False
    word, low = written.lower(), following.lower()
    if word in lang.abbreviation_titles:
        return True
    if len(word) == 1:  # initials: "J." in "J. Smith"
        return not (following[:1].isupper() and low in lang.after_initial)
    named = following.isupper() or not then.islower() or low in lang.continues_after_abbreviation
    # "St. Louis on", "Jr. Day is": a suffix goes on before any name
    opens = following[:1].isupper() and (
        low in lang.sentence_starters or not (named or word in lang.abbreviation_suffixes)
    )
    calendar = _calendar(lang)
    if (following[:1].isupper() and low not in calendar) and (
        word in calendar or (timed and following in lang.name_stopwords)
    ):
        opens = True
    # Two initials no acronym list knows ("J.K. Rowling", "H.G. Wells"): as one initial.
    initials = len(word) == 3 and written[0].isupper() and _R_DOTTED.fullmatch(word)
    if initials and word not in lang.abbreviations:
        return not (following[:1].isupper() and low in lang.after_initial)
    if word in lang.abbreviations:
        # "EST." is a time zone written in capitals, not "est." (established); "JUL. 26" a date.
        shouted = written.isupper() and "." not in written and len(written) > 2
        return not opens and not (shouted and following[:1].isupper())
    # Dotted acronyms ("U.N.", "F.B.I.").
    return bool(_R_DOTTED.fullmatch(word)) and not opens
