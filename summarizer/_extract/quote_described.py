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
from dataclasses import dataclass
from functools import cache

from summarizer._lang import LanguagePack, alternation

_R_PLURAL = re.compile(r"[\s,—–-]*([A-Za-z][a-z]+s)\b(?![’'-])")


@dataclass(frozen=True)
class Describer:
    """One language's descriptions of a person: a determiner (the pack's indefinites, or
    "the"), up to four modifiers, a head noun from ``nouns``."""

    phrase: re.Pattern[str]
    nouns: frozenset[str]
    ends: frozenset[str]  # a word that ends the description (the pack's ``description_ends``)
    # what may follow the head inside one subject: "a source close to the talks", "a man who
    # lives opposite", "a spokeswoman for the council" (a relative word or a preposition,
    # after at most one word)
    post: re.Pattern[str]

    def ends_subject(self, text: str, end: int, b: int) -> bool:
        """``text[end:b]``, after a description's head, only qualifies it: the description is
        the whole subject of the speech verb at ``b``."""
        return end == b or self.post.match(text, end, b) is not None

    def find(self, text: str, a: int, b: int) -> tuple[int, int] | None:
        """The description of a person opening ``text[a:b]``, as (start, end), or None.

        The head is the last word before a stop word whose singular is a noun of a
        person: "a senior government source" -> all of it; "a man who lives opposite"
        -> "a man"; "Witnesses" (a plural needs no determiner)."""
        m = self.phrase.match(text, a, b)
        if m is None:
            bare = _R_PLURAL.match(text, a, b)
            if bare is None or (one := _singular(bare[1].lower())) == bare[1].lower():
                return None
            return bare.span(1) if one in self.nouns else None
        head = -1
        at = m.start("words")
        for w in m["words"].split(" "):
            if w in self.ends:
                break
            if _singular(w) in self.nouns:
                head = at + len(w)
            at += len(w) + 1
        return (m.start("det"), head) if head > 0 else None


@cache
def describer(lang: LanguagePack) -> Describer:
    dets = lang.indefinites | {"the"}
    both = alternation(frozenset(d for w in dets for d in (w, w.capitalize())))
    return Describer(
        re.compile(
            rf"[\s,—–-]*(?P<det>{both}) (?P<words>[a-z0-9][\w’'-]*(?: [a-z0-9][\w’'-]*){{0,4}})"
        ),
        lang.speaker_described_nouns | lang.speaker_person_nouns | lang.names.roles,
        lang.description_ends,
        re.compile(rf" (?:[a-z]+ )?(?:{alternation(lang.description_qualifiers)}) [^\n]*$"),
    )


def _singular(word: str) -> str:
    """ "residents" -> "resident", "witnesses" -> "witness": plural speakers too."""
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
