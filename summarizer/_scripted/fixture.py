"""Scripted answers: hand-written items anchored in the article, resolved per request.

A fixture never stores sentence ids or candidate numbers: those shift whenever
cleaning, segmentation or candidate finding changes.  It stores *anchors*,
short verbatim snippets of the source sentence(s) or of the candidate's text,
and ``answer`` resolves them against the numbered article and candidate list
of the very request being answered.  An item whose anchor is not in the
request (another part of a long article, or a candidate code no longer finds)
is left out and counted as unresolved, never guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

ItemKind = Literal["headline", "abstract", "key_point", "claim", "stance", "event"]
TASK_OF: dict[str, str] = {
    "headline": "summary",
    "abstract": "summary",
    "key_point": "summary",
    "claim": "claims",
    "stance": "stances",
    "event": "timeline",
}
CAPABLE = "capable"


@dataclass(frozen=True)
class Item:
    """One answer item as a capable model would write it (or a distortion of one)."""

    kind: ItemKind
    text: str  # headline, abstract, key point, claim line, stance summary or event line
    anchors: tuple[str, ...] = ()  # verbatim snippets of the sentence(s) or candidate
    tag: str = CAPABLE  # "capable" or the distortion type
    claim_kind: str = ""
    speaker: str = ""  # who makes a claim, as the article names them (for the liar)
    actor: str = ""
    actor_type: str = ""
    topic: str = ""
    stance: str = ""
    date_text: str = ""  # disambiguates two dated expressions in one sentence
    actors: tuple[str, ...] = ()
    no_distort: frozenset[str] = frozenset()  # distortions that would not be wrong here
    index: int = 0  # position in the fixture, stable across distortions

    @property
    def task(self) -> str:
        return TASK_OF[self.kind]


@dataclass(frozen=True)
class ActorNames:
    names: tuple[str, ...]  # every way the article writes the actor, the usual name first
    type: str


@dataclass(frozen=True)
class Fixture:
    slug: str
    source: Path
    published: str | None
    actors: tuple[ActorNames, ...]
    items: tuple[Item, ...]
    article: str = field(repr=False, default="")  # the raw source text, for the liar

    def with_items(self, items: Iterable[Item]) -> Fixture:
        return replace(self, items=tuple(items))

    def names_of(self, actor: str) -> tuple[str, ...]:
        """Every name the article gives ``actor`` (just ``actor`` if the fixture lists none)."""
        folded = actor.casefold()
        group = next((a for a in self.actors if folded in (n.casefold() for n in a.names)), None)
        return group.names if group else (actor,)


def load_fixture(path: Path, root: Path) -> Fixture:
    """One ``<slug>.json``; ``source`` is relative to ``root`` (the repository)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    items: list[Item] = []

    def add(kind: ItemKind, **values: Any) -> None:
        values["no_distort"] = frozenset(values.pop("no_distort", ()))
        for key in ("anchors", "actors"):
            if key in values:
                values[key] = tuple(values[key])
        items.append(Item(kind=kind, index=len(items), **values))

    summary = raw["summary"]
    add("headline", text=summary["headline"], **summary.get("headline_opts", {}))
    add("abstract", text=summary["abstract"], **summary.get("abstract_opts", {}))
    for kp in summary["key_points"]:
        add("key_point", text=kp.pop("point"), **kp)
    for c in raw.get("claims", []):
        add("claim", text=c.pop("claim"), claim_kind=c.pop("kind"), anchors=[c.pop("anchor")], **c)
    for s in raw.get("stances", []):
        add("stance", text=s.pop("summary"), **s)
    for e in raw.get("events", []):
        add("event", text=e.pop("event"), anchors=[e.pop("anchor")], **e)
    source = root / raw["source"]
    actors = tuple(ActorNames(tuple(a["names"]), a["type"]) for a in raw.get("actors", []))
    return Fixture(
        slug=raw["slug"],
        source=source,
        published=raw.get("published"),
        actors=actors,
        items=tuple(items),
        article=source.read_text(encoding="utf-8"),
    )


def load_fixtures(folder: Path, root: Path) -> list[Fixture]:
    return [load_fixture(p, root) for p in sorted(folder.glob("*.json"))]


# --- the request ------------------------------------------------------------------------

_ID_LINE = re.compile(r"^\[(\d+)\] ?", re.MULTILINE)


@dataclass(frozen=True)
class Candidate:
    id: int
    text: str  # the statement or dated sentence as the task message lists it
    note: str = ""  # the speaker (claims) or the date text (timeline)


@dataclass(frozen=True)
class Request:
    """What the pipeline showed the model: numbered sentences, candidates, actors."""

    sentences: dict[int, str]
    candidates: tuple[Candidate, ...] = ()
    actors: tuple[str, ...] = ()

    def sentence_ids(self, anchor: str) -> list[int]:
        """Ids of the sentences the anchor lies in (several if it spans a boundary)."""
        joined, starts = "", []
        for sid, text in self.sentences.items():
            starts.append((len(joined), sid))
            joined += _norm(text) + " "
        at = joined.find(_norm(anchor))
        if at < 0:
            return []
        end = at + len(_norm(anchor))
        ids = [
            sid
            for n, (start, sid) in enumerate(starts)
            if start < end and _end(starts, n, joined) > at
        ]
        return ids

    def candidate(self, anchor: str, note: str = "") -> int | None:
        """The candidate holding the anchor; the shortest if several do (a fragment quoted
        alone and again inside a longer statement)."""
        want = _norm(anchor)
        fits = [
            c for c in self.candidates
            if want in _norm(c.text) and (not note or _norm(note) == _norm(c.note))
        ]  # fmt: skip
        return min(fits, key=lambda c: len(c.text)).id if fits else None


def _end(starts: list[tuple[int, int]], n: int, joined: str) -> int:
    return starts[n + 1][0] if n + 1 < len(starts) else len(joined)


_FOLD = str.maketrans("“”‘’–—", "\"\"''--")


def _norm(text: str) -> str:
    """Fold what cleaning may change: whitespace, curly quotes, dashes."""
    text = text.translate(_FOLD)
    return " ".join(text.split())


def _numbered(block: str) -> dict[int, str]:
    out: dict[int, str] = {}
    marks = list(_ID_LINE.finditer(block))
    ends = [m.start() for m in marks[1:]] + [len(block)] if marks else []
    for m, end in zip(marks, ends, strict=True):
        out[int(m.group(1))] = block[m.end() : end].strip()
    return out


def parse_request(system: str, task: str) -> Request:
    """Read the numbered article from the system message and the lists from the task."""
    # The rules mention the tags too: the article is the last block they fence.
    body = system[system.rfind("<article>") + len("<article>") : system.rfind("</article>")]
    sentences = _numbered(body)
    listed = task.split("\n\n", 1)[0]  # the list ends at the blank line before the instruction
    candidates: list[Candidate] = []
    actors: list[str] = []
    # Timeline lines read "(date text) sentence"; claim lines 'speaker: "statement"'.
    shapes = (re.compile(r"\((.*?)\) (.*)", re.DOTALL), re.compile(r'(.*?): "(.*)"$', re.DOTALL))
    for cid, text in _numbered(listed).items():
        if m := next((m for shape in shapes if (m := shape.match(text))), None):
            candidates.append(Candidate(cid, m.group(2), m.group(1)))
    for line in listed.splitlines():
        if m := re.match(r"- (.+) \((\w+)\): sentences ", line):
            actors.append(m.group(1))
    return Request(sentences, tuple(candidates), tuple(actors))


# --- the answer ---------------------------------------------------------------------------


@dataclass
class Answer:
    content: dict[str, Any]
    served: list[Item] = field(default_factory=list)
    unresolved: list[Item] = field(default_factory=list)


def answer(
    task: str,
    items: Iterable[Item],
    request: Request,
    names_of: Callable[[str], tuple[str, ...]] = lambda actor: (actor,),
) -> Answer:
    """The JSON the answer model of ``task`` expects, from the items that resolve here.

    A stance names its actor as the request's list does (as a capable model copies
    it), whichever of the actor's names code made canonical."""
    out = Answer(content={})
    mine = [i for i in items if i.task == task]

    def resolved(item: Item, value: Any) -> bool:
        (out.served if value else out.unresolved).append(item)
        return bool(value)

    if task == "summary":
        head = next((i for i in mine if i.kind == "headline"), None)
        abstract = next((i for i in mine if i.kind == "abstract"), None)
        points = []
        for i in (x for x in mine if x.kind == "key_point"):
            ids = _ids(request, i.anchors)
            if resolved(i, ids):
                points.append({"point": i.text, "sentences": ids})
        out.served.extend(x for x in (head, abstract) if x is not None)
        out.content = {
            "headline": head.text if head else "",
            "abstract": abstract.text if abstract else "",
            "key_points": points[:5],
        }
    elif task == "claims":
        labels = []
        for i in mine:
            cid = request.candidate(i.anchors[0])
            if resolved(i, cid):
                labels.append({"candidate": cid, "kind": i.claim_kind, "claim": i.text})
        out.content = {"labels": labels[:12]}
    elif task == "stances":
        stances = []
        for i in mine:
            ids = _ids(request, i.anchors)
            listed = _listed(request, names_of(i.actor))
            if resolved(i, ids and listed):
                stances.append(
                    {"actor": listed, "actor_type": i.actor_type, "topic": i.topic,
                     "stance": i.stance, "summary": i.text, "sentences": ids}
                )  # fmt: skip
        out.content = {"stances": stances[:6]}
    elif task == "timeline":
        events = []
        for i in mine:
            cid = request.candidate(i.anchors[0], i.date_text)
            if resolved(i, cid):
                events.append({"candidate": cid, "event": i.text, "actors": list(i.actors)})
        out.content = {"events": events[:12]}
    return out


def _ids(request: Request, anchors: tuple[str, ...]) -> list[int]:
    """Sentence ids of every anchor (all must resolve), at most three."""
    ids: list[int] = []
    for a in anchors:
        found = request.sentence_ids(a)
        if not found:
            return []
        ids.extend(i for i in found if i not in ids)
    return ids[:3]


def _listed(request: Request, names: tuple[str, ...]) -> str | None:
    """The request's name for an actor with one of ``names`` (a capable model picks from it):
    the same name, else one holding the other as whole words ("Rex Tillerson", "Tillerson")."""
    ours = [_norm(n).casefold() for n in names]
    listed = [(a, _norm(a).casefold()) for a in request.actors]
    if exact := next((a for a, folded in listed if folded in ours), None):
        return exact

    def within(part: str, whole: str) -> bool:
        return re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", whole) is not None

    return next(
        (a for a, folded in listed if any(within(folded, n) or within(n, folded) for n in ours)),
        None,
    )


def empty_answer(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The emptiest value a JSON schema of an answer allows: lists empty, strings blank."""
    out: dict[str, Any] = {}
    for name in schema.get("required", []):
        prop = schema.get("properties", {}).get(name, {})
        kind = prop.get("type")
        empty = {"array": [], "string": "", "integer": 0, "number": 0, "boolean": False}
        out[name] = empty.get(kind) if isinstance(kind, str) else None
    return out
