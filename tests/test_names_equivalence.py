"""``_sentence_vocabulary`` reads each capitalised word's forms from a per-word cache: it
answers as the code that built them per sentence, on every text."""

from __future__ import annotations

from summarizer._checks import names
from summarizer._checks.names import _CAP, _EQUIVALENTS, Vocabulary, _stem
from tests.support import joined_pieces
from tests.test_checks_shortcuts import articles


def _before(text: str) -> Vocabulary:
    """``_sentence_vocabulary`` as it was: every form built from the sentence's words."""
    caps = set(_CAP.findall(text))
    plain = {c.casefold().replace(".", "") for c in caps}
    folded = plain | {c.rstrip("'’s") for c in plain}
    stems = {_stem(c) for c in caps}
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


_PIECES = [
    "U.S.", "US", "U.N.", "UN's", "Russia’s", "Russians", "Moscow", "Kremlin", "EU",
    "United", "States", "Nations", "Britain", "British", "Tillerson's", "Lavrov’", "Sess",
    "A", "I", "X.", "Mr.", "St.", "O'Brien", "al-Assad", "Al-", "the", "said", "s", "'s",
    "\u0130stanbul", "Stra\u00dfe", "ÉLYSÉE", "Ǆ", "united states", "america", "Americans",
]  # fmt: skip
_GLUE = [" ", " ", "", "-", ". ", ", ", "'", "’", "\n", "("]


def _texts(seed: int, n: int) -> list[str]:
    return joined_pieces(_PIECES, _GLUE, n, seed, most=9)


def test_a_sentence_vocabulary_is_built_as_before() -> None:
    texts = [s.text for doc, _ in articles() for s in doc.sentences] + _texts(13, 20000)
    words = 0
    for t in texts:
        expected = _before(t)
        names._forms.cache_clear() if len(t) % 7 == 0 else None  # read cold and warm
        assert names._sentence_vocabulary.__wrapped__(t) == expected, t
        words += len(expected[0])
    assert words > 50000
