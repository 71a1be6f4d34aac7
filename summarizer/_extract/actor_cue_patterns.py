"""The cue patterns of ``actor_cues``, compiled once per language pack from its word lists.

Kept apart from the rules that read them: what a cue matches is written here, what a match
means (a name, a team, a speaking group) is decided there.  The words inside these regexes
("who", "according to", "against") are English; the lists come from ``pack.names`` and the
pipeline refuses text in another language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from summarizer._extract.actor_rules import CAPW, NP, VERBISH, WORD
from summarizer._lang import LanguagePack, alternation
from summarizer._text.scan import every_field_prefiltered, prefiltered


@dataclass(frozen=True)
class Cues:
    """The cue regexes built from one pack's word lists."""

    slot: re.Pattern[str]  # one unknown word as a subject, before a possessive or ", who"
    team: re.Pattern[str]  # "<Place> City" in an actor's place
    speakers: re.Pattern[str]  # a group that speaks, at its role word
    role_acts: re.Pattern[str]  # a plural role that acts ("Gunmen attacked")
    unnamed: re.Pattern[str]  # "the whistleblower said"
    people_noun: re.Pattern[str]
    label: re.Pattern[str]  # a transcript's titled speaker label
    speaking_place: re.Pattern[str]  # "The National Hurricane Center said"
    object: re.Pattern[str]  # "told Xinhua", "met Modi"
    full_slot: re.Pattern[str]  # "Ardern said Winston Peters would"
    apposed: re.Pattern[str]  # "Danah Cameron, marketing manager at Jamaica Broilers, said"
    team_role: re.Pattern[str]  # after a team's name: "Alabama head coach"


@cache
def cues(lang: LanguagePack) -> Cues:
    """``lang``'s cue regexes, compiled once per pack; the whole-text finders behind a
    lookahead of their first characters (``_text.scan``)."""
    cues = _built(lang)
    return every_field_prefiltered(replace(
        cues,
        speakers=prefiltered(cues.speakers),
        role_acts=prefiltered(cues.role_acts),
        speaking_place=prefiltered(cues.speaking_place),
        team=prefiltered(cues.team),
        team_role=prefiltered(cues.team_role),
    ))  # fmt: skip


def _built(lang: LanguagePack) -> Cues:
    w = lang.names
    speech = alternation(lang.speech_verbs)
    modals = f"(?:{'|'.join(w.modals)})"
    irregular = f"(?:{'|'.join(w.irregular)})"
    verb = rf"(?:{VERBISH}|{modals}|{irregular})"
    # "Lie groups" is a noun before a plural noun: a verb in -s is one when an object follows.
    strong_verb = (
        rf"(?:[a-z]{{2,}}ed|{modals}|{irregular}|is|was|has|had|were|are|have|"
        r"[a-z]{2,}s(?= (?:a|an|the|up|down|in|out|off|over|on|to|his|her|their|its|it|that|\d)\b))"
    )
    tails = "|".join(sorted(w.team_tails))
    plural_roles = "|".join(w.plural_roles)
    # A group that speaks, found at its role word ("Police said", "City records officers say",
    # "according to local authorities"), then read backwards for a qualifier.
    roles_both = "|".join(f"[{r[0].upper()}{r[0]}]{r[1:]}" for r in w.plural_roles)
    people_nouns = "|".join(w.people_nouns)
    # A plural subject's verb is bare ("rail workers plan"): these are never nouns after one.
    plural_verbs = "|".join(w.plural_verbs)
    institutions = "|".join(w.institutions)
    return Cues(
        slot=re.compile(
            rf"(?<![\w\-'’.])(?P<n>{NP})(?:(?P<poss>['’]s (?=[a-z0-9]))"
            rf"| (?P<verb>{strong_verb})\b(?! (?:of|by)\b)|(?P<who>,? who(?:se)?\b))"
        ),
        team=re.compile(
            rf"(?<![\w\-'’.])(?P<n>{WORD}(?: {WORD})? (?:{tails}))"
            rf"(?:['’]s |(?= {verb}\b))"
            rf"|\b(?:against|over|beat|beating|to|with|from) (?P<n2>{WORD}(?: {WORD})? "
            rf"(?:{tails}))(?![\w\-]| [A-Z])"
        ),
        speakers=re.compile(
            rf"(?<![\w\-'’.])(?P<r>{roles_both})(?:,[^,\n]{{1,60}},)? (?:{speech}|say)\b"
            rf"|\baccording to (?:the )?(?:[a-z][\w\-]+ )?(?P<r2>{plural_roles})\b"
        ),
        role_acts=re.compile(
            # "by analysts", "by Wall Street analysts": the agent, a capitalised qualifier or not
            rf"(?P<by>\bby (?:[A-Z][\w’'.\-]* ){{0,3}})?(?<![\w\-'’.])(?P<r>{roles_both})(?![\w\-])"
            rf"(?P<act>(?: on [A-Z][a-z]+day)? (?:{strong_verb}|{plural_verbs})\b)?"  # "on Tuesday"
        ),
        unnamed=re.compile(
            rf"\b[Tt]he (?P<n>{people_nouns})(?:(?P<poss>['’]s\b)| (?P<verb>{strong_verb})\b)?"
            r"(?![\w\-])"
        ),
        people_noun=re.compile(rf"(?<![\w\-])(?:{people_nouns})(?![\w\-])"),
        label=re.compile(
            rf"^(?P<t>(?:(?:{'|'.join(w.label_abbreviations)})\.?|{'|'.join(w.label_titles)}) )+"
            r"(?P<n>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):",
            re.MULTILINE,
        ),
        # A place or a programme that speaks is the institution running it.
        speaking_place=re.compile(
            rf"(?<![\w\-'’.])(?P<n>(?:{CAPW} ){{1,4}}(?:{institutions}))"
            rf"(?: (?:{speech}|reported|forecast|predicted)\b)"
            rf"|\baccording to (?:the )?(?P<n2>(?:{CAPW} ){{1,4}}(?:{institutions}))\b"
        ),
        object=re.compile(
            rf"\b(?:{'|'.join(w.object_verbs)}) (?:[A-Z][\w]*-(?:based|born|owned|run) )?"
            rf"(?P<n>{NP}(?: {NP}){{0,2}}(?P<station> (?:FM|AM|TV|Radio))?)(?![\w\-]| [A-Z])"
        ),
        # Two or three unknown words inside a sentence before a verb.
        full_slot=re.compile(rf"(?<![\w\-'’.])(?P<n>{NP}(?: {NP}){{1,2}}) (?:{strong_verb})\b"),
        # A name set off by commas around a lowercase role, then a speech verb; the body after
        # the role's "at", "of" or "for" is the one the person works for.
        apposed=re.compile(
            rf", (?P<role>(?:the |a |an )?[a-z][^,.;:\"“”()\n]{{0,60}}?"
            rf"(?:, [a-z][^,.;:\"“”()\n]{{0,60}}?)?)"
            rf"(?: (?:at|of|for) (?P<o>(?:{NP} ){{0,6}}{NP}(?: \d{{1,4}})?))?, "
            rf"(?:{speech})\b"
        ),
        # A team before its coach or player: "Alabama head coach Nick Saban", "Becker coach
        # Dwight Lundeen"; a state or city so placed is the team.  After a name: _named_before.
        team_role=re.compile(
            r"(?:['’]s?)? (?:head |assistant |offensive |defensive )?"
            rf"(?:{'|'.join(w.team_roles)})\b"
        ),
    )
