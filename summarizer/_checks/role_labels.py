"""Role labels: the words that bind each name to its clause, per sentence.

Every actor mention (and every other proper name) gets the verb or preposition it
follows (its patient side: "accused Y", "in Y"), the verb or noun it precedes (its agent
side: "X accused", "X authorities"), the thing it owns ("X's rover").  Passive voice is
turned round ("Y was accused by X" labels X the agent of "accuse"), coordinated names
share their labels ("X and Y met"), and symmetric verbs ("met", "talks") have no sides.
A label never reaches past its sentence, so the work is done and cached per sentence and
merged for longer texts (an item's cited sentences, the whole article).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache, partial
from typing import TypeVar

from summarizer._checks.names import _COMMON, Resolve, _mentions, pieces, spans_by_sentence
from summarizer._checks.polarity import _FILLER, _IRREGULAR, _stem
from summarizer._extract.actors import _STOP as _STOP_CAPS
from summarizer._extract.actors import _TITLE_WORDS
from summarizer._text.scan import prefiltered

_K = TypeVar("_K")
_V = TypeVar("_V")
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


Mention = tuple[int, int, str]  # start, end, who (an actor, or "~name" for another name)
Label = tuple[str, str]  # (stem of the binding word, side): A agent, P patient, O owner, S
_NAME_RUN = prefiltered(
    re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")
)
# Searched in the 64 characters before a name: from the text's start, each name cost a
# scan of everything before it.  ``_opens`` answers the same without the search.
_OPEN = re.compile(r"(?:^|[.!?:;\"“(—]\s*)$")
_OPENERS = frozenset('.!?:;"“(—')


def _opens(text: str, at: int) -> bool:
    """``_OPEN.search(text, max(0, at - 64), at) is not None``: the text starts at ``at``
    (``^$``; ``$`` also matches before a final newline), or the last character before it
    that is not a space (``\\s`` and ``str.isspace`` agree), within those 64, opens."""
    if at == 0 or (at == 1 and text[0] == "\n"):
        return True
    before = text[max(0, at - 64) : at].rstrip()
    return bool(before) and before[-1] in _OPENERS


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
    of the cited text, where it is written mid-sentence).  Per sentence, cached; a text
    of one sentence (an item, a cited sentence: most asked) read without a closure."""
    if len(pieces(text)) == 1:
        return list(_sentence_names(text, resolve, initial))
    return spans_by_sentence(text, lambda part: _sentence_names(part, resolve, initial))


@lru_cache(maxsize=8192)
def _sentence_names(text: str, resolve: Resolve, initial: bool) -> tuple[Mention, ...]:
    actors, others = _sentence_runs(text, resolve)
    found = [m for m, opens in others if initial or not opens]
    return tuple(sorted([*actors, *found])) if found else actors


@lru_cache(maxsize=8192)
def _sentence_runs(
    text: str, resolve: Resolve
) -> tuple[tuple[Mention, ...], tuple[tuple[Mention, bool], ...]]:
    """Actor mentions, and the other names each with whether it opens a sentence: an item
    (read with ``initial``) and a cited text are often the same sentence."""
    actors = tuple(sorted(_mentions(text, resolve)))
    others = []
    # A run overlaps a mention when one of the mentions starting before its end ends after
    # its start: the furthest end of those mentions (sorted), read as the runs go by (they
    # come in order, so each mention is passed once).
    k, count, reach = 0, len(actors), -1
    for m in _NAME_RUN.finditer(text):
        a, b = m.span()
        while k < count and actors[k][0] < b:
            reach = max(reach, actors[k][1])
            k += 1
        if reach > a:
            continue  # an actor's mention (most runs are): nothing more to read
        if (found := _other_name(m.group(0))) is not None:
            others.append(((a, a + found[0], found[1]), _opens(text, a)))
    return actors, tuple(others)


@lru_cache(maxsize=8192)
def _other_name(run: str) -> tuple[int, str] | None:
    """A run of capitalised words as another name: its length without a final full stop,
    and its key ("~" and its words, possessives cut); None if its first word names nothing
    (a common word, a stop word, a title).  Per run: names recur from sentence to sentence."""
    name = run.rstrip(".")
    words = name.split()
    if words[0] in _NOT_OPENING:
        return None
    return len(name), "~" + " ".join(
        w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in words
    )


# What no other name starts with (a common word, a stop word, a title): one set, one lookup.
_NOT_OPENING = _COMMON | _STOP_CAPS | _TITLE_WORDS


_PREPS = frozenset("in on at to from into onto for against over with by about toward".split())


# Words and punctuation marks around a name; what a name owns ("X's rover").
_WORDS = re.compile(r"[A-Za-z'’-]+|[^\sA-Za-z]")
_OWNER = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?([A-Za-z][\w-]*)")


# ``_before`` reads the words in the 60 characters before a name, ``_after`` those in the
# 80 after it, but uses only the last (first) few: those are read from a shorter window
# when it holds enough of them.  ``_WORDS`` has no lookaround and its tokens are maximal
# runs or single characters, so a window's tokens are the longer window's, but for the
# one it may cut at its far edge.
_SHORT = 32


def _last_words(text: str, start: int) -> list[str]:
    """The tokens ``_before`` reads (``_WORDS`` in the 60 characters before ``start``), or
    enough of the last of them: two more than the determiners ending them.  Read backwards
    (``_LAST`` on the window reversed): a reversed token is a token of the reversed text,
    so the last four come from one match, without the window's other tokens."""
    lo = max(0, start - 60)
    last = _LAST.match(text[lo:start][::-1])
    if last is None:
        return []  # nothing but spaces
    words = [w[::-1] for w in reversed(last.groups()) if w is not None]
    if len(words) < 4:
        return words  # every token of the window
    dets = 0
    while dets < 4 and words[-1 - dets].lower() in _DETS:
        dets += 1
    if dets <= 2:
        return words
    return _WORDS.findall(text, lo, start)


def _first_words(text: str, end: int) -> list[str]:
    """The tokens ``_after`` reads (``_WORDS`` in the 80 characters after ``end``), or
    enough of the first of them: three more than the skipped words opening them."""
    hi = min(len(text), end + 80)
    if end + _SHORT < hi:
        words = _WORDS.findall(text, end, end + _SHORT)[:-1]  # the last may be cut
        skip = 0
        while skip < len(words) and (
            words[skip].lower() in _SKIP_AFTER or words[skip].endswith("ly")
        ):
            skip += 1
        if len(words) >= skip + 3:
            return words
    return _WORDS.findall(text, end, hi)


# The first three tokens of ``_WORDS`` from a point where one starts: ``findall`` skips
# only spaces (every other character starts a token), and ``match`` stops where it would.
_TOKEN = r"([A-Za-z'’-]+|[^\sA-Za-z])"
_FIRST = re.compile(_TOKEN + r"(?:\s*" + _TOKEN + r"(?:\s*" + _TOKEN + r")?)?")

# The last four, read from the reversed text.
_LAST = re.compile(
    r"\s*" + _TOKEN + r"(?:\s*" + _TOKEN + r"(?:\s*" + _TOKEN + r"(?:\s*" + _TOKEN + r")?)?)?"
)

# ``_WORDS``'s run characters but letters: any other mark (",", "(", a quote, a digit) next
# to a name is its neighbouring token in every window, and binds nothing (not a letter).
_RUN_MARKS = "'’-"


def _before(text: str, start: int) -> tuple[Label, ...]:
    """The labels of the words a name follows: "accused X" (patient), "in X", "met with
    X" (the verb of the preposition as well), "accused by X" (agent)."""
    at = start - 1
    while at >= 0 and text[at].isspace():  # ``\s`` and ``str.isspace`` agree
        at -= 1
    if at < 0 or not (text[at].isalpha() or text[at] in _RUN_MARKS):
        return ()  # nothing before the name, or a mark (the last token): no label
    words = _last_words(text, start)
    while words and words[-1].lower() in _DETS:
        words.pop()
    if not words or not words[-1][0].islower() or not words[-1].isalpha():
        return ()
    word = words[-1]
    if word != "by" and word not in _LOOSE and word not in _PREPS:
        return (_label(word, "P"),)  # "accused X": no head word read
    head = words[-2] if len(words) > 1 and _plain(words[-2]) else ""
    if word == "by":  # "accused by X", "the attack by X": X did it
        return (_label(head, "A"),) if head else ()
    if word in _LOOSE:
        return (_label(head, "P"),) if word in _PREPS and head else ()
    if word in _PREPS and head:
        return (_label(word, "P"), _label(head, "P"))
    return (_label(word, "P"),)


def _after(text: str, end: int) -> tuple[Label, ...]:
    """The labels of the words a name precedes: "X accused" (agent), "X was accused"
    (patient), "X's rover" (owner), "X authorities"; and the noun ending the name's own
    phrase ("X government envoy": envoy as well as government)."""
    at, size = end, len(text)
    while at < size and text[at].isspace():
        at += 1
    if at == size or not (text[at].isalpha() or text[at] in _RUN_MARKS):
        return ()  # nothing after the name, or a mark (the first token, and no owner): no label
    # No lookaround: as on the slice.  It opens with an apostrophe, right at ``end``.
    owner = _OWNER.match(text, end, end + 80) if text[end] in "'’" else None
    if owner:
        return ((_stem(owner.group(1)), "O"),)
    hi = min(size, end + 80)
    first = _FIRST.match(text, at, hi)  # ``_first_words(text, end)[:3]``, with no list
    if first and first.group(1).lower() not in _SKIP_AFTER and not first.group(1).endswith("ly"):
        # the first word not skipped: it, and the noun ending its own phrase
        word, second, third = first.groups()
        if not word.isalpha() or not word[0].islower() or word in _LOOSE:
            return ()
        if second is not None and _plain(second):  # the noun ending its own phrase
            last = third if third is not None and _plain(third) else second
            return (_label(word, "A"), _label(last, "A"))
        return (_label(word, "A"),)
    # The first word is skipped ("was", "also", "quickly"), or none is within reach: the
    # word after the skipped ones has no phrase of its own.
    words = _first_words(text, end)
    skip, count = 0, len(words)
    while skip < count and (words[skip].lower() in _SKIP_AFTER or words[skip].endswith("ly")):
        skip += 1
    if skip == count:
        return ()
    word = words[skip]
    if not word.isalpha() or not word[0].islower() or word in _LOOSE:
        return ()
    if (
        words[skip + 1 : skip + 2] == ["by"]
        and _PARTICIPLE.fullmatch(word)
        and any(w.lower() in _PASSIVE_AUX for w in words[:skip])
    ):
        return (_label(word, "P"),)  # "X was accused by": X had it done to it
    return (_label(word, "A"),)


def _plain(word: str) -> bool:
    """A lower-case content word (no function word): part of a noun phrase."""
    return word.isalpha() and word[0].islower() and word not in _FILLER and word not in _LOOSE


def _side(stem: str, side: str) -> Label:
    return (stem, "S" if _symmetric(stem) else side)


@lru_cache(maxsize=16384)
def _label(word: str, side: str) -> Label:
    """``_side(_stem(word), side)``, per word: one lookup, not three calls, for each label
    of every name (words recur from sentence to sentence)."""
    return _side(_stem(word), side)


@lru_cache(maxsize=1024)
def labels(text: str, resolve: Resolve, initial: bool = False) -> Mapping[str, frozenset[Label]]:
    """Who -> the labels binding them in ``text``.  Cached by (text, resolve), and per
    sentence: a label binds a name to a word of its own sentence."""
    return _by_sentence(text, resolve, partial(_sentence_labels, initial=initial))


@lru_cache(maxsize=8192)
def _sentence_labels(text: str, resolve: Resolve, initial: bool) -> dict[str, frozenset[Label]]:
    if initial and not _opening_names(text, resolve):
        return _sentence_labels(text, resolve, False)  # the same names: the same labels
    ms = _names(text, resolve, initial)
    out: dict[str, set[Label]] = {}
    i, count = 0, len(ms)
    while i < count:  # coordinated runs "X, Y and Z" share their labels
        j = i
        while j + 1 < count and _JOIN.fullmatch(text, ms[j][1], ms[j + 1][0]):
            j += 1
        found = _before(text, ms[i][0]) + _after(text, ms[j][1])
        for _s, _e, who in ms[i : j + 1]:
            if who in out:
                out[who].update(found)
            else:
                out[who] = set(found)
        i = j + 1
    return {k: frozenset(v) for k, v in out.items()}


def _opening_names(text: str, resolve: Resolve) -> bool:
    """Whether ``text`` has a name that counts only when read with ``initial``."""
    return any(opens for _, part in pieces(text) for _, opens in _sentence_runs(part, resolve)[1])


def _sources() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for word in _IRREGULAR:
        out[_stem(word)] = (*out.get(_stem(word), ()), word)
    return out


# Stem -> the irregular forms it comes from ("hold": "held"): a label's stem is written in
# its sentence (a stem is the start of its word, lower-cased) unless it comes from these.
_SOURCES = _sources()


@lru_cache(maxsize=8192)
def _who(part: str, resolve: Resolve, actors: bool = False) -> frozenset[str]:
    """Who a sentence names: the keys of its labels, without reading the words around them;
    with ``actors``, its actors only (its mentions: the other names' runs are not read).
    Cached: a label swap asks it of each sentence once per name of the item, then again."""
    if actors:
        return frozenset(who for _s, _e, who in _mentions(part, resolve))
    return frozenset(who for _s, _e, who in _sentence_names(part, resolve, False))


def _names_in(who: str, part: str, resolve: Resolve) -> bool:
    """``who in _who(part, resolve)``, reading no more of the sentence than needed: another
    name's key ("~Odysseus") is made of the sentence's own words, each cut only at its
    end, so each of them is written in the sentence; any other key is an actor's, and a
    sentence's names are its actors' mentions and the other names' ``~`` keys."""
    if not who.startswith("~"):
        return who in _who(part, resolve, True)
    if not all(w in part for w in who[1:].split()):
        return False
    return who in _who(part, resolve)


def _moved(who: tuple[str, ...], item: str, cited: str, resolve: Resolve) -> bool:
    """Whether one of ``who`` holds a label in the item it does not hold in the cited text:
    a restructured sentence keeps each name's own words around it, a swap does not."""
    mine, theirs = labels(item, resolve), labels(cited, resolve)
    return any(mine.get(w, frozenset()) - theirs.get(w, frozenset()) for w in who)


def _shown(who: str) -> str:
    return who.removeprefix("~")
