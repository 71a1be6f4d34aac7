"""The article as the actor rules read it, and the checks every candidate span passes.

``Text`` blanks links, datelines and chrome once per article; ``as_body`` and ``as_name``
trim a matched span to a body's or a person's name, or refuse it.  Every candidate rule
(``actor_candidates``, ``actor_cues``) goes through them.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any

from summarizer._digest import ActorType
from summarizer._extract.actor_chrome import plural_titles, without_chrome
from summarizer._extract.actor_rules import ARABIC_PARTS, CAPW, NAME_WORDS, R_INITIAL, rules
from summarizer._extract.actor_scan import Masked, detached
from summarizer._lang import LanguagePack, pack
from summarizer._text import in_lines
from summarizer._text.line_masks import LineMasks, PatternBits, by_lines
from summarizer._text.literals import absent
from summarizer._text.scan import prefiltered
from summarizer._text.segment import Document

# Compiled once (a pattern passed as a string is re-parsed when re's cache drops it).
_R_LEADING_MARKS = re.compile(r"^[\W_]*")
_R_LOWER_WORD = prefiltered(re.compile(r"(?<![\w\-'’])[a-z][\w\-]*"))
_R_SPACE = re.compile(r"\s")
_R_CAPITAL_WORD = prefiltered(re.compile(r"(?<![\w\-'’])[A-Z][\w\-]*"))
# A run of capitalised words, ``(?:CAPW )+CAPW``, read RUN_WORDS words at most at a time
# (``capital_runs``): re keeps a frame per repeat of a group, 240 bytes a word (33x the
# input on a one-sentence run of capitals).
RUN_WORDS = 32
_R_CAPITAL_RUN = prefiltered(re.compile(rf"(?:{CAPW} ){{1,{RUN_WORDS}}}{CAPW}"))
_R_NEXT_CAPITALS = re.compile(rf"(?: {CAPW}){{1,{RUN_WORDS}}}")  # the run read on
_R_TOKEN = re.compile(r"\S+")
_R_OF_SPACE = re.compile(r" (?:of|for)(?: the)? $")
_R_OF_END = re.compile(r" (?:of|for)(?: the)?$")
_R_OF_ON_END = re.compile(r" (?:of|for|on)(?: the)?$")
_R_OF_CAPITALS = re.compile(r" (?:of|on|for)(?: the)?((?: [A-Z]\w+)+)$")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str  # == doc.text[start:end]


@dataclass(frozen=True, slots=True)
class FoundActor:
    name: str  # the fullest form in the article, without titles
    type: ActorType
    aliases: tuple[str, ...]  # every surface form seen
    mentions: tuple[Mention, ...]
    title: str | None = None  # "Secretary of State", when stated


@dataclass(slots=True)
class Cand:
    start: int
    end: int  # text[start:end] is the surface, title included
    type: ActorType
    name: str  # what the surface names, titles stripped
    title: str | None = None


class Text:
    """The article as the rules read it: links and dateline blanked; ``prose`` also lacks chrome."""

    def __init__(
        self,
        doc: Document,
        bits: PatternBits | None = None,
        on_scan: tuple[re.Pattern[str], ...] = (),
    ) -> None:
        """``bits``: the rules searched line by line (``_text.in_lines``, ``line_masks``).
        ``on_scan``: the patterns a rule reads in ``scan`` (``scan_matches``), read here,
        while ``scan`` is made for ``prose``, and not again (``actor_scan``)."""
        self.lang = pack(doc.language)
        self.r = rules(self.lang)
        self._masked = Masked(doc.text, self.r.mask if "@" in doc.text else self.r.mask_no_mail)
        self._scan: str | None = None  # held once the rules are done (``release_rules``)
        scan = self._masked.made()
        self.prose = without_chrome(scan, plural_titles(self.r.title_words))
        self._prose_is_scan = self.prose is scan
        self._on_scan = {id(rx): detached(rx.finditer(scan)) for rx in on_scan}
        del scan  # not held beside prose: a third copy of the text (``actor_scan``)
        self._names: dict[re.Pattern[str], array[int]] = {}
        self._has: dict[str, bool] = {}  # whether prose holds a string a pattern requires
        self._bits = bits if by_lines(self.prose) else None
        self._lines: LineMasks | None = None
        self._holding: dict[str, in_lines.Lines] = {}  # without masks: lines of each string
        self.starts = Openings(doc)
        self.lower = lower_words(doc.text)
        self.capitals = _standalone_capitals(self.prose, self.r.stop)
        # "James Webb" of "James Webb Space Telescope" names a thing
        self.things = _things(self.prose, self.r.things, self.r.heads)

    @property
    def scan(self) -> str:
        """The article with links and dateline blanked: made when read while the rules
        run (``surface``, ``scan_count``, ``scan_matches`` need no copy), then held."""
        if self._scan is not None:
            return self._scan
        if self._prose_is_scan and hasattr(self, "prose"):
            return self.prose
        return self._masked.made()

    def surface(self, start: int, end: int) -> str:
        """``scan[start:end]``."""
        return self._masked.slice(start, end)

    def scan_count(self, word: str, most: int) -> int:
        """``min(scan.count(word), most)``, ``word`` without spaces."""
        return self._masked.count(word, most)

    def scan_matches(self, rx: re.Pattern[str]) -> list[Any]:
        """``rx``'s matches in ``scan`` (``ScanMatch``es), read at the start if ``rx`` is
        ``on_scan``.  Any: a rule reads them where it reads ``re.Match``es, by one name."""
        found = self._on_scan.get(id(rx))
        return found if found is not None else detached(rx.finditer(self.scan))

    def release_rules(self) -> None:
        """Drop what only the candidate rules read (``prose``, its indexes, the lowercase
        words), hold ``scan``: ``actor_merge`` reads it, ``r``, ``lang``, and the mentions
        built beside a second copy of the text and its word set were the stage's peak on a
        long normal article (issue 12).  A rule reading them after this fails."""
        scan = self.prose if self._prose_is_scan else None
        del self.prose, self.lower, self.capitals, self.things
        self._names.clear()
        self._holding.clear()
        self._lines = None
        self._scan = scan if scan is not None else self._masked.made()

    def find(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``rx.finditer(prose)``, with no scan where prose lacks every string ``rx``
        needs (``_text.literals``): most rules need a word most articles never write; a
        rule that cannot read a newline, only in the lines that may hold one (``_text.in_lines``,
        ``_text.line_masks``)."""
        if self._bits is not None and id(rx) in self._bits.bit:
            if self._lines is None:
                self._lines = LineMasks(self.prose, self._bits)
            search, text = rx.finditer, self.prose
            windows = self._lines.windows(rx, in_lines.JOIN) or ()
            return chain.from_iterable(search(text, a, b) for a, b in windows)
        if self._bits is None and in_lines.in_one_line(rx) and len(in_lines.needles(rx)) <= _FEW:
            return in_lines.finditer(rx, self.prose, self._holding)  # few long lines
        return iter(()) if absent(rx, self.prose, self._has) else rx.finditer(self.prose)

    def names(self, rx: re.Pattern[str]) -> Iterator[tuple[int, int]]:
        """The spans of ``rx``'s group "n" (else "n2") in ``prose``, found once: bodies,
        people and bare subjects read the same matches of the same patterns.  Held as
        machine integers, start and end in turn (a tuple of two ints per span was ~2.3x the
        input on a text of "X said" clauses)."""
        got = self._names.get(rx)
        if got is None:
            got = self._names[rx] = array("q")
            for m in self.find(rx):
                got.extend(m.span("n") if m["n"] is not None else m.span("n2"))
        pairs = iter(got)
        return zip(pairs, pairs, strict=True)

    def common(self, word: str, start: int) -> bool:
        """A stop word, or a sentence opener the article also writes in lowercase ("Teams"),
        or one set in capitals that is long or a stop word: a lead's kicker ("NEWSPAPER group
        Johnston Press", "ONE recurring theme"; acronyms are short, and the gazetteer's known)."""
        if word in self.r.stop:
            return True
        if start not in self.starts:
            return False
        if word.lower() in self.lower:
            return True
        return (
            word.isupper()
            and word not in self.r.gaz
            and (len(word) >= _KICKER or word.capitalize() in self.r.stop)
        )


class Openings:
    """Where each sentence starts, and its first character past leading marks: sorted, as
    machine integers (a set of ints was ~2x the input on a text of short sentences)."""

    def __init__(self, doc: Document) -> None:
        self.at, ordered = array("q"), True
        for s in doc.sentences:
            text = s.text
            for p in (s.start, s.start + len(text) - len(_R_LEADING_MARKS.sub("", text))):
                if not self.at or p != self.at[-1]:
                    ordered = ordered and (not self.at or p > self.at[-1])
                    self.at.append(p)
        if not ordered:  # sentences out of order (never from ``segment``)
            self.at = array("q", sorted(set(self.at)))

    def __contains__(self, p: int) -> bool:
        i = bisect.bisect_left(self.at, p)
        return i < len(self.at) and self.at[i] == p

    def __iter__(self) -> Iterator[int]:
        """In order."""
        return iter(self.at)


# The most strings of a rule looked up one by one in a text of few long lines, each a scan
# of the text (``in_lines.lines_holding``); a rule requiring more is searched whole.
_FEW = 32
_KICKER = 7  # letters: a word in capitals opening a sentence this long is no acronym
_STRETCH = 2048  # characters read by one findall: its list of words is some 5x that in memory


def lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` written in lowercase (``_R_LOWER_WORD``), read by ``findall`` a
    stretch at a time, each ended at a space or newline (no word holds one): a match object
    per word cost more than the word, and findall's list of every word of the whole text
    was six times its size at the actors' peak.  Returned as a copy sized to its words: the
    set grown a word at a time keeps a table of four slots a word (2x the input on a long
    normal article, held through the stage)."""
    out: set[str] = set()
    start, size = 0, len(text)
    while start < size:
        cut = _R_SPACE.search(text, start + _STRETCH, start + 2 * _STRETCH)
        if cut is None and size - start > 2 * _STRETCH:  # no space: the words one by one
            out.update(m.group() for m in _R_LOWER_WORD.finditer(text, start))
            break
        end = cut.start() if cut else size
        out.update(_R_LOWER_WORD.findall(text, start, end))
        start = end
    return frozenset(out)


def run_end(text: str, m: re.Match[str]) -> int:
    """Where the run of capitalised words matched by ``m`` ends, RUN_WORDS words at most
    read by the pattern: those past them, RUN_WORDS at a time.  A word followed by a space has
    one reading that is (``CAPW``'s others end before a letter or "."), so taking each
    word's first reading and stopping where no space follows is what a pattern with no
    bound would match."""
    at = m.end()
    if at - m.start() <= 2 * RUN_WORDS:  # too short to hold RUN_WORDS + 1 words
        return at
    while (n := _R_NEXT_CAPITALS.match(text, at)) is not None:
        at = n.end()
    return at


def capital_runs(text: str) -> Iterator[tuple[bool, str]]:
    """The words of each run of capitalised words (``(?:CAPW )+CAPW``'s matches, in order),
    True with a run's first: a word at a time, never a whole run's list of words."""
    at = 0
    while (m := _R_CAPITAL_RUN.search(text, at)) is not None:
        words = m.group().split()  # RUN_WORDS + 1 at most
        yield True, words[0]
        for word in words[1:]:
            yield False, word
        at = m.end()
        if at - m.start() > 2 * RUN_WORDS:  # long enough to hold RUN_WORDS + 1 words
            while (n := _R_NEXT_CAPITALS.match(text, at)) is not None:
                for word in n.group().split():
                    yield False, word
                at = n.end()


def _things(prose: str, things: frozenset[str], heads: frozenset[str]) -> set[str]:
    """The words before a thing's or body's head in a run of capitals, 1 to NAME_WORDS of
    them ("James Webb" of "James Webb Space Telescope"): names of no person.  A name has at
    most NAME_WORDS words, so longer prefixes are never looked up."""
    out: set[str] = set()
    before: deque[str] = deque(maxlen=NAME_WORDS)
    for first, word in capital_runs(prose):
        if first:
            before.clear()
        elif word in things or word in heads:
            words = list(before)
            out.update(" ".join(words[i:]) for i in range(len(words)))
        before.append(word)
    return out


def _standalone_capitals(prose: str, stop: frozenset[str]) -> Counter[str]:
    """Each capitalised word's uses as a word of its own: not those ending or filling a
    longer capitalised name ("Workers" of "Commercial Workers"), unless the word before is a
    sentence's opener ("The Workers")."""
    out: Counter[str] = Counter()
    prev_end, prev = -2, ""
    for m in _R_CAPITAL_WORD.finditer(prose):
        if not (m.start() == prev_end + 1 and prose[prev_end] == " " and prev not in stop):
            out[m.group()] += 1
        prev_end, prev = m.end(), m.group()
    return out


def opens_quote(text: str, at: int) -> bool:
    """The word at ``at`` opens a quotation: a quotation mark right before it (a closing
    one follows a word, it never stands right before one)."""
    return at > 0 and text[at - 1] in '"“‘'


def as_body(t: Text, start: int, end: int, kind: ActorType, name_end: int = 0) -> Cand | None:
    """The span less leading stop words, a trailing title or date; None if only a head is left."""
    for m in _R_TOKEN.finditer(t.prose, start, end):  # \S+ ends at ``end`` as at a slice's end
        word = m.group()
        if not (t.common(word, m.start()) or word in ("the", "The")) or _local_body(
            t, word, m.end(), end
        ):
            start = m.start()
            break
    else:
        return None
    person = t.r.title.search(t.prose, start, end)  # "... of Justice [Inspector General X]"
    if person and person.start() > start and t.prose[person.start() - 1].isalnum():
        person = None  # inside a word: "PF" of "NPF Microfinance Bank" is no title
    if person:
        at = person.start("t")
        if _R_OF_SPACE.search(t.prose[start:at]):  # "of [Justice] Inspector"
            at = t.prose.index(" ", at) + 1
        if start < at < person.end() and person.end() >= end - 3:
            end = at - 1
    while (w := t.prose[start:end].rsplit(" ", 1))[-1] in t.r.title_words and len(w) > 1:
        if _R_OF_END.search(w[0]):  # "Department of Justice" keeps its title
            break
        end -= len(w[-1]) + 1  # "Ministry of Lands [Minister]"
    end = start + len(_R_OF_ON_END.sub("", t.prose[start:end]))
    cut = _R_OF_CAPITALS.search(t.prose[start:end])
    if cut and set(cut.group(1).split()) <= t.r.stop:
        end = start + cut.start()  # "Ministry of Information [on Thursday]"
    name = t.prose[start : name_end or end]
    if not name.strip() or name in t.r.heads or name in t.r.title_words:
        return None
    return Cand(start, end, kind, name)


# "City Council's inconsistency" opening a line: "City" is the body's kind, though the
# article also writes "city layoffs" in lowercase.
_LOCAL_KINDS = frozenset("City County Town State Borough Parish District Village School".split())


def _local_body(t: Text, word: str, at: int, end: int) -> bool:
    """``word`` is a local body's kind and the next word its head ("City Council")."""
    if word not in _LOCAL_KINDS:
        return False
    nxt = _R_TOKEN.search(t.prose, at, end)
    return nxt is not None and _R_POSSESSIVE_END.sub("", nxt.group()) in t.r.heads


_R_POSSESSIVE_END = re.compile(r"[’']s?$")


def as_name(
    t: Text, start: int, end: int, least: int, known: set[str]
) -> tuple[int, int, str] | None:
    """The span as a person's name, or None: no stop word, thing, title or place in it."""
    words = [(m.start(), m.group()) for m in _R_TOKEN.finditer(t.prose, start, end)]  # no copy
    while words and (
        t.common(words[0][1], words[0][0])
        or words[0][1] in t.r.title_words
        or words[0][1] in t.r.demonyms
        or (len(words) > 2 and words[0][1].lower() in t.lang.names.roles)  # "Architect Zaha Hadid"
    ):
        words.pop(0)
    while words and (
        words[-1][1] in t.r.stop or words[-1][1] in t.r.things or R_INITIAL.fullmatch(words[-1][1])
    ):
        if _month_surname(t, words):
            break  # "Theresa May", "Brian May": a month after a given name, no date after it
        words.pop()
    core = [w for _, w in words if not R_INITIAL.fullmatch(w)]
    read = core[:-1] if core and core[-1] in t.r.stop else core  # the month kept above
    # Capitalised Arabic particles inside it are not words of its own ("Sultan Bin Saad Al
    # Muraikhi" is three); a first word is ("Al Gore").
    inner = sum(1 for w in core[1:] if w in ARABIC_PARTS)
    # a country's name as a first name, a title's word as a surname: "Chad Murray", "Stephen
    # King" (the pack's lists)
    names = t.lang.names
    named = read[1:] if len(read) >= 2 and read[0] in names.country_given else read
    if len(named) >= 2 and named[-1] in names.title_surnames and named[0] in t.r.given:
        named = named[:-1]
    if not least <= len(core) or len(core) - inner > 4 or set(named) & t.r.no_name:
        return None
    a, b = words[0][0], words[-1][0] + len(words[-1][1])
    name = t.prose[a:b]
    if len(core) == 1 and _state_before_title(t, name, b):
        return None
    return (
        None
        if name in known or name in t.r.places or name in t.r.gaz or name in t.things
        else (a, b, name)
    )


_R_DAY_AFTER = re.compile(r"\s*\d")
_R_NEXT_WORD = re.compile(r"\.\s+([A-Z][\w'’-]*)")


def _state_before_title(t: Text, word: str, end: int) -> bool:
    """A state's abbreviation with its period, a capitalised word after it that opens no
    sentence: "said Vt. Health Commissioner Dr. Mark Levine" (not "said Mo. The ...")."""
    if word.lower() not in t.lang.state_abbreviations:
        return False
    m = _R_NEXT_WORD.match(t.prose, end)
    return m is not None and m[1].lower() not in t.lang.sentence_starters


def _month_surname(t: Text, words: list[tuple[int, str]]) -> bool:
    """The last of ``words`` a month's name that is a surname here: after a given name, with
    no day after it ("Chelsea May 3" is a date)."""
    if len(words) < 2 or words[-2][1] not in t.r.given:
        return False
    at, last = words[-1]
    if last not in full_months(t.lang):
        return False
    return not _R_DAY_AFTER.match(t.prose, at + len(last))


@cache
def full_months(lang: LanguagePack) -> frozenset[str]:
    """The months' full names ("May", not "Sept."): the ones a surname can be."""
    return frozenset(forms[0] for forms in lang.months)
