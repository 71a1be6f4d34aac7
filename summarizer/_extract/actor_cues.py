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
* qualified plural roles as a speech verb's subject ("City records officers say"): in
  ``actor_groups``, with a person the story names by role alone;
* a bare word listed with a found body or team ("Brighton and Wolves").

Each rule looks at a match and its immediate neighbours only, once per match, so the
cost grows with the text, not with the number of names in it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Iterator

from summarizer._digest import ActorType
from summarizer._extract import actor_text
from summarizer._extract.actor_cue_patterns import cues as _cues
from summarizer._extract.actor_groups import line_closed as _line_closed
from summarizer._extract.actor_groups import speaking_groups
from summarizer._extract.actor_rules import CAPW, NAME, NP, R_ARTICLE, WORD
from summarizer._extract.actor_text import Cand, Text, as_body, as_name, opens_quote
from summarizer._lang import NameWords
from summarizer._text.scan import prefiltered

# The words inside these regexes ("who", "according to", "against") are English; the lists
# come from ``pack.names`` and the pipeline refuses text in another language.
# A sentence's bare first word before a verb is a name unless it looks like a plural or an
# abstract noun, which English writes without an article ("Officials said", "Inflation rose").
_R_COMMON_SHAPE = re.compile(
    r"(?:[^su]s|tion|sion|ment|ness|ity|ance|ence|ship|ism|ing|ure|age|dom|ery|cy|th|ics)$"
)
_R_WHO = re.compile(r", (?:who|whose|aged?) ")  # after a name: see _named_before
_R_CAP_BEFORE = re.compile(r"[A-Z][\w\-'’]* $")  # a longer name ends here: "Manchester [City]"
# A run's first RUN_WORDS + 1 words; ``run_end`` reads on (re holds a frame per repeat).
_R_RUN = re.compile(rf"(?<![\w\-'’.]){CAPW}(?: {CAPW}){{0,{actor_text.RUN_WORDS}}}")
# "over Saint Mary’s in overtime": the "'s" belongs to the name, not to a following noun.
_R_S_NAME = re.compile(
    rf"(?<![\w\-'’.])(?P<n>{NP}(?: {NP}){{0,2}}['’]s)"
    r"(?= (?:in|on|at|and|or|with|for|to|by|from|after|before)\b|[,.;:)]| \(|$)",
    re.MULTILINE,
)
_R_PLACE_BODY = re.compile(
    rf"(?<![\w\-'’.])(?P<n>(?:{WORD} ){{1,3}}(?:(?:regional|provincial|state|local|federal|"
    r"municipal|city|county|national|central|metropolitan) )?(?:government|police))\b"
)
_R_VERSUS = re.compile(
    rf"\b(?:against|versus|vs\.?|beat|defeated|beating|defeating) (?:the )?(?P<n>{NAME})(?![\w\-])"
    r"(?P<score>(?= \d{1,3}-\d{1,3}\b))?"  # "defeated Marshall 28-7": a team, named once
)
# A body named by letters and a number ("RSU 34", "Local 514") before a role it employs
# ("RSU 34 superintendent") or a noun it owns ("an RSU 34 request").
_R_CODE_BODY = re.compile(r"(?<![\w\-'’.])(?P<n>[A-Z]{2,6} \d{1,4}) (?P<w>[a-z]+)")
# A name with a capital inside it ("MarketWatch", "FactSet", "BlackRock") is a brand: an
# organisation where it speaks or is a source ("MarketWatch reported", "surveyed by FactSet").
_CAMEL = r"[A-Z][a-z]+(?:[A-Z]+[a-z]+)+"  # "BioNTech" too
_R_CAMEL = re.compile(
    rf"(?<![\w\-'’.])(?P<n>{_CAMEL})(?= (?:said|says|reported|reports|told|estimated|estimates)\b)"
    rf"|\b(?:by|from|according to|told) (?P<n2>{_CAMEL})(?![\w\-])"
)
# "Mountain Iron-Buhl's 26-20 loss": what owns a score's result is a team.
_R_SCORED = re.compile(  # after a name: see _named_before
    r"['’]s \d{1,3}-\d{1,3} (?:win|loss|victory|defeat|rout|upset|triumph)\b"
    r"| (?:won|lost|drew|beat|edged|routed|defeated)\b[^.\n]{0,30}?\b\d{1,3}-\d{1,3}\b"
)
# A name ending where a rule's words begin.  The rules above are searched for their own
# words first and the name read back from there: scanned from every capital, a name
# pattern cost a pass over the text per rule.
_R_NAME_END = re.compile(rf"(?P<n>{NAME})$")
_NAME_SPAN = 100  # characters read back for that name: longer than any name
# "Brighton and Wolves", "AMD and Broadcom": an acronym is listed with a name too.  One
# word a side, typed "other" whatever its sibling is; names of several words beside a found
# person or organisation take that actor's type in ``actor_shapes`` (its own ``_R_AND``).
_R_AND = re.compile(
    rf"(?<![\w\-'’.])(?P<a>{NP}|[A-Z]{{2,6}})(?:,| and) (?P<b>{NP}|[A-Z]{{2,6}})(?![\w\-]| [A-Z])"
)
# A label repeated at line starts is a transcript's speaker: "Ash Carter:", "CARTER:".
_R_BARE_LABEL = re.compile(
    r"^(?P<n>(?:(?:Mr|Ms|Mrs|Dr|MR|MS|MRS|DR)\.? )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})"
    r":[ \t]+\S",
    re.MULTILINE,
)
# "Hurricane Irma", "Tropical Storm Nate": a named storm acts in weather news.
_R_STORM = re.compile(
    rf"\b(?:Hurricane|Tropical Storm|Typhoon|Cyclone|Super Typhoon|Storm) (?P<n>{WORD})\b"
)
# "Tilray Brands, Inc.": a company by its legal suffix after a comma.
_R_INC = re.compile(
    rf"(?<![\w\-'’.])(?P<n>(?:{CAPW} ){{0,3}}{CAPW}, (?:Inc|Corp|Ltd|LLC|PLC|plc|Co|AG|SA|NV|"
    r"GmbH|S\.A|N\.V|L\.P)\.?)(?![\w])"
)
_R_RUN, _R_WHO, _R_INC, _R_AND, _R_PLACE_BODY, _R_STORM, _R_S_NAME, _R_SCORED = map(
    prefiltered, (_R_RUN, _R_WHO, _R_INC, _R_AND, _R_PLACE_BODY, _R_STORM, _R_S_NAME, _R_SCORED)
)  # _text.scan
_R_CAMEL, _R_CODE_BODY = prefiltered(_R_CAMEL), prefiltered(_R_CODE_BODY)
# The words that rank a team's role ("head coach"): capitalised opening a sentence, no team.
_ROLE_RANKS = frozenset("head assistant offensive defensive associate interim acting".split())
_BE = frozenset("be been being am".split())  # the copula's forms beyond the pack's
_R_VERSUS, _R_NAME_END = prefiltered(_R_VERSUS), prefiltered(_R_NAME_END)
_R_BARE_LABEL = prefiltered(_R_BARE_LABEL)
_R_NP = re.compile(NP)
_R_ROLE_WORD = re.compile(r"[a-z][\w\-]*")


def _person_shaped(words: list[str], given: frozenset[str], runs: Counter[str]) -> bool:
    return words[0] in given or len(words[0]) <= 3 or runs[words[-1]] > 1


_R_NAME_NEXT = re.compile(r" [A-Z]")


def _named_before(
    tail: re.Pattern[str], t: Text
) -> Iterator[tuple[tuple[int, int], re.Match[str]]]:
    """Each match of ``tail`` right after a name, with the name's span."""
    text = t.prose
    for m in t.find(tail):
        if name := _R_NAME_END.search(text, max(0, m.start() - _NAME_SPAN), m.start()):
            yield name.span("n"), m


def _sentence_subject(w: NameWords, word: str, verb: str | None, possessive: bool) -> bool:
    """A sentence's first word, before a verb that is no copula or a possessive, looking like
    no common noun."""
    common = bool(word in w.bare_nouns or _R_COMMON_SHAPE.search(word))
    common = common or word.lower() in w.copulas or word.lower() in _BE  # "Be hyped if you must"
    return (possessive or (verb is not None and verb not in w.copulas)) and not common


def _capital_runs(t: Text) -> tuple[Counter[str], Counter[str], Counter[str], array[int]]:
    """Each run of capitalised words (``_R_RUN``): how often it is written, how often it
    opens a quotation ('"Workers are ...') or is followed by "’s", and where each is first
    written, in the order of the first Counter's keys.  The two other Counters hold only
    the runs they count (read by index, a run missing counts 0) and the first positions
    are an array, not a dict: thousands of speakers' names were four dicts of them."""
    runs: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    owned: Counter[str] = Counter()
    firsts = array("q")
    text, at = t.prose, 0
    while (m := _R_RUN.search(text, at)) is not None:
        start, at = m.start(), actor_text.run_end(text, m)
        run = text[start:at]
        if run not in runs:
            firsts.append(start)
        runs[run] += 1
        if opens_quote(text, start):
            opened[run] += 1
        if text.startswith(("’s", "'s"), at):
            owned[run] += 1
    return runs, opened, owned, firsts


def cued(t: Text, found: list[Cand]) -> list[Cand]:
    """Candidates the cue-word rules missed, from the shapes in the module docstring."""
    cues, r, nw = _cues(t.lang), t.r, t.lang.names
    known = {R_ARTICLE.sub("", w) for c in found for w in c.name.split()}  # "al-Assad"
    known |= {c.name for c in found}
    runs, opened, owned, firsts = _capital_runs(t)
    out: list[Cand] = []

    def unknown(word: str) -> bool:
        return not (
            word in known or word in r.no_name or word in r.gaz or word in t.things
            or word in nw.never or word.lower() in t.lower or word.isupper()
        )  # fmt: skip

    def new(start: int, name: str, kind: ActorType) -> None:
        known.add(name)
        known.update(R_ARTICLE.sub("", w) for w in name.split() if kind == "person")
        out.append(Cand(start, start + len(name), kind, name))

    for m in t.find(_R_STORM):  # first, so "Irma" alone is no other actor
        name = t.prose[m.start() : m.end("n")]
        if name not in known and m["n"] not in r.no_name:
            new(m.start(), name, "other")
            known.add(m["n"])
    # Where the bodies found stand: "Commercial Workers" inside "United Food and Commercial
    # Workers" is part of that name, not a person's full name.
    body_spans = sorted((c.start, c.end) for c in found if c.type != "person")
    body_ends = list(itertools.accumulate((b for _, b in body_spans), max))
    for name, at in zip(runs, firsts, strict=True):  # "Narendra Modi" and, elsewhere, "Modi" alone
        if not 1 <= name.count(" ") <= 2:  # 2 or 3 words, else not split (a long run's list)
            continue
        words = name.split()
        k = bisect.bisect_right(body_spans, (at, len(t.prose))) - 1
        if k >= 0 and body_ends[k] >= at + len(name):
            continue
        family_first = len(words[0]) <= 4 and runs[words[0]] > 0  # "Xi Jinping" ... "Xi"
        # the surname alone where its capital is its own, not a quotation's first word's
        alone = runs[words[-1]] - opened[words[-1]]
        if not 2 <= len(words) <= 3 or not (alone or family_first):
            continue
        if name in known or set(words) & r.no_name or name in t.things or name in r.gaz:
            continue
        if all(_R_NP.fullmatch(w) and w.lower() not in t.lower for w in words):
            new(at, name, "person")
    for m in t.find(cues.slot):
        word, start = m["n"], m.start("n")
        if (
            runs[word] < 1
            or not unknown(word)
            or _R_CAP_BEFORE.search(t.prose, max(0, start - 40), start)
        ):
            continue
        if start not in t.starts or m["who"]:  # capitalised mid-sentence: a proper name
            new(start, word, "other")
        elif (
            _sentence_subject(nw, word, m["verb"], bool(m["poss"]))
            and _line_closed(t.prose, start)[1]
        ):
            # "Lundby sails to the mark", not "Speed was crucial"; not a headline's first word
            # ("2. Boxer’s nightclub affray charge is dropped": a common noun in title case)
            new(start, word, "other")
    for m in t.scan_matches(cues.label):  # on the scan: a label line may be all capitals
        name = m["n"].title()
        if not set(name.split()) & r.no_name:
            out.append(Cand(m.start("n"), m.end("n"), "person", name, m["t"].strip().title()))
    labels = Counter(m["n"] for m in t.scan_matches(_R_BARE_LABEL))
    for m in t.scan_matches(_R_BARE_LABEL):
        words = m["n"].title().replace(".", "").split()
        core = [w for w in words if w not in ("Mr", "Ms", "Mrs", "Dr")]
        if labels[m["n"]] < 2 or set(core) & (r.no_name | nw.not_speakers) or m["n"] in known:
            continue
        known.add(m["n"])  # once per label: the first is the speaker's mention
        out.append(Cand(m.start("n"), m.end("n"), "person", " ".join(core)))
    for m in t.find(_R_INC):
        body = as_body(t, m.start("n"), m.end("n"), "organization")
        if body and body.name not in known:
            new(body.start, body.name, "organization")
    for m in t.find(cues.speaking_place):
        g = "n" if m["n"] else "n2"
        body = as_body(t, m.start(g), m.end(g), "organization")
        if body and " " in body.name and body.name not in known:
            new(body.start, body.name, "organization")
    for m in t.find(cues.full_slot):
        opening = m.start("n") in t.starts
        if not opening and _R_CAP_BEFORE.search(t.prose, max(0, m.start() - 40), m.start()):
            continue
        # Opening a sentence, capitals prove nothing: a given name, a short family name
        # first ("Xi Jinping") or the surname standing alone elsewhere makes it a person's.
        if opening and not _person_shaped(m["n"].split(), nw.given, runs):
            continue
        found_ = as_name(t, m.start("n"), m.end("n"), 2, known)
        if not found_ or found_[2] in r.places or not all(unknown(w) for w in found_[2].split()):
            continue
        if not opening or _person_shaped(found_[2].split(), nw.given, runs):
            new(found_[0], found_[2], "person")
    for (a, b), m in _named_before(cues.apposed, t):  # a role between commas
        if not set(_R_ROLE_WORD.findall(m["role"])) & nw.roles:
            continue
        person = as_name(t, a, b, 2, known)
        if person and all(unknown(w) for w in person[2].split()):
            new(person[0], person[2], "person")
        body = as_body(t, m.start("o"), m.end("o"), "organization") if m["o"] else None
        if body and body.name not in known:
            new(body.start, body.name, "organization")
    for m in t.find(cues.object):
        name = m["n"]
        if name in known or name in r.gaz or name in r.places:
            continue
        if m["station"]:  # "told Kumasi-based Akoma FM": a broadcaster
            new(m.start("n"), name, "organization")
        elif " " not in name:
            if unknown(name):
                new(m.start("n"), name, "other")
        elif found_ := as_name(t, m.start("n"), m.end("n"), 2, known):
            new(found_[0], found_[2], "person")
    for (a, b), _m in _named_before(_R_WHO, t):
        found_ = as_name(t, a, b, 2, known)
        if found_:
            new(found_[0], found_[2], "person")
    for m in t.find(_R_VERSUS):  # an opponent: "against Texas Southern"
        name = m["n"]
        one = " " not in name
        once = runs[name] < 2 and m["score"] is None  # the lookahead group is ""
        if name in known or name in r.gaz or (one and (once or not unknown(name))):
            continue
        if not set(name.split()) & (r.stop | r.title_words | r.things):
            new(m.start("n"), name, "other")
    named = {c.name for c in [*found, *out]}  # "Alabama" the team beside "University of Alabama"
    for (a, b), _m in _named_before(cues.team_role, t):
        name = t.prose[a:b]
        if name.lower() in _ROLE_RANKS:  # "Assistant coach Wayne Smith": a rank, no team
            continue
        if _m.group().endswith("forward") and not _R_NAME_NEXT.match(t.prose, _m.end()):
            continue  # "Looking forward, ...": a phrase, not a player ("Reading forward Tom Ince")
        if name not in named and not set(name.split()) & (r.stop | r.title_words):
            named.add(name)
            new(a, name, "organization")
    del named  # every name once more: not held through the rules below
    for m in t.find(_R_CODE_BODY):
        if m["n"] not in known and (m["w"] in nw.roles or m["w"] in nw.code_body_nouns):
            new(m.start("n"), m["n"], "organization")
    for m in t.find(_R_CAMEL):
        g = "n" if m["n"] else "n2"
        if m[g] not in known and m[g] not in r.gaz:
            new(m.start(g), m[g], "organization")
    for (a, b), _m in _named_before(_R_SCORED, t):
        if t.prose.startswith(("The ", "the "), a):  # "The Lakers lost 118-104"
            a += 4
        name = t.prose[a:b]
        if name not in known and name not in r.gaz and not set(name.split()) & r.stop:
            new(a, name, "organization")
    for m in t.find(_R_S_NAME):  # "Saint Mary’s": never written without its "’s"
        name = m["n"]
        bare = name[:-2]
        alone = runs[bare] - owned[bare]
        lexical = any(w in r.no_name and w != "Saint" for w in bare.split())  # no set per match
        if alone == 0 and name not in known and not lexical:
            new(m.start("n"), name, "organization")
    for m in t.find(cues.team):
        g = "n" if m["n"] else "n2"
        name = m[g]
        if name not in known and name not in r.gaz and not set(name.split()[:1]) & r.stop:
            new(m.start(g), name, "organization")
    for m in t.find(_R_PLACE_BODY):
        start, name = m.start("n"), m["n"]
        while name.split(" ", 1)[0] in r.stop:  # "The [Rakhine State government]"
            head = name.split(" ", 1)[0]
            start, name = start + len(head) + 1, name[len(head) + 1 :]
        lead = [w for w in name.split() if w[0].isupper()]
        if not lead or set(lead) & (r.stop | r.demonyms) or name in known:
            continue
        new(start, name, "organization")
    speaking_groups(t, found, known, new)
    bodies = {  # one word found as a person is as likely a company: "Moderna and Pfizer said"
        c.name
        for c in [*found, *out]
        if c.type in ("organization", "group", "other") or " " not in c.name
    }
    for m in t.find(_R_AND):  # "Brighton and Wolves": listed with a body or team
        if m["a"].endswith("ly") and t.prose[m.end("a")] == "," and m.start("a") in t.starts:
            continue  # "Specifically, Jones denied": an adverb opening its sentence
        for g, other in (("a", "b"), ("b", "a")):
            if m[other] in bodies and unknown(m[g]) and runs[m[g]] >= 1:
                new(m.start(g), m[g], "other")
    return out
