"""People found by cue words (``actor_candidates`` finds bodies): after a title or role
("Senator Jane Doe", "astronaut Kimiya Yui"), before a role or a speech verb, by a common
first name, by a list ("Jane Doe, John Roe and ..."). Each rule returns ``Cand`` spans with
the title that cued them; ``actor_merge`` groups them into actors.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from summarizer._extract.actor_rules import NAME, NP, R_AGENT, R_ARABIC, R_LIST, R_NAME, R_SUBJECT
from summarizer._extract.actor_text import Cand, Text, as_name, full_months
from summarizer._lang import LanguagePack, alternation, owned_person
from summarizer._text.scan import prefiltered

_R_OF = re.compile(r" (?:of|for) ")
_R_INITIALED = re.compile(rf"{NP} [A-Z]\. {NP}")
_R_ARABIC = re.compile(R_ARABIC)
_R_OWNED_WORD = re.compile(r"['’]s? ([A-Z][a-z]+)")
_R_LEFT_NAME = prefiltered(re.compile(rf"({NAME})(?:, and |, | and )$"))
# What _R_LEFT_NAME's end needs ("$" also matches before a final newline): tested first.
_LIST_ENDS = tuple(e + nl for e in (", and ", ", ", " and ") for nl in ("", "\n"))


def people(t: Text, known: set[str], brands: Collection[str] = ()) -> list[Cand]:
    """People: after a title or role, before a role or speech verb, by first name, by list.

    ``brands``: one-word companies found; a name opening with one is its product or unit
    ("Facebook Marketplace", "Google Maps"), not a person."""
    text, out = t.prose, []
    shared: dict[str, str] = {}  # one string per name and per title: a name is found by
    # several rules ("Officer John Kalo said": after a title, before "said")
    by_name: dict[str, list[Cand]] = {}  # the candidates made for each name, to reuse

    def add(
        start: int,
        end: int,
        minimum: int,
        title: str | None = None,
        at: int = -1,
        cut: bool = False,
    ) -> bool:
        found = as_name(t, start, end, minimum, known)
        if found and found[1] == end and (cut or found[0] > start):  # words before it went
            found = _longer(t, found, minimum, known)
        if found and found[2].split()[0] in brands and found[2].split()[0] not in t.r.given:
            return False
        if found:
            out.append(_made(by_name, at if at >= 0 else found[0], found[1], found[2], title))
        return found is not None

    bad = t.r.stop | t.r.demonyms | t.r.country | t.r.heads
    for m in t.find(t.r.title):  # modifiers up to a stop word or a place: "Russian [Sports]"
        mods = m["mod"].split()
        mods = next((mods[i:] for i in range(len(mods)) if not set(mods[i:]) & bad), [])
        title, start, words = " ".join([*mods, m["t"].strip(" ,")]), m.start("n"), m["n"].split()
        of = bool(_R_OF.search(title))  # "Minister of Foreign Affairs Sergey Lavrov"
        if of and len(words) > 2 and words[0] not in t.r.given:
            title, start = f"{title} {words[0]}", start + len(words[0]) + 1
        title = shared.setdefault(title, title)
        at = m.start("t") - sum(len(w) + 1 for w in mods)
        if m["n"] in full_months(t.lang) and m["t"].strip(" ,.").lower() in t.lang.names.courtesy:
            out.append(Cand(at, m.end("n"), "person", m["n"], title))  # "Mrs May said"
            continue
        full = of or m["t"].strip(" ,") in t.lang.names.acronym_titles  # not "DS Smith"
        add(start, m.end("n"), 2 if full else 1, title, at)
    for m in t.find(t.r.role):
        add(m.start("n"), m.end("n"), 2, m["t"])
    for m in t.find(t.r.role_after):
        add(m.start("n"), m.end("n"), 2)
    for start, end in t.names(t.r.says):  # "Lavrov cautioned", "said Lori Glaze"
        if not add(start, end, 1):  # "Guernsey Met Office Martin Crozier said": the office
            run = text[start:end].split()  # first, a run too long for one name
            if (k := _titled_at(run, t)) is not None:
                add(start + sum(len(w) + 1 for w in run[:k]), end, 2)
    # "Park said": a surname that is also a place's word ("Park", "Hall", "Field") names a
    # person where it speaks ("Olivia Park told the jury" too); "Alicia Park", a given name
    # before it, is her full name.  So does a given name before a town's name ("Harold
    # Washington's death", "Jack London").
    said = (text[a:b].rsplit(" ", 1)[-1] for a, b in t.names(t.r.says))
    spoken = {w for w in said if w in t.r.things}
    whose = owned_person(t.lang)
    for m in t.find(R_NAME):
        initial = _R_INITIALED.fullmatch(m.group())  # "Glenn A. Fine"
        words, start = m.group().split(), m.start()
        if len(words) > 2 and words[0] in t.r.stop:  # "For Maria Lopez, the answer is ..."
            start += len(words.pop(0)) + 1
        name = text[start : m.end()]
        surname = len(words) == 2 and (words[1] in spoken or words[1] in t.r.places)
        if surname and words[0] in t.r.given:
            if name not in known and words[0] not in t.r.no_name:
                out.append(Cand(start, m.end(), "person", name))
        elif words[0] in t.r.given or initial or _R_ARABIC.search(name):
            add(start, m.end(), 2)
        elif (k := _titled_at(words, t, spoken, _served(t, start))) is not None:
            # "County Engineer Paul Novak", "Secretary of Labor Hilda L. Solis"
            title = shared.setdefault(" ".join(words[:k]), " ".join(words[:k]))
            at = start + sum(len(w) + 1 for w in words[:k])
            if words[-1] in spoken and words[-1] in t.r.things:  # "Prosecutor Dana Field told"
                if text[at : m.end()] not in known:
                    out.append(_made(by_name, at, m.end(), text[at : m.end()], title))
            else:
                add(at, m.end(), 2, title, cut=True)
        elif whose.search(text, max(0, start - 40), start):  # "Her husband, Dmitri Volkov,"
            add(start, m.end(), 1)
    for m in t.find(_apposed_one(t.lang)):  # "His mother, Dorothy, said": her first name alone
        if whose.search(text, max(0, m.start(1) - 40), m.start(1)):
            add(m.start(1), m.end(1), 1)
    for rx in (R_SUBJECT, R_AGENT):
        for start, end in t.names(rx):
            if (
                text.startswith(("St ", "St. ", "Saint "), start)
                and (owned := _R_OWNED_WORD.match(text, end))
                and owned[1] in t.r.things
            ):
                continue  # "taken to St Thomas' Hospital": a place named for a saint
            add(start, end, 2)
    for c in list(out):  # the other names in a list with a person: "Mary Varnham, John Morrison"
        pos = c.end
        while " " in c.name and (r := R_LIST.match(text, pos)) and add(r.start(1), r.end(1), 2):
            pos = r.end()
        pos = c.end - len(c.name)
        while " " in c.name:
            lo = max(0, pos - 80)
            window = text[lo:pos]
            left = _R_LEFT_NAME.search(window) if window.endswith(_LIST_ENDS) else None
            least = 1 if window.endswith(" and ") else 2  # "Beyonce and Harry Styles"
            if not (left and add(lo + left.start(1), lo + left.end(1), least)):
                break
            pos = lo + left.start(1)
    return out


@cache
def _apposed_one(lang: LanguagePack) -> re.Pattern[str]:
    """A one-word name set apart by commas after a noun for whose one is: "mother, Dorothy,"
    (``owned_person`` then reads whose, "His" or "Thornton's", before the noun)."""
    nouns = alternation(lang.speaker_described_nouns)
    return re.compile(rf"\b(?:{nouns}), ([A-Z][a-z'’\-]+), ")


def _made(
    by_name: dict[str, list[Cand]], start: int, end: int, name: str, title: str | None
) -> Cand:
    """A person's candidate, one object per distinct one: a name is found by several rules,
    most of them the same span ("Officer John Kalo said": before "said", by first name), and
    each copy cost a ``Cand`` and its offsets as int objects, held through the actors stage
    (a third of it on a text of "X said" clauses).  A new one shares its name, and its
    offsets where equal, with those made before (equal candidates are interchangeable: what
    changes one in place changes it by its fields alone)."""
    mine = by_name.get(name)
    if mine is None:
        made = Cand(start, end, "person", name, title)
        by_name[name] = [made]
        return made
    for c in mine:
        if c.start == start and c.end == end and c.title == title:
            return c
    first = mine[0]
    start = next((c.start for c in mine if c.start == start), start)
    end = next((c.end for c in mine if c.end == end), end)
    made = Cand(start, end, "person", first.name, title)
    mine.append(made)
    return made


def _longer(
    t: Text, found: tuple[int, int, str], minimum: int, known: set[str]
) -> tuple[int, int, str]:
    """A name read again from its own first word: a match that began at a title's words
    ("Secretary General Abdul Latif Al Zayani") spent its length on them and stopped short."""
    m = R_NAME.match(t.prose, found[0])
    if m is None or m.end() <= found[1]:
        return found
    return as_name(t, found[0], m.end(), minimum, known) or found


def _served(t: Text, start: int) -> bool:
    """A title and "of" or "for" right before ``start``: the run there opens with what the
    office serves ("Secretary of Labor Hilda L. Solis")."""
    m = _R_SERVES.search(t.prose, max(0, start - 30), start)
    return m is not None and m[1] in t.r.title_words


_R_INITIAL = re.compile(r"[A-Z]\.")
# "Secretary of ", "Minister for the ": a title's last word and what ties it to its office.
_R_SERVES = re.compile(r"\b([A-Z][a-z]+) (?:of|for) (?:the )?$")


def _titled_at(
    words: list[str], t: Text, spoken: Collection[str] = (), served: bool = False
) -> int | None:
    """Where a person's name starts after capitalised words of an office no title list holds
    ("County Engineer Paul Novak", "Harbormaster Ron Lee", "Prosecutor Emma Hill"): at a
    given name, second or later, with one or two words after it, a word of an office (a
    title's, a role's, a body's) before it; no stop word in the run, and none of the name's
    words ending a body's or a thing's name ("Prince William County", "St. Mary Hospital")
    unless it speaks (``spoken``: "Prosecutor Dana Field told the jury"). ``served``: the
    run follows "Secretary of": its first words are the office's ("Labor")."""
    k = next((i for i, w in enumerate(words) if i and w in t.r.given), None)
    if k is None and served:  # the name is the run's last two words, with an initial three
        k = len(words) - (3 if len(words) > 3 and _R_INITIAL.fullmatch(words[-2]) else 2)
        k = k if k >= 1 else None
    if k is None or not 1 <= len(words) - k - 1 <= 2 or words[k - 1] in t.r.given:
        return None
    r = t.r  # (membership asked word by word: a union of these sets per run cost a copy)
    if any(w in r.stop for w in words) or any(
        (w in r.heads or w in r.things) and w not in spoken for w in words[k:]
    ):
        return None
    roles = t.lang.names.roles  # a role written capitalised: "Engineer"
    office = (w in r.title_words or w in r.heads or w.lower() in roles for w in words[:k])
    if not served and not any(office):
        return None  # "Nisreen Assad Ibrahim Bahar": names before the given name, no office
    return k
