"""Which lines of a text may hold a string of each of a set of one-line patterns, by its words.

``in_lines`` searches a pattern that cannot read a newline only in the lines holding one
of its required strings.  Finding those lines by the strings themselves cost a scan of
the text for some two hundred strings (a regex trying them at nearly every character), and
the strings of the costliest rules (the hundred role words of "Police said", the titles,
the gazetteer's names) were too many to look up at all, so those rules scanned whole
texts.  A required string holds a run of word characters, and any line holding the string
holds a word built on that run: the word itself where the string bounds the run on both
sides (" told " holds the word "told"), a word starting with it where only the start is
bounded (" said" in " saidx"), ending with it, or holding it.  So each distinct word of
the text is read once: which patterns one of its strings may belong to, as the bits of
an int; a line's bits are its words' bits together.  A line
may be given a pattern it holds no string of (a word starting with "said" need not follow
a space), never denied one it holds: the lines searched are those ``in_lines`` would
search, or more, and the matches are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from itertools import compress, repeat
from operator import or_

from summarizer._lang import trie

__all__ = ["LineMasks", "PatternBits"]

_R_WORD = re.compile(r"\w+")
_R_BREAK = re.compile(r"\W")  # where a stretch of a long line may end: no word holds it
_STRETCH = 4096  # characters of a line read at once: its words' list is some 5x that
_KEY = 3  # characters of a run looked up first: a run shorter than this, unless exact, is
# in too many words to be worth it ("a", "ed")
_LONGEST = 24  # characters: a longer word (a URL's, base64's) is given every pattern

Runs = dict[str, list[tuple[str, int]]]  # a run's first _KEY characters -> (run, bits)


def _best_run(needle: str) -> tuple[str, bool, bool] | None:
    """The run of word characters of ``needle`` that picks the fewest words: one of ``_KEY``
    letters or more ("disease" of "’s disease"), else one bounded on both sides ("s" of
    "’s "), else two letters not both lowercase ("US", "Mr"): (run, bounded before, bounded
    after).  None: no run usable ("ed", ", ")."""
    best: tuple[tuple[bool, bool, int, int], str, bool, bool] | None = None
    for m in _R_WORD.finditer(needle):
        run, before, after = m.group(), m.start() > 0, m.end() < len(needle)
        if not (before and after) and len(run) < _KEY and (len(run) < 2 or run.islower()):
            continue
        rank = (len(run) >= _KEY, before and after, int(before) + int(after), len(run))
        if best is None or rank > best[0]:
            best = (rank, run, before, after)
    return None if best is None else best[1:]


@dataclass
class PatternBits:
    """One bit per pattern, and the runs of the patterns' strings indexed by how a word
    holds them; built once per pack."""

    bit: dict[int, int]  # id(pattern) -> its bit
    kept: list[re.Pattern[str]]  # the patterns, alive: no id in ``bit`` is another's
    exact: dict[str, int]  # the word is the run
    starts: Runs  # the word starts with the run
    ends: Runs  # the word ends with the run
    inside: Runs  # the word holds the run
    pairs: dict[str, int]  # the word holds the run of two letters (bounded or not)
    every: int
    # A word (a line of its own) holding a run that is not exact
    holding: re.Pattern[str] = re.compile("(?!)")

    @classmethod
    def of(cls, patterns: Iterable[tuple[re.Pattern[str], Sequence[str]]]) -> PatternBits:
        """``patterns``: each with strings one of which every match holds (in its line).  A
        pattern with a string no usable run holds (", ", "’s") is in most lines: left out."""
        out = cls({}, [], {}, {}, {}, {}, {}, 0)
        for pattern, needles in patterns:
            runs = [_best_run(n) for n in needles]
            if id(pattern) in out.bit or not runs or None in runs:
                continue
            b = out.bit[id(pattern)] = 1 << len(out.kept)
            out.kept.append(pattern)
            for word, before, after in filter(None, runs):
                if (before and after) or len(word) < _KEY:
                    kind_ = out.exact if before and after else out.pairs
                    kind_[word] = kind_.get(word, 0) | b
                    continue
                kind = out.starts if before else out.ends if after else out.inside
                key = word[-_KEY:] if kind is out.ends else word[:_KEY]
                _add(kind.setdefault(key, []), word, b)
        out.every = (1 << len(out.kept)) - 1
        held = [*out.pairs, *(r for kind in (out.starts, out.ends, out.inside)
                              for got in kind.values() for r, _ in got)]  # fmt: skip
        if held:
            out.holding = re.compile(rf"(?m)^([^\n]*?(?:{trie(held)})[^\n]*)")
        return out

    def words_bits(self, words: list[str]) -> int:
        """The bits of ``words`` together (``word_bits``): most words hold no run but an
        exact one, told apart by one search of them all, each on a line of its own."""
        if any(len(w) > _LONGEST for w in words):  # a URL's, base64's: not read
            return self.every
        got = reduce(or_, map(self.exact.get, words, repeat(0)), 0)
        for word in self.holding.findall("\n".join(words)):
            got |= self.word_bits(word)
        return got

    def word_bits(self, word: str) -> int:
        """The bits of the patterns a string of which a line may hold by holding ``word``."""
        size = len(word)
        if size > _LONGEST:
            return self.every
        got = self.exact.get(word, 0)
        for run, b in self.starts.get(word[:_KEY], ()):
            if word.startswith(run):
                got |= b
        for run, b in self.ends.get(word[-_KEY:], ()):
            if word.endswith(run):
                got |= b
        for i in range(size - 1):
            got |= self.pairs.get(word[i : i + 2], 0)
        inside = self.inside
        for i in range(size - _KEY + 1):
            for run, b in inside.get(word[i : i + _KEY], ()):
                if word.startswith(run, i):
                    got |= b
        return got


def _add(runs: list[tuple[str, int]], word: str, b: int) -> None:
    for i, (run, bits) in enumerate(runs):
        if run == word:
            runs[i] = (run, bits | b)
            return
    runs.append((word, b))


class LineMasks:
    """The lines of one text, each with the bits (``PatternBits``) of the patterns it may
    hold a string of; the text is read once, at the first question."""

    def __init__(self, text: str, bits: PatternBits) -> None:
        """A stretch of a line at a time, and nothing remembered from one to the next: the
        distinct words of a whole text, held at once, were some 7x an article's size."""
        self.text, self.bits = text, bits
        self.starts: list[int] = []
        self.masks: list[int] = []
        start, size, findall = 0, len(text), _R_WORD.findall
        while start <= size:
            stop = text.find("\n", start)
            stop = size if stop < 0 else stop
            mask, at = 0, start
            while at < stop:
                cut = _R_BREAK.search(text, min(stop, at + _STRETCH), stop)
                end = cut.start() if cut else stop
                mask |= bits.words_bits(list(set(findall(text, at, end))))
                at = end + 1
            self.starts.append(start)
            self.masks.append(mask)
            start = stop + 1
        self.ends = [*self.starts[1:], size]

    def windows(self, pattern: re.Pattern[str], join: int) -> list[tuple[int, int]] | None:
        """The stretches of whole lines (each with its newline) that may hold a string of
        ``pattern``, those fewer than ``join`` characters apart joined; None for a pattern
        not in the set."""
        b = self.bits.bit.get(id(pattern))
        if b is None:
            return None
        out: list[tuple[int, int]] = []
        starts, ends = self.starts, self.ends
        for i in compress(range(len(starts)), map(b.__and__, self.masks)):
            if out and starts[i] - out[-1][1] < join:
                out[-1] = (out[-1][0], ends[i])
            else:
                out.append((starts[i], ends[i]))
        return out
