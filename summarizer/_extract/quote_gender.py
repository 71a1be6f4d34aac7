"""Which people an article itself calls "he" or "she", so that '"...," she said' skips a man.

The article says it first, when it names a person as a clause's subject and goes on with a
pronoun ("Moore briefed reporters. He said ..."), or reports them with one ("Bass said she
would run").  A person it never calls either is read by the first name, where that name is
usually given to one gender (the pack's ``given_female`` / ``given_male``; "Alex" is in
neither); a person the article calls both is left unknown.  One pass over the sentences
and mentions, so the cost stays linear.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from summarizer._extract.actors import FoundActor, Mention
from summarizer._extract.quote_forms import SubjectForms
from summarizer._text.segment import Sentence

GENDERED = ("he", "she")  # the pronouns that tell, as ``quote_speakers._pronoun`` reads them
_R_MARK = re.compile(r"[\"“”«»‘’']")
_R_REPORTED = re.compile(r"[\s,]+(?:[a-z]+\s+)?(he|she)\b")  # "said (that) she"
# "Emma Shaw KC, asked him": the subject of a clause is not the "him" it acts on.
_R_HIM = re.compile(r"[\s,]*(?:[A-Z][\w.]*[\s,]+){0,2}(?:[a-z]+\s+)?[a-z]+\s+him\b")
NOT_HE = "not-he"  # a person the article shows is not "he" (a woman, or unknown)


def agrees(gender: dict[int, str], actor: FoundActor, word: str) -> bool:
    """Whether the article lets ``word`` ("he" / "she") point back to ``actor``."""
    known = gender.get(id(actor))
    return known is None or known == word or (known == NOT_HE and word != "he")


def genders(
    sentences: Sequence[Sentence],
    forms: SubjectForms,
    people: Sequence[tuple[Mention, FoundActor]],
    text: str,
    outside: str,
    said_after: re.Pattern[str],
    given: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> dict[int, str]:
    """``id(actor)`` -> "he" or "she", for the people the article refers to so.

    ``forms``: each sentence's subject (a pronoun's actor is None); ``people``: the
    mentions of people outside quotations, by start; ``outside``: ``text`` with its
    quotations blanked.  A pronoun after a quotation ('"...," she said') is what is being
    resolved, so it tells nothing."""
    seen: dict[int, set[str]] = {}

    def note(actor: FoundActor, word: str) -> None:
        seen.setdefault(id(actor), set()).add(word.lower())

    # "Bass said she ...": a person as a speech verb's subject, a pronoun right after it
    for m, actor in people:
        if (v := said_after.match(outside, m.end)) and (p := _R_REPORTED.match(outside, v.end())):
            note(actor, p[1])
    # "Emma Shaw asked him ...": a named subject acting on "him" is someone else
    for s in sentences:
        form = forms.get(s.id)
        if form is None or form[1] is None or form[1].type != "person":
            continue
        if _R_HIM.match(outside, form[0].end, s.end):
            note(form[1], NOT_HE)
    # "Moore briefed reporters. He said ...": a named subject, the next sentence's pronoun
    k = 0  # people[k] is the first mention at or after the sentence's start
    for s, t in itertools.pairwise(sentences):
        while k < len(people) and people[k][0].start < s.start:
            k += 1
        named, said = forms.get(s.id), forms.get(t.id)
        if not named or not said or named[1] is None or said[1] is not None:
            continue
        if named[1].type != "person" or said[0].text.lower() not in GENDERED:
            continue
        if t.paragraph - s.paragraph > 1 or _R_MARK.search(text, t.start, said[0].start):
            continue
        j, others = k, False  # another person named before the pronoun makes it unclear
        while j < len(people) and people[j][0].start < said[0].start:
            others = others or people[j][1] is not named[1]
            j += 1
        if not others:
            note(named[1], said[0].text)
    out = {}
    for key, words in seen.items():
        told = words - {NOT_HE}
        if len(told) == 1 and not (NOT_HE in words and "he" in told):
            out[key] = next(iter(told))
        elif not told:
            out[key] = NOT_HE
    female, male = given
    for _, actor in people:  # never called "he" or "she" here: the first name's usual one
        if id(actor) in seen or " " not in actor.name:
            continue
        first = actor.name.split(maxsplit=1)[0]
        if first in female:
            out[id(actor)] = "she"
        elif first in male:
            out[id(actor)] = "he"
    return out
