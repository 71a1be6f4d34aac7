"""An extractive summary: what the digest says when the model's summary is not grounded.

Headline = the article's title, abstract = its lead, key points = the most
central sentences (sharing the most content words with the rest of the article,
and naming its actors), in article order.  Every word is the article's own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from summarizer._answers import words
from summarizer._digest import Summary
from summarizer._extract.actors import FoundActor
from summarizer._grounding import cited
from summarizer._text.segment import Document, Sentence

_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,60}\))?\s*(?:--|—|–|-)\s*")


def _central(
    doc: Document, body: Sequence[Sentence], actors: Sequence[FoundActor]
) -> list[Sentence]:
    # Each sentence's distinct words as a tuple, not a set: sets per sentence held
    # ten times the text's size on long articles.
    bags = {s.id: tuple(words(s.text)) for s in body}
    mentions = {s.id: 0 for s in body}
    for actor in actors:
        for m in actor.mentions:
            s = doc.sentence_at(m.start)
            if s is not None and s.id in mentions:
                mentions[s.id] += 1

    # Shared words with every other sentence, summed: each word counts the other sentences
    # that have it (one count of the words, not a comparison of every pair of sentences).
    df = Counter(w for bag in bags.values() for w in bag)

    def score(s: Sentence) -> float:
        mine = bags[s.id]
        if len(mine) < 4:
            return 0.0
        overlap = sum(df[w] - 1 for w in mine)
        return overlap / math.log(len(mine) + 2) + 2.0 * min(mentions[s.id], 3)

    return sorted(body, key=score, reverse=True)


def extractive_summary(doc: Document, actors: Sequence[FoundActor], points: int = 4) -> Summary:
    body = [s for s in doc.sentences if s.text != doc.title]
    if not body:
        body = list(doc.sentences)
    # The lead is the first sentence of prose, not a section name or stamp above the story.
    lead = next((s for s in body if len(s.text.split()) >= 6 and s.text[-1] in '.!?"”’'), body[0])
    rest = [s for s in body[1:] if len(s.text.split()) >= 6]
    chosen = sorted(_central(doc, rest, actors)[:points], key=lambda s: s.start)
    return Summary(
        headline=doc.title or lead.text,
        abstract=_DATELINE.sub("", lead.text),
        key_points=[s.text for s in chosen],
        evidence=cited(doc, [lead.id, *(s.id for s in chosen)]),
        method="code",
    )
