"""People's candidates merged into one group per person, as news prose names them.

Full name first, surname after; "Tillison" as a near spelling of "Tillerson"; "Xu" for
"Xu Bo", a family name written first.  ``actor_merge`` then finds every form of each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from summarizer._digest import ActorType
from summarizer._extract.actor_rules import bare_al
from summarizer._extract.actor_text import Cand, Text
from summarizer._lang import NameWords


def surname_key(word: str) -> str:
    """A surname as compared: "al-Assad" is "assad"."""
    return bare_al(word).casefold()


def _distance(a: str, b: str) -> int:
    """Levenshtein distance: "Tillison" is two edits from "Tillerson"."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


@dataclass(slots=True)
class Group:
    """One actor's candidates, merged.  Its forms are not kept here: they are derived from
    its members when ``merge`` indexes them (a set of forms per group was several times the
    input's size for thousands of speakers, and most groups fall past the actor cap)."""

    type: ActorType
    start: int
    members: list[Cand] = field(default_factory=list)
    title: str | None = None


def _courteous(c: Cand, names: NameWords) -> bool:
    """Whether a title that goes before surnames only stands before the name: the pack's
    ``courtesy``, less those some presses put before a given name (``courtesy_given``)."""
    title = (c.title or "").split()
    word = title[-1].strip(".").casefold() if title else ""
    return word in names.courtesy and word not in names.courtesy_given


def _same_person(a: list[str], b: list[str]) -> bool:
    return a[0] == b[0] or set(a) <= set(b) or set(b) <= set(a)


def merge_people(t: Text, cands: list[Cand]) -> list[Group]:
    """Full names first; a lone surname joins the full name it shortens (or a near spelling)."""
    groups: list[Group] = []
    by_key: _Index = {}  # surname -> its groups, in order (so no scan of all)
    # surname's first two letters -> its surnames and their groups, in two lists
    by_prefix: dict[str, tuple[list[str], list[Group]]] = {}
    by_first: _Index = {}  # a full name's first word -> its groups
    by_nick: _Index = {}  # a nickname inside a full name ("Joko 'Jokowi' Widodo") -> its groups
    for c in sorted(cands, key=lambda c: (" " not in c.name, c.start)):
        words = c.name.split()
        key = surname_key(words[-1])
        same = _groups(by_key, key)
        if " " not in c.name and (nicked := _groups(by_nick, key)):
            same = nicked  # "Jokowi said" is the man so called, not "Dendrobium Iriana Jokowi"
        elif " " in c.name:  # another first name is another person
            same = [g for g in same if any(_same_person(m.name.split(), words) for m in g.members)]
        elif not same and len(key) >= 6:  # "Tillison" for "Tillerson"
            keys, near = by_prefix.get(key[:2], ([], []))
            same = [g for k, g in zip(keys, near, strict=True)
                    if _distance(k, key) <= (2 if len(key) >= 8 else 1)]  # fmt: skip
        elif not same and len(key) <= 4:  # "Xu" for "Xu Bo": family name first
            same = _groups(by_first, key)
        known = c.name in t.r.given
        if not same and " " not in c.name and (known or not _courteous(c, t.lang.names)):
            # "Cathy said" after "his daughter Cathy Nicholl": the one full name it opens;
            # "General Prayut" after "Prayut Chan-o-cha", a name a title may go before
            first = _groups(by_first, c.name.casefold())
            if not first:  # "Jim was our stepdad" after "James Prokopovitz": a short form
                forms = diminutives(t.lang.names.diminutives).get(c.name, ())
                first = [g for full in forms for g in _groups(by_first, full.casefold())]
                known = False  # a short form joins only a full name named before it
            same = first if len(first) == 1 and (known or first[0].start < c.start) else []
        before = [g for g in same if g.start <= c.start]
        g = before[-1] if before else same[0] if same else Group("person", c.start)
        if not same:
            groups.append(g)
            _add(by_key, key, g)
            keys, near = by_prefix.setdefault(key[:2], ([], []))
            keys.append(key)
            near.append(g)
            if len(words) > 1:
                _add(by_first, words[0].casefold(), g)
        if (nick := called(t, c)) is not None and g not in _groups(by_nick, nick.casefold()):
            _add(by_nick, nick.casefold(), g)
        g.members.append(c)
        g.start, g.title = min(g.start, c.start), g.title or c.title
    return groups


_R_NICK = re.compile(r" [\"“'‘]([A-Z][a-z]+)[\"”'’] ")


def nickname(name: str) -> str | None:
    """The nickname quoted inside a full name ("Jokowi" in "Joko 'Jokowi' Widodo"), or None."""
    m = _R_NICK.search(name) if " " in name else None
    return m[1] if m else None


# The name a person goes by, said after the full name: "Joko Widodo or Jokowi as he
# popularly known", "Aquilino Pimentel III, better known as Koko", "also known as".
_R_KNOWN_AS = re.compile(
    r"(?:,\s*|\s+)(?:(?:also|better|popularly|widely|commonly)\s+)?known\s+as\s+"
    r"[\"“'‘]?(?P<a>[A-Z][a-z]{2,})\b"
    r"|,?\s+or\s+[\"“'‘]?(?P<b>[A-Z][a-z]{2,})[\"”'’]?,?\s+as\s+(?:he|she)\s+(?:is\s+)?"
    r"(?:[a-z]+ly\s+)?(?:known|called)\b"
)
_KNOWN_AS_CHARS = 80  # read after a full name for what the person is known as


def called(t: Text, c: Cand) -> str | None:
    """The name a person goes by besides the full one: a nickname quoted inside it, or one
    said right after it ("... or Jokowi as he popularly known")."""
    if " " not in c.name:
        return None
    if (nick := nickname(c.name)) is not None:
        return nick
    m = _R_KNOWN_AS.match(t.scan, c.end, c.end + _KNOWN_AS_CHARS)
    return (m["a"] or m["b"]) if m else None


def without_nickname(name: str) -> str:
    """ "Joko Widodo" for "Joko 'Jokowi' Widodo": the name as the person is listed."""
    return _R_NICK.sub(" ", name, count=1)


@cache
def diminutives(pairs: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[str, ...]]:
    """The pack's short forms as a lookup, made once per pack."""
    return dict(pairs)


# A word -> its groups: the group itself while it is the only one.  A list per word (and a
# tuple per group in ``by_prefix``) were ~1.5x the input for thousands of speakers' surnames.
_Index = dict[str, "Group | list[Group]"]


def _groups(index: _Index, word: str) -> list[Group]:
    """The groups of ``word``, in order (a list of the index's own, or a new one)."""
    got = index.get(word)
    return [] if got is None else [got] if isinstance(got, Group) else got


def _add(index: _Index, word: str, g: Group) -> None:
    got = index.get(word)
    if got is None:
        index[word] = g
    elif isinstance(got, Group):
        index[word] = [got, g]
    else:
        got.append(g)
