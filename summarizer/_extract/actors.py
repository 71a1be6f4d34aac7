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

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from summarizer._digest import ActorType
from summarizer._extract import ner as _ner
from summarizer._lang import LanguagePack, alternation, pack
from summarizer._lang.en import ENGLISH
from summarizer._text.segment import Document


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str  # == doc.text[start:end]


@dataclass(frozen=True)
class FoundActor:
    name: str  # the fullest form in the article, without titles
    type: ActorType
    aliases: tuple[str, ...]  # every surface form seen
    mentions: tuple[Mention, ...]
    title: str | None = None  # "Secretary of State", when stated


def _words(text: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split(sep) if w.strip())


def _alt(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _trie(words: Iterable[str]) -> str:
    """``_alt(words)`` as a trie: the same match (the longest form that fits) at a cost per
    position of the form's length, not of the number of forms (thousands of speakers)."""
    words = list(words)
    if max(map(len, words), default=0) > 100:  # too deep to nest: the plain alternation
        return _alt(words)
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


# Gazetteers: ";" between entries, "|" between a canonical name and its other forms.
_COUNTRIES = """Afghanistan;Albania;Algeria;Andorra;Angola;Argentina;Armenia;Australia;Austria;
Azerbaijan;Bahamas;Bahrain;Bangladesh;Barbados;Belarus;Belgium;Belize;Benin;Bhutan;Bolivia;Bosnia
and Herzegovina|Bosnia;Botswana;Brazil;Brunei;Bulgaria;Burkina Faso;Burundi;Cambodia;Cameroon;
Canada;Cape Verde;Central African Republic;Chad;Chile;China;Colombia;Comoros;Congo;Costa Rica;
Croatia;Cuba;Cyprus;Czech Republic|Czechia;Denmark;Djibouti;Dominican Republic;Ecuador;Egypt;
El Salvador;Equatorial Guinea;Eritrea;Estonia;Eswatini;Ethiopia;Fiji;Finland;France;Gabon;Gambia;
Georgia;Germany;Ghana;Greece;Guatemala;Guinea;Guinea-Bissau;Guyana;Haiti;Honduras;Hungary;
Iceland;India;Indonesia;Iran;Iraq;Ireland;Israel;Italy;Ivory Coast;Jamaica;Japan;Jordan;
Kazakhstan;Kenya;Kosovo;Kuwait;Kyrgyzstan;Laos;Latvia;Lebanon;Lesotho;Liberia;Libya;
Liechtenstein;Lithuania;Luxembourg;Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;Mauritania;
Mauritius;Mexico;Moldova;Monaco;Mongolia;Montenegro;Morocco;Mozambique;Myanmar|Burma;Namibia;
Nepal;Netherlands|Holland;New Zealand;Nicaragua;Niger;Nigeria;North Korea;North Macedonia;Norway;
Oman;Pakistan;Palestine;Panama;Papua New Guinea;Paraguay;Peru;Philippines;Poland;Portugal;Qatar;
Romania;Russia|Russian Federation;Rwanda;Samoa;San Marino;Saudi Arabia;Senegal;Serbia;
Sierra Leone;Singapore;Slovakia;Slovenia;Somalia;South Africa;South Korea;South Sudan;Spain;
Sri Lanka;Sudan;Suriname;Sweden;Switzerland;Syria;Taiwan;Tajikistan;Tanzania;Thailand;Togo;
Tonga;Trinidad and Tobago;Tunisia;Turkey|Türkiye;Turkmenistan;Uganda;Ukraine;United Arab
Emirates|UAE|U.A.E.;United Kingdom|U.K.|UK|Britain|Great Britain;United States|U.S.|US|USA|U.S.A.;
Uruguay;Uzbekistan;Vatican;Venezuela;Vietnam;Yemen;Zambia;Zimbabwe;England;Scotland;Wales;
Northern Ireland"""
# Organisations (o:) and groups (g:) whose names carry no head word such as "Council".
_BODIES = """o:United Nations|U.N.|UN;o:European Union|EU|E.U.;o:White House;o:Pentagon;o:Kremlin;
o:Downing Street;o:Congress;o:Senate;o:House of Representatives;o:House of Commons;o:House of
Lords;o:Parliament;o:NATO;o:World Bank;o:Red Cross;o:Amnesty International;o:Human Rights Watch;
o:Greenpeace;o:Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF;
o:SpaceX;o:Blue Origin;o:Boeing;o:Airbus;o:Lockheed Martin;o:Northrop Grumman;o:Roscosmos;
o:Google;o:Microsoft;o:Facebook;o:Twitter;o:Reuters;o:Associated Press;o:Bloomberg;o:Al Jazeera;
o:Apple;o:Amazon;o:Tesla;o:Goldman Sachs;o:Whole Foods;o:Nvidia;o:OpenAI;o:Netflix;o:Walmart;
o:JPMorgan Chase|JPMorgan;o:Morgan Stanley;o:Alphabet;o:Xinhua;o:Agence France-Presse|AFP;o:TASS;
o:Interfax;o:Kyodo;o:Yonhap;
g:Republicans;g:Democrats;g:Taliban;g:Hamas;g:Hezbollah;g:al-Qaeda|al Qaeda|Al-Qaeda;
g:Islamic State|ISIS|ISIL"""
# Capitals and big cities: a place, never a person; as a speech verb's subject ("Berlin
# confirmed") the government seated there, typed "other".
_PLACES = _words(
    """Washington;Moscow;Beijing;London;Paris;Berlin;Tokyo;Delhi;New Delhi;Kyiv;Kiev;
    Tehran;Damascus;Baghdad;Kabul;Ankara;Cairo;Riyadh;Jerusalem;Tel Aviv;Brussels;Rome;Madrid;
    Lisbon;Vienna;Warsaw;Prague;Budapest;Bucharest;Athens;Stockholm;Oslo;Copenhagen;Helsinki;
    Dublin;Ottawa;Canberra;Wellington;Seoul;Pyongyang;Taipei;Hanoi;Bangkok;Manila;Jakarta;
    Islamabad;Dhaka;Nairobi;Lagos;Abuja;Pretoria;Addis Ababa;Khartoum;Tripoli;Tunis;Algiers;
    Rabat;Doha;Dubai;Abu Dhabi;Beirut;Amman;Caracas;Havana;Bogota;Lima;Santiago;Buenos Aires;
    Brasilia;Mexico City;Geneva;Minsk;Tbilisi;Yerevan;Baku;Astana;Tashkent;Brussels;Zurich;
    Munich;Frankfurt;Hamburg;Milan;Naples;Barcelona;Marseille;Lyon;Amsterdam;Rotterdam;
    Manchester;Liverpool;Birmingham;Glasgow;Edinburgh;Belfast;Cardiff;Toronto;Montreal;
    Vancouver;Sydney;Melbourne;Auckland;Shanghai;Hong Kong;Shenzhen;Guangzhou;Mumbai;Bangalore;
    Kolkata;Chennai;Karachi;Lahore;Istanbul;Kharkiv;Odesa;Lviv;Gaza;Chicago;Boston;Houston;
    Dallas;Atlanta;Miami;Seattle;Denver;Phoenix;Detroit;Philadelphia;New York;Los Angeles;
    San Francisco;Las Vegas;New Orleans;Johannesburg;Cape Town;Casablanca;Lhasa;Sao Paulo;
    Rio de Janeiro;America;Europe;Africa;Asia;Antarctica;Oceania;Middle East""",
    ";",
)
_DEMONYMS = _words(
    """American;British;Russian;Syrian;Chinese;French;German;Italian;Spanish;Japanese;Korean;
    Iranian;Iraqi;Israeli;Palestinian;Turkish;Saudi;Egyptian;Indian;Pakistani;Afghan;Ukrainian;
    Polish;Thai;Canadian;Mexican;Brazilian;Australian;South African;African;Nigerian;Kenyan;
    Liberian;Qatari;Emirati;Lebanese;Jordanian;Libyan;Yemeni;Cuban;Venezuelan;Colombian;Argentine;
    Dutch;Belgian;Swiss;Swedish;Norwegian;Danish;Finnish;Greek;Irish;Scottish;Welsh;English;
    Portuguese;Austrian;Hungarian;Czech;Romanian;Serbian;Croatian;Belarusian;Georgian;Armenian;
    Kazakh;Indonesian;Arab;Malaysian;Vietnamese;Filipino;Ethiopian;Somali;Sudanese;Ghanaian;
    European;Asian;Western;Soviet""",
    ";",
)
# Common first names: "Donald Trump" is a person without a title or a speech verb.
_GIVEN = _words("""Aaron Abdul Abdullah Adam Ahmed Alan Alex Alexander Ali Alice Amanda Amelia Amy
    Andrea Andrew Andy Angela Ann Anna Anne Anthony Barack Barbara Ben Benjamin Bernie Bill Bob
    Boris Brian Brooke Bruce Carl Carlos Carol Catherine Charles Chris Christina Christine
    Christopher Claire Craig Dan Daniel David Deborah Dennis Donald Douglas Dmitry Edward Elena
    Elizabeth Ellen Ellie Emily Emma Emmanuel Eric Frances Francis Frank Gary George Gordon Greg
    Hannah Harry Helen Henry Hillary Ian Igor Ivan Jack James Jane Janet Jared Jason Jean Jeff
    Jennifer Jeremy Jessica Jim Joan Joe Joel John Jonathan Jose Joseph Juan Julia Julie Justin
    Karen Kate Kevin Kim Laura Lauren Linda Lisa Lori Louis Lucy Luis Margaret Maria Marie Mark
    Martin Mary Matthew Michael Michelle Mike Mohammed Muhammad Nancy Neil Nicholas Nick Nicola Oleg
    Oliver Olivia Patricia Patrick Paul Peter Philip Rachel Richard Rob Robert Roger Ronald Rosemary
    Ruth Ryan Sam Samuel Sandra Sarah Scott Sean Sergei Sergey Simon Sophie Stephanie Stephen Steve
    Steven Susan Thomas Tim Tom Tony Victor Victoria Vladimir William Yuri
    Abdel Abu Ahmad Akira Alejandro Alessandro Alexei Alexandra Alicia Amina Amir Ana Andre
    Andrés Andrei Angelo Anil Antonio Arthur Ashley Barbara Beatriz Bernard Betty Bilal Brandon
    Brenda Bruno Carla Carmen Caroline Charlotte Cheryl Christian Cynthia Daisy Darren Dean
    Debbie Denis Diana Diego Dominic Doris Dorothy Dylan Eduardo Elijah Elon Emilio Enrique Erik
    Ethan Eva Evan Fatima Felipe Fernando Fiona Francesco Francisco Franz Fred Gabriel Gavin Geoff
    Gerald Giorgio Giovanni Giuseppe Gloria Grace Graham Gustavo Hans Harold Hassan Heather Heinz
    Hiroshi Howard Hugo Hussein Ibrahim Irene Isaac Isabel Ismail Jacob Jacqueline Jaime Jamal
    Javier Jean-Claude Jennie Jerome Jesse Jorge Josef Joshua Joyce Judith Judy Jürgen Karim Karl
    Katherine Kathleen Keith Kelly Kenneth Khalid Klaus Kyle Larry Leonardo Leslie Liam Liz Lucas
    Luca Luke Lynn Mahmoud Malcolm Manuel Marco Marcus Mario Marta Martha Matt Maurice Max
    Megan Melissa Miguel Mikhail Mohamed Mohammad Monica Nadia Naomi Narendra Natalia Natalie
    Nathan Nicolas Nikolai Noah Norman Omar Oscar Pablo Pamela Paolo Pedro Pierre Pradeep Rafael
    Rahul Raj Ralph Ramon Randy Raul Ravi Rebecca Ricardo Rick Rita Roberto Rodrigo Roy Russell
    Salma Salman Samir Sanjay Sara Sebastian Sergio Shane Sharon Shirley Sofia Stefan Stuart
    Sunil Tariq Teresa Terry Theresa Todd Tommy Travis Tyler Valentina Valerie Vanessa Vijay Vincent
    Walter Wayne Wendy Xavier Yasmin Yusuf Zach Zachary Zoe""")
_STOP = ENGLISH.name_stopwords  # capitalised words that open sentences, never names
# Capitalised words that end or fill the names of things, never of people.
_THINGS = _words("""Space Telescope Center Centre Station Building Airport Street Road Avenue Square
    Park Bridge River Lake Mountain Island Islands Hospital School Stadium Hall Award Prize Cup Act
    Day Program Programme System Project Mission Camera Field Point Range Pad Complex Bay Age Ocean
    Hemisphere Sea Gulf Coast Valley County City State Province Region District Tower Palace Church
    Museum Library Festival Games Olympics Championship Tournament Series World Earth Moon Sun Mars
    Report Law Plan Deal Treaty Summit Conference Forum Week Headquarters Directorate Election
    Campaign Crew Rocket Lander Spacecraft Test Quiz Check Tool Web Deep First Prefecture
    Territory Borough Oblast Governorate Hurricane Typhoon Cyclone Storm Tropical""")
_HEADS = _words("""Council Organization Organisation Ministry Department Agency Committee
    Subcommittee Party University College Commission Court Bank Office Association Institute
    Foundation Union Federation Authority Administration Corporation Company Inc. Corp. Ltd LLC
    Group Holdings Times Industries Technologies Machines Motors Airlines Airways Network Channel
    Assembly Parliament Congress Police Army Navy Force Forces Service Society League Alliance
    Coalition Board Bureau Fund Government News Journal Division Energy Branch Pharmaceuticals
    Pharma Therapeutics Biosciences Laboratories Brands Capital Partners Ventures Systems Solutions
    Entertainment Studios Publishing Mining Petroleum Utilities Communications
    Telecom Bancorp Financial Insurance Investments Healthcare Logistics Railways
    Tribunal Broadcasting Herald Tribune Gazette Chronicle Post""")  # a body's name ends so
# Last words of a company's name, after which its first word alone names it too.
_COMPANY_TAILS = _words("""Group Holdings Pharmaceuticals Pharma Therapeutics Biosciences Brands
    Technologies Industries Systems Capital Partners Motors Airlines Airways Entertainment
    Communications Financial Bancorp Corporation Company Laboratories Solutions Ventures""")
_TITLES = _words(
    """Secretary of State;Secretary-General;Attorney General;Prime Minister;Vice President;
    President;Premier;Chancellor;Minister;Secretary;Senator;Sen.;Rep.;Congressman;Congresswoman;
    Governor;Gov.;Mayor;Ambassador;Envoy;Administrator;Commissioner;Director;Chairman;Chairwoman;
    Chief;CEO;Judge;Justice;Gen.;Col.;Lt.;Capt.;Captain;Commander;Admiral;Dr.;Dr;Doctor;Professor;
    Prof.;Sir;Dame;Lord;Lady;Mr.;Mr;Mrs.;Mrs;Ms.;Ms;Rev.;Pope;King;Queen;Prince;Princess;Sheikh;
    Speaker;Coach;Spokesman;Spokeswoman;Hon.;Officer;Councillor;Cllr;Ch Insp;Insp;Det Insp;
    Det Sgt;Det Con;Supt;Ch Supt;Sgt;PC;DC;Clerk;City Clerk;Honorable;Inspector General;
    Supervisor;Sheriff;Councilmember;Councilman;Councilwoman;Alderman;Trustee;
    Superintendent;Detective;Sergeant;Lieutenant;Trooper;Deputy;Assemblymember;Delegate;
    Supervisors""",
    ";",
)
_TITLE_WORDS = _words(" ".join(_TITLES).replace(".", "")) - {"of"} | {"Officer", "Adviser"}
# Lowercase roles right before a name ("astronaut Kimiya Yui") or in an apposition after it.
_ROLE_LIST = """minister secretary president spokesman spokeswoman spokesperson astronaut
    supervisor sheriff councilmember councilman councilwoman alderman trustee superintendent
    detective sergeant lieutenant trooper deputy provost treasurer auditor lawmaker legislator
    investigator agent firefighter paramedic official
    astronauts cosmonaut cosmonauts envoy challenger candidate captain coach senator governor mayor
    chief director administrator reporter correspondent analyst economist professor lawyer attorney
    surgeon doctor officer commander leader founder co-founder executive player striker bowler
    batter batsman scientist researcher engineer author writer activist manager chairman chairwoman
    chair pilot ambassador adviser advisor diplomat prosecutor judge head premier ceo national
    member citizen resident student teacher nurse farmer victim witness suspect defendant
    singer actor actress artist musician photographer forward guard midfielder defender
    goalkeeper keeper winger quarterback pitcher catcher outfielder infielder center centre"""
_ROLES = _trie(_words(_ROLE_LIST))
_NOT_ACRONYM = _words("""UTC GMT EST EDT CST CDT MST MDT PST PDT BST CET AM PM TV OK ID DNA RNA HIV
    AIDS GDP CEO CFO CTO USD EUR GBP COVID SARS PDF FAQ URL API AI IT PR HR VIP MP II III IV VI VII
    VIII IX XI XII XS SM MD LG XL FILE NEW LIVE WATCH READ MORE AND THE FOR NOW JOIN ET PT FM NOT NO
    YES ALL ONLY NEVER MUST WILL UPDATE EXCLUSIVE WARNING NOTE FREE BA MA BS MS MBA JD LLB LLM
    LLC LLP PLC INC CORP LTD MR MS MRS DR GEN ADM SEN REP COL LT CAPT PROF AMB SGT Q A""")
_COMPASS = _words("North South East West Northern Southern Eastern Western Central New Greater")


def _gazetteer() -> dict[str, tuple[str, ActorType]]:
    kinds: dict[str, ActorType] = {"c": "country", "o": "organization", "g": "group"}
    out: dict[str, tuple[str, ActorType]] = {}
    for entry in (_COUNTRIES + ";" + _BODIES).replace("\n", " ").split(";"):
        entry = entry.strip()
        kind, forms = (entry[0], entry[2:]) if entry[1:2] == ":" else ("c", entry)
        names = [re.sub(r"\s+", " ", f).strip() for f in forms.split("|")]
        out |= {f: (names[0], kinds[kind]) for f in names}
    return out


_GAZ = _gazetteer()
_COUNTRY = {k for k, (_, t) in _GAZ.items() if t == "country"}
_NO_NAME = _STOP | _THINGS | _HEADS | _TITLE_WORDS | _DEMONYMS | _COUNTRY | _PLACES  # no person
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_CAPW = rf"(?:(?:[A-Z]\.){{2,}}|[{_UP}][\w\-]*)"
_CAPS = rf"{_CAPW}(?: {_CAPW})*"
_WORD = rf"[{_UP}][{_LO}]+"
_NP = rf"(?:[AaEe]l-)?(?:Mc|Mac|O['’])?{_WORD}(?:-{_WORD})?"
_PART = r"(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|al|el|la|le|dos|ben)"
_NAME = rf"(?<![\w\-'’.]){_NP}(?: (?:[A-Z]\. )?(?:{_PART} )?{_NP}){{0,3}}(?![\w\-])"
_TITLE = rf"(?:{_trie(_TITLES)})(?: (?:of|for) (?:the )?{_WORD}(?: and {_WORD})?)?"
_NAME_WORDS = 10  # the most words _NAME spans: a name and three more, each with initial, particle
# The most capitalised words before a body's head word: without a bound, a long run of
# capitalised words with no head was rescanned from each of its words (quadratic).
_RUN = 12
_R_NAME = re.compile(_NAME)
_R_TITLE = re.compile(
    rf"(?P<mod>(?:{_WORD} ){{0,3}})(?P<t>(?:{_TITLE} )*{_TITLE},? )(?P<n>{_NAME})"
)
_R_ROLE = re.compile(rf"\b(?P<t>{_ROLES}),? (?P<n>{_NAME})")  # "chairman, Ralph Cordiner"
# "Steve Altemus, chief executive officer", "Nonkululeko Mlaba was the most successful bowler"
_R_ROLE_AFTER = re.compile(
    rf"(?P<n>{_NAME})(?:, (?:the |an? )?| (?:was|is|has been|became) (?:the|a|an) )"
    rf"(?:[\w\-]+ ){{0,4}}?(?i:{_ROLES})\b"
)


@cache
def _says(lang: LanguagePack) -> re.Pattern[str]:
    """A name as a speech verb's subject: "Lavrov also cautioned", "said Lori Glaze"."""
    return re.compile(
        rf"(?P<n>{_NAME})(?:, [^,.\"“”]{{1,80}},)? (?:(?:{alternation(lang.speech_adverbs)}) )?"
        rf"(?:{alternation(lang.speech_verbs)})\b"
        rf"|\b(?:{alternation(lang.speech_inverted)}) (?P<n2>{_NAME})"
    )


_R_LIST = re.compile(rf"(?:, (?:and )?| and )(?P<n>{_NAME})")
# "Criminal Division and Department of Justice": two bodies, not one; "Federal Bureau of
# Investigation" inside "San Antonio Field Office of the Federal Bureau of Investigation".
_R_SUFFIX = re.compile(r",? (?:LLC|Inc\.?|Corp\.?|Ltd\.?|Co\.|LP|L\.P\.|PLC|plc)$")
# A name as a clause's subject ("O’Mar Stanley recorded", "Webster volleys") or after "by".
_VERBISH = (
    r"(?:[a-z]{2,}(?:ed|es|s)|is|was|were|are|has|had|went|led|won|got|hit|ran|took|made|gets|sits)"
)
_R_SUBJECT = re.compile(rf"(?P<n>{_NAME}) {_VERBISH}\b(?! (?:of|by)\b)")
_R_AGENT = re.compile(
    rf"\b(?:by|to|from|with) (?P<n>{_NAME})(?![\w\-]| (?:and |of |& )?[A-Z])"
)  # not "for": "a spokesperson for Derbyshire Fire and Rescue Service"
_R_HEAD_AND = re.compile(rf"(?<=[ \w])(?:{_alt(_HEADS)}) and (?=[A-Z])")
_R_INNER = re.compile(rf" of the ((?:{_CAPW} )*(?:{_alt(_HEADS)})(?: of {_CAPW})?)$")
_R_ORG = re.compile(  # "[United Nations Security] Council", "Department [of Health]"
    rf"(?<![\w.'’\-])(?:{_CAPW} (?:and (?={_CAPW}))?){{0,{_RUN}}}(?:{_trie(_HEADS)})"
    rf"(?![\w\-]| {_CAPW})"
    rf"(?: (?:of|on|for)(?: the)? {_CAPS}(?:(?:, {_CAPS})*,? and {_CAPS})?)*"
)
_R_AMP = re.compile(rf"(?<![\w\-])(?:{_CAPW} ){{1,{_RUN}}}& {_CAPS}")  # "Sky & Telescope"
_R_GROUP = re.compile(
    rf"(?<![\w\-])(?P<n>{_CAPW}(?: {_CAPW}){{0,{_RUN}}}) (?:group|militants|movement|party)\b"
)
_R_DEMONYM_ORG = re.compile(  # "Russian foreign ministry", "Syrian government"
    rf"(?<![\w\-])(?:{_trie(_DEMONYMS)}) (?:foreign ministry|defen[cs]e ministry|ministry|"
    r"government|regime|military|parliament|embassy|cabinet|armed forces)\b"
)
_R_COUNTRY_ORG = re.compile(  # "Public Health England", "Diabetes UK": a body named for a place
    rf"(?<![\w.'’\-])(?:{_WORD} ){{1,{_RUN}}}(?:{_trie(_COUNTRY)})(?![\w\-]| {_CAPW})"
)
_R_GAZ = re.compile(rf"(?<![\w.\-])(?:{_trie(_GAZ)})(?!\w)")
_R_ACRONYM = re.compile(r"(?<![\w.&\-])[A-Z]{2,6}(?![\w&\-]| ?\d)")
_R_ARABIC = r"\b[AaEe]l-|\b(?:bin|ibn) "
_R_ARTICLE = re.compile(r"^[AaEe]l-")  # "al-Assad" is "Assad" alone
_R_INITIAL = re.compile(rf"[A-Z]\.|{_PART}")


@cache
def _mask(lang: LanguagePack) -> re.Pattern[str]:
    """Links, e-mail, markdown link targets, a dateline ("NEW YORK (CBS) --", "XIGAZE,
    Tibet, April 29 (Xinhua) --"), a stock ticker ("(NASDAQ: TLRY; TSX: TLRY)")."""
    return re.compile(
        r"https?://\S+|www\.\S+|(?<!\S)\S[^\s@]*+@\S+\.\w+|\]\([^)]*\)"  # e-mail: a word's start
        rf"|^{lang.dateline}"
        r"|^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?=,[^\n]{1,60}?(?:--|—|–))"
        r"|\([A-Z][A-Za-z ]{1,15}: ?[A-Z][A-Z.\-]{0,7}"
        r"(?:[;,] ?[A-Z][A-Za-z ]{1,15}: ?[A-Z.\-]{1,8})*\)",
        re.MULTILINE,
    )


@dataclass
class _Cand:
    start: int
    end: int  # text[start:end] is the surface, title included
    type: ActorType
    name: str  # what the surface names, titles stripped
    title: str | None = None


class _Text:
    """The article as the rules read it: links and dateline blanked; ``prose`` also lacks chrome."""

    def __init__(self, doc: Document) -> None:
        self.lang = pack(doc.language)
        self.scan = _mask(self.lang).sub(lambda m: " " * len(m.group()), doc.text)
        self.prose = re.sub(r"[^\n]+", _blank_chrome, self.scan)
        heads = (
            (s.start, len(s.text) - len(re.sub(r"^[\W_]*", "", s.text))) for s in doc.sentences
        )
        self.starts = {p for start, skip in heads for p in (start, start + skip)}
        self.lower = set(re.findall(r"(?<![\w\-'’])[a-z][\w\-]*", doc.text))
        self.capitals = Counter(re.findall(r"(?<![\w\-'’])[A-Z][\w\-]*", self.prose))
        self.things: set[str] = set()  # "James Webb" of "James Webb Space Telescope" names a thing
        for m in re.finditer(rf"(?:{_CAPW} )+{_CAPW}", self.prose):
            words = m.group().split()
            for j in (j for j, w in enumerate(words) if j and (w in _THINGS or w in _HEADS)):
                # A name has at most _NAME_WORDS words: longer prefixes are never looked up.
                self.things |= {" ".join(words[i:j]) for i in range(max(0, j - _NAME_WORDS), j)}

    def common(self, word: str, start: int) -> bool:
        """A stop word, or a sentence opener the article also writes in lowercase ("Teams")."""
        return word in _STOP or (start in self.starts and word.lower() in self.lower)


def _blank_chrome(m: re.Match[str]) -> str:
    """A line with no lowercase word of 4+ letters (headline, menu, byline) names no one new;
    a publisher's label ("Press Release: ...") names the issuing body and stays."""
    line = m.group()
    if re.match(r"\W*(?:Press Release|Media Release|Source|Issued by|Published by):", line):
        return line
    return line if re.search(r"(?<![\w\-'’])[a-z]{4,}", line) else " " * len(line)


def find_actors(doc: Document) -> list[FoundActor]:
    """People, organisations and countries of the article, aliases merged, ordered by first
    mention."""
    t = _Text(doc)
    cands, links = _bodies(t)
    known = {c.name for c in cands} | {t.prose[c.start : c.end] for c in cands}
    found = cands + _people(t, known)
    found += _bare(t, found)
    from summarizer._extract.actor_cues import cued  # it builds on this module's rules

    extra = cued(t, found)
    owned = {c.name[:-2] for c in extra if c.name.endswith(("’s", "'s"))}  # "Saint Mary’s"
    found = [c for c in found if c.name not in owned] + extra
    surfaces = {t.scan[c.start : c.end] for c in extra if c.title}  # transcript labels
    labels = {s for s in surfaces if s.isupper()}
    found = [c for c in found if c.type == "person" or c.name not in labels]  # "KIRBY:"
    groups = {c.name.casefold() for c in extra if c.type == "group"}  # "Witnesses said"
    found = [c for c in found if not (c.type == "person" and c.name.casefold() in groups)]
    family = {c.name.split()[0] for c in found if c.type == "person" and " " in c.name}
    for c in found:  # "Xi" after "Xi Jinping": the person, by a family name written first
        if c.type == "other" and c.name in family and len(c.name) <= 4:
            c.type = "person"
    entities = _ner.entities(doc.text)
    if entities is not None:  # the ner extra: names without a cue, and places that are not people
        found = _with_entities(t, found, entities, known)
    return _merge(t, found, links)


def _bare(t: _Text, found: list[_Cand]) -> list[_Cand]:
    """One word with no cue, written twice or more and never in lowercase, as a clause's
    subject or after "by"/"to"/"with": a live blog's players ("Webster volleys", "headed
    over by Otasowie") and teams ("Brighton were").  Typed "other": nothing says which."""
    taken = {_bare_al(w) for c in found for w in c.name.split()}  # "al-Assad"
    out: list[_Cand] = []
    seen: set[str] = set()
    for rx in (_R_SUBJECT, _R_AGENT):
        for m in rx.finditer(t.prose):
            word, start = m["n"], m.start("n")
            if " " in word or word in seen | taken | _NO_NAME | t.things or word in _GAZ:
                continue
            if word.lower() in t.lower or t.capitals[word] < 2:
                continue
            seen.add(word)
            out.append(_Cand(start, start + len(word), "other", word))
    return out


def _with_entities(
    t: _Text, cands: list[_Cand], entities: list[_ner.Entity], known: set[str]
) -> list[_Cand]:
    """spaCy's entities as further candidates; the rules' own candidates win where they overlap.

    A place spaCy sees where a rule saw a person ("Berlin confirmed") is no person.  A new
    name must still pass the rules' checks (no stop word, thing, title or place in it).
    """
    places = {(e.start, e.end) for e in entities if e.label == "country"}
    out = [c for c in cands if not (c.type == "person" and (c.start, c.end) in places)]
    taken = sorted((c.start, c.end) for c in out)
    for e in entities:
        start, end = e.start, e.end - (2 if re.search(r"['’]s$", e.text) else 0)
        if not t.prose[start:end].strip() or any(a < end and start < b for a, b in taken):
            continue
        word = t.prose[start:end]
        if " " not in word and (word.lower() in t.lower or t.scan.count(word) < 2):
            continue  # one bare word, written once or also in lowercase: too weak alone
        if e.label == "person" and _R_NAME.fullmatch(t.prose[start:end]):
            found = _name(t, start, end, 1, known)
            if found:
                out.append(_Cand(found[0], found[1], "person", found[2]))
        elif e.label == "organization":
            c = _body(t, start, end, "organization")
            words = c.name.split() if c else []
            if (
                c
                and words
                and not set(words) & (_STOP | _THINGS | _TITLE_WORDS)
                and (len(words) > 1 or c.name.isupper() or c.name.lower() not in t.lower)
            ):
                out.append(c)
    return out


def _body(t: _Text, start: int, end: int, kind: ActorType, name_end: int = 0) -> _Cand | None:
    """The span less leading stop words, a trailing title or date; None if only a head is left."""
    for m in re.finditer(r"\S+", t.prose[start:end]):
        if not (t.common(m.group(), start + m.start()) or m.group() in ("the", "The")):
            start += m.start()
            break
    else:
        return None
    if person := _R_TITLE.search(t.prose, start, end):  # "... of Justice [Inspector General X]"
        at = person.start("t")
        if re.search(r" (?:of|for)(?: the)? $", t.prose[start:at]):  # "of [Justice] Inspector"
            at = t.prose.index(" ", at) + 1
        if start < at < person.end() and person.end() >= end - 3:
            end = at - 1
    while (w := t.prose[start:end].rsplit(" ", 1))[-1] in _TITLE_WORDS and len(w) > 1:
        if re.search(r" (?:of|for)(?: the)?$", w[0]):  # "Department of Justice" keeps its title
            break
        end -= len(w[-1]) + 1  # "Ministry of Lands [Minister]"
    end = start + len(re.sub(r" (?:of|for|on)(?: the)?$", "", t.prose[start:end]))
    cut = re.search(r" (?:of|on|for)(?: the)?((?: [A-Z]\w+)+)$", t.prose[start:end])
    if cut and set(cut.group(1).split()) <= _STOP:
        end = start + cut.start()  # "Ministry of Information [on Thursday]"
    name = t.prose[start : name_end or end]
    return None if name in _HEADS | _TITLE_WORDS else _Cand(start, end, kind, name)


def _bodies(t: _Text) -> tuple[list[_Cand], list[tuple[str, str]]]:
    """Countries, organisations and groups, and (acronym, expansion) pairs."""
    text, out, links, not_org = t.prose, [], [], set()
    for m in _R_GAZ.finditer(text):
        out.append(_Cand(m.start(), m.end(), _GAZ[m.group()][1], _GAZ[m.group()][0]))
    spans = [
        (m.start(), m.end()) for rx in (_R_ORG, _R_AMP, _R_DEMONYM_ORG) for m in rx.finditer(text)
    ]
    for start, end in spans:
        for part in _parts(text, start, end):
            out += filter(None, [_body(t, *part, "organization")])
    for m in _R_GROUP.finditer(text):  # "the Islamic State group", "Democratic party"
        party = m.group().endswith("party")
        c = _body(
            t, m.start(), m.end(), "organization" if party else "group", m.end(0 if party else 1)
        )
        if c and not set(c.name.split()) & (_DEMONYMS | _COUNTRY):
            c.name, c.type = _GAZ.get(c.name, (c.name, c.type))
            out.append(c)
    for m in _R_COUNTRY_ORG.finditer(text):
        c = _body(t, m.start(), m.end(), "organization")
        lead = set(c.name.split()[:-1]) if c else set()
        if c and lead and c.name not in _GAZ and not lead & (_TITLE_WORDS | _DEMONYMS | _COMPASS):
            out.append(c)
    for m in _says(t.lang).finditer(text):  # "Berlin confirmed": the government seated there
        name = m["n"] or m["n2"]
        if name in _PLACES:
            g = "n" if m["n"] else "n2"
            out.append(_Cand(m.start(g), m.end(g), "other", name))
    for short, long, start in _expansions(text):
        if _orgish(long):
            out.append(_Cand(start, start + len(long), "organization", long))
            links.append((short, long))
        else:
            not_org.add(short)  # "SLS (Space Launch System)" is a rocket
    for m in _R_ACRONYM.finditer(text):
        word, near = m.group(), text[max(0, m.start() - 9) : m.end() + 9]
        if word in _NOT_ACRONYM | not_org or word in _GAZ:
            continue
        if not re.search(rf"[A-Z]{{2,}}[ \-/]+{word}\b|\b{word}[ \-/]+[A-Z]{{2,}}", near):
            out.append(_Cand(m.start(), m.end(), "organization", word))  # no run of capitals
    return out, links


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A body's span split at "<Head> and ", plus a body named after its parent's "of the"."""
    out, at = [], start
    for m in _R_HEAD_AND.finditer(text, start, end):
        out.append((at, m.end() - 5))
        at = m.end()
    out.append((at, end))
    if inner := _R_INNER.search(text, at, end):
        out.append((inner.start(1), end))
    return out


def _expansions(text: str) -> Iterable[tuple[str, str, int]]:
    """'Public Health England (PHE)', 'CSA (Canadian Space Agency)': (short, long, long's start)."""
    for m in re.finditer(r"\(([^()\n]{2,80})\)", text):
        inner = m.group(1).strip()
        before = re.split(r"[,.;:()\n]", text[max(0, m.start() - 160) : m.start()])[-1]
        offset = m.start() - len(before)
        if re.fullmatch(r"[A-Z][A-Za-z]{1,7}", inner) and sum(c.isupper() for c in inner) > 1:
            words = list(re.finditer(r"[\w\-&]+(?:['’]s)?", before))
            for k in range(1, min(len(words), 3 * len(inner) + 2) + 1):
                long = re.sub(r"['’]s$", "", before[words[-k].start() : words[-1].end()])
                if long[0] == inner[0] and _subsequence(inner.lower(), long.lower()):
                    yield inner, long, offset + words[-k].start()
                    break
        elif (short := re.search(r"(?<![\w.])([A-Z]{2,6}) $", before)) and _subsequence(
            short[1].lower(), inner.lower()
        ):
            yield short[1], inner, m.start(1)


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _kind(name: str) -> str:
    return _GAZ[name][1] if name in _GAZ else ""


def _orgish(name: str) -> bool:
    last = name.split()[-1]
    named_for_place = " " in name and last in _COUNTRY and name not in _GAZ  # "Diabetes UK"
    body = _kind(name) in ("organization", "group")
    return bool(_R_ORG.fullmatch(name) or last in _HEADS or body or named_for_place)


def _people(t: _Text, known: set[str]) -> list[_Cand]:
    """People: after a title or role, before a role or speech verb, by first name, by list."""
    text, out = t.prose, []

    def add(start: int, end: int, minimum: int, title: str | None = None, at: int = -1) -> bool:
        found = _name(t, start, end, minimum, known)
        if found:
            out.append(_Cand(at if at >= 0 else found[0], found[1], "person", found[2], title))
        return found is not None

    bad = _STOP | _DEMONYMS | _COUNTRY | _HEADS
    for m in _R_TITLE.finditer(text):  # modifiers up to a stop word or a place: "Russian [Sports]"
        mods = m["mod"].split()
        mods = next((mods[i:] for i in range(len(mods)) if not set(mods[i:]) & bad), [])
        title, start, words = " ".join([*mods, m["t"].strip(" ,")]), m.start("n"), m["n"].split()
        of = bool(re.search(r" (?:of|for) ", title))  # "Minister of Foreign Affairs Sergey Lavrov"
        if of and len(words) > 2 and words[0] not in _GIVEN:
            title, start = f"{title} {words[0]}", start + len(words[0]) + 1
        add(start, m.end("n"), 2 if of else 1, title, m.start("t") - sum(len(w) + 1 for w in mods))
    for m in _R_ROLE.finditer(text):
        add(m.start("n"), m.end("n"), 2, m["t"])
    for m in _R_ROLE_AFTER.finditer(text):
        add(m.start("n"), m.end("n"), 2)
    for m in _says(t.lang).finditer(text):  # "Lavrov cautioned", "said Lori Glaze"
        g = "n" if m["n"] else "n2"
        add(m.start(g), m.end(g), 1)
    for m in _R_NAME.finditer(text):
        initial = re.fullmatch(rf"{_NP} [A-Z]\. {_NP}", m.group())  # "Glenn A. Fine"
        if m.group().split()[0] in _GIVEN or initial or re.search(_R_ARABIC, m.group()):
            add(m.start(), m.end(), 2)
    for rx in (_R_SUBJECT, _R_AGENT):
        for m in rx.finditer(text):
            add(m.start("n"), m.end("n"), 2)
    for c in list(out):  # the other names in a list with a person: "Mary Varnham, John Morrison"
        pos = c.end
        while " " in c.name and (r := _R_LIST.match(text, pos)) and add(r.start(1), r.end(1), 2):
            pos = r.end()
        pos = c.end - len(c.name)
        while " " in c.name:
            lo = max(0, pos - 80)
            left = re.search(rf"({_NAME})(?:, and |, | and )$", text[lo:pos])
            if not (left and add(lo + left.start(1), lo + left.end(1), 2)):
                break
            pos = lo + left.start(1)
    return out


def _name(
    t: _Text, start: int, end: int, least: int, known: set[str]
) -> tuple[int, int, str] | None:
    """The span as a person's name, or None: no stop word, thing, title or place in it."""
    words = [(start + m.start(), m.group()) for m in re.finditer(r"\S+", t.prose[start:end])]
    while words and (t.common(words[0][1], words[0][0]) or words[0][1] in _TITLE_WORDS | _DEMONYMS):
        words.pop(0)
    while words and (words[-1][1] in _STOP | _THINGS or _R_INITIAL.fullmatch(words[-1][1])):
        words.pop()
    core = [w for _, w in words if not _R_INITIAL.fullmatch(w)]
    if not least <= len(core) <= 4 or set(core) & _NO_NAME:
        return None
    a, b = words[0][0], words[-1][0] + len(words[-1][1])
    name = t.prose[a:b]
    return None if name in known or name in _GAZ or name in t.things else (a, b, name)


def _bare_al(word: str) -> str:
    """The word without an Arabic article: "al-Assad" is "Assad" (asked per mention)."""
    return word[3:] if word[:3] in ("al-", "Al-", "el-", "El-") else word


def _key(word: str) -> str:
    """A surname as compared: "al-Assad" is "assad"."""
    return _bare_al(word).casefold()


def _distance(a: str, b: str) -> int:
    """Levenshtein distance: "Tillison" is two edits from "Tillerson"."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


@dataclass
class _Group:
    type: ActorType
    start: int
    names: list[str] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)  # surface forms to look for in the text
    title: str | None = None
    titled: set[str] = field(default_factory=set)  # names a title delimited: the surest


def _merge(t: _Text, cands: list[_Cand], links: list[tuple[str, str]]) -> list[FoundActor]:
    """Candidates into actors; every form of an actor is then looked for in the whole text."""
    groups = _merge_bodies(t, [c for c in cands if c.type != "person"], links)
    groups += _merge_people(t, [c for c in cands if c.type == "person"])
    owner: dict[str, int] = {}
    for i, g in enumerate(groups):
        owner |= {f: i for f in g.forms if f not in owner}
    found: list[list[Mention]] = [[] for _ in groups]
    for m in re.finditer(rf"(?<!\w)(?:{_trie(owner)})(?!\w)", t.scan) if owner else ():
        found[owner[m.group()]].append(Mention(m.start(), m.end(), m.group()))
    actors = []
    for g, mentions in zip(groups, found, strict=True):
        if not mentions:  # only inside a longer name: "... of the Federal Bureau of Investigation"
            inner = (re.search(rf"(?<!\w){re.escape(f)}(?!\w)", t.scan) for f in sorted(g.forms))
            mentions = [Mention(m.start(), m.end(), m.group()) for m in inner if m][:1]
        if not mentions:
            continue
        full = [n for n in g.names if not n.isupper()] or g.names
        # A titled full name is the surest; a titled surname ("Ms Sturgeon") is no fuller.
        rank = {
            n: (n in g.titled and " " in n, n.count(" ") * (g.type == "person"), len(n))
            for n in full
        }
        name = max(full, key=rank.__getitem__)
        name = _GAZ[name][0] if name in _GAZ else name
        aliases = tuple(dict.fromkeys([name, *(m.text for m in mentions)]))
        actors.append(FoundActor(name, g.type, aliases, tuple(mentions), g.title))
    return sorted(actors, key=lambda a: a.mentions[0].start)


def _merge_bodies(t: _Text, cands: list[_Cand], links: list[tuple[str, str]]) -> list[_Group]:
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
    bare = {_R_SUFFIX.sub("", n): n for n in names if _R_SUFFIX.search(n)}  # "HEXO Corp."
    for n in names:
        if n in bare and bare[n] != n:
            parent[root(n)] = root(bare[n])
    for i, a in enumerate(names):
        if (" " in a and a.split()[-1] in _HEADS) or _kind(a) == "organization":
            for b in names[i + 1 :]:
                if b.endswith(" " + a):
                    parent[root(a)] = root(b)
    groups: dict[str, _Group] = {}
    for c in sorted(cands, key=lambda c: c.start):
        g = groups.setdefault(root(c.name), _Group(c.type, c.start))
        g.names.append(c.name)
        g.forms |= {c.name, t.scan[c.start : c.end], _R_SUFFIX.sub("", c.name)}  # "CMB Export"
        words = _R_SUFFIX.sub("", c.name).split()
        company = _R_SUFFIX.search(c.name) or words[-1] in _COMPANY_TAILS
        if c.type == "organization" and len(words) > 1 and company and _short_name(words[0]):
            g.forms.add(words[0])  # "Tilray" for "Tilray Brands, Inc."
        g.forms |= {f for f, v in _GAZ.items() if v[0] == c.name}  # "U.S." for "United States"
        if c.type == "country" or (g.type != "country" and c.type == "group"):
            g.type = c.type
    return list(groups.values())


def _short_name(word: str) -> bool:
    """A company's first word can stand for it: not a common, place or title word."""
    return len(word) >= 3 and word[0].isupper() and word not in _NO_NAME | _COMPASS


def _same_person(a: list[str], b: list[str]) -> bool:
    return a[0] == b[0] or set(a) <= set(b) or set(b) <= set(a)


def _merge_people(t: _Text, cands: list[_Cand]) -> list[_Group]:
    """Full names first; a lone surname joins the full name it shortens (or a near spelling)."""
    groups: list[_Group] = []
    by_key: dict[str, list[_Group]] = {}  # surname -> its groups, in order (so no scan of all)
    by_prefix: dict[str, list[tuple[str, _Group]]] = {}  # surname's first two letters -> same
    by_first: dict[str, list[_Group]] = {}  # a full name's first word -> its groups
    for c in sorted(cands, key=lambda c: (" " not in c.name, c.start)):
        words = c.name.split()
        key = _key(words[-1])
        same = by_key.get(key, [])
        if " " in c.name:  # another first name is another person
            same = [g for g in same if any(_same_person(n.split(), words) for n in g.names)]
        elif not same and len(key) >= 6:  # "Tillison" for "Tillerson"
            same = [g for k, g in by_prefix.get(key[:2], [])
                    if _distance(k, key) <= (2 if len(key) >= 8 else 1)]  # fmt: skip
        elif not same and len(key) <= 4:  # "Xu" for "Xu Bo": family name first
            same = by_first.get(key, [])
        before = [g for g in same if g.start <= c.start]
        g = before[-1] if before else same[0] if same else _Group("person", c.start)
        if not same:
            groups.append(g)
            by_key.setdefault(key, []).append(g)
            by_prefix.setdefault(key[:2], []).append((key, g))
            if len(words) > 1:
                by_first.setdefault(words[0].casefold(), []).append(g)
        g.names.append(c.name)
        g.forms |= {c.name, t.scan[c.start : c.end], words[-1], _bare_al(words[-1])}
        if len(words) > 2 and re.fullmatch(_PART, words[-2]):  # "de Mistura", "De Mistura"
            g.forms |= {" ".join(words[-2:]), f"{words[-2].capitalize()} {words[-1]}"}
        g.start, g.title = min(g.start, c.start), g.title or c.title
        g.titled |= {c.name} if c.title else set()
    return groups


def resolve(name: str, actors: Sequence[FoundActor]) -> FoundActor | None:
    """The actor a name (as a model or a rule wrote it) refers to: exact alias, surname,
    case-insensitive; None if unknown."""
    text = re.sub(r"^(?:the|The)\s+|['’]s?$", "", name.strip().strip("\"'“”‘’")).strip()
    words = text.split()
    while len(words) > 1 and (words[0] in _TITLE_WORDS or words[0] in _DEMONYMS):
        words = words[1:]
    whole = name.strip().strip("\"'“”‘’")  # "Saint Mary’s" keeps its "’s"
    for form in filter(None, dict.fromkeys((whole, text, " ".join(words)))):
        exact = [a for a in actors if form in (a.name, *a.aliases)]
        fold = form.casefold()
        folded = [a for a in actors if fold in {f.casefold() for f in (a.name, *a.aliases)}]
        if exact or folded:
            return (exact or folded)[0]
    if not words:
        return None
    last, given = _key(words[-1]), words[0].casefold() if len(words) > 1 else None
    people = [
        a for a in actors if a.type in ("person", "other") and _key(a.name.split()[-1]) == last
    ]
    first = [a for a in people if a.name.split()[0].casefold() == given]
    return first[0] if first else people[0] if people else None
