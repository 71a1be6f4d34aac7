"""``GroundingContext.locate`` ranks sentences as it did: the three sharing most of a
clause's content words (``share``, sorted stably), read with their neighbours and speakers
as ``cited`` reads them.  Held to the code it replaced over the seed and dev articles, each
sentence, its halves and a word of it as the clause."""

from __future__ import annotations

from summarizer._extract.claims import find_candidates
from summarizer._extract.dates import find_time_expressions
from summarizer._extract.quotes import find_quotes
from summarizer._lang import pack
from summarizer._lang.words import bag, share
from summarizer._tasks.context import GroundingContext, check_fields
from tests.test_checks_shortcuts import articles


def _old_locate(ctx: GroundingContext, clause: str) -> tuple[str, frozenset[str]]:
    """``locate`` as it was: every score listed and sorted, the whole ``Cited`` made."""
    lang = pack(ctx.doc.language)
    mine = bag(clause, lang)
    score = [share(mine, bag(s.text, lang)) for s in ctx.doc.sentences]
    ranked = sorted(range(len(score)), key=lambda i: -score[i])[:3]
    cited = ctx.cited([ctx.doc.sentences[i].id for i in ranked])
    return cited.names, cited.speakers


def test_located_sentences_are_the_old_rankings() -> None:
    checked = tied = 0
    for doc, found in articles():
        cands = find_candidates(doc, found, find_quotes(doc, found))
        fields = check_fields(None, find_time_expressions(doc.text, None), cands, found)
        ctx = GroundingContext(doc=doc, **fields)
        for s in doc.sentences:
            words = s.text.split()
            half = len(words) // 2
            for clause in (s.text, " ".join(words[:half]), " ".join(words[half:]), words[0]):
                assert ctx.locate(clause) == _old_locate(ctx, clause), clause
                checked += 1
                lang = pack(doc.language)
                scores = sorted((share(bag(clause, lang), bag(x.text, lang))
                                 for x in doc.sentences), reverse=True)  # fmt: skip
                tied += len(scores) > 3 and scores[2] == scores[3]
    assert checked > 1000 and tied > 100, (checked, tied)  # ties broken as before, too
