"""The liar's distortions of who says what: actors swapped, a foreign name, another
speaker, a flipped stance, a topic from elsewhere.

Each reads the fixture's actors (their names and types) to put a real person or body in
the wrong place; ``liar`` picks one per run and tags it.  The distortions of the item's
own wording are in ``liar_wording``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer._scripted.fixture import ActorNames, Fixture, Item
from summarizer._scripted.liar_wording import _text

# --- names --------------------------------------------------------------------------------


def _mentions(text: str, actors: Sequence[ActorNames]) -> list[tuple[int, int, int]]:
    """(start, end, actor index) of non-overlapping actor names, longest names first."""
    spans: list[tuple[int, int, int]] = []
    names = sorted(
        ((n, k) for k, a in enumerate(actors) for n in a.names), key=lambda p: -len(p[0])
    )
    for name, k in names:  # not inside a compound such as "U.S.-Russia"
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in spans):
                spans.append((m.start(), m.end(), k))
    return sorted(spans)


def _same_form(name: str, other: ActorNames) -> str:
    """``other``'s name in the form ``name`` has: a surname for a surname, else in full."""
    if len(name.split()) == 1:
        return min(other.names, key=len)
    return other.names[0]


def _coordinated(between: str) -> bool:
    """ "X and Y", "X, Y", "X or Y": swapping them says the same thing, so it is no lie."""
    return between.strip().lower() in ("and", ",", "or", "&", "and the", ", and")


def _actors_swapped(
    item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random
) -> Item | None:
    spans = _mentions(item.text, f.actors)
    pair = next(
        ((a, b) for i, a in enumerate(spans) for b in spans[i + 1 :]
         if a[2] != b[2] and f.actors[a[2]].type == f.actors[b[2]].type
         and not _coordinated(item.text[a[1] : b[0]])),
        None,
    )  # fmt: skip
    if pair is None:
        return None
    first, second = pair
    t = item.text
    a, b = t[first[0] : first[1]], t[second[0] : second[1]]
    return _text(item, t[: first[0]] + b + t[first[1] : second[0]] + a + t[second[1] :])


_FOREIGN = {
    "person": [("Emmanuel Macron", "Macron"), ("Angela Merkel", "Merkel"),
               ("Justin Trudeau", "Trudeau"), ("Shinzo Abe", "Abe"), ("Jacinda Ardern", "Ardern")],
    "organization": [("World Bank", "World Bank"), ("European Commission", "European Commission"),
                     ("Red Cross", "Red Cross"), ("NATO", "NATO")],
    "country": [("France", "France"), ("Germany", "Germany"), ("Brazil", "Brazil"),
                ("Japan", "Japan")],
}  # fmt: skip


def _foreign_name(item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random) -> Item | None:
    spans = _mentions(item.text, f.actors)
    if not spans:
        return None
    start, end, k = next((s for s in spans if f.actors[s[2]].type == "person"), spans[0])
    pool = [p for p in _FOREIGN.get(f.actors[k].type, _FOREIGN["organization"])
            if p[1] not in f.article]  # fmt: skip
    full, short = rng.choice(pool)
    name = short if len(item.text[start:end].split()) == 1 else full
    return _text(item, item.text[:start] + name + item.text[end:])


def _wrong_speaker(item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random) -> Item | None:
    """A claim line (or a stance) given to another person of the same article."""
    who = item.speaker if item.kind == "claim" else item.actor if item.kind == "stance" else ""
    mine = next((k for k, a in enumerate(f.actors) if who and who in a.names), None)
    if mine is None:
        return None
    kind = f.actors[mine].type
    named = {k for _, _, k in _mentions(item.text, f.actors)}
    others = [a for k, a in enumerate(f.actors) if k != mine and k not in named and a.type == kind]
    if not others:
        return None
    other = rng.choice(others)
    spans = [s for s in _mentions(item.text, f.actors) if s[2] == mine]
    text = item.text
    for start, end, _k in reversed(spans):
        text = text[:start] + _same_form(text[start:end], other) + text[end:]
    if item.kind == "stance":
        return replace(item, actor=other.names[0], text=text)
    if not spans:
        lead = text[0].lower() + text[1:] if text.split()[0].lower() in _COMMON else text
        text = f"According to {min(other.names, key=len)}, {lead}"
    return _text(item, text)


_COMMON = {"the", "a", "an", "this", "that", "these", "those", "there", "it", "relations"}

# --- stances --------------------------------------------------------------------------------


def _stance_flipped(
    item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random
) -> Item | None:
    flipped = {"support": "oppose", "oppose": "support"}.get(item.stance)
    return replace(item, stance=flipped) if item.kind == "stance" and flipped else None


_TOPICS = ("the minimum wage", "climate targets", "an Olympic bid", "vaccine mandates")


def _topic_elsewhere(
    item: Item, f: Fixture, everything: Sequence[Fixture], rng: random.Random
) -> Item | None:
    if item.kind != "stance":
        return None
    article = f.article.casefold()
    topics = [i.topic for g in everything if g.slug != f.slug for i in g.items if i.topic]
    unknown = [t for t in topics + list(_TOPICS) if not _mostly_in(t, article)]
    return replace(item, topic=rng.choice(sorted(set(unknown)))) if unknown else None


def _mostly_in(topic: str, article: str) -> bool:
    words = [w for w in re.findall(r"[a-z]{4,}", topic.casefold())]
    return bool(words) and sum(w[:6] in article for w in words) * 2 >= len(words)
