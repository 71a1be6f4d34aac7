"""What a digest shows, found through its types: every field whose items can carry Evidence.

Renderers and the span check read sections from here instead of keeping their own list
of fields, so a section added to ``Digest`` is painted, listed and span-checked at once
(a renderer without a hook for its type shows it in a generic form).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from pydantic import BaseModel

from summarizer._digest import Digest, Evidence, Summary, TimelineEvent
from summarizer._grounding import evidence_in

__all__ = [
    "Section",
    "abstract_shown",
    "carries_evidence",
    "event_shown",
    "evidence_in",
    "plain",
    "sections",
]


class Section(NamedTuple):
    field: str  # the Digest field ("claims")
    kind: str  # its items' kind in ids and CSS ("claim": the field name, singular)
    type: type[BaseModel]  # its items' model
    items: list[Any]


def _models(annotation: Any) -> Iterator[type[BaseModel]]:
    """The pydantic models an annotation holds (``list[Claim] | None`` -> Claim)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    elif isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            yield from _models(arg)


@cache
def carries_evidence(model: type[BaseModel]) -> bool:
    """Whether instances of ``model`` can hold an ``Evidence`` anywhere below them."""
    if issubclass(model, Evidence):
        return True
    return any(
        carries_evidence(m)
        for info in model.model_fields.values()
        for m in _models(info.annotation)
        if m is not model
    )


def sections(digest: Digest) -> list[Section]:
    """The digest's fields of items that carry evidence, in field order (empty ones too)."""
    out = []
    for name, info in type(digest).model_fields.items():
        models = [m for m in _models(info.annotation) if carries_evidence(m)]
        if not models:
            continue
        value = getattr(digest, name)
        items = list(value) if isinstance(value, list | tuple) else [value]
        out.append(Section(name, name.removesuffix("s"), models[0], items))
    return out


def plain(item: BaseModel) -> str:
    """An item of a type a renderer has no hook for: its text fields, in order."""
    skip = {"method", "checks"}
    words = [
        str(v) for k, v in item if k not in skip and isinstance(v, str | int | float) and v != ""
    ]
    return " · ".join(words)


def abstract_shown(summary: Summary) -> str:
    """The abstract a report prints under the headline: none when it repeats the headline
    word for word (an article without a title has its lead as both), so a reader is not
    shown the same sentence twice.  The digest itself keeps both fields."""
    abstract = summary.abstract
    return "" if abstract.strip() == (summary.headline or "").strip() else abstract


DATE_ALONE = "(a date the page states, no event: its date line, a caption or a heading)"


def event_shown(event: TimelineEvent) -> str:
    """The event a report prints: code's event from a page's date line, a caption or a
    heading is the date as written (the line itself is no event of the story), and a table
    row reading "on Thursday | on Thursday" says nothing, so the report says what it is.
    The digest itself keeps the date and its span."""
    bare = event.method == "code" and event.event.strip() == event.date_text.strip()
    return DATE_ALONE if bare else event.event
