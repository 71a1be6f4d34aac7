"""Quotes: the words an article puts in quotation marks, and who said them.

Rules find them, like actors (see ``_actors``): quotation marks pair up by a pattern,
and news prose attributes quotes in a few fixed shapes ('"...," X said', '"...," said
X', 'X said "..."', 'according to X', 'X: "..."'), with pronouns pointing back to the
latest named subject.  Rules are transparent, testable on real sentences, install
nothing and fetch no third-party model; each quote names the rule that attributed it
(``cue``), so a reader can check it and the model only judges.  A quote that goes on
after its attribution ('"...," he said. "..."') or over paragraphs takes the speaker
and the cue of the part that names one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from summarizer._extract.actors import FoundActor, Mention
from summarizer._extract.quote_gender import GENDERED, agrees
from summarizer._extract.quote_references import Who
from summarizer._extract.quote_spans import SHORT, Span, quote_rules
from summarizer._extract.quote_speakers import SpeakerReader
from summarizer._extract.quote_text import Stretches, ends_open
from summarizer._lang import pack
from summarizer._text.index import Blanks, Latest, overlapping
from summarizer._text.segment import Document, Sentence

__all__ = ["Quote", "Speech", "find_quotes", "find_speech"]

# The phrases written inside the patterns below ("according to", "by") are English; the
# word lists come from the language pack (``quote_rules``).


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted words without the quote marks, == doc.text[start:end]
    start: int
    end: int
    speaker: (
        str | None
    )  # canonical FoundActor.name, or None when the article does not make it clear
    speaker_mention: Mention | None  # where the attribution names the speaker (or the pronoun)
    cue: str  # said-after, said-before, according-to, told, colon, pronoun, paragraph, none
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
    quotes = reader.quotes()  # first: the speakers it finds inform the pronouns
    return Speech(quotes, reader.reported())


class _Attribution(SpeakerReader):
    """One article's quotes, attributed in order: each speaker found informs later pronouns.

    Every question asked per quote is answered from indexes built once (``_index``,
    ``_quote_text``) or memoized per sentence, paragraph or verb, so that an article with
    thousands of quotes costs linear time."""

    def __init__(self, doc: Document, actors: Sequence[FoundActor]) -> None:
        self.doc, self.text = doc, doc.text
        self.heads = [s.start for s in doc.sentences]
        self.paras = {}
        for s in doc.sentences:
            self.paras[s.paragraph] = (self.paras.get(s.paragraph, (s.start, 0))[0], s.end)
        self.leads = {}
        self.rx = quote_rules(pack(doc.language))
        self.spans = self._spans(actors)
        # Continuation parts follow the quote they continue, so opens are not always sorted:
        # the first quote in order opening at or past a point is found by its running maximum.
        self.opens = [q.open for q in self.spans]
        self.open_max = list(itertools.accumulate(self.opens, max))
        self.runs: list[int] = []  # where the run of quotes in one paragraph up to each begins
        for i, q in enumerate(self.spans):
            same = i > 0 and self.spans[i - 1].para == q.para
            self.runs.append(self.runs[-1] if same else i)
        merged: list[list[int]] = []  # the quotations as disjoint stretches
        for a, b in sorted((q.open, q.close) for q in self.spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        pieces, at = [], 0
        for a, b in merged:
            pieces += [self.text[at:a], " " * (b - a)]
            at = b
        self.outside = "".join([*pieces, self.text[at:]])  # the text with every quotation blanked
        self.blanks = Blanks(self.outside)
        self.stretch = Stretches(self.outside, self.rx.verb, self.heads)
        quoted_at = [a for a, _ in merged]

        def quoted(pos: int) -> bool:
            k = bisect.bisect_right(quoted_at, pos) - 1
            return k >= 0 and pos < merged[k][1]

        self.mentions = sorted(
            ((m, a) for a in actors for m in a.mentions if not quoted(m.start)),
            key=lambda x: x[0].start,
        )  # mentions inside quotes are what is said, not who says it
        self.starts = [m.start for m, _ in self.mentions]
        self.ends = [m.end for m, _ in self.mentions]
        self.people = [i for i, (_, a) in enumerate(self.mentions) if a.type == "person"]
        self.forms = {}  # sentence id -> its subject
        self.verb_forms = {}  # (a, verb) -> the verb's subject
        self.run_ends = {}
        self.next_said: dict[int, re.Match[str] | None] = {}
        self.openings: dict[int, int] = {}  # sentence id -> its first character not " *_"
        self.before_para: dict[int, tuple[int, int, int]] = {}  # para -> (a, b, its colon)
        self.titled = None
        self.gender = None
        self.answered: Who | None = None  # an interview's interviewee, once read
        self.answer_read = False
        # Named subjects and whoever "X said" names (0), then speakers as found (1), by kind.
        self.events = {
            k: (Latest[FoundActor](), Latest[FoundActor]()) for k in ("person", "other", "any")
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
        self.found: list[Who | None] = []
        self.last_found = -1  # the index of the latest quote with a speaker
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

    def quotes(self) -> list[Quote]:
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
                who = self._after(q) or self._before(q) or self._chained(i) or self._continued(i)
                who = who or self._adding(i)
            if not who and q.open not in self.anonymous:
                who = self._next_said(q) or self._said_before(q) or self._paragraph(q)
            self.found.append(who)
            if who := self.found[-1]:
                self._event(who.mention.start, who.actor, 1)
                self.last_found = self.para_found[q.para] = i
        out = []
        for q, w in zip(self.spans, self.found, strict=True):
            if w is None and self._nickname(q):
                continue  # a name's nickname that no one is said to say: no quotation at all
            crossed = overlapping(self.doc.sentences, q.start, q.end)
            ids = tuple(self.doc.sentences[k].id for k in crossed)
            speaker, mention, cue = (w.actor.name, w.mention, w.cue) if w else (None, None, "none")
            out.append(
                Quote(self.text[q.start : q.end], q.start, q.end, speaker, mention, cue, ids)
            )
        return out

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

    def _after(self, q: Span) -> Who | None:
        """'"...," Trump said', '"...," said Lori Glaze, acting ...', '"..." by Sky & Telescope'."""
        if not q.closed:
            return None
        k = bisect.bisect_left(self.open_max, q.close)
        nxt = self.opens[k] if k < len(self.opens) else len(self.text)
        a = q.close
        tail = self.outside[a : max(a, min(self._sentence(q.close - 1).end, nxt))]
        if m := re.match(r"[\s,—–-]*by ", tail):
            return self._who(a + m.end(), a + len(tail), "said-after", first=True)
        bare = False  # '"We will win this election" Bass said': the comma left out
        if not ends_open(self.text, q.start, q.close) and tail[:2].strip(" ") != ",":
            bare = (
                self.text[q.end - 1].isalnum() and len(self.text[q.start : q.end].split()) >= SHORT
            )
            if not bare or not tail[:1].isspace():
                return None  # the quote does not end where an attribution follows
        if not bare and (m := re.match(r"[\s,—–-]*according to ", tail)):
            return self._who(a + m.end(), a + len(tail), "according-to", first=True)
        if m := self.rx.after_verb.match(tail):
            if self.rx.indefinite.match(tail, m.end() + 1):  # "said a witness"
                self.anonymous.add(q.open)
            cue = self._cue(m[1], "said-after")
            who = self._who(a + m.end(), a + len(tail), cue, first=True)
            if who is None and _R_NAMED.match(tail, m.end()):
                self.anonymous.add(q.open)  # someone named whom the actors do not hold
            return who
        if m := self.rx.after_subject.match(tail):
            who = self._who(a + m.start(1), a + m.end(1), self._cue(m[2], "said-after"))
            # "a witness said": nobody named; "barrister Olivia Park told": a name the actors
            # do not hold. Either way the attribution is here: no other rule guesses.
            if who is None and (self.rx.indefinite.match(m[1]) or _R_NAMED.search(m[1])):
                self.anonymous.add(q.open)
            return who
        if m := self.rx.name_apposition.match(tail):  # '"...," Jane Carter, 45, said.'
            cue = self._cue(m[3], "said-after")
            # '"...," his daughter, Jane Reed, said.': the name may be the apposition
            who = self._who(a + m.start(1), a + m.end(1), cue) or self._who(
                a + m.start(2), a + m.end(2), cue, first=True
            )
            if who is None and self.rx.indefinite.match(m[1]):
                self.anonymous.add(q.open)
            return who
        return None

    def _before(self, q: Span, a: int = -1, b: int = -1) -> Who | None:
        """'X said "..."', 'X told Y "..."', 'X: "..."', 'according to X, "..."', 'X called it "."'
        (a scare quote), all in the quote's own sentence; ``a:b`` may name another stretch."""
        s = self._sentence(q.open if a < 0 else a)  # the stretch's sentence
        a, b = (s.start, q.open) if a < 0 else (a, b)
        # ``a`` is a sentence's start and ``b`` a quotation mark or a colon: the stretch is
        # read from indexes, not sliced and scanned again for every quote in the sentence.
        if (c := self.blanks.last_solid(a, b)) >= 0 and self.outside[c] == ":":
            # "Gary Hynds told the LDRS:": the teller, not the one told
            said = self.stretch.last_finite(a, c)
            return self._verb_subject(a, said if said >= 0 else c, "colon", s)
        head = self.stretch.headline(a, b)  # a headline's "Trump: ..."
        who = self._who(*head, "colon") if head else None
        if head and who and (who.mention.start, who.mention.end) == head:
            return who
        if said_by := self.stretch.according(a, b):
            return self._who(*said_by, "according-to", first=True)
        if verbs := self.stretch.verbs(a, b):  # 'Lavrov also said ..., insisting ... "..."'
            v, last = verbs
            cue = self._cue(self.outside[slice(*(v or last))], "said-before")
            return (v and self._verb_subject(a, v[0], cue, s)) or self._subject(s, cue)
        if self.blanks.first_solid(a, b) >= 0 and len(self.text[q.start : q.end].split()) < SHORT:
            return self._subject(s, "said-before")
        return None

    def _chained(self, i: int) -> Who | None:
        """A quote over paragraphs has one speaker: its first part's, or a later part's own."""
        if self.spans[i].chain >= 0:
            return self.found[self.spans[i].chain]
        while i + 1 < len(self.spans) and self.spans[i + 1].chain == i:
            i += 1
            if who := self._after(self.spans[i]) or self._before(self.spans[i]):
                return who
        return None

    def _continued(self, i: int) -> Who | None:
        """'"...," he said. "..."': a quote opening a sentence goes on with the paragraph's last."""
        q = self.spans[i]
        s = self._sentence(q.open)
        if self._opening(s) < min(q.open, s.end) or self.outside[s.end : q.open].strip(" *_"):
            return None
        # The latest quote before it that has a speaker or lies in another paragraph.
        j = max(self.last_found, self.runs[i] - 1)
        return self.found[j] if j >= 0 and self.spans[j].para == q.para else None

    def _interviewee(self) -> Who | None:
        """An interview's answer ("A: ..."): the person its introduction last names before
        the first question ("Q: ..."); read once."""
        if not self.answer_read:
            self.answer_read = True
            # "We sat down with novelist Tomas Varga": the introduction names the interviewee
            # last, as a subject or not
            k = bisect.bisect_left(self.people, bisect.bisect_left(self.starts, self.asked)) - 1
            if k >= 0:
                mention, actor = self.mentions[self.people[k]]
                self.answered = Who(actor, mention, "colon")
        return self.answered

    def _adding(self, i: int) -> Who | None:
        """'"...," the chancellor said, adding that "...": a quote whose sentence attributed
        an earlier quote, a speech verb between them, goes on with that quote's speaker."""
        q, p = self.spans[i], self.spans[i - 1] if i else None
        if not p or not p.closed or p.close > q.open or not self.found[i - 1]:
            return None
        if self._sentence(p.close - 1) is not self._sentence(q.open):
            return None
        return self.found[i - 1] if self.stretch.verbs(p.close, q.open) else None

    def _next_said(self, q: Span) -> Who | None:
        """'"..." Trump said the ...': the paragraph's next sentence names the speaker."""
        s = self._sentence(q.close - 1)
        nxt = self.doc.sentence(s.id + 1)
        if (
            not q.closed
            or self.blanks.first_solid(q.close, s.end) >= 0
            or not nxt
            or nxt.paragraph != s.paragraph
        ):
            return None
        if nxt.id not in self.next_said:
            self.next_said[nxt.id] = self.rx.next_said.match(self.outside, nxt.start, nxt.end)
        m = self.next_said[nxt.id]
        return self._who(m.start(1), m.end(1), "said-after") if m else None

    def _opening(self, s: Sentence) -> int:
        """Where the sentence's first character outside quotations and markup is; memoized."""
        if s.id not in self.openings:
            t = self.outside[s.start : s.end]
            self.openings[s.id] = s.start + len(t) - len(t.lstrip(" *_"))
        return self.openings[s.id]

    def _said_before(self, q: Span) -> Who | None:
        """'Bass said the plan would fail. "It is doomed."': a quote opening a sentence after
        a named speaker's reported words in its paragraph."""
        s = self._sentence(q.open)
        if self._opening(s) < q.open:
            return None  # the quote must open its sentence
        hit = self.said_by.before(s.start)
        if hit is None or hit[0] < self.paras[q.para][0]:
            return None
        mention, actor = hit[1]
        return Who(actor, mention, "said-before")

    def _paragraph(self, q: Span) -> Who | None:
        """A paragraph opening with a quote: 'X said:' just before, else the last one's speaker."""
        if q.para - 1 not in self.paras or q.open != self._lead(q.para):
            return None
        if q.para not in self.before_para:  # read once, however many quotes open the paragraph
            pa, pb = self.paras[q.para - 1]
            if q.para - 2 in self.paras and _topic_line(self.outside[pa:pb]):
                ca, cb = self.paras[q.para - 2]  # "highlights from X's interview:" / a topic / "."
                if self.outside[ca:cb].rstrip().endswith(":"):
                    pa, pb = ca, cb
            c = self.blanks.last_solid(pa, pb)
            self.before_para[q.para] = pa, pb, c if c >= 0 and self.outside[c] == ":" else -1
        pa, pb, colon = self.before_para[q.para]
        prev = q.para - 1
        if colon >= 0:
            who = self._before(q, self._sentence(pb - 1).start, colon + 1)
            label = pa == self.paras[prev][0] and len(self.outside[pa:pb].split()) <= _LABEL_WORDS
            if who or not label or prev - 1 not in self.paras:
                return who
            # "Opening statement:" names no one: the words are those of whom the story
            # named just above ("Nick Saban talked to the media on Saturday ...").
            prev -= 1
            pa, pb = self.paras[prev]
        if (j := self.para_found.get(prev, -1)) >= 0 and (who := self.found[j]):
            return Who(who.actor, who.mention, "paragraph")
        person = self._latest("person", pb)
        if not person or person[0] < pa:  # "Tesla said in a statement ...": a body that said
            said = self.said_by.before(pb)
            if said and said[0] >= pa:
                return Who(said[1][1], said[1][0], "paragraph")
            if who := self._reported_by_pronoun(pb):
                return who
            # '"...," she said.' / prose naming no one / '"...": the speaker quoted just before
            j = self.last_found
            if j >= 0 and q.para - self.spans[j].para <= _GOES_ON and (who := self.found[j]):
                return Who(who.actor, who.mention, "paragraph")
            return None
        i = bisect.bisect_left(self.starts, person[0])
        while i < len(self.starts) and self.starts[i] == person[0]:
            if self.ends[i] <= pb:  # the first mention the speaker's latest event names
                return Who(self.mentions[i][1], self.mentions[i][0], "paragraph")
            i += 1
        return None

    def _reported_by_pronoun(self, pb: int) -> Who | None:
        """'She added that a judge is available. / "I've enough to do."': the paragraph
        above ends reporting what "she" said; the quotation below goes on in her words."""
        s = self._sentence(pb - 1)
        form = self.forms[s.id] if s.id in self.forms else self._subject_form(s)
        self.forms[s.id] = form
        if form is None or form[1] is not None or not self.stretch.verbs(s.start, s.end):
            return None  # no pronoun subject, or nothing said
        return self._form(form, "paragraph", True)


# A sentence's opening words before its subject: "Later,", "On Tuesday,", "In a statement,".
_R_LEAD_IN = re.compile(r"[A-Z][\w’'.\-]*(?: [\w’'.\-]+){0,4}, (?=[a-z])")
# A name the attribution holds ("said Olivia Park, ..."): two capitalised words in a row.
_R_NAMED = re.compile(r"[\s,—–-]*(?:[a-z]+ ){0,3}[A-Z][a-z’'\-]+ [A-Z][a-z’'\-]+")
_LABEL_WORDS = 4  # "Opening statement:", "On the quarterback:": a label, not a speaker's line
_GOES_ON = 2  # paragraphs of prose naming no person a speaker's quotes may go on after


def _topic_line(line: str) -> bool:
    """An interview's question or topic line: short, no final punctuation, no quotation."""
    words = line.split()
    return 0 < len(words) <= 15 and not re.search(r"[.:;!?\"“”]\W*$|[\"“”]", line.strip())
