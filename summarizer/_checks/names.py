"""Who: names in an item come from the cited text, actors keep their roles, speakers stay theirs.

A capable model abbreviates ("Tillerson" for "Secretary of State Rex Tillerson"),
writes "US" for "United States" and "Russian" for "Russia"; those pass.  A name
the cited text does not contain ("Macron"), two actors swapped around a verb
("the US accused Russia" over "Russia accused the United States"), or a claim
put in the mouth of someone other than its speaker fail.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from summarizer._extract.actors import _STOP as _STOP_CAPS
from summarizer._extract.actors import _TITLE_WORDS

Resolve = Callable[[str], str | None]

_CAP = re.compile(r"(?<![\w'’])(?:[A-Z]\.){2,}|(?<![\w'’.-])[A-Z][\w'’.-]*[\w]|(?<![\w'’])[A-Z]\b")
_OPENERS = frozenset('.!?:;"“‘(—-')
_COMMON = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our In On At
    For From With By Of To As After Before During Since Until While When Where Why How What Who
    Which If But And Or So Also Meanwhile However Both Each Some All Many More Most No Not Only
    Officials Experts Teams Students Crew Members Talks Relations Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Earlier
    Later""".split()
)
_PARTICLES = frozenset("de da del della di du van von der den bin ibn al el la le dos ben".split())
# Sentence openers a model may use that an article need not contain in lower case.
_COMMON_LOWER = frozenset(
    """talks relations tensions officials leaders experts critics analysts both neither either
    despite amid following according among several many few most some another other others
    further however meanwhile instead overall together separately later earlier""".split()
)
# Forms a capable model uses for a country the article names otherwise.
_EQUIVALENT = {
    "us": "united states", "usa": "united states", "america": "united states",
    "american": "united states", "americans": "united states", "washington": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "british": "united kingdom",
    "un": "united nations", "eu": "european union", "moscow": "russia", "kremlin": "russia",
}  # fmt: skip
_SUFFIX = re.compile(r"(?:['’]s|ians|ians|ians|ian|ans|an|ns|ese|ish|i|s|n)$")
_SPEECH = (
    r"(?:also\s+|has\s+|had\s+|have\s+|later\s+|again\s+)?(?:\w+ly\s+)?(?:said|says|say|told|tells|added|"
    r"adds|argued|argues|claimed|claims|insisted|insists|warned|warns|stated|states|believes|"
    r"believe|thinks|think|denied|denies|called|calls|accused|accuses|cautioned|noted|"
    r"announced|announces|vowed|urged|acknowledged|reaffirmed|expressed|described|described)\b"
)
_NAMEY = re.compile(rf"(?:['’]s\b|\s+[A-Z]|\s+{_SPEECH})")
_ACCORDING = re.compile(r"\b(?i:according to)\s+((?:[A-Z][\w'’.-]*\s?)+)")


def _stem(word: str) -> str:
    w = word.casefold().replace(".", "")
    return _SUFFIX.sub("", w) if len(w) > 4 else w


@lru_cache(maxsize=512)
def _vocabulary(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Capitalised words of ``text`` (folded), their stems, and initials of their runs."""
    caps = [m.group(0) for m in _CAP.finditer(text)]
    folded = {c.casefold().replace(".", "").rstrip("'’s") for c in caps}
    folded |= {c.casefold().replace(".", "") for c in caps}
    stems = {_stem(c) for c in caps}
    initials: set[str] = set()
    for run in re.finditer(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|de)\s+|\s+)?){2,}", text):
        words = [w for w in run.group(0).split() if w[0].isupper()]
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                initials.add("".join(w[0] for w in words[i:j]).casefold())
    for phrase, name in _EQUIVALENT.items():
        if name in text.casefold() or phrase in folded:
            folded |= {phrase, *name.split()}
            stems |= {_stem(phrase), *map(_stem, name.split())}
    return frozenset(folded), frozenset(stems), frozenset(initials)


def proper_names(item: str, article: str = "") -> list[str]:
    """Capitalised words of ``item`` that name something.

    A sentence-initial word counts when it is followed by another capitalised word, a
    possessive or a speech verb ("Macron said"), or when the article never writes it in
    lower case ("Trudeau held talks", but not "Talks were held" if "talks" is there).
    """
    out = []
    for m in _CAP.finditer(item):
        word = m.group(0)
        bare = word.rstrip(".").removesuffix("'s").removesuffix("’s")
        if bare in _COMMON or bare in _TITLE_WORDS or bare in _STOP_CAPS:
            continue
        if bare.lower() in _PARTICLES and _CAP.match(item, m.end() + 1):
            continue  # "De Mistura" for "de Mistura": the particle is not the name
        before = item[: m.start()].rstrip()
        opens = not before or before[-1] in _OPENERS
        if opens and not _NAMEY.match(item, m.end()) and _lower_in(bare, article):
            continue
        out.append(word)
    return out


def named_in(name: str, allowed: str) -> bool:
    """Whether the capitalised word ``name`` occurs in ``allowed``, however abbreviated."""
    folded, stems, initials = _vocabulary(allowed)
    key = name.casefold().replace(".", "")
    bare = key.removesuffix("'s").removesuffix("’s")
    if key in folded or bare in folded or _stem(name) in stems:
        return True
    if name.replace(".", "").isupper() and len(bare) >= 2 and bare in initials:
        return True
    parts = [p for p in name.split("-") if p]
    if len(parts) > 1 and all(p.casefold() in folded or _stem(p) in stems for p in parts):
        return True
    # "Russia's" for "Russian", "Syrian" for "Syria", "Chinese" for "China".
    return any(_akin(bare, other) for other in folded)


def _akin(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    if shorter < 4 or abs(len(a) - len(b)) > 3:
        return False
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return common >= 4 and common >= shorter - 1


def _lower_in(word: str, article: str) -> bool:
    """Whether ``word`` occurs in lower case in ``article`` (or there is no article)."""
    return not article or word.lower() in _lower_words(article)


@lru_cache(maxsize=64)
def _lower_words(article: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z'’-]*", article)) | _COMMON_LOWER


def check_names(item: str, allowed: str, article: str = "") -> str | bool | None:
    """Every name in ``item`` occurs in ``allowed`` (as written, abbreviated, or as initials)."""
    names = proper_names(item, article)
    if not names:
        return None
    for name in names:
        if not named_in(name, allowed):
            return f"{name!r} is not named in the cited text"
    return True


def _resolver(resolve: Resolve) -> Resolve:
    """``resolve`` that also knows "US" for "U.S."/"United States" and "UN" for "U.N."."""

    def again(name: str) -> str | None:
        found = resolve(name)
        if found is None and name.replace(".", "").isupper() and 2 <= len(name) <= 4:
            found = resolve(".".join(name.replace(".", "")) + ".")
        bare = name.casefold().replace("’", "'").removesuffix("'s")
        if found is None and bare in _EQUIVALENT:
            found = resolve(_EQUIVALENT[bare].title())
        return found

    return again


@lru_cache(maxsize=1024)
def _mentions(text: str, resolve: Resolve) -> list[tuple[int, int, str]]:
    """(start, end, actor) for each run of capitalised words that resolves to an actor.

    Cached by (text, resolve): items citing the same sentences share the work.
    """
    out = []
    resolve = _resolver(resolve)
    for m in re.finditer(r"(?:[A-Z][\w'’.-]*|U\.S\.)(?:\s+(?:[A-Z][\w'’.-]*))*", text):
        words = m.group(0).split()
        # The longest resolvable run starting at each word ("Secretary of State Rex Tillerson").
        i = 0
        while i < len(words):
            if words[i] in _COMMON or words[i] in _STOP_CAPS:
                i += 1
                continue
            for j in range(min(len(words), i + 4), i, -1):
                name = resolve(" ".join(words[i:j]).rstrip(".,"))
                if name is not None:
                    start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                    out.append((start, start + len(" ".join(words[i:j])), name))
                    i = j - 1
                    break
            i += 1
    return out


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


def _owned(text: str, resolve: Resolve) -> dict[str, set[str]]:
    """Named thing -> the actors it is the possession of ("Intuitive Machines' Odysseus")."""
    out: dict[str, set[str]] = {}
    for start, end, actor in _mentions(text, resolve):
        mark = re.search(r"['’]s?$", text[start:end])
        m = _OWNED.match(text, start + mark.start() if mark else end)
        if m and m.group(1) not in _COMMON and not resolve(m.group(1)):
            out.setdefault(m.group(1), set()).add(actor)
    return out


def _owner_swapped(item: str, cited: str, resolve: Resolve) -> str | None:
    """A named thing has one owner: "NASA's Odysseus" over "Intuitive Machines' Odysseus"."""
    theirs = _owned(cited, resolve) if "'" in item or "’" in item else {}
    for thing, owners in _owned(item, resolve).items() if theirs else ():
        known = theirs.get(thing, set())
        if known and not owners & known:
            return f"{thing} is {sorted(known)[0]}'s in the cited text, not {sorted(owners)[0]}'s"
    return None


_BOUND = re.compile(r"\b([a-z][a-z-]{3,}),?\s+(?:(?:his|her|their|its|the)\s+)?$")
_UNBOUND = _NOT_VERBS | frozenset(
    """against between among within without under upon along across behind toward towards
    including like unlike than both either neither versus""".split()
)


def _bound(text: str, resolve: Resolve) -> dict[str, set[str]]:
    """Word right before an actor -> the actors it stands before: "re-elect Obama",
    "challenger, Mitt Romney" (an epithet, or a verb whose object the actor is)."""
    out: dict[str, set[str]] = {}
    for start, _end, actor in _mentions(text, resolve):
        m = _BOUND.search(text, max(0, start - 30), start)
        if m and m.group(1) not in _UNBOUND:
            out.setdefault(m.group(1), set()).add(actor)
    return out


def _epithet_swapped(item: str, cited: str, resolve: Resolve) -> str | None:
    """A word the cited text puts before one actor only, the item puts before another."""
    theirs = _bound(cited, resolve)
    for word, actors in _bound(item, resolve).items():
        known = theirs.get(word, set())
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
    if owner := _owner_swapped(item, cited, resolve) or _epithet_swapped(item, cited, resolve):
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
        elif (b, verb, a) in plain:
            return f"{a} and {b} are swapped (the cited text has {b} {verb}... {a})"
        elif head and (z := [z for z, v, w, h in theirs if h and v == verb and w == b]):
            return f"the cited text has {sorted(z)[0]}, not {a}, {verb}... {b}"
        elif head and _only_reversed(a, b, theirs):
            return f"{a} and {b} are swapped (in the cited text {b} acts on {a})"
    return True if checked else None


def asserted_by(item: str, resolve: Resolve) -> list[tuple[str, str, str]]:
    """(as written, actor, what follows) for each actor the item names as asserting."""
    out = []
    for start, end, name in _mentions(item, resolve):
        rest = item[end:]
        if item[start:end].endswith(("'s", "’s")):
            rest = "'s" + rest  # "Russia's foreign ministry said": the ministry is Russia's
        m = _ASSERTS.match(rest)
        if m:
            out.append((item[start:end], name, rest[m.end() :]))
    for m in _ACCORDING.finditer(item):
        said = resolve(m.group(1).strip())
        if said is not None:
            out.append((m.group(1).strip(), said, item[m.end() :]))
    return out


_ASSERTS = re.compile(
    r"(?:['’]s(?:\s+(?!(?:and|but|or|who|which|that|to)\b)[a-z]\w*){1,2}\s+)?"
    rf"\s*(?:,[^,]{{1,60}},\s*)?{_SPEECH}"
)


def _part_of(name: str, speakers: set[str]) -> bool:
    """ "Russia" for the "Russian foreign ministry" code found speaking."""
    words = [w.casefold() for w in name.split()]
    return any(_akin(w, o.casefold()) for s in speakers for o in s.split() for w in words)


Locate = Callable[[str], tuple[str, frozenset[str]]]


def check_speaker(
    item: str,
    cited: str,
    allowed: set[str],
    resolve: Resolve,
    *,
    strict: bool,
    locate: Locate | None = None,
) -> str | bool | None:
    """Whoever the item names as asserting is one code found asserting in the cited text.

    ``strict`` (a claim line): ``allowed`` is the statement's speaker; anyone else the item
    has asserting must be reported as asserting by the cited text itself ("X said the US
    believes ...").  Otherwise ``allowed`` are the speakers code found in the cited text.
    ``locate`` (headline and abstract, which cite the whole article) finds the sentence
    that best states what follows the speech verb: (its text with the one before, its
    speakers); the asserter must be one of them.
    """
    said = asserted_by(item, resolve)
    if not said:
        return None
    nested = {name for _, name, _ in asserted_by(cited, resolve)} if locate is None else set()
    for written, name, clause in said:
        ok = allowed | nested
        if locate is not None:
            text, speakers = locate(re.split(r"[;:]|\band\b", clause)[0])
            ok = set(speakers) | {n for _, n, _ in asserted_by(text, resolve)}
        if name not in ok and not _part_of(name, ok):
            if strict:
                return f"{written!r} did not make this statement ({', '.join(allowed)} did)"
            return f"{written!r} is not the one who says this in the cited text"
    return True
