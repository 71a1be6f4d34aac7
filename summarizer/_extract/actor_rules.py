"""The actor rules' regexes: name shapes here, word lists' regexes built once per language pack.

Shapes (a capitalised word, a name of up to four words) hold for any Latin-script
language; the regexes built from word lists (titles, roles, gazetteers) come from
``pack.names`` through ``rules(lang)``, cached, so they are compiled once per pack.  The
little words written inside the regexes ("of the", "by", "and") are English: the
pipeline refuses text that does not read as the chosen pack's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from summarizer._digest import ActorType
from summarizer._lang import LanguagePack, alternation, trie
from summarizer._text.scan import every_field_prefiltered, prefiltered

# Latin letters by case, the Latin-1 ranges and, listed, those of Latin Extended-A and B and
# Latin Extended Additional ("Erdoğan", "Nguyễn Phú Trọng"), whose cases alternate.
_EXTENDED = [chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
# A glottal stop inside a Pacific name ("Papali’i", "Vaa’i"); never "’s", "’ll", "’re".
_GLOTTAL = r"(?:['’](?!(?:s|ll|re|ve|d|t|m)(?![a-z]))[a-z]{1,10})"
# A word's letters are taken whole (possessive "*+", "++"): what follows a word in every
# pattern here starts with no letter (a space, a mark, "-", a quote, a lookaround failing
# before a letter), so giving letters back never made a match, only retried the rest of
# the pattern once per letter at every capital of the text.
CAPW = rf"(?:(?:[A-Z]\.){{2,}}|[{_UP}][\w\-]*+{_GLOTTAL}?)"
CAPS = rf"{CAPW}(?: {CAPW})*"
WORD = rf"[{_UP}][{_LO}]++"
# A romanised given name's second syllable is lower-case ("Kim Moon-soo", "Ma Kai-chung"),
# after a one-letter one in a Thai name ("Prayut Chan-o-cha");
# the English words a hyphen ties to a name ("Obama-era", "Moscow-based") are no syllable.
_SYLLABLE = (
    r"-(?!(?:based|led|era|run|born|made|owned|style|like|wide|free|only|long|term|old|backed|"
    r"linked|bound|year|day|week|time|up|out|on|off|over|and|or)(?![a-z]))[a-z]{2,5}(?![\w\-])"
)
# An Arabic or Urdu name's article tied in by hyphens ("Bahaa-el-din", "Zia-ul-Haq").
_LINK = r"(?:al|el|ul|ud|ur|ad|ed)"
# A surname's particle written into it keeps its capital ("DeWine", "LaRose", "LeBron",
# "FitzPatrick").
# "D'Andre", "De'Aaron" too; and a given name of two initials ending or starting in J, as
# sports pages write it ("A.J. Brown", "T.J. Watt", "CJ Stroud", "J.D. Vance"): never "U.S."
NP = (
    rf"(?:(?:[A-Z]\.J\.|J\.[A-Z]\.|[A-Z]J)(?= [{_UP}][{_LO}])"
    rf"|(?:[AaEe]l-)?(?:Mc|Mac|O['’]|D['’]|De['’]?|La|Le|Di|Du|Da|Fitz)?"
    rf"(?:{WORD}{_GLOTTAL}?(?:-{WORD})?|[{_UP}][{_LO}]{{1,4}}+(?:-[a-z](?=-))?{_SYLLABLE}"
    rf"|{WORD}-{_LINK}-[{_UP}{_LO}][{_LO}]{{1,10}}+))"
)
PART = r"(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|al|el|la|le|dos|ben)"
# Arabic particles written with a capital inside a name ("Sultan Bin Saad Al Muraikhi"): not
# words of their own for the name's length, and never a name's first word here ("Al Gore").
ARABIC_PARTS = frozenset(("Bin", "Ibn", "Bint", "Al", "El"))
ARABIC_PART = rf"(?:{'|'.join(sorted(ARABIC_PARTS))})"
# A nickname in quotation marks inside the name ('Aquilino "Koko" Pimentel'), a generational
# suffix after it ("Reynaldo Santos Jr.", "Pimentel III").
_NICK = r"(?:[\"“'‘][A-Z][a-z]+[\"”'’] )"
_SUFFIX = r"(?:,? (?:Jr|Sr)\.|,? (?:II|III|IV)(?![\w\-]))"
NAME = (
    rf"(?<![\w\-'’.]){NP}(?: (?:[A-Z]\. )?{_NICK}?(?:(?:{PART}|{ARABIC_PART}) ){{0,2}}"
    rf"(?!(?:Jr|Sr)\b){NP}){{0,3}}"
    rf"{_SUFFIX}?(?![\w\-])"
)
NAME_WORDS = 13  # the most words NAME spans: a name, three more with initial and two particles
# The most capitalised words before a body's head word: without a bound, a long run of
# capitalised words with no head was rescanned from each of its words (quadratic).
RUN = 12
R_NAME = re.compile(NAME)
R_LIST = re.compile(rf"(?:, (?:and )?| and )(?P<n>{NAME})")
# "Criminal Division and Department of Justice": two bodies, not one; "Federal Bureau of
# Investigation" inside "San Antonio Field Office of the Federal Bureau of Investigation".
R_SUFFIX = re.compile(r",? (?:LLC|Inc\.?|Corp\.?|Ltd\.?|Co\.|LP|L\.P\.|PLC|plc)$")
# A name as a clause's subject ("O’Mar Stanley recorded", "Webster volleys") or after "by".
# English verb shapes ("-ed", "-s") and irregular forms.
VERBISH = (
    r"(?:[a-z]{2,}(?:ed|es|s)|is|was|were|are|has|had|went|led|won|got|hit|ran|took|made|gets|sits)"
)
R_SUBJECT = re.compile(rf"(?P<n>{NAME}) {VERBISH}\b(?! (?:of|by)\b)")
R_AGENT = re.compile(
    rf"\b(?:by|to|from|with) (?P<n>{NAME})(?![\w\-]| (?:and |of |& )?[A-Z])"
)  # not "for": "a spokesperson for Derbyshire Fire and Rescue Service"
R_AMP = re.compile(rf"(?<![\w\-])(?:{CAPW} ){{1,{RUN}}}& {CAPS}")  # "Sky & Telescope"
# A centre named for its cause is a body ("Centers for Disease Control and Prevention",
# "Johns Hopkins Center for Health Security"); a centre named for a place is a building.
R_CENTER_FOR = re.compile(
    rf"(?<![\w\-])(?:{CAPW} ){{0,4}}(?:Centers?|Centres?) (?:for|on) (?:the )?{CAPS}"
    rf"(?:(?:, {CAPS})*,? and {CAPS})?"
)
# "the United Food and Commercial Workers union": "and" may join the name's words.
R_GROUP = re.compile(
    rf"(?<![\w\-])(?P<n>{CAPW}(?: (?:and )?{CAPW}){{0,{RUN}}}) "
    r"(?:group|militants|movement|party|union|administration)\b"
)
R_ACRONYM = re.compile(r"(?<![\w.&\-])[A-Z]{2,6}(?![\w&\-]| ?\d)")
R_ARABIC = r"\b[AaEe]l-|\b(?:bin|ibn) "
R_ARTICLE = re.compile(r"^[AaEe]l-")  # "al-Assad" is "Assad" alone
R_INITIAL = re.compile(rf"[A-Z]\.|{PART}")
# The finders run over whole texts behind a lookahead of their first characters (_text.scan).
R_NAME, R_SUBJECT, R_AMP, R_GROUP, R_ACRONYM = map(
    prefiltered, (R_NAME, R_SUBJECT, R_AMP, R_GROUP, R_ACRONYM)
)
R_AGENT, R_LIST = prefiltered(R_AGENT), prefiltered(R_LIST)


def bare_al(word: str) -> str:
    """The word without an Arabic article: "al-Assad" is "Assad" (asked per mention)."""
    return word[3:] if word[:3] in ("al-", "Al-", "el-", "El-") else word


def _gazetteer(countries: str, bodies: str) -> dict[str, tuple[str, ActorType]]:
    kinds: dict[str, ActorType] = {"c": "country", "o": "organization", "g": "group"}
    out: dict[str, tuple[str, ActorType]] = {}
    for entry in (countries + ";" + bodies).replace("\n", " ").split(";"):
        entry = entry.strip()
        kind, forms = (entry[0], entry[2:]) if entry[1:2] == ":" else ("c", entry)
        names = [re.sub(r"\s+", " ", f).strip() for f in forms.split("|")]
        out |= {f: (names[0], kinds[kind]) for f in names}
    return out


def _forms_by_name(gaz: dict[str, tuple[str, ActorType]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for form, (name, _) in gaz.items():
        out.setdefault(name, set()).add(form)
    return {name: frozenset(forms) for name, forms in out.items()}


@dataclass(frozen=True)
class Rules:
    """One pack's name lexicons and the regexes built from them."""

    stop: frozenset[str]  # capitalised words that open sentences, never names
    things: frozenset[str]
    heads: frozenset[str]
    company_tails: frozenset[str]
    title_words: frozenset[str]
    demonyms: frozenset[str]
    places: frozenset[str]
    given: frozenset[str]
    not_acronym: frozenset[str]
    compass: frozenset[str]
    gaz: dict[str, tuple[str, ActorType]]  # every form -> (canonical name, type)
    gaz_by_name: dict[str, frozenset[str]]  # canonical name -> its forms (gaz read backwards)
    country: frozenset[str]
    no_name: frozenset[str]  # no word of a person's name
    title: re.Pattern[str]  # modifiers, titles, a name: "Foreign Minister Sergey Lavrov"
    role: re.Pattern[str]  # "chairman, Ralph Cordiner"
    role_after: re.Pattern[str]  # "Steve Altemus, chief executive officer"
    says: re.Pattern[str]  # a name as a speech verb's subject
    head_and: re.Pattern[str]
    # "Ministry of Health and Ministry of Local Government": "and" before a head word that
    # opens a body of its own
    and_head: re.Pattern[str]
    inner: re.Pattern[str]
    org: re.Pattern[str]  # "[United Nations Security] Council", "Department [of Health]"
    demonym_org: re.Pattern[str]  # "Russian foreign ministry", "Syrian government"
    country_org: re.Pattern[str]  # "Public Health England", "Diabetes UK"
    gaz_forms: re.Pattern[str]
    mask: re.Pattern[str]  # links, e-mail, a dateline, a stock ticker
    mask_no_mail: re.Pattern[str]  # the same, for a text with no "@"

    def kind(self, name: str) -> str:
        """The gazetteer's type of ``name``, or ""."""
        return self.gaz[name][1] if name in self.gaz else ""


@cache
def rules(lang: LanguagePack) -> Rules:
    """``lang``'s actor rules, compiled once per pack; those that scan whole texts behind
    a lookahead of their first characters (``_text.scan``: the same matches, faster)."""
    r = _rules(lang)
    return every_field_prefiltered(replace(
        r,
        title=prefiltered(r.title),
        says=prefiltered(r.says),
        role_after=prefiltered(r.role_after),
        head_and=prefiltered(r.head_and),
        and_head=prefiltered(r.and_head),
        org=prefiltered(r.org),
        demonym_org=prefiltered(r.demonym_org),
        mask=prefiltered(r.mask),
        mask_no_mail=prefiltered(r.mask_no_mail),
    ))  # fmt: skip


def _rules(lang: LanguagePack) -> Rules:
    w = lang.names
    gaz = _gazetteer(w.countries, w.bodies)
    country = frozenset(k for k, (_, t) in gaz.items() if t == "country")
    stop = lang.name_stopwords
    no_name = stop | w.things | w.heads | w.title_words | w.demonyms | country | w.places
    # "Minister for Agriculture and Food", "Minister for Housing, Local Government and
    # Heritage": a list of portfolios ends in "and" (else a name after a comma would be one)
    title = (
        rf"(?:{trie(w.titles)})(?: (?:of|for) (?:the )?{WORD}"
        rf"(?:(?:, {WORD}(?: {WORD})?)*,? and (?:the )?{WORD})?)?"
    )
    roles = trie(w.roles)
    return Rules(
        stop=stop,
        things=w.things,
        heads=w.heads,
        company_tails=w.company_tails,
        title_words=w.title_words,
        demonyms=w.demonyms,
        places=w.places,
        given=w.given,
        not_acronym=w.not_acronym,
        compass=w.compass,
        gaz=gaz,
        gaz_by_name=_forms_by_name(gaz),
        country=country,
        no_name=no_name,
        title=re.compile(
            rf"(?P<mod>(?:{WORD} ){{0,3}})(?P<t>(?:{title} )*{title},? )(?P<n>{NAME})"
        ),
        role=re.compile(rf"\b(?P<t>{roles}),? (?P<n>{NAME})"),
        # "Steve Altemus, chief executive officer", "Nonkululeko Mlaba was the most
        # successful bowler"
        role_after=re.compile(
            rf"(?P<n>{NAME})(?:, (?:the |an? )?| (?:was|is|has been|became) (?:the|a|an) )"
            rf"(?:[\w\-'’]+ ){{0,4}}?(?i:{roles})\b"
        ),
        # "Lavrov also cautioned", "said Lori Glaze"
        says=re.compile(
            # "The United Steelworkers (USW) today said": its acronym and the day between
            rf"(?P<n>{NAME})(?: \([A-Z][A-Za-z]{{1,7}}\))?(?: (?:today|yesterday|tonight))?"
            rf"(?:, [^,.\"“”]{{1,80}},)? (?:(?:{alternation(lang.speech_adverbs)}) )?"
            rf"(?:{alternation(lang.speech_verbs)})\b"
            rf"|\b(?:{alternation(lang.speech_inverted)}) (?P<n2>{NAME})"
        ),
        head_and=re.compile(rf"(?<=[ \w])(?:{alternation(w.heads)}) and (?=[A-Z])"),
        and_head=re.compile(rf" and (?=(?:{alternation(w.heads)}) (?:of|for|on) [A-Z])"),
        inner=re.compile(rf" of the ((?:{CAPW} )*(?:{alternation(w.heads)})(?: of {CAPW})?)$"),
        org=re.compile(
            rf"(?<![\w.'’\-])(?:(?:{CAPW}|[SMF]t\.) (?:and (?={CAPW}))?){{0,{RUN}}}"
            # "U.S. Attorney’s Office", and "Sheriff ’s Office" with a page's stray space
            rf"(?:(?:{trie(w.title_words)}) ?['’]s )?(?:{trie(w.heads)})"
            rf"(?![\w\-]| {CAPW})"
            rf"(?: (?:of|on|for)(?: the)? {CAPS}(?:(?:, {CAPS})*,? and {CAPS})?)*"
        ),
        demonym_org=re.compile(
            rf"(?<![\w\-])(?:{trie(w.demonyms)}) (?:foreign ministry|defen[cs]e ministry|"
            r"ministry|government|regime|military|parliament|embassy|cabinet|armed forces)\b"
        ),
        country_org=re.compile(
            rf"(?<![\w.'’\-])(?:{WORD} ){{1,{RUN}}}(?:{trie(country)})(?![\w\-]| {CAPW})"
        ),
        gaz_forms=re.compile(rf"(?<![\w.\-])(?:{trie(gaz)})(?!\w)"),
        mask=re.compile(_mask(lang, _MAIL), re.MULTILINE),
        mask_no_mail=re.compile(_mask(lang, ""), re.MULTILINE),
    )


# An e-mail address, from a word's start: tried at every word, the costliest part of the
# mask, and no text without an "@" holds one.
_MAIL = r"|(?<!\S)\S[^\s@]*+@\S+\.\w+"


def _mask(lang: LanguagePack, mail: str) -> str:
    """Links, ``mail``, a dateline, a stock ticker: an alternation, so that without its
    e-mail branch, in a text no e-mail address is in, it matches just what it did."""
    return (
        rf"https?://\S+|www\.\S+{mail}|\]\([^)]*\)"
        rf"|^{lang.dateline}"
        r"|^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?=,[^\n]{1,60}?(?:--|—|–))"
        r"|\([A-Z][A-Za-z ]{1,15}: ?[A-Z][A-Z.\-]{0,7}"
        r"(?:[;,] ?[A-Z][A-Za-z ]{1,15}: ?[A-Z.\-]{1,8})*\)"
    )
