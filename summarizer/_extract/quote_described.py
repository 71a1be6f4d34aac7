"""A speaker described, not named: '"...," a witness said', 'his lawyer told reporters'.

Before, such a quote had no speaker, and renderers showed it as the article's own words.
The description is the speaker the article gives: its words as written, from the
determiner to the head noun ("one shop owner" in "said one shop owner on the high
street"), taken only when that noun names a person ("the report said" describes no one).
A name the article gives, or a body a description resolves to, wins: this is read only
when the attribution rules found nobody.
"""

from __future__ import annotations

import re

from summarizer._lang import LanguagePack

# A determiner, then up to four modifiers, the last word a noun: "a 45-year-old mother".
_R_PHRASE = re.compile(
    r"[\s,—–-]*(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y"
    r"|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree) "
    r"(?P<words>[a-z0-9][\w’'-]*(?: [a-z0-9][\w’'-]*){0,4})"
)
# Words that end a description: a relative clause, a preposition, a verb's start.
_STOPS = frozenset(
    """who whom whose that which on in at from outside inside near after before as by with
    for of to said says told added and or but while when where whom, speaking""".split()
)


def describing_nouns(lang: LanguagePack) -> frozenset[str]:
    """The head nouns a description of a speaker may end with, in ``lang``."""
    return lang.speaker_described_nouns | lang.speaker_person_nouns | lang.names.roles


def described(text: str, a: int, b: int, nouns: frozenset[str]) -> tuple[int, int] | None:
    """The description of a person opening ``text[a:b]``, as (start, end), or None.

    The head is the last word before a stop word whose singular is in ``nouns``: "a senior
    government source" -> all of it; "a man who lives opposite" -> "a man"."""
    m = _R_PHRASE.match(text, a, b)
    if m is None:
        return None
    head = -1
    at = m.start("words")
    for w in m["words"].split(" "):
        if w in _STOPS:
            break
        if _singular(w) in nouns:
            head = at + len(w)
        at += len(w) + 1
    return (m.start("det"), head) if head > 0 else None


def _singular(word: str) -> str:
    """ "residents" -> "resident", "witnesses" -> "witness": plural speakers too."""
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
