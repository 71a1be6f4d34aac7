"""Actors named with no title, role or speech verb, found by where a name stands.

``_actors`` finds a name by its cue words; these rules find one by its place in the
sentence, which holds for any outlet and any name:

* a capitalised word inside a sentence (so not capitalised for starting it) that no
  lexicon knows, as the subject of a verb ("while Takanashi picks up bronze"), before a
  possessive ("Norway's"), or before ", who" ("Fabio Silva, who worked hard");
* a full name of two or three unknown capitalised words whose last (or, for names written
  family name first, first) word also stands alone elsewhere ("Narendra Modi ... Modi");
* a name that always ends in "'s" ("over Saint Mary's in overtime": a college, a shop);
* a team named "<Place> City/State/United" in an actor's place ("Boise State wraps up");
* a place's police or government written in lowercase ("Spokane police", "the Tibet
  regional government");
* qualified plural roles as a speech verb's subject ("City records officers say");
* a bare word listed with a found body or team ("Brighton and Wolves").

Each rule looks at a match and its immediate neighbours only, once per match, so the
cost grows with the text, not with the number of names in it.
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer._digest import ActorType
from summarizer._extract import actors as A
from summarizer._lang import alternation
from summarizer._lang.en import ENGLISH

# These cues are English ("who", "according to"); the pipeline refuses other languages.
_SPEECH = alternation(ENGLISH.speech_verbs)
_MODALS = r"(?:must|will|would|can|could|should|may|might|did|does|also|then|later)"
_IRREGULAR = (
    r"(?:met|told|gave|lost|left|came|saw|knew|thought|became|began|brought|bought|built|held|"
    r"kept|paid|put|sent|set|spent|stood|struck|wrote|spoke|sat|fell|rose|broke|chose|drove|"
    r"flew|grew|sold|shot|threw|beat|scored|said|says|went|ran|took|won|led|got|hit|made|found|felt|caught|chose|"
    r"drew|ate|fought|heard|paid|sought|swept|taught|tore|understood|wore)"
)
_VERB = rf"(?:{A._VERBISH}|{_MODALS}|{_IRREGULAR})"
# "Lie groups" is a noun before a plural noun: a verb in -s is one when an object follows.
_STRONG_VERB = (
    rf"(?:[a-z]{{2,}}ed|{_MODALS}|{_IRREGULAR}|is|was|has|had|were|are|have|"
    r"[a-z]{2,}s(?= (?:a|an|the|up|down|in|out|off|over|on|to|his|her|their|its|it|that|\d)\b))"
)
# One unknown word as a clause's subject, before a possessive, or before ", who".
_R_SLOT = re.compile(
    rf"(?<![\w\-'’.])(?P<n>{A._NP})(?:(?P<poss>['’]s (?=[a-z0-9]))"
    rf"| (?P<verb>{_STRONG_VERB})\b(?! (?:of|by)\b)|(?P<who>,? who(?:se)?\b))"
)
# A sentence's bare first word before a verb is a name unless it looks like a plural or an
# abstract noun, which English writes without an article ("Officials said", "Inflation rose").
_R_COMMON_SHAPE = re.compile(
    r"(?:[^su]s|tion|sion|ment|ness|ity|ance|ence|ship|ism|ing|ure|age|dom|ery|cy|th|ics)$"
)
_COPULAS = frozenset("is was has had were are have".split())
# Nouns English writes bare at a sentence's start ("Rain fell", "Time ran out"): a capital
# there is no sign of a name, and the shape rule above does not catch them.
_BARE_NOUNS = frozenset(
    """Rain Snow Wind Water Fire Smoke Ice Heat Light Air Gas Oil Coal Gold Silver Steel Food
    Bread Meat Milk Coffee Tea Beer Wine Money Cash Credit Debt Time Life Death Love Hope Fear
    Work School College Business Trade Traffic Crime Violence Justice Help Support Damage
    Evidence Research Science Art Music Television Radio Football Soccer Cricket Rugby Tennis
    Golf Baseball Basketball Hockey Power Energy Demand Supply Output Revenue Profit Profits
    Spending Tourism Funding Insurance Security Safety Weather Parking Housing Rent Land Space
    Progress Change Access Aid Pressure Interest Attendance Turnout Support Opposition Talk
    Talks Nature History Religion Faith Culture Water Blood Sleep Breakfast Lunch Dinner Fuel
    Electricity Internet Mail Paper Wood Stone Sand Mud Dust Noise Silence Speed Weight Size
    Quality Value Cost Price Pay Tax Trust Power Order Peace War Unemployment Poverty Hunger
    Disease Cancer Smoking Alcohol Drugs Cocaine Heroin Gambling Voting Polling Recovery Growth
    Debate Criticism Praise Reaction Response Action Word News Mom Dad Mum Grandma Grandpa
    Christmas Easter Ramadan Thanksgiving Halloween Hanukkah Passover Diwali Lent Spring Summer
    Autumn Fall Winter Morning Evening Night Midnight Noon Dawn Dusk""".split()
)
# Capitalised anywhere, never an actor: illnesses, events, the deity, the network.
_NEVER = frozenset("Covid Ebola Zika Mpox Brexit God Internet Bitcoin Christmas Easter".split())
_R_WHO = re.compile(rf"(?P<n>{A._NAME}), (?:who|whose|aged?) ")
_R_CAP_BEFORE = re.compile(r"[A-Z][\w\-'’]* $")  # a longer name ends here: "Manchester [City]"
_R_RUN = re.compile(rf"(?<![\w\-'’.]){A._CAPW}(?: {A._CAPW})*")
# "over Saint Mary’s in overtime": the "'s" belongs to the name, not to a following noun.
_R_S_NAME = re.compile(
    rf"(?<![\w\-'’.])(?P<n>{A._NP}(?: {A._NP}){{0,2}}['’]s)"
    r"(?= (?:in|on|at|and|or|with|for|to|by|from|after|before)\b|[,.;:)]| \(|$)",
    re.MULTILINE,
)
_TEAM_TAILS = frozenset("City State United Town Rovers Athletic Albion Wanderers Hotspur".split())
_R_TEAM = re.compile(
    rf"(?<![\w\-'’.])(?P<n>{A._WORD}(?: {A._WORD})? (?:{'|'.join(sorted(_TEAM_TAILS))}))"
    rf"(?:['’]s |(?= {_VERB}\b))"
    rf"|\b(?:against|over|beat|beating|to|with|from) (?P<n2>{A._WORD}(?: {A._WORD})? "
    rf"(?:{'|'.join(sorted(_TEAM_TAILS))}))(?![\w\-]| [A-Z])"
)
_R_PLACE_BODY = re.compile(
    rf"(?<![\w\-'’.])(?P<n>(?:{A._WORD} ){{1,3}}(?:(?:regional|provincial|state|local|federal|"
    r"municipal|city|county|national|central|metropolitan) )?(?:government|police))\b"
)
_PLURAL_ROLES = (
    r"officials|officers|police|prosecutors|investigators|authorities|residents|experts|"
    r"analysts|researchers|scientists|doctors|lawyers|activists|witnesses|critics|supporters|"
    r"protesters|voters|lawmakers|legislators|regulators|economists|workers|employees|leaders|"
    r"villagers|survivors|forecasters|militants|gunmen|rebels|troops|soldiers|firefighters|"
    r"rescuers|medics|paramedics|relatives|shareholders|investors|organisers|organizers|"
    r"volunteers|diplomats|negotiators|demonstrators|campaigners|victims|detectives|agents|"
    r"attackers|hostages|passengers|patients|students|teachers|nurses|migrants|refugees|fans|"
    r"farmers|fishermen|miners|pilots|crews"
)
# A group that speaks, found at its role word ("Police said", "City records officers say",
# "according to local authorities"), then read backwards for a qualifier.
_ROLES_BOTH = "|".join(f"[{r[0].upper()}{r[0]}]{r[1:]}" for r in _PLURAL_ROLES.split("|"))
_R_SPEAKERS = re.compile(
    rf"(?<![\w\-'’.])(?P<r>{_ROLES_BOTH})(?:,[^,\n]{{1,60}},)? (?:{_SPEECH}|say)\b"
    rf"|\baccording to (?:the )?(?:[a-z][\w\-]+ )?(?P<r2>{_PLURAL_ROLES})\b"
)
# A plural role that acts ("Gunmen attacked", "killed by militants"): a group if written twice.
_R_ROLE_ACTS = re.compile(
    rf"(?P<by>\bby )?(?<![\w\-'’.])(?P<r>{_ROLES_BOTH})(?![\w\-])(?P<act> (?:{_STRONG_VERB})\b)?"
)
_R_QUALIFIER = re.compile(
    r"(?<![\w\-'’.])(?:(?P<caps>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})(?P<lo> [a-z][\w\-]+)?"
    r"|(?P<one>[a-z][\w\-]+)) $"
)
_QUANTIFIERS = frozenset(
    "the a an some many most several few other two three four five all both these those "
    "their its our his her senior top".split()
)
# An unnamed person the story keeps coming back to: "the whistleblower", "the gunman".
_PEOPLE_NOUNS = (
    "whistleblower|victim|suspect|gunman|driver|defendant|woman|man|girl|boy|teenager|pilot|"
    "passenger|patient|soldier|survivor|witness|attacker|shooter|bomber|hostage|plaintiff|"
    "complainant|caller|owner|landlord|tenant|informant|journalist|reporter|nurse|doctor|farmer"
)
_R_UNNAMED = re.compile(
    rf"\b[Tt]he (?P<n>{_PEOPLE_NOUNS})(?:(?P<poss>['’]s\b)| (?P<verb>{_STRONG_VERB})\b)?(?![\w\-])"
)
_R_PEOPLE_NOUN = re.compile(rf"(?<![\w\-])(?:{_PEOPLE_NOUNS})(?![\w\-])")
_R_VERSUS = re.compile(
    rf"\b(?:against|versus|vs\.?|beat|defeated|beating|defeating) (?P<n>{A._NAME})(?![\w\-])"
)
_R_AND = re.compile(rf"(?<![\w\-'’.])(?P<a>{A._NP})(?:,| and) (?P<b>{A._NP})(?![\w\-]| [A-Z])")
# A transcript's speaker label: "SECRETARY CARTER:", "DR. SCHUCHAT:" (a title makes it a name).
_R_LABEL = re.compile(
    r"^(?P<t>(?:(?:MR|MS|MRS|DR|GEN|ADM|SEN|REP|COL|LT|CAPT|PROF|AMB)\.?|SECRETARY|GENERAL|"
    r"ADMIRAL|COLONEL|CAPTAIN|PRESIDENT|AMBASSADOR|SENATOR|GOVERNOR|MAYOR|MINISTER|DIRECTOR|"
    r"CHAIRMAN|COMMISSIONER|SPOKESMAN|SPOKESWOMAN) )+"
    r"(?P<n>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):",
    re.MULTILINE,
)
# A label repeated at line starts is a transcript's speaker: "Ash Carter:", "CARTER:".
_R_BARE_LABEL = re.compile(
    r"^(?P<n>(?:(?:Mr|Ms|Mrs|Dr|MR|MS|MRS|DR)\.? )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})"
    r":[ \t]+\S",
    re.MULTILINE,
)
_NOT_SPEAKERS = frozenset(
    "Q A Question Answer Moderator Staff Audience Operator Host Interviewer Note Update Editor "
    "Photo Source Related Credit Contact Tags Category Transcript Video Audio Caption Warning "
    "Correction Clarification Disclaimer Background Summary".split()
)
# "Hurricane Irma", "Tropical Storm Nate": a named storm acts in weather news.
_R_STORM = re.compile(
    rf"\b(?:Hurricane|Tropical Storm|Typhoon|Cyclone|Super Typhoon|Storm) (?P<n>{A._WORD})\b"
)
# "Tilray Brands, Inc.": a company by its legal suffix after a comma.
_R_INC = re.compile(
    rf"(?<![\w\-'’.])(?P<n>(?:{A._CAPW} ){{0,3}}{A._CAPW}, (?:Inc|Corp|Ltd|LLC|PLC|plc|Co|AG|SA|NV|"
    r"GmbH|S\.A|N\.V|L\.P)\.?)(?![\w])"
)
# "The National Hurricane Center said", "according to Johns Hopkins Hospital": a place or a
# programme that speaks is the institution running it.
_INSTITUTIONS = r"Center|Centre|Hospital|School|Museum|Library|Observatory|Laboratory|Lab|Program"
_R_SPEAKING_PLACE = re.compile(
    rf"(?<![\w\-'’.])(?P<n>(?:{A._CAPW} ){{1,4}}(?:{_INSTITUTIONS}))"
    rf"(?: (?:{_SPEECH}|reported|forecast|predicted)\b)"
    rf"|\baccording to (?:the )?(?P<n2>(?:{A._CAPW} ){{1,4}}(?:{_INSTITUTIONS}))\b"
)
# The object of a verb whose object is a person or a body: "told Xinhua", "met Modi".
_R_OBJECT = re.compile(
    r"\b(?:told|tells|interviewed|thanked|met|meets|accused|accuses|urged|urges|sued|sues|"
    r"charged|arrested|appointed|elected|criticised|criticized|praised|congratulated|"
    rf"telephoned|phoned|hosted|hired|fired|replaced) (?P<n>{A._NP}(?: {A._NP}){{0,2}})"
    r"(?![\w\-]| [A-Z])"
)
# Two or three unknown words inside a sentence before a verb: "Ardern said Winston Peters would".
_R_FULL_SLOT = re.compile(rf"(?<![\w\-'’.])(?P<n>{A._NP}(?: {A._NP}){{1,2}}) (?:{_STRONG_VERB})\b")
# Lowercase words that are no qualifier of a role: "told officials", "and residents".
_FUNCTION = frozenset(
    "and or but of to in on at for with by from as that than said says told after before "
    "while when where if whom who which".split()
)
_UNNAMED_MENTIONS = 3  # "the whistleblower" this often, once acting: the story's actor
_DETERMINERS = frozenset("the a an this that these those their its our his her".split())


def _sentence_subject(word: str, verb: str | None, possessive: bool) -> bool:
    """A sentence's first word, before a verb that is no copula or a possessive, looking like
    no common noun."""
    common = word in _BARE_NOUNS or _R_COMMON_SHAPE.search(word)
    return (possessive or (verb is not None and verb not in _COPULAS)) and not common


def cued(t: A._Text, found: list[A._Cand]) -> list[A._Cand]:
    """Candidates the cue-word rules missed, from the shapes in the module docstring."""
    known = {A._R_ARTICLE.sub("", w) for c in found for w in c.name.split()}  # "al-Assad"
    known |= {c.name for c in found}
    runs: Counter[str] = Counter()
    owned: Counter[str] = Counter()  # of those, followed by "’s"
    first: dict[str, int] = {}
    for m in _R_RUN.finditer(t.prose):
        runs[m.group()] += 1
        first.setdefault(m.group(), m.start())
        owned[m.group()] += t.prose.startswith(("’s", "'s"), m.end())
    out: list[A._Cand] = []

    def unknown(word: str) -> bool:
        return not (
            word in known or word in A._NO_NAME or word in A._GAZ or word in t.things
            or word in _NEVER or word.lower() in t.lower or word.isupper()
        )  # fmt: skip

    def new(start: int, name: str, kind: ActorType) -> None:
        known.add(name)
        known.update(A._R_ARTICLE.sub("", w) for w in name.split() if kind == "person")
        out.append(A._Cand(start, start + len(name), kind, name))

    for m in _R_STORM.finditer(t.prose):  # first, so "Irma" alone is no other actor
        name = t.prose[m.start() : m.end("n")]
        if name not in known and m["n"] not in A._NO_NAME:
            new(m.start(), name, "other")
            known.add(m["n"])
    for name, at in first.items():  # "Narendra Modi" and, elsewhere, "Modi" alone
        words = name.split()
        family_first = len(words[0]) <= 4 and runs[words[0]] > 0  # "Xi Jinping" ... "Xi"
        if not 2 <= len(words) <= 3 or not (runs[words[-1]] or family_first):
            continue
        if name in known or set(words) & A._NO_NAME or name in t.things or name in A._GAZ:
            continue
        if all(re.fullmatch(A._NP, w) and w.lower() not in t.lower for w in words):
            new(at, name, "person")
    for m in _R_SLOT.finditer(t.prose):
        word, start = m["n"], m.start("n")
        if (
            runs[word] < 1
            or not unknown(word)
            or _R_CAP_BEFORE.search(t.prose, max(0, start - 40), start)
        ):
            continue
        if start not in t.starts or m["who"]:  # capitalised mid-sentence: a proper name
            new(start, word, "other")
        elif _sentence_subject(word, m["verb"], bool(m["poss"])):
            # "Lundby sails to the mark", not "Speed was crucial"
            new(start, word, "other")
    for m in _R_LABEL.finditer(t.scan):  # on the scan: a label line may be all capitals
        name = m["n"].title()
        if not set(name.split()) & A._NO_NAME:
            out.append(A._Cand(m.start("n"), m.end("n"), "person", name, m["t"].strip().title()))
    labels = Counter(m["n"] for m in _R_BARE_LABEL.finditer(t.scan))
    for m in _R_BARE_LABEL.finditer(t.scan):
        words = m["n"].title().replace(".", "").split()
        core = [w for w in words if w not in ("Mr", "Ms", "Mrs", "Dr")]
        if labels[m["n"]] < 2 or set(core) & (A._NO_NAME | _NOT_SPEAKERS) or m["n"] in known:
            continue
        known.add(m["n"])  # once per label: the first is the speaker's mention
        out.append(A._Cand(m.start("n"), m.end("n"), "person", " ".join(core)))
    for m in _R_INC.finditer(t.prose):
        body = A._body(t, m.start("n"), m.end("n"), "organization")
        if body and body.name not in known:
            new(body.start, body.name, "organization")
    for m in _R_SPEAKING_PLACE.finditer(t.prose):
        g = "n" if m["n"] else "n2"
        body = A._body(t, m.start(g), m.end(g), "organization")
        if body and " " in body.name and body.name not in known:
            new(body.start, body.name, "organization")
    for m in _R_FULL_SLOT.finditer(t.prose):
        if m.start("n") in t.starts or _R_CAP_BEFORE.search(
            t.prose, max(0, m.start() - 40), m.start()
        ):
            continue
        found_ = A._name(t, m.start("n"), m.end("n"), 2, known)
        if found_ and found_[2] not in A._PLACES and all(unknown(w) for w in found_[2].split()):
            new(found_[0], found_[2], "person")
    for m in _R_OBJECT.finditer(t.prose):
        name = m["n"]
        if name in known or name in A._GAZ or name in A._PLACES:
            continue
        if " " not in name:
            if unknown(name):
                new(m.start("n"), name, "other")
        elif found_ := A._name(t, m.start("n"), m.end("n"), 2, known):
            new(found_[0], found_[2], "person")
    for m in _R_WHO.finditer(t.prose):
        found_ = A._name(t, m.start("n"), m.end("n"), 2, known)
        if found_:
            new(found_[0], found_[2], "person")
    for m in _R_VERSUS.finditer(t.prose):  # an opponent: "against Texas Southern"
        name = m["n"]
        one = " " not in name
        if name in known or name in A._GAZ or (one and (runs[name] < 2 or not unknown(name))):
            continue
        if not set(name.split()) & (A._STOP | A._TITLE_WORDS | A._THINGS):
            new(m.start("n"), name, "other")
    for m in _R_S_NAME.finditer(t.prose):  # "Saint Mary’s": never written without its "’s"
        name = m["n"]
        bare = name[:-2]
        alone = runs[bare] - owned[bare]
        if alone == 0 and name not in known and not set(bare.split()) & (A._NO_NAME - {"Saint"}):
            new(m.start("n"), name, "organization")
    for m in _R_TEAM.finditer(t.prose):
        g = "n" if m["n"] else "n2"
        name = m[g]
        if name not in known and name not in A._GAZ and not set(name.split()[:1]) & A._STOP:
            new(m.start(g), name, "organization")
    for m in _R_PLACE_BODY.finditer(t.prose):
        start, name = m.start("n"), m["n"]
        while name.split(" ", 1)[0] in A._STOP:  # "The [Rakhine State government]"
            head = name.split(" ", 1)[0]
            start, name = start + len(head) + 1, name[len(head) + 1 :]
        lead = [w for w in name.split() if w[0].isupper()]
        if not lead or set(lead) & (A._STOP | A._DEMONYMS) or name in known:
            continue
        new(start, name, "organization")
    lone = {c.name for c in found if c.type == "person" and " " not in c.name}  # "Witnesses"
    folded = {k.casefold() for k in known}
    heads: set[str] = set()
    roles = Counter[str]()
    acts: list[tuple[int, int]] = []
    for m in _R_ROLE_ACTS.finditer(t.prose):
        roles[m["r"].lower()] += 1
        if m["by"] or m["act"]:
            acts.append((m.start("r"), m.end("r")))
    spans = [
        (m.start(g), m.end(g)) for m in _R_SPEAKERS.finditer(t.prose) for g in ("r", "r2") if m[g]
    ]
    spans += [(a, b) for a, b in acts if roles[t.prose[a:b].lower()] >= 2]
    for start, end in sorted(spans):
        q = _R_QUALIFIER.search(t.prose, max(0, start - 60), start)
        qual = (q["one"] or (q["lo"] or "").strip()) if q else ""  # "[The] aid workers"
        if q and q["caps"] and not set(q["caps"].split()) & A._STOP:  # "King County officials"
            start = q.start()
        elif qual and qual not in _QUANTIFIERS and qual not in _FUNCTION:
            start -= len(qual) + 1  # "local authorities", "aid workers"
        name = t.prose[start:end]
        head = name.rsplit(" ", 1)[-1].casefold()  # "officials" after "King County officials"
        if name in lone or (name not in known and name.casefold() not in folded | heads):
            new(start, name, "group")
            folded.add(name.casefold())
            heads.add(head)
    unnamed = Counter(m.group() for m in _R_PEOPLE_NOUN.finditer(t.prose))
    acting: dict[str, int] = {}
    for m in _R_UNNAMED.finditer(t.prose):
        if m["poss"] or m["verb"]:
            acting.setdefault(m["n"], m.start("n"))
    for noun, at in acting.items():
        if unnamed[noun] >= _UNNAMED_MENTIONS and noun not in known:
            new(at, noun, "other")
    bodies = {c.name for c in [*found, *out] if c.type in ("organization", "group", "other")}
    for m in _R_AND.finditer(t.prose):  # "Brighton and Wolves": listed with a body or team
        for g, other in (("a", "b"), ("b", "a")):
            if m[other] in bodies and unknown(m[g]) and runs[m[g]] >= 1:
                new(m.start(g), m[g], "other")
    return out
