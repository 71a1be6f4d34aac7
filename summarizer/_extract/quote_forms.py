"""Each sentence's subject as ``quotes`` reads it: held as two machine integers a sentence.

The quotes reader reads the subject opening every sentence (the named subjects inform
later pronouns, and ``quote_gender`` reads them all), and asks again for the sentences its
quotes lie in.  Held as a dict of tuples, a pronoun subject a new ``Mention`` and string
each, that was ~7x the input on a text of short sentences opening on "They" (issue 12:
the quotes stage set the peak of the ``dates`` shape).  Here a named subject is its index
in the reader's list of mentions (the very tuple it was), a pronoun its span (its
``Mention`` made again when asked: equal, not the same object).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence

from summarizer._extract.actors import FoundActor, Mention

Form = tuple[Mention, FoundActor | None] | None  # a name and its actor, a pronoun (None), or none

_UNREAD, _NONE, _NAMED = -2, -1, -1  # in ``_a``; a named subject's ``_b``


class SubjectForms:
    """Sentence id (1 to ``count``) -> its subject ``Form``, for the ids set so far."""

    def __init__(
        self,
        count: int,
        mentions: Sequence[tuple[Mention, FoundActor]],
        starts: Sequence[int],
        outside: str,
    ) -> None:
        self.mentions, self.starts, self.outside = mentions, starts, outside
        # _a: unread, none, the mention's index (named) or the pronoun's start; _b: the
        # pronoun's end, or _NAMED.
        self._a = array("q", [_UNREAD]) * (count + 1)
        self._b = array("q", [_NAMED]) * (count + 1)

    def __contains__(self, sid: int) -> bool:
        return self._a[sid] != _UNREAD

    def get(self, sid: int) -> Form:
        """The subject of sentence ``sid``; None if it has none or was not read."""
        a = self._a[sid]
        if a < 0:
            return None
        b = self._b[sid]
        if b == _NAMED:
            return self.mentions[a]
        return Mention(a, b, self.outside[a:b]), None

    __getitem__ = get

    def __setitem__(self, sid: int, form: Form) -> None:
        if form is None:
            self._a[sid] = _NONE
        elif form[1] is None:  # a pronoun
            self._a[sid], self._b[sid] = form[0].start, form[0].end
        else:
            self._a[sid], self._b[sid] = self._index(form), _NAMED

    def _index(self, form: tuple[Mention, FoundActor | None]) -> int:
        """Where ``form`` (one of ``mentions``) is in the list."""
        i = bisect.bisect_left(self.starts, form[0].start)
        while i < len(self.mentions) and self.starts[i] == form[0].start:
            if self.mentions[i] is form:
                return i
            i += 1
        raise ValueError("a named subject is one of the reader's mentions")
