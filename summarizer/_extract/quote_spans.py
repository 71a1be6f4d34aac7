"""Quote spans: where quotations are (marks paired, answers after a label, paragraphs that go on).

Also the attribution patterns per language pack (``quote_rules``), compiled once per pack.
``quotes`` attributes the spans found here; ``quote_speakers`` says who a phrase names.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import overload

from summarizer._extract.actors import FoundActor
from summarizer._extract.quote_paras import Paragraphs
from summarizer._extract.quote_text import mask_hopeless
from summarizer._lang import LanguagePack, alternation, owned_person
from summarizer._text.scan import every_field_prefiltered, prefiltered
from summarizer._text.segment import Document, Sentence
from summarizer._text.words import word_count

# Double quotes close at their mark, at '' (a typo for ”), at a new opening mark or at the
# line's end (a print page's doubled single marks, ‘‘...’’, are double quotes); single
# quotes only open after a space and close before one, so that Assad's and don't are no
# quotes; a line opening with a single quote may run on (British style).
_R_QUOTE = re.compile(
    r"(?<!\d)(?:[“«\"]|‘‘)(?P<d>[^”»\"“«\n]*?)"
    r"(?:(?P<c>[”»]|’’|(?<![.!?…]\s)\"|\"(?![A-Z])|(?<=\S)'')"
    r"|(?=[“«]|(?<=[.!?…]\s)\"[A-Z]|‘‘)|$)"
    r"|(?<![^\s(\[{—–\-/])[‘'](?=\w)(?P<s>[^\n]*?)(?<=\S)[’'](?!\w)"
    r"|^[*_ \t]*[‘'](?=\w)(?P<u>[^\n]*)$",
    re.MULTILINE,
)
_R_QUOTE = prefiltered(_R_QUOTE)  # its first characters first (_text.scan)
# Where a continued quotation closes: a closing mark after the words.
_R_CLOSE = re.compile(r"(?<=[\w.,!?…])(?:[”»]|’’)|(?<=[.,!?…])\"(?=\s|$)")
SHORT = 4  # words: a scare quote ("productive.") belongs to the subject of its clause
_CONTINUED = 6  # paragraphs a statement may run on without reopening its quotation mark
# "Rice: We got ..." / "**TIME:** What ...": a speaker's label opening a paragraph.
_R_LABEL = re.compile(r"((?:[A-Z][\w’'.\-]*[ \t]){0,3}[A-Z][\w’'.\-]*)[*_]*:[*_]*[ \t]+(?=\w)")
# An interview's question and answer labels ("Q: ...", "A: ..."), after a "Q:" only.
_QUESTION, _ANSWER = "Q", "A"
_R_ANY_MARK = re.compile(r"[“”«»\"‘]|^[*_ \t]*'", re.MULTILINE)


@dataclass(frozen=True)
class QuoteRules:
    """The attribution patterns in one language, compiled once per pack."""

    verb: re.Pattern[str]  # a speech verb or participle
    said_after: re.Pattern[str]  # "..., Buck said."
    after_verb: re.Pattern[str]  # '"...," said Lori Glaze'
    after_subject: re.Pattern[str]  # '"...," Trump said'
    pronoun: re.Pattern[str]  # "he", "She"
    pronoun_end: re.Pattern[str]  # "she also" right before a verb
    next_said: re.Pattern[str]  # the next sentence: "Smith said."
    adverbs: frozenset[str]
    # '"...," Tom Wilson, a farmer from Tewkesbury, told the BBC.': a name, an apposition.
    name_apposition: re.Pattern[str]
    said_colon: re.Pattern[str]  # "A spokesperson for X said:" ending a paragraph
    the_noun_end: re.Pattern[str]  # "the company", "the prime minister" right before a verb
    for_the: re.Pattern[str]  # "a spokeswoman for the company": who she speaks for
    indefinite: re.Pattern[str]  # "a witness", "his daughter": someone not named
    body_nouns: frozenset[str]
    person_nouns: frozenset[str]
    offices: frozenset[str]  # "the chancellor said": the person named last may hold it
    title_words: dict[str, tuple[str, ...]]  # "ald" -> "alderman", "alderwoman"
    roles: frozenset[str]  # "Manchester United forward Marcus Rashford": a role before a name
    # "His widow Millicent", "Her lawyer John Ames": a person described by whose they are
    owned_person: re.Pattern[str]
    demonyms: frozenset[str]  # "the Qatari official said": the one titled with the nation's
    state_bodies: frozenset[str]
    given: tuple[frozenset[str], frozenset[str]]  # first names usually a woman's, a man's


@cache
def quote_rules(lang: LanguagePack) -> QuoteRules:
    verbs, adverbs = alternation(lang.speech_verbs), alternation(lang.speech_adverbs)
    adverb = rf"(?:(?:{adverbs}) )?"
    pronoun = "|".join(sorted(w for p in lang.subject_pronouns for w in (p, p.capitalize())))
    return every_field_prefiltered(QuoteRules(  # searched behind their first characters
        verb=re.compile(
            rf"\b(?:{verbs}|{alternation(lang.speech_participles | lang.speech_judging)})\b"
        ),
        said_after=re.compile(rf"(?:['’]s)?\s+{adverb}(?:{verbs})\b"),
        after_verb=re.compile(rf"[\s,—–-]*{adverb}({verbs})\b"),
        # '"...," Joko Widodo or Jokowi as he is known, said': an aside whose opening comma
        # the copy lost still closes on one
        after_subject=re.compile(rf"[\s,—–-]*([^,;:]{{1,80}}?),? {adverb}({verbs})\b"),
        pronoun=re.compile(rf"(?:{pronoun})\b"),
        pronoun_end=re.compile(rf"\b({pronoun}) {adverb}$"),
        next_said=re.compile(
            rf"\W*([^,.\"“”]{{1,60}}?) {adverb}(?:{alternation(lang.speech_plain)})\b"
        ),
        adverbs=lang.speech_adverbs,
        name_apposition=re.compile(
            # the second comma may be lost too: '"...," Paul-Marie Mpouele, head of the
            # FROCAD party told a press conference'
            rf"[\s,—–-]*([^,;:\"“”]{{1,80}}?),([^;:\"“”]{{1,160}}?),?\s*{adverb}({verbs})\b"
        ),
        said_colon=re.compile(rf"\b(?:{verbs})\b[^.:;!?\"“”]{{0,40}}:\W*$"),
        # "the company said", "the UK's chief negotiator suggested", "Germany's envoy said",
        # "The MP said": a role may be an acronym; an age may describe the one it names ("The
        # 52-year-old executive claims", "the 52-year-old said")
        the_noun_end=re.compile(
            rf"(?:\b[Tt]he |(?<![\w.'’])[A-Z][\w.]*['’]s )(?:(?:[a-z]+|\d{{1,3}}-year-old) )?"
            rf"([a-z]+|[A-Z]{{2,4}}|\d{{1,3}}-year-old) {adverb}$"
        ),
        for_the=re.compile(r"\bfor (the ([a-z]+))$"),
        indefinite=re.compile(rf"(?:{alternation(lang.indefinites)})(?: [a-z]|,|$)", re.I),
        body_nouns=lang.speaker_body_nouns,
        person_nouns=lang.speaker_person_nouns,
        offices=lang.speaker_office_nouns,
        title_words=dict(lang.title_words),
        roles=lang.names.roles,
        owned_person=owned_person(lang),
        demonyms=lang.names.demonyms,
        state_bodies=lang.state_bodies,
        given=(lang.names.given_female, lang.names.given_male),
    ))  # fmt: skip


@dataclass(slots=True)
class Span:
    open: int  # the opening mark
    start: int  # the quoted words, marks and markup trimmed
    end: int
    close: int  # past the closing mark; the paragraph's end when never closed
    closed: bool
    para: int
    chain: int = -1  # the part this one continues, over a paragraph break
    answer: bool = False  # an interview's "A:" paragraph: the interviewee speaks


class SpanTable(Sequence[Span]):
    """The spans as columns of machine integers, each ``Span`` built when read: an object
    and up to five int objects per span were ~5x the input on a paragraph of thousands of
    quotes (issue 12).  Read-only: the spans are settled before they are stored."""

    __slots__ = ("chains", "closes", "ends", "flags", "opens", "paras", "starts")

    def __init__(self, spans: Sequence[Span]) -> None:
        self.opens = array("q", (q.open for q in spans))
        self.starts = array("q", (q.start for q in spans))
        self.ends = array("q", (q.end for q in spans))
        self.closes = array("q", (q.close for q in spans))
        self.paras = array("q", (q.para for q in spans))
        self.chains = array("q", (q.chain for q in spans))
        self.flags = bytes(q.closed + 2 * q.answer for q in spans)  # bit 0 closed, bit 1 answer

    def __len__(self) -> int:
        return len(self.opens)

    @overload
    def __getitem__(self, i: int) -> Span: ...
    @overload
    def __getitem__(self, i: slice) -> list[Span]: ...
    def __getitem__(self, i: int | slice) -> Span | list[Span]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        flags = self.flags[i]
        return Span(
            self.opens[i], self.starts[i], self.ends[i], self.closes[i], bool(flags & 1),
            self.paras[i], self.chains[i], bool(flags & 2),
        )  # fmt: skip


def _said_colon(said: re.Pattern[str], text: str, a: int, b: int) -> bool:
    """A paragraph ending in a speech verb and a colon: what follows is what was said."""
    return b - a < 400 and bool(said.search(text, max(a, b - 60), b))


class SpanReader:
    """The quotations of one article, trimmed of marks and markup, linked over paragraphs.

    ``quotes._Attribution`` sets the attributes below and reads the spans through it."""

    doc: Document
    text: str
    heads: list[int]  # each sentence's start
    paras: Paragraphs  # paragraph -> (start, end), and where its words begin
    rx: QuoteRules
    asked: int  # where an interview's first question opens, -1 if none

    def _sentence(self, offset: int) -> Sentence:
        return self.doc.sentences[max(0, bisect.bisect_right(self.heads, offset) - 1)]

    def _lead(self, para: int) -> int:
        """Where a paragraph's words begin, past markup such as ``**``."""
        return self.paras.lead(para, self.text)

    def _labelled(self, actors: Sequence[FoundActor]) -> list[Span]:
        """An interview's answers: paragraphs opening with a speaker's name and a colon
        ("Rice: We got a lot better this week."), with no quotation mark of their own."""
        names = {m.start: m.end for a in actors for m in a.mentions}
        out = []
        self.asked = -1  # where an interview's first "Q:" opens
        for para, (a, b) in self.paras.items():
            lead = self._lead(para)
            m = _R_LABEL.match(self.text, lead, b)
            if m and m[1] == _QUESTION and self.asked < 0:
                self.asked = a
            if _R_ANY_MARK.search(self.text, a, b):
                continue
            answer = bool(m and m[1] == _ANSWER and self.asked >= 0)
            if m and (names.get(lead) == m.end(1) or answer):
                at = m.end()
            elif para - 1 in self.paras and _said_colon(
                self.rx.said_colon, self.text, *self.paras[para - 1]
            ):
                at = lead  # "A spokesperson for X said:" / a statement without quote marks
            else:
                continue
            # What is said is prose: a heading or a list of links after "said:" is not
            if word_count(self.text[at:b], SHORT) >= SHORT and self.text[b - 1] in ".!?…":
                out.append(Span(at, at, b, b, True, para, answer=answer))
        return out

    def _spans(self, actors: Sequence[FoundActor]) -> SpanTable:
        """The quotations, trimmed of marks and markup, linked over paragraph breaks."""
        out: list[Span] = []
        labelled = self._labelled(actors)
        for m in _R_QUOTE.finditer(mask_hopeless(self.text)):
            while labelled and labelled[0].open < m.start():
                out.append(labelled.pop(0))
            group = "d" if m["d"] is not None else "s" if m["s"] is not None else "u"
            start, end = m.span(group)
            closed = bool(m["c"]) if group == "d" else group == "s"
            para = self._sentence(start - 1).paragraph
            opened = m.start() if group == "d" else start - 1  # ‘‘ is two characters
            q = Span(opened, start, end, m.end() if closed else end, closed, para)
            q.start += len(self.text[start:end]) - len(self.text[start:end].lstrip(" \t*_"))
            q.end -= len(self.text[q.start : end]) - len(self.text[q.start : end].rstrip(" \t*_"))
            if q.start == q.end or not re.search(r"\w", self.text[q.start : q.end]):
                continue
            last = out[-1] if out else None
            if last and not last.closed and last.para == para - 1 and q.open == self._lead(para):
                q.chain = len(out) - 1  # a paragraph opening with a quote mark continues it
            out.append(q)
        return SpanTable(self._continuations(out + labelled))

    def _continuations(self, spans: list[Span]) -> list[Span]:
        """Paragraphs that go on with an open quote without reopening the mark, up to the
        paragraph that closes it: 'said:' / '“Crews were called ...' / 'The building ...”'."""
        out: list[Span] = []
        skip: set[int] = set()  # a closing straight mark the pattern took for an opening one
        opens = [q.open for q in spans]  # sorted: as the pattern found them
        read: dict[int, list[tuple[int, int, int, bool, int]]] = {}  # para -> its parts
        for q in spans:
            if q.open in skip:
                continue
            out.append(q)
            if q.closed:
                continue
            if q.para not in read:  # the parts depend on the paragraph alone
                read[q.para] = self._parts(q.para, opens)
            parts = read[q.para]
            if parts and parts[-1][3]:
                skip.add(parts[-1][1])
                chain = len(out) - 1
                out += [Span(a, a, b, c, closed, p, chain) for a, b, c, closed, p in parts]
        return out

    def _parts(self, para: int, opens: list[int]) -> list[tuple[int, int, int, bool, int]]:
        """The paragraphs after ``para`` that go on with its open quote: (lead, stop, close,
        closed, paragraph) of each, the last closed; or the parts read before none closed."""
        parts: list[tuple[int, int, int, bool, int]] = []
        for p in range(para + 1, para + 1 + _CONTINUED):
            if p not in self.paras:
                break
            lead, end = self._lead(p), self.paras[p][1]
            if self.text[lead] in "“«\"‘'":
                break  # it reopens the mark: the pattern already chains it
            m = _R_CLOSE.search(self.text, lead, end)
            stop = m.start() if m else end
            k = bisect.bisect_left(opens, lead)
            if k < len(opens) and opens[k] < stop:
                break  # the paragraph opens a quotation of its own first
            parts.append((lead, stop, m.end() if m else end, bool(m), p))
            if m:
                break
        return parts
