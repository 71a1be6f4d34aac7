"""What the model is asked to produce, and the validators that check it.

These schemas are the model's side of the contract: every string and list is
length-capped (small models loop without caps) and every item cites sentence
ids.  Validators receive the article through instructor's validation context
and reject items that are not grounded in it; instructor then re-asks with the
reasons.  On the last attempt ungrounded items are dropped (and reported)
instead of failing the whole answer, so one bad item never costs the rest.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Annotated, Any, Self, TypeVar

from pydantic import (
    BaseModel,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

from summarizer._checks import Cited, Outcome, check_item
from summarizer._digest import ActorType, ClaimKind, StanceLabel
from summarizer._extract.actors import FoundActor
from summarizer._extract.claims import ClaimCandidate
from summarizer._extract.dates import TimeExpression
from summarizer._lang import LanguagePack, pack
from summarizer._lang.en import ENGLISH
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
    # Sentence id -> who code found making a statement there (quotes, reported speech).
    said_in: dict[int, frozenset[str]] = field(default_factory=dict)
    strict: bool = True  # False (--verify off): support() only, as before the checks

    def __post_init__(self) -> None:
        # The checks resolve every capitalised run of every item: remember the answers.
        # Most capitalised runs share no word with any actor: those skip the resolver.
        plain, memo, known = self.resolve, dict[str, str | None](), self.alias_words

        def remembered(name: str) -> str | None:
            if name not in memo:
                keys = {_key(w) for w in name.split()}
                hopeless = known and not keys & known and not name.replace(".", "").isupper()
                memo[name] = None if hopeless else plain(name)
            return memo[name]

        self.resolve = remembered

    def known_actor(self, name: str) -> str | None:
        """The canonical name of an actor code found, or None."""
        return self.resolve(name)

    def cited(self, ids: Sequence[int]) -> Cited:
        """The sentences ``ids`` as checks see them; names may also come from the one before."""
        sents = [s for i in dict.fromkeys(ids) if (s := self.doc.sentence(i)) is not None]
        text = " ".join(s.text for s in sents)
        # Names and speakers may come from the sentence before and the rest of the paragraph
        # (a pronoun's antecedent); the checks of content use ``text`` only.
        paragraphs = {s.paragraph for s in sents}
        near = {i - 1 for i in ids} | {s.id for s in self._paragraph_sentences(paragraphs)}
        near -= set(ids)
        context = " ".join(s.text for i in sorted(near) if (s := self.doc.sentence(i)))
        times = [t for t in self.times if any(s.start <= t.start < s.end for s in sents)]
        speakers = frozenset(n for i in {*ids, *near} for n in self.said_in.get(i, ()))
        return Cited(
            text=text, article=self.doc.text, names=f"{context} {text}", times=times,
            speakers=speakers,
        )  # fmt: skip

    def _paragraph_sentences(self, paragraphs: set[int]) -> list[Sentence]:
        if len(self.doc.sentences) > 400:  # a huge article: the previous sentence suffices
            return []
        return [s for s in self.doc.sentences if s.paragraph in paragraphs]

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
        lang = pack(self.doc.language)
        ranked = sorted(self.doc.sentences, key=lambda s: -support(clause, s.text, lang))[:3]
        cited = self.cited([s.id for s in ranked])
        return cited.names, cited.speakers

    def check(self, text: str, cited: Cited, threshold: float, **extra: Any) -> Outcome:
        if not self.strict:
            ok = support(text, cited.text, pack(self.doc.language)) >= threshold
            return Outcome(["support"] if ok else [], None if ok else "support: not supported")
        return check_item(
            text, cited, resolve=self.resolve, published=self.published,
            support=partial(support, lang=pack(self.doc.language)),
            threshold=threshold, **extra,
        )  # fmt: skip


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
        "said_in": {k: frozenset(v) for k, v in said_in.items()},
    }


def _key(word: str) -> str:
    return word.casefold().replace(".", "").replace("’", "'").removesuffix("'s")


def alias_keys(actors: Iterable[FoundActor]) -> frozenset[str]:
    """Folded words of every actor's name and aliases, for ``GroundingContext.alias_words``."""
    return frozenset(_key(w) for a in actors for form in (a.name, *a.aliases) for w in form.split())


def words(text: str, lang: LanguagePack = ENGLISH) -> set[str]:
    """Content words, lightly stemmed: enough to tell a paraphrase from an invention."""
    stop, suffix, n = lang.content_stopwords, lang.stem_suffix, lang.stem_length
    return {
        w.rstrip(suffix)[:n]
        for w in re.findall(r"[a-z0-9]+", text.lower().replace("'s", ""))
        if w not in stop and len(w) > 2
    }


def support(text: str, reference: str, lang: LanguagePack = ENGLISH) -> float:
    """Share of ``text``'s content words that occur in ``reference`` (1.0 if none)."""
    mine = words(text, lang)
    return len(mine & words(reference, lang)) / len(mine) if mine else 1.0


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
        return f"support: {unsupported}"
    return outcome.failure


class KeyPoint(Checked):
    point: Line
    sentences: SentenceIds


class SummaryAnswer(Checked):
    headline: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    abstract: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)]
    key_points: list[KeyPoint] = Field(max_length=5)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(kp: KeyPoint) -> str | None:
            if bad := _bad_ids(ctx, kp.sentences):
                return f"sentence ids {bad} do not exist"
            outcome = ctx.check(kp.point, ctx.cited(kp.sentences), 0.5)
            return _record(
                kp, outcome, f"{kp.point!r} is not supported by sentences {kp.sentences}"
            )

        self.key_points = _screen(self.key_points, check, ctx, "key_points")
        started = time.perf_counter()
        whole = ctx.whole()
        outcomes = {
            name: ctx.check(text, whole, 0.6)
            for name, text in (("headline", self.headline), ("abstract", self.abstract))
        }
        ctx.validate_s += time.perf_counter() - started
        failed = {name: o.failure for name, o in outcomes.items() if o.failure}
        if failed and not ctx.final:
            raise ValueError(
                "; ".join(f"{name}: {why}" for name, why in failed.items())
                + ". Summarise only what the article says, in its words."
            )
        # The caller puts code's extractive headline and abstract in place of the model's
        # (one failing makes the other suspect: an injected story passes a word count);
        # the key points stand or fall on their own checks.
        if failed:
            ctx.dropped.extend(f"dropped the model's {n}: {why}" for n, why in failed.items())
            self.headline = self.abstract = ""
        self._checks = sorted({c for o in outcomes.values() for c in o.passed})
        return self


class ClaimLabel(Checked):
    candidate: int = Field(description="the number of the statement")
    kind: ClaimKind
    claim: Line = Field(description="what is asserted, in one line")


class ClaimsAnswer(BaseModel):
    labels: list[ClaimLabel] = Field(max_length=12)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(c: ClaimLabel) -> str | None:
            source = ctx.candidates.get(c.candidate)
            if source is None:
                return f"statement {c.candidate} does not exist"
            speaker = ctx.speakers.get(c.candidate)
            outcome = ctx.check(c.claim, ctx.cited_candidate(c.candidate), 0.5, speaker=speaker)
            return _record(
                c, outcome, f"claim {c.claim!r} is not what statement {c.candidate} says"
            )

        self.labels = _screen(self.labels, check, ctx, "claims")
        return self


class StanceAnswer(Checked):
    actor: Short
    actor_type: ActorType
    topic: Short
    stance: StanceLabel
    summary: Line
    sentences: SentenceIds


class StancesAnswer(BaseModel):
    stances: list[StanceAnswer] = Field(max_length=6)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(s: StanceAnswer) -> str | None:
            if bad := _bad_ids(ctx, s.sentences):
                return f"sentence ids {bad} do not exist"
            name = ctx.known_actor(s.actor)
            if name is None:
                return f"actor {s.actor!r} is not one of the listed actors"
            if not set(s.sentences) & ctx.actors.get(name, frozenset()):
                return f"sentences {s.sentences} neither mention nor quote {name}"
            cited = ctx.cited(s.sentences)
            topic = ctx.check(s.topic, cited, 0.5, phrase=True)
            if topic.failure:
                return f"topic {s.topic!r}: {topic.failure}"
            outcome = ctx.check(s.summary, cited, 0.4, actor=name, stance=(s.stance, s.topic))
            outcome.passed = sorted(set(outcome.passed) | set(topic.passed))
            return _record(
                s, outcome, f"summary of {name} not supported by sentences {s.sentences}"
            )

        self.stances = _screen(self.stances, check, ctx, "stances")
        return self


class EventAnswer(Checked):
    candidate: int = Field(description="the number of the dated sentence")
    event: Line
    actors: list[Short] = Field(default_factory=list, max_length=4)


class TimelineAnswer(BaseModel):
    events: list[EventAnswer] = Field(max_length=12)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(e: EventAnswer) -> str | None:
            source = ctx.candidates.get(e.candidate)
            if source is None:
                return f"dated sentence {e.candidate} does not exist"
            if unknown := [a for a in e.actors if ctx.known_actor(a) is None]:
                return f"actors {unknown} are not among the listed actors"
            cited = ctx.cited_candidate(e.candidate)
            outcome = ctx.check(e.event, cited, 0.5)
            ids = ctx.cites.get(e.candidate, ())
            absent = [a for a in e.actors if ids and not ctx.mentioned(a, ids)]
            if outcome.ok() and absent:
                outcome.failure = f"names: actors {absent} are not in the dated sentence"
            return _record(
                e, outcome, f"event {e.event!r} is not what dated sentence {e.candidate} says"
            )

        self.events = _screen(self.events, check, ctx, "events")
        return self


ANSWERS: dict[str, type[BaseModel]] = {
    "summary": SummaryAnswer,
    "claims": ClaimsAnswer,
    "stances": StancesAnswer,
    "timeline": TimelineAnswer,
}


def validation_context(ctx: GroundingContext) -> dict[str, Any]:
    return {"grounding": ctx}
