"""Where a quote's attribution stands: the rules that find its speaker, one place each.

After the quote ('"...," Trump said', '"...," said X', '"..." by X'), before it in its
sentence ('X said "..."', 'X: "..."', 'according to X'), in the next sentence, along a
quote over paragraphs, in an earlier quote's sentence ('adding that "..."'), in the
paragraph above ('X said:'), or an interview's answer.  ``quotes`` tries them in order
for each quotation and records what each finds; whom the words found name is read by
``quote_speakers``.
"""

from __future__ import annotations

import bisect
import re
from array import array

from summarizer._extract.actors import FoundActor, Mention
from summarizer._extract.quote_described import Describer
from summarizer._extract.quote_references import Who
from summarizer._extract.quote_spans import SHORT, Span, SpanTable
from summarizer._extract.quote_speakers import SpeakerReader
from summarizer._extract.quote_text import Stretches, ends_open
from summarizer._text.index import Blanks, Latest
from summarizer._text.segment import Sentence
from summarizer._text.words import word_count


class AttributionRules(SpeakerReader):
    """The rules locating each quote's attribution, for ``quotes._Attribution``, which
    sets the indexes below and records each quote's speaker (``found``) as it goes."""

    spans: SpanTable
    opens: array[int]  # each quote's opening mark, in the spans' order
    open_max: array[int]  # their running maximum
    runs: array[int]  # where the run of quotes in one paragraph up to each begins
    blanks: Blanks
    stretch: Stretches
    said_by: Latest[tuple[Mention, FoundActor]]
    anonymous: set[int]  # quotes an unnamed speaker says ("a witness said")
    described: dict[int, tuple[int, int]]  # of those, the speaker's description: "a witness"
    describer: Describer  # "a witness": someone described, not named
    found: list[Who | None]
    last_found: int  # the index of the latest quote with a speaker
    last_unnamed: int  # the index of the latest quote an unnamed speaker says
    para_found: dict[int, int]  # paragraph -> its latest quote with a speaker
    next_said: dict[int, re.Match[str] | None]
    openings: array[int]  # sentence id -> its first character not " *_" (-1: not read)
    before_para: dict[int, tuple[int, int, int]]  # para -> (a, b, its colon)
    answered: Who | None  # an interview's interviewee, once read
    answer_read: bool

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
        if who := self._signed(q):
            return who
        bare = False  # '"We will win this election" Bass said': the comma left out
        if not ends_open(self.text, q.start, q.close) and tail[:2].strip(" ") != ",":
            bare = (
                self.text[q.end - 1].isalnum()
                and word_count(self.text[q.start : q.end], SHORT) >= SHORT
            ) or (self.text[q.end - 1] == "." and tail[1:2].islower())  # '."' said Suarez
            if not bare or not tail[:1].isspace():
                return None  # the quote does not end where an attribution follows
        if m := _R_QUOTED_AS.match(tail):  # '"...," the court quoted Conklin as saying'
            return self._who(a + m.start(1), a + m.end(1), "said-after", first=True)
        if not bare and (m := re.match(r"[\s,—–-]*according to ", tail)):
            return self._who(a + m.end(), a + len(tail), "according-to", first=True)
        if m := self.rx.after_verb.match(tail):
            if self.rx.indefinite.match(tail, m.end() + 1):  # "said a witness"
                self.anonymous.add(q.open)
            cue = self._cue(m[1], "said-after")
            who = self._who(a + m.end(), a + len(tail), cue, first=True)
            if who is None and _R_NAMED.match(tail, m.end()):
                self.anonymous.add(q.open)  # someone named whom the actors do not hold
            elif who is None:
                self._describe(q, a + m.end(), a + len(tail))
            return who
        if m := self.rx.after_subject.match(tail):
            who = self._who(a + m.start(1), a + m.end(1), self._cue(m[2], "said-after"))
            # "a witness said": nobody named; "barrister Olivia Park told": a name the actors
            # do not hold. Either way the attribution is here: no other rule guesses.
            if who is None and (self.rx.indefinite.match(m[1]) or _R_NAMED.search(m[1])):
                self.anonymous.add(q.open)
            if who is None:
                self._describe(q, a + m.start(1), a + m.end(1), whole=True)
            return who
        if m := self.rx.name_apposition.match(tail):  # '"...," Jane Carter, 45, said.'
            cue = self._cue(m[3], "said-after")
            # '"...," his daughter, Jane Reed, said.': the name may be the apposition, and
            # is the speaker over a body ('"...," police spokesman, Const. Jason Doucette,')
            who = self._who(a + m.start(1), a + m.end(1), cue)
            if who is None or who.actor.type != "person":
                named = self._who(a + m.start(2), a + m.end(2), cue, first=True)
                if who is None or (named is not None and named.actor.type == "person"):
                    who = named
            if who is None and self.rx.indefinite.match(m[1]):
                self.anonymous.add(q.open)
            if who is None:
                self._describe(q, a + m.start(1), a + m.end(1), whole=True)
            return who
        return None

    def _describe(self, q: Span, a: int, b: int, whole: bool = False, verb: int = -1) -> None:
        """Record the person ``a:b`` describes, named nowhere, as the quote's speaker ("said
        a witness who ...", "one resident said"); ``whole``: the description is all of it;
        ``verb``: the description is that speech verb's subject ("A nurse, who ..., said")."""
        span = self.describer.find(self.outside, a, b)
        if span and verb >= 0 and not _R_TO_VERB.fullmatch(self.outside, span[1], verb):
            return  # "Officers seized so-called ...": the verb is not the description's
        if span and (not whole or self.describer.ends_subject(self.outside, span[1], b)):
            # the whole subject, qualifier and all: "a source close to the talks"
            self.described[q.open] = (span[0], b) if whole else span
            self.anonymous.add(q.open)

    def _signed(self, q: Span) -> Who | None:
        """'"We will not back down." - Union leader Pat Cole': a dash after the quotation and
        a name ending its paragraph (a pull quote's signature, past the sentence's end)."""
        end = self.paras[q.para][1]
        # The dash first, found through the blanks' index: the pattern's leading blanks
        # backtracked over every quotation blanked after this one (quadratic in a paragraph
        # of quotes).
        c = self.blanks.first_solid(q.close, end)
        if c < 0 or self.outside[c] not in "—–-":
            return None
        m = _R_SIGNED.match(self.outside, q.close, end)
        if m is None:
            return None
        who = self._who(m.start(1), m.end(1), "said-after", first=True)
        # the name ends the signature: "- Sam Cane's Injury Confirmed" is a headline's topic
        return who if who and who.mention.end == m.end(1) else None

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
            who = self._verb_subject(a, said if said >= 0 else c, "colon", s)
            if who is None:  # "A senior official, speaking on condition of anonymity, said:"
                self._describe(q, a, said if said >= 0 else c, verb=said if said >= 0 else c)
            return who
        head = self.stretch.headline(a, b)  # a headline's "Trump: ..."
        who = self._who(*head, "colon") if head else None
        if head and who and (who.mention.start, who.mention.end) == head:
            return who
        # (read at the stretch's end only: a sentence of many quotes is not read once each)
        if (m := _R_QUOTED_AS_BEFORE.search(self.outside, max(a, b - 130), b)) and (
            who := self._who(m.start(1), m.end(1), "said-before", first=True)
        ):
            return who  # 'quoted X as saying "..."' (not 'X was quoted by Y as saying')
        if said_by := self.stretch.according(a, b):
            return self._who(*said_by, "according-to", first=True)
        if verbs := self.stretch.verbs(a, b):  # 'Lavrov also said ..., insisting ... "..."'
            v, last = verbs
            cue = self._cue(self.outside[slice(*(v or last))], "said-before")
            who = (v and self._verb_subject(a, v[0], cue, s)) or self._subject(s, cue)
            if who is None and v:  # 'A nurse who treated them said "..."'
                self._describe(q, a, v[0], verb=v[0])
            return who
        if (
            self.blanks.first_solid(a, b) >= 0
            and word_count(self.text[q.start : q.end], SHORT) < SHORT
        ):
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
        if (k := self.last_unnamed) > j:  # or an unnamed speaker's, after it: theirs, if described
            if (d := self.described.get(self.spans[k].open)) is not None:
                self.described[q.open] = d
                self.anonymous.add(q.open)
            return None
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
        """'"..." Trump said the ...': the paragraph's next sentence names the speaker (or
        the quotation's own, after a dash or straight after it: '"..." — that was the
        message from X', '"...," was the reply from X')."""
        s = self._sentence(q.close - 1)
        if q.closed and (m := _R_OWN_WORDS_OF.match(self.outside, q.close, s.end)):
            return self._who(m.end(), s.end, "said-after", first=True)
        nxt = self.doc.sentence(s.id + 1)
        if not q.closed or self.blanks.first_solid(q.close, s.end) >= 0 or not nxt:
            return None
        if nxt.paragraph - s.paragraph <= 1 and (
            m := _R_WORDS_OF.match(self.outside, nxt.start, nxt.end)
        ):  # '"...." Those were the words of Mayor Lisa Chen.'
            return self._who(m.end(), nxt.end, "said-after", first=True)
        if nxt.paragraph != s.paragraph:
            return None
        if nxt.id not in self.next_said:
            self.next_said[nxt.id] = self.rx.next_said.match(self.outside, nxt.start, nxt.end)
        m = self.next_said[nxt.id]
        return self._who(m.start(1), m.end(1), "said-after") if m else None

    def _opening(self, s: Sentence) -> int:
        """Where the sentence's first character outside quotations and markup is; memoized."""
        if self.openings[s.id] < 0:
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
            alone = q.closed and not self.text[q.close : s.end].strip(_TRAIL)  # no tag after it
            return self._reported_above(s, alone)
        mention, actor = hit[1]
        return Who(actor, mention, "said-before")

    def _reported_above(self, s: Sentence, alone: bool = False) -> Who | None:
        """'The charity's founder, Leila Haddad, said the money would help. "Every pound
        ..."': the sentence above in the paragraph reports a person's speech, its subject
        named after an apposition or as a pronoun, so the quotation goes on in their words.
        Or it only tells of them, a person named as its subject ('Coach Dan Hale praised his
        defence. "They were outstanding."'): a quotation standing ``alone`` right after, in
        the same paragraph, is theirs (cue "subject-before"); a body or an unnamed subject
        ('Police arrested John Smith.'), or a subject things happen to ('John Smith was
        arrested.'), gives it no speaker."""
        above = self.doc.sentence(s.id - 1)
        if above is None or above.paragraph != s.paragraph:
            return None
        reports = self.stretch.verbs(above.start, above.end) or _R_INTRO.search(
            self.outside, above.start, above.end
        )
        if reports:
            who = self._subject(above, "said-before")
            return who if who and who.actor.type == "person" else None
        if not alone or (named := self._subject(above, "")) is None:  # named, never a pronoun
            return None
        if named.actor.type != "person" or _R_PASSIVE.match(
            self.outside, named.mention.end, above.end
        ):
            return None
        return Who(named.actor, named.mention, "subject-before")

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
            label = (
                pa == self.paras[prev][0]
                and word_count(self.outside[pa:pb], _LABEL_WORDS) <= _LABEL_WORDS
            )
            if who or not label or prev - 1 not in self.paras:
                return who
            # "Opening statement:" names no one: the words are those of whom the story
            # named just above ("Nick Saban talked to the media on Saturday ...").
            prev -= 1
            pa, pb = self.paras[prev]
        if (j := self.para_found.get(prev, -1)) >= 0 and (who := self.found[j]):
            return Who(who.actor, who.mention, "paragraph")
        person = self._latest(("person",), pb)
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
            return self._said_below(q)
        i = bisect.bisect_left(self.starts, person[0])
        while i < len(self.starts) and self.starts[i] == person[0]:
            if self.ends[i] <= pb:  # the first mention the speaker's latest event names
                return Who(self.mentions[i][1], self.mentions[i][0], "paragraph")
            i += 1
        return None

    def _said_below(self, q: Span) -> Who | None:
        """'"The Mercure Hotel is being evacuated ..." / Road blocks were in place, he said.':
        a paragraph that is the quotation alone, the next one's first sentence closed by "he
        said": the one the pronoun points back to says both."""
        if not q.closed or self.blanks.first_solid(q.close, self.paras[q.para][1]) >= 0:
            return None
        nxt = self.doc.sentence(self._sentence(q.close - 1).id + 1)
        if not nxt or nxt.paragraph != q.para + 1:
            return None
        m = _R_SAID_TAIL.search(self.outside, nxt.start, nxt.end)
        if not m or not self.rx.said_after.match(self.outside, m.end(1), nxt.end):
            return None
        return self._pronoun(m.start(1), m[1])

    def _reported_by_pronoun(self, pb: int) -> Who | None:
        """'She added that a judge is available. / "I've enough to do."': the paragraph
        above ends reporting what "she" said; the quotation below goes on in her words."""
        s = self._sentence(pb - 1)
        form = self.forms[s.id] if s.id in self.forms else self._subject_form(s)
        self.forms[s.id] = form
        if form is None or form[1] is not None or not self.stretch.verbs(s.start, s.end):
            return None  # no pronoun subject, or nothing said
        return self._form(form, "paragraph", True)


# A signature: a dash, then up to six role words and a name, then a comma or the end.
_R_SIGNED = re.compile(
    r"[ \t]*[—–-]+[ \t]*((?:[A-Za-z][\w.’'\-]* ){0,6}?[A-Z][\w.’'\-]+)(?:,.*)?[ \t.]*$"
)
# Whose the words were, after "That" or "this": "was the verdict of", "were the words of".
_WHOSE_WORDS = (
    r" (?:was|were|is|are) (?:the |his |her |their )?(?:[a-z]+ )?(?:words?|verdict|view|"
    r"message|assessment|reaction|response|warning|plea|advice|promise|answer|reply) (?:of|from) "
)
# The next sentence says it: "That was the verdict of manager Carl Dunne".
_R_WORDS_OF = re.compile(r"[\W_]*(?:That|This|Those|These|Such)" + _WHOSE_WORDS)
# The quotation's own sentence after a dash: '"We will not give up" — that was the message
# from campaigner Aoife Byrne'; or straight after it: '"Not a chance," was the reply from X'.
_R_OWN_WORDS_OF = re.compile(
    r"(?:[ \t]*[—–-]+[ \t]*(?:that|this|those|these|such)|,?)" + _WHOSE_WORDS
)
# A sentence that introduces its subject's words without a speech verb: "Doctor Helen
# Shaw, who led the study, put it plainly.", "Wilson remembered the day well."
_R_INTRO = re.compile(
    r"\b(?:put (?:it|things) (?:\w+ly|this way|simply)|summed (?:it|things) up|"
    r"remembered|recalled|reflected|(?:did not|didn['’]t) mince (?:\w+ )?words|"
    r"was (?:blunt|clear|candid|emphatic|defiant|philosophical|upbeat|unrepentant|frank)|"
    r"had (?:a|this|one) (?:simple )?(?:message|warning))\b"
)
# Between a description and its speech verb: nothing, an adverb or auxiliary, or an aside
# ("A senior official, speaking on condition of anonymity, said").
_R_TO_VERB = re.compile(
    r"\s*(?:(?:[a-z]+ly|also|later|then|has|have|had)\s+)*|\s*(?:,|—|–|\(|who\b).*"
)
# A name the attribution holds ("said Olivia Park, ..."): two capitalised words in a row.
_R_NAMED = re.compile(r"[\s,—–-]*(?:[a-z]+ ){0,3}[A-Z][a-z’'\-]+ [A-Z][a-z’'\-]+")
# Whose words another reports: "the Supreme Court quoted Conklin as saying" (Conklin's).
_R_QUOTED_AS = re.compile(
    r"[\s,—–-]*(?:[^,;:.!?]{1,80}? )?quoted (?!by\b)([^,;:.!?]{1,80}?) as saying\b"
)
_R_QUOTED_AS_BEFORE = re.compile(r"\bquoted (?!by\b)([^,;:.!?]{1,80}?) as saying\W*$")
# What may follow a quotation standing alone as its sentence: its final marks.
_TRAIL = " \t\n.!?,;:…"
# A subject things happen to: "John Smith, 34, was arrested", "has been charged".
_R_PASSIVE = re.compile(
    r"\s*(?:,[^,]{0,80},\s*)?(?:was|were|is|are|(?:has|have|had)\s+been|got|gets)\s+"
    r"(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn)|hurt|hit|shot|struck|caught|held|found|taken|left"
    r"|sent|brought|led|kept|seen|told|sold|put|cut|set)\b"
)
# A sentence closed by its speaker's pronoun and a verb: "..., he said." / "..., she added."
_R_SAID_TAIL = re.compile(r""", (he|she) [a-z]+(?: [a-z]+)?\.[\s"”’']*$""")
_LABEL_WORDS = 4  # "Opening statement:", "On the quarterback:": a label, not a speaker's line
_GOES_ON = 2  # paragraphs of prose naming no person a speaker's quotes may go on after


def _topic_line(line: str) -> bool:
    """An interview's question or topic line: short, no final punctuation, no quotation."""
    words = line.split()
    return 0 < len(words) <= 15 and not re.search(r"[.:;!?\"“”]\W*$|[\"“”]", line.strip())
