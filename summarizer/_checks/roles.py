"""Roles: who did what to whom stays as the cited text has it.

Two views, each cheap.  *Labels* (``role_labels``): the words that bind each name to
its clause; two names each holding, in the item, a label the cited text gives only to
the other are swapped, whatever the verb.  *Triples*: (doer, verb, done-to) for neighbouring
mentions, which also catches a verb given to another doer ("Syria vetoed" over
"Russia vetoed").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from summarizer._checks.label_swap import _label_swap, item_names
from summarizer._checks.names import _COMMON, Resolve, _mentions, pieces
from summarizer._checks.polarity import _FILLER, _stem
from summarizer._checks.role_labels import (
    _JOIN,
    _by_sentence,
    _moved,
    _names,
    _Sets,
    _shown,
    _symmetric,
    labels,
)
from summarizer._text.scan import prefiltered

_NOT_VERBS = frozenset(
    """would could should their there which about with from that this also have been were
    while after before into over than then them they what when where said says told tell
    tells think thinks believe believes added stated claimed argued insisted noted""".split()
)


_LOWER_WORD = prefiltered(re.compile(r"\b[a-z]{4,}\b"))
_CLAUSE_END = prefiltered(re.compile(r"(?<![A-Z])[.!?;]\s|\bwhile\b"))
_PASSIVE = prefiltered(re.compile(r"\b([a-z]+(?:ed|en|wn))\s+by\b"))
_VERBISH = re.compile(r"[a-z]{3,}")


_POSSESSIVE_END = re.compile(r"['’]s?$")
_WORD3 = re.compile(r"[A-Za-z]{3,}")


_SHORT = frozenset("and or but nor for the his her its who was are not yet via per off out".split())
_AUX = frozenset(
    """also has had have was were is are then later again just already will would can could
    should must may might""".split()
)


_MODIFIER = re.compile(r"\ban?\s+(?:[A-Z][\w.'’-]*\s+)*$")
_MODIFIER_RUN = prefiltered(re.compile(r"\ban?\s+((?:[A-Z][\w.'’-]*\s+)*)"))
_CAPITAL_WORD = re.compile(r"[A-Z][\w.'’-]*\s+")


@lru_cache(maxsize=1024)
def _after_modifier(text: str) -> frozenset[int]:
    """Every point where ``_MODIFIER`` ends a match, in one pass: asked per mention, the
    search from the text's start cost the square of a long sentence."""
    out: set[int] = set()
    for m in _MODIFIER_RUN.finditer(text):
        out.add(m.start(1))
        out.update(w.end() for w in _CAPITAL_WORD.finditer(text, m.start(1), m.end(1)))
    return frozenset(out)


def _may_follow_modifier(text: str, at: int) -> bool:
    """Whether ``at`` may be in ``_after_modifier(text)``: each of its points follows
    spaces after an "a"/"an" or a word starting with a capital (``_CAPITAL_WORD``), so a
    name after no space, or after a lower-case word not ending in "a"/"n", needs no pass."""
    end = at
    while end and text[end - 1].isspace():  # ``\s`` and ``str.isspace`` agree
        end -= 1
    if end == at or not end:
        return False
    if text[end - 1] in "an":
        return True
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_.'’-"):  # ``\w``...
        start -= 1
    return start < end and "A" <= text[start] <= "Z"


@lru_cache(maxsize=1024)
def _triples(text: str, resolve: Resolve) -> frozenset[tuple[str, str, str, bool]]:
    """(doer, verb stem, done-to, whether the verb heads the clause) for neighbouring actor
    mentions in one clause of ``text``.  A name after "a"/"an" ("a U.S. report") is a
    modifier, not an actor in the clause."""
    ms = _mentions(text, resolve)
    if len({m[2] for m in ms}) < 2:
        return frozenset()  # no two actors to be neighbours
    out: set[tuple[str, str, str, bool]] = set()
    if any(_may_follow_modifier(text, m[0]) for m in ms):
        modified = _after_modifier(text)
        ms = [m for m in ms if m[0] not in modified]
    for x, y in itertools.pairwise(ms):
        if x[2] == y[2]:
            continue
        between = text[x[1] : y[0]]
        words = between.split()
        if len(words) > 18 or _CLAUSE_END.search(between):
            continue
        # A passive clause writes "by" (``_PASSIVE``'s match holds it): most stretches do
        # not, and the pattern would be tried at each of their lower-case letters.
        passive = _PASSIVE.search(between) if "by" in between else None
        doer, done = (y[2], x[2]) if passive else (x[2], y[2])
        if passive:  # "X was accused by Y": the participle is the clause's verb, Y its doer
            out.add((doer, passive.group(1)[:5], done, True))
        # The heading verb: the first or second word after the doer ("Russia also vetoed").
        head = ""
        for w in words[:3]:
            if w not in _AUX:
                head = w[:5] if _VERBISH.fullmatch(w) else ""
                break
        # Every word that may say what one actor does to the other (speech excluded: who
        # says what is the speaker check's), by its stem.
        for w in _LOWER_WORD.findall(between):
            if w not in _NOT_VERBS:
                v = w[:5]
                out.add((doer, v, done, v == head))
        if head and head not in _NOT_VERBS and head not in _SHORT:  # "met" heads a clause
            out.add((doer, head, done, True))
    return frozenset(out)


def _only_reversed(a: str, b: str, theirs: frozenset[tuple[str, str, str, bool]]) -> bool:
    """The cited text has ``b`` heading a clause ending in ``a``, and never ``a`` before ``b``."""
    return any(x == b and y == a and h for x, _, y, h in theirs) and not any(
        x == a and y == b for x, _, y, _ in theirs
    )


_OWNED = re.compile(r"\s*(?:['’]s?)\s+([A-Z][\w-]*)")


@lru_cache(maxsize=1024)
def _owned(text: str, resolve: Resolve) -> Mapping[str, frozenset[str]]:
    """Named thing -> the actors it is the possession of ("Intuitive Machines' Odysseus")."""
    return _by_sentence(text, resolve, _sentence_owned)


@lru_cache(maxsize=8192)
def _sentence_owned(text: str, resolve: Resolve) -> _Sets:
    out: dict[str, set[str]] = {}
    for start, end, actor in _mentions(text, resolve):
        mark = _POSSESSIVE_END.search(text, start, end)
        m = _OWNED.match(text, mark.start() if mark else end)
        if m and m.group(1) not in _COMMON and not resolve(m.group(1)):
            out.setdefault(m.group(1), set()).add(actor)
    return {k: frozenset(v) for k, v in out.items()}


def _keyed(
    text: str, key: str, resolve: Resolve, each: Callable[[str, Resolve], _Sets]
) -> frozenset[str]:
    """``_by_sentence(text, resolve, each).get(key)``, reading only the sentences holding
    ``key``: a key read from the text as written (an epithet, a possessed name) comes from
    no other, so a headline's check need not read the whole article for it."""
    return frozenset().union(
        *(each(part, resolve).get(key, ()) for _, part in pieces(text) if key in part)
    )


def _owner_swapped(item: str, cited: str, resolve: Resolve) -> str | None:
    """A named thing has one owner: "NASA's Odysseus" over "Intuitive Machines' Odysseus"."""
    if "'" not in item and "’" not in item:
        return None
    for thing, owners in _owned(item, resolve).items():
        known = _keyed(cited, thing, resolve, _sentence_owned)
        if known and not owners & known:
            return f"{thing} is {sorted(known)[0]}'s in the cited text, not {sorted(owners)[0]}'s"
    return None


_BOUND = prefiltered(re.compile(r"\b([a-z][a-z-]{3,}),?\s+(?:(?:his|her|their|its|the)\s+)?$"))
_UNBOUND = _NOT_VERBS | frozenset(
    """against between among within without under upon along across behind toward towards
    including like unlike than both either neither versus""".split()
)


@lru_cache(maxsize=1024)
def _bound(text: str, resolve: Resolve) -> Mapping[str, frozenset[str]]:
    """Word right before an actor -> the actors it stands before: "re-elect Obama",
    "challenger, Mitt Romney" (an epithet, or a verb whose object the actor is)."""
    return _by_sentence(text, resolve, _sentence_bound)


@lru_cache(maxsize=8192)
def _sentence_bound(text: str, resolve: Resolve) -> _Sets:
    out: dict[str, set[str]] = {}
    for start, _end, actor in _mentions(text, resolve):
        if not _may_bind(text, start):
            continue
        m = _BOUND.search(text, max(0, start - 30), start)
        if m and m.group(1) not in _UNBOUND:
            out.setdefault(m.group(1), set()).add(actor)
    return {k: frozenset(v) for k, v in out.items()}


# What ends a word ``_BOUND`` reads, or its comma or determiner ("re-elect", "challenger,").
_BOUND_ENDS = frozenset("abcdefghijklmnopqrstuvwxyz-,")


def _may_bind(text: str, start: int) -> bool:
    """Whether ``_BOUND`` may match before ``start``: its match ends in spaces right before
    it (``$`` or a final line break after them), after a lower-case letter, a hyphen or a
    comma (``\\s`` and ``str.isspace`` agree): a third of the names need no search."""
    at = start - 1
    if at < 0 or not text[at].isspace():
        return False
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] in _BOUND_ENDS


def _epithet_swapped(item: str, cited: str, resolve: Resolve) -> str | None:
    """A word the cited text puts before one actor only, the item puts before another."""
    for word, actors in _bound(item, resolve).items():
        known = _keyed(cited, word, resolve, _sentence_bound)
        if len(known) == 1 and not actors & known:
            return f"the cited text has {word!r} for {next(iter(known))}, not {sorted(actors)[0]}"
    return None


def check_roles(
    item: str,
    cited: str,
    resolve: Resolve,
    whole: bool = False,
    locate: Callable[[str], str] | None = None,
) -> str | bool | None:
    """Two actors around a verb keep their roles (who did what to whom) of the cited text:
    not swapped ("the US accused Russia" over "Russia accused the United States") and not
    given to another doer ("Syria vetoed" over "Russia vetoed", heading verbs only).

    ``locate`` (headline and abstract): each stretch of the item from one actor to the
    next is checked against the sentences that best state it, not the whole article."""
    whos = item_names(item, resolve)
    if not whos:
        return None  # no name, no role
    if len(whos) < 2:  # one name: its owner or epithet only (what follows pairs two names)
        return _owner_swapped(item, cited, resolve) or _epithet_swapped(item, cited, resolve)
    if owner := (
        _owner_swapped(item, cited, resolve)
        or _epithet_swapped(item, cited, resolve)
        or _label_swap(item, cited, resolve, few=not whole, whos=whos)
        or (None if whole else _reversed(item, cited, resolve))
    ):
        return owner
    if whole and locate is not None:
        modified = _after_modifier(item)  # ``_MODIFIER.search(item, 0, m[0])``, in one pass
        ms = [m for m in _mentions(item, resolve) if m[0] not in modified]
        checked = False
        for x, y in itertools.pairwise(ms):
            clause = item[x[0] : y[1]]
            if x[2] == y[2] or len(clause.split()) > 20 or _bare(clause, resolve):
                continue  # (a bare clause is not located: nothing of it is compared)
            result = check_roles(clause, locate(clause), resolve, whole=True)
            if isinstance(result, str):
                return result
            checked = checked or result is True
        return True if checked else None
    mine = _triples(item, resolve)
    if whole:  # the whole article pairs too much: heading verbs only
        mine = frozenset(t for t in mine if t[3])
    if not mine:
        return None
    theirs = _triples(cited, resolve)
    if whole:
        theirs = frozenset(t for t in theirs if t[3])
    plain = {(a, v, b) for a, v, b, _ in theirs}
    checked = False
    for a, verb, b, head in sorted(mine):
        if (a, verb, b) in plain:
            checked = True
        elif (b, verb, a) in plain and not _symmetric(verb):
            return f"{a} and {b} are swapped (the cited text has {b} {verb}... {a})"
        elif head and (z := [z for z, v, w, h in theirs if h and v == verb and w == b]):
            return f"the cited text has {sorted(z)[0]}, not {a}, {verb}... {b}"
        elif (
            head
            and not _symmetric(verb)
            and _only_reversed(a, b, theirs)
            and _moved((a, b), item, cited, resolve)
        ):
            return f"{a} and {b} are swapped (in the cited text {b} acts on {a})"
    return True if checked else None


def _bare(clause: str, resolve: Resolve) -> bool:
    """Whether ``check_roles(clause, cited, resolve, whole=True)`` is None whatever ``cited``:
    what it compares are the clause's owned things, epithets, labelled names and heading
    verbs, each read from the clause alone; with none of them (or fewer than two labelled
    names, for the label swap) nothing is compared, and the sentences stating the clause
    need not be located nor read (tests/test_checks_read_less.py)."""
    whos = item_names(clause, resolve)
    if not whos:
        return True
    if ("'" in clause or "’" in clause) and _owned(clause, resolve):
        return False
    if _bound(clause, resolve):
        return False
    if len(whos) < 2:
        return True
    if sum(1 for held in labels(clause, resolve, True).values() if held) >= 2:
        return False
    return not any(t[3] for t in _triples(clause, resolve))


# --- order ------------------------------------------------------------------------------

_SENTENCE = prefiltered(re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])"))
_PASSIVE_BY = prefiltered(re.compile(r"\b[a-z]+(?:ed|en|wn)\s+by\b"))
# A name's own phrase: the lower-case words right after it up to a function word
# ("Syrian government representatives in Geneva": "government representatives").
_OWN_PHRASE = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:" + "|".join(sorted(_FILLER)) + r")\b)[a-z][a-z-]*)*"
)


def _passive_by(stretch: str) -> bool:
    """Whether ``_PASSIVE_BY`` matches: never without the "by" its match holds."""
    return "by" in stretch and _PASSIVE_BY.search(stretch) is not None


def _relation(stretch: str) -> frozenset[str]:
    """Stems of the lower-case content words of a stretch between two names."""
    return frozenset(
        _stem(w) for w in _WORD3.findall(stretch) if w[0].islower() and w.lower() not in _FILLER
    )


@lru_cache(maxsize=1024)
def _stretches(text: str, resolve: Resolve) -> dict[tuple[str, str], list[str]]:
    """(first, second) -> the text between them, for each two names in one sentence."""
    out: dict[tuple[str, str], list[str]] = {}
    for sentence in _SENTENCE.split(text):
        for x, y in itertools.combinations(_names(sentence, resolve), 2):
            if x[2] != y[2]:
                out.setdefault((x[2], y[2]), []).append(sentence[x[1] : y[0]])
    return out


def _reversed(item: str, cited: str, resolve: Resolve) -> str | None:
    """The item relates A to B in the words the cited text relates B to A, and the cited
    text never has A before B: "Sierra Leone authorities say X, who caught it in the U.S."
    over "U.S. authorities say X, who caught it in Sierra Leone".  Not a swap: coordinated
    names ("A and B"), symmetric verbs ("met"), passive on one side only ("B was accused by
    A" for "A accused B"), and words that are A's own phrase ("A government officials")."""
    ms = _names(item, resolve)
    if len({m[2] for m in ms}) < 2:
        return None  # no two names to swap
    theirs = _stretches(cited, resolve)
    for x, y in itertools.combinations(ms, 2):
        a, b = x[2], y[2]
        if a == b or (a, b) in theirs:
            continue
        if (b, a) not in theirs or _JOIN.fullmatch(item, x[1], y[0]):
            continue
        between = item[x[1] : y[0]]
        own = _OWN_PHRASE.match(between)
        mine = _relation(between[own.end() if own else 0 :])
        if not mine or any(map(_symmetric, mine)):
            continue
        for stretch in theirs[(b, a)]:
            if _passive_by(between) != _passive_by(stretch):
                continue
            same = _relation(stretch)
            if not any(map(_symmetric, same)) and 2 * len(mine & same) >= len(mine):
                return f"{_shown(a)} and {_shown(b)} are swapped ({_shown(b)} comes first)"
    return None
