"""Tasks: one module per section of the digest, and the registry the pipeline loops over.

A task owns its answer model and validators, the prompt inputs it takes from code's
findings, its code-only fallback, its Digest fields and (through their types) its
evidence.  Per article the pipeline runs every registered task through four steps:

1. ``find``: code's shared facts (``findings.find``: actors, quotes, claims, times),
   then each task's own candidates (dated sentences, figures), kept in ``Findings.found``.
2. ``prompt``: the article is shown in parts; per part a task gives its template
   variables and the grounding context its validators check against, or None when the
   part holds nothing for it.  ``_asking`` runs these jobs (concurrently where the
   backend serves requests in parallel) and validates each answer as it arrives.
3. ``merge``: the parts' validated answers become one answer per task.
4. ``assemble``: code's candidates plus that answer (None: code alone, ``method="code"``)
   become the task's Digest fields.

The template is ``prompts/<name>.j2``, the answer's schema ``schemas/answer-<name>.schema.json``.
``on_embedded=False`` keeps a task off the embedded model (it would only cost time there).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NamedTuple, TypeVar

from pydantic import BaseModel

from summarizer._tasks.context import GroundingContext

if TYPE_CHECKING:
    from summarizer._tasks.findings import Findings
    from summarizer._text.segment import Document

A = TypeVar("A", bound=BaseModel)


class Prompt(NamedTuple):
    """One part's request for one task: what validators check against, and template inputs."""

    ctx: GroundingContext
    variables: dict[str, Any]


class Task(Generic[A]):
    """A section of the digest; subclasses set the class attributes and the methods below."""

    name: ClassVar[str]  # template, schema and (usually) Digest field name
    answer: type[A]  # what the model is asked for, validators included
    order: ClassVar[int] = 100  # request order: summary 10, claims 20, ... new tasks after
    max_tokens: ClassVar[int] = 768
    on_embedded: ClassVar[bool] = True  # asked on the embedded model by default

    def find(self, doc: Document, f: Findings) -> list[Any]:
        """This task's own candidates (stored in ``f.found[name]``); none by default."""
        return []

    def prompt(self, doc: Document, f: Findings, ids: set[int]) -> Prompt | None:
        """What the part with sentence ``ids`` shows the model; None: nothing to ask."""
        raise NotImplementedError

    def merge(self, answers: Sequence[A]) -> A | None:
        """One answer from the answers of several parts: by default the items of its one list
        field, in order."""
        if not answers:
            return None
        (key,) = self.answer.model_fields
        values: dict[str, Any] = {key: [x for a in answers for x in getattr(a, key)]}
        return self.answer.model_construct(None, **values)  # already validated, part by part

    def assemble(self, doc: Document, f: Findings, answer: A | None) -> dict[str, Any]:
        """This task's Digest fields: code's candidates with the model's answer on top."""
        raise NotImplementedError

    def part(self, doc: Document, f: Findings, answer: BaseModel | None) -> dict[str, Any]:
        """``assemble`` for an answer of unknown type (what the pipeline holds)."""
        return self.assemble(doc, f, answer if isinstance(answer, self.answer) else None)

    def merged(self, answers: Sequence[BaseModel | None]) -> A | None:
        """The parts' answers (None where a part was not asked or failed) as one."""
        mine = [a for a in answers if isinstance(a, self.answer)]
        if len(answers) == 1:
            return mine[0] if mine else None
        return self.merge(mine)


Merged = dict[str, BaseModel | None]  # task name -> its one (validated, merged) answer


def registered() -> tuple[Task[Any], ...]:
    """Every task, in the order their requests are sent and their warnings listed."""
    return TASKS


def embedded_skips() -> frozenset[str]:
    """The tasks the embedded model is not asked by default (their ``on_embedded`` trait)."""
    return frozenset(t.name for t in TASKS if not t.on_embedded)


def _discover() -> tuple[Task[Any], ...]:
    """Each module of this package that defines ``TASK`` registers it: adding a task is adding
    a module (``order`` puts it among the others)."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        task = getattr(module, "TASK", None)
        if isinstance(task, Task):
            found.append(task)
    return tuple(sorted(found, key=lambda t: (t.order, t.name)))


TASKS = _discover()
ANSWERS: dict[str, type[BaseModel]] = {t.name: t.answer for t in TASKS}
