"""Who: names in an item come from the cited text, actors keep their roles, speakers stay theirs.

A capable model abbreviates ("Tillerson" for "Secretary of State Rex Tillerson"),
writes "US" for "United States" and "Russian" for "Russia"; those pass.  A name
the cited text does not contain ("Macron"), two actors swapped around a verb
("the US accused Russia" over "Russia accused the United States"), or a claim
put in the mouth of someone other than its speaker fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from summarizer._actors import _STOP as _STOP_CAPS
from summarizer._actors import _TITLE_WORDS

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
# Forms a capable model uses for a country the article names otherwise.
_EQUIVALENT = {
    "us": "united states", "usa": "united states", "america": "united states",
    "american": "united states", "americans": "united states", "washington": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "british": "united kingdom",
    "un": "united nations", "eu": "european union", "moscow": "russia", "kremlin": "russia",
}  # fmt: skip
_SUFFIX = re.compile(r"(?:['’]s|ians|ians|ians|ian|ans|an|ns|ese|ish|i|s|n)$")
_SPEECH = (
    r"(?:also\s+|has\s+|had\s+|have\s+|later\s+|again\s+)?(?:said|says|say|told|tells|added|"
    r"adds|argued|argues|claimed|claims|insisted|insists|warned|warns|stated|states|believes|"
    r"believe|thinks|think|denied|denies|called|calls|accused|accuses|cautioned|noted|"
    r"announced|announces|vowed|urged|acknowledged|reaffirmed|expressed|described|described)\b"
)
_NAMEY = re.compile(rf"(?:['’]s\b|\s+[A-Z]|\s+{_SPEECH})")
_ACCORDING = re.compile(r"\baccording to\s+((?:[A-Z][\w'’.-]*\s?)+)")


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


def proper_names(item: str) -> list[str]:
    """Capitalised words of ``item`` that name something.

    A sentence-initial word counts only when it is followed by another capitalised word,
    a possessive or a speech verb ("Macron said"): otherwise it is likely a common word.
    """
    out = []
    for m in _CAP.finditer(item):
        word = m.group(0)
        bare = word.rstrip(".").removesuffix("'s").removesuffix("’s")
        if bare in _COMMON or bare in _TITLE_WORDS or bare in _STOP_CAPS:
            continue
        before = item[: m.start()].rstrip()
        opens = not before or before[-1] in _OPENERS
        if opens and not _NAMEY.match(item, m.end()):
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
    return len(parts) > 1 and all(p.casefold() in folded or _stem(p) in stems for p in parts)


def check_names(item: str, allowed: str) -> str | bool | None:
    """Every name in ``item`` occurs in ``allowed`` (as written, abbreviated, or as initials)."""
    names = proper_names(item)
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
        if found is None and name.casefold() in _EQUIVALENT:
            found = resolve(_EQUIVALENT[name.casefold()].title())
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


def _verbs(span: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", span)} - {"would", "their", "which", "about"}


def _order(text: str, ms: list[tuple[int, int, str]], a: str, b: str, verb: str) -> set[bool]:
    """Orders in which ``a`` acts on ``b`` around ``verb`` in ``text`` (True: a first)."""
    found: set[bool] = set()
    for x in ms:
        for y in ms:
            if x[0] >= y[0] or {x[2], y[2]} != {a, b} or y[0] - x[1] > 120:
                continue
            between = text[x[1] : y[0]]
            if verb in _verbs(between):
                first_is_a = x[2] == a
                passive = re.search(r"\bby\b", between) is not None
                found.add(first_is_a != passive)
    return found


def check_roles(item: str, cited: str, resolve: Resolve) -> str | bool | None:
    """Two actors around a verb keep the order (who did what to whom) of the cited text."""
    ms = _mentions(item, resolve)
    if len({m[2] for m in ms}) < 2:
        return None
    theirs = _mentions(cited, resolve)
    checked = False
    for i, x in enumerate(ms):
        for y in ms[i + 1 :]:
            if x[2] == y[2]:
                continue
            between = item[x[1] : y[0]]
            if len(between.split()) > 8:
                continue
            for verb in _verbs(between):
                orders = _order(cited, theirs, x[2], y[2], verb)
                if not orders:
                    continue
                checked = True
                passive = re.search(r"\bby\b", between) is not None
                if (not passive) not in orders:
                    doer, done = (y[2], x[2]) if not passive else (x[2], y[2])
                    return (
                        f"{item[x[0] : x[1]]!r} and {item[y[0] : y[1]]!r} are swapped "
                        f"(the cited text says {doer} {verb}... {done})"
                    )
    return True if checked else None


def asserted_by(item: str, resolve: Resolve) -> list[tuple[str, str]]:
    """(as written, actor) for each actor the item names as the one who asserts."""
    out = []
    for start, end, name in _mentions(item, resolve):
        if re.match(rf"(?:['’]s\s+\w+\s+)?\s*(?:,[^,]{{1,60}},\s*)?{_SPEECH}", item[end:]):
            out.append((item[start:end], name))
    for m in _ACCORDING.finditer(item):
        said = resolve(m.group(1).strip())
        if said is not None:
            out.append((m.group(1).strip(), said))
    return out


def check_speaker(
    item: str, cited: str, speaker: str | None, resolve: Resolve
) -> str | bool | None:
    """A claim line that names who asserts it names the statement's speaker."""
    if speaker is None:
        return None
    said = asserted_by(item, resolve)
    if not said:
        return None
    # "X said the US believes ...": a nested assertion the cited text itself reports is fine.
    nested = {name for _, name in asserted_by(cited, resolve)}
    for written, name in said:
        if name != speaker and name not in nested:
            return f"{written!r} did not make this statement ({speaker} did)"
    return True
