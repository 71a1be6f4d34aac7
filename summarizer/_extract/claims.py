"""Claim candidates found by code: direct quotes and reported speech, with speakers.

Finding who said what is pattern work that code does exactly; the model only
labels each candidate's kind and phrases it.  A candidate is a claim even when
the model says nothing about it: the digest then keeps it as code found it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from summarizer._digest import Evidence
from summarizer._extract.actors import FoundActor
from summarizer._extract.quote_described import describer
from summarizer._extract.quotes import Quote
from summarizer._grounding import evidence
from summarizer._lang import LanguagePack, alternation, pack
from summarizer._limits import ITEM_CAPS, keep_first
from summarizer._text.index import overlapping
from summarizer._text.scan import prefiltered
from summarizer._text.segment import Document
from summarizer._text.words import word_count

SHORT_QUOTE_WORDS = 4  # scare quotes ("productive") stand for their sentence


@cache
def _speech_at(lang: LanguagePack) -> re.Pattern[str]:
    """Adverbs and a speech verb, or a speech verb: "also said", "vowed" (where they begin:
    ``_starts``)."""
    adverbs = alternation(lang.speech_adverbs)
    verbs = alternation(lang.speech_verbs - lang.speech_not_claims)
    # "Qatar has strongly denied": an auxiliary and an adverb may stand between
    return prefiltered(re.compile(rf"(?:(?:{adverbs})\s+){{0,2}}(?:{verbs})\b"))


def _starts(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    """Every position where ``pattern`` matches, inside an earlier match too: the matches of
    ``(?=pattern)``, which re tried at every character of every sentence; each search here
    skips to the pattern's first characters."""
    m = pattern.search(text)
    while m is not None:
        yield m.start()
        m = pattern.search(text, m.start() + 1)


_R_BOUNDARY = re.compile(r"\b")
_APPOSITION = 80  # characters at most between a name and the comma before its speech verb
_R_NO_APPOSITION = re.compile(r"[;:\"“”()]|\band\b")  # a clause or a list, not an aside
_R_ACCORDING = re.compile(r"\b[Aa]ccording to (?:the )?")
_R_PHRASE = re.compile(r"[^,.;:!?\"“”()]{1,80}")  # "according to"'s phrase, to its clause's end
_R_WORD_START = re.compile(r"\b\w")


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    id: int  # 1-based: what the model cites
    speaker: str | None
    text: str  # the quoted words, or the sentence of reported speech
    evidence: tuple[Evidence, ...]
    sentence: int  # where it starts
    cue: str  # the attribution rule, or "reported"


Range = tuple[int, int, int]  # a sentence's id, and a span inside it


def ranges(doc: Document, start: int, end: int) -> tuple[Range, ...]:
    """The spans ``spans`` makes evidence of, as numbers: candidates are compared, sorted and
    cut as these, and only the kept ones pay for their evidence."""
    out = []
    for k in overlapping(doc.sentences, start, end):
        s = doc.sentences[k]
        a, b = max(start, s.start), min(end, s.end)
        if a >= b:
            continue
        piece = s.text if a == s.start and b == s.end else doc.text[a:b]
        quote = piece.strip()
        if quote is not piece:  # blanks at an end: moved past
            a += len(piece) - len(piece.lstrip())
            b = a + len(quote)
        if a < b:
            out.append((s.id, a, b))
    return tuple(out)


def spans(doc: Document, start: int, end: int) -> tuple[Evidence, ...]:
    """One exact span per sentence the range crosses: evidence never leaves its sentence."""
    return _evidence(doc, ranges(doc, start, end))


def _evidence(doc: Document, where: tuple[Range, ...]) -> tuple[Evidence, ...]:
    out = []
    for sid, a, b in where:
        s = doc.sentences[sid - 1]
        quote = s.text if a == s.start and b == s.end else doc.text[a:b]  # the sentence's own
        out.append(evidence(doc, sid, a, b, quote=quote))
    return tuple(out)


def find_candidates(
    doc: Document,
    actors: Sequence[FoundActor],
    quotes: Sequence[Quote],
    pronouns: Mapping[int, tuple[str, int]] | None = None,
    cap: int | None = ITEM_CAPS.claims,
    notes: list[str] | None = None,
) -> list[ClaimCandidate]:
    """Quotations, and sentences of reported speech by an actor named before the speech
    verb or by a pronoun ``pronouns`` resolved ("She added that ...": ``quotes``); the
    first ``cap`` in text order (``summarizer._limits``), a cut told in ``notes``."""
    found: list[tuple[int, str | None, str, tuple[Range, ...], int, str]] = []
    quoted_sentences: set[int] = set()
    whole: dict[int, tuple[Range, ...]] = {}
    for q in quotes:
        quoted_sentences.update(q.sentences)
        if doc.title and (s := doc.sentence(q.sentences[0])) and s.text == doc.title:
            continue  # a headline's quote repeats the story's; the story's has the context
        if word_count(q.text, SHORT_QUOTE_WORDS) < SHORT_QUOTE_WORDS:
            s = doc.sentence(q.sentences[0])
            if s is None:
                continue
            if s.id not in whole:  # one copy of the sentence, however many quotes it has
                whole[s.id] = ranges(doc, s.start, s.end)
            found.append((s.start, q.speaker, s.text, whole[s.id], s.id, q.cue))
        else:
            where = ranges(doc, q.start, q.end)
            if where:
                found.append((q.start, q.speaker, q.text, where, where[0][0], q.cue))
    speakers = _Speakers(actors, pack(doc.language))
    for s in doc.sentences:
        if s.id in quoted_sentences:
            continue
        speaker = speakers.of(s.text)
        if speaker is None and pronouns and s.id in pronouns:
            name, end = pronouns[s.id]  # "She added that": a speech verb that makes a claim
            gap = end - s.start
            gap += len(s.text[gap:]) - len(s.text[gap:].lstrip())
            speaker = name if speakers.speech_at.match(s.text, gap) else None
        if speaker is None:  # "A witness said the water rose": someone described, not named
            speaker = speakers.described(s.text)
        if speaker is not None:
            found.append((s.start, speaker, s.text, ranges(doc, s.start, s.end), s.id, "reported"))
    found.sort(key=lambda f: f[0])
    seen: set[tuple[Range, ...]] = set()
    unique = []
    for f in found:  # two scare quotes in one sentence make one claim, not two
        if f[3] not in seen:
            seen.add(f[3])
            unique.append(f)
    keep_first(unique, cap, "claims", notes, whole=True)  # the rest's evidence never built
    return [
        ClaimCandidate(i, speaker, text, _evidence(doc, where), sid, cue)
        for i, (_, speaker, text, where, sid, cue) in enumerate(unique, start=1)
    ]


class _Speakers:
    """'Lavrov also said Russia wants ...': an actor as the subject of a speech verb, named
    in the apposition before it ("Her daughter, Anne Ellison-Marsh, said") or before that
    apposition ("Tim Cook, Apple's chief executive, said"), or after "according to".

    The earliest ``\b{alias}(?:'s)?\\s+{speech verb}`` in a sentence names the speaker (the
    first actor on a tie). Searching each alias in each sentence cost sentences x aliases
    (and a regex compiled per alias); here each speech verb is found once and the words
    ending just before it are looked up among the aliases."""

    def __init__(self, actors: Sequence[FoundActor], lang: LanguagePack) -> None:
        self.actors, self.alias = actors, dict[str, int]()
        self.speech_at = _speech_at(lang)
        for i, actor in enumerate(actors):
            for alias in actor.aliases:
                self.alias.setdefault(alias, i)
        self.lengths = sorted({len(a) for a in self.alias})
        self.describer = describer(lang)
        titled: dict[str, set[str]] = {}  # "judge" -> the actors so titled
        for actor in actors:
            for w in (actor.title or "").lower().split():
                titled.setdefault(w, set()).add(actor.name)
        self.titled = {w: next(iter(n)) for w, n in titled.items() if len(n) == 1}

    def described(self, sentence: str) -> str | None:
        """The person a sentence opens by describing, as written, when a speech verb follows
        the description ("One resident told the BBC that ...", "A council spokesperson said
        ..."); code found no actor saying it."""
        if not sentence[:1].isupper() or (span := self.describer.find(sentence, 0, 80)) is None:
            return None
        at = span[1] + len(sentence[span[1] :]) - len(sentence[span[1] :].lstrip())
        if not self.speech_at.match(sentence, at):
            return None
        words = sentence[span[0] : span[1]].split()
        if words[0] in ("The", "the") and (name := self.titled.get(words[-1].lower())):
            return name  # "The judge told ..." after "Judge Miriam Walsh": the one so titled
        return sentence[span[0] : span[1]]

    def of(self, sentence: str) -> str | None:
        best: tuple[int, int] | None = None  # (start, actor index)
        for at in _starts(self.speech_at, sentence):
            g = at
            while g > 0 and sentence[g - 1].isspace():
                g -= 1
            for gap in range(g, at):  # where \s+ may begin
                ends = (gap, gap - 2) if sentence.startswith("'s", gap - 2) else (gap,)
                for end in ends:
                    for n in self.lengths:
                        i = self.alias.get(sentence[max(0, end - n) : end]) if n <= end else None
                        if i is not None and _R_BOUNDARY.match(sentence, end - n):
                            best = min(best or (end - n, i), (end - n, i))
            if g > 0 and sentence[g - 1] == ",":
                # "Her daughter, Anne Ellison-Marsh, said": the name is the apposition
                for a, i in self._ending(sentence, g - 1):
                    if sentence[a - 2 : a] == ", ":
                        best = min(best or (a, i), (a, i))
                # "Tim Cook, Apple's chief executive, said": the name before the apposition
                c = sentence.rfind(",", max(0, g - 1 - _APPOSITION), g - 1)
                if c > 0 and not _R_NO_APPOSITION.search(sentence, c + 1, g - 1):
                    for a, i in self._ending(sentence, c):
                        best = min(best or (a, i), (a, i))
        for m in _R_ACCORDING.finditer(sentence):  # "according to Luca Maestri, ..."
            if (got := self._source(sentence, m.end())) is not None:
                best = min(best or got, got)
        return self.actors[best[1]].name if best else None

    def _source(self, sentence: str, at: int) -> tuple[int, int] | None:
        """The actor "according to" names: the person in its phrase ("according to City
        Council Chairman David Mahan"), else its first actor."""
        phrase = _R_PHRASE.match(sentence, at)
        end = phrase.end() if phrase else at
        named = []
        for w in _R_WORD_START.finditer(sentence, at, end):
            for n in reversed(self.lengths):  # the longest alias starting at the word
                b = w.start() + n
                i = self.alias.get(sentence[w.start() : b]) if b <= end else None
                if i is not None and (b == len(sentence) or not sentence[b].isalnum()):
                    named.append((w.start(), i))
                    break
        people = [x for x in named if self.actors[x[1]].type == "person"]
        return people[-1] if people else named[0] if named else None

    def _ending(self, sentence: str, end: int) -> list[tuple[int, int]]:
        """(start, actor index) of each alias ending at ``end`` on a word boundary."""
        out = []
        for n in self.lengths:
            i = self.alias.get(sentence[end - n : end]) if n <= end else None
            if i is not None and _R_BOUNDARY.match(sentence, end - n):
                out.append((end - n, i))
        return out
