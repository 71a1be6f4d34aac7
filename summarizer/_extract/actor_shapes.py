"""Actors with no cue word, found by the shape of the sentence around them.

News prose names most people and companies bare, once, where only the grammar says they
act: ``actor_cues`` reads a name's neighbours for a speech verb, a role, ", who"; these
rules read further shapes any outlet writes:

* an age set off by commas after a full name ("Kieran Doyle, 29, of Bramley");
* a source after "according to" ("according to Adobe");
* a possessive before another capitalised name ("Ferrari's Charles Leclerc", "Mukesh
  Ambani's Reliance Industries"): who owns a person or a company is an actor;
* a name before "and its/their" ("Likud and its coalition partners");
* a capital city as the subject of a verb of action ("Tokyo lodged a protest"): the
  government seated there, as "Beijing said" already is;
* a brand written with a capital inside it as subject, possessor or object ("TikTok's
  ban", "ByteDance has until January");
* the team after a score ("lost 118-104 to the Celtics", "a 3-0 win over Napoli"), a
  plural name after "the" that acts ("The Green Bay Packers signed");
* a sentence's first two or three words before a verb of action, when no lexicon knows any
  of them and none is written in lowercase ("Novak Djokovic beat Carlos Alcaraz");
* a full name before a party tag ("Rand Paul (R-Ky.)", "Chip Roy, R-Texas,") or before "of"
  and a US state ("Thom Tillis of North Carolina"), as American political copy names
  lawmakers;
* a name after "identified as" or "named as", and after "founded by", "set up by" and the
  like: who a report names, who made a company;
* who made a study ("a study from Kantar Worldpanel ComTech", "a survey by Gallup");
* a name joined by "and" to an actor found ("Pfizer and BioNTech", "Lightspeed Venture
  Partners and General Catalyst"): the same kind of actor.

And shapes that name no actor: a possessive before "disease" or "syndrome"; one word after
a kind of work or vehicle ("the submersible Titan"); a person's name with "the" before it
and a number after it ("the Queen Mary 2" is a ship).
Each rule reads one match and its neighbours once, so the cost grows with the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from summarizer._digest import ActorType
from summarizer._extract.actor_cues import _R_COMMON_SHAPE
from summarizer._extract.actor_rules import CAPW, NAME, NP
from summarizer._extract.actor_text import Cand, Text, as_name
from summarizer._lang import LanguagePack
from summarizer._text.scan import every_field_prefiltered, prefiltered

_R_NAME_END = prefiltered(re.compile(rf"(?P<n>{NAME})$"))
_NAME_SPAN = 100  # characters read back for a name: longer than any name
# "Kieran Doyle, 29, of Bramley", "named as Shannon Price, 26.": an age after a full name.
_R_AGE = prefiltered(re.compile(r", (?:aged )?\d{1,3}(?=[,;)]|\.(?!\d)| (?:and|of|from)\b)"))
_R_ACCORDING = prefiltered(
    re.compile(rf"\baccording to (?P<n>{NAME})(?![\w\-]| (?:of|and|&) | [A-Z])")
)
# "a study from Kantar Worldpanel ComTech", "a survey by Gallup": who made a study is an
# actor, a body unless a given name opens it.
_R_STUDY_BY = prefiltered(
    re.compile(
        r"\b(?:study|report|survey|poll|analysis|estimates?|forecast|review|audit|ranking"
        r"|research|data|figures) (?:from|by) "
        rf"(?P<n>{CAPW}(?: {CAPW}){{0,3}})(?![\w\-]| (?:of|and|&) )"
    )
)
_R_OWNER = prefiltered(
    re.compile(rf"(?<![\w\-'’.])(?P<n>{NP}(?: {NP}){{0,2}})['’]s (?P<next>{CAPW})")
)
_R_AND_ITS = prefiltered(
    re.compile(rf"(?<![\w\-'’.])(?P<n>{NP}(?: {NP}){{0,2}}) and (?:its|their) [a-z]")
)
_CAMEL = r"[A-Z][a-z]+(?:[A-Z]+[a-z]+)+"  # "TikTok", "ByteDance", "OceanGate"
_NP_OR_CAMEL = rf"(?:{_CAMEL}|{NP})"
_R_SCORE_TEAM = prefiltered(
    re.compile(
        r"\b\d{1,3}-\d{1,3} (?:(?:win|victory|defeat|loss|lead) )?(?:over|against|to) "
        rf"(?:the )?(?P<n>{NAME})(?![\w\-])"
    )
)
# "Rand Paul (R-Ky.)", "Chip Roy, R-Texas,", "Ana Delgado (D-Tucson)": a lawmaker's party
# and state or town, after the name.
_R_PARTY_TAG = prefiltered(re.compile(r"(?: \(|, )[RDI]-[A-Z][A-Za-z.]{1,14}(?=[),])"))
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
_STATE_NAMES = frozenset(_STATES.split("|"))
_R_OF_STATE = prefiltered(re.compile(rf" of (?:{_STATES})(?![\w\-]| (?:[A-Z]|of\b))"))
_R_NAMED_AS = prefiltered(
    re.compile(
        r"\b(?:identified|named|founded|co-founded|set up|started|created|established) "
        rf"(?:as|by) (?P<n>{NAME})"
    )
)
_R_AND = prefiltered(
    re.compile(
        rf"(?<![\w\-'’.])(?P<a>{_NP_OR_CAMEL}(?: {NP}){{0,2}}) and "
        rf"(?P<b>{_NP_OR_CAMEL}(?: {NP}){{0,2}})(?![\w\-]| [A-Z&])"
    )
)
_R_NUMBER_AFTER = re.compile(r" \d+(?![\d\-.,:/%])")
# A work or a vehicle named after its kind: "the submersible Titan", "the film Oppenheimer".
# English words, as in the other regexes here; the pipeline refuses text in another language.
_R_KIND_BEFORE = re.compile(
    r"\b(?:film|movie|documentary|novel|book|memoir|song|single|album|musical|play|opera|"
    r"series|sitcom|show|podcast|game|ship|vessel|tanker|freighter|submersible|submarine|yacht|"
    r"ferry|liner|carrier|frigate|destroyer|rocket|spacecraft|capsule|probe|rover|drug|vaccine|"
    r"painting|sculpture|exhibition|horse) $"
)
_R_AILMENT = re.compile(r"['’]s (?:disease|syndrome)\b")
_R_PREPOSITION = re.compile(r"\b(?:in|at|to|from|of|near|into|across|outside|around) $")


@dataclass(frozen=True)
class _Shapes:
    """The shape regexes that read one pack's verb lists."""

    city: re.Pattern[str]  # a capital city before a verb of action
    camel: re.Pattern[str]  # a camel-case brand as subject, possessor or object
    opening: re.Pattern[str]  # a sentence's first words before a verb of action
    lone: re.Pattern[str]  # a sentence's one first word, an auxiliary and a verb
    pair: re.Pattern[str]  # two names as one verb's subject
    plural: re.Pattern[str]  # "the Packers signed"


@cache
def _shapes(lang: LanguagePack) -> _Shapes:
    w = lang.names
    irregular = "|".join(w.irregular)
    modals = "|".join(m for m in w.modals if m not in ("also", "then", "later", "did", "does"))
    # A verb of action: a past tense, an irregular form, or one after an auxiliary; never a
    # copula alone ("Paris is"), never a passive ("was hit").
    act = (
        rf"(?:(?:(?:has|have|had|{modals}) (?:also )?)?(?:also )?(?:[a-z]{{3,}}ed|{irregular})"
        rf"|(?:{modals}) (?:not )?[a-z]{{2,}})"  # "Kaja Kallas will be", "Vox could face"
    )
    plural = "|".join((*w.plural_verbs, "face", "report", "say", "agree", "have", "are", "were"))
    city = rf"(?<![\w\-'’.])(?P<n>{CAPW}(?: {CAPW})?) (?:{act}|[a-z]{{3,}}s(?= (?:a|an|the|to)\b))"
    return every_field_prefiltered(_Shapes(
        city=prefiltered(re.compile(rf"{city}\b(?! by\b)")),
        camel=prefiltered(
            re.compile(
                rf"(?<![\w\-'’.])(?P<n>{_CAMEL})(?:['’]s\b| (?:{act}|is|was|has|says)\b)"
                rf"|\b(?:by|from|with|against|including|and|to|for|at) "
                rf"(?P<n2>{_CAMEL})(?![\w\-]| \d)"
            )
        ),
        opening=re.compile(rf"(?P<n>{NP}(?: {NP}){{1,2}}) {act}\b(?! by\b)"),
        # "Vox has filed its own complaint": one word opening a sentence, an auxiliary, a verb.
        lone=re.compile(
            rf"(?P<n>{NP}) (?:has|had|was|is|{modals}) (?:also |not )?"
            rf"(?:[a-z]{{3,}}ed|{irregular}|be)\b"
        ),
        # "Nestlé and Danone report next week": two names as one verb's subject.
        pair=prefiltered(
            re.compile(
                rf"(?<![\w\-'’.])(?P<a>{_NP_OR_CAMEL}(?: {NP})?) and "
                rf"(?P<b>{_NP_OR_CAMEL}(?: {NP})?) "
                rf"(?:also )?(?:{act}|{plural})\b(?! by\b)"
            )
        ),
        # "The Green Bay Packers signed", "when the Chiefs beat": a plural name after "the"
        # that acts is a team, a band or a company.
        plural=prefiltered(
            re.compile(rf"\b[Tt]he (?P<n>(?:{NP} ){{0,3}}{NP}(?<=[a-z]s)) {act}\b(?! by\b)")
        ),
    ))  # fmt: skip


# A camel-case word that is a surname's shape ("McMenemy", "MacLeod", "DeWine") after a
# capitalised word: a person's name, whatever the given name.
_R_SURNAME_CAMEL = re.compile(r"(?:Mc|Mac|De|Di|La|Le)[A-Z][a-z]")
_R_GIVEN_BEFORE = re.compile(r"(?<![\w\-'’.])([A-Z][a-z]+) $")


def shaped(t: Text, found: list[Cand]) -> list[Cand]:
    """Candidates the cue rules missed, from the shapes in the module docstring."""
    r, nw, text = t.r, t.lang.names, t.prose
    shapes = _shapes(t.lang)
    found_names = {c.name for c in found}
    known = found_names | {w for c in found for w in c.name.split()}
    out: list[Cand] = []

    def unknown(word: str) -> bool:
        return not (
            word in known or word in r.no_name or word in r.gaz or word in t.things
            or word in nw.never or word.lower() in t.lower
        )  # fmt: skip

    def new(start: int, name: str, kind: ActorType) -> None:
        known.add(name)
        known.update(name.split())
        out.append(Cand(start, start + len(name), kind, name))

    def person_or_word(start: int, end: int) -> None:
        """A full name as a person; one unknown word as "other"."""
        name = text[start:end]
        if " " not in name:
            if unknown(name) and not name.isupper():
                new(start, name, "other")
        elif (got := as_name(t, start, end, 2, known)) and all(
            unknown(w) or w in r.given for w in got[2].split()
        ):
            new(got[0], got[2], "person")

    for m in t.find(_R_AGE):
        if back := _R_NAME_END.search(text, max(0, m.start() - _NAME_SPAN), m.start()):
            got = as_name(t, *back.span("n"), 2, known)
            if got and got[2] not in r.places:
                new(got[0], got[2], "person")
    for m in t.find(_R_ACCORDING):
        person_or_word(*m.span("n"))
    for m in t.find(_R_STUDY_BY):
        words = m["n"].split()
        k = next((i for i, w in enumerate(words) if not unknown(w)), len(words))
        name = " ".join(words[:k])  # up to a word the lexicons know ("Gallup Tuesday")
        if not name or name.isupper():
            continue
        if words[0] in r.given:
            person_or_word(m.start("n"), m.start("n") + len(name))
        else:
            new(m.start("n"), name, "organization")
    for rx in (_R_PARTY_TAG, _R_OF_STATE):
        for m in t.find(rx):
            back = _R_NAME_END.search(text, max(0, m.start() - _NAME_SPAN), m.start())
            if back and " " in back["n"]:  # a full name: one word is a place's or a body's
                person_or_word(*back.span("n"))
    for m in t.find(_R_NAMED_AS):
        if " " in m["n"]:  # "identified as Black": an identity, not a name
            person_or_word(*m.span("n"))
    for m in t.find(_R_OWNER):
        if m["next"] in nw.never or m["next"] in r.things:  # "New Year's Eve" is a day
            continue
        if m.start("n") in t.starts and " " not in m["n"] and m["next"] in r.stop:
            continue
        person_or_word(*m.span("n"))
    for m in t.find(_R_AND_ITS):
        person_or_word(*m.span("n"))
    for m in t.find(shapes.city):
        name, start = m["n"], m.start("n")
        if name in r.places and name not in known and not _preceded(text, start):
            new(start, name, "other")  # "Tokyo lodged a protest": the government there
    for m in t.find(shapes.camel):
        g = "n" if m["n"] else "n2"
        given = _R_GIVEN_BEFORE.search(text, max(0, m.start(g) - 20), m.start(g))
        if given and _R_SURNAME_CAMEL.match(m[g]):  # "Lawrie McMenemy's": a person
            person_or_word(given.start(1), m.end(g))
            continue
        if m[g] not in known and m[g] not in r.gaz and m[g].lower() not in t.lower:
            new(m.start(g), m[g], "organization")
    for m in t.find(_R_SCORE_TEAM):
        name = m["n"]
        if name not in known and not set(name.split()) & (r.stop | r.title_words | r.things):
            new(m.start("n"), name, "organization")
    for m in t.find(shapes.pair):  # both unknown, or one found and one unknown
        names = [(m.start(g), m[g]) for g in ("a", "b")]
        fresh = [(at, n) for at, n in names if all(unknown(w) for w in n.split())]
        if len(fresh) == 2 or (fresh and any(n in known for _, n in names)):
            for start, name in fresh:
                new(start, name, "other")
    for m in t.find(shapes.plural):
        name, words = m["n"], m["n"].split()
        if name in known or name in r.gaz or set(words) & (r.stop | nw.never):
            continue
        if unknown(words[-1]) and words[-1] not in r.places:
            new(m.start("n"), name, "organization")
    types = {c.name: c.type for c in (*found, *out)}
    # one side found, the other unknown: the same kind of actor (a bare word beside a body
    # or team is ``actor_cues``' "and" rule: typed "other", it runs before this one)
    for m in t.find(_R_AND):
        for side, other in (("a", "b"), ("b", "a")):
            kind, words = types.get(m[other]), m[side].split()
            if kind == "person" and len(words) > 1:  # "Smith and Jones": anyone's surname
                fits = all(unknown(w) or w in r.given for w in words)
            elif kind == "organization":  # "General Catalyst": a title word may name a firm
                fits = not m[side].isupper() and all(
                    unknown(w) or (w in r.title_words and i == 0) for i, w in enumerate(words)
                )
            else:
                continue
            if fits and m[side] not in known and m[side] not in _STATE_NAMES:
                new(m.start(side), m[side], kind)
                types[m[side]] = kind
    out += _openings(t, shapes, known, unknown)
    return out


def _openings(
    t: Text, shapes: _Shapes, known: set[str], unknown: Callable[[str], bool]
) -> list[Cand]:
    """ "Novak Djokovic beat Carlos Alcaraz": a sentence's first two or three words, none
    known to a lexicon nor written in lowercase, before a verb of action, are a person;
    "Vox has filed": one such word before an auxiliary and a verb, unless shaped like a
    common noun ("Inflation has risen"); a place or nationality among unknown words is a
    club's or a company's name ("Inter Milan moved")."""
    out: list[Cand] = []
    nw = t.lang.names
    for start in t.starts:  # in order
        one = shapes.lone.match(t.prose, start)
        if one and one["n"] not in known and unknown(one["n"]) and not one["n"].isupper():
            if one["n"] not in nw.bare_nouns and not _R_COMMON_SHAPE.search(one["n"]):
                known.add(one["n"])
                out.append(Cand(start, one.end("n"), "other", one["n"]))
            continue
        m = shapes.opening.match(t.prose, start)
        if not m or m["n"] in known:
            continue
        words = m["n"].split()
        placed = [w in t.r.places or w in t.r.demonyms for w in words]
        if any(w.isupper() or not (unknown(w) or p) for w, p in zip(words, placed, strict=True)):
            continue
        if any(placed):  # "Inter Milan moved", "Saudi Aramco signed": a club or a company
            if not all(placed) and m["n"] not in t.r.gaz:
                known.add(m["n"])
                out.append(Cand(start, m.end("n"), "organization", m["n"]))
            continue
        got = as_name(t, m.start("n"), m.end("n"), 2, known)
        if got and got[2] == m["n"]:
            known.add(got[2])
            out.append(Cand(got[0], got[1], "person", got[2]))
    return out


def _preceded(text: str, start: int) -> bool:
    """A preposition before the name: the place as a place ("fighting in Kyiv")."""
    return bool(_R_PREPOSITION.search(text, max(0, start - 12), start))


def not_actors(t: Text, found: list[Cand]) -> list[Cand]:
    """``found`` less the names of ailments ("Parkinson's disease"), one word after its kind
    ("the submersible Titan"), and the people's names an article precedes and a number
    follows: a ship's or a product's ("the Queen Mary 2")."""
    return [
        c
        for c in found
        if not _R_AILMENT.match(t.prose, c.end)
        and not (
            " " not in c.name and _R_KIND_BEFORE.search(t.prose, max(0, c.start - 14), c.start)
        )
        and not (
            c.type == "person"
            and _R_NUMBER_AFTER.match(t.prose, c.end)
            and t.prose[max(0, c.start - 4) : c.start] in ("the ", "The ")
        )
    ]
