"""Which lines of a text may hold a string of each of a set of one-line patterns, by its words.

``in_lines`` searches a pattern that cannot read a newline only in the lines holding one
of its required strings.  Finding those lines by the strings themselves cost a scan of
the text for some two hundred strings (a regex trying them at nearly every character), and
the strings of the costliest rules (the hundred role words of "Police said", the titles,
the gazetteer's names) were too many to look up at all, so those rules scanned whole
texts.  A required string holds a run of word characters, and a line holding the string
holds a word holding that run; where the string bounds the run on both sides (" told "),
the word is the run.  So a line is read by its words: the exact runs looked up, and the
few words holding another run searched for every run in them.  The bits of an int stand
for the patterns; a line's bits are those of the runs its words hold.  A line may be given
a pattern it holds no string of (a word holding "said" need not follow a space), never
denied one it holds: the lines searched are those ``in_lines`` would search, or more, and
the matches are the same.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from itertools import compress, repeat
from operator import or_

from summarizer._lang import trie

__all__ = ["LineMasks", "PatternBits", "by_lines"]

_R_WORD = re.compile(r"\w+")
_R_BREAK = re.compile(r"\W")  # where a stretch of a long line may end: no word holds it
_STRETCH = 4096  # characters of a line read at once: its words' list is some 5x that
_SHORTEST = 3  # letters of a run not bounded on both sides: a shorter one is in too many
# words to be worth it ("a", "ed"), unless two not both lowercase ("US", "Mr")
_LONGEST = 24  # characters: a longer word (a URL's, base64's) is given every pattern
_NONE = re.compile("(?!)")
_FINE = 2048  # characters a line: a text of longer lines on average is not read by lines
_MEMO = 65_536  # characters: a text this long keeps its words' bits from line to line
_PER_WORD = 256  # characters of such a text per word kept


def _best_run(needle: str) -> tuple[str, bool] | None:
    """The run of word characters of ``needle`` that picks the fewest words: one of
    ``_SHORTEST`` letters or more ("disease" of "’s disease"), else one bounded on both
    sides ("s" of "’s "), else two letters not both lowercase ("US", "Mr"); with whether
    it is bounded on both sides (the word is the run).  None: no run usable ("ed", ", ")."""
    best: tuple[tuple[bool, bool, int, int], str, bool] | None = None
    for m in _R_WORD.finditer(needle):
        run, before, after = m.group(), m.start() > 0, m.end() < len(needle)
        if not (before and after) and len(run) < _SHORTEST and (len(run) < 2 or run.islower()):
            continue
        rank = (len(run) >= _SHORTEST, before and after, int(before) + int(after), len(run))
        if best is None or rank > best[0]:
            best = (rank, run, before and after)
    return None if best is None else best[1:]


@dataclass
class PatternBits:
    """One bit per pattern, and the runs of the patterns' strings; built once per pack."""

    bit: dict[int, int]  # id(pattern) -> its bit
    kept: list[re.Pattern[str]]  # the patterns, alive: no id in ``bit`` is another's
    exact: dict[str, int]  # a word that is the run -> the bits of the patterns
    closure: dict[str, int]  # a run found in a word -> the bits of it and the runs it starts with
    every: int
    holding: re.Pattern[str] = _NONE  # a word (a line of its own) holding a run not exact
    each_run: re.Pattern[str] = _NONE  # the longest run at each place one starts

    @classmethod
    def of(cls, patterns: Iterable[tuple[re.Pattern[str], Sequence[str]]]) -> PatternBits:
        """``patterns``: each with strings one of which every match holds (in its line).  A
        pattern with a string no usable run holds (", ", "’s") is in most lines: left out."""
        out = cls({}, [], {}, {}, 0)
        loose: dict[str, int] = {}  # the runs not exact
        for pattern, needles in patterns:
            runs = [_best_run(n) for n in needles]
            if id(pattern) in out.bit or not runs or None in runs:
                continue
            b = out.bit[id(pattern)] = 1 << len(out.kept)
            out.kept.append(pattern)
            for run, exact in filter(None, runs):
                kind = out.exact if exact else loose
                kind[run] = kind.get(run, 0) | b
        out.every = (1 << len(out.kept)) - 1
        if loose:
            found = trie(loose)
            out.holding = re.compile(rf"(?m)^([^\n]*?(?:{found})[^\n]*)")
            out.each_run = re.compile(rf"(?=({found}))")
            out.closure = {
                r: reduce(or_, (loose.get(r[:k], 0) for k in range(2, len(r) + 1)), 0)
                for r in loose
            }
        return out

    def words_bits(
        self, words: list[str], known: dict[str, int] | None = None, most: int = 0
    ) -> int:
        """The bits of ``words`` together: their exact runs looked up; the few words holding
        another run told apart by one search of them all, each on a line of its own, and
        every run in them found by one more.  ``known``: the words' bits already found in
        the text, each new word's added (per word, a search of its own for its runs), at
        most ``most`` of them (then emptied)."""
        if max(map(len, words), default=0) > _LONGEST:  # a URL's, base64's: not read
            return self.every
        if known is None:
            got = reduce(or_, map(self.exact.get, words, repeat(0)), 0)
            if held := self.holding.findall("\n".join(words)):
                found = self.each_run.findall("\n".join(held))
                got = reduce(or_, map(self.closure.__getitem__, found), got)
            return got
        new = [w for w in words if w not in known]
        if new:
            if len(known) + len(new) > most:
                known.clear()
                new = words
            holding = set(self.holding.findall("\n".join(new)))
            for word in new:
                got = self.exact.get(word, 0)
                if word in holding:
                    found = self.each_run.findall(word)
                    got = reduce(or_, map(self.closure.__getitem__, found), got)
                known[word] = got
        return reduce(or_, map(known.__getitem__, words), 0)


def by_lines(text: str) -> bool:
    """``text`` has lines enough for its lines to spare a search: a line of a megabyte
    (no newline in a URL, a token, base64) is searched whole, as it would be anyway, and
    reading its words cost more than the patterns they would have ruled out."""
    return text.count("\n") >= len(text) // _FINE


class LineMasks:
    """The lines of one text, each with the bits (``PatternBits``) of the patterns it may
    hold a string of; the text is read once, at the first question."""

    def __init__(self, text: str, bits: PatternBits) -> None:
        """A stretch of a line at a time: the distinct words of a whole text, held at once,
        were some 7x an article's size; only a long text keeps (some of) them."""
        self.text, self.bits = text, bits
        # Each line's start as a machine integer, and its mask shared with every line of
        # the same mask (a list of ints and a big int per line were ~1x a long text).
        self.starts = array("q")
        self.masks: list[int] = []
        shared: dict[int, int] = {}
        start, size, findall = 0, len(text), _R_WORD.findall
        # A long text (the gold articles joined) writes its words again and again: their
        # bits are kept, up to a word per _PER_WORD characters of it (some 0.4x its size).
        known: dict[str, int] | None = {} if size >= _MEMO else None
        while start <= size:
            stop = text.find("\n", start)
            stop = size if stop < 0 else stop
            mask, at = 0, start
            while at < stop:
                cut = _R_BREAK.search(text, min(stop, at + _STRETCH), stop)
                end = cut.start() if cut else stop
                words = list(set(findall(text, at, end)))
                mask |= bits.words_bits(words, known, size // _PER_WORD)
                at = end + 1
            self.starts.append(start)
            self.masks.append(shared.setdefault(mask, mask))
            start = stop + 1
        self.size = size

    def windows(self, pattern: re.Pattern[str], join: int) -> list[tuple[int, int]] | None:
        """The stretches of whole lines (each with its newline) that may hold a string of
        ``pattern``, those fewer than ``join`` characters apart joined; None for a pattern
        not in the set."""
        b = self.bits.bit.get(id(pattern))
        if b is None:
            return None
        out: list[tuple[int, int]] = []
        starts, last = self.starts, len(self.starts) - 1
        for i in compress(range(len(starts)), map(b.__and__, self.masks)):
            end = starts[i + 1] if i < last else self.size
            if out and starts[i] - out[-1][1] < join:
                out[-1] = (out[-1][0], end)
            else:
                out.append((starts[i], end))
        return out
