"""An acronym the article uses for a name it also spells out, with no brackets to say so.

"the Regina Police Service on Thursday ... the RPS release stated": a writer who spelled
the name once abbreviates it later without "(RPS)", trusting the reader to see the
initials.  The acronym is then an alias of that name, not a second actor; merged only
when exactly one spelled-out name has those initials (two would leave it ambiguous).

So too a body's name written once without its last letter "s" ("Passion Times ... Passion
Time said"): a slip of the writer's, not a second body.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer._extract.actor_text import Cand

# Small words an acronym skips ("Department of Fish and Game": DFG).
_SKIPPED = frozenset({"of", "and", "for", "the", "on", "in", "at", "&"})
_MIN, _MAX = 2, 6  # letters of an acronym


def _initials(name: str) -> str:
    """The capitals an acronym takes from a name: each word's first letter, small words
    skipped; "" when a kept word is not capitalised (a phrase, no name)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _SKIPPED]
    if len(words) < _MIN or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def acronym_links(cands: Sequence[Cand]) -> list[tuple[str, str]]:
    """(acronym, name) for each all-capital candidate whose letters are the initials of
    exactly one other body's name in the article; and (slip, name) for a name's slips."""
    by_initials: dict[str, set[str]] = {}
    for c in cands:
        if c.type != "person" and not c.name.isupper() and (initials := _initials(c.name)):
            by_initials.setdefault(initials, set()).add(c.name)
    links = _plural_slips(cands)
    for short in {c.name for c in cands if c.type != "person"}:
        if _MIN <= len(short) <= _MAX and short.isalpha() and short.isupper():
            names = by_initials.get(short, set())
            if len(names) == 1:
                links.append((short, next(iter(names))))
    return links


def _plural_slips(cands: Sequence[Cand]) -> list[tuple[str, str]]:
    """(slip, name) for each multi-word body's name written again without its final "s";
    the slip, read as a person's name where it says something ("Passion Time said"),
    takes the body's type so that the two merge."""
    bodies = {c.name: c.type for c in cands if c.type != "person" and " " in c.name}
    links = []
    for c in cands:
        if not c.name.endswith("s") and (kind := bodies.get(c.name + "s")):
            c.type = kind
            links.append((c.name, c.name + "s"))
    return links
