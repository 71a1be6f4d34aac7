"""The roles check's speed-ups decide as the code they replaced (kept here, as it was).

``_before``/``_after`` return early beside a mark; ``_sentence_runs`` finds a run's
overlapping mention by bisection; ``_label_swap`` asks who of the item the cited text
names before reading the item's labels, and an actor's presence from its mentions only.
Each is held to the old code over the seed and dev articles (sentences as items, with two
names swapped, against the whole article and the paragraph) and over random strings.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

from summarizer._checks import label_swap, names, role_labels
from summarizer._checks.role_labels import (
    _DETS,
    _LOOSE,
    _OWNER,
    _PARTICIPLE,
    _PASSIVE_AUX,
    _PREPS,
    _SKIP_AFTER,
    _first_words,
    _last_words,
    _plain,
    _side,
    _stem,
)
from tests.test_checks_shortcuts import _resolver, articles, paragraph_of, swapped


def _old_before(text: str, start: int) -> tuple[Any, ...]:
    words = _last_words(text, start)
    while words and words[-1].lower() in _DETS:
        words.pop()
    if not words or not words[-1][0].islower() or not words[-1].isalpha():
        return ()
    word = words[-1]
    head = words[-2] if len(words) > 1 and _plain(words[-2]) else ""
    if word == "by":
        return (_side(_stem(head), "A"),) if head else ()
    out = [] if word in _LOOSE else [_side(_stem(word), "P")]
    if word in _PREPS and head:
        out.append(_side(_stem(head), "P"))
    return tuple(out)


def _old_after(text: str, end: int) -> tuple[Any, ...]:
    owner = _OWNER.match(text, end, end + 80)
    if owner:
        return ((_stem(owner.group(1)), "O"),)
    words = _first_words(text, end)
    skipped = passive = False
    while words and (words[0].lower() in _SKIP_AFTER or words[0].endswith("ly")):
        passive = passive or words[0].lower() in _PASSIVE_AUX
        skipped = True
        words.pop(0)
    if not words or not words[0].isalpha() or not words[0][0].islower():
        return ()
    word = words[0]
    if word in _LOOSE:
        return ()
    if passive and _PARTICIPLE.fullmatch(word) and len(words) > 1 and words[1] == "by":
        return (_side(_stem(word), "P"),)
    out = [_side(_stem(word), "A")]
    phrase = list(itertools.takewhile(_plain, words[1:3])) if not skipped else []
    if phrase:
        out.append(_side(_stem(phrase[-1]), "A"))
    return tuple(out)


def test_labels_around_a_name_are_the_old_codes() -> None:
    """At every position of every sentence, and of random strings of words, marks,
    spaces of every kind and letters outside ASCII."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    pieces = ["the ", "a ", "has ", "was ", "also ", "quickly ", "by ", "accused ", "in ", "X",
              "Y's ", "’s ", "'", "-", " ", "  ", "\n", "\t", "\u00a0", "\x1c", ", ", ". ", '"',
              "—", "(", "re-elect ", "with ", "government ", "envoy ", "don't ", "1", "’", "é",
              "ⓐ", "É ", "ß", "seen ", "held ", "met "]  # fmt: skip
    rng = random.Random(8)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(1500)]
    spots = [(t, i) for t in texts for i in range(len(t) + 1)]
    new = [(role_labels._before(t, i), role_labels._after(t, i)) for t, i in spots]
    old = [(_old_before(t, i), _old_after(t, i)) for t, i in spots]
    assert sum(map(any, old)) > 1000 and new == old


def _old_runs(text: str, resolve: Any) -> Any:
    ms = names._mentions(text, resolve)
    taken = [(s, e) for s, e, _ in ms]
    others = []
    for m in role_labels._NAME_RUN.finditer(text):
        a, b = m.span()
        if taken and any(s < b and a < e for s, e in taken):
            continue
        words = m.group(0).rstrip(".").split()
        if words[0] in names._COMMON or words[0] in role_labels._STOP_CAPS:
            continue
        if words[0] in role_labels._TITLE_WORDS:
            continue
        opens = role_labels._opens(text, a)
        key = " ".join(w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in words)
        others.append(((a, a + len(m.group(0).rstrip(".")), "~" + key), opens))
    return tuple(sorted(ms)), tuple(others)


def _old_label_swap(item: str, cited: str, resolve: Any) -> str | None:
    """``_label_swap`` before who is in the cited text was asked first."""
    if len({who for _s, _e, who in role_labels._names(item, resolve, True)}) < 2:
        return None
    mine = {w: held for w, held in role_labels.labels(item, resolve, True).items() if held}
    if len(mine) < 2:
        return None
    parts = [part for _, part in names.pieces(cited)]

    def named(who: str, part: str) -> bool:
        return who in role_labels._who(part, resolve)

    present = [who for who in mine if any(named(who, p) for p in parts)]
    held: dict[Any, bool] = {}

    def holds(who: str, label: Any) -> bool:
        if (who, label) not in held:
            cues = (label[0], *role_labels._SOURCES.get(label[0], ()))
            held[(who, label)] = any(
                named(who, part)
                and label in role_labels._sentence_labels(part, resolve, False).get(who, ())
                for part in parts
                if any(c in part.lower() for c in cues)
            )
        return held[(who, label)]

    def takes(a: str, b: str) -> Any:
        return next((x for x in sorted(mine[a]) if holds(b, x) and not holds(a, x)), None)

    for a, b in itertools.combinations(present, 2):
        first = takes(a, b)
        second = takes(b, a) if first else None
        if first and second:
            gives = f"gives {first[0]!r}... to {role_labels._shown(b)}"
            return f"{role_labels._shown(a)} and {role_labels._shown(b)} are swapped" + (
                f" (the cited text {gives})"
            )
    return None


def test_names_runs_and_label_swaps_are_the_old_codes() -> None:
    """Each sentence, as written and with two of its names swapped, against the whole
    article and its paragraph: the same runs of names and the same label swaps."""
    checked = swaps = 0
    for doc, found in articles():
        resolve = names._resolver(_resolver(found))
        for s in doc.sentences:
            assert role_labels._sentence_runs(s.text, resolve) == _old_runs(s.text, resolve)
            items = swapped(s.text, role_labels._names(s.text, resolve, True), 3)
            near = paragraph_of(doc, s)
            for item in items:
                assert role_labels._sentence_runs(item, resolve) == _old_runs(item, resolve)
                for cited in (doc.text, near, s.text):
                    want = _old_label_swap(item, cited, resolve)
                    assert label_swap._label_swap(item, cited, resolve) == want, (item, cited)
                    checked += 1
                    swaps += want is not None
    assert checked > 1500 and swaps > 50, (checked, swaps)


def test_modifier_points_read_in_one_pass_are_the_searches_answers() -> None:
    """``roles._after_modifier`` (one pass) answers, at every position a name can start
    (not a space), what ``_MODIFIER.search(text, 0, at)`` answered, as the whole-article
    branch of ``check_roles`` asked it per mention."""
    from summarizer._checks import roles

    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    pieces = ["a ", "an ", "A ", "An ", "U.S. ", "X", "Y’s ", "the ", "Obama ", "  ", "\n", ". ",
              ",", "(", "-", "anti-", "O'Neil ", "ban ", "1 "]  # fmt: skip
    rng = random.Random(4)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(2000)]
    found = 0
    for t in texts:
        points = roles._after_modifier(t)
        for at in range(len(t) + 1):
            if at < len(t) and t[at].isspace():
                continue
            want = roles._MODIFIER.search(t, 0, at) is not None
            assert (at in points) == want, (t, at)
            found += want
    assert found > 500
