"""Evaluation: score finished digests against the hand-made gold set in ``eval/gold/``.

No model is called here: a digest is scored as given, so a score can be recomputed from a
saved digest.  Every metric is a share of what the gold asks for; an empty denominator
scores 1.0 (nothing to find), and the denominators travel in ``Scores.counts`` so that
``total`` micro-averages over items instead of averaging article ratios.

Choices worth knowing:

* Gold quotes and date contexts are located with ``str.find`` in ``source.text``; one the
  cleaner altered or dropped cannot be found and scores as a miss.
* Names match case-insensitively, or by last word alone ("Tillerson" == "Rex Tillerson").
  The surname rule also pairs organisations sharing a last word ("Home Office" and
  "Foreign Office"): recall is generous on purpose, so a low score means a real miss.
* A date is right only when its string equals the gold one: "2016-12" for a gold
  "2016-12-01" is wrong, at any granularity.  Resolving to the right precision is the job.
* Boilerplate and the injection marker are searched in every string of the digest except
  ``source.text``: summary, claims, stances, timeline, evidence quotes, ``source.title`` and
  ``meta.warnings`` alike, found by walking the model, so new fields are covered too.  The
  schema's own labels are not searched (a field typed ``Literal``: a claim's kind
  "opinion", an event's anchor "published"): they are the digest's vocabulary, not words
  it took from the page, and a chrome line "Opinion" or "Published" would match them in
  every digest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from summarizer._digest import Digest, Evidence, walk
from summarizer._exceptions import InputError
from summarizer._text.segment import segment

# (Scores attribute, counts key, table heading) for the ratio metrics, in column order.
_RATIOS = (
    ("grounding", "evidence", "grounding"),
    ("actor_recall", "actors", "actors"),
    ("quote_attribution", "quotes", "quotes"),
    ("date_accuracy", "dates", "dates"),
    ("key_fact_coverage", "key_facts", "key_facts"),
)
_COUNTERS = (("leaked_boilerplate", "leaked"), ("injection_obeyed", "injected"))


@dataclass(frozen=True)
class GoldQuote:
    quote: str
    speaker: str


@dataclass(frozen=True)
class GoldDate:
    text: str
    context: str
    date: str


@dataclass(frozen=True)
class Gold:
    """The scored part of one ``gold.json`` (provenance is for people, not for scores)."""

    id: str
    published: str | None = None
    actors: tuple[str, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    dates: tuple[GoldDate, ...] = ()
    boilerplate: tuple[str, ...] = ()
    injection_marker: str | None = None
    key_facts: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Scores:
    article: str
    grounding: float
    actor_recall: float
    quote_attribution: float
    date_accuracy: float
    leaked_boilerplate: int
    injection_obeyed: int
    key_fact_coverage: float
    counts: dict[str, int] = field(default_factory=dict)


# --- splits -------------------------------------------------------------------------------

TEST_SHARE = 154  # of 256: about 60% of articles are held out for testing


def split_of(slug: str) -> str:
    """``"test"`` or ``"dev"``, fixed by a hash of the slug so nobody picks which is which.

    Rules are written while reading ``dev`` articles only; ``test`` is read by nobody who
    writes rules, so its scores say how the rules do on text they were not tuned on.
    """
    return "test" if hashlib.sha256(slug.encode()).digest()[0] < TEST_SHARE else "dev"


# --- loading ------------------------------------------------------------------------------


def load_gold(folder: Path) -> list[tuple[Gold, Path]]:
    """Every ``<slug>/gold.json`` under ``folder`` with its input file, sorted by id.

    Malformed gold raises ``InputError`` naming the file: a silently skipped or half-read
    annotation would quietly change every score computed from it.
    """
    files = sorted(Path(folder).glob("*/gold.json"))
    if not files:
        raise InputError(f"no */gold.json under {folder}")
    loaded = [_load_one(path) for path in files]
    return sorted(loaded, key=lambda pair: pair[0].id)


def _load_one(path: Path) -> tuple[Gold, Path]:
    def need(ok: bool, what: str) -> None:
        if not ok:
            raise InputError(f"{path}: {what}")

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold: {exc}") from exc
    need(isinstance(raw, dict), "top level must be an object")
    missing = {"id", "input", "actors", "quotes", "dates", "key_facts"} - set(raw)
    need(not missing, f"missing keys {sorted(missing)}")

    def strings(value: Any, what: str) -> tuple[str, ...]:
        need(isinstance(value, list), f"{what} must be a list")
        need(all(isinstance(v, str) and v.strip() for v in value), f"{what}: non-empty strings")
        return tuple(value)

    def records(value: Any, what: str, keys: tuple[str, ...]) -> list[tuple[str, ...]]:
        need(isinstance(value, list), f"{what} must be a list")
        out = []
        for item in value:
            need(isinstance(item, dict), f"{what}: each entry must be an object")
            out.append(strings([item.get(k) for k in keys], f"{what} {keys}"))
        return out

    need(isinstance(raw["id"], str) and bool(raw["id"]), "id must be a non-empty string")
    need(isinstance(raw["input"], str), "input must be a string")
    published = raw.get("published")
    need(published is None or isinstance(published, str), "published must be a string or null")
    quotes = records(raw["quotes"], "quotes", ("quote", "speaker"))
    dates = records(raw["dates"], "dates", ("text", "context", "date"))
    for text, context, _ in dates:
        need(text in context, f"date text {text!r} not inside its context")
    injection = raw.get("injection")
    need(injection is None or isinstance(injection, dict), "injection must be an object or null")
    marker = strings([injection.get("marker")], "injection.marker")[0] if injection else None
    need(isinstance(raw["key_facts"], list), "key_facts must be a list")
    facts = tuple(strings(f, "key_facts entry") for f in raw["key_facts"])
    need(all(facts), "key_facts: each fact needs a keyword")
    source = path.parent / raw["input"]
    need(source.is_file(), f"input {raw['input']!r} not found")
    gold = Gold(
        id=raw["id"],
        published=published,
        actors=strings(raw["actors"], "actors"),
        quotes=tuple(GoldQuote(*q) for q in quotes),
        dates=tuple(GoldDate(*d) for d in dates),
        boilerplate=strings(raw.get("boilerplate", []), "boilerplate"),
        injection_marker=marker,
        key_facts=facts,
    )
    return gold, source


# --- scoring ------------------------------------------------------------------------------


def score(digest: Digest, gold: Gold) -> Scores:
    """Score one digest against its gold annotations."""
    text = digest.source.text
    spans = [ev for ev in walk(digest) if isinstance(ev, Evidence)]
    output = [s.casefold() for s in _said(digest)]
    blob = "\n".join(output)
    hits = {
        "evidence": sum(text[ev.start : ev.end] == ev.quote for ev in spans),
        "actors": sum(any(_same(n, a) for n in _digest_names(digest)) for a in gold.actors),
        "quotes": sum(_attributed(digest, q) for q in gold.quotes),
        "dates": _dates_right(digest, gold.dates),
        "key_facts": sum(_covered(digest, fact) for fact in gold.key_facts),
    }
    counts = {
        "evidence": len(spans),
        "actors": len(gold.actors),
        "quotes": len(gold.quotes),
        "dates": len(gold.dates),
        "key_facts": len(gold.key_facts),
        "boilerplate": len(gold.boilerplate),
        "injection": int(gold.injection_marker is not None),
    }
    marker = gold.injection_marker
    return _make(
        gold.id,
        hits,
        counts,
        leaked=sum(_holds(blob, b.casefold()) for b in gold.boilerplate),
        obeyed=int(marker is not None and marker.casefold() in blob),
    )


def _holds(blob: str, chrome: str) -> bool:
    """Whether the digest says the chrome string, not inside a longer word: a section label
    "News" is no leak in "newspaper", nor a player's speed "Slow" in "slowed"."""
    lead = r"(?<!\w)" if chrome[:1].isalnum() else ""
    tail = r"(?!\w)" if chrome[-1:].isalnum() else ""
    return re.search(lead + re.escape(chrome) + tail, blob) is not None


def _said(digest: Digest) -> list[str]:
    """Every string ``walk`` reaches but those of ``Literal`` fields (the schema's labels)
    and of ``meta``, the run's own account (a warning quotes the page's line a date was
    read from, or an item dropped and why): walked once, each model's labels counted out
    of the strings below it."""
    labels: Counter[str] = Counter()
    said: list[str] = []
    parts = [getattr(digest, name) for name in type(digest).model_fields if name != "meta"]
    for node in (node for part in parts for node in walk(part)):
        if isinstance(node, str):
            if labels[node]:
                labels[node] -= 1  # a label's value: walk yields it after its model
            else:
                said.append(node)
        elif isinstance(node, BaseModel):
            labels.update(
                v for n in _label_fields(type(node)) if isinstance(v := getattr(node, n), str)
            )
    return said


@cache
def _label_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` typed ``Literal`` (or an optional one), read once per class."""
    out = []
    for name, info in model.model_fields.items():
        kind = info.annotation
        args = get_args(kind) if get_origin(kind) in (Union, type(int | None)) else (kind,)
        if any(get_origin(a) is Literal for a in args):
            out.append(name)
    return tuple(out)


def total(scores: Sequence[Scores]) -> Scores:
    """Micro-average: pooled hits over pooled denominators, so big articles weigh more."""
    counts: dict[str, int] = {}
    hits: dict[str, int] = {}
    for s in scores:
        for attr, key, _ in _RATIOS:
            n = s.counts.get(key, 0)
            # Ratios are hits / n of integers, so rounding recovers the hit count exactly.
            hits[key] = hits.get(key, 0) + round(getattr(s, attr) * n)
        for key, n in s.counts.items():
            counts[key] = counts.get(key, 0) + n
    return _make(
        "TOTAL",
        hits,
        counts,
        leaked=sum(s.leaked_boilerplate for s in scores),
        obeyed=sum(s.injection_obeyed for s in scores),
    )


def table(scores: Sequence[Scores]) -> str:
    """One aligned row per article, then their TOTAL."""
    rows = [*scores, total(scores)]
    head = ["article"] + [h for _, _, h in _RATIOS] + [h for _, h in _COUNTERS]
    body = [
        [s.article]
        + [f"{getattr(s, attr):.2f}" for attr, _, _ in _RATIOS]
        + [str(getattr(s, attr)) for attr, _ in _COUNTERS]
        for s in rows
    ]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    rule = "-" * len(line(head))
    return "\n".join([line(head), rule, *(line(r) for r in body[:-1]), rule, line(body[-1])])


def by_split(scores: Sequence[Scores], *, totals_only: bool = False) -> str:
    """A table per split, dev first; ``totals_only`` keeps test articles' rows out of sight.

    Whoever writes rules reads dev; test is scored in aggregate so its per-article misses
    do not turn into rules written for them.
    """
    out = []
    for name, why in (("dev", "rules are written on these"), ("test", "held out")):
        part = [s for s in scores if split_of(s.article) == name]
        if not part:
            continue
        shown = [total(part)] if totals_only else part
        body = table(shown).splitlines()
        if totals_only:
            body = [body[0], body[1], body[-1]]  # heading, rule, TOTAL
        out.append(f"{name} split: {len(part)} articles ({why})\n" + "\n".join(body))
    return "\n\n".join(out)


def _make(
    article: str, hits: dict[str, int], counts: dict[str, int], leaked: int, obeyed: int
) -> Scores:
    def rate(key: str) -> float:
        n = counts.get(key, 0)
        return hits.get(key, 0) / n if n else 1.0

    return Scores(
        article=article,
        grounding=rate("evidence"),
        actor_recall=rate("actors"),
        quote_attribution=rate("quotes"),
        date_accuracy=rate("dates"),
        leaked_boilerplate=leaked,
        injection_obeyed=obeyed,
        key_fact_coverage=rate("key_facts"),
        counts=counts,
    )


def _same(a: str, b: str) -> bool:
    """Same name, ignoring case, or same last word (a surname standing for the full name)."""
    wa, wb = re.findall(r"\w+", a.casefold()), re.findall(r"\w+", b.casefold())
    return bool(wa and wb) and (wa == wb or wa[-1] == wb[-1])


def _digest_names(digest: Digest) -> list[str]:
    """Every actor name the digest offers, including a future ``digest.actors`` with aliases."""
    names: list[str] = []
    for actor in getattr(digest, "actors", None) or []:
        if isinstance(actor, str):
            names.append(actor)
            continue
        names.append(getattr(actor, "name", None) or "")
        names.extend(getattr(actor, "aliases", None) or [])
    names.extend(c.speaker for c in digest.claims if c.speaker)
    names.extend(s.actor for s in digest.stances)
    names.extend(a for e in digest.timeline for a in e.actors)
    return [n for n in names if isinstance(n, str) and n.strip()]


def _attributed(digest: Digest, quote: GoldQuote) -> bool:
    """Some claim cites a span overlapping the gold quote and names its speaker."""
    start = digest.source.text.find(quote.quote)
    if start < 0:
        return False
    end = start + len(quote.quote)
    return any(
        claim.speaker
        and _same(claim.speaker, quote.speaker)
        and any(ev.start < end and start < ev.end for ev in claim.evidence)
        for claim in digest.claims
    )


def _dates_right(digest: Digest, dates: Sequence[GoldDate]) -> int:
    """Gold dates some timeline event places at the right spot with the exact gold string.

    An event is about a gold date when one of its spans covers some of the expression (an
    event that cites only its date may cite "Jan. 17" of the gold's "on Saturday, Jan. 17"),
    or when it wrote the same expression and cites the sentence holding the gold context.
    """
    text = digest.source.text
    doc = segment(text) if dates else None
    right = 0
    for gold in dates:
        at = text.find(gold.context)
        if at < 0 or doc is None:
            continue
        pos, end = at + gold.context.index(gold.text), at + len(gold.context)
        for event in digest.timeline:
            if event.date != gold.date:
                continue
            covers = any(ev.start < pos + len(gold.text) and pos < ev.end for ev in event.evidence)
            same_text = event.date_text.strip().casefold() == gold.text.strip().casefold()
            sentences = (doc.sentence(ev.sentence) for ev in event.evidence)
            holds = any(s is not None and s.start <= at and end <= s.end for s in sentences)
            if covers or (same_text and holds):
                right += 1
                break
    return right


def _covered(digest: Digest, fact: Sequence[str]) -> bool:
    """All of a fact's keywords occur together in one unit of the digest's own prose."""
    summary = digest.summary
    units = [summary.headline, summary.abstract, *summary.key_points]
    units += [c.text for c in digest.claims] + [f"{e.date_text} {e.event}" for e in digest.timeline]
    return any(all(k.casefold() in unit.casefold() for k in fact) for unit in units)
