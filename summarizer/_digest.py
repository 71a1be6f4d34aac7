"""The output contract: plain Pydantic data types, no behaviour.

A digest is self-contained: ``source.text`` is the cleaned article, and every
``Evidence`` span satisfies ``source.text[start:end] == quote``, so a consumer
can verify a digest without summarizer.  ``method`` fields say who produced an
item (the model, or code alone), ``alignment`` how its span was placed.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field

ClaimKind = Literal["fact", "opinion", "prediction", "denial", "accusation", "other"]
ActorType = Literal["person", "organization", "country", "group", "other"]
StanceLabel = Literal["support", "oppose", "neutral", "mixed"]
# exact: the cited quote occurs verbatim in the sentence.
# normalized: it occurs after folding case, whitespace, quote marks and dashes;
#   ``quote`` is then replaced by the source's own characters.
# sentence: no usable quote; the whole cited sentence is the evidence.
Alignment = Literal["exact", "normalized", "sentence"]
# mixed: a summary whose headline and abstract are the model's, key points extractive.
Method = Literal["model", "code", "mixed"]
CHECKS_HELP = (
    "the checks in code (summarizer/_checks) a model-written item passed with something to "
    "check: support, numbers, names, polarity, roles, dates, quotes, stance, speaker; "
    "'entailment' when the model's second pass judged it entailed; empty for code's items"
)


# Each distinct set of field names given at construction, kept once (see _Frozen).
_FIELDS_SET: dict[frozenset[str], set[str]] = {}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        """Share the names of the fields given with every item given the same ones.

        Pydantic keeps a set of them per instance: 728 bytes once it has five names, more
        than the rest of an ``Evidence``, and a long article's digest holds tens of thousands
        of items.  The items are frozen, so the set is never added to in place (a copy made
        by ``model_copy`` gets a set of its own first).
        """
        given = self.__pydantic_fields_set__
        object.__setattr__(
            self, "__pydantic_fields_set__", _FIELDS_SET.setdefault(frozenset(given), given)
        )


class Evidence(_Frozen):
    """A span of the cleaned text; offsets are Python string indices, end exclusive.

    ``start``/``end`` index ``source.text`` (the cleaned article); ``input_start``/
    ``input_end`` index the input as given (the decoded text, or the text extracted from
    an HTML page), null where cleaning changed characters of the span.
    """

    sentence: int = Field(description="id of the sentence the span lies in")
    quote: str = Field(description="exactly source.text[start:end]")
    start: int = Field(description="offset in source.text (the cleaned article)")
    end: int = Field(description="end offset in source.text, exclusive")
    alignment: Alignment = "exact"
    input_start: int | None = Field(
        default=None,
        description="offset in the input as given (decoded text, or the text extracted from "
        "HTML) where input[input_start:input_end] == quote; null where cleaning changed the "
        "span's characters",
    )
    input_end: int | None = Field(
        default=None, description="end offset in the input as given, exclusive; null as above"
    )


class Source(_Frozen):
    title: str | None
    published: str | None = Field(description="YYYY-MM-DD")
    chars: int
    sha256: str = Field(description="sha256 of the cleaned text")
    text: str = Field(description="the cleaned article text all offsets refer to")
    language: str = Field(default="en", description="the language pack code's rules read")


class Summary(_Frozen):
    headline: str
    abstract: str
    key_points: list[str]
    evidence: list[Evidence] = Field(default_factory=list)
    method: Method = "model"
    checks: list[str] = Field(default_factory=list, description=CHECKS_HELP)


class Actor(_Frozen):
    """A person, organisation or country found by code, aliases merged."""

    name: str
    type: ActorType
    aliases: list[str]
    mentions: int
    evidence: list[Evidence] = Field(description="the first mention")


class Claim(_Frozen):
    text: str
    speaker: str | None
    kind: ClaimKind
    evidence: list[Evidence]
    method: Method = "model"
    checks: list[str] = Field(default_factory=list, description=CHECKS_HELP)


class Stance(_Frozen):
    actor: str
    actor_type: ActorType
    topic: str
    stance: StanceLabel
    summary: str
    evidence: list[Evidence]
    method: Method = "model"
    checks: list[str] = Field(default_factory=list, description=CHECKS_HELP)


class TimelineEvent(_Frozen):
    date: str | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY; null if unresolved")
    date_text: str = Field(description="the time expression as written in the article")
    event: str
    actors: list[str]
    evidence: list[Evidence]
    anchor: Literal["absolute", "published", "explicit"] | None = Field(
        default=None, description="what the date was resolved against"
    )
    method: Method = "model"
    checks: list[str] = Field(default_factory=list, description=CHECKS_HELP)


class Figure(_Frozen):
    """A number or quantity the article states: found by code, labelled by the model."""

    text: str = Field(description="the figure as written, e.g. '3.5 million barrels'")
    value: float = Field(description="its value ('$1.2bn' -> 1200000000); a range's low end")
    high: float | None = Field(default=None, description="a range's high end; null otherwise")
    unit: str | None = Field(
        description="normalised unit (percent, USD, barrel, month, ...); null for a count"
    )
    measure: str = Field(description="what is measured, in a few words")
    speaker: str | None = Field(description="who states it; null: the article itself")
    evidence: list[Evidence] = Field(description="the figure's exact span")
    method: Method = "model"
    checks: list[str] = Field(default_factory=list, description=CHECKS_HELP)


class Usage(_Frozen):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    cached_prompt_tokens: int = Field(default=0, description="prompt tokens served from cache")


class Meta(_Frozen):
    model: str
    backend: str
    prompt_version: str
    usage: Usage
    retries: int = Field(description="re-asks and transport retries beyond the first request")
    latency_s: float
    warnings: list[str]
    timings_s: dict[str, float] = Field(
        default_factory=dict, description="wall time per stage: load, clean, segment, ..."
    )
    server_model_s: float | None = Field(
        default=None, description="model time the server reports (llama.cpp timings), if any"
    )


class Digest(_Frozen):
    source: Source
    summary: Summary
    actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim]
    stances: list[Stance]
    timeline: list[TimelineEvent] = Field(description="sorted by date, undated last")
    figures: list[Figure] = Field(default_factory=list, description="in article order")
    meta: Meta


def walk(node: object) -> Iterator[object]:
    """``node`` and every model, list item, dict value and leaf below it, in order.

    ``source.text`` (the input itself) is not entered: what the digest *says* is
    everything else.  The span check and the evaluation both read the digest this way.
    """
    stack = [node]  # what is left to visit, the next on top (nested generators cost a
    while stack:  # frame per level for every node: a third of assembling a long article)
        node = stack.pop()
        yield node
        if isinstance(node, BaseModel):
            stack += [getattr(node, n) for n in _fields(type(node))]
        elif isinstance(node, list | tuple):
            stack += reversed(node)
        elif isinstance(node, dict):
            stack += reversed(node.values())


def models_in(node: object, kind: type[_M]) -> Iterator[_M]:
    """The ``kind`` items of ``walk(node)``, in its order, without visiting the leaves (a
    string, a number: most of a digest's nodes, none of them a model) nor the fields whose
    type holds no model (an ``Evidence``'s, a list of strings): the span check's walk, done
    for every digest."""
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, BaseModel):
            if isinstance(node, kind):
                yield node
            stack += [
                v for n in _branches(type(node)) if isinstance(v := getattr(node, n), _BRANCHES)
            ]
        elif isinstance(node, dict):
            stack += [v for v in reversed(node.values()) if isinstance(v, _BRANCHES)]
        elif isinstance(node, list | tuple):
            stack += [v for v in reversed(node) if isinstance(v, _BRANCHES)]


_M = TypeVar("_M", bound=BaseModel)
_BRANCHES = (BaseModel, list, tuple, dict)  # what ``walk`` enters
_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {}
_HOLDERS: dict[type[BaseModel], tuple[str, ...]] = {}


def _fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """``cls``'s field names as ``walk`` pushes them (last first; a ``Source`` without its
    text), read once per class: pydantic's ``model_fields`` is a property call."""
    names = _FIELDS.get(cls)
    if names is None:
        skip = "text" if issubclass(cls, Source) else None
        names = _FIELDS[cls] = tuple(n for n in reversed(cls.model_fields) if n != skip)
    return names


def _branches(cls: type[BaseModel]) -> tuple[str, ...]:
    """``_fields(cls)`` but those whose type can hold no model (validated: a field holds
    its type)."""
    names = _HOLDERS.get(cls)
    if names is None:
        fields = cls.model_fields
        names = _HOLDERS[cls] = tuple(
            n for n in _fields(cls) if _may_hold_model(fields[n].annotation)
        )
    return names


_SCALARS = (str, int, float, bool, type(None))


def _may_hold_model(annotation: Any) -> bool:
    """Whether a value of this type may be or hold a model: anything but scalars, literals,
    and unions and containers of them only."""
    if annotation in _SCALARS:
        return False
    origin = get_origin(annotation)
    if origin is Literal:
        return False
    if origin in (Union, UnionType, list, tuple, dict, set, frozenset):
        return any(_may_hold_model(a) for a in get_args(annotation) if a is not Ellipsis)
    return True
