"""What every task's validators share: the grounding context and the item screen.

Each task's answer model (in its own module) is the model's side of the
contract: every string and list is length-capped (small models loop without
caps) and every item cites sentence ids.  Validators receive the article through
instructor's validation context and reject items that are not grounded in it;
instructor then re-asks with the reasons.  On the last attempt ungrounded items are
dropped (and reported) instead of failing the whole answer, so one bad item never
costs the rest.
"""

from __future__ import annotations

import heapq
import re
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationInfo,
)

from summarizer._checks import SAYS_NOTHING as _SAYS_NOTHING
from summarizer._checks import Cited, Outcome, check_item
from summarizer._extract.actor_people import surname_key
from summarizer._extract.actors import FoundActor
from summarizer._extract.claims import ClaimCandidate
from summarizer._extract.dates import TimeExpression
from summarizer._lang import pack
from summarizer._lang.words import bag, support
from summarizer._text.segment import Document, Sentence

Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
SentenceIds = Annotated[list[int], Field(min_length=1, max_length=3)]


@dataclass
class GroundingContext:
    """Travels in instructor's validation context: the article, what code found, attempt state."""

    doc: Document
    # Candidate id -> the article text it stands for (claims, dated expressions).
    candidates: dict[int, str] = field(default_factory=dict)
    # Canonical actor name -> ids of sentences that mention or quote the actor.
    actors: dict[str, frozenset[int]] = field(default_factory=dict)
    resolve: Callable[[str], str | None] = lambda name: None
    final: bool = False  # set by a hook before the last attempt: drop, don't raise
    dropped: list[str] = field(default_factory=list)
    validate_s: float = 0.0  # time spent in these validators, for the benchmark
    # What the checks need (summarizer/_checks): dates resolve against ``published``;
    # ``times`` are the article's time expressions; ``cites`` the sentence ids each
    # candidate stands for; ``speakers`` each claim candidate's speaker.
    published: date | None = None
    times: Sequence[TimeExpression] = ()
    cites: dict[int, tuple[int, ...]] = field(default_factory=dict)
    speakers: dict[int, str | None] = field(default_factory=dict)
    # Folded words of every actor's name and aliases (empty: no shortcut, ask ``resolve``).
    alias_words: frozenset[str] = frozenset()
    # Folded last words of every actor's name and aliases and the surname keys of people
    # (``name_ends``; empty: no shortcut): a name ending otherwise resolves to no one.
    name_ends: frozenset[str] = frozenset()
    # Sentence id -> who code found making a statement there (quotes, reported speech).
    said_in: dict[int, frozenset[str]] = field(default_factory=dict)
    strict: bool = True  # False (--verify off): support() only, as before the checks

    def __post_init__(self) -> None:
        self.resolve = _remembering(self.resolve, self.alias_words, self.name_ends)
        self._located: dict[str, tuple[str, frozenset[str]]] = {}
        self._paragraphs: dict[int, list[Sentence]] | None = None
        self._time_index: list[tuple[int, int]] | None = None
        self._bags: list[frozenset[str]] | None = None  # each sentence's content words

    def known_actor(self, name: str) -> str | None:
        """The canonical name of an actor code found, or None."""
        return self.resolve(name)

    def cited(self, ids: Sequence[int]) -> Cited:
        """The sentences ``ids`` as checks see them; names may also come from the one before."""
        sents = [s for i in dict.fromkeys(ids) if (s := self.doc.sentence(i)) is not None]
        text = " ".join(s.text for s in sents)
        names, speakers = self._near(ids, sents, text)
        return Cited(
            text=text, article=self.doc.text, names=names, times=self._times_in(sents),
            speakers=speakers,
        )  # fmt: skip

    def _near(
        self, ids: Sequence[int], sents: list[Sentence], text: str
    ) -> tuple[str, frozenset[str]]:
        """``cited(ids)``'s names and speakers (``text``: its sentences ``sents`` joined).
        Names and speakers may come from the sentence before and the rest of the paragraph
        (a pronoun's antecedent); the checks of content use ``text`` only."""
        paragraphs = {s.paragraph for s in sents}
        near = {i - 1 for i in ids} | {s.id for s in self._paragraph_sentences(paragraphs)}
        near -= set(ids)
        context = " ".join(s.text for i in sorted(near) if (s := self.doc.sentence(i)))
        speakers = frozenset(n for i in {*ids, *near} for n in self.said_in.get(i, ()))
        return f"{context} {text}", speakers

    def _times_in(self, sents: list[Sentence]) -> list[TimeExpression]:
        """The article's time expressions starting in ``sents``, in the article's order:
        found by bisection (each item's check asked every expression of the article)."""
        if self._time_index is None:
            self._time_index = sorted((t.start, i) for i, t in enumerate(self.times))
        index, found = self._time_index, set[int]()
        for s in sents:
            lo, hi = bisect_left(index, (s.start, -1)), bisect_left(index, (s.end, -1))
            found.update(i for _, i in index[lo:hi])
        return [self.times[i] for i in sorted(found)]

    def _paragraph_sentences(self, paragraphs: set[int]) -> list[Sentence]:
        if len(self.doc.sentences) > 400:  # a huge article: the previous sentence suffices
            return []
        if self._paragraphs is None:
            self._paragraphs = {}
            for s in self.doc.sentences:
                self._paragraphs.setdefault(s.paragraph, []).append(s)
        return sorted(
            (s for p in paragraphs for s in self._paragraphs.get(p, ())), key=lambda s: s.id
        )

    def mentioned(self, name: str, ids: Sequence[int]) -> bool:
        """Whether actor ``name`` (as the model wrote it) is in sentences ``ids``, the one
        before, or their paragraph (where a pronoun's antecedent is)."""
        actor = self.known_actor(name)
        where = self.actors.get(actor, frozenset()) if actor else frozenset()
        sents = [s for i in ids if (s := self.doc.sentence(i))]
        near = {s.id for s in self._paragraph_sentences({s.paragraph for s in sents})}
        return bool(where & {*ids, min(ids, default=0) - 1, *near})

    def cited_candidate(self, cid: int) -> Cited:
        ids = self.cites.get(cid)
        if ids:
            return self.cited(ids)
        text = self.candidates.get(cid, "")
        return Cited(text=text, article=self.doc.text, names=text)

    def whole(self) -> Cited:
        text = self.doc.text
        return Cited(text=text, article=text, names=text, times=self.times, locate=self.locate)

    def locate(self, clause: str) -> tuple[str, frozenset[str]]:
        """The three sentences that best state ``clause`` (with the ones before them), and
        their speakers: where a headline's "X says <clause>" comes from."""
        found = self._located.get(clause)
        if found is None:
            lang = pack(self.doc.language)
            mine = bag(clause, lang)
            if self._bags is None:  # (looked up once, not once per clause in bag's cache)
                self._bags = [bag(s.text, lang) for s in self.doc.sentences]
            bags = self._bags
            # The three sharing most of the clause's words, the first of equals first: what
            # ``sorted(..., key=-share)[:3]`` gives (``nsmallest`` is that, documented), and
            # ``share`` is that count over the clause's (a constant).  Only the names and
            # speakers of ``cited`` are read: its times (a bisection) were made for nothing.
            # The counts are listed first: a key function called per sentence cost a
            # headline's clauses more than the intersections.
            shared = [-len(mine & b) for b in bags]
            ranked = heapq.nsmallest(3, range(len(bags)), key=shared.__getitem__)
            ids = [self.doc.sentences[i].id for i in ranked]
            sents = [s for i in dict.fromkeys(ids) if (s := self.doc.sentence(i)) is not None]
            found = self._located[clause] = self._near(ids, sents, " ".join(s.text for s in sents))
        return found

    def check(self, text: str, cited: Cited, threshold: float, **extra: Any) -> Outcome:
        if not self.strict:
            ok = support(text, cited.text, pack(self.doc.language)) >= threshold
            return Outcome(["support"] if ok else [], None if ok else "support: not supported")
        return check_item(
            text, cited, resolve=self.resolve, published=self.published,
            support=partial(support, lang=pack(self.doc.language)),
            threshold=threshold, **extra,
        )  # fmt: skip


Resolve = Callable[[str], str | None]


@lru_cache(maxsize=8)
def _remembering(plain: Resolve, known: frozenset[str], ends: frozenset[str]) -> Resolve:
    """``plain`` remembering its answers, one per article's resolver: the checks cache their
    work per (text, resolver), so every task's context of one article (summary, claims,
    stances, timeline, figures) sharing this one shares that work too.

    The checks resolve every capitalised run of every item.  Most capitalised runs share
    no word with any actor, or end in a word no actor's name ends in: those skip the
    resolver (~0.1 ms a call)."""
    memo: dict[str, str | None] = {}

    def remembered(name: str) -> str | None:
        if name in memo:
            return memo[name]
        hopeless = (  # (``isdisjoint``: the words looked up without a Python loop)
            known
            and known.isdisjoint(map(_key, name.split()))
            and not name.replace(".", "").isupper()
        )
        found = memo[name] = None if hopeless or not _may_end(name, ends) else plain(name)
        return found

    return remembered


def check_fields(
    published: date | None,
    times: Sequence[TimeExpression],
    claims: Sequence[ClaimCandidate],
    actors: Sequence[FoundActor],
    dated: dict[int, int] | None = None,
) -> dict[str, Any]:
    """The ``GroundingContext`` fields the checks need, from what code found.

    ``dated`` (dated candidate id -> its sentence id) for the timeline task, whose
    candidates are dated sentences, not claims.
    """
    said_in: dict[int, set[str]] = {}
    for c in claims:
        for ev in c.evidence if c.speaker else ():
            said_in.setdefault(ev.sentence, set()).add(c.speaker or "")
    cites = {c.id: tuple(range(c.sentence, c.evidence[-1].sentence + 1)) for c in claims}
    return {
        "published": published,
        "times": times,
        "cites": {k: (v,) for k, v in dated.items()} if dated is not None else cites,
        "speakers": {} if dated is not None else {c.id: c.speaker for c in claims},
        "alias_words": alias_keys(actors),
        "name_ends": name_ends(actors),
        "said_in": {k: frozenset(v) for k, v in said_in.items()},
    }


@lru_cache(maxsize=16384)
def _key(word: str) -> str:
    """A word of a name as compared (cached: a word, not an article's text)."""
    return word.casefold().replace(".", "").replace("’", "'").removesuffix("'s")


_surname = lru_cache(maxsize=16384)(surname_key)  # the same, cached per word


def alias_keys(actors: Iterable[FoundActor]) -> frozenset[str]:
    """Folded words of every actor's name and aliases, for ``GroundingContext.alias_words``."""
    return frozenset(_key(w) for a in actors for form in (a.name, *a.aliases) for w in form.split())


def name_ends(actors: Iterable[FoundActor]) -> frozenset[str]:
    """What a name must end in to resolve to one of ``actors`` (``GroundingContext.name_ends``):
    resolve() matches a whole name or alias (so the last words agree, folded) or, for people,
    the surname (its ``_key``)."""
    ends = {_key(form.split()[-1]) for a in actors for form in (a.name, *a.aliases) if form.split()}
    ends |= {surname_key(a.name.split()[-1]) for a in actors
             if a.type in ("person", "other") and a.name.split()}  # fmt: skip
    return frozenset(ends)


# How resolve() (summarizer/_extract/actors.py) reads a name before it compares it.
_AS_READ = re.compile(r"^(?:the|The)\s+|['’]s?$")
_QUOTES = "\"'“”‘’"


def _may_end(name: str, ends: frozenset[str]) -> bool:
    """Whether ``name`` could resolve to an actor whose name or alias ends in one of ``ends``
    (no ``ends``: whether is not known, so it could).  A necessary condition only: the
    resolver itself decides."""
    if not ends:
        return True
    whole = name.strip().strip(_QUOTES)
    read = _AS_READ.sub("", whole).strip().split()
    if not read or not whole.split():
        return True
    last = read[-1]
    return _key(last) in ends or _key(whole.split()[-1]) in ends or _surname(last) in ends


def _context(info: ValidationInfo) -> GroundingContext:
    ctx = (info.context or {}).get("grounding")
    if not isinstance(ctx, GroundingContext):
        raise ValueError("validation needs the article: pass context={'grounding': ...}")
    return ctx


def _bad_ids(ctx: GroundingContext, ids: Sequence[int]) -> list[int]:
    return [i for i in ids if ctx.doc.sentence(i) is None]


T = TypeVar("T")


def _screen(
    items: list[T], check: Callable[[T], str | None], ctx: GroundingContext, what: str
) -> list[T]:
    """Keep grounded items; raise (to re-ask) or, on the final attempt, drop the rest."""
    started = time.perf_counter()
    problems = [(i, p) for i, item in enumerate(items) if (p := check(item)) is not None]
    ctx.validate_s += time.perf_counter() - started
    if not problems:
        return items
    if not ctx.final:
        raise ValueError(
            "; ".join(f"{what}[{i}]: {p}" for i, p in problems)
            + ". Cite sentence ids from the numbered article and copy words exactly."
        )
    ctx.dropped.extend(f"dropped {what}[{i}]: {p}" for i, p in problems)
    bad = {i for i, _ in problems}
    return [item for i, item in enumerate(items) if i not in bad]


class Checked(BaseModel):
    """An item the checks passed; ``checks`` (not part of the model's schema) lists them."""

    _checks: list[str] = PrivateAttr(default_factory=list)

    @property
    def checks(self) -> list[str]:
        return self._checks


def _record(item: Checked, outcome: Outcome, unsupported: str = "") -> str | None:
    """Note the checks ``item`` passed; its failure, worded for the re-ask (``unsupported``
    says what a support failure means for this kind of item)."""
    item._checks = list(outcome.passed)
    if outcome.failure and outcome.failure.startswith("support:") and unsupported:
        said = outcome.failure.removeprefix("support: ")
        return f"support: {unsupported}" + (f": {said}" if said in _SAYS_NOTHING else "")
    return outcome.failure


def validation_context(ctx: GroundingContext) -> dict[str, Any]:
    return {"grounding": ctx}
