"""Who: names in an item come from the cited text (and the actors its names resolve to).

A capable model abbreviates ("Tillerson" for "Secretary of State Rex Tillerson"),
writes "US" for "United States" and "Russian" for "Russia"; those pass.  A name
the cited text does not contain ("Macron") fails.  The mentions of actors found
here are what roles.py (two actors swapped around a verb) and speaker.py (a claim
put in the mouth of someone other than its speaker) read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from summarizer._extract.actors import _ROLE_LIST, _TITLE_WORDS
from summarizer._extract.actors import _STOP as _STOP_CAPS
from summarizer._lang import alternation
from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered

Resolve = Callable[[str], str | None]

_CAP = prefiltered(
    re.compile(r"(?<![\w'’])(?:[A-Z]\.){2,}|(?<![\w'’.-])[A-Z][\w'’.-]*[\w]|(?<![\w'’])[A-Z]\b")
)
_OPENERS = frozenset('.!?:;"“‘(—-')
_COMMON = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our In On At
    For From With By Of To As After Before During Since Until While When Where Why How What Who
    Which If But And Or So Also Meanwhile However Both Each Some All Many More Most No Not Only
    Officials Experts Teams Students Crew Members Talks Relations Earlier Later""".split()
) | {*ENGLISH.weekdays, *(form for forms in ENGLISH.months for form in forms)}
_ROLES = frozenset(_ROLE_LIST.split())
_NO_NAMES = _COMMON | _TITLE_WORDS | _STOP_CAPS  # capitalised words that name nothing
_NAMELESS = _COMMON | _STOP_CAPS  # what _run_mentions skips: no word of it holds a space
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
# Checks read model answers against an article already checked to be English (_lang).
_SPEECH = (
    rf"(?:(?:{alternation(ENGLISH.speech_adverbs | {'has', 'had', 'have'})})\s+)?(?:\w+ly\s+)?"
    rf"(?:{alternation(ENGLISH.speech_verbs)})\b"
)
_NAMEY = re.compile(rf"(?:['’]s\b|\s+[A-Z]|\s+{_SPEECH})")


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    w = word.casefold().replace(".", "")
    return _SUFFIX.sub("", w) if len(w) > 4 else w


# Where one sentence ends and the next begins: work per sentence is cached and shared by
# every item whose cited text or context holds that sentence.
# The mark that may end a sentence is matched, not looked behind for: ``re`` then tries the
# pattern at marks and line breaks only, not at every space (half of ``pieces``).  The
# break is group 1 or 2: the same spans as ``(?<=[.!?"”’)])\s+(?=["“‘(]?[A-Z])|\n+``
# (a mark is no space, so no earlier break holds it; tests/test_checks_shortcuts.py).
_BREAK = prefiltered(re.compile(r"[.!?\"”’)](\s+)(?=[\"“‘(]?[A-Z])|(\n+)"))
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_CLOSERS = '"”’)'


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the mark before ``at`` (a _BREAK) closes a sentence: not a possessive
    ("Machines’ Odysseus"), a bracket, initials ("U.N. envoy") or an abbreviation ("Mr.").
    Joining two sentences costs only the sharing of work; splitting one in two would cut
    a name from the words that bind it."""
    before = text[max(0, at - 24) : at].rsplit(None, 1)[-1].rstrip(_CLOSERS)
    if not before.endswith((".", "!", "?")):
        return False
    word = before[:-1].lstrip('"“‘(')
    return not (_INITIALS.fullmatch(word) or word.lower() in ENGLISH.abbreviations)


@lru_cache(maxsize=1024)
def pieces(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) of ``text``, split where a sentence ends.  Cached: every check
    of an item splits the same cited text (the whole article, for headline and abstract)."""
    if text in _SENTENCES:
        return ((0, text),)
    out, at = [], 0
    for m in _BREAK.finditer(text):
        start, end = m.span(m.lastindex or 0)
        if text[start] == "\n" or _ends_sentence(text, start):
            out.append((at, text[at:start]))
            at = end
    out.append((at, text[at:]))
    if len(out) > 1:
        if len(_SENTENCES) > 8192:
            _SENTENCES.clear()
        for _, part in out:  # no generator and dict made to update it (~8% of ``pieces``)
            _SENTENCES[part] = None
    return tuple(out)


# The sentences ``pieces`` cut a text into: each is one sentence on its own too (a break
# inside one would have been a break in the text: the window _ends_sentence reads never
# reaches past the whitespace a sentence starts after), so the per-sentence work asking
# ``pieces`` of it again need not search it for breaks.
_SENTENCES: dict[str, None] = {}


Vocabulary = tuple[frozenset[str], frozenset[str]]  # folded, stems


@lru_cache(maxsize=512)
def _vocabulary(text: str) -> Vocabulary:
    """Capitalised words of ``text`` (folded) and their stems (``_sentence_initials``: the
    initials of their runs)."""
    parts = pieces(text)
    if len(parts) == 1:
        return _sentence_vocabulary(text)
    return _union([_sentence_vocabulary(part) for _, part in parts])


def _union(found: list[Vocabulary]) -> Vocabulary:
    """The vocabulary of texts read together: each part's, merged."""
    if len(found) == 1:
        return found[0]
    return frozenset().union(*(v[0] for v in found)), frozenset().union(*(v[1] for v in found))


@lru_cache(maxsize=8192)
def _sentence_vocabulary(text: str) -> Vocabulary:
    folded: set[str] = set()
    stems: set[str] = set()
    for cap in _CAP.findall(text):
        plain, bare, stem = _forms(cap)
        folded.add(plain)
        folded.add(bare)
        stems.add(stem)
    lower = text.casefold()
    for name, phrases, words, name_stems, every, every_stem in _EQUIVALENTS:
        if name in lower:
            folded |= every
            stems |= every_stem
        elif not folded.isdisjoint(phrases):
            hit = [p for p in phrases if p in folded]
            folded.update(hit, words)
            stems.update(map(_stem, hit), name_stems)
    return frozenset(folded), frozenset(stems)


@lru_cache(maxsize=16384)
def _forms(cap: str) -> tuple[str, str, str]:
    """A capitalised word folded, without its possessive, and its stem: per word (names recur)."""
    plain = cap.casefold().replace(".", "")
    return plain, plain.rstrip("'’s"), _stem(cap)


@lru_cache(maxsize=8192)
def _sentence_initials(text: str) -> frozenset[str]:
    """Initials of the runs of capitalised words of ``text`` ("UN" of "United Nations").
    Apart from ``_sentence_vocabulary``: only an all-capitals name not written as it is
    asks for them, and finding the runs cost a sentence's vocabulary half its time."""
    initials: set[str] = set()
    for run in _RUN.finditer(text):
        firsts = [w[0] for w in run.group(0).split() if w[0].isupper()]
        for i in range(len(firsts) - 1):
            for j in range(i + 2, len(firsts) + 1):
                initials.add("".join(firsts[i:j]).casefold())
    return frozenset(initials)


def _equivalents() -> tuple[tuple[str, tuple[str, ...], frozenset[str], frozenset[str],
                                  frozenset[str], frozenset[str]], ...]:  # fmt: skip
    """``_EQUIVALENT`` by name: (name, its forms, its words and their stems, and with the
    forms).  A form is added where it is written or the name is: grouped, the text is
    searched once per name.  No form is a name's word, so adding one changes no later test."""
    by_name: dict[str, list[str]] = {}
    for phrase, name in _EQUIVALENT.items():
        by_name.setdefault(name, []).append(phrase)
    words = {w for name in by_name for w in name.split()}
    assert words.isdisjoint(_EQUIVALENT), "a form that is a name's word"
    return tuple(
        (name, tuple(forms), frozenset(name.split()), frozenset(map(_stem, name.split())),
         frozenset({*forms, *name.split()}), frozenset(map(_stem, [*forms, *name.split()])))
        for name, forms in by_name.items()
    )  # fmt: skip


_EQUIVALENTS = _equivalents()


_RUN = prefiltered(re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|de)\s+|\s+)?){2,}"))


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
        if bare in _NO_NAMES:
            continue
        lower = bare.lower()
        if lower in _PARTICLES and _CAP.match(item, m.end() + 1):
            continue  # "De Mistura" for "de Mistura": the particle is not the name
        if lower in _ROLES and _CAP.match(item, m.end() + 1):
            continue  # "Surgeon Martin Salia": a role before a name is no name
        at = m.start() - 1  # the last character before the word that is not a space
        while at >= 0 and item[at].isspace():
            at -= 1
        opens = at < 0 or item[at] in _OPENERS
        if opens and not _NAMEY.match(item, m.end()) and _lower_in(bare, article):
            continue
        out.append(word)
    return out


@lru_cache(maxsize=512)
def _vocabularies(texts: tuple[str, ...]) -> Vocabulary:
    """The vocabulary of several texts, each one's cached: an item may use the names of
    its cited text (shared by other items; the whole article for headline and abstract)
    and of its own speaker; joined into one string per item, the article was re-read."""
    return _union([_vocabulary(t) for t in texts if t.strip()])


def named_in(name: str, allowed: str | tuple[str, ...]) -> bool:
    """Whether the capitalised word ``name`` occurs in ``allowed`` (a text, or several),
    however abbreviated."""
    texts = (allowed,) if isinstance(allowed, str) else allowed
    key = name.casefold().replace(".", "")
    bare = key.removesuffix("'s").removesuffix("’s")
    stem, caps = _stem(name), name.replace(".", "").isupper() and len(bare) >= 2

    # Sentence by sentence first: a name the article has is met in its first sentences, and
    # a headline's check then reads only those (these tests hold for the whole text iff
    # for one of its sentences).  The rest needs every sentence's words at once.
    for t in texts:
        for _, part in pieces(t):
            folded, stems = _sentence_vocabulary(part)
            if key in folded or bare in folded or stem in stems:
                return True
            if caps and bare in _sentence_initials(part):
                return True
    folded, stems = _vocabulary(texts[0]) if len(texts) == 1 else _vocabularies(texts)
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
    if not article:
        return True
    lower = word.lower()
    return lower in _COMMON_LOWER or _lower_word(lower, article)


_LOWER = prefiltered(re.compile(r"\b[a-z][a-z'’-]*"))
_LOWER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'’-")  # what a word of _LOWER is made of


@lru_cache(maxsize=1024)
def _lower_word(word: str, article: str) -> bool:
    """Whether ``word`` is one of ``_LOWER.findall(article)``, read where it is written:
    the whole article's words, listed for the few opening words an article's items ask
    of (one a sentence-initial word), cost ~0.15 ms.  A match of ``_LOWER`` takes the rest
    of the run of ``_LOWER_CHARS`` it starts in, and the first match in a run is the first
    one ``findall`` finds there (no match spans a character outside the run): so
    ``word`` is one iff it ends a run whose first match starts where ``word`` does."""
    if not word or not _LOWER_CHARS.issuperset(word):
        return False
    at = article.find(word)
    while at >= 0:
        end = at + len(word)
        if end == len(article) or article[end] not in _LOWER_CHARS:
            start = at
            while start and article[start - 1] in _LOWER_CHARS:
                start -= 1
            first = _LOWER.search(article, start, end)
            if first is not None and first.start() == at:
                return True
        at = article.find(word, at + 1)
    return False


def check_names(item: str, allowed: str | tuple[str, ...], article: str = "") -> str | bool | None:
    """Every name in ``item`` occurs in ``allowed`` (as written, abbreviated, or as initials)."""
    names = proper_names(item, article)
    if not names:
        return None
    for name in names:
        if not named_in(name, allowed):
            return f"{name!r} is not named in the cited text"
    return True


@lru_cache(maxsize=64)
def _resolver(resolve: Resolve) -> Resolve:
    """``resolve`` that also knows "US" for "U.S."/"United States" and "UN" for "U.N.".
    One per ``resolve``, remembering its answers: every sentence asks it for every run of
    capitalised words."""
    memo: dict[str, str | None] = {}

    def again(name: str) -> str | None:
        if name in memo:
            return memo[name]
        found = resolve(name)
        if found is None and name.replace(".", "").isupper() and 2 <= len(name) <= 4:
            found = resolve(".".join(name.replace(".", "")) + ".")
        bare = name.casefold().replace("’", "'").removesuffix("'s")
        if found is None and bare in _EQUIVALENT:
            found = resolve(_EQUIVALENT[bare].title())
        memo[name] = found
        return found

    return again


@lru_cache(maxsize=1024)
def _mentions(text: str, resolve: Resolve) -> list[tuple[int, int, str]]:
    """(start, end, actor) for each run of capitalised words that resolves to an actor.

    Cached by (text, resolve), and per sentence: items citing the same sentences share
    the work.
    """
    return spans_by_sentence(text, lambda part: _sentence_mentions(part, resolve))


Span = tuple[int, int, str]  # start, end, who


def spans_by_sentence(text: str, each: Callable[[str], Sequence[Span]]) -> list[Span]:
    """``each`` (cached per sentence) over every sentence of ``text``, its spans moved to
    their place in ``text``: a text of one sentence is read as it is."""
    parts = pieces(text)
    if len(parts) == 1:
        return list(each(text))
    out: list[Span] = []
    for at, part in parts:
        out.extend((at + s, at + e, who) for s, e, who in each(part))
    return out


_NAME_WORDS = prefiltered(re.compile(r"(?:[A-Z][\w'’.-]*|U\.S\.)(?:\s+(?:[A-Z][\w'’.-]*))*"))


@lru_cache(maxsize=8192)
def _sentence_mentions(text: str, resolve: Resolve) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    resolve = _resolver(resolve)
    for m in _NAME_WORDS.finditer(text):
        if (run := m.group(0)) in _NAMELESS:
            continue  # one word _run_mentions skips ("The", "He"): no mention, no lookup
        found = _run_mentions(run, resolve)
        if found:
            at = m.start()
            out.extend((at + s, at + e, name) for s, e, name in found)
    return tuple(out)


@lru_cache(maxsize=8192)
def _run_mentions(run: str, resolve: Resolve) -> tuple[tuple[int, int, str], ...]:
    """(start, end, actor) in one run of capitalised words: the longest resolvable stretch
    starting at each word ("Secretary of State Rex Tillerson").  Cached by run: the same
    names recur in sentence after sentence."""
    out = []
    words = run.split()
    i = 0
    while i < len(words):
        if words[i] in _COMMON or words[i] in _STOP_CAPS:
            i += 1
            continue
        for j in range(min(len(words), i + 4), i, -1):
            name = resolve(" ".join(words[i:j]).rstrip(".,"))
            if name is not None:
                start = len(" ".join(words[:i])) + (1 if i else 0)
                out.append((start, start + len(" ".join(words[i:j])), name))
                i = j - 1
                break
        i += 1
    return tuple(out)
