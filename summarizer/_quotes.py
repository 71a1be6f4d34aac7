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
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer._actors import SPEECH_VERBS, Actor, Mention
from summarizer._segment import Document, Sentence

# Double quotes close at their mark, at '' (a typo for ”), at a new opening mark or at the
# line's end; single quotes only open after a space and close before one, so that Assad's
# and don't are no quotes; a line opening with a single quote may run on (British style).
_R_QUOTE = re.compile(
    r"(?<!\d)[“«\"](?P<d>[^”»\"“«\n]*?)(?:(?P<c>[”»\"]|(?<=\S)'')|(?=[“«])|$)"
    r"|(?<![^\s(\[{—–\-/])[‘'](?=\w)(?P<s>[^\n]*?)(?<=\S)[’'](?!\w)"
    r"|^[*_ \t]*[‘'](?=\w)(?P<u>[^\n]*)$",
    re.MULTILINE,
)
_PARTICIPLES = r"saying|adding|noting|telling|insisting|arguing|warning|calling|describing|asking"
_R_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|{_PARTICIPLES})\b")
_PRONOUN = r"(?:he|she|it|they|He|She|It|They)"
_ADVERBS = r"(?:(?:also|later|then|again|previously|earlier|once|further) )?"
# ", secretary of Xigaze prefectural Party committee, " between a subject and its verb
# Where a continued quotation closes: a closing mark after the words.
_R_CLOSE = re.compile(r"(?<=[\w.,!?…])[”»]|(?<=[.,!?…])\"(?=\s|$)")
_R_SAID_AFTER = re.compile(rf"(?:['’]s)?\s+{_ADVERBS}(?:{SPEECH_VERBS})\b")
_R_APPOSITION = re.compile(rf",[^,\"“”:;]{{1,100}},\s*{_ADVERBS}")
_SHORT = 4  # words: a scare quote ("productive.") belongs to the subject of its clause


@dataclass(frozen=True)
class Quote:
    text: str  # the quoted words without the quote marks, == doc.text[start:end]
    start: int
    end: int
    speaker: str | None  # canonical Actor.name, or None when the article does not make it clear
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
    actor: Actor
    mention: Mention
    cue: str


def find_quotes(doc: Document, actors: Sequence[Actor]) -> list[Quote]:
    """Every quotation in the article, in order, with its speaker when the article says it."""
    return _Attribution(doc, actors).quotes() if doc.sentences else []


class _Attribution:
    """One article's quotes, attributed in order: each speaker found informs later pronouns."""

    def __init__(self, doc: Document, actors: Sequence[Actor]) -> None:
        self.doc, self.text = doc, doc.text
        self.heads = [s.start for s in doc.sentences]
        self.paras: dict[int, tuple[int, int]] = {}
        for s in doc.sentences:
            self.paras[s.paragraph] = (self.paras.get(s.paragraph, (s.start, 0))[0], s.end)
        self.spans = self._spans()
        chars = list(self.text)
        for q in self.spans:
            chars[q.open : q.close] = " " * (q.close - q.open)
        self.outside = "".join(chars)  # the text with every quotation blanked
        quoted = [(q.open, q.close) for q in self.spans]
        self.mentions = sorted(
            (
                (m, a)
                for a in actors
                for m in a.mentions
                if not any(s <= m.start < e for s, e in quoted)
            ),
            key=lambda x: x[0].start,
        )  # mentions inside quotes are what is said, not who says it
        self.starts = [m.start for m, _ in self.mentions]
        subjects = (self._subject(s, "") for s in doc.sentences)
        self.events = sorted(
            [(w.mention.start, w.actor) for w in subjects if w] + self._said()
        )  # named subjects, and whoever "X said" names
        self.found: list[_Who | None] = []

    def _said(self) -> list[tuple[int, Actor]]:
        """'..., Buck said.': a person named as a speech verb's subject anywhere in a sentence."""
        out = []
        for m, actor in self.mentions:
            if actor.type == "person" and _R_SAID_AFTER.match(self.outside, m.end):
                out.append((m.start, actor))
        return out

    def _spans(self) -> list[_Span]:
        """The quotations, trimmed of marks and markup, linked over paragraph breaks."""
        out: list[_Span] = []
        for m in _R_QUOTE.finditer(self.text):
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
        return self._continuations(out)

    def _continuations(self, spans: list[_Span]) -> list[_Span]:
        """Paragraphs that go on with an open quote without reopening the mark, up to the
        paragraph that closes it: 'said:' / '“Crews were called ...' / 'The building ...”'."""
        out: list[_Span] = []
        skip: set[int] = set()  # a closing straight mark the pattern took for an opening one
        for q in spans:
            if q.open in skip:
                continue
            out.append(q)
            if q.closed:
                continue
            parts: list[_Span] = []
            for para in range(q.para + 1, q.para + 4):
                if para not in self.paras:
                    break
                lead, end = self._lead(para), self.paras[para][1]
                if self.text[lead] in "“«\"‘'":
                    break  # it reopens the mark: the pattern already chains it
                m = _R_CLOSE.search(self.text, lead, end)
                stop = m.start() if m else end
                if any(o.para == para and lead <= o.open < stop for o in spans):
                    break  # the paragraph opens a quotation of its own first
                parts.append(_Span(lead, lead, stop, m.end() if m else end, bool(m), para))
                if m:
                    skip.add(m.start())
                    break
            if parts and parts[-1].closed:
                for part in parts:
                    part.chain = len(out) - 1
                    out.append(part)
        return out

    def quotes(self) -> list[Quote]:
        for i, q in enumerate(self.spans):
            who = self._after(q) or self._before(q) or self._chained(i) or self._continued(i)
            self.found.append(who or self._next_said(q) or self._paragraph(q))
            if who := self.found[-1]:
                bisect.insort(self.events, (who.mention.start, who.actor))
        out = []
        for q, w in zip(self.spans, self.found, strict=True):
            ids = tuple(s.id for s in self.doc.sentences if s.start < q.end and q.start < s.end)
            speaker, mention, cue = (w.actor.name, w.mention, w.cue) if w else (None, None, "none")
            out.append(
                Quote(self.text[q.start : q.end], q.start, q.end, speaker, mention, cue, ids)
            )
        return out

    def _sentence(self, offset: int) -> Sentence:
        return self.doc.sentences[max(0, bisect.bisect_right(self.heads, offset) - 1)]

    def _lead(self, para: int) -> int:
        """Where a paragraph's words begin, past markup such as ``**``."""
        a, b = self.paras[para]
        return a + len(self.text[a:b]) - len(self.text[a:b].lstrip(" *_#>"))

    # -- where the attribution is ---------------------------------------------------------

    def _after(self, q: _Span) -> _Who | None:
        """'"...," Trump said', '"...," said Lori Glaze, acting ...', '"..." by Sky & Telescope'."""
        nxt = next((o.open for o in self.spans if o.open >= q.close), len(self.text))
        a = q.close
        tail = self.outside[a : max(a, min(self._sentence(q.close - 1).end, nxt))]
        if not q.closed:
            return None
        if m := re.match(r"[\s,—–-]*by ", tail):
            return self._who(a + m.end(), a + len(tail), "said-after", first=True)
        if (
            not re.search(r"[,?!—–-]\W*$", self.text[q.start : q.close])
            and tail[:2].strip(" ") != ","
        ):
            return None  # the quote does not end where an attribution follows
        if m := re.match(r"[\s,—–-]*according to ", tail):
            return self._who(a + m.end(), a + len(tail), "according-to", first=True)
        if m := re.match(rf"[\s,—–-]*{_ADVERBS}({SPEECH_VERBS})\b", tail):
            return self._who(a + m.end(), a + len(tail), self._cue(m[1], "said-after"), first=True)
        if m := re.match(rf"[\s,—–-]*([^,;:]{{1,80}}?) {_ADVERBS}({SPEECH_VERBS})\b", tail):
            return self._who(a + m.start(1), a + m.end(1), self._cue(m[2], "said-after"))
        return None

    def _before(self, q: _Span, a: int = -1, b: int = -1) -> _Who | None:
        """'X said "..."', 'X told Y "..."', 'X: "..."', 'according to X, "..."', 'X called it "."'
        (a scare quote), all in the quote's own sentence; ``a:b`` may name another stretch."""
        s = self._sentence(q.open)
        a, b = (s.start, q.open) if a < 0 else (a, b)
        seg = self.outside[a:b]
        if m := re.search(r":\s*$", seg):
            # "Gary Hynds told the LDRS:": the teller, not the one told
            said = [x for x in _R_VERB.finditer(seg, 0, m.start()) if not x[0].endswith("ing")]
            at = a + said[-1].start() if said else a + m.start()
            return self._verb_subject(a, at, "colon", s)
        m = re.match(r"\W*([^:]{1,60}):\s", seg)  # a headline's "Trump: ..."
        who = self._who(a + m.start(1), a + m.end(1), "colon") if m else None
        if m and who and (who.mention.start, who.mention.end) == (a + m.start(1), a + m.end(1)):
            return who
        if m := re.search(r"\b[Aa]ccording to ([^,]+)", seg):
            return self._who(a + m.start(1), a + m.end(1), "according-to", first=True)
        if verbs := list(_R_VERB.finditer(seg)):  # 'Lavrov also said ..., insisting ... "..."'
            finite = [v for v in verbs if not v[0].endswith("ing")]
            v = verbs[-1] if not verbs[-1][0].endswith("ing") else finite[0] if finite else None
            cue = self._cue((v or verbs[-1])[0], "said-before")
            return (v and self._verb_subject(a, a + v.start(), cue, s)) or self._subject(s, cue)
        if seg.strip() and len(self.text[q.start : q.end].split()) < _SHORT:
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
        if self.outside[self._sentence(q.open).start : q.open].strip(" *_"):
            return None
        for j in range(i - 1, -1, -1):
            if self.spans[j].para != q.para or self.found[j]:
                return self.found[j] if self.spans[j].para == q.para else None
        return None

    def _next_said(self, q: _Span) -> _Who | None:
        """'"..." Trump said the ...': the paragraph's next sentence names the speaker."""
        s = self._sentence(q.close - 1)
        nxt = self.doc.sentence(s.id + 1)
        if (
            not q.closed
            or self.outside[q.close : s.end].strip()
            or not nxt
            or nxt.paragraph != s.paragraph
        ):
            return None
        said = rf"\W*([^,.\"“”]{{1,60}}?) {_ADVERBS}(?:said|says|added)\b"
        m = re.match(said, self.outside[nxt.start : nxt.end])
        return self._who(nxt.start + m.start(1), nxt.start + m.end(1), "said-after") if m else None

    def _paragraph(self, q: _Span) -> _Who | None:
        """A paragraph opening with a quote: 'X said:' just before, else the last one's speaker."""
        if q.para - 1 not in self.paras or q.open != self._lead(q.para):
            return None
        pa, pb = self.paras[q.para - 1]
        if q.para - 2 in self.paras and _topic_line(self.outside[pa:pb]):
            ca, cb = self.paras[q.para - 2]  # "highlights from X's interview:" / a topic / "..."
            if self.outside[ca:cb].rstrip().endswith(":"):
                pa, pb = ca, cb
        if self.outside[pa:pb].rstrip().endswith(":"):
            return self._before(
                q, self._sentence(pb - 1).start, self.outside.rindex(":", pa, pb) + 1
            )
        for j in range(len(self.found) - 1, -1, -1):
            if self.spans[j].para == q.para - 1 and (who := self.found[j]):
                return _Who(who.actor, who.mention, "paragraph")
        people = [pos for pos, actor in self.events if pa <= pos < pb and actor.type == "person"]
        found = [x for x in self._mentions(pa, pb) if people and x[0].start == people[-1]]
        return _Who(found[0][1], found[0][0], "paragraph") if found else None

    # -- who a phrase names -----------------------------------------------------------------

    @staticmethod
    def _cue(verb: str, default: str) -> str:
        return "told" if verb in ("told", "tells", "telling") else default

    def _mentions(self, a: int, b: int) -> list[tuple[Mention, Actor]]:
        i, out = bisect.bisect_left(self.starts, a), []
        while i < len(self.mentions) and self.mentions[i][0].start < b:
            out += [self.mentions[i]] if self.mentions[i][0].end <= b else []
            i += 1
        return out

    def _who(self, a: int, b: int, cue: str, first: bool = False) -> _Who | None:
        """The speaker a phrase names: an actor (a person first), a pronoun, or 'the minister'."""
        phrase = self.outside[a:b]
        lead, words = len(phrase) - len(phrase.lstrip(" ,")), phrase.strip(" ,.").split()
        if words and re.fullmatch(_PRONOUN, words[0]) and (len(words) == 1 or not first):
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
            return self._titled(words[-1], a + lead, a + lead + len(phrase.strip(" ,.")))
        return None

    def _verb_subject(self, a: int, v: int, cue: str, s: Sentence) -> _Who | None:
        """The subject of the speech verb at ``v``: 'Lavrov also said', 'she told', a person."""
        head = self.outside[a:v]
        if m := re.search(rf"\b({_PRONOUN}) {_ADVERBS}$", head):
            return self._pronoun(a + m.start(1), m[1])
        found = self._mentions(a, v)
        if found and not re.sub(r"[\s,’'s]|also", "", self.outside[found[-1][0].end : v]):
            return _Who(found[-1][1], found[-1][0], cue)  # right before the verb
        if found and _R_APPOSITION.fullmatch(self.outside[found[0][0].end : v]):
            lead = self.outside[a : found[0][0].start]
            if not lead.strip(" \t*_\"“”'‘’") and found[0][1].type == "person":
                return _Who(found[0][1], found[0][0], cue)  # "Xu, secretary of X, said:"
        people = [x for x in found if x[1].type == "person"]
        if people:
            return _Who(people[-1][1], people[-1][0], cue)
        return self._subject(s, cue) if cue == "colon" else None

    def _subject(self, s: Sentence, cue: str) -> _Who | None:
        """The subject opening a sentence, after 'Meanwhile,' or 'Earlier Wednesday,' if any.

        With no ``cue`` a pronoun is not resolved: that call collects named subjects."""
        text = self.outside[s.start : s.end]
        for lead in (r"[\W_]*", r"[\W_]*(?:[\w’'.\-]+ ){0,5}?[\w’'.\-]+, "):
            m = re.match(lead + r"(?:(?:the|The|a|A) )?", text)
            a = s.start + (m.end() if m else 0)
            if p := re.match(rf"{_PRONOUN}\b", self.outside[a : s.end]):
                return self._pronoun(a, p[0]) if cue else None
            stop = re.search(
                r"(?<![\w\-'’])(?!(?:the|a|an|of|de|al|bin|and|both)\b)[a-z]",
                self.outside[a : s.end],
            )
            found = self._mentions(a, a + stop.start() if stop else s.end)
            if (
                found and len(self.outside[a : found[0][0].start].split()) < 3
            ):  # "Russian Sports ..."
                people = [x for x in found if x[1].type == "person"]
                pick = people[-1] if people else found[0]
                return _Who(pick[1], pick[0], cue)
        return None

    def _pronoun(self, at: int, word: str) -> _Who | None:
        """'he said': the latest named subject or speaker before it, of the right kind."""
        kind = word.lower()
        for pos, actor in reversed(self.events):
            person = actor.type == "person"
            if pos < at and (kind == "they" or person == (kind in ("he", "she"))):
                return _Who(actor, Mention(at, at + len(word), word), "pronoun")
        return None

    def _titled(self, word: str, a: int, b: int) -> _Who | None:
        """'the minister said': the latest actor so titled; 'the ministry', a body so named."""
        for _, actor in reversed(self._mentions(0, a)):
            named = actor.title or (actor.name if actor.type != "person" else "")
            if word.lower() in named.lower().split():
                return _Who(actor, Mention(a, b, self.text[a:b]), "pronoun")
        return None


def _topic_line(line: str) -> bool:
    """An interview's question or topic line: short, no final punctuation, no quotation."""
    words = line.split()
    return 0 < len(words) <= 15 and not re.search(r"[.:;!?\"“”]\W*$|[\"“”]", line.strip())
