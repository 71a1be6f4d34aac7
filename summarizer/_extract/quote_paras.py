"""The paragraphs the quote rules read: each one's span and where its words begin.

Held as machine integers by the paragraph's place: a dict of a tuple per paragraph and a
dict memo of their leads were ~0.7x the input at the quotes stage's peak on a long normal
article (issue 12), beside the text with its quotations blanked.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping

from summarizer._text.segment import Sentence

_UNREAD = -1  # a lead not looked for yet


class Paragraphs(Mapping[int, tuple[int, int]]):
    """Paragraph number -> (its first sentence's start, its last sentence's end), in the
    order the sentences first name it: what ``{p: (first start, last end)}`` built sentence
    by sentence held."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.ids, self.starts, self.ends = array("q"), array("q"), array("q")
        index: dict[int, int] | None = None  # paragraph -> place, once they come unsorted
        for s in sentences:
            p = s.paragraph
            if index is None and self.ids and p == self.ids[-1]:
                self.ends[-1] = s.end
                continue
            if index is None and self.ids and p < self.ids[-1]:
                index = {q: i for i, q in enumerate(self.ids)}
            if index is not None and (i := index.get(p)) is not None:
                self.ends[i] = s.end
                continue
            if index is not None:
                index[p] = len(self.ids)
            self.ids.append(p)
            self.starts.append(s.start)
            self.ends.append(s.end)
        n = len(self.ids)
        if index is None and n and self.ids[-1] - self.ids[0] != n - 1:
            index = {q: i for i, q in enumerate(self.ids)}  # sorted, with numbers missing
        self._index = index  # None: paragraph p at place p - ids[0]
        self.leads = array("q", [_UNREAD]) * n

    def place(self, p: int) -> int | None:
        """Where paragraph ``p`` is held, None if no sentence is in it."""
        if self._index is not None:
            return self._index.get(p)
        i = p - self.ids[0] if self.ids else -1
        return i if 0 <= i < len(self.ids) else None

    def __getitem__(self, p: int) -> tuple[int, int]:
        i = self.place(p)
        if i is None:
            raise KeyError(p)
        return self.starts[i], self.ends[i]

    def __contains__(self, p: object) -> bool:
        return isinstance(p, int) and self.place(p) is not None

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def lead(self, p: int, text: str) -> int:
        """Where paragraph ``p``'s words begin in ``text``, past markup such as ``**``."""
        i = self.place(p)
        if i is None:
            raise KeyError(p)
        if self.leads[i] == _UNREAD:
            a, b = self.starts[i], self.ends[i]
            self.leads[i] = a + len(text[a:b]) - len(text[a:b].lstrip(" *_#>"))
        return self.leads[i]
