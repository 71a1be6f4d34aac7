"""Language packs: every word list the rules read, per language, and a cheap check of the text.

Code's rules (speakers, quotes, dates, chrome, support) read words, and words belong to a
language.  A ``LanguagePack`` holds them as plain data, one module per language
(``en.py``); ``pack(code)`` looks one up.  A caller picks the language (``language=``,
``--language``); ``Document.language`` carries it to the rules, which build their
regexes from ``pack(doc.language)`` through ``functools.cache`` (once per pack, never
per call).  Text that does not read as the chosen language is refused by
``check_language`` before any rule runs: English rules never run on German text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from summarizer._exceptions import InputError, UsageError

__all__ = [
    "DEFAULT",
    "LanguagePack",
    "NameWords",
    "UnsupportedLanguage",
    "alternation",
    "available",
    "check_language",
    "owned_person",
    "pack",
    "stopword_ratio",
    "trie",
]

DEFAULT = "en"
SAMPLE_CHARS = 4000  # enough words to tell a language apart, cheap on any article
MIN_SAMPLE_WORDS = 20  # fewer words than this tell nothing reliable: not refused


@dataclass(frozen=True)
class NameWords:
    """The words the actor rules read (``_extract/actor_*``): gazetteers, titles, roles."""

    countries: str  # gazetteer: ";" between entries, "|" between a canonical name and others
    bodies: str  # the same, each entry "o:" (organisation) or "g:" (group)
    places: frozenset[str]  # capitals and big cities: a place, never a person
    demonyms: frozenset[str]
    given: frozenset[str]  # common first names
    things: frozenset[str]  # words ending the names of things ("Telescope"), never of people
    heads: frozenset[str]  # words ending a body's name ("Council")
    company_tails: frozenset[str]  # after these a company's first word alone names it
    titles: frozenset[str]  # before a name ("Prime Minister")
    # lowercase, without a period: the titles that go before a surname only ("Mr Taylor" is
    # no "Taylor Swift"; "Mrs May" is a person, not a month)
    courtesy: frozenset[str]
    # of those, the ones some presses also put before a given name: "Dr Johari" after "Dr
    # Johari Awang Besar", "Dr Mahathir" (Malay, Arab and Indonesian usage)
    courtesy_given: frozenset[str]
    # (a short form, the given names it stands for): "Jim", (James,); a lone "Jim" is the one
    # person whose full name opens with one of them (pairs, so that the pack stays hashable)
    diminutives: tuple[tuple[str, tuple[str, ...]], ...]
    # of the titles, capitals a company's name opens with too ("DS Smith", "TD Garden", "MP
    # Materials"): a person's title only before a full name ("MP Anneliese Dodds")
    acronym_titles: frozenset[str]
    title_words: frozenset[str]  # the words of titles, one by one
    roles: frozenset[str]  # lowercase roles before or after a name ("astronaut")
    not_acronym: frozenset[str]  # capitals that are no organisation ("UTC", "CEO")
    compass: frozenset[str]  # "North", "New": no company's short name
    modals: tuple[str, ...]  # regex alternations from here on keep their order
    irregular: tuple[str, ...]  # irregular past forms: a clause's verb
    copulas: frozenset[str]
    bare_nouns: frozenset[str]  # nouns written bare at a sentence's start ("Rain fell")
    never: frozenset[str]  # capitalised, never an actor ("Covid", "God")
    team_tails: frozenset[str]  # "<Place> City": a team
    plural_roles: tuple[str, ...]  # a group that speaks ("officials")
    quantifiers: frozenset[str]  # no qualifier of a plural role ("some officials")
    people_nouns: tuple[str, ...]  # an unnamed person ("the whistleblower")
    label_abbreviations: tuple[str, ...]  # a transcript label's title ("DR.")
    label_titles: tuple[str, ...]  # the same, written in full ("SECRETARY")
    not_speakers: frozenset[str]  # line labels that name no speaker ("Q:", "Editor:")
    institutions: tuple[str, ...]  # a place that speaks is its institution ("Hospital")
    object_verbs: tuple[str, ...]  # their object is a person or a body ("told", "met")
    function_words: frozenset[str]  # no qualifier of a role ("and", "told")
    plural_verbs: tuple[str, ...]  # bare verbs after a plural subject ("rail workers plan")
    team_roles: tuple[str, ...]  # a team's coach or player ("Alabama head coach")
    code_body_nouns: frozenset[str]  # after "RSU 34": a body's ("an RSU 34 request")
    given_female: frozenset[str] = frozenset()  # first names usually a woman's
    given_male: frozenset[str] = frozenset()  # and a man's (``quote_gender``)
    # a country's name that is as often a first name ("Chad Murray"), and a title's word that
    # is as often a surname after a given name ("Stephen King"): a name's words, there
    country_given: frozenset[str] = frozenset()
    title_surnames: frozenset[str] = frozenset()
    school_tails: frozenset[str] = frozenset()  # "Asheville High": a school, its team


@dataclass(frozen=True)
class LanguagePack:
    """One language's lexicons; plain data, hashable, so regexes built from it are cached."""

    code: str  # ISO 639-1, the report's ``lang`` attribute
    name: str
    dateparser: tuple[str, ...]  # dateparser's ``languages``
    stopwords: frozenset[str]  # function words: language detection, chrome's prose test
    min_stopword_ratio: float  # below this share of stopwords a text is not this language
    # A short line made only of these words, one a page object, is a page control ("Next
    # article", "Print this page", "Link copied"), whatever the outlet.
    nav_words: frozenset[str]
    nav_objects: frozenset[str]
    # Speech: "X said", '"...," said X', "saying ..."; checks, claims, quotes and actors alike.
    speech_verbs: frozenset[str]
    # Of those, forms that are also nouns or ask rather than assert ("U.S. claims regarding",
    # "Moyer asked for the records", "spoke to reporters", "pleaded guilty", "pleaded with
    # the court to"): a speaker, not a claim alone.
    speech_not_claims: frozenset[str]
    speech_inverted: frozenset[str]  # verbs that come before their subject: '"...," said X'
    speech_plain: frozenset[str]  # the plainest: a quote's speaker in the next sentence
    speech_participles: frozenset[str]
    # Verbs that open a quoted characterisation in their clause ("dismissed the deal as
    # “...”") but name no speaker alone (a school "dismissed early"): quotes only.
    speech_judging: frozenset[str]
    speech_adverbs: frozenset[str]  # between a subject and its verb: "X also said"
    subject_pronouns: frozenset[str]  # "he said": points back to the last speaker
    # Dates.
    months: tuple[tuple[str, ...], ...]  # per month: full name first, then abbreviations
    weekdays: tuple[str, ...]  # Monday first
    time_words: tuple[str, ...]  # words that make a phrase about time ("ago", "Easter")
    dateline: str  # regex: a wire dateline opening the lead ("NEW YORK (AP) --")
    number_words: tuple[tuple[str, int], ...]  # "two years": counted ahead
    span_verbs: tuple[str, ...]  # take a year as a span of time ("spent 2019 abroad")
    # support(): content words, lightly stemmed.
    content_stopwords: frozenset[str]  # words that carry no content for support()
    stem_suffix: str  # stripped from a word's end ("talks" and "talk")
    stem_length: int  # then its first letters compared
    # Capitalised words that open sentences but never names ("The", "Monday").
    name_stopwords: frozenset[str]
    names: NameWords  # the actor rules' gazetteers and word lists
    # Quotes: a speaker described, not named.
    speaker_body_nouns: frozenset[str]  # "the company said": a body the article named before
    speaker_person_nouns: frozenset[str]  # "the actor said": the person the story is about
    # "the chancellor said", "the actor said": an office or a calling the person named last
    # may hold though the article gave no title; a party's role ("the driver", "the judge",
    # "the manager") is as often someone new, after the victim or the defendant was named
    speaker_office_nouns: frozenset[str]
    # "a witness said", "his sister told": a person described; the description is the speaker
    speaker_described_nouns: frozenset[str]
    # words that end such a description: a relative clause, a preposition, a verb's start
    # ("a witness who ...", "a resident of ...", "a neighbour said")
    description_ends: frozenset[str]
    # of those, the words opening a qualifier of the description, not a new clause ("a source
    # close to the talks said", "a man who lives opposite said")
    description_qualifiers: frozenset[str]
    state_bodies: frozenset[str]  # of the body nouns, those a country speaks through
    indefinites: frozenset[str]  # "a witness said", "his daughter said": nobody named
    possessives: frozenset[str]  # "his widow Millicent": whose the person named next is
    # Sentences: lowercase words whose period may not end one ("dr", "u.s").
    abbreviation_titles: frozenset[str]  # never end a sentence
    abbreviation_suffixes: frozenset[str]  # "St.", "Jr.": go on before any name
    abbreviations: frozenset[str]  # all of them, titles and suffixes included
    # A state's abbreviation ("vt", "calif"): written with its period before a title, the
    # state's ("Vt. Health Commissioner Dr. Mark Levine"), never a one-word name.
    state_abbreviations: frozenset[str]
    # A title's abbreviation (lower case, no period) -> the words a story calls the holder
    # by later ("Ald. Tom Tunney" ... "the alderman wrote").
    title_words: tuple[tuple[str, tuple[str, ...]], ...]
    sentence_starters: frozenset[str]  # after an abbreviation, these open a new sentence
    continues_after_abbreviation: frozenset[str]  # "U.S. Army", "p.m. Monday"
    after_initial: frozenset[str]  # "Plan B. The ...": a sentence after an initial

    def __hash__(self) -> int:
        # Caches key on the pack for every text they see: hashing all its word lists (the
        # generated hash rehashes every tuple each time) cost more than the lookups.
        return hash(self.code)

    def month_numbers(self) -> dict[str, int]:
        """Every month form (lowercase) -> 1..12."""
        return {form.lower(): i for i, forms in enumerate(self.months, 1) for form in forms}

    def month_prefix(self) -> str:
        """Regex, lowercase: a month by its abbreviation's letters and any more ("sept.")."""
        heads = {f.lower() for forms in self.months for f in (forms[1:] or forms[:1])}
        return rf"(?:{alternation(heads)})[a-z]*\.?"


class UnsupportedLanguage(InputError):
    """The text does not read as the chosen language and no pack fits: no rule ran."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "says" wins over "say")."""
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


def trie(words: Iterable[str]) -> str:
    """``alternation(words)`` as a trie: the same match (the longest form that fits) at a
    cost per position of the form's length, not of the number of forms (thousands of
    speakers; the sixty number words the numbers check tries at every word)."""
    words = list(words)
    if max(map(len, words), default=0) > 100:  # too deep to nest: the plain alternation
        return alternation(words)
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})" if alts else ""
        return f"(?:{body})?" if "" in node and body else body

    return emit(root)


@cache
def owned_person(lang: LanguagePack) -> re.Pattern[str]:
    """A person described by whose they are, ending right before their name: "His widow ",
    "her late husband ", "Their lawyer, ".  Searched ending at a name's start, it types a
    one-word name as a person and makes that name a sentence's subject."""
    owners = alternation(w for p in lang.possessives for w in (p, p.capitalize()))
    nouns = alternation(lang.speaker_described_nouns)
    # whose: "His", "their", or a name's possessive ("Thornton's mother, Dorothy,")
    return re.compile(rf"(?:\b(?:{owners})|[A-Z][\w\-]*['’]s) (?:[a-z]+ )?(?:{nouns})(?:,? )?$")


def _registry() -> dict[str, LanguagePack]:
    from summarizer._lang.en import ENGLISH

    return {p.code: p for p in (ENGLISH,)}


def available() -> tuple[str, ...]:
    """The codes of the packs that exist."""
    return tuple(sorted(_registry()))


@cache
def pack(code: str = DEFAULT) -> LanguagePack:
    """The pack for ``code`` ("en"); a code with no pack is a usage error naming the packs."""
    found = _registry().get(code.strip().lower())
    if found is None:
        raise UsageError(
            f"no language pack for {code!r}; available: {', '.join(available())} "
            "(see README, Languages)"
        )
    return found


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def stopword_ratio(text: str, lang: LanguagePack) -> tuple[float, int]:
    """Share of the first ``SAMPLE_CHARS`` characters' words that are ``lang``'s stopwords."""
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    if not words:
        return 0.0, 0
    return sum(w in lang.stopwords for w in words) / len(words), len(words)


def check_language(text: str, lang: LanguagePack, origin: str = "the article") -> None:
    """Refuse text that does not read as ``lang``: its rules would find wrong things silently.

    The check is a stopword ratio on the start of the text (microseconds); a text too
    short to judge passes.  Raises ``UnsupportedLanguage`` (exit 3).
    """
    ratio, n = stopword_ratio(text, lang)
    if n >= MIN_SAMPLE_WORDS and ratio < lang.min_stopword_ratio:
        raise UnsupportedLanguage(
            f"{origin} does not read as {lang.name} ({ratio:.0%} {lang.name} stopwords, "
            f"expected at least {lang.min_stopword_ratio:.0%}); packs: {', '.join(available())}"
        )
