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

from summarizer._text.offsets import InputMap

# Words whose trailing period does not end a sentence: titles before a name, and
# abbreviations that may also close one ("in the U.S. The talks ...") when what follows
# is a word that starts sentences, not a name ("U.S. President").
_TITLES = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr rev hon pres
    no nos vol vs approx dept fig mt ft ave blvd rd cf al ch insp supt det cllr cpl pvt""".split()
)
_ABBREVIATIONS = _TITLES | frozenset(
    """inc corp co ltd llc bros etc est jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u d.c u.s.a a.m p.m i.e
    e.g""".split()
)
# Capitalised words that open sentences and are never part of a name.
_STARTERS = frozenset(
    """the a an this that these those it its he she they we i you his her their our my
    but and or so yet in on at for from with by as after before when while if although
    though since because there here then now some many most all no not both each such
    during over under about however meanwhile still also instead later earlier""".split()
)
# A sentence ends at . ! ? (possibly repeated), then closing quotes/brackets.
_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s)")  # from a run's first mark only
_NEXT_STARTS = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9]")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([A-Za-z]+)")
_LETTERS_DOT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


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
    input_map: InputMap | None = field(default=None, repr=False, compare=False)

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
) -> Document:
    sentences: list[Sentence] = []
    for pno, (pstart, pend) in enumerate(_paragraph_spans(text)):
        for start, end in _split(text, pstart, pend):
            sentences.append(Sentence(len(sentences) + 1, start, end, text[start:end], pno))
    return Document(
        text=text,
        title=title,
        sentences=tuple(sentences),
        published=published,
        input_map=input_map,
    )


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
            and _is_abbreviation(
                _word_before(text, cursor, m.start()), _next_word(text, m.end(), end)
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


def _next_word(text: str, at: int, end: int) -> str:
    m = _NEXT_WORD.match(text, at, end)
    return m.group(1) if m else ""


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


def _is_abbreviation(written: str | None, following: str = "") -> bool:
    """Whether the period closing ``written`` belongs to an abbreviation, not the sentence.

    Titles and initials never end a sentence; other abbreviations ("U.S.", "Corp.", "p.m.")
    do when the next word is one that opens sentences ("... in the U.S. The talks").
    """
    if written is None:
        return False
    word = written.lower()
    if word in _TITLES or len(word) == 1:  # initials: "J." in "J. Smith"
        return True
    closes = following.lower() in _STARTERS and following[:1].isupper()
    if word in _ABBREVIATIONS:
        # "EST." is a time zone written in capitals, not "est." (established).
        return not closes and not (written.isupper() and "." not in written and len(written) > 2)
    # Dotted acronyms ("U.N.", "F.B.I.").
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) and not closes
