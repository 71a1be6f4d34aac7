"""Quote speakers by reference: whom a pronoun or a title points back to ("he said",
"the minister said", "police said"), from the subjects and speakers read so far.

``quote_speakers`` reads whom a phrase names; when it names someone only by "she" or
"the chairman", this reader walks back (boundedly) over the named subjects and speakers
``quotes`` records as it goes, and over the article's own "he"/"she" (``quote_gender``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer._extract.actors import FoundActor, Mention
from summarizer._extract.quote_forms import SubjectForms
from summarizer._extract.quote_gender import GENDERED, agrees, genders
from summarizer._extract.quote_spans import SpanReader
from summarizer._text.index import Latest

# "Claire Dunn and Aisha Khan both said": two people joined are one plural subject.
_R_AND = re.compile(r",? (?:and|&) (?:[a-z]+ ){0,3}")  # "Dunn and junior doctor Khan"
# "Members, led by Tom Barker, walked out": a person named in an aside, not the clause's
# subject.
_R_ASIDE = re.compile(r", (?:[a-z]+ ){1,3}$")
# The person named last before "he said" was asked the question: "..., when Pearson was
# asked about playing on the front foot, he said:".
_R_WAS_ASKED = re.compile(
    r" (?:was|had been|is|were) (?:asked|questioned|pressed|quizzed)\b[^.!?;]{0,120}, $"
)
_BODY_TYPES = ("organization", "group", "country")
# Whom a sentence's speaker talks to: "Talking to Al Haqiqa ..., he said" is not Al Haqiqa.
_R_ADDRESSEE = re.compile(
    r"\b(?:[Tt]alk(?:ing|ed)?|[Ss]peak(?:ing)?|[Ss]poke|[Tt]ell(?:ing)?|[Tt]old|said) to (?:the )?$"
    r"|\b[Ii]nterview(?:ed)? (?:with )?(?:the )?$"
)
_ADDRESSEE_REACH = 24  # characters read before a name for "talking to", "interview with"
_BODY_LOOKBACK = 50  # mentions read back for "the company": a bounded walk, never a rescan
_GENDER_LOOKBACK = 8  # named subjects and speakers read back for "she said"
# One who asks a question of "her" or "him": the answer's "she says" is the one asked.
_R_ASKER = re.compile(
    r"[^.!?\n]{0,80}?\b(?:asked|questioned|pressed)\s+(her|him)\s+"
    r"(?:if|whether|about|what|why|how|when|where|who|to)\b"
)
_OBJECT = {"she": "her", "he": "him"}


@dataclass(frozen=True, slots=True)
class Who:
    actor: FoundActor
    mention: Mention
    cue: str


class ReferenceReader(SpanReader):
    """Whom a pronoun or a title points back to, for ``quotes._Attribution``, which sets
    the indexes below and records each named subject and speaker (``_event``)."""

    outside: str  # the text with every quotation blanked
    mentions: list[tuple[Mention, FoundActor]]  # outside quotations, by start
    starts: list[int]
    ends: list[int]
    forms: SubjectForms  # sentence id -> its subject
    titled: dict[str, list[tuple[list[int], list[int]]]] | None
    events: dict[str, tuple[Latest[FoundActor], Latest[FoundActor]]]
    gender: dict[int, str] | None  # id(actor) -> "he" / "she", read once when first asked
    second_person: int  # where a second person is first named: before it, one is named

    def _event(self, pos: int, actor: FoundActor, found: int, plural: bool = False) -> None:
        """A named subject (``found`` 0) or a speaker found (1) at ``pos``; a plural subject
        ("Joe and Lucy Pritchard") is one for "they" only."""
        kind = "plural" if plural else "person" if actor.type == "person" else "other"
        self.events[kind][found].add(pos, actor)

    def _latest(self, kinds: tuple[str, ...], at: int) -> tuple[int, FoundActor] | None:
        """The latest named subject or speaker of one of ``kinds`` before ``at``."""
        hits = [h for k in kinds for h in (e.before(at) for e in self.events[k]) if h]
        return max(hits, key=lambda h: h[0]) if hits else None

    def _pronoun(self, at: int, word: str) -> Who | None:
        """'he said': the latest named subject or speaker before it, of the right kind;
        'she said' skips a man the article has called "he" for a woman named before him."""
        kind = word.lower()
        if kind in GENDERED and (asked := self._asked(at)) is not None:
            return Who(asked, Mention(at, at + len(word), word), "pronoun")
        if kind in GENDERED:
            hit = self._gendered(kind, at)
            if hit is None or hit[0] < self._floor(at):  # no subject in these paragraphs:
                hit = self._near(kind, at) or hit  # "Police arrested John Smith. ... he said"
            if hit and not agrees(self.gender or {}, hit[1], kind):  # no subject agrees:
                # "The inquiry heard from Dr Hale."; nobody who agrees: nobody, never
                # "he said" read back to a woman ('Mary Smith ... "...," he said')
                hit = self._near(kind, at, True)
            elif hit is None and at < self.second_person:  # one person named so far, in no
                hit = self._near(kind, at, True)  # subject: "when coach Cort Radford removed"
        else:
            # "they": a body or people joined ("Joe and Lucy Pritchard"), never one person
            hit = self._latest(("other", "plural") if kind == "they" else ("other",), at)
        return Who(hit[1], Mention(at, at + len(word), word), "pronoun") if hit else None

    def _asked(self, at: int) -> FoundActor | None:
        """'when Pearson was asked about ..., he said:': the person asked earlier in the
        pronoun's own sentence answers, whoever the story's last subject was."""
        start = self._sentence(at).start
        k = bisect.bisect_left(self.starts, at) - 1
        if k < 0 or self.starts[k] < start or self.mentions[k][1].type not in ("person", "other"):
            return None
        m, actor = self.mentions[k]
        return actor if _R_WAS_ASKED.match(self.outside, m.end, at) else None

    def _floor(self, at: int) -> int:
        """Where the paragraph before the one holding ``at`` starts (or its own)."""
        para = self._sentence(at).paragraph
        return self.paras.get(para - 1, self.paras.get(para, (at, at)))[0]

    def _near(self, word: str, at: int, wide: bool = False) -> tuple[int, FoundActor] | None:
        """The latest person named before ``at`` in its paragraph or the one before, as an
        object too ("The award went to Maria Ressa."), whom the article does not call
        otherwise; a bounded walk back. ``wide``: any paragraph, past those called otherwise."""
        floor = -1 if wide else self._floor(at)
        k = bisect.bisect_left(self.starts, at) - 1
        for i in range(k, max(-1, k - _BODY_LOOKBACK), -1):
            m, actor = self.mentions[i]
            if m.start < floor:
                break
            if actor.type == "person" and m.end <= at and not self._minor(i):
                if self._asker(m.start, word) or self._addressed(m.start, at):
                    continue
                gender = self.gender or {}
                told = word in GENDERED and not agrees(gender, actor, word)
                if not told or not wide:
                    return None if told else (m.start, actor)
        return None

    def _talked_to(self, start: int, lo: int = 0) -> bool:
        """The person named at ``start`` is talked to ("Talking to X", "in an interview
        with X"), read no further back than ``lo``."""
        reach = max(lo, start - _ADDRESSEE_REACH)
        return _R_ADDRESSEE.search(self.outside, reach, start) is not None

    def _addressed(self, start: int, at: int) -> bool:
        """The person named at ``start`` is talked to in the sentence of the pronoun at ``at``."""
        return self._sentence(start) is self._sentence(at) and self._talked_to(start)

    def _plural(self, i: int) -> bool:
        """Mention ``i`` is a person joined to another by "and": "Dunn and Khan said"."""
        m = self.mentions[i][0]
        before = i > 0 and self.mentions[i - 1][1].type == "person"
        after = i + 1 < len(self.mentions) and self.mentions[i + 1][1].type == "person"
        return bool(
            (before and _R_AND.fullmatch(self.outside, self.ends[i - 1], m.start))
            or (after and _R_AND.fullmatch(self.outside, m.end, self.starts[i + 1]))
        )

    def _minor(self, i: int) -> bool:
        """Mention ``i`` is no one a later "he said" points back to: one of two people joined,
        or a name in an aside (", led by Tom Barker,")."""
        m = self.mentions[i][0]
        if self._plural(i):
            return True
        aside = self.outside[m.end : m.end + 1] == "," and _R_ASIDE.search(
            self.outside, max(0, m.start - 40), m.start
        )
        return bool(aside)

    def _gendered(self, word: str, at: int) -> tuple[int, FoundActor] | None:
        """The latest person before ``at`` whom the article does not call otherwise."""
        if self.gender is None:
            people = [(m, a) for m, a in self.mentions if a.type == "person"]
            texts, said = (self.text, self.outside), self.rx.said_after
            given = self.rx.given  # first names, for the people the article calls neither
            self.gender = genders(self.doc.sentences, self.forms, people, *texts, said, given)
        named, found = self.events["person"]
        i, j = bisect.bisect_left(named.pos, at) - 1, bisect.bisect_left(found.pos, at) - 1
        first = None
        for _ in range(_GENDER_LOOKBACK):  # both lists walked back, latest first
            if i < 0 and j < 0:
                break
            if j < 0 or (i >= 0 and named.pos[i] >= found.pos[j]):
                hit, i = (named.pos[i], named.items[i]), i - 1
            else:
                hit, j = (found.pos[j], found.items[j]), j - 1
            first = first or hit
            if self._asker(hit[0], word):
                continue
            if agrees(self.gender, hit[1], word):
                return hit
        return first

    def _asker(self, at: int, word: str) -> bool:
        """The person named at ``at`` asks "her" or "him" (``word``'s object) a question: the
        answer's "she says" is the one asked ("Rosenblum asked her if ... 'What I'll tell
        you ...,' she says")."""
        asker = _R_ASKER.match(self.outside, at)
        return asker is not None and asker[1] == _OBJECT.get(word.lower())

    def _holder(self, word: str, a: int, nation: bool = False) -> int:
        """The latest person named before ``a`` with the role ``word`` right before the name
        ("Prosecutor Nadia Volkova", "The chairman, Keith Arnold") or in the apposition after
        it ("Keith Arnold, the chairman of ..."): a bounded walk back; -1 if none.
        ``nation``: ``word`` is a nation's adjective opening the name's title ("Qatari Prime
        Minister and Foreign Minister Mohammed ... Al Thani")."""
        if nation:
            before, after, reach = _nation_title(word), None, _NATION_TITLE
        else:
            (before, after), reach = _role_patterns(word.lower()), _ROLE_REACH
        k = bisect.bisect_left(self.starts, a) - 1
        for i in range(k, max(-1, k - _BODY_LOOKBACK), -1):
            m, actor = self.mentions[i]
            if actor.type != "person" or m.end > a:
                continue
            if before.search(self.outside, max(0, m.start - reach), m.start) or (
                after is not None and after.match(self.outside, m.end, min(a, m.end + 60))
            ):
                return i
        return -1

    def _titled(self, word: str, a: int, b: int, definite: bool = True) -> Who | None:
        """'the minister said': the latest actor so titled; 'the ministry', a body so named."""
        if self.titled is None:  # word -> (mention starts, mention indexes) of each so named
            self.titled = {}
            by_actor: dict[int, tuple[list[int], list[int]]] = {}
            for i, (m, actor) in enumerate(self.mentions):
                if id(actor) not in by_actor:
                    by_actor[id(actor)] = [], []
                    named = actor.title or (actor.name if actor.type != "person" else "")
                    words = set(named.lower().split())
                    for w in list(words) if actor.title else ():  # "Ald." -> "alderman"
                        words.update(self.rx.title_words.get(w.rstrip("."), ()))
                    for w in words:
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
        if latest < 0 and (held := self._holder(word, a)) >= 0:
            latest = held  # "Prosecutor Nadia Volkova ..." then "the prosecutor said"
        if latest < 0 and word.lower() in self.rx.body_nouns:  # the latest body named before it
            kinds = _BODY_TYPES[: 3 if word.lower() in self.rx.state_bodies else 2]
            k = bisect.bisect_left(self.starts, a) - 1
            reach = self.starts[max(0, k - _BODY_LOOKBACK)] if k >= 0 else a
            subject = self._latest(("other",), a)  # a body as the subject, first: "United
            if subject and subject[0] >= reach and subject[1].type in (*kinds, "other"):
                # beat Barcelona ... the club said"; of no known kind too: "Halma reported
                # ... the company said"; within the mentions the walk below would read
                return Who(subject[1], Mention(a, b, self.text[a:b]), "pronoun")
            for i in range(k, max(-1, k - _BODY_LOOKBACK), -1):
                if self.ends[i] <= a and self.mentions[i][1].type in kinds:
                    latest = i
                    break
        # "the chief executive said", "the actor said", "the 41-year-old said": an office or
        # a calling no one was titled with, or an age, is the person named last.  Not any
        # noun of a person: "the driver", "the judge", "the manager" are as often someone
        # new, after the victim, the defendant or the scorer was named (speakers round 14).
        if latest < 0 and (word.lower() in self.rx.offices or word.endswith("-year-old")):
            # the person the story is about, or one just named as an object
            person = self._latest(("person",), a) or self._near(word.lower(), a)
            return Who(person[1], Mention(a, b, self.text[a:b]), "pronoun") if person else None
        if latest < 0:
            return None
        return Who(self.mentions[latest][1], Mention(a, b, self.text[a:b]), "pronoun")


_NATION_TITLE = 80  # characters read before a name for the title a nation's adjective opens
_ROLE_REACH = 90  # characters read before a name for a role and the place it serves
# What a role serves, between it and the name: "MP for Oxford East and Rose Hill resident
# Anneliese Dodds", "Minister of Health Jane Doe": capitalised words, with "and", "the",
# "of", then at most one lower-case word.
_SERVED = r" (?:for|of) (?:[A-Z][\w'’.-]*|and|the|of|&)(?: (?:[A-Z][\w'’.-]*|and|the|of|&)){0,7}"


@lru_cache(maxsize=64)
def _nation_title(nation: str) -> re.Pattern[str]:
    """ "Qatari" and the capitalised words of a title after it, ending where a name starts."""
    return re.compile(rf"\b{re.escape(nation)}(?: (?:[A-Z][\w.’'-]*|and|of))+ $")


@lru_cache(maxsize=64)
def _role_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role word right before a name ("Prosecutor Nadia Volkova", "The chairman, Keith
    Arnold", "MP for Oxford East Anneliese Dodds") and in the apposition after one ("Keith
    Arnold, the chairman of ..."), built once per word rather than at each quote that names
    the role."""
    w = re.escape(word)
    return (
        re.compile(rf"\b(?i:{w})(?:,?|{_SERVED}(?: [a-z]+)?) $"),
        re.compile(rf",? (?:the|a|an|its|his|her|their) (?:[\w'’\-]+ ){{0,3}}{w}\b", re.I),
    )
