"""Content words of a text in one language: what support() and the extractive summary compare."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

from summarizer._lang import LanguagePack
from summarizer._lang.en import ENGLISH


def words(text: str, lang: LanguagePack = ENGLISH) -> set[str]:
    """Content words, lightly stemmed: enough to tell a paraphrase from an invention."""
    return set(bag(text, lang))


@lru_cache(maxsize=8192)
def bag(text: str, lang: LanguagePack = ENGLISH) -> frozenset[str]:
    """``words``, cached: the checks compare many items with the same cited sentences (and
    headline and abstract with every sentence of the article).  The same set as
    ``fresh_bag``, each word stemmed once per process (the checks only intersect it; the
    extractive summary keeps ``fresh_bag``'s order)."""
    stems = _STEMS.get(lang) or _STEMS.setdefault(lang, Stems(lang))
    return stems.bag(text, 65536)  # a vocabulary, not a leak


_NONE = frozenset([None])


def _separators(kept: str) -> bytes:
    """A ``bytes.translate`` table: every byte but those of ``kept`` a space."""
    return bytes(b if chr(b) in kept else 32 for b in range(256))


_ALNUM = _separators("abcdefghijklmnopqrstuvwxyz0123456789")
_LETTERS = _separators("abcdefghijklmnopqrstuvwxyz")


def _runs(text: str, table: bytes) -> list[str]:
    """The maximal runs of ``table``'s ASCII characters in ``text``, in order, without a
    regex: every other character (a non-ASCII one first turned into "?") becomes a space."""
    return text.encode("ascii", "replace").translate(table).decode("ascii").split()


def _tokens(lower: str) -> list[str]:
    """``re.findall(r"[a-z0-9]+", lower)`` (a third of ``bag`` as a regex)."""
    return _runs(lower, _ALNUM)


_STRETCH = 4096  # characters tokenised at once


def _token_stream(text: str) -> Iterable[str]:
    """``_tokens(text.lower().replace("'s", ""))``, a stretch at a time past ``_STRETCH``
    characters, each cut before a space (no token, "'s" or lowering reads across one): the
    list of every token of a one-sentence megabyte was nine times its size, and lowering a
    text with a curly quote takes a scratch buffer of twelve bytes a character."""
    if len(text) <= _STRETCH:
        return _tokens(text.lower().replace("'s", ""))
    return chain.from_iterable(_tokens(p.lower().replace("'s", "")) for p in _stretches(text))


def _stretches(text: str) -> Iterator[str]:
    """``text`` in pieces of ``_STRETCH`` characters or more, each cut before a space."""
    start, size = 0, len(text)
    while start < size:
        cut = text.find(" ", start + _STRETCH)
        end = size if cut < 0 else cut
        yield text[start:end]
        start = end


def letter_runs(text: str) -> list[str]:
    """``re.findall(r"[a-z]+", text)``, three times faster."""
    return _runs(text, _LETTERS)


@lru_cache(maxsize=8192)
def letter_set(text: str) -> frozenset[str]:
    """The words of ``letter_runs(text.lower())``, cached: the numbers, dates and polarity
    checks each ask it of the same item and the same sentences, to skip what finds nothing."""
    return frozenset(letter_runs(text.lower()))


class Stems(dict[str, str | None]):
    """Word -> its stem as ``fresh_bag`` takes it (None: a stopword, or too short to count):
    the process's for ``bag``, or one a caller keeps while it reads one article's texts
    (the extractive summary: each word of its sentences stemmed once)."""

    def __init__(self, lang: LanguagePack) -> None:
        super().__init__(dict.fromkeys(lang.content_stopwords))
        self.stopwords = lang.content_stopwords  # put back when the table is emptied
        self.suffix, self.n = lang.stem_suffix, lang.stem_length

    def __missing__(self, word: str) -> str | None:
        stem = word.rstrip(self.suffix)[: self.n] if len(word) > 2 else None
        if len(word) <= _KEPT_WORD:  # a long token (a line of base64) is never held
            self[word] = stem
        return stem

    def bag(self, text: str, most: int) -> frozenset[str]:
        """``fresh_bag(text)``, read through this table (emptied past ``most`` words)."""
        if len(self) > most:
            self.clear()
            self.update(dict.fromkeys(self.stopwords))
        # One pass over the tokens: a stopword is looked up as None, as a word too short is
        # (no set of tokens made first, then stopwords taken out of it).
        out = frozenset(map(self.__getitem__, _token_stream(text)))
        return out - _NONE if None in out else out  # type: ignore[return-value]


_KEPT_WORD = 24  # characters


_STEMS: dict[LanguagePack, Stems] = {}


def fresh_bag(text: str, lang: LanguagePack = ENGLISH) -> frozenset[str]:
    """``bag`` without the cache, for a caller that reads each text once: the extractive
    summary's every sentence, cached, outlived its article (gold's peak RSS 70x the input).
    Nothing is kept (the stems table ``bag`` fills, filled with every article's words, held
    2.7 MB past gold's articles: 200x the largest); its tokens are ``bag``'s."""
    suffix, n = lang.stem_suffix, lang.stem_length
    tokens = set(_token_stream(text))  # each word stemmed once
    tokens -= lang.content_stopwords
    return frozenset({w.rstrip(suffix)[:n] for w in tokens if len(w) > 2})


def support(text: str, reference: str | tuple[str, ...], lang: LanguagePack = ENGLISH) -> float:
    """Share of ``text``'s content words that occur in ``reference`` (1.0 if none): a text,
    or several read as if joined by spaces (each one's words cached on their own)."""
    mine = bag(text, lang)
    if not mine:
        return 1.0
    if isinstance(reference, str) or len(reference) == 1:
        one = reference if isinstance(reference, str) else reference[0]
        return share(mine, bag(one, lang))
    return share(mine, frozenset().union(*(bag(r, lang) for r in reference)))


def share(mine: frozenset[str], theirs: frozenset[str]) -> float:
    """``support`` for content words already taken: the share of ``mine`` in ``theirs``
    (1.0 if none), for one item against many sentences' words."""
    return len(mine & theirs) / len(mine) if mine else 1.0
