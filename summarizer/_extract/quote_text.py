"""What quote attribution asks of the text around each quote, answered from indexes.

``_quotes`` asks, for every quote, what stands between the start of its sentence and its
opening mark: a colon, a headline's "Trump:", "according to", a speech verb. Sliced and
scanned again for each quote, a sentence with thousands of quotes took minutes; each
answer here equals the regex it replaces (named in its docstring) on the same stretch.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence

from summarizer._text.scan import prefiltered

# A single quote that no closing mark follows on its line can open nothing, but _quotes'
# pattern would look for one from each such mark to the line's end: those are masked.
_R_OPENER = prefiltered(re.compile(r"(?<![^\s(\[{—–\-/])[‘'](?=\w)"))
_R_CLOSER = prefiltered(re.compile(r"(?<=\S)[’'](?!\w)"))
_R_LINE_OPENER = re.compile(r"^[*_ \t]*[‘'](?=\w)", re.MULTILINE)
_R_W = re.compile(r"\W*")
_R_COLON = re.compile(":")
_R_HEADLINE = re.compile(r"\W*([^:]{1,60}):\s")
_R_ACCORDING = re.compile(r"\b[Aa]ccording to ")
_R_OPEN_END = re.compile(r"(?<!\W)\W*$")  # the trailing run of non-word characters


def mask_hopeless(text: str) -> str:
    """``text`` with each single quote that cannot open a quotation (no closing mark follows
    it on its line; not a line's opening mark) replaced by a neutral character.

    ``_R_QUOTE`` finds exactly the same quotations in both, without the rescans."""
    lines = {m.end() - 1 for m in _R_LINE_OPENER.finditer(text)}
    closers = [m.start() for m in _R_CLOSER.finditer(text)]
    out, at, k, eol = [], 0, 0, -1
    for m in _R_OPENER.finditer(text):
        p = m.start()
        if p > eol:
            eol = text.find("\n", p) % (len(text) + 1)  # the line's end (or the text's)
        while k < len(closers) and closers[k] <= p:
            k += 1
        if p not in lines and not (k < len(closers) and closers[k] < eol):
            out += [text[at:p], "\x00"]
            at = p + 1
    return "".join([*out, text[at:]]) if out else text


def disjoint(
    opens: Sequence[int], closes: Sequence[int], open_max: Sequence[int]
) -> tuple[array[int], array[int]]:
    """The stretches ``[opens[i], closes[i])`` merged where they overlap or touch, in order,
    as two arrays of machine integers (a list per stretch was ~2.6x the input on a paragraph
    of thousands of quotes).  ``open_max`` is the running maximum of ``opens``: when it
    equals them, they are sorted already and no order is built."""
    order: Sequence[int] = range(len(opens))
    if open_max != opens:
        order = sorted(order, key=opens.__getitem__)
    starts, ends = array("q"), array("q")
    for i in order:
        a, b = opens[i], closes[i]
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def blanked(text: str, starts: Sequence[int], ends: Sequence[int]) -> str:
    """``text`` with each stretch ``[starts[k], ends[k])`` (disjoint, in order) turned to
    spaces.  Its pieces are joined a few hundred at a time: two string objects per quotation
    held until one join were ~3.5x the input on a paragraph of thousands of quotes."""
    chunks: list[str] = []
    pieces: list[str] = []
    at = 0
    for a, b in zip(starts, ends, strict=True):
        pieces += (text[at:a], " " * (b - a))
        at = b
        if len(pieces) >= _JOINED:
            chunks.append("".join(pieces))
            pieces.clear()
    chunks.append("".join([*pieces, text[at:]]))
    return "".join(chunks)


_JOINED = 512  # pieces per chunk of ``blanked``


def ends_open(text: str, a: int, b: int) -> bool:
    r"""``re.search(r"[,?!—–-]\W*$", text[a:b])``: the trailing non-word run is read once,
    not from each of its marks (``text[a:b]`` must hold a word character)."""
    m = _R_OPEN_END.search(text, a, b)
    return bool(m and re.search(r"[,?!—–-]", m[0]))


class Stretches:
    """``outside`` (the text with its quotations blanked) indexed for stretches before quotes:
    ``a`` is a sentence's start, ``b`` a quotation mark or a colon."""

    def __init__(self, outside: str, verb: re.Pattern[str], heads: Sequence[int] = ()) -> None:
        self.outside, self.verb = outside, verb
        self.heads = heads  # the sentences' starts: a stretch ends by the next one
        self.heads_w: dict[int, tuple[int, list[int]]] = {}  # a -> end of \W*, colons in it
        self.verb_spans: tuple[array[int], array[int], array[int]] | None = None
        self.said: array[int] | None = None  # where "according to " ends
        self.commas: array[int] | None = None

    def headline(self, a: int, b: int) -> tuple[int, int] | None:
        r"""``re.match(r"\W*([^:]{1,60}):\s", outside[a:b]).span(1)``, from indexes.

        The engine tries the group's start from the end of the non-word run back: past the
        run only the first colon can end it; inside, a colon with a non-colon before it."""
        k = bisect.bisect_right(self.heads, a)
        limit = self.heads[k] if k < len(self.heads) else len(self.outside)
        if b > limit:  # not a stretch within a sentence: read as it is
            m = _R_HEADLINE.match(self.outside[a:b])
            return (a + m.start(1), a + m.end(1)) if m else None
        if a not in self.heads_w:  # the non-word run is read up to the next sentence only
            end = _R_W.match(self.outside, a, limit).end()  # type: ignore[union-attr]
            colons = [
                c
                for c in (m.start() for m in _R_COLON.finditer(self.outside, a + 1, end))
                if self.outside[c - 1] != ":"
                and c + 1 < len(self.outside) and self.outside[c + 1].isspace()
            ]  # fmt: skip
            self.heads_w[a] = end, colons
        end, colons = self.heads_w[a]
        w = min(end, b)
        if w < b:
            c = self.outside.find(":", w, min(b, w + 61))
            if c > w and c + 1 < b and self.outside[c + 1].isspace():
                return w, c
        k = bisect.bisect_left(colons, b - 1) - 1  # c + 1 < b
        return (colons[k] - 1, colons[k]) if k >= 0 else None

    def according(self, a: int, b: int) -> tuple[int, int] | None:
        r"""``re.search(r"\b[Aa]ccording to ([^,]+)", outside[a:b]).span(1)``, from indexes."""
        if self.said is None:
            self.said = array("q", (m.end() for m in _R_ACCORDING.finditer(self.outside)))
            self.commas = array("q", (m.start() for m in re.finditer(",", self.outside)))
        assert self.commas is not None
        k = bisect.bisect_left(self.said, a + len("according to "))
        while k < len(self.said) and (g := self.said[k]) < b:
            if self.outside[g] != ",":
                c = bisect.bisect_left(self.commas, g)
                return g, min(self.commas[c], b) if c < len(self.commas) else b
            k += 1
        return None

    def verbs(self, a: int, b: int) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
        """Of the speech verbs in ``[a, b)``: the last if finite, else the first finite one
        (or None); and the last one. None when there is no verb."""
        if self.verb_spans is None:
            starts, ends, finite = array("q"), array("q"), array("q")
            for i, v in enumerate(self.verb.finditer(self.outside)):
                starts.append(v.start())
                ends.append(v.end())
                if not v[0].endswith("ing"):
                    finite.append(i)
            self.verb_spans = starts, ends, finite
        starts, ends, finite = self.verb_spans
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_right(ends, b)
        if lo >= hi:
            return None
        last = starts[hi - 1], ends[hi - 1]
        if not self.outside[last[0] : last[1]].endswith("ing"):
            return last, last
        f = bisect.bisect_left(finite, lo)
        first = (starts[finite[f]], ends[finite[f]]) if f < len(finite) and finite[f] < hi else None
        return first, last

    def last_finite(self, a: int, b: int) -> int:
        """Where the last finite speech verb (not '-ing') within ``[a, b)`` starts, or -1."""
        self.verbs(a, a)  # builds the index
        assert self.verb_spans is not None
        starts, ends, finite = self.verb_spans
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_right(ends, b)
        f = bisect.bisect_left(finite, hi) - 1
        return starts[finite[f]] if f >= 0 and finite[f] >= lo else -1
