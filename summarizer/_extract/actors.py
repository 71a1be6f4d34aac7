"""Actors: the people, organisations and countries an article names, aliases merged.

Rules find them, not a model: a title before a name ("Foreign Minister Sergey Lavrov"),
a common first name, a speech verb ("Lavrov said"), an organisation's head word ("...
Council"), an acronym, and gazetteers of countries and bodies written here.  Rules are
transparent (each actor traces back to the words that fired a rule), testable on real
sentences, install nothing and fetch no third-party model mirror; the tiny model only
judges what they found.  Aliases merge as news prose writes them: full name first, surname
after; an acronym in brackets by its expansion.  Headlines, menus and datelines name no new
actor: only known ones are found there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from summarizer._extract import (
    actor_boards,
    actor_candidates,
    actor_cue_patterns,
    actor_cues,
    actor_groups,
    actor_lists,
    actor_outlets,
    actor_person_rules,
    actor_places,
    actor_shapes,
    actor_teams,
)
from summarizer._extract import ner as _ner
from summarizer._extract.actor_acronyms import acronym_links
from summarizer._extract.actor_boards import boards
from summarizer._extract.actor_candidates import bare, bodies, with_entities
from summarizer._extract.actor_cues import cued
from summarizer._extract.actor_lists import directed, listed
from summarizer._extract.actor_merge import merge
from summarizer._extract.actor_outlets import outlets
from summarizer._extract.actor_people import surname_key
from summarizer._extract.actor_person_rules import people
from summarizer._extract.actor_places import places_acting
from summarizer._extract.actor_rules import rules
from summarizer._extract.actor_shapes import not_actors, shaped
from summarizer._extract.actor_teams import teams
from summarizer._extract.actor_text import Cand, FoundActor, Mention, Text
from summarizer._lang import LanguagePack, pack
from summarizer._lang.en import ENGLISH
from summarizer._limits import ITEM_CAPS, cut_note
from summarizer._text import in_lines
from summarizer._text.line_masks import PatternBits
from summarizer._text.segment import Document

__all__ = ["ActorIndex", "FoundActor", "Mention", "find_actors", "resolve"]

# English word sets for ``_checks`` (names, roles), which read them with no document at hand.
_STOP = ENGLISH.name_stopwords
_TITLE_WORDS = ENGLISH.names.title_words
_ROLE_LIST = " ".join(sorted(ENGLISH.names.roles))
_R_ARTICLE_POSS = re.compile(r"^(?:the|The)\s+|['’]s?$")


def find_actors(
    doc: Document, cap: int | None = ITEM_CAPS.actors, notes: list[str] | None = None
) -> list[FoundActor]:
    """People, organisations and countries of the article, aliases merged, ordered by first
    mention: the first ``cap`` (``summarizer._limits``), a cut told in ``notes``."""
    lang = pack(doc.language)
    t = Text(doc, _line_bits(lang), (actor_cue_patterns.cues(lang).label, _BARE_LABEL))
    cands, links = bodies(t)
    known = {c.name for c in cands} | {t.prose[c.start : c.end] for c in cands}
    brands = {c.name for c in cands if c.type == "organization" and " " not in c.name}
    found = cands + people(t, known, brands)
    found += bare(t, found)
    extra = cued(t, found)
    extra += shaped(t, found + extra)
    extra += listed(t, found + extra)
    extra += directed(t, found + extra)
    extra += teams(t, found + extra)  # clubs named bare in a match report
    extra += outlets(t, found + extra)  # "told The Inquirer"
    extra += boards(t, found + extra)  # "the school board announced"
    extra += places_acting(t, found + extra)  # "Tokyo's hosting of the Olympics"
    owned = {c.name[:-2] for c in extra if c.name.endswith(("’s", "'s"))}  # "Saint Mary’s"
    found = [c for c in found if c.name not in owned] + extra
    surfaces = {t.surface(c.start, c.end) for c in extra if c.title}  # transcript labels
    labels = {s for s in surfaces if s.isupper()}
    found = [c for c in found if c.type == "person" or c.name not in labels]  # "KIRBY:"
    groups = {c.name.casefold() for c in extra if c.type == "group"}  # "Witnesses said"
    found = [c for c in found if not (c.type == "person" and c.name.casefold() in groups)]
    _plural_openers(t, found)  # "Parents said": a group, as "Witnesses said" is
    tails = t.lang.names.team_tails  # "Harbour United", "Kingsbridge Town": a club, no one
    ends, compass = tails | t.lang.names.school_tails, t.r.compass  # united once, not per name
    for c in found:  # "North Henderson", "Asheville High": a place's side, a school: no one
        if (
            c.type == "person"
            and " " in c.name
            and (c.name.rsplit(" ", 1)[-1] in ends or c.name.split(" ", 1)[0] in compass)
        ):
            c.type = "organization"
    family = {c.name.split()[0] for c in found if c.type == "person" and " " in c.name}
    for c in found:  # "Xi" after "Xi Jinping": the person, by a family name written first
        if c.type == "other" and c.name in family and len(c.name) <= 4:
            c.type = "person"
    found = _headline_cuts(t, found)
    entities = _ner.entities(doc.text)
    if entities is not None:  # the ner extra: names without a cue, and places that are not people
        found = with_entities(t, found, entities, known)
    kept = not_actors(t, found)
    links = links + acronym_links(kept)  # "RPS" for "Regina Police Service"
    t.release_rules()
    out, found_all = merge(t, kept, links, cap)  # past the cap, no actor is built
    if cap is not None and found_all > cap and notes is not None:
        notes.append(cut_note("actors", cap, found_all))
    return out


def resolve(
    name: str, actors: Sequence[FoundActor], lang: LanguagePack = ENGLISH
) -> FoundActor | None:
    """The actor a name (as a model or a rule wrote it) refers to: exact alias, surname,
    case-insensitive; None if unknown.  ``lang``: callers hold a name, not a document.
    Asked many times over one list of actors, ``ActorIndex`` answers the same, faster."""
    return ActorIndex(actors, lang).resolve(name)


class ActorIndex:
    """``resolve`` over one list of actors, indexed once: the checks ask for every run of
    capitalised words of every item, and each call walked every actor's every alias.
    The first actor in the list wins, as the walk had it."""

    def __init__(self, actors: Sequence[FoundActor], lang: LanguagePack = ENGLISH) -> None:
        self._rules = rules(lang)
        self._exact: dict[str, FoundActor] = {}
        self._folded: dict[str, FoundActor] = {}
        self._people: dict[str, list[FoundActor]] = {}
        for a in actors:
            for form in (a.name, *a.aliases):
                self._exact.setdefault(form, a)
                self._folded.setdefault(form.casefold(), a)
            if a.type in ("person", "other") and a.name.split():
                self._people.setdefault(surname_key(a.name.split()[-1]), []).append(a)

    def resolve(self, name: str) -> FoundActor | None:
        r = self._rules
        text = _R_ARTICLE_POSS.sub("", name.strip().strip("\"'“”‘’")).strip()
        words = text.split()
        while len(words) > 1 and (words[0] in r.title_words or words[0] in r.demonyms):
            words = words[1:]
        whole = name.strip().strip("\"'“”‘’")  # "Saint Mary’s" keeps its "’s"
        for form in filter(None, dict.fromkeys((whole, text, " ".join(words)))):
            found = self._exact.get(form)
            if found is None:
                found = self._folded.get(form.casefold())
            if found is not None:
                return found
        if not words:
            return None
        people = self._people.get(surname_key(words[-1]), [])
        given = words[0].casefold() if len(words) > 1 else None
        first = [a for a in people if a.name.split()[0].casefold() == given]
        return first[0] if first else people[0] if people else None


# Read by ``cued`` in ``scan``, not ``prose`` (a label line may be all capitals): read once
# as ``Text`` makes ``scan``, which it then drops (``actor_scan``).
_BARE_LABEL = actor_cues._R_BARE_LABEL

_RULE_MODULES = (actor_boards, actor_candidates, actor_cues, actor_groups, actor_lists,
                 actor_outlets, actor_person_rules, actor_places, actor_shapes,
                 actor_teams)  # fmt: skip


@cache
def _line_bits(lang: LanguagePack) -> PatternBits:
    """The rules searched line by line (``_text.in_lines``) and their strings: the rules'
    patterns, the pack's and each module's, read once per pack."""
    holders = (rules(lang), actor_cue_patterns.cues(lang), actor_shapes._shapes(lang))
    found = [getattr(h, f.name) for h in holders for f in dataclasses.fields(h)]
    found += [v for module in _RULE_MODULES for v in vars(module).values()]
    return PatternBits.of(
        (rx, in_lines.needles(rx))
        for rx in found
        if isinstance(rx, re.Pattern) and in_lines.in_one_line(rx)
    )


def _headline_cuts(t: Text, found: list[Cand]) -> list[Cand]:
    """ "Governor Polis Signs Bills into Law": a title-case line does not show where a name
    ends; a run there opening with the surname of a person the story names in full is
    that surname, and the headline's words after it are no name."""
    surnames = {n[-1] for o in found if o.type == "person" and len(n := o.name.split()) >= 2}
    out = []
    for c in found:
        words = c.name.split()
        if c.type == "person" and len(words) >= 2 and words[0] in surnames:
            at = t.prose.find(words[0], c.start, c.end)
            if at >= 0 and _title_case_line(t.prose, c.start):
                c = replace(c, end=at + len(words[0]), name=words[0])
        out.append(c)
    return out


# A plural's shape: "Parents", "Reporters", "Families"; not "Ross", "Cyrus", nor surnames
# as often as plurals ("Harris", "Williams", "Evans").
_R_PLURAL = re.compile(r"[a-z][^suimn'’]s$")


def _plural_openers(t: Text, found: list[Cand]) -> None:
    """ "Parents said", "Reporters asked Governor Mike Stone ...": one word shaped as a
    plural, found as a person only where it opens a sentence (where its capital proves
    nothing) and never with a title, is the group it names, as "Witnesses said" is; not a
    word of a person's name found ("Williams said" after "Serena Williams") nor a given
    name.  As a person, a later "he said" could point back to it."""
    named = {w for c in found if c.type == "person" and " " in c.name for w in c.name.split()}
    lone: dict[str, bool] = {}
    for c in found:
        if c.type == "person" and " " not in c.name:
            lone[c.name] = lone.get(c.name, True) and not c.title and c.start in t.starts
    plural = {
        n
        for n, opening in lone.items()
        if opening and n not in named and n not in t.r.given and _R_PLURAL.search(n)
    }
    for c in found:
        if c.name in plural:
            c.type = "group"


_HEADLINE_CHARS = 200  # a headline is shorter: a longer line is prose, and is not read


def _title_case_line(text: str, at: int) -> bool:
    """The line holding ``at`` is a short one with most of its words capitalised."""
    lo = text.rfind("\n", max(0, at - _HEADLINE_CHARS), at)
    hi = text.find("\n", at, at + _HEADLINE_CHARS)
    if (lo < 0 and at > _HEADLINE_CHARS) or (hi < 0 and len(text) - at > _HEADLINE_CHARS):
        return False
    line = text[lo + 1 : hi if hi >= 0 else len(text)].split()
    return len(line) >= 4 and 10 * sum(w[:1].isupper() for w in line) >= 6 * len(line)
