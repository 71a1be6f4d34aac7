"""Segmentation: the cleaned text as numbered sentences with exact offsets.

Sentence ids are what the model cites, so they must be stable and cheap to
check: ids start at 1, follow the text, and ``text[s.start:s.end] == s.text``.
Splitting is rule-based on purpose: news prose is regular, and a rule can be
tested where a statistical splitter can only be hoped for.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr rev hon pres inc
    corp co ltd llc bros no nos vol vs etc approx dept est fig jan feb mar apr jun jul
    aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun mt ft ave blvd
    rd u.s u.k u.n e.u d.c u.s.a a.m p.m i.e e.g cf al""".split()
)
# A sentence ends at . ! ? (possibly repeated), then closing quotes/brackets.
_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s)")  # from a run's first mark only
_NEXT_STARTS = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9]")
_LETTERS_DOT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_FIRST_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Sentence:
    id: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Document:
    """The article as the rest of the pipeline sees it."""

    text: str
    title: str | None
    sentences: tuple[Sentence, ...]
    published: str | None = None  # YYYY-MM-DD the page itself states (HTML metadata)

    def sentence(self, sid: int) -> Sentence | None:
        return self.sentences[sid - 1] if 1 <= sid <= len(self.sentences) else None

    def sentence_at(self, offset: int) -> Sentence | None:
        """Binary search: called for every mention and time expression, so no linear scan."""
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def segment(text: str, title: str | None = None, published: str | None = None) -> Document:
    sentences: list[Sentence] = []
    for pno, (pstart, pend) in enumerate(_paragraph_spans(text)):
        for start, end in _split(text, pstart, pend):
            sentences.append(Sentence(len(sentences) + 1, start, end, text[start:end], pno))
    return Document(text=text, title=title, sentences=tuple(sentences), published=published)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Lines are hard boundaries: chrome and headlines rarely end with a period."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if body:
            spans.append((m.start() + lead, m.start() + lead + len(body)))
    return spans


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    cursor = start
    for m in _END.finditer(text, start, end):
        if not _NEXT_STARTS.match(text, m.end(), end):
            continue
        if (
            m.group()[0] == "."
            and m.group().rstrip("\"'”’)]") == "."
            and _is_abbreviation(_word_before(text, cursor, m.start()))
        ):
            continue
        out.append((cursor, m.end()))
        nxt = _NEXT_STARTS.match(text, m.end(), end)
        assert nxt is not None
        cursor = m.end() + (len(nxt.group()) - len(nxt.group().lstrip()))
    if cursor < end:
        out.append((cursor, end))
    return out


def _word_before(text: str, cursor: int, dot: int) -> str | None:
    """``_WORD_BEFORE.search(text[cursor : dot + 1])[1]``, read back from the dot rather than
    scanned from the sentence's start for every dot in it."""
    i = dot
    while i > cursor and text[i - 1] in _LETTERS_DOT:
        i -= 1
    m = _FIRST_LETTER.search(text, i, dot)
    return text[m.start() : dot] if m else None


def _is_abbreviation(word: str | None) -> bool:
    if word is None:
        return False
    word = word.lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials ("J." in "J. Smith") and dotted acronyms ("U.N.", "F.B.I.").
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))
