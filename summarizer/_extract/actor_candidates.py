"""Actor candidates found by cue words: the rules that say what a span names, and why.

Bodies by head word, gazetteer or acronym (people by title, role, first name or speech verb
are ``actor_person_rules``').  Each rule returns ``Cand`` spans; ``actor_merge`` groups them
into actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from summarizer._digest import ActorType
from summarizer._extract import ner as _ner
from summarizer._extract.actor_rules import (
    CAPW,
    R_ACRONYM,
    R_AGENT,
    R_AMP,
    R_CENTER_FOR,
    R_GROUP,
    R_NAME,
    R_SUBJECT,
    Rules,
    bare_al,
)
from summarizer._extract.actor_text import Cand, Text, as_body, as_name
from summarizer._lang import LanguagePack, alternation
from summarizer._text.scan import prefiltered

# Compiled once: patterns given to re.search() as strings were re-parsed whenever the
# article's own patterns (acronyms, the merge trie) pushed them out of re's cache.
_R_POSS_END = re.compile(r"['’]s$")
_R_BRACKETED = re.compile(r"\(([^()\n]{2,80})\)")
_R_CLAUSE_BREAK = re.compile(r"[,.;:()\n]")
_R_SHORT = re.compile(r"[A-Z][A-Za-z]{1,7}")
_R_WORDS = re.compile(r"[\w\-&]+(?:['’]s)?")
_R_SHORT_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,6}) $")
_R_NEXT_CAPITAL = re.compile(r" ([A-Z][a-z]+)\b")
_EVENT_ENDS = frozenset("Ceremony Celebration Gala Parade Banquet Luncheon Opening".split())
# "Colorado’s legislature", "Russia’s foreign ministry": a place's own body, named by its
# possessive (English body nouns).
_R_PLACE_BODY = prefiltered(
    re.compile(
        rf"(?<![\w\-'’.])(?P<p>{CAPW})['’]s? (?:legislature|parliament|government|cabinet|"
        r"(?:foreign|defen[cs]e|interior|health|finance) ministry|military|supreme court"
        r"|(?:Foreign|Defen[cs]e|Interior|Health|Finance) Ministry|Supreme Court)\b"
    )
)
# "The City of Miami Gardens will host": a municipality's formal name is its government (the
# place is "the city of ..."); not when a body's head word follows ("City of X Council").
_R_MUNICIPAL = prefiltered(
    re.compile(
        rf"(?<![\w\-'’.])(?:City|Town|Village|Borough|Township) of {CAPW}(?: {CAPW}){{0,2}}"
        r"(?![\w\-]| [A-Z])"
    )
)
# "Rappler CEO and executive editor Maria Ressa", "Apple CEO Tim Cook": one capitalised word
# before a company officer's title is the company (English titles).
_R_EMPLOYER = prefiltered(
    re.compile(rf"(?<![\w\-'’.])(?P<o>{CAPW}) (?:CEO|CFO|COO|CTO|chief executive|co-?founder)\b")
)
# "Regina Police Service Chief Evan Bray", "Petah Tikva Magistrate Court Judge Erez Nurieli":
# a body's name (its last word a head word, checked in ``bodies``) before an officer's title
# and a name is the body the officer serves (English titles).
_R_BODY_OFFICER = prefiltered(
    re.compile(
        rf"(?<![\w\-'’.])(?P<o>(?:(?:St|Ste|Ft|Mt)\. )?(?:{CAPW} ){{1,5}}{CAPW}) "
        r"(?:Chief|Judge|Justice|Chair|Chairman|Chairwoman|President|Director|Commissioner"
        r"|Superintendent|Spokesman|Spokeswoman|Secretary|Administrator|Commander|Manager"
        r"|Trustee|Inspector|Sheriff)"
        r" (?=[A-Z][a-z])"
    )
)
# A body introduced by what it is: "newspaper group Johnston Press", "mining giant Rio
# Tinto", "rights group Amnesty International" (a lowercase word, then the kind of body).
_R_KIND_BODY = prefiltered(
    re.compile(
        rf"(?<![\w\-'’.])[A-Za-z][\w\-]+ (?:group|giant|firm|conglomerate|publisher|broadcaster"
        rf"|retailer|lender|insurer|brewer|miner|chipmaker|carmaker|drugmaker|automaker) "
        rf"(?P<n>{CAPW}(?: {CAPW}){{0,3}})"
    )
)

# Who a spokesperson speaks for is an actor, named bare: "a spokesperson for Network Rail",
# "A Network Rail spokesperson said" (English words; a person's spokesman is typed apart).
_SPOKES = r"spokes(?:man|woman|person|people|persons)"
_R_SPOKES_FOR = prefiltered(
    re.compile(rf"\b{_SPOKES} for (?:the )?(?P<n>{CAPW}(?: (?:of |and |for |& )?{CAPW}){{0,5}})")
)
_R_SPOKES_BEFORE = prefiltered(
    re.compile(rf"(?<![\w\-'’.])(?P<n>{CAPW}(?: (?:of |and |& )?{CAPW}){{0,5}}) {_SPOKES}\b")
)


@cache
def _camel_speaker(lang: LanguagePack) -> re.Pattern[str]:
    """A brand written in camel case ("easyJet", "eBay") that speaks ("eBay said", "an eBay
    spokesperson"): the name rules read capitalised words only."""
    verbs = alternation(lang.speech_verbs)
    return prefiltered(
        re.compile(
            rf"(?<![\w\-'’.])(?<![Tt]he )(?P<n>[a-z]{{1,4}}[A-Z][A-Za-z]{{1,20}})"
            rf"(?=(?:['’]s)?\s+(?:{verbs}|{_SPOKES})\b)"
        )
    )


_SEPARATORS = " -/"


def _capital_pair(text: str, at: int) -> bool:
    """Two ASCII capitals at ``at`` and ``at + 1``."""
    return at >= 0 and at + 2 <= len(text) and all("A" <= c <= "Z" for c in text[at : at + 2])


def beside_capitals(near: str, word: str) -> bool:
    """Whether the acronym ``word`` ([A-Z]{2,6}) stands in a run of capitals ("US-FBI"):
    the search of ``[A-Z]{2,}[ \\-/]+WORD\\b|\\bWORD[ \\-/]+[A-Z]{2,}`` in ``near``, with no
    pattern compiled per acronym (one per article, each pushing others out of re's cache)."""
    at = near.find(word)
    while at >= 0:
        end = at + len(word)
        lo = at  # the separators right before the word, then two capitals
        while lo > 0 and near[lo - 1] in _SEPARATORS:
            lo -= 1
        if lo < at and _capital_pair(near, lo - 2) and (end == len(near) or not _word(near[end])):
            return True
        hi = end  # the separators right after the word, then two capitals
        while hi < len(near) and near[hi] in _SEPARATORS:
            hi += 1
        if hi > end and _capital_pair(near, hi) and (at == 0 or not _word(near[at - 1])):
            return True
        at = near.find(word, at + 1)
    return False


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def bare(t: Text, found: list[Cand]) -> list[Cand]:
    """One word with no cue, written twice or more and never in lowercase, as a clause's
    subject or after "by"/"to"/"with": a live blog's players ("Webster volleys", "headed
    over by Otasowie") and teams ("Brighton were").  Typed "other": nothing says which."""
    taken = {bare_al(w) for c in found for w in c.name.split()}  # "al-Assad"
    out: list[Cand] = []
    seen: set[str] = set()
    for rx in (R_SUBJECT, R_AGENT):
        for start, end in t.names(rx):
            word = t.prose[start:end]
            if " " in word or word in seen or word in taken or word in t.r.no_name:
                continue  # each set asked alone: their union was built once per match
            if word in t.things or word in t.r.gaz:
                continue
            if word.lower() in t.lower or t.capitals[word] < 2:
                continue
            seen.add(word)
            out.append(Cand(start, start + len(word), "other", word))
    return out


def with_entities(
    t: Text, cands: list[Cand], entities: list[_ner.Entity], known: set[str]
) -> list[Cand]:
    """spaCy's entities as further candidates; the rules' own candidates win where they overlap.

    A place spaCy sees where a rule saw a person ("Berlin confirmed") is no person.  A new
    name must still pass the rules' checks (no stop word, thing, title or place in it), must
    not be a name spaCy itself calls a place elsewhere in the article ("Monroeville" a person
    once, a place twice) nor words with no capital (a common noun, which the rules resolve to
    the body it stands for), and one word spaCy calls an organisation must not be the surname
    of a person found ("Coutinho" after "Philippe Coutinho": the small pipeline's usual slip).
    """
    places = {(e.start, e.end) for e in entities if e.label == "country"}
    out = [c for c in cands if not (c.type == "person" and (c.start, c.end) in places)]
    taken = sorted((c.start, c.end) for c in out)
    place_names = {_R_POSS_END.sub("", e.text) for e in entities if e.label == "country"}
    people = [c.name for c in out if c.type == "person"]
    people += [e.text for e in entities if e.label == "person"]
    surnames = {_R_POSS_END.sub("", n.split()[-1]) for n in people if " " in n}
    for e in entities:
        start, end = e.start, e.end - (2 if _R_POSS_END.search(e.text) else 0)
        if not t.prose[start:end].strip() or any(a < end and start < b for a, b in taken):
            continue
        word = t.prose[start:end]
        if word in place_names or word.islower():  # "the health department’s statement"
            continue
        if e.label == "organization" and word in surnames:
            continue
        if " " not in word and (word.lower() in t.lower or t.scan_count(word, 2) < 2):
            continue  # one bare word, written once or also in lowercase: too weak alone
        if e.label == "person" and R_NAME.fullmatch(t.prose[start:end]):
            found = as_name(t, start, end, 1, known)
            if found:
                out.append(Cand(found[0], found[1], "person", found[2]))
        elif e.label == "organization":
            c = as_body(t, start, end, "organization")
            words = c.name.split() if c else []
            if (
                c
                and words
                and not set(words) & (t.r.stop | t.r.things | t.r.title_words)
                and (len(words) > 1 or c.name.isupper() or c.name.lower() not in t.lower)
            ):
                out.append(c)
    return out


# A legislature's chamber before a party's members names that caucus ("Senate Republicans").
_CHAMBERS = frozenset("Senate House Assembly Congress Parliament Legislature Council".split())


_R_NAME_ON = re.compile(r" ([A-Z][\w'’\-]*\.?)")


def _names_on(t: Text, end: int) -> bool:
    """A capitalised word, no stop word, right after a country: the country is the first
    word of another name (a title, an office, a court, an agency), not an actor."""
    m = _R_NAME_ON.match(t.prose, end)
    return m is not None and m[1].rstrip(".") not in t.r.stop


def bodies(t: Text) -> tuple[list[Cand], list[tuple[str, str]]]:
    """Countries, organisations and groups, and (acronym, expansion) pairs."""
    text, out, links, not_org = t.prose, [], [], set()
    for m in t.find(t.r.gaz_forms):
        kind = t.r.gaz[m.group()][1]
        before = text[max(0, m.start() - 10) : m.start()].split(" ")
        if kind == "country" and len(before) > 1 and before[-2] in t.r.compass and not before[-1]:
            continue  # "West Jordan", "New Mexico": another place than the country
        if kind == "country" and _names_on(t, m.end()):
            continue  # "U.S. Attorney Richard Pickens", "Japan Aerospace Exploration Agency"
        if (after := _R_NEXT_CAPITAL.match(text, m.end())) and after[1] in t.r.things:
            continue  # "the Georgia World Congress Center": a building named with the word
        out.append(Cand(m.start(), m.end(), kind, t.r.gaz[m.group()][0]))
        if kind == "group" and len(before) > 1 and not before[-1] and before[-2] in _CHAMBERS:
            at = m.start() - len(before[-2]) - 1  # "Senate Republicans": the party's members there
            out.append(Cand(at, m.end(), kind, text[at : m.end()]))
    shapes = (t.r.org, R_AMP, R_CENTER_FOR, t.r.demonym_org)
    spans = [(m.start(), m.end()) for rx in shapes for m in t.find(rx)]
    for start, end in spans:
        if text[start:end].rsplit(" ", 1)[-1] in _EVENT_ENDS:
            continue  # "Grand Opening & Ribbon Cutting Ceremony": an event, not its organiser
        for part in _parts(t.r, text, start, end):
            out += filter(None, [as_body(t, *part, "organization")])
    for m in t.find(R_GROUP):  # "the Islamic State group", "Democratic party"
        party = m.group().endswith(("party", "administration"))  # "the Trump administration"
        union = m.group().endswith("union")
        body: ActorType = "organization" if party or union else "group"
        c = as_body(t, m.start(), m.end(), body, m.end(0 if party else 1))
        if c and c.name.strip() and not set(c.name.split()) & (t.r.demonyms | t.r.country):
            c.name, c.type = t.r.gaz.get(c.name, (c.name, c.type))
            out.append(c)
    for m in t.find(t.r.country_org):
        c = as_body(t, m.start(), m.end(), "organization")
        lead = set(c.name.split()[:-1]) if c else set()
        if (
            c
            and lead
            and c.name not in t.r.gaz
            and not lead & (t.r.title_words | t.r.demonyms | t.r.compass)
        ):
            out.append(c)
    for start, end in t.names(t.r.says):  # "Berlin confirmed": the government seated there
        name = text[start:end]
        if name in t.r.places:
            out.append(Cand(start, end, "other", name))
    employer_not = t.r.stop | t.r.title_words | t.r.demonyms | t.r.country | t.r.places
    for m in t.find(_R_EMPLOYER):  # a company named again: not "Acting CEO John Smith"
        o = m["o"]
        if o not in employer_not and o not in t.r.given and t.capitals[o] >= 2:
            out.append(Cand(m.start(), m.end("o"), "organization", o))
    for m in t.find(_R_BODY_OFFICER):
        head = m["o"].rsplit(" ", 1)[-1]
        c = as_body(t, m.start("o"), m.end("o"), "organization") if head in t.r.heads else None
        if c and c.name.endswith(head):  # not cut short at a title ("Magistrate Court")
            out.append(c)
    for m in t.find(_R_KIND_BODY):
        first = m["n"].split(" ", 1)[0]
        if first in t.r.title_words or first in t.r.given:
            continue  # "the firm Chairman John Smith": a person follows
        if c := as_body(t, m.start("n"), m.end("n"), "organization"):
            out.append(c)
    for rx in (_R_SPOKES_FOR, _R_SPOKES_BEFORE):
        for m in t.find(rx):
            words = m["n"].split()
            if words[0] in t.r.given or set(words) & t.r.title_words:
                continue  # "a spokesman for Boris Johnson", "a spokesman for Mayor Adams"
            c = as_body(t, m.start("n"), m.end("n"), "organization")
            if c and c.name not in t.r.gaz:
                out.append(c)
    for m in t.find(_camel_speaker(t.lang)):  # "easyJet said", "an eBay spokesperson"
        out.append(Cand(m.start("n"), m.end("n"), "organization", m["n"]))
    for m in t.find(_R_PLACE_BODY):  # a place the article names again
        p = m["p"]
        if p not in t.r.stop and p not in t.r.title_words and t.capitals[p] >= 2:
            out.append(Cand(m.start(), m.end(), "organization", m.group()))
    for m in t.find(_R_MUNICIPAL):
        out.append(Cand(m.start(), m.end(), "organization", m.group()))
    for short, long, start in _expansions(text):
        if _orgish(t.r, long) or _branded(t, short, long):
            out.append(Cand(start, start + len(long), "organization", long))
            links.append((short, long))
        else:
            not_org.add(short)  # "SLS (Space Launch System)" is a rocket
    acronyms = list(t.find(R_ACRONYM))
    alone = {m.group() for m in acronyms if not _modifies(t.r, text, m.end())}
    for m in acronyms:
        word, near = m.group(), text[max(0, m.start() - 9) : m.end() + 9]
        if word in t.r.not_acronym | not_org or word in t.r.gaz or word not in alone:
            continue
        if t.common(word, m.start()):  # a word in capitals opening a sentence ("ONE of")
            continue
        if not beside_capitals(near, word):
            out.append(Cand(m.start(), m.end(), "organization", word))  # no run of capitals
    return out, links


def _modifies(r: Rules, text: str, end: int) -> bool:
    """The acronym ending at ``end`` begins a longer name ("the FA Trophy", "the NBA
    Finals"): a capitalised word follows that is no title ("FBI Director"), head ("BBC
    News") or country ("NHS England"), which would make the acronym the body named."""
    m = _R_NEXT_CAPITAL.match(text, end)
    word = m[1] if m else ""
    return bool(word) and not (
        word in r.title_words or word in r.heads or word in r.company_tails or word in r.country
    )


_R_AND_NAME = re.compile(r",? and ([A-Z][a-z]+) [A-Z]")


def _parts(r: Rules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A body's span split at "<Head> and ", plus a body named after its parent's "of the";
    a person's first name after its list's "and" ends it ("Department of Public Health,
    Wellington, and Cheryl Davies")."""
    for m in _R_AND_NAME.finditer(text, start, end):
        if m[1] in r.given:
            end = m.start()
            break
    cuts = [(m.start(), m.end()) for m in r.and_head.finditer(text, start, end)]
    # "Criminal Division and ...", not a head inside an "of" complement ("Ministry of Local
    # Government and Rural Development" is one name)
    cuts += [
        (m.end() - 5, m.end())
        for m in r.head_and.finditer(text, start, end)
        if " of " not in text[max([start, *(b for _, b in cuts if b <= m.start())]) : m.start()]
    ]
    out, at = [], start
    for a, b in sorted(set(cuts)):  # both patterns may cut at one "and"
        out.append((at, a))
        at = b
    out.append((at, end))
    if inner := r.inner.search(text, at, end):
        out.append((inner.start(1), end))
    return out


def _expansions(text: str) -> Iterable[tuple[str, str, int]]:
    """'Public Health England (PHE)', 'CSA (Canadian Space Agency)': (short, long, long's start)."""
    for m in _R_BRACKETED.finditer(text):
        inner = m.group(1).strip()
        before = _R_CLAUSE_BREAK.split(text[max(0, m.start() - 160) : m.start()])[-1]
        offset = m.start() - len(before)
        if _R_SHORT.fullmatch(inner) and sum(c.isupper() for c in inner) > 1:
            words = list(_R_WORDS.finditer(before))
            for k in range(1, min(len(words), 3 * len(inner) + 2) + 1):
                long = _R_POSS_END.sub("", before[words[-k].start() : words[-1].end()])
                if long[0] == inner[0] and _subsequence(inner.lower(), long.lower()):
                    yield inner, long, offset + words[-k].start()
                    break
        elif (short := _R_SHORT_BEFORE.search(before)) and _subsequence(
            short[1].lower(), inner.lower()
        ):
            yield short[1], inner, m.start(1)
        elif _R_BRAND.fullmatch(inner) and (run := _R_RUN_END.search(before)):
            yield inner, run.group(), offset + run.start()  # "... Saudi Arabia (Zain)"


# A company's full name, then the brand it goes by: "Mobile Telecommunications Company Saudi
# Arabia (Zain)" (``_branded`` keeps it when a head word is in it and the brand recurs).
_R_BRAND = re.compile(r"[A-Z][a-z]{2,15}")
_R_RUN_END = re.compile(
    r"(?<![\w\-'’.])[A-Z][\w&\-]*(?: (?:of |and |& )?[A-Z][\w&\-]*){1,7}(?=\s*$)"
)


def _branded(t: Text, short: str, long: str) -> bool:
    """``long (short)``: a body's full name with a head word, its brand written again."""
    return not set(long.split()).isdisjoint(t.r.heads) and t.scan_count(short, 2) >= 2


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _orgish(r: Rules, name: str) -> bool:
    last = name.split()[-1]
    named_for_place = " " in name and last in r.country and name not in r.gaz  # "Diabetes UK"
    body = r.kind(name) in ("organization", "group")
    return bool(r.org.fullmatch(name) or last in r.heads or body or named_for_place)
