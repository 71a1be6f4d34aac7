"""A headline's clauses the roles check skips compare nothing (bench/README.md: branch hK).

``roles._bare`` tells from a clause alone that ``check_roles(clause, cited, whole=True)``
is None whatever ``cited``: the clause is then neither located nor read against the
sentences stating it.  Held here over every clause of every sentence of the seed and the
longest dev articles, as written and with two names swapped, against several cited texts.
"""

from __future__ import annotations

import itertools

from summarizer._checks import names, roles
from tests.test_checks_shortcuts import _resolver, articles, paragraph_of, swapped


def _clauses(item: str, resolve: names.Resolve) -> list[str]:
    """The stretches ``check_roles`` checks of a whole-article item: one actor to the next."""
    modified = roles._after_modifier(item)
    ms = [m for m in names._mentions(item, resolve) if m[0] not in modified]
    return [
        item[x[0] : y[1]]
        for x, y in itertools.pairwise(ms)
        if x[2] != y[2] and len(item[x[0] : y[1]].split()) <= 20
    ]


def test_a_bare_clause_is_none_whatever_it_is_checked_against() -> None:
    bare = other = found = 0
    for doc, actors in articles():
        resolve = names._resolver(_resolver(actors))
        for s in doc.sentences:
            near = paragraph_of(doc, s)
            for item in swapped(s.text, roles._names(s.text, resolve, True), 2):
                for clause in _clauses(item, resolve):
                    got = [roles.check_roles(clause, c, resolve, whole=True)
                           for c in (s.text, near, doc.text)]  # fmt: skip
                    if roles._bare(clause, resolve):
                        bare += 1
                        assert got == [None, None, None], (clause, got)
                    else:
                        other += 1
                        found += any(r is not None for r in got)
    # The shortcut is taken, and what it does not skip does find something to compare.
    assert bare > 100 and other > 100 and found > 50, (bare, other, found)
