"""How many items of each kind one digest holds: caps no real article reaches.

A real article yields a few dozen items at most (the gold set and the seed: 24 claims,
14 time expressions, 20 actors, 22 figures), but an input made of thousands of small
items ("X said" clauses, dated phrases) up to the 5 MB input cap would yield tens of
thousands: each a Python object of 150-300 bytes while code works, and ~3 KB once it is a
digest item with its evidence, far past 10x the input in memory, and a digest no reader
can use.  Each kind is cut at its cap where its items are made (the first ones in text
order), so the rest is never allocated, and ``meta.warnings`` says what was cut.
``Policy.items`` sets the caps per call; None lifts one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ItemCaps:
    """The most items of each kind code keeps for one digest (about 10x the largest seen)."""

    claims: int | None = 250  # claim candidates (quotes and reported speech)
    times: int | None = 250  # time expressions, hence dated sentences and timeline events
    actors: int | None = 250  # actors (ordered by first mention)
    figures: int | None = 250  # figure candidates


ITEM_CAPS = ItemCaps()


def cut_note(kind: str, kept: int, found: int | None = None) -> str:
    """The warning for a cut: how many were found (None: more than kept) and how many stay."""
    many = f"{found:,}" if found is not None else f"more than {kept:,}"
    return f"code found {many} {kind}; the digest keeps the first {kept:,} (Policy.items)"


def keep_first(
    items: list[Any], cap: int | None, kind: str, notes: list[str] | None, whole: bool
) -> None:
    """Cut ``items`` to their first ``cap`` in place, the cut told in ``notes``.  ``whole``:
    ``items`` holds all that was found (the note counts them); else reading stopped one past
    the cap, and the note says "more than"."""
    if cap is None or len(items) <= cap:
        return
    if notes is not None:
        notes.append(cut_note(kind, cap, len(items) if whole else None))
    del items[cap:]
