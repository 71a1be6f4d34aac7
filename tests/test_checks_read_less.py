"""What the roles check no longer reads changes nothing (bench/README.md: branch hK).

``roles._bare`` tells from a clause alone that ``check_roles(clause, cited, whole=True)``
is None whatever ``cited``: the clause is then neither located nor read against the
sentences stating it.  ``label_swap._Held`` reads a sentence's labels name by name, as
the whole sentence's reading has them.  Held here over every sentence of the seed and
the longest dev articles (and every clause, as written and with two names swapped,
against several cited texts).
"""

from __future__ import annotations

import itertools

from summarizer._checks import label_swap, names, role_labels, roles
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


def test_a_sentences_labels_read_name_by_name_are_the_whole_readings() -> None:
    names_read = 0
    for doc, actors in articles():
        resolve = names._resolver(_resolver(actors))
        for s in doc.sentences:
            for item in swapped(s.text, roles._names(s.text, resolve, True), 2):
                whole = role_labels._sentence_labels(item, resolve, False)
                held = label_swap._Held(item, resolve)
                assert set(held.runs) == set(whole), item
                for who, found in whole.items():
                    assert held.of(who) == set(found), (item, who)
                    names_read += 1
                assert held.of("~Nobody Named") is None
    assert names_read > 1000, names_read


def test_a_sentences_labels_asked_again_are_the_same_whatever_the_order() -> None:
    """``_Held.of`` keeps each name's labels once read (a headline's swap asks of one name
    once per label): asked again, and in the other order (a coordinated run's labels read
    for its first name are then reused for the next), they are still the whole reading."""
    asked = 0
    for doc, actors in articles():
        resolve = names._resolver(_resolver(actors))
        for s in doc.sentences[:40]:
            whole = role_labels._sentence_labels(s.text, resolve, False)
            held = label_swap._Held(s.text, resolve)
            for who in [*reversed(whole), *whole]:
                assert held.of(who) == whole[who], (s.text, who)
                asked += 1
    assert asked > 200, asked
