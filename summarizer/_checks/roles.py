"""Roles: who did what to whom stays as the cited text has it.

Two views, each cheap.  *Labels*: every actor mention (and every other proper name)
gets the words that bind it to its clause: the verb or preposition it follows (its
patient side: "accused Y", "in Y"), the verb or noun it precedes (its agent side: "X
accused", "X authorities"), the thing it owns ("X's rover").  Passive voice is turned
round ("Y was accused by X" labels X the agent of "accuse"), coordinated names share
their labels ("X and Y met"), and symmetric verbs ("met", "talks") have no sides.  Two
names each holding, in the item, a label the cited text gives only to the other are
swapped, whatever the verb.  *Triples*: (doer, verb, done-to) for neighbouring
mentions, which also catches a verb given to another doer ("Syria vetoed" over
"Russia vetoed").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

from summarizer._checks.names import _COMMON, Resolve, _mentions, pieces
from summarizer._checks.polarity import _FILLER, _stem
from summarizer._extract.actors import _STOP as _STOP_CAPS
from summarizer._extract.actors import _TITLE_WORDS

_K = TypeVar("_K")
_V = TypeVar("_V")
_NOT_VERBS = frozenset(
    """would could should their there which about with from that this also have been were
    while after before into over than then them they what when where said says told tell
    tells think thinks believe believes added stated claimed argued insisted noted""".split()
)


def _verbs(span: str) -> frozenset[str]:
    """Stems of the words that may say what one actor does to another (speech excluded:
    who says what is the speaker check's)."""
    return frozenset(w[:5] for w in re.findall(r"\b[a-z]{4,}\b", span) if w not in _NOT_VERBS)


_SHORT = frozenset("and or but nor for the his her its who was are not yet via per off out".split())
_AUX = frozenset(
    """also has had have was were is are then later again just already will would can could
    should must may might""".split()
)


_MODIFIER = re.compile(r"\ban?\s+(?:[A-Z][\w.'’-]*\s+)*$")
_MODIFIER_RUN = re.compile(r"\ban?\s+((?:[A-Z][\w.'’-]*\s+)*)")
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


@lru_cache(maxsize=1024)
def _triples(text: str, resolve: Resolve) -> frozenset[tuple[str, str, str, bool]]:
    """(doer, verb stem, done-to, whether the verb heads the clause) for neighbouring actor
    mentions in one clause of ``text``.  A name after "a"/"an" ("a U.S. report") is a
    modifier, not an actor in the clause."""
    out: set[tuple[str, str, str, bool]] = set()
    modified = _after_modifier(text)
    ms = [m for m in _mentions(text, resolve) if m[0] not in modified]
    for x, y in itertools.pairwise(ms):
        between = text[x[1] : y[0]]
        if (
            x[2] == y[2]
            or len(between.split()) > 18
            or re.search(r"(?<![A-Z])[.!?;]\s|\bwhile\b", between)
        ):
            continue
        passive = re.search(r"\b([a-z]+(?:ed|en|wn))\s+by\b", between)
        doer, done = (y[2], x[2]) if passive else (x[2], y[2])
        if passive:  # "X was accused by Y": the participle is the clause's verb, Y its doer
            out.add((doer, passive.group(1)[:5], done, True))
        # The heading verb: the first or second word after the doer ("Russia also vetoed").
        first = [w for w in between.split()[:3] if w not in _AUX][:1]
        head = first[0][:5] if first and re.fullmatch(r"[a-z]{3,}", first[0]) else ""
        out.update((doer, v, done, v == head) for v in _verbs(between))
        if head and head not in _NOT_VERBS and head not in _SHORT:  # "met" heads a clause
            out.add((doer, head, done, True))
    return frozenset(out)


def _only_reversed(a: str, b: str, theirs: frozenset[tuple[str, str, str, bool]]) -> bool:
    """The cited text has ``b`` heading a clause ending in ``a``, and never ``a`` before ``b``."""
    return any(x == b and y == a and h for x, _, y, h in theirs) and not any(
        x == a and y == b for x, _, y, _ in theirs
    )


_OWNED = re.compile(r"\s*(?:['’]s?)\s+([A-Z][\w-]*)")


_Sets = dict[str, frozenset[str]]


def _merge(found: Iterable[Mapping[_K, frozenset[_V]]]) -> dict[_K, frozenset[_V]]:
    out: dict[_K, set[_V]] = {}
    for one in found:
        for key, values in one.items():
            out.setdefault(key, set()).update(values)
    return {k: frozenset(v) for k, v in out.items()}


def _by_sentence(
    text: str, resolve: Resolve, each: Callable[[str, Resolve], Mapping[_K, frozenset[_V]]]
) -> Mapping[_K, frozenset[_V]]:
    """``each`` over every sentence of ``text`` (cached per sentence), merged: what binds a
    name never reaches past its sentence's end, so the cited text of an item, the whole
    article and the sentences located for a headline share each sentence's work."""
    parts = pieces(text)
    if len(parts) == 1:
        return each(text, resolve)
    return _merge(each(part, resolve) for _, part in parts)


@lru_cache(maxsize=1024)
def _owned(text: str, resolve: Resolve) -> Mapping[str, frozenset[str]]:
    """Named thing -> the actors it is the possession of ("Intuitive Machines' Odysseus")."""
    return _by_sentence(text, resolve, _sentence_owned)


@lru_cache(maxsize=8192)
def _sentence_owned(text: str, resolve: Resolve) -> _Sets:
    out: dict[str, set[str]] = {}
    for start, end, actor in _mentions(text, resolve):
        mark = re.search(r"['’]s?$", text[start:end])
        m = _OWNED.match(text, start + mark.start() if mark else end)
        if m and m.group(1) not in _COMMON and not resolve(m.group(1)):
            out.setdefault(m.group(1), set()).add(actor)
    return {k: frozenset(v) for k, v in out.items()}


def _owner_swapped(item: str, cited: str, resolve: Resolve) -> str | None:
    """A named thing has one owner: "NASA's Odysseus" over "Intuitive Machines' Odysseus"."""
    theirs: Mapping[str, frozenset[str]] = (
        _owned(cited, resolve) if "'" in item or "’" in item else {}
    )
    for thing, owners in _owned(item, resolve).items() if theirs else ():
        known = theirs.get(thing, frozenset())
        if known and not owners & known:
            return f"{thing} is {sorted(known)[0]}'s in the cited text, not {sorted(owners)[0]}'s"
    return None


_BOUND = re.compile(r"\b([a-z][a-z-]{3,}),?\s+(?:(?:his|her|their|its|the)\s+)?$")
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
        m = _BOUND.search(text, max(0, start - 30), start)
        if m and m.group(1) not in _UNBOUND:
            out.setdefault(m.group(1), set()).add(actor)
    return {k: frozenset(v) for k, v in out.items()}


def _epithet_swapped(item: str, cited: str, resolve: Resolve) -> str | None:
    """A word the cited text puts before one actor only, the item puts before another."""
    mine = _bound(item, resolve)
    theirs = _bound(cited, resolve) if mine else {}
    for word, actors in mine.items():
        known = theirs.get(word, frozenset())
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
    if not _names(item, resolve, True):
        return None  # no name, no role
    if owner := (
        _owner_swapped(item, cited, resolve)
        or _epithet_swapped(item, cited, resolve)
        or _label_swap(item, cited, resolve)
        or (None if whole else _reversed(item, cited, resolve))
    ):
        return owner
    if whole and locate is not None:
        ms = [m for m in _mentions(item, resolve) if not _MODIFIER.search(item, 0, m[0])]
        checked = False
        for x, y in itertools.pairwise(ms):
            clause = item[x[0] : y[1]]
            if x[2] == y[2] or len(clause.split()) > 20:
                continue
            result = check_roles(clause, locate(clause), resolve, whole=True)
            if isinstance(result, str):
                return result
            checked = checked or result is True
        return True if checked else None
    mine = _triples(item, resolve)
    theirs = _triples(cited, resolve)
    if whole:  # the whole article pairs too much: heading verbs only
        mine = frozenset(t for t in mine if t[3])
        theirs = frozenset(t for t in theirs if t[3])
    if not mine:
        return None
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


# --- labels ---------------------------------------------------------------------------

Mention = tuple[int, int, str]  # start, end, who (an actor, or "~name" for another name)
Label = tuple[str, str]  # (stem of the binding word, side): A agent, P patient, O owner, S
_NAME_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")
# Searched in the 64 characters before a name: from the text's start, each name cost a
# scan of everything before it.
_OPEN = re.compile(r"(?:^|[.!?:;\"“(—]\s*)$")
_DETS = frozenset("the a an its his her their our this that these those".split())
# Joiners of a coordination ("X, Y and Z"): the names share the labels around them.
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&|nor)\s+)(?:the\s+)?\s*")
_PASSIVE_AUX = frozenset("was were is are be been being has have had".split())
_SKIP_AFTER = _PASSIVE_AUX | frozenset(
    """also then later again just already will would can could should must may might
    did does do not never still reportedly""".split()
)
# Words that bind nothing: both sides of them are the same ("talks with", "between X and
# Y"), or they are too loose ("of", "as") to tell one name's place from another's.
_LOOSE = frozenset(
    """with between among and or nor but as of than like versus both either neither
    while whether if that which who whom whose where when because although though after
    before since until said says say told tell tells according""".split()
)
# Verbs without sides ("A met B" is "B met A"), as stem prefixes.
_SYMMETRIC = (
    "meet", "met", "talk", "negot", "clash", "debat", "agree", "disag", "spoke", "speak",
    "fough", "fight", "play", "trade", "compe", "face", "ally", "allie", "partn", "marri",
    "tied", "rival",
)  # fmt: skip


def _symmetric(stem: str) -> bool:
    return stem.startswith(_SYMMETRIC)


_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn|ung|ught|ade|eld|ent|ost|ot)$")


def _names(text: str, resolve: Resolve, initial: bool = False) -> list[Mention]:
    """Actor mentions, and the other proper names as themselves: "the House" and "the
    Democratic party" have roles too though no actor was found.  A capitalised word
    opening a sentence counts only if ``initial`` (an item's, matched against the names
    of the cited text, where it is written mid-sentence).  Per sentence, cached."""
    out: list[Mention] = []
    for at, part in pieces(text):
        out.extend((at + s, at + e, who) for s, e, who in _sentence_names(part, resolve, initial))
    return out


@lru_cache(maxsize=8192)
def _sentence_names(text: str, resolve: Resolve, initial: bool) -> tuple[Mention, ...]:
    ms = list(_mentions(text, resolve))
    taken = [(s, e) for s, e, _ in ms]
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).rstrip(".").split()
        if words[0] in _COMMON or words[0] in _STOP_CAPS or words[0] in _TITLE_WORDS:
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if not initial and _OPEN.search(text, max(0, m.start() - 64), m.start()):
            continue
        key = " ".join(w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in words)
        ms.append((m.start(), m.start() + len(m.group(0).rstrip(".")), "~" + key))
    return tuple(sorted(ms))


_PREPS = frozenset("in on at to from into onto for against over with by about toward".split())


def _before(text: str, start: int) -> tuple[Label, ...]:
    """The labels of the words a name follows: "accused X" (patient), "in X", "met with
    X" (the verb of the preposition as well), "accused by X" (agent)."""
    words = re.findall(r"[A-Za-z'’-]+|[^\sA-Za-z]", text[max(0, start - 60) : start])
    while words and words[-1].lower() in _DETS:
        words.pop()
    if not words or not words[-1][0].islower() or not words[-1].isalpha():
        return ()
    word = words[-1]
    head = words[-2] if len(words) > 1 and _plain(words[-2]) else ""
    if word == "by":  # "accused by X", "the attack by X": X did it
        return (_side(_stem(head), "A"),) if head else ()
    out = [] if word in _LOOSE else [_side(_stem(word), "P")]
    if word in _PREPS and head:
        out.append(_side(_stem(head), "P"))
    return tuple(out)


def _after(text: str, end: int) -> tuple[Label, ...]:
    """The labels of the words a name precedes: "X accused" (agent), "X was accused"
    (patient), "X's rover" (owner), "X authorities"; and the noun ending the name's own
    phrase ("X government envoy": envoy as well as government)."""
    rest = text[end : end + 80]
    owner = re.match(r"['’]s?\s+(?:[a-z]+\s+)?([A-Za-z][\w-]*)", rest)
    if owner:
        return ((_stem(owner.group(1)), "O"),)
    words = re.findall(r"[A-Za-z'’-]+|[^\sA-Za-z]", rest)
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
        return (_side(_stem(word), "P"),)  # "X was accused by": X had it done to it
    out = [_side(_stem(word), "A")]
    phrase = list(itertools.takewhile(_plain, words[1:3])) if not skipped else []
    if phrase:
        out.append(_side(_stem(phrase[-1]), "A"))
    return tuple(out)


def _plain(word: str) -> bool:
    """A lower-case content word (no function word): part of a noun phrase."""
    return word.isalpha() and word[0].islower() and word not in _FILLER and word not in _LOOSE


def _side(stem: str, side: str) -> Label:
    return (stem, "S" if _symmetric(stem) else side)


@lru_cache(maxsize=1024)
def _holders(text: str, resolve: Resolve) -> dict[Label, frozenset[str]]:
    """Label -> who holds it in ``text``."""
    out: dict[Label, set[str]] = {}
    for who, held in labels(text, resolve).items():
        for label in held:
            out.setdefault(label, set()).add(who)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1024)
def labels(text: str, resolve: Resolve, initial: bool = False) -> Mapping[str, frozenset[Label]]:
    """Who -> the labels binding them in ``text``.  Cached by (text, resolve), and per
    sentence: a label binds a name to a word of its own sentence."""
    parts = pieces(text)
    if len(parts) == 1:
        return _sentence_labels(text, resolve, initial)
    return _merge(_sentence_labels(part, resolve, initial) for _, part in parts)


@lru_cache(maxsize=8192)
def _sentence_labels(text: str, resolve: Resolve, initial: bool) -> dict[str, frozenset[Label]]:
    out: dict[str, set[Label]] = {}
    ms = _names(text, resolve, initial)
    groups: list[list[Mention]] = []
    for m in ms:  # coordinated runs "X, Y and Z" share their labels
        if groups and _JOIN.fullmatch(text, groups[-1][-1][1], m[0]):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        found = {*_before(text, group[0][0]), *_after(text, group[-1][1])}
        for _s, _e, who in group:
            out.setdefault(who, set()).update(found)
    return {k: frozenset(v) for k, v in out.items()}


def _label_swap(item: str, cited: str, resolve: Resolve) -> str | None:
    """Two names each holding a label the cited text gives the other and not them."""
    mine = labels(item, resolve, True)
    if len(mine) < 2:
        return None
    theirs = labels(cited, resolve)
    holders = _holders(cited, resolve)

    def takes(a: str, b: str) -> Label | None:
        """A label ``a`` holds in the item that the cited text gives ``b`` and not ``a``."""
        return next(
            (x for x in sorted(mine[a]) if b in holders.get(x, ()) and a not in holders[x]),
            None,
        )

    present = [who for who in mine if who in theirs]
    for a, b in itertools.combinations(present, 2):
        first, second = takes(a, b), takes(b, a)
        if first and second:
            gives = f"gives {first[0]!r}... to {_shown(b)}"
            return f"{_shown(a)} and {_shown(b)} are swapped (the cited text {gives})"
    return None


def _moved(who: tuple[str, ...], item: str, cited: str, resolve: Resolve) -> bool:
    """Whether one of ``who`` holds a label in the item it does not hold in the cited text:
    a restructured sentence keeps each name's own words around it, a swap does not."""
    mine, theirs = labels(item, resolve), labels(cited, resolve)
    return any(mine.get(w, frozenset()) - theirs.get(w, frozenset()) for w in who)


def _shown(who: str) -> str:
    return who.removeprefix("~")


# --- order ------------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_PASSIVE_BY = re.compile(r"\b[a-z]+(?:ed|en|wn)\s+by\b")
# A name's own phrase: the lower-case words right after it up to a function word
# ("Syrian government representatives in Geneva": "government representatives").
_OWN_PHRASE = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:" + "|".join(sorted(_FILLER)) + r")\b)[a-z][a-z-]*)*"
)


def _relation(stretch: str) -> frozenset[str]:
    """Stems of the lower-case content words of a stretch between two names."""
    return frozenset(
        _stem(w)
        for w in re.findall(r"[A-Za-z]{3,}", stretch)
        if w[0].islower() and w.lower() not in _FILLER
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
    if len(ms) < 2:
        return None
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
            if bool(_PASSIVE_BY.search(between)) != bool(_PASSIVE_BY.search(stretch)):
                continue
            same = _relation(stretch)
            if not any(map(_symmetric, same)) and 2 * len(mine & same) >= len(mine):
                return f"{_shown(a)} and {_shown(b)} are swapped ({_shown(b)} comes first)"
    return None
