"""The roles check's second round of speed-ups decides as the code it replaced (kept here).

``check_roles`` reads the item's names once (and hands them to the label swap) and stops
after the owner and epithet checks when the item names one actor or name only; ``_triples``
and ``_reversed`` stop before reading the cited text or the modifiers when no two names
differ; ``_triples`` collects its verbs word by word; ``label_swap._inside`` asks each
sentence's actors once; ``_BOUND`` and ``_PASSIVE_BY`` are prefiltered.  Each is held to
the old code over the seed and dev articles (sentences as items, with two names swapped,
reworded, cut to one name, against the sentence, its neighbours, its paragraph and the
whole article, read as an item's and as a headline's) and over random strings.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from typing import Any

from summarizer._checks import label_swap, names, role_labels, roles
from tests.test_checks_shortcuts import _resolver, articles, paragraph_of, swapped
from tests.test_role_shortcuts import _reworded

Triple = tuple[str, str, str, bool]


def _old_triples(text: str, resolve: Any) -> frozenset[Triple]:
    ms = names._mentions(text, resolve)
    if len(ms) < 2:
        return frozenset()
    out: set[Triple] = set()
    modified = roles._after_modifier(text)
    ms = [m for m in ms if m[0] not in modified]
    for x, y in itertools.pairwise(ms):
        if x[2] == y[2]:
            continue
        between = text[x[1] : y[0]]
        words = between.split()
        if len(words) > 18 or roles._CLAUSE_END.search(between):
            continue
        passive = roles._PASSIVE.search(between)
        doer, done = (y[2], x[2]) if passive else (x[2], y[2])
        if passive:
            out.add((doer, passive.group(1)[:5], done, True))
        first = next((w for w in words[:3] if w not in roles._AUX), "")
        head = first[:5] if first and roles._VERBISH.fullmatch(first) else ""
        verbs = {w[:5] for w in roles._LOWER_WORD.findall(between) if w not in roles._NOT_VERBS}
        out.update((doer, v, done, v == head) for v in verbs)
        if head and head not in roles._NOT_VERBS and head not in roles._SHORT:
            out.add((doer, head, done, True))
    return frozenset(out)


def _old_reversed(item: str, cited: str, resolve: Any) -> str | None:
    ms = role_labels._names(item, resolve)
    if len(ms) < 2:
        return None
    theirs = roles._stretches(cited, resolve)
    shown = role_labels._shown
    for x, y in itertools.combinations(ms, 2):
        a, b = x[2], y[2]
        if a == b or (a, b) in theirs:
            continue
        if (b, a) not in theirs or role_labels._JOIN.fullmatch(item, x[1], y[0]):
            continue
        between = item[x[1] : y[0]]
        own = roles._OWN_PHRASE.match(between)
        mine = roles._relation(between[own.end() if own else 0 :])
        if not mine or any(map(role_labels._symmetric, mine)):
            continue
        for stretch in theirs[(b, a)]:
            if bool(_PLAIN_PASSIVE_BY.search(between)) != bool(_PLAIN_PASSIVE_BY.search(stretch)):
                continue
            same = roles._relation(stretch)
            if not any(map(role_labels._symmetric, same)) and 2 * len(mine & same) >= len(mine):
                return f"{shown(a)} and {shown(b)} are swapped ({shown(b)} comes first)"
    return None


def _old_label_swap(item: str, cited: str, resolve: Any, few: bool) -> str | None:
    """``_label_swap`` with the item's names read by itself, and ``inside`` as a set."""
    whos = dict.fromkeys(who for _s, _e, who in role_labels._names(item, resolve, True))
    if len(whos) < 2:
        return None
    parts = [p for _, p in names.pieces(cited)]
    inside = {w for w in whos if any(role_labels._names_in(w, p, resolve) for p in parts)}
    assert label_swap._inside(list(whos), parts, resolve) == inside
    return label_swap._label_swap(item, cited, resolve, few)


def _old_check_roles(
    item: str, cited: str, resolve: Any, whole: bool = False, locate: Any = None
) -> str | bool | None:
    if not role_labels._names(item, resolve, True):
        return None
    if owner := (
        roles._owner_swapped(item, cited, resolve)
        or roles._epithet_swapped(item, cited, resolve)
        or _old_label_swap(item, cited, resolve, few=not whole)
        or (None if whole else _old_reversed(item, cited, resolve))
    ):
        return owner
    if whole and locate is not None:
        modified = roles._after_modifier(item)
        ms = [m for m in names._mentions(item, resolve) if m[0] not in modified]
        checked = False
        for x, y in itertools.pairwise(ms):
            clause = item[x[0] : y[1]]
            if x[2] == y[2] or len(clause.split()) > 20:
                continue
            result = _old_check_roles(clause, locate(clause), resolve, whole=True)
            if isinstance(result, str):
                return result
            checked = checked or result is True
        return True if checked else None
    mine = _old_triples(item, resolve)
    if whole:
        mine = frozenset(t for t in mine if t[3])
    if not mine:
        return None
    theirs = _old_triples(cited, resolve)
    if whole:
        theirs = frozenset(t for t in theirs if t[3])
    plain = {(a, v, b) for a, v, b, _ in theirs}
    checked = False
    for a, verb, b, head in sorted(mine):
        if (a, verb, b) in plain:
            checked = True
        elif (b, verb, a) in plain and not role_labels._symmetric(verb):
            return f"{a} and {b} are swapped (the cited text has {b} {verb}... {a})"
        elif head and (z := [z for z, v, w, h in theirs if h and v == verb and w == b]):
            return f"the cited text has {sorted(z)[0]}, not {a}, {verb}... {b}"
        elif (
            head
            and not role_labels._symmetric(verb)
            and roles._only_reversed(a, b, theirs)
            and role_labels._moved((a, b), item, cited, resolve)
        ):
            return f"{a} and {b} are swapped (in the cited text {b} acts on {a})"
    return True if checked else None


_PLAIN_BOUND = re.compile(roles._BOUND.pattern)
_PLAIN_PASSIVE_BY = re.compile(roles._PASSIVE_BY.pattern)


def _one_name(text: str, found: list[tuple[int, int, str]]) -> list[str]:
    """``text`` cut to the stretch around its first name: an item naming one actor."""
    return [text[max(0, s - 40) : e + 40] for s, e, _ in found[:1]]


def test_the_roles_check_decides_as_the_old_code() -> None:
    rng = random.Random(13)
    checked = failed = one = 0
    for doc, found in articles():
        resolve = names._resolver(_resolver(found))
        sentences = doc.sentences
        for i, s in enumerate(sentences):
            ms = role_labels._names(s.text, resolve, True)
            items = swapped(s.text, ms, 2)
            items += [w for item in items[:2] for w in _reworded(item, rng)]
            items += _one_name(s.text, ms)
            near = " ".join(x.text for x in sentences[max(0, i - 1) : i + 2])
            located: Callable[[str], str] = lambda clause, near=near: near  # noqa: E731
            for item in items:
                one += len({w for *_, w in role_labels._names(item, resolve, True)}) == 1
                for cited in (s.text, near, paragraph_of(doc, s)):
                    want = _old_check_roles(item, cited, resolve)
                    assert roles.check_roles(item, cited, resolve) == want, (item, cited)
                    checked += 1
                    failed += isinstance(want, str)
                want = _old_check_roles(item, doc.text, resolve, True, located)
                assert roles.check_roles(item, doc.text, resolve, True, located) == want, item
    assert checked > 3000 and failed > 100 and one > 200, (checked, failed, one)


_PIECES = ["X ", "Y ", "Moscow ", "Z's ", "accused ", "was ", "by ", "met ", "the ", "a ", "an ",
           "U.S. ", "re-elect ", "vetoed ", "said ", "and ", ", ", ". ", "; ", "while ", "also ",
           "challenger ", "envoy ", "in ", "hit ", "Odysseus ", "’s ", "his ", "seen "]  # fmt: skip


def test_triples_and_reversals_over_random_strings_are_the_old_codes() -> None:
    rng = random.Random(21)
    resolve = names._resolver(lambda n: n if n in ("X", "Y", "Moscow", "U.S.") else None)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        other = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        want = _old_triples(text, resolve)
        assert roles._triples.__wrapped__(text, resolve) == want, text
        found += bool(want)
        assert roles._reversed(text, other, resolve) == _old_reversed(text, other, resolve)
        for whole in (False, True):
            locate = (lambda clause, other=other: other) if whole else None
            got = roles.check_roles(text, other, resolve, whole, locate)
            assert got == _old_check_roles(text, other, resolve, whole, locate), (text, other)
    assert found > 400, found


def test_prefiltered_bindings_find_what_the_plain_patterns_found() -> None:
    """``_BOUND`` is searched in the 30 characters before a name, ``_PASSIVE_BY`` in the
    words between two: prefiltered, each finds the same match at every window."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    rng = random.Random(3)
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 20))) for _ in range(500)]
    found = 0
    for t in texts:
        for at in range(len(t) + 1):
            lo = max(0, at - 30)
            a, b = roles._BOUND.search(t, lo, at), _PLAIN_BOUND.search(t, lo, at)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, at)
            found += a is not None
            c, d = roles._PASSIVE_BY.search(t, lo, at), _PLAIN_PASSIVE_BY.search(t, lo, at)
            assert (c and c.span()) == (d and d.span()), (t, at)
    assert found > 1000, found


def test_a_name_is_after_a_modifier_only_where_the_shortcut_allows() -> None:
    """``_triples`` reads ``_after_modifier`` only if a mention ``_may_follow_modifier``:
    every point of the pass must be one it allows, at every position of the sentences and
    of random strings (spaces of every kind, marks, letters outside ASCII)."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    pieces = ["a ", "an ", "A ", "An ", "U.S. ", "X", "Y’s ", "the ", "Obama ", "  ", "\n", ". ",
              ",", "(", "-", "anti-", "O'Neil ", "ban ", "1 ", "data ", "É ", "\u00a0", "\x1c",
              "_a ", "ça ", "Zoë "]  # fmt: skip
    rng = random.Random(9)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    points = skipped = 0
    for t in texts:
        modified = roles._after_modifier(t)
        for at in range(len(t) + 1):
            may = roles._may_follow_modifier(t, at)
            assert may or at not in modified, (t, at)
            points += at in modified
            skipped += not may
    assert points > 3000 and skipped > 50000, (points, skipped)
