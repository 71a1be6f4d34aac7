"""The checks' shortcuts over an item's words (bench/bench_checks.py: their cost) give what
the plain computation gives: the stance score's token loop, skipping words that are no cue,
and its phrase folding, skipping texts that lack the phrase's word, against the loop as it
was, on random texts made of cues, negators, phrases and their near misses; whether an
article writes a word in lower case, looked up where the word is written, against the list
of all its lower-case words; the asserters of the sentences located for a headline, read
through the cache, against ``asserted_by`` read anew."""

from __future__ import annotations

import random
import re

from summarizer._checks import names, polarity, speaker
from summarizer._extract.actors import ActorIndex
from tests.support import joined_pieces
from tests.test_checks_shortcuts import articles

# The stance score as it was before its shortcuts (every token stemmed and signed, every
# phrase pattern tried on every text): the reference the shortcuts must agree with.
_PLAIN_PHRASES = (
    (re.compile(r"\bcall(?:s|ed|ing)?\s+(?:for|on)\b"), " callfor "),
    (re.compile(r"\b(?:the\s+)?right\s+(?:direction|track|way)\b"), " rightway "),
    (re.compile(r"\bon\s+track\b"), " ontrack "),
)


def _plain_score(text: str, topic: str) -> int:
    own = {polarity._stem(w) for w in polarity._HYPHENATED.findall(topic)}
    score, flip_until = 0, -1
    folded = text.lower()
    for pattern, token in _PLAIN_PHRASES:
        folded = pattern.sub(token, folded)
    for i, w in enumerate(polarity._TOKENS.findall(folded)):
        if w in polarity._NEGATORS:
            flip_until = i + 3
            continue
        if polarity._stem(w) in own:
            continue
        sign = polarity._sign(w)
        negated = i <= flip_until and not (w.endswith("er") and len(w) > 5)
        score += -sign if negated else sign
    return score


WORDS = (
    "support supports supported oppose opposed welcome condemn rejected praise backing backed "
    "not no never n't don't cannot without nor nobody prouder happier better plan plans the a "
    "call calls called calling for on it right direction track way wrong in the right "
    "direction on track off track recall Called FOR Right Track ON Track proud stop concern "
    "deal talks Russia Russia's ally allies like liked goal aim sought end low ends lower "
    "non-binding well-received anti-war halt threat threatening supporter"
).split()
SEPARATORS = (" ", "  ", ", ", ". ", "\n", "-", " the ")


def _texts(n: int, seed: int) -> list[str]:
    return joined_pieces(WORDS, SEPARATORS, n, seed, most=29)


def test_the_stance_score_skips_only_what_adds_nothing() -> None:
    topics = ["the plan", "support for the plan", "talks", "Russia's ally", "the right way"]
    texts = _texts(4000, seed=3)
    nonzero = 0
    for i, text in enumerate(texts):
        topic = topics[i % len(topics)]
        expected = _plain_score(text, topic)
        assert polarity._polarity_score(text, topic) == expected, (text, topic)
        nonzero += expected != 0
    assert nonzero > 1000  # cues are counted, negated and skipped as the topic's own


def test_each_phrase_is_folded_only_in_a_text_holding_its_word() -> None:
    for word, pattern, _token in polarity._PHRASES:
        assert word in pattern.pattern
        for text in _texts(1000, seed=9):
            lowered = text.lower()
            if word not in lowered:
                assert not pattern.search(lowered)
    folded = [
        t for t in _texts(1000, seed=9) if any(p.search(t.lower()) for _, p, _ in polarity._PHRASES)
    ]
    assert len(folded) > 40


PIECES = ("talks", "Talks", "x-ray", "ray", "don't", "t", "’s", "'s", "s", "-", "'", "’", "é",
          "1", "_", "U.S.", "us", "bus", "focus", "a", "An", "the", "re-elected", "elected",
          "Re", "officials", "TALKS", "talks-", "-talks", "o'neill", "neill")  # fmt: skip
GLUE = (" ", "", "", "-", "'", ". ", "\n", "é", "1", "_", "(", "“")


def test_a_word_written_in_lower_case_is_found_where_it_is_written() -> None:
    """``_lower_word`` (the runs around each place a word is written) answers as the list
    of every lower-case word of the article (``_LOWER.findall``, as it was read)."""
    r = random.Random(13)
    found = missed = 0
    for _ in range(3000):
        article = "".join(r.choice(PIECES) + r.choice(GLUE) for _ in range(r.randrange(1, 25)))
        listed = set(names._LOWER.findall(article))
        cuts = sorted(r.randrange(len(article) + 1) for _ in range(4))
        asked = {p.lower() for p in PIECES} | listed | {article[cuts[0] : cuts[1]]}
        asked |= {article[cuts[1] : cuts[3]], article[cuts[2] :]}
        for word in asked:
            got = names._lower_word.__wrapped__(word, article)
            assert got == (word in listed), (word, article)
            found += got
            missed += not got
    assert found > 5000 and missed > 5000


def _eager_speaker(
    item: str, cited: str, allowed: set[str], resolve: names.Resolve, strict: bool
) -> str | bool | None:
    """``check_speaker`` without ``locate`` as it was: the cited text's asserters always read."""
    said = speaker.asserted_by(item, resolve)
    if not said:
        return None
    nested = set(speaker._asserters(cited, resolve))
    for written, name, _clause in said:
        ok = allowed | nested
        if name not in ok and not speaker._part_of(name, ok):
            if strict:
                return f"{written!r} did not make this statement ({', '.join(allowed)} did)"
            return f"{written!r} is not the one who says this in the cited text"
    return True


def test_the_cited_texts_asserters_are_read_only_for_one_not_allowed() -> None:
    """Who the cited text has asserting is read only for an asserter neither allowed nor
    part of one allowed: the same answers as reading it for every item."""
    doc, found = articles()[0]
    index = ActorIndex(found)

    def who(name: str) -> str | None:
        actor = index.resolve(name)
        return actor.name if actor else None

    actors = sorted({a.name for a in found})
    r = random.Random(21)
    outcomes = set()
    for s in doc.sentences:
        for _ in range(6):
            x = r.choice(actors)
            item = r.choice((f"{x} said {s.text}", f"According to {x}, {s.text}", s.text))
            allowed = set(r.sample(actors, r.randrange(0, 3)))
            strict = r.random() < 0.5
            got = speaker.check_speaker(item, s.text, allowed, who, strict=strict)
            assert got == _eager_speaker(item, s.text, allowed, who, strict), (item, allowed)
            outcomes.add(got if not isinstance(got, str) else "failure")
    assert outcomes == {None, True, "failure"}


def test_a_located_sentence_s_asserters_are_the_ones_read_anew() -> None:
    """``check_speaker`` with ``locate`` (headline, abstract) reads the located sentences'
    asserters through the cached ``_asserters``: the same names as ``asserted_by`` read
    anew, over the located texts of every sentence of the seed and dev articles, each with
    its one before (as ``locate`` gives them)."""
    checked = said = 0
    for doc, found in articles():
        index = ActorIndex(found)

        def who(name: str, index: ActorIndex = index) -> str | None:
            actor = index.resolve(name)
            return actor.name if actor else None

        resolve = names._resolver(who)
        texts = [s.text for s in doc.sentences]
        for before, text in zip(["", *texts], texts, strict=False):
            located = f"{before} {text}"
            fresh = {n for _, n, _ in speaker.asserted_by(located, resolve)}
            assert speaker._asserters(located, resolve) == fresh, located
            checked += 1
            said += bool(fresh)
    assert checked > 200 and said > 40, (checked, said)
