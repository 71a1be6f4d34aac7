"""The optional second pass: the model judges whether each accepted item is entailed.

Code's checks catch the distortions code can see (a number, a name, a negation, a
date); what needs reading (a stance label, a paraphrase that shifts meaning) is left
to this pass.  One request per article lists every model item with the ids of the
sentences it cites; the system message holds only those sentences (and, for the
headline and abstract, the few that state most of them), so the pass costs a fraction
of a task.  Items judged
"not entailed" are re-asked once (the model rewrites them against their sentences),
the rewrites go through the code checks and one more judgement, and what still fails
is dropped and reported.  Where a model item is dropped, code's item stands.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal, Self, cast

from pydantic import BaseModel, Field, StringConstraints, ValidationInfo, model_validator

from summarizer._backends.client import ModelClient
from summarizer._checks import Cited
from summarizer._config import Backend
from summarizer._exceptions import OutputError
from summarizer._lang.words import support
from summarizer._prompts import fenced, render
from summarizer._tasks.claims import ClaimsAnswer
from summarizer._tasks.context import Checked, GroundingContext, _context
from summarizer._tasks.stances import StancesAnswer
from summarizer._tasks.summary import SummaryAnswer
from summarizer._tasks.timeline import TimelineAnswer
from summarizer._text.segment import Document

Verify = Literal["code", "model", "off"]
Verdict = Literal["entailed", "not entailed", "partly"]
BEST = 3  # sentences shown for the headline and for the abstract, which cite the whole article
Ask = Callable[[list[dict[str, str]], type[BaseModel], GroundingContext], Awaitable[Any]]


_VERDICTS: dict[str, Verdict] = {"yes": "entailed", "partly": "partly", "no": "not entailed"}


class VerifyAnswer(BaseModel):
    """One verdict per listed statement, in their order: no numbers to repeat, so the
    answer costs a few tokens a statement.  A list of the wrong length cannot be matched
    to the statements and counts as no verdict."""

    verdicts: list[Literal["yes", "partly", "no"]] = Field(
        max_length=60, description="one per statement, in order: do its sentences state it?"
    )

    @model_validator(mode="after")
    def _listed(self, info: ValidationInfo) -> Self:
        ctx = _context(info)  # ``candidates`` holds the numbers of the listed items
        if len(self.verdicts) != len(ctx.candidates):
            self.verdicts = []
        return self


class Rewrite(BaseModel):
    item: int = Field(description="the number of the statement")
    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=400)] = Field(
        description="the statement rewritten so its sentences state it; empty to withdraw it"
    )


class VerifyRewrite(BaseModel):
    rewrites: list[Rewrite] = Field(max_length=60)

    @model_validator(mode="after")
    def _listed(self, info: ValidationInfo) -> Self:
        ctx = _context(info)
        self.rewrites = [r for r in self.rewrites if r.item in ctx.candidates]
        return self


@dataclass
class Entry:
    """One model item under verification, and how to put a new text in or drop it."""

    kind: str
    text: str
    sentences: tuple[int, ...]  # () for headline and abstract: the whole article
    holder: Checked
    field: str
    drop: Callable[[], None]
    extra: dict[str, Any]
    threshold: float

    def shown(self) -> str:
        """The statement as the model judges it: a claim with its speaker, a stance with its
        actor, label and topic (the kind itself changes no verdict)."""
        prefix = self.extra.get("shown", "")
        return f"{prefix}{self.text}"


def entries(
    summary: SummaryAnswer | None,
    claims: ClaimsAnswer | None,
    stances: StancesAnswer | None,
    timeline: TimelineAnswer | None,
    cites: dict[str, dict[int, tuple[int, ...]]],
    speakers: dict[int, str | None],
) -> list[Entry]:
    """Every accepted model item, in the order of the digest."""
    out: list[Entry] = []
    if summary is not None and summary.headline and summary.abstract:
        s = summary

        def drop_summary() -> None:
            s.headline = s.abstract = ""

        out += [
            Entry("headline", s.headline, (), s, "headline", drop_summary, {}, 0.6),
            Entry("abstract", s.abstract, (), s, "abstract", drop_summary, {}, 0.6),
        ]
    for kp in summary.key_points if summary else []:
        out.append(Entry("key point", kp.point, tuple(kp.sentences), kp, "point",
                         _remover(summary, "key_points", kp), {}, 0.5))  # fmt: skip
    for c in claims.labels if claims else []:
        who = speakers.get(c.candidate)
        shown = "" if not who or _names_speaker(c.claim, who) else f"{who}: "
        out.append(Entry("claim", c.claim, cites["claims"].get(c.candidate, ()), c, "claim",
                         _remover(claims, "labels", c), {"speaker": who, "shown": shown},
                         0.5))  # fmt: skip
    for st in stances.stances if stances else []:
        shown = f"{st.actor}, {st.stance} on {st.topic}: "
        out.append(Entry("stance", st.summary, tuple(st.sentences), st, "summary",
                         _remover(stances, "stances", st),
                         {"shown": shown, "stance": (st.stance, st.topic)}, 0.4))  # fmt: skip
    for e in timeline.events if timeline else []:
        out.append(Entry("event", e.event, cites["timeline"].get(e.candidate, ()), e, "event",
                         _remover(timeline, "events", e), {}, 0.5))  # fmt: skip
    return out


def _names_speaker(claim: str, speaker: str) -> bool:
    """Whether the claim line names its speaker already ("Mutko says ..."): then the
    speaker need not be listed again."""
    return speaker.split()[-1].casefold() in claim.casefold()


def _remover(owner: BaseModel | None, name: str, item: object) -> Callable[[], None]:
    def drop() -> None:
        if owner is not None:
            setattr(owner, name, [x for x in getattr(owner, name) if x is not item])

    return drop


def shown_ids(doc: Document, e: Entry) -> tuple[int, ...]:
    """The sentences an item is judged against: those it cites, or for the headline and
    abstract (which cite the whole article) the ``BEST`` sentences that state most of it,
    as the code checks locate them."""
    if e.sentences:
        return e.sentences
    ranked = sorted(doc.sentences, key=lambda s: (-support(e.text, s.text), s.id))[:BEST]
    return tuple(sorted(s.id for s in ranked))


def evidence_view(doc: Document, items: Sequence[Entry]) -> list[dict[str, Any]]:
    """The sentences the items are judged against, each once, in order."""
    ids = {i for e in items for i in shown_ids(doc, e)}
    return [{"id": s.id, "text": fenced(s.text)} for s in doc.sentences if s.id in ids]


def prompt(
    doc: Document, published: str | None, items: Sequence[Entry], rewrite: bool
) -> list[dict[str, str]]:
    listed = [
        {"id": n, "text": e.shown(), "sentences": ",".join(map(str, shown_ids(doc, e)))}
        for n, e in enumerate(items, start=1)
    ]
    sentences = evidence_view(doc, items)
    system = render("verify", system=True, sentences=sentences, published=published)
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": render("verify", system=False, items=listed, rewrite=rewrite)},
    ]


async def verify(
    ask: Ask,
    ctx: GroundingContext,
    published: str | None,
    items: list[Entry],
    warnings: list[str],
) -> None:
    """Judge ``items`` in one request; re-ask those not entailed once; drop what still fails.

    Mutates the answers the entries hold: entailed items gain the check "entailment".
    """
    if not items:
        return
    verdicts = await _judge(ask, ctx, published, items)
    failed = [e for e, v in zip(items, verdicts, strict=True) if v == "not entailed"]
    for e, v in zip(items, verdicts, strict=True):
        if v == "entailed":
            e.holder._checks = [*e.holder.checks, "entailment"]
        elif v == "partly":
            warnings.append(f"verify: {e.kind} only partly entailed: {e.text[:80]!r}")
    if not failed:
        return
    rewritten = await _rewrite(ask, ctx, published, failed)
    kept = [e for e in failed if rewritten.get(id(e))]
    again = await _judge(ask, ctx, published, [_with(e, rewritten[id(e)]) for e in kept])
    survivors = {id(e) for e, v in zip(kept, again, strict=True) if v == "entailed"}
    for e in failed:
        if id(e) in survivors:
            setattr(e.holder, e.field, rewritten[id(e)])
            e.holder._checks = [*e.holder.checks, "entailment"]
        else:
            e.drop()
            warnings.append(f"verify: dropped {e.kind}: not entailed by its sentences: "
                            f"{e.text[:80]!r}")  # fmt: skip


def _with(e: Entry, text: str) -> Entry:
    return Entry(e.kind, text, e.sentences, e.holder, e.field, e.drop, e.extra, e.threshold)


async def _judge(
    ask: Ask, ctx: GroundingContext, published: str | None, items: Sequence[Entry]
) -> list[Verdict | None]:
    """One verdict per item (None where the model gave none: left as the checks left it)."""
    if not items:
        return []
    listed = replace(ctx, candidates={n: e.text for n, e in enumerate(items, start=1)})
    got = await ask(prompt(ctx.doc, published, items, rewrite=False), VerifyAnswer, listed)
    if not got or not got.verdicts:
        return [None] * len(items)
    return [_VERDICTS[v] for v in got.verdicts]


async def _rewrite(
    ask: Ask, ctx: GroundingContext, published: str | None, items: Sequence[Entry]
) -> dict[int, str]:
    """The rewrites that pass the code checks, by ``id`` of their entry."""
    listed = replace(ctx, candidates={n: e.text for n, e in enumerate(items, start=1)})
    got = await ask(prompt(ctx.doc, published, items, rewrite=True), VerifyRewrite, listed)
    out: dict[int, str] = {}
    for r in got.rewrites if got else []:
        e = items[r.item - 1]
        if not r.text:
            continue
        cited = ctx.whole() if not e.sentences else ctx.cited(e.sentences)
        extra = {k: v for k, v in e.extra.items() if k in ("speaker", "stance")}
        if ctx.check(r.text, cited, e.threshold, **extra).ok():
            out[id(e)] = r.text
    return out


# Tokens (prompt and completion) the pass adds per article to a --verify code run
# (bench/bench_checks.py measures it on the scripted capable answers; the README gives the
# figure).  "model" is the default on non-embedded backends only while this stays at or
# under MAX_OVERHEAD.
MEASURED_OVERHEAD = 0.206  # mean over the 10 scripted articles, bench/bench_checks.py
MAX_OVERHEAD = 0.25


def default_verify(backend: Backend) -> Verify:
    if backend.kind != "embedded" and MEASURED_OVERHEAD <= MAX_OVERHEAD:
        return "model"
    return "code"


def check_verify(value: str) -> Verify:
    if value not in ("code", "model", "off"):
        raise ValueError(f"verify must be 'code', 'model' or 'off', not {value!r}")
    return cast(Verify, value)


Answers = tuple[
    SummaryAnswer | None, ClaimsAnswer | None, StancesAnswer | None, TimelineAnswer | None
]


async def second_pass(
    client: ModelClient,
    claims_ctx: GroundingContext,
    dates_ctx: GroundingContext,
    published: str | None,
    answers: Answers,
    warnings: list[str],
) -> None:
    """The pass as the pipeline runs it; a malformed verdict costs only the pass."""
    summary, claims, stances, timeline = answers
    cites = {"claims": claims_ctx.cites, "timeline": dates_ctx.cites}
    items = entries(summary, claims, stances, timeline, cites, claims_ctx.speakers)

    async def ask(
        messages: list[dict[str, str]], answer: type[BaseModel], ctx: GroundingContext
    ) -> Any:
        try:
            return await client.ask(messages, answer, ctx, max_tokens=1024)
        except OutputError as exc:
            warnings.append(f"verify: {exc}")
            return None

    await verify(ask, claims_ctx, published, items, warnings)


__all__ = ["Cited", "Verify", "VerifyAnswer", "VerifyRewrite", "entries", "verify"]
