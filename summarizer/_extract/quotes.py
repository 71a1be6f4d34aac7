"""Quotes: the words an article puts in quotation marks, and who said them.

Rules find them, like actors (see ``_actors``): quotation marks pair up by a pattern,
and news prose attributes quotes in a few fixed shapes ('"...," X said', '"...," said
X', 'X said "..."', 'according to X', 'X: "..."'), with pronouns pointing back to the
latest named subject.  Rules are transparent, testable on real sentences, install
nothing and fetch no third-party model; each quote names the rule that attributed it
(``cue``), so a reader can check it and the model only judges.  A quote that goes on
after its attribution ('"...," he said. "..."') or over paragraphs takes the speaker
and the cue of the part that names one.  Here: the indexes built once per article and
the order the rules are tried in; each rule that locates an attribution is in
``quote_attribution``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from summarizer._extract.actors import FoundActor, Mention
from summarizer._extract.quote_attribution import AttributionRules
from summarizer._extract.quote_described import describer
from summarizer._extract.quote_forms import SubjectForms
from summarizer._extract.quote_gender import GENDERED, agrees
from summarizer._extract.quote_paras import Paragraphs
from summarizer._extract.quote_references import Who
from summarizer._extract.quote_spans import Span, SpanTable, quote_rules
from summarizer._extract.quote_text import Stretches, blanked, disjoint
from summarizer._lang import pack
from summarizer._text.index import Blanks, Latest, overlapping
from summarizer._text.segment import Document

__all__ = ["Quote", "Speech", "find_quotes", "find_speech"]

# The phrases written inside the patterns here and in ``quote_attribution`` ("according
# to", "by") are English; the word lists come from the language pack (``quote_rules``).


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted words without the quote marks, == doc.text[start:end]
    start: int
    end: int
    # canonical FoundActor.name; a description as written when the article names no one
    # ("a witness"); None when the article does not make it clear
    speaker: str | None
    speaker_mention: Mention | None  # where the attribution names the speaker (or the pronoun)
    cue: str  # said-after, said-before, subject-before, according-to, told, colon, pronoun,
    # paragraph, described, none
    sentences: tuple[int, ...]  # ids of the sentences the quote spans


class Speech(NamedTuple):
    quotes: list[Quote]
    # "She added that ...": sentence id -> (the pronoun's speaker, where the pronoun ends)
    pronouns: dict[int, tuple[str, int]]


def find_quotes(doc: Document, actors: Sequence[FoundActor]) -> list[Quote]:
    """Every quotation in the article, in order, with its speaker when the article says it."""
    return find_speech(doc, actors).quotes


def find_speech(doc: Document, actors: Sequence[FoundActor]) -> Speech:
    """The quotations, and the sentences of reported speech whose subject is a pronoun,
    read back to a speaker as a quotation's '"...," she said' is."""
    if not doc.sentences:
        return Speech([], {})
    reader = _Attribution(doc, actors)
    reader.attribute()  # first: the speakers it finds inform the pronouns
    reader.tie_groups()
    pronouns = reader.reported()
    spans, found, names = reader.spans, reader.found, reader.nicknames()
    described = {i: reader.described[o] for i, o in enumerate(spans.opens) if o in reader.described}
    # The reader's indexes (the text with its quotations blanked, the mentions, memos) go
    # before the quotes are built: held together, they were the stage's peak (issue 12).
    del reader
    return Speech(_quotes(doc, spans, found, names, described), pronouns)


def _quotes(
    doc: Document,
    spans: SpanTable,
    found: list[Who | None],
    names: set[int],
    described: dict[int, tuple[int, int]],
) -> list[Quote]:
    """The quotations as found, less the nicknames no one is said to say (``names``); a
    speaker found nowhere but ``described`` ("a witness") is that description as written."""
    out = []
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # most quotes share their ids
    # The same words quoted again share one string: held through every later stage, a
    # slice per quote was ~1x the input on a paragraph of thousands of short quotes.
    said: dict[str, str] = {}
    for i, w in enumerate(found):
        if i in names:
            continue  # a name's nickname that no one is said to say: no quotation at all
        start, end = spans.starts[i], spans.ends[i]
        crossed = overlapping(doc.sentences, start, end)
        ids = tuple(doc.sentences[k].id for k in crossed)
        ids = shared.setdefault(ids, ids)
        speaker, mention, cue = (w.actor.name, w.mention, w.cue) if w else (None, None, "none")
        if w is None and (d := described.get(i)):  # "a witness": as written
            speaker, cue = doc.text[d[0] : d[1]], "described"
            mention = Mention(d[0], d[1], speaker)
        words = doc.text[start:end]
        out.append(Quote(said.setdefault(words, words), start, end, speaker, mention, cue, ids))
    return out


# "forecasters at the National Weather Service", "officials with the county"
_R_TIED = re.compile(r" (?:at|with|from|of|for) (?:the )?")


class _Attribution(AttributionRules):
    """One article's quotes, attributed in order: each speaker found informs later pronouns.

    Every question asked per quote is answered from indexes built once (``_index``,
    ``_quote_text``) or memoized per sentence, paragraph or verb, so that an article with
    thousands of quotes costs linear time."""

    def __init__(self, doc: Document, actors: Sequence[FoundActor]) -> None:
        self.doc, self.text = doc, doc.text
        self.heads = [s.start for s in doc.sentences]
        self.paras = Paragraphs(doc.sentences)
        self.rx = quote_rules(pack(doc.language))
        self.spans = self._spans(actors)
        # Continuation parts follow the quote they continue, so opens are not always sorted:
        # the first quote in order opening at or past a point is found by its running maximum.
        self.opens = self.spans.opens
        self.open_max = array("q", itertools.accumulate(self.opens, max))
        paras = self.spans.paras
        self.runs = array("q")  # where the run of quotes in one paragraph up to each begins
        for i, para in enumerate(paras):
            self.runs.append(self.runs[-1] if i > 0 and paras[i - 1] == para else i)
        quoted_at, quoted_end = disjoint(self.spans.opens, self.spans.closes, self.open_max)
        self.outside = blanked(self.text, quoted_at, quoted_end)  # every quotation blanked
        self.blanks = Blanks(self.outside)
        self.stretch = Stretches(self.outside, self.rx.verb, self.heads)

        def quoted(pos: int) -> bool:
            k = bisect.bisect_right(quoted_at, pos) - 1
            return k >= 0 and pos < quoted_end[k]

        self.mentions = sorted(
            ((m, a) for a in actors for m in a.mentions if not quoted(m.start)),
            key=lambda x: x[0].start,
        )  # mentions inside quotes are what is said, not who says it
        self.starts = [m.start for m, _ in self.mentions]
        self.ends = [m.end for m, _ in self.mentions]
        self.people = [i for i, (_, a) in enumerate(self.mentions) if a.type == "person"]
        first_person = self.mentions[self.people[0]][1] if self.people else None
        self.second_person = next(  # where a second person is first named, outside quotes
            (self.starts[i] for i in self.people if self.mentions[i][1] is not first_person),
            len(self.text),
        )
        self.forms = SubjectForms(len(doc.sentences), self.mentions, self.starts, self.outside)
        self.verb_forms = {}  # (a, verb) -> the verb's subject
        self.run_ends = {}
        self.next_said: dict[int, re.Match[str] | None] = {}
        # sentence id -> its first character not " *_" (-1: not read yet), 8 bytes a sentence
        self.openings = array("q", [-1]) * (len(doc.sentences) + 1)
        self.before_para: dict[int, tuple[int, int, int]] = {}  # para -> (a, b, its colon)
        self.titled = None
        self.gender = None
        self.answered: Who | None = None  # an interview's interviewee, once read
        self.answer_read = False
        # Named subjects and whoever "X said" names (0), then speakers as found (1), by kind.
        self.events = {
            k: (Latest[FoundActor](), Latest[FoundActor]()) for k in ("person", "other", "plural")
        }
        subjects = [w for w in (self._subject(s, "") for s in doc.sentences) if w]
        said = [(pos, actor, False) for pos, actor in self._said()]
        for pos, actor, plural in sorted(
            [(w.mention.start, w.actor, self._joined(w.mention.start)) for w in subjects] + said,
            key=lambda e: e[0],
        ):
            self._event(pos, actor, 0, plural)
        # "Bass said ...", "Tesla said in a statement ...": a speech verb's subject, any kind
        self.said_by = Latest[tuple[Mention, FoundActor]]()
        for m, actor in self.mentions:
            if self.rx.said_after.match(self.outside, m.end):
                self.said_by.add(m.start, (m, actor))
        self.anonymous: set[int] = set()  # quotes an unnamed speaker says ("a witness said")
        self.described: dict[int, tuple[int, int]] = {}
        self.describer = describer(pack(doc.language))
        self.found: list[Who | None] = []
        self.last_found = -1  # the index of the latest quote with a speaker
        self.last_unnamed = -1  # the index of the latest quote an unnamed speaker says
        self.para_found: dict[int, int] = {}  # paragraph -> its latest quote with a speaker

    def _nickname(self, q: Span) -> bool:
        """The quotation lies inside an actor's name: 'Mick "Tank" Doherty'."""
        k = bisect.bisect_right(self.starts, q.open) - 1
        return k >= 0 and self.starts[k] < q.open and q.close <= self.ends[k]

    def _joined(self, start: int) -> bool:
        """The mention at ``start`` is one of two people joined ("Dunn and Khan said"): a
        plural subject no later "he" or "she" points back to."""
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] == start and self._plural(i)

    def _said(self) -> list[tuple[int, FoundActor]]:
        """'..., Buck said.': a person named as a speech verb's subject anywhere in a sentence."""
        out = []
        for m, actor in self.mentions:
            if actor.type == "person" and self.rx.said_after.match(self.outside, m.end):
                out.append((m.start, actor))
        return out

    def attribute(self) -> None:
        """Each quote's speaker (``found``), in order: each one found informs later pronouns."""
        for i, q in enumerate(self.spans):
            if self._nickname(q):  # 'Mick "Tank" Doherty': part of a name, nobody says it;
                # its sentence is the subject's when it reports speech ('... Pimentel said')
                s = self._sentence(q.open)
                said = self.stretch.verbs(s.start, s.end)
                who = self._subject(s, "said-before") if said else None
                self.anonymous.add(q.open)
            elif q.answer:
                who = self._interviewee()
            else:
                who = self._after(q)
                # "a witness said" after the quote: someone unnamed says it, so no rule
                # below may hand it to the paragraph's last speaker
                if not who and q.open not in self.anonymous:
                    who = self._before(q)
                if not who and q.open not in self.anonymous:
                    who = self._chained(i) or self._continued(i) or self._adding(i)
            if not who and q.open not in self.anonymous:
                who = self._next_said(q) or self._said_before(q) or self._paragraph(q)
            self.found.append(who)
            if who := self.found[-1]:
                self._event(who.mention.start, who.actor, 1)
                self.last_found = self.para_found[q.para] = i
            if q.open in self.anonymous:
                self.last_unnamed = i

    def tie_groups(self) -> None:
        """'"...," forecasters said', the article having written "forecasters at the National
        Weather Service": the body it tied the group to speaks, as a reader credits it."""
        tied: dict[int, FoundActor | None] = {}
        for i, w in enumerate(self.found):
            if w is None or w.actor.type != "group" or not w.actor.name[:1].islower():
                continue
            if id(w.actor) not in tied:
                tied[id(w.actor)] = self._tied_body(w.actor)
            if (body := tied[id(w.actor)]) is not None:
                self.found[i] = Who(body, w.mention, w.cue)

    def _tied_body(self, group: FoundActor) -> FoundActor | None:
        """The body right after one of ``group``'s mentions and "at", "with", "from", "of"
        or "for" (and "the"), or None."""
        for m in group.mentions:
            if (tie := _R_TIED.match(self.text, m.end)) is None:
                continue
            k = bisect.bisect_left(self.starts, tie.end())
            if k < len(self.starts) and self.starts[k] == tie.end():
                body = self.mentions[k][1]
                if body.type == "organization":
                    return body
        return None

    def nicknames(self) -> set[int]:
        """The quotes that are part of a name and that no one is said to say."""
        return {i for i, w in enumerate(self.found) if w is None and self._nickname(self.spans[i])}

    def reported(self) -> dict[int, tuple[str, int]]:
        """'She added that higher prices would weigh ...': a sentence opening with a
        capitalised pronoun and a speech verb; the pronoun read as a quotation's is."""
        out = {}
        for s in self.doc.sentences:
            at = self._opening(s)
            if lead := _R_LEAD_IN.match(self.outside, at, s.end):  # "On Tuesday, she said"
                at = lead.end()
            p = self.rx.pronoun.match(self.outside, at, s.end)
            if not p or not (p[0][0].isupper() or lead):
                continue
            if self.rx.said_after.match(self.outside, p.end(), s.end) and (
                who := self._pronoun(at, p[0])
            ):
                # A claim's speaker rests on no guess: not "They say ..." read back to one
                # person, nor "She added" to a man the article calls "he".
                word = p[0].lower()
                plural = word == "they" and who.actor.type == "person"
                told = word in GENDERED and not agrees(self.gender or {}, who.actor, word)
                if not plural and not told:
                    out[s.id] = (who.actor.name, p.end())
        return out


# A sentence's opening words before its subject: "Later,", "On Tuesday,", "In a statement,".
_R_LEAD_IN = re.compile(r"[A-Z][\w’'.\-]*(?: [\w’'.\-]+){0,4}, (?=[a-z])")
