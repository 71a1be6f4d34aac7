"""Content words of a text in one language: what support() and the extractive summary compare."""

from __future__ import annotations

import re

from summarizer._lang import LanguagePack
from summarizer._lang.en import ENGLISH


def words(text: str, lang: LanguagePack = ENGLISH) -> set[str]:
    """Content words, lightly stemmed: enough to tell a paraphrase from an invention."""
    stop, suffix, n = lang.content_stopwords, lang.stem_suffix, lang.stem_length
    return {
        w.rstrip(suffix)[:n]
        for w in re.findall(r"[a-z0-9]+", text.lower().replace("'s", ""))
        if w not in stop and len(w) > 2
    }


def support(text: str, reference: str, lang: LanguagePack = ENGLISH) -> float:
    """Share of ``text``'s content words that occur in ``reference`` (1.0 if none)."""
    mine = words(text, lang)
    return len(mine & words(reference, lang)) / len(mine) if mine else 1.0
