"""Quote speakers: who a phrase names (an actor, a pronoun, "the minister"), read from indexes.

``quotes`` finds where an attribution is; this says whom it names, with each answer
memoized per sentence, verb or run so an article with thousands of quotes stays linear.
Whom a pronoun or a title points back to ("she said", "the minister said") is read in
``quote_references``, which this reader builds on.
"""

from __future__ import annotations

import bisect
import re

from summarizer._extract.actors import FoundActor, Mention
from summarizer._extract.quote_forms import Form
from summarizer._extract.quote_references import (
    _BODY_LOOKBACK,
    _BODY_TYPES,
    ReferenceReader,
    Who,
)
from summarizer._text.scan import prefiltered
from summarizer._text.segment import Sentence

_R_GLUE = re.compile(r"(?:[\s,’'s]|also)*+")  # what may stand between a name and its verb
_R_LEAD = re.compile(r"[ \t*_\"“”'‘’]*")  # what may stand before an apposition's subject
# an apposition's commas, then blanks or an adverb; a second apposition may describe the
# first's last noun ("Sofia Berg, the founder of Green Routes, a charity that ..., said:")
_R_COMMAS = re.compile(
    r",[^,\"“”:;]{1,100},(?: (?:a|an|the|which|who|whose|one)\b[^,\"“”:;]{1,100},)?"
)
_R_BLANKS = re.compile(r"\s*")
# A subject's name ends at the first lower-case word that is no particle ("the", "bin").
_R_STOP = re.compile(r"(?<![\w\-'’])(?!(?:the|a|an|of|de|al|bin|and|both)\b)[a-z]")
_R_STOP = prefiltered(_R_STOP)  # its first characters first (_text.scan)
# A sentence's opening before its subject: marks, or a short phrase and a comma ("Earlier
# Wednesday, "); then an article.
_R_LEADS = tuple(
    re.compile(lead + r"(?:(?:the|The|a|A) )?")
    for lead in (
        r"[\W_]*",
        r"[\W_]*(?:[\w’'.\-]+ ){0,5}?[\w’'.\-]+, ",
        # a participle's clause: "Commenting on the issue of releasing the hostages, "
        r"[\W_]*[A-Z][a-z]+ing\b[^,.;:\"“”\n]{0,90}, ",
    )
)
_R_WORD = re.compile(r"[\w\-]+")
_R_NEXT_WORD = re.compile(r" ([a-z][\w\-]*)")  # the lower-case word after a word
# "the Qatari official", right before its verb: a person the nation's name describes.
_R_THE_NATION = re.compile(r"\b[Tt]he ([A-Z][a-z]+) [a-z]+ $")
# "the health department's statement said": the owner's head noun names the speaker.
_R_OWNED = re.compile(r"(?:the|a|an) (?:[a-z]+ )?(?P<head>[a-z]+)['’]s (?:[a-z]+ )?[a-z]+")
# Between a body and the bare group noun it qualifies: "Health Department (CMDHD) officials".
_R_QUALIFIES = re.compile(r"\)?\s(?:\([A-Z][A-Za-z]{1,9}\)\s)?")
# "the family of Liam Byrne said": the one spoken of, not the speaker.
_R_OWNER = re.compile(r"\b[a-z]+ of $")
_R_OWNED_ROLE = re.compile(r"['’]s (?:[a-z]+ ){0,2}?([a-z]+)\b(?! of\b)")
_R_FROM = re.compile(r"\b([a-z]+) (?:from|by) (?:the )?$")  # "the statement from X"
# "Rosa Delgado posted on Facebook:": a name after a preposition is its object, no speaker
_R_PREPOSITION = re.compile(r"\b(?:on|in|at|to|from|with|via) $")
# Its people at a body, opening the clause: "Analysts at Kerr & Co", "Researchers from MIT".
_R_STAFF_AT = re.compile(
    r"(?:(?:An?|The) )?(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers?|"
    r"[Ss]cientists?|[Ee]xperts?|[Oo]fficials?|[Ee]ngineers?|[Dd]octors?|[Ss]taff|"
    r"[Ss]pokes(?:man|woman|person)) (?:at|from|with) "
)
# A relative clause ending right before a speech verb: ", who served with him, said"
_R_RELATIVE = re.compile(r", (?:who|whose|whom)\b[^,;:\"“”\n]{1,150}, *(?:([a-z]+) )?$")
_RELATIVE_SPAN = 170
# Between an employer and its employee's name: role words ("chief executive"), no "and".
_R_ROLE_GAP = re.compile(r"(?:\s+(?!(?:and|or|of|with|for|to)\b)[a-z]+){1,3}\s+")


class SpeakerReader(ReferenceReader):
    """Who a phrase names, for ``quotes._Attribution``, which sets the indexes below."""

    people: list[int]  # indexes of the mentions of people
    verb_forms: dict[tuple[int, int], Form]  # (a, verb) -> the verb's subject
    run_ends: dict[tuple[re.Pattern[str], int], int]

    @staticmethod
    def _cue(verb: str, default: str) -> str:
        return "told" if verb in ("told", "tells", "telling") else default

    def _mentions(self, a: int, b: int) -> list[tuple[Mention, FoundActor]]:
        i, out = bisect.bisect_left(self.starts, a), []
        while i < len(self.mentions) and self.mentions[i][0].start < b:
            out += [self.mentions[i]] if self.mentions[i][0].end <= b else []
            i += 1
        return out

    def _who(self, a: int, b: int, cue: str, first: bool = False) -> Who | None:
        """The speaker a phrase names: an actor (a person first), a pronoun, or 'the minister'."""
        phrase = self.outside[a:b]
        lead, words = len(phrase) - len(phrase.lstrip(" ,")), phrase.strip(" ,.").split()
        if words and self.rx.pronoun.fullmatch(words[0]) and (len(words) == 1 or not first):
            return self._pronoun(a + lead, words[0])
        found = self._mentions(a, b)
        people = [x for x in found if x[1].type == "person"]
        if first:  # "said Lori Glaze, acting associate administrator for NASA's ..."
            head = [x for x in people if x[0].end <= a + len(phrase.split(",")[0])]
            pick = (head or found)[0] if head or found else None
            for later in head[1:]:  # "said Ofcom chief executive Melanie Dawes": the person
                if pick and _R_ROLE_GAP.fullmatch(self.outside, pick[0].end, later[0].start):
                    pick = later
            if not head and people and phrase.lstrip(" ,")[:1].islower():
                pick = people[0]  # "said the leader of the Green Party group, Hannah Wells"
            if pick and self.outside.startswith(("'s ", "’s "), pick[0].end):
                # "said Hale's deputy, Amy Stone": the one named after the owner speaks
                pick = next((x for x in people if x[0].start > pick[0].end), pick)
        else:
            pick = (people or found)[-1] if found else None
            if not people and len(found) > 1:
                pick = self._qualified(found[-2], found[-1]) or pick
            elif not people and found:
                pick = self._antecedent(found[-1]) or pick
        end = a + lead + len(phrase.strip(" ,."))
        described = words and words[0].lower() in ("the", "a", "an") and len(words) <= 4
        # "Germany's foreign minister", "Apple's boss": a role the body only qualifies
        owner = bool(found) and len(words) <= 4 and words[0].endswith(("'s", "’s"))
        # "the England striker": a description the country only qualifies
        qualified = pick and (described or owner) and not people and found[-1][0].end < end
        if qualified and words[-1].islower() and (who := self._titled(words[-1], a + lead, end)):
            return who
        if pick:
            return Who(pick[1], pick[0], cue)
        body = self.rx.for_the.search(phrase.rstrip(" ,."))
        if body and body[2] in self.rx.body_nouns:  # "a spokeswoman for the company"
            return self._titled(body[2], a + body.start(1), a + body.end(1))
        if owned := _R_OWNED.fullmatch(phrase.strip(" ,.")):
            return self._titled(owned["head"], a + lead, end, owned[0].startswith("the"))
        definite = described and words[0].lower() == "the" and words[-1].islower()
        if definite and (group := self._group_body(words[-1], a + lead)):  # "the analysts"
            return Who(group[1], Mention(a + lead, end, self.text[a + lead : end]), "pronoun")
        # "the Qatari official said": the one the article titled with the nation's name
        # ("Qatari Prime Minister ... Al Thani"), else the description as written
        nation = described and len(words) > 2 and words[0] == "the"
        if nation and (who := self._of_nation(words[1], a + lead, end)):
            return who
        if described:
            return self._titled(words[-1], a + lead, end, words[0].lower() == "the")
        if len(words) == 1 and words[0] in self.rx.body_nouns:  # "police said"
            return self._titled(words[0], a + lead, end)
        return None

    def _of_nation(self, nation: str, a: int, b: int) -> Who | None:
        """ "the Qatari official" at ``a:b``: the latest person whose title ``nation`` opens
        ("Qatari Prime Minister and Foreign Minister Mohammed ... Al Thani"), if a nation."""
        if nation not in self.rx.demonyms or (i := self._holder(nation, a, nation=True)) < 0:
            return None
        return Who(self.mentions[i][1], Mention(a, b, self.text[a:b]), "pronoun")

    def _verb_subject(self, a: int, v: int, cue: str, s: Sentence) -> Who | None:
        """The subject of the speech verb at ``v``: 'Lavrov also said', 'she told', a person."""
        if (a, v) not in self.verb_forms:  # many quotes in a sentence may follow one verb
            self.verb_forms[a, v] = self._verb_form(a, v)
        form = self.verb_forms[a, v]
        if form is None:  # "In a statement, the company said:"
            head = max(a, v - 40)
            nation = _R_THE_NATION.search(self.outside, head, v)  # "the Qatari official said"
            if nation and (who := self._of_nation(nation[1], nation.start(), nation.end())):
                return who
            if m := self.rx.the_noun_end.search(self.outside, head, v):
                who = self._titled(m[1], m.start(), m.end(1))
                owner = self._mentions(m.start(), m.end(1))  # "Apple's spokesman said:"
                return who or (Who(owner[0][1], owner[0][0], cue) if owner else None)
            # "The statement from Downing Street read:": whose statement it is
            for mention, actor in self._mentions(a, v):
                by = _R_FROM.search(self.outside, max(a, mention.start - 30), mention.start)
                if by and by[1] in self.rx.body_nouns and by[1] not in self.rx.person_nouns:
                    return Who(actor, mention, cue)
            return self._subject(s, cue) if cue == "colon" else None
        return self._form(form, cue, True)

    def _verb_form(self, a: int, v: int) -> Form:
        # A pronoun and an adverb are at most 17 characters: only the end is searched.
        head = max(a, v - 32)
        if m := self.rx.pronoun_end.search(self.outside[head:v]):
            return Mention(head + m.start(1), head + m.end(1), m[1]), None
        # The mentions in [a, v) are those starting in it, but for the few that straddle v.
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, v)
        last = hi - 1
        while last >= lo and self.ends[last] > v:
            last -= 1
        if last < lo:
            return None
        first = lo
        while self.ends[first] > v:
            first += 1
        if (rel := self._relative(a, v, lo, hi)) is not None:
            return rel
        # "Xu, secretary of X, said:" / "David Howieson, of Police Scotland, said:": the
        # person opening the clause, not the place that ends the apposition
        if self._apposition(self.ends[first], v):
            lead = self._run(_R_LEAD, a) >= self.starts[first]
            if lead and self.mentions[first][1].type == "person":
                return self.mentions[first]
        named = self.mentions[last]
        after = _R_PREPOSITION.search(self.outside, max(a, named[0].start - 6), named[0].start)
        glued = self._glued(self.ends[last], v)
        if (
            glued
            and after
            and _R_STAFF_AT.fullmatch(self.outside, self._run(_R_LEAD, a), named[0].start)
        ):
            return named  # "Analysts at Kerr & Co described": the firm speaks
        if glued and not after:  # right before the verb
            if named[1].type == "person" and _R_OWNER.search(
                self.outside, max(a, named[0].start - 20), named[0].start
            ):
                return None  # "the family of Liam Byrne said:": the family speaks
            qualified = last > lo and self._qualified(self.mentions[last - 1], self.mentions[last])
            return qualified or self._antecedent(self.mentions[last]) or self.mentions[last]
        k = bisect.bisect_left(self.people, hi) - 1
        while (
            k >= 0
            and self.people[k] >= lo
            and (self.ends[self.people[k]] > v or self._talked_to(self.starts[self.people[k]], a))
        ):  # "Talking to Al Haqiqa ..., he said Qatar ... announced": not the one talked to
            k -= 1
        return self.mentions[self.people[k]] if k >= 0 and self.people[k] >= lo else None

    def _relative(self, a: int, v: int, lo: int, hi: int) -> tuple[Mention, FoundActor] | None:
        """ "Richard Rendle, who was at Mr Norton's bedside when he died, said:": a relative
        clause between the verb and its subject names others; the subject is the person
        right before its comma."""
        m = _R_RELATIVE.search(self.outside, max(a, v - _RELATIVE_SPAN), v)
        if m is None or (m[1] and m[1] not in self.rx.adverbs):
            return None
        k = bisect.bisect_left(self.starts, m.start(), lo, hi) - 1
        while k >= lo and self.ends[k] > m.start():
            k -= 1
        if k < lo or self.mentions[k][1].type != "person":
            return None
        between = self.outside[self.ends[k] : m.start()]
        return self.mentions[k] if not between.strip() and "\n" not in between else None

    def _owned_role(self, at: int) -> bool:
        """A possessive and a person's role right after a body's name ("UK's chief
        negotiator"): the subject is the role's holder, read as "the negotiator" is; a
        spokesperson speaks for the body and stays its."""
        m = _R_OWNED_ROLE.match(self.outside, at)
        role = m[1] if m else ""
        return role in self.rx.roles and not role.startswith("spokes")

    def _qualified(
        self, before: tuple[Mention, FoundActor], group: tuple[Mention, FoundActor]
    ) -> tuple[Mention, FoundActor] | None:
        """The body a bare group noun belongs to: "Central Michigan District Health Department
        (CMDHD) officials said" is the department speaking, not some "officials"."""
        (mention, actor), (body, owner) = group, before
        if actor.type != "group" or not mention.text.isalpha() or not mention.text.islower():
            return None
        gap = _R_QUALIFIES.fullmatch(self.outside, body.end, mention.start)
        return before if gap and owner.type in _BODY_TYPES else None

    def _antecedent(self, named: tuple[Mention, FoundActor]) -> tuple[Mention, FoundActor] | None:
        """ "the analysts wrote" after "Piper Jaffray analysts led by ...": the body whose
        group the definite noun names again."""
        mention, actor = named
        if actor.type != "group" or not mention.text.isalpha() or not mention.text.islower():
            return None
        if self.outside[max(0, mention.start - 4) : mention.start].lower() != "the ":
            return None
        return self._group_body(mention.text, mention.start)

    def _group_body(self, noun: str, at: int) -> tuple[Mention, FoundActor] | None:
        """The body inside the latest "<Body> <noun>" group named before ``at`` (a bounded
        walk back), or None."""
        tail, i = " " + noun.lower(), bisect.bisect_left(self.starts, at)
        for k in range(i - 1, max(-1, i - _BODY_LOOKBACK), -1):
            m, group = self.mentions[k]
            if group.type == "group" and m.text[:1].isupper() and m.text.lower().endswith(tail):
                inner = [x for x in self.mentions[k + 1 : k + 4] if x[0].end <= m.end]
                return inner[0] if inner else None
        return None

    # A name is read against many verbs after it: each run is measured once from its start.

    def _run(self, pattern: re.Pattern[str], at: int) -> int:
        """Where ``pattern`` matched at ``at``, unbounded, ends (-1: no match); memoized."""
        if (pattern, at) not in self.run_ends:
            m = pattern.match(self.outside, at)
            self.run_ends[pattern, at] = m.end() if m else -1
        return self.run_ends[pattern, at]

    def _glued(self, p: int, v: int) -> bool:
        """``_R_GLUE.fullmatch(outside, p, v)``: ``v`` is within the glue run from ``p`` and
        not inside an "also" of it (the run's only token longer than one character)."""
        return v <= self._run(_R_GLUE, p) and not any(
            self.outside.startswith("also", t) for t in range(max(p, v - 3), v)
        )

    def _apposition(self, p: int, v: int) -> bool:
        """An apposition between a subject and its verb: its commas from ``p``, then blanks
        up to ``v`` or to an adverb and a space ending at ``v``."""
        commas = self._run(_R_COMMAS, p)
        if commas < 0 or commas > v:
            return False
        blank = self._run(_R_BLANKS, commas)
        adverb = self.outside[blank : v - 1] in self.rx.adverbs and self.outside[v - 1] == " "
        return v <= blank or adverb

    def _form(self, form: Form, cue: str, resolve: bool) -> Who | None:
        if form is None:
            return None
        mention, actor = form
        if actor is None:
            return self._pronoun(mention.start, mention.text) if resolve else None
        return Who(actor, mention, cue)

    def _subject(self, s: Sentence, cue: str) -> Who | None:
        """The subject opening a sentence, after 'Meanwhile,' or 'Earlier Wednesday,' if any.

        With no ``cue`` a pronoun is not resolved: that call collects named subjects."""
        if s.id not in self.forms:  # read once per sentence, however many quotes it has
            self.forms[s.id] = self._subject_form(s)
        return self._form(self.forms[s.id], cue, bool(cue))

    def _subject_form(self, s: Sentence) -> Form:
        for lead in _R_LEADS:  # matched in place: no copy of the sentence, no pattern lookup
            m = lead.match(self.outside, s.start, s.end)
            a = m.end() if m else s.start
            if p := self.rx.pronoun.match(self.outside, a, s.end):
                return Mention(a, a + len(p[0]), p[0]), None
            stop, at = None, a
            for _ in range(3):  # past a role or two: "Manchester United forward Marcus Rashford"
                stop = _R_STOP.search(self.outside, at, s.end)
                role = _R_WORD.match(self.outside, stop.start()) if stop else None
                if not stop or not role:
                    break
                # "His widow Millicent browsed": whose she is, then her name
                owned = self.rx.owned_person.match(self.outside, a, role.end())
                if role[0] not in self.rx.roles and not owned:
                    # a role's modifier first: "Ocean Census science director Professor ..."
                    then = _R_NEXT_WORD.match(self.outside, role.end())
                    if not then or then[1] not in self.rx.roles:
                        break
                    role = then
                at = role.end()
            found = self._mentions(a, stop.start() if stop else s.end)
            before = self.outside[a : found[0][0].start].split() if found else []
            if found and (  # "Russian Sports ..." is no subject, "Boise State coach Rice" is
                len(before) < 3 or (len(before) < 6 and before[-1] in self.rx.roles)
            ):
                people = [x for x in found if x[1].type == "person"]
                if not people and self._owned_role(found[0][0].end):
                    return None  # "The UK's chief negotiator suggested": the role's holder
                return people[-1] if people else found[0]
        return None
