"""Candidates into actors: aliases merged as news prose writes them, then every form found.

Full name first, surname after; an acronym in brackets by its expansion; a company's
first word for its full name; a near spelling of a surname ("Tillison") as the same person.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from functools import cache

from summarizer._extract.actor_people import (
    Group,
    called,
    diminutives,
    merge_people,
    without_nickname,
)
from summarizer._extract.actor_rules import PART, R_SUFFIX, Rules, bare_al
from summarizer._extract.actor_text import Cand, FoundActor, Mention, Text
from summarizer._lang import alternation, owned_person, trie
from summarizer._text.scan import prefiltered

_R_PART = re.compile(PART)


def _word_char(ch: str) -> bool:
    """``\\w`` of re on str: alphanumeric (str.isalnum) or the underscore."""
    return ch.isalnum() or ch == "_"


def _whole_word(text: str, form: str) -> tuple[int, str]:
    """Where ``form`` first stands alone in ``text`` (no word character on either side),
    or -1: the search of ``(?<!\\w)form(?!\\w)`` with no pattern compiled per form."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            return at, form
        at = text.find(form, at + 1)
    return -1, form


_R_CHUNK = re.compile(r"\w+")


def _forms_in(text: str, forms: Collection[str]) -> list[tuple[int, int, str]]:
    """Every standing-alone occurrence of the forms, leftmost then longest, none overlapping:
    the matches of ``(?<!\\w)(?:form|...)(?!\\w)``, without compiling that pattern (for
    thousands of speakers, its compilation cost more than the rest of the actors' work)."""
    return [(at, end, text[at:end]) for at, end in _spans_of(text, forms)]


def _spans_of(text: str, forms: Collection[str]) -> Iterator[tuple[int, int]]:
    """``_forms_in``'s spans, one at a time.  A form that starts with a word character can
    only start where the text's word run equals the form's own first run: each run of the
    text is looked up once, then one slice of each length its forms have, longest first,
    is looked up in ``forms`` (one lookup for thousands of speakers' "John ...").  Runs
    found are whole (no word character follows), so a slice as long as a form of the run
    opens with that run: no form of another run can equal it."""
    known = forms if isinstance(forms, (set, frozenset, dict)) else set(forms)
    # A first run -> its forms' lengths, longest first: one tuple for every run with the
    # same lengths (a list per run was 2.3x the input for thousands of speakers' surnames).
    lengths: dict[str, tuple[int, ...]] = {}
    canonical: dict[tuple[int, ...], tuple[int, ...]] = {}
    for form in forms:
        head = _R_CHUNK.match(form)
        if head is None:  # starts with a mark, or empty: the pattern itself
            pattern = re.compile(rf"(?<!\w)(?:{trie(forms)})(?!\w)")
            yield from (m.span() for m in pattern.finditer(text))
            return
        run = form if head.end() == len(form) else head.group()
        same = lengths.get(run, ())
        if len(form) not in same:
            longer = tuple(sorted((*same, len(form)), reverse=True))
            lengths[run] = canonical.setdefault(longer, longer)
    del canonical
    taken = 0
    for at, run in _runs_at(text, lengths):
        if at < taken:
            continue
        for n in lengths[run]:
            end = at + n
            if end > len(text):
                continue
            if text[at:end] in known and (end == len(text) or not _word_char(text[end])):
                yield at, end
                taken = end
                break


_FEW_RUNS = 48  # up to this many distinct first runs, each is found by str.find


def _runs_at(text: str, runs: Collection[str]) -> Iterable[tuple[int, str]]:
    """Where a word run of ``text`` (a match of ``\\w+``) is one of ``runs``, in order.  Few
    runs (an article's actors): each found with str.find and kept where no word character
    stands on either side, instead of every word of the text read in Python; many (thousands
    of speakers): only the word runs opening on a run's first character looked up, one at a
    time (a list of them all was nine times the text's size)."""
    if len(runs) > _FEW_RUNS:
        firsts = "".join(sorted({re.escape(run[0]) for run in runs}))
        starts = prefiltered(re.compile(rf"(?<!\w)[{firsts}]\w*"))  # maximal \w+ runs so opening
        return ((m.start(), m.group()) for m in starts.finditer(text) if m.group() in runs)
    out = []
    for run in runs:
        at = text.find(run)
        while at >= 0:
            end = at + len(run)
            if (at == 0 or not _word_char(text[at - 1])) and (
                end == len(text) or not _word_char(text[end])
            ):
                out.append((at, run))
            at = text.find(run, at + 1)
    out.sort()
    return out


def merge(
    t: Text, cands: list[Cand], links: list[tuple[str, str]], cap: int | None = None
) -> tuple[list[FoundActor], int]:
    """Candidates into actors, every form of an actor looked for in the whole text: the
    first ``cap`` by first mention (None: all), and how many there are in all.  Only the
    kept ones are built: the order needs each actor's first mention, nothing more."""
    # A given name found alone as "other" ('"Jim's our stepdad"', '"Ed was a quiet man"') is
    # a person, so that it joins the full name it shortens; so is a name the article says
    # whose it is ("His widow Millicent").
    given, short = t.r.given, diminutives(t.lang.names.diminutives)
    owned = owned_person(t.lang)
    cands = [
        replace(c, type="person")
        if c.type == "other"
        and (
            c.name in given
            or c.name in short
            or (" " not in c.name and owned.search(t.surface(max(0, c.start - 40), c.start)))
        )
        else c
        for c in cands
    ]
    groups = _merge_bodies(t, [c for c in cands if c.type != "person"], links)
    groups += merge_people(t, [c for c in cands if c.type == "person"])
    owner: dict[str, int] = {}  # a form -> the first group holding it
    for i, g in enumerate(groups):
        for form in _forms(t, g):
            owner.setdefault(form, i)
    hits = _Hits(t.scan, owner)
    del owner  # its forms, thousands for thousands of speakers, go before the mentions come
    first = [-1] * len(groups)  # where each group is first mentioned (-1: nowhere)
    for start, i in zip(hits.starts, hits.owners, strict=True):
        if first[i] < 0:
            first[i] = start
    # Only inside a longer name: a body ("... of the Federal Bureau of ..."); a person not
    # inside an organisation's ("Budget Responsibility says" read in "the Office for Budget
    # Responsibility says"), though inside a group's ("Piper Jaffray analysts") it may be.
    inner: dict[int, Mention] = {}
    for i, g in enumerate(groups):
        lone = _inner_mention(t.scan, _forms(t, g)) if first[i] < 0 else None
        if lone is not None and (
            g.type != "person" or _held_by(hits, groups, lone) != "organization"
        ):
            inner[i], first[i] = lone, lone.start
    order = sorted((i for i in range(len(groups)) if first[i] >= 0), key=first.__getitem__)
    kept = order if cap is None else order[:cap]
    found: dict[int, list[Mention]] = {i: [] for i in kept if i not in inner}
    shared: dict[str, str] = {}  # one string per form, as the forms' own were shared
    for start, end, i in zip(hits.starts, hits.ends, hits.owners, strict=True):
        if (mine := found.get(i)) is not None:
            surface = t.scan[start:end]
            mine.append(Mention(start, end, shared.setdefault(surface, surface)))
    for i, spans in _stop_surname_mentions(t, groups, found).items():
        found[i] = sorted([*found[i], *spans], key=lambda m: m.start)
    return [_actor(t, groups[i], found.get(i) or [inner[i]]) for i in kept], len(order)


def _stop_surname_mentions(
    t: Text, groups: list[Group], found: dict[int, list[Mention]]
) -> dict[int, list[Mention]]:
    """ "Brian May ... May said", "said May": a surname that is also a month or a modal is no
    form of its own (``_person_forms``: "May" alone is the month), but beside a speech verb it
    is the person, when one person found bears it: those mentions join the name's, so that
    the quotation is theirs.  Each such surname is searched for once."""
    bearers: dict[str, list[int]] = {}
    for i in found:
        g = groups[i]
        names = {c.name.split()[-1] for c in g.members if g.type == "person" and " " in c.name}
        for s in names:
            if s in t.r.stop and s[:1].isupper():
                bearers.setdefault(s, []).append(i)
    verbs = _speech_pattern(t.lang.speech_verbs) if bearers else None
    out: dict[int, list[Mention]] = {}
    for s, (i, *others) in bearers.items():
        if others or verbs is None:
            continue  # "Theresa May" and "Brian May": whose "May said" is not told
        for m in re.finditer(rf"(?<![\w\-'’.]){re.escape(s)}(?![\w\-]| \d)", t.scan):
            before = t.scan[max(0, m.start() - 40) : m.start()]
            if _R_CAP_BEFORE.search(before):
                continue  # "Brian May said": inside the full name, found already
            # ("said May 3 was the date": a day, which the pattern's end already leaves out)
            if verbs.match(t.scan, m.end()) or _R_SAID_BEFORE.search(before):
                out.setdefault(i, []).append(Mention(m.start(), m.end(), s))
    return out


_R_CAP_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s$")
_R_SAID_BEFORE = re.compile(r"\b(?:said|says|added|told)\s$")


@cache
def _speech_pattern(verbs: frozenset[str]) -> re.Pattern[str]:
    """A speech verb right after a name ("May said"; "in May, said Jones" is the month),
    built once per pack."""
    return re.compile(rf" (?:{alternation(verbs)})\b")


class _Hits:
    """Every mention of every form (``_spans_of``), in text order, as three arrays of
    machine integers: its start, its end and the group owning its form.  A tuple and two
    int objects per mention were 2.8x the input for thousands of speakers."""

    def __init__(self, text: str, owner: dict[str, int]) -> None:
        self.starts, self.ends, self.owners = array("q"), array("q"), array("q")
        for start, end in _spans_of(text, owner) if owner else ():
            self.starts.append(start)
            self.ends.append(end)
            self.owners.append(owner[text[start:end]])


def _held_by(hits: _Hits, groups: list[Group], m: Mention) -> str | None:
    """The type of the actor whose mention holds ``m`` (None: no mention does): mentions do
    not overlap, so only the last one starting at or before ``m`` can."""
    k = bisect.bisect_right(hits.starts, m.start) - 1
    return groups[hits.owners[k]].type if k >= 0 and hits.ends[k] >= m.end else None


def _inner_mention(text: str, forms: Iterable[str]) -> Mention | None:
    """The first form, in sorted order, found standing alone in ``text`` (``_whole_word``)."""
    for at, form in (_whole_word(text, f) for f in sorted(set(forms))):
        if at >= 0:
            return Mention(at, at + len(form), form)
    return None


def _actor(t: Text, g: Group, mentions: list[Mention]) -> FoundActor:
    """The group as an actor: its fullest name (a titled full name the surest; a titled
    surname, "Ms Sturgeon", is no fuller), its aliases and mentions."""
    names = [c.name for c in g.members]
    titled = {c.name for c in g.members if c.title}
    full = [n for n in names if not n.isupper()] or names
    rank = {
        n: (n in titled and " " in n, n.count(" ") * (g.type == "person"), len(n)) for n in full
    }
    name = max(full, key=rank.__getitem__)
    if g.type == "person":
        name = without_nickname(name)  # listed as "Joko Widodo"; the quoted form an alias
    name = t.r.gaz[name][0] if name in t.r.gaz else name
    aliases = tuple(dict.fromkeys([name, *(m.text for m in mentions)]))
    return FoundActor(name, g.type, aliases, tuple(mentions), g.title)


def _forms(t: Text, g: Group) -> Iterator[str]:
    """The surface forms to look for in the text, each member's (repeats included).  A
    group of bodies never has the type "person" (``_merge_bodies`` starts each with a
    body's type and changes it only to "country" or "group")."""
    each = _person_forms if g.type == "person" else _body_forms
    for c in g.members:
        yield from each(t, c)


def _body_forms(t: Text, c: Cand) -> Iterator[str]:
    """A body's name, its surface, its name less a suffix ("CMB Export"), a company's first
    word ("Tilray" for "Tilray Brands, Inc."), its gazetteer forms ("U.S." for "United States")."""
    bare_name = R_SUFFIX.sub("", c.name)
    yield from (c.name, t.scan[c.start : c.end], bare_name)
    words = bare_name.split()
    company = R_SUFFIX.search(c.name) or words[-1] in t.r.company_tails
    if c.type == "organization" and len(words) > 1 and company and _short_name(t.r, words[0]):
        yield words[0]
    yield from t.r.gaz_by_name.get(c.name, frozenset())


def _person_forms(t: Text, c: Cand) -> Iterator[str]:
    """A person's name, its surface, the surname (also without "al-"), a surname with its
    particle ("de Mistura", "De Mistura")."""
    words = c.name.split()
    if words[-1] in t.r.stop:  # "Theresa May", "Mrs May": "May" alone is the month or modal
        yield t.scan[c.start : c.end]
        if len(words) > 1:
            yield c.name
        return
    yield from (c.name, t.scan[c.start : c.end], words[-1], bare_al(words[-1]))
    if (nick := called(t, c)) is not None:
        yield nick  # "Jokowi" alone, after "Joko 'Jokowi' Widodo" or "... or Jokowi as he"
    if len(words) > 2 and _R_PART.fullmatch(words[-2]):
        yield from (" ".join(words[-2:]), f"{words[-2].capitalize()} {words[-1]}")


def _merge_bodies(t: Text, cands: list[Cand], links: list[tuple[str, str]]) -> list[Group]:
    """One body: its name, its acronym, its gazetteer forms, its short form ("Security Council")."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    names = sorted({c.name for c in cands}, key=len)
    for short, long in links:
        if short in names:
            parent[root(short)] = root(long)
    bare = {R_SUFFIX.sub("", n): n for n in names if R_SUFFIX.search(n)}  # "HEXO Corp."
    bare |= {n[:-1]: n for n in names if n.endswith(".")}  # "Gannett Co", its period a stop
    for n in names:
        if n in bare and bare[n] != n:
            parent[root(n)] = root(bare[n])
    for i, a in enumerate(names):
        if (" " in a and a.split()[-1] in t.r.heads) or t.r.kind(a) == "organization":
            for b in names[i + 1 :]:
                if b.endswith(" " + a):
                    parent[root(a)] = root(b)
    groups: dict[str, Group] = {}
    for c in sorted(cands, key=lambda c: c.start):
        g = groups.setdefault(root(c.name), Group(c.type, c.start))
        g.members.append(c)
        if c.type == "country" or (g.type != "country" and c.type == "group"):
            g.type = c.type
    return list(groups.values())


def _short_name(r: Rules, word: str) -> bool:
    """A company's first word can stand for it: not a common, place or title word."""
    return len(word) >= 3 and word[0].isupper() and word not in r.no_name | r.compass
