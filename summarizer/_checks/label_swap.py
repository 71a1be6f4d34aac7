"""Label swaps: two names each holding, in the item, a label the cited text gives only to
the other ("the US accused Russia" over "Russia accused the United States"), whatever the
verb.  Apart from role_labels.py (what the labels are): how much of the cited text is read
for them, sentence by sentence for the whole article, whole for an item's few sentences.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from functools import lru_cache

from summarizer._checks.names import Resolve, pieces
from summarizer._checks.role_labels import (
    _JOIN,
    _SOURCES,
    Label,
    _after,
    _before,
    _names,
    _names_in,
    _shown,
    _who,
    labels,
)


def _label_swap(
    item: str, cited: str, resolve: Resolve, few: bool = False, whos: list[str] | None = None
) -> str | None:
    """Two names each holding a label the cited text gives the other and not them.  With
    ``few`` (an item citing sentences of its own, not a clause of a headline located in
    the article), a cited text of at most ``_FEW`` sentences is read whole.  ``whos``: the
    item's names read with ``initial``, in order, once (``check_roles`` has them)."""
    if whos is None:
        whos = item_names(item, resolve)
    if len(whos) < 2:
        return None  # who has labels: every name of the item, read without the words
    # What follows needs, of the cited text, only whether each of the item's names is in it
    # and whether a name holds a label the item gives: asked sentence by sentence, a
    # headline's check (the whole article) stops at a name's first sentence, and at the
    # first sentence where a name holds the label asked about.  Who is in it is asked
    # before the item's labels are read: a swap needs two names of the item (``whos``
    # holds every name that has labels) in the cited text.
    parts = [part for _, part in pieces(cited)]
    inside = _inside(whos, parts, resolve)
    if len(inside) < 2:
        return None
    if few and len(parts) <= _FEW:
        return _swap_in_few(item, parts, inside, resolve)
    # A swap needs both names to hold a label in the item: the others need not be looked for.
    mine = {who: held for who, held in labels(item, resolve, True).items() if held}
    present = [who for who in mine if who in inside]
    if len(present) < 2:
        return None
    held: dict[tuple[str, Label], bool] = {}
    written: dict[str, list[str]] = {}  # stem -> the sentences where its word can be
    lowered: list[str] = []

    def holds(who: str, label: Label) -> bool:
        """Whether ``who`` holds ``label`` in the cited text.  Only sentences where its word
        is written are read (a label's stem starts its word, lower-cased, unless it comes
        from an irregular form, ``_SOURCES``), and only those naming ``who``."""
        found = held.get((who, label))
        if found is None:
            stem = label[0]
            where = written.get(stem)
            if where is None:
                if not lowered:
                    lowered.extend(part.lower() for part in parts)
                if stem in _SOURCES:
                    cues = (stem, *_SOURCES[stem])
                    where = [
                        part for part, lower in zip(parts, lowered, strict=True)
                        if any(c in lower for c in cues)
                    ]  # fmt: skip
                else:
                    where = [p for p, lower in zip(parts, lowered, strict=True) if stem in lower]
                written[stem] = where
            found = held[(who, label)] = any(
                _names_in(who, part, resolve) and label in (_held(part, resolve).of(who) or ())
                for part in where
            )
        return found

    def takes(a: str, b: str) -> Label | None:
        """A label ``a`` holds in the item that the cited text gives ``b`` and not ``a``."""
        return next((x for x in sorted(mine[a]) if holds(b, x) and not holds(a, x)), None)

    # A name takes a label only one it holds in the item but not in the cited text: a pair
    # of which one has none is no swap, and its other name's labels need not be read.
    free = [who for who in present if not all(holds(who, x) for x in sorted(mine[who]))]
    return _first_swap(free, takes) if len(free) >= 2 else None


class _Held:
    """One sentence's labels (``role_labels._sentence_labels(text, resolve, False)``) read
    name by name: a swap asks only of the item's names, and the words around the others
    (a third of a cited sentence's names) are not read.  A name's labels are those of each
    coordinated run ("X, Y and Z") holding it: the words before its first name and after
    its last (tests/test_checks_read_less.py holds it to the whole reading)."""

    __slots__ = ("found", "labelled", "runs", "spans", "text")

    def __init__(self, text: str, resolve: Resolve) -> None:
        ms = _names(text, resolve)
        self.text = text
        self.runs: dict[str, list[int]] = {}  # who -> the runs naming them
        self.spans: list[tuple[int, int]] = []  # each run's first start and last end
        i, count = 0, len(ms)
        while i < count:
            j = i
            while j + 1 < count and _JOIN.fullmatch(text, ms[j][1], ms[j + 1][0]):
                j += 1
            for _s, _e, who in ms[i : j + 1]:
                self.runs.setdefault(who, []).append(len(self.spans))
            self.spans.append((ms[i][0], ms[j][1]))
            i = j + 1
        self.found: list[tuple[Label, ...] | None] = [None] * len(self.spans)
        # who -> their labels, once read: a headline's label swap asks of one name once
        # per label the item gives it, in the same sentences.
        self.labelled: dict[str, frozenset[Label]] = {}

    def of(self, who: str) -> frozenset[Label] | None:
        """``who``'s labels in the sentence; None if it does not name ``who``."""
        done = self.labelled.get(who)
        if done is not None:
            return done
        runs = self.runs.get(who)
        if runs is None:
            return None
        out: set[Label] = set()
        for k in runs:
            found = self.found[k]
            if found is None:
                start, end = self.spans[k]
                found = self.found[k] = _before(self.text, start) + _after(self.text, end)
            out.update(found)
        done = self.labelled[who] = frozenset(out)
        return done


@lru_cache(maxsize=8192)
def _held(text: str, resolve: Resolve) -> _Held:
    """One ``_Held`` per sentence and resolver: shared by every item citing it."""
    return _Held(text, resolve)


def item_names(item: str, resolve: Resolve) -> list[str]:
    """Who the item names (read with ``initial``), each once, in order: every name that
    may hold a label, for the roles check and the label swap alike."""
    return list(dict.fromkeys(who for _s, _e, who in _names(item, resolve, True)))


def _inside(whos: list[str], parts: list[str], resolve: Resolve) -> set[str]:
    """``{who for who in whos if any(_names_in(who, p, resolve) for p in parts)}``, each
    sentence's actors asked once for every name not yet found: the same sentences are read
    (each name's up to its first), the same caches filled."""
    found: set[str] = set()
    left = list(whos)
    for part in parts:
        actors = None
        for who in left:
            if who.startswith("~"):
                here = _names_in(who, part, resolve)
            else:
                if actors is None:
                    actors = _who(part, resolve, True)
                here = who in actors
            if here:
                found.add(who)
        if found:
            left = [who for who in left if who not in found]
        if not left:
            break
    return found


def _first_swap(present: list[str], takes: Callable[[str, str], Label | None]) -> str | None:
    """The first two names each taking a label of the other (``takes``), as the failure."""
    for a, b in itertools.combinations(present, 2):
        first = takes(a, b)
        second = takes(b, a) if first else None  # a swap needs both
        if first and second:
            gives = f"gives {first[0]!r}... to {_shown(b)}"
            return f"{_shown(a)} and {_shown(b)} are swapped (the cited text {gives})"
    return None


# An item's cited text of at most this many sentences is read whole by ``_swap_in_few``:
# its sentences' labels are shared with the other items citing them, and half the items
# then need no labels of their own.  Longer ones (the whole article) and the sentences
# located for a headline's clause are read sentence by sentence, as far as needed.
_FEW = 4


def _swap_in_few(item: str, parts: list[str], inside: set[str], resolve: Resolve) -> str | None:
    """``_label_swap`` against a few sentences: who holds what in them is read first (each
    sentence's labels, shared with every item citing it), and the item's own labels only if
    some two names could be swapped: each holding, in the cited text, a label the other
    does not hold whose word the item writes (a label's stem starts its word, lower-cased,
    unless it comes from an irregular form)."""
    theirs: dict[str, set[Label]] = {}
    for part in parts:
        held = _held(part, resolve)
        for who in inside:
            if (found := held.of(who)) is not None:
                theirs.setdefault(who, set()).update(found)
    if not _may_swap(item, theirs):
        return None
    mine = {who: held for who, held in labels(item, resolve, True).items() if held}
    present = [who for who in mine if who in inside]
    empty: set[Label] = set()

    def takes(a: str, b: str) -> Label | None:
        """A label ``a`` holds in the item that the cited text gives ``b`` and not ``a``."""
        hers, his = theirs.get(b, empty), theirs.get(a, empty)
        return next((x for x in sorted(mine[a]) if x in hers and x not in his), None)

    return _first_swap(present, takes)


def _may_swap(item: str, theirs: Mapping[str, set[Label]]) -> bool:
    """Whether two names each hold, in the cited text, a label the other does not hold whose
    word the item writes: what a swap needs of the item's labels, without reading them.
    Lower-casing is per character but for a capital sigma (which reads its neighbours), so
    the item's lower-cased sentences are in the lower-cased item."""
    if "\u03a3" in item:
        return True
    lower = item.lower()
    written: dict[str, bool] = {}  # stem -> whether the item writes its word

    def writes(held: set[Label]) -> bool:
        for stem, _side in held:
            found = written.get(stem)
            if found is None:
                found = written[stem] = stem in lower or any(
                    c in lower for c in _SOURCES.get(stem, ())
                )
            if found:
                return True
        return False

    return any(
        writes(theirs[b] - theirs[a]) and writes(theirs[a] - theirs[b])
        for a, b in itertools.combinations(theirs, 2)
    )
