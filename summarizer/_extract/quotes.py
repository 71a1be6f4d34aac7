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
from functools import cache

from summarizer._extract.actors import FoundActor, Mention
from summarizer._extract.quote_text import Stretches, ends_open, mask_hopeless
from summarizer._lang import LanguagePack, alternation, pack
from summarizer._text.index import Blanks, Latest, overlapping
from summarizer._text.segment import Document, Sentence

# Double quotes close at their mark, at '' (a typo for ”), at a new opening mark or at the
# line's end; single quotes only open after a space and close before one, so that Assad's
# and don't are no quotes; a line opening with a single quote may run on (British style).
_R_QUOTE = re.compile(
    r"(?<!\d)[“«\"](?P<d>[^”»\"“«\n]*?)(?:(?P<c>[”»\"]|(?<=\S)'')|(?=[“«])|$)"
    r"|(?<![^\s(\[{—–\-/])[‘'](?=\w)(?P<s>[^\n]*?)(?<=\S)[’'](?!\w)"
    r"|^[*_ \t]*[‘'](?=\w)(?P<u>[^\n]*)$",
    re.MULTILINE,
)
# Where a continued quotation closes: a closing mark after the words.
_R_CLOSE = re.compile(r"(?<=[\w.,!?…])[”»]|(?<=[.,!?…])\"(?=\s|$)")
_SHORT = 4  # words: a scare quote ("productive.") belongs to the subject of its clause
_R_GLUE = re.compile(r"(?:[\s,’'s]|also)*+")  # what may stand between a name and its verb
_R_LEAD = re.compile(r"[ \t*_\"“”'‘’]*")  # what may stand before an apposition's subject
_R_COMMAS = re.compile(r",[^,\"“”:;]{1,100},")  # an apposition's commas, then blanks or an adverb
_R_BLANKS = re.compile(r"\s*")
_CONTINUED = 6  # paragraphs a statement may run on without reopening its quotation mark
# English descriptions of speakers (to move into the language pack with the other lexicons).
# "the company said": a body the article named before, not a title someone holds.
_BODY_NOUNS = frozenset(
    """company firm group business corporation carrier airline retailer lender bank insurer
    ministry department agency office council authority board commission regulator watchdog
    club team league federation union party government court police force service trust
    charity organisation organization university school hospital institute foundation
    embassy administration campaign network channel newspaper broadcaster statement
    spokesman spokeswoman spokesperson""".split()
)
# "the actor said", "the 45-year-old said": the person the story is about, like "she".
_PERSON_NOUNS = frozenset(
    """man woman boy girl teenager mother father actor actress singer star player striker
    coach manager driver victim survivor witness resident owner founder lawmaker politician
    candidate senator lawyer attorney doctor nurse scientist researcher professor teacher
    student author economist analyst veteran officer official judge prosecutor""".split()
)
_BODY_TYPES = ("organization", "group", "country")
_STATE_BODIES = frozenset("government ministry embassy administration".split())
# "a witness said", "his daughter said": someone the article describes but does not name.
_R_INDEFINITE = re.compile(
    r"(?:an?|one|another|some|several|many|two|three|his|her|their|its|my|our) [a-z]", re.I
)
# "Rice: We got ..." / "**TIME:** What ...": a speaker's label opening a paragraph.
_R_LABEL = re.compile(r"((?:[A-Z][\w’'.\-]*[ \t]){0,3}[A-Z][\w’'.\-]*)[*_]*:[*_]*[ \t]+(?=\w)")
_R_ANY_MARK = re.compile(r"[“”«»\"‘]|^[*_ \t]*'", re.MULTILINE)
_BODY_LOOKBACK = 50  # mentions read back for "the company": a bounded walk, never a rescan


@dataclass(frozen=True)
class _Rules:
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
    the_noun_end: re.Pattern[str]  # "the company" right before a verb


@cache
def _rules(lang: LanguagePack) -> _Rules:
    verbs, adverbs = alternation(lang.speech_verbs), alternation(lang.speech_adverbs)
    adverb = rf"(?:(?:{adverbs}) )?"
    pronoun = "|".join(sorted(w for p in lang.subject_pronouns for w in (p, p.capitalize())))
    return _Rules(
        verb=re.compile(rf"\b(?:{verbs}|{alternation(lang.speech_participles)})\b"),
        said_after=re.compile(rf"(?:['’]s)?\s+{adverb}(?:{verbs})\b"),
        after_verb=re.compile(rf"[\s,—–-]*{adverb}({verbs})\b"),
        after_subject=re.compile(rf"[\s,—–-]*([^,;:]{{1,80}}?) {adverb}({verbs})\b"),
        pronoun=re.compile(rf"(?:{pronoun})\b"),
        pronoun_end=re.compile(rf"\b({pronoun}) {adverb}$"),
        next_said=re.compile(
            rf"\W*([^,.\"“”]{{1,60}}?) {adverb}(?:{alternation(lang.speech_plain)})\b"
        ),
        adverbs=lang.speech_adverbs,
        name_apposition=re.compile(
            rf"[\s,—–-]*([^,;:\"“”]{{1,80}}?),([^,;:\"“”]{{1,100}}),\s*{adverb}({verbs})\b"
        ),
        said_colon=re.compile(rf"\b(?:{verbs})\b[^.:;!?\"“”]{{0,40}}:\W*$"),
        the_noun_end=re.compile(rf"\b[Tt]he ([a-z]+) {adverb}$"),
    )


_Form = tuple[Mention, FoundActor | None] | None  # a name and its actor, a pronoun (None), or none


@dataclass(frozen=True)
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


@dataclass
class _Span:
    open: int  # the opening mark
    start: int  # the quoted words, marks and markup trimmed
    end: int
    close: int  # past the closing mark; the paragraph's end when never closed
    closed: bool
    para: int
    chain: int = -1  # the part this one continues, over a paragraph break


@dataclass(frozen=True)
class _Who:
    actor: FoundActor
    mention: Mention
    cue: str


def find_quotes(doc: Document, actors: Sequence[FoundActor]) -> list[Quote]:
    """Every quotation in the article, in order, with its speaker when the article says it."""
    return _Attribution(doc, actors).quotes() if doc.sentences else []


class _Attribution:
    """One article's quotes, attributed in order: each speaker found informs later pronouns.

    Every question asked per quote is answered from indexes built once (``_index``,
    ``_quote_text``) or memoized per sentence, paragraph or verb, so that an article with
    thousands of quotes costs linear time."""

    def __init__(self, doc: Document, actors: Sequence[FoundActor]) -> None:
        self.doc, self.text = doc, doc.text
        self.heads = [s.start for s in doc.sentences]
        self.paras: dict[int, tuple[int, int]] = {}
        for s in doc.sentences:
            self.paras[s.paragraph] = (self.paras.get(s.paragraph, (s.start, 0))[0], s.end)
        self.leads: dict[int, int] = {}
        self.rx = _rules(pack(doc.language))
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
        self.forms: dict[int, _Form] = {}  # sentence id -> its subject
        self.verb_forms: dict[tuple[int, int], _Form] = {}  # (a, verb) -> the verb's subject
        self.run_ends: dict[tuple[re.Pattern[str], int], int] = {}
        self.next_said: dict[int, re.Match[str] | None] = {}
        self.openings: dict[int, int] = {}  # sentence id -> its first character not " *_"
        self.before_para: dict[int, tuple[int, int, int]] = {}  # para -> (a, b, its colon)
        self.titled: dict[str, list[tuple[list[int], list[int]]]] | None = None
        # Named subjects and whoever "X said" names (0), then speakers as found (1), by kind.
        self.events = {
            k: (Latest[FoundActor](), Latest[FoundActor]()) for k in ("person", "other", "any")
        }
        subjects = (self._subject(s, "") for s in doc.sentences)
        for pos, actor in sorted(
            [(w.mention.start, w.actor) for w in subjects if w] + self._said(),
            key=lambda e: e[0],
        ):
            self._event(pos, actor, 0)
        self.said_by = Latest[tuple[Mention, FoundActor]]()  # "Bass said ...": its subject
        for m, actor in self.mentions:
            if actor.type == "person" and self.rx.said_after.match(self.outside, m.end):
                self.said_by.add(m.start, (m, actor))
        self.anonymous: set[int] = set()  # quotes an unnamed speaker says ("a witness said")
        self.found: list[_Who | None] = []
        self.last_found = -1  # the index of the latest quote with a speaker
        self.para_found: dict[int, int] = {}  # paragraph -> its latest quote with a speaker

    def _said(self) -> list[tuple[int, FoundActor]]:
        """'..., Buck said.': a person named as a speech verb's subject anywhere in a sentence."""
        out = []
        for m, actor in self.mentions:
            if actor.type == "person" and self.rx.said_after.match(self.outside, m.end):
                out.append((m.start, actor))
        return out

    def _labelled(self, actors: Sequence[FoundActor]) -> list[_Span]:
        """An interview's answers: paragraphs opening with a speaker's name and a colon
        ("Rice: We got a lot better this week."), with no quotation mark of their own."""
        names = {m.start: m.end for a in actors for m in a.mentions}
        out = []
        for para, (a, b) in self.paras.items():
            lead = self._lead(para)
            if _R_ANY_MARK.search(self.text, a, b):
                continue
            m = _R_LABEL.match(self.text, lead, b)
            if m and names.get(lead) == m.end(1):
                at = m.end()
            elif para - 1 in self.paras and _said_colon(
                self.rx.said_colon, self.text, *self.paras[para - 1]
            ):
                at = lead  # "A spokesperson for X said:" / a statement without quote marks
            else:
                continue
            # What is said is prose: a heading or a list of links after "said:" is not
            if len(self.text[at:b].split()) >= _SHORT and self.text[b - 1] in ".!?…":
                out.append(_Span(at, at, b, b, True, para))
        return out

    def _spans(self, actors: Sequence[FoundActor]) -> list[_Span]:
        """The quotations, trimmed of marks and markup, linked over paragraph breaks."""
        out: list[_Span] = []
        labelled = self._labelled(actors)
        for m in _R_QUOTE.finditer(mask_hopeless(self.text)):
            while labelled and labelled[0].open < m.start():
                out.append(labelled.pop(0))
            group = "d" if m["d"] is not None else "s" if m["s"] is not None else "u"
            start, end = m.span(group)
            closed = bool(m["c"]) if group == "d" else group == "s"
            para = self._sentence(start - 1).paragraph
            q = _Span(start - 1, start, end, m.end() if closed else end, closed, para)
            q.start += len(self.text[start:end]) - len(self.text[start:end].lstrip(" \t*_"))
            q.end -= len(self.text[q.start : end]) - len(self.text[q.start : end].rstrip(" \t*_"))
            if q.start == q.end or not re.search(r"\w", self.text[q.start : q.end]):
                continue
            last = out[-1] if out else None
            if last and not last.closed and last.para == para - 1 and q.open == self._lead(para):
                q.chain = len(out) - 1  # a paragraph opening with a quote mark continues it
            out.append(q)
        return self._continuations(out + labelled)

    def _continuations(self, spans: list[_Span]) -> list[_Span]:
        """Paragraphs that go on with an open quote without reopening the mark, up to the
        paragraph that closes it: 'said:' / '“Crews were called ...' / 'The building ...”'."""
        out: list[_Span] = []
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
                out += [_Span(a, a, b, c, closed, p, chain) for a, b, c, closed, p in parts]
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

    def quotes(self) -> list[Quote]:
        for i, q in enumerate(self.spans):
            who = self._after(q) or self._before(q) or self._chained(i) or self._continued(i)
            if not who and q.open not in self.anonymous:
                who = self._next_said(q) or self._said_before(q) or self._paragraph(q)
            self.found.append(who)
            if who := self.found[-1]:
                self._event(who.mention.start, who.actor, 1)
                self.last_found = self.para_found[q.para] = i
        out = []
        for q, w in zip(self.spans, self.found, strict=True):
            crossed = overlapping(self.doc.sentences, q.start, q.end)
            ids = tuple(self.doc.sentences[k].id for k in crossed)
            speaker, mention, cue = (w.actor.name, w.mention, w.cue) if w else (None, None, "none")
            out.append(
                Quote(self.text[q.start : q.end], q.start, q.end, speaker, mention, cue, ids)
            )
        return out

    def _sentence(self, offset: int) -> Sentence:
        return self.doc.sentences[max(0, bisect.bisect_right(self.heads, offset) - 1)]

    def _lead(self, para: int) -> int:
        """Where a paragraph's words begin, past markup such as ``**``."""
        if para not in self.leads:
            a, b = self.paras[para]
            self.leads[para] = a + len(self.text[a:b]) - len(self.text[a:b].lstrip(" *_#>"))
        return self.leads[para]

    def _event(self, pos: int, actor: FoundActor, found: int) -> None:
        """A named subject (``found`` 0) or a speaker found (1) at ``pos``."""
        for kind in ("any", "person" if actor.type == "person" else "other"):
            self.events[kind][found].add(pos, actor)

    def _latest(self, kind: str, at: int) -> tuple[int, FoundActor] | None:
        """The latest named subject or speaker of ``kind`` before ``at``."""
        hits = [h for h in (e.before(at) for e in self.events[kind]) if h]
        return max(hits, key=lambda h: h[0]) if hits else None

    # -- where the attribution is ---------------------------------------------------------

    def _after(self, q: _Span) -> _Who | None:
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
                self.text[q.end - 1].isalnum() and len(self.text[q.start : q.end].split()) >= _SHORT
            )
            if not bare or not tail[:1].isspace():
                return None  # the quote does not end where an attribution follows
        if not bare and (m := re.match(r"[\s,—–-]*according to ", tail)):
            return self._who(a + m.end(), a + len(tail), "according-to", first=True)
        if m := self.rx.after_verb.match(tail):
            if _R_INDEFINITE.match(tail, m.end() + 1):  # "said a witness"
                self.anonymous.add(q.open)
            return self._who(a + m.end(), a + len(tail), self._cue(m[1], "said-after"), first=True)
        if m := self.rx.after_subject.match(tail):
            who = self._who(a + m.start(1), a + m.end(1), self._cue(m[2], "said-after"))
            if who is None and _R_INDEFINITE.match(m[1]):  # "a witness said": nobody named
                self.anonymous.add(q.open)
            return who
        if m := self.rx.name_apposition.match(tail):  # '"...," Jane Carter, 45, said.'
            cue = self._cue(m[3], "said-after")
            # '"...," his daughter, Jane Reed, said.': the name may be the apposition
            who = self._who(a + m.start(1), a + m.end(1), cue) or self._who(
                a + m.start(2), a + m.end(2), cue, first=True
            )
            if who is None and _R_INDEFINITE.match(m[1]):
                self.anonymous.add(q.open)
            return who
        return None

    def _before(self, q: _Span, a: int = -1, b: int = -1) -> _Who | None:
        """'X said "..."', 'X told Y "..."', 'X: "..."', 'according to X, "..."', 'X called it "."'
        (a scare quote), all in the quote's own sentence; ``a:b`` may name another stretch."""
        s = self._sentence(q.open)
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
        if self.blanks.first_solid(a, b) >= 0 and len(self.text[q.start : q.end].split()) < _SHORT:
            return self._subject(s, "said-before")
        return None

    def _chained(self, i: int) -> _Who | None:
        """A quote over paragraphs has one speaker: its first part's, or a later part's own."""
        if self.spans[i].chain >= 0:
            return self.found[self.spans[i].chain]
        while i + 1 < len(self.spans) and self.spans[i + 1].chain == i:
            i += 1
            if who := self._after(self.spans[i]) or self._before(self.spans[i]):
                return who
        return None

    def _continued(self, i: int) -> _Who | None:
        """'"...," he said. "..."': a quote opening a sentence goes on with the paragraph's last."""
        q = self.spans[i]
        s = self._sentence(q.open)
        if self._opening(s) < min(q.open, s.end) or self.outside[s.end : q.open].strip(" *_"):
            return None
        # The latest quote before it that has a speaker or lies in another paragraph.
        j = max(self.last_found, self.runs[i] - 1)
        return self.found[j] if j >= 0 and self.spans[j].para == q.para else None

    def _next_said(self, q: _Span) -> _Who | None:
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

    def _said_before(self, q: _Span) -> _Who | None:
        """'Bass said the plan would fail. "It is doomed."': a quote opening a sentence after
        a named speaker's reported words in its paragraph."""
        s = self._sentence(q.open)
        if self._opening(s) < q.open:
            return None  # the quote must open its sentence
        hit = self.said_by.before(s.start)
        if hit is None or hit[0] < self.paras[q.para][0]:
            return None
        mention, actor = hit[1]
        return _Who(actor, mention, "said-before")

    def _paragraph(self, q: _Span) -> _Who | None:
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
        if colon >= 0:
            return self._before(q, self._sentence(pb - 1).start, colon + 1)
        if (j := self.para_found.get(q.para - 1, -1)) >= 0 and (who := self.found[j]):
            return _Who(who.actor, who.mention, "paragraph")
        person = self._latest("person", pb)
        if not person or person[0] < pa:
            return None
        i = bisect.bisect_left(self.starts, person[0])
        while i < len(self.starts) and self.starts[i] == person[0]:
            if self.ends[i] <= pb:  # the first mention the speaker's latest event names
                return _Who(self.mentions[i][1], self.mentions[i][0], "paragraph")
            i += 1
        return None

    # -- who a phrase names -----------------------------------------------------------------

    @staticmethod
    def _cue(verb: str, default: str) -> str:
        return "told" if verb in ("told", "tells", "telling") else default

    def _mentions(self, a: int, b: int) -> list[tuple[Mention, FoundActor]]:
        i, out = bisect.bisect_left(self.starts, a), []
        while i < len(self.mentions) and self.mentions[i][0].start < b:
            out += [self.mentions[i]] if self.mentions[i][0].end <= b else []
            i += 1
        return out

    def _who(self, a: int, b: int, cue: str, first: bool = False) -> _Who | None:
        """The speaker a phrase names: an actor (a person first), a pronoun, or 'the minister'."""
        phrase = self.outside[a:b]
        lead, words = len(phrase) - len(phrase.lstrip(" ,")), phrase.strip(" ,.").split()
        if words and self.rx.pronoun.fullmatch(words[0]) and (len(words) == 1 or not first):
            return self._pronoun(a + lead, words[0])
        found = self._mentions(a, b)
        people = [x for x in found if x[1].type == "person"]
        if first:  # "said Lori Glaze, acting associate administrator for NASA's ..."
            head = [x for x in people if x[0].end <= a + len(phrase.split(",")[0])]
            pick = (head or found)[0] if head or found else None
        else:
            pick = (people or found)[-1] if found else None
        if pick:
            return _Who(pick[1], pick[0], cue)
        if words and words[0].lower() in ("the", "a", "an") and len(words) <= 4:
            end = a + lead + len(phrase.strip(" ,."))
            return self._titled(words[-1], a + lead, end, words[0].lower() == "the")
        return None

    def _verb_subject(self, a: int, v: int, cue: str, s: Sentence) -> _Who | None:
        """The subject of the speech verb at ``v``: 'Lavrov also said', 'she told', a person."""
        if (a, v) not in self.verb_forms:  # many quotes in a sentence may follow one verb
            self.verb_forms[a, v] = self._verb_form(a, v)
        form = self.verb_forms[a, v]
        if form is None:  # "In a statement, the company said:"
            head = max(a, v - 40)
            if m := self.rx.the_noun_end.search(self.outside, head, v):
                return self._titled(m[1], m.start(), m.end(1))
            return self._subject(s, cue) if cue == "colon" else None
        return self._form(form, cue, True)

    def _verb_form(self, a: int, v: int) -> _Form:
        # A pronoun and an adverb are at most 17 characters: only the end is searched.
        head = max(a, v - 32)
        if m := self.rx.pronoun_end.search(self.outside[head:v]):
            return Mention(head + m.start(1), head + m.end(1), m[1]), None
        # The mentions in [a, v) are those starting in it, but for the few that straddle v.
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, v)
        last = hi - 1
        while last >= lo and self.ends[last] > v:
            last -= 1
        if last < lo:
            return None
        if self._glued(self.ends[last], v):
            return self.mentions[last]  # right before the verb
        first = lo
        while self.ends[first] > v:
            first += 1
        if self._apposition(self.ends[first], v):
            lead = self._run(_R_LEAD, a) >= self.starts[first]
            if lead and self.mentions[first][1].type == "person":
                return self.mentions[first]  # "Xu, secretary of X, said:"
        k = bisect.bisect_left(self.people, hi) - 1
        while k >= 0 and self.people[k] >= lo and self.ends[self.people[k]] > v:
            k -= 1
        return self.mentions[self.people[k]] if k >= 0 and self.people[k] >= lo else None

    # A name is read against many verbs after it: each run is measured once from its start.

    def _run(self, pattern: re.Pattern[str], at: int) -> int:
        """Where ``pattern`` matched at ``at``, unbounded, ends (-1: no match); memoized."""
        if (pattern, at) not in self.run_ends:
            m = pattern.match(self.outside, at)
            self.run_ends[pattern, at] = m.end() if m else -1
        return self.run_ends[pattern, at]

    def _glued(self, p: int, v: int) -> bool:
        """``_R_GLUE.fullmatch(outside, p, v)``: ``v`` is within the glue run from ``p`` and
        not inside an "also" of it (the run's only token longer than one character)."""
        return v <= self._run(_R_GLUE, p) and not any(
            self.outside.startswith("also", t) for t in range(max(p, v - 3), v)
        )

    def _apposition(self, p: int, v: int) -> bool:
        """An apposition between a subject and its verb: its commas from ``p``, then blanks
        up to ``v`` or to an adverb and a space ending at ``v``."""
        commas = self._run(_R_COMMAS, p)
        if commas < 0 or commas > v:
            return False
        blank = self._run(_R_BLANKS, commas)
        adverb = self.outside[blank : v - 1] in self.rx.adverbs and self.outside[v - 1] == " "
        return v <= blank or adverb

    def _form(self, form: _Form, cue: str, resolve: bool) -> _Who | None:
        if form is None:
            return None
        mention, actor = form
        if actor is None:
            return self._pronoun(mention.start, mention.text) if resolve else None
        return _Who(actor, mention, cue)

    def _subject(self, s: Sentence, cue: str) -> _Who | None:
        """The subject opening a sentence, after 'Meanwhile,' or 'Earlier Wednesday,' if any.

        With no ``cue`` a pronoun is not resolved: that call collects named subjects."""
        if s.id not in self.forms:  # read once per sentence, however many quotes it has
            self.forms[s.id] = self._subject_form(s)
        return self._form(self.forms[s.id], cue, bool(cue))

    def _subject_form(self, s: Sentence) -> _Form:
        text = self.outside[s.start : s.end]
        for lead in (r"[\W_]*", r"[\W_]*(?:[\w’'.\-]+ ){0,5}?[\w’'.\-]+, "):
            m = re.match(lead + r"(?:(?:the|The|a|A) )?", text)
            a = s.start + (m.end() if m else 0)
            if p := self.rx.pronoun.match(self.outside, a, s.end):
                return Mention(a, a + len(p[0]), p[0]), None
            stop = re.search(
                r"(?<![\w\-'’])(?!(?:the|a|an|of|de|al|bin|and|both)\b)[a-z]",
                self.outside[a : s.end],
            )
            found = self._mentions(a, a + stop.start() if stop else s.end)
            if (
                found and len(self.outside[a : found[0][0].start].split()) < 3
            ):  # "Russian Sports ..."
                people = [x for x in found if x[1].type == "person"]
                return people[-1] if people else found[0]
        return None

    def _pronoun(self, at: int, word: str) -> _Who | None:
        """'he said': the latest named subject or speaker before it, of the right kind."""
        kind = word.lower()
        hit = self._latest(
            "any" if kind == "they" else "person" if kind in ("he", "she") else "other", at
        )
        return _Who(hit[1], Mention(at, at + len(word), word), "pronoun") if hit else None

    def _titled(self, word: str, a: int, b: int, definite: bool = True) -> _Who | None:
        """'the minister said': the latest actor so titled; 'the ministry', a body so named."""
        if self.titled is None:  # word -> (mention starts, mention indexes) of each so named
            self.titled = {}
            by_actor: dict[int, tuple[list[int], list[int]]] = {}
            for i, (m, actor) in enumerate(self.mentions):
                if id(actor) not in by_actor:
                    by_actor[id(actor)] = [], []
                    named = actor.title or (actor.name if actor.type != "person" else "")
                    for w in set(named.lower().split()):
                        self.titled.setdefault(w, []).append(by_actor[id(actor)])
                by_actor[id(actor)][0].append(m.start)
                by_actor[id(actor)][1].append(i)
        latest = -1  # of the mentions ending by ``a``
        for starts, indexes in self.titled.get(word.lower(), []):
            k = bisect.bisect_left(starts, a) - 1
            while k >= 0 and self.ends[indexes[k]] > a:  # the few that straddle ``a``
                k -= 1
            latest = max(latest, indexes[k] if k >= 0 else -1)
        if latest < 0 and not definite:  # "a spokesman said": someone not named
            return None
        if latest < 0 and word.lower() in _BODY_NOUNS:  # the latest body named before it
            k = bisect.bisect_left(self.starts, a) - 1
            for i in range(k, max(-1, k - _BODY_LOOKBACK), -1):
                actor = self.mentions[i][1]
                if (
                    self.ends[i] <= a
                    and actor.type in _BODY_TYPES[: 3 if word.lower() in _STATE_BODIES else 2]
                ):
                    latest = i
                    break
        if latest < 0 and (word.lower() in _PERSON_NOUNS or word.endswith("-year-old")):
            person = self._latest("person", a)
            return _Who(person[1], Mention(a, b, self.text[a:b]), "pronoun") if person else None
        if latest < 0:
            return None
        return _Who(self.mentions[latest][1], Mention(a, b, self.text[a:b]), "pronoun")


def _said_colon(said: re.Pattern[str], text: str, a: int, b: int) -> bool:
    """A paragraph ending in a speech verb and a colon: what follows is what was said."""
    return b - a < 400 and bool(said.search(text, max(a, b - 60), b))


def _topic_line(line: str) -> bool:
    """An interview's question or topic line: short, no final punctuation, no quotation."""
    words = line.split()
    return 0 < len(words) <= 15 and not re.search(r"[.:;!?\"“”]\W*$|[\"“”]", line.strip())
