"""Page chrome judged on features of a line and its neighbours, not on phrase lists alone.

``_cleaning`` drops the chrome its tables name exactly; this pass catches what those
tables cannot list: lists of other stories' headlines (a run of short lines without final
punctuation after the story began, or anything headline-shaped after its last sentence),
photo captions' credits, calls to action, print-edition and section notes, time stamps,
labels, and paragraphs repeated verbatim.  Each rule looks at shapes (length, capitals,
final punctuation, stopword density, position) so it carries over to outlets nobody
wrote a rule for, and each errs on keeping: a line with quotation marks, or a sentence
of ordinary prose, is never called chrome by shape alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import Field, dataclass, replace
from typing import Any, ClassVar, Protocol, TypeVar

from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered

# The patterns below are whole English phrases (calls to action, credits, page notes, stamps):
# they stay here as phrases, not word lists.  Their words that are lists (stopwords, month
# names) come from the English pack, at module level: chrome is read before a Document exists.
_I = re.IGNORECASE | re.VERBOSE
_STOP = ENGLISH.stopwords  # chrome is read before segmenting; the text is checked English
_QUOTE_MARKS = re.compile(r"[\"“”«»]|(?:^|\s)['‘]|['’](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_MONTH = ENGLISH.month_prefix()
_CLOCK = (
    r"\d{1,2}(?::\d\d)+\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|"
    r"\d{1,2}(?:\.\d\d)?\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
_R_DATE = re.compile(_DATE, re.I)  # compiled once: as a string, re's cache could drop it
_R_CLOCK = re.compile(_CLOCK, re.I)
_R_STAMP_VERB = re.compile(r"\b(?:updated|posted|published|modified)\b", re.I)
# "Feb 09, 2016 07:00 AM", "on October 21, 2013 at 5:15 PM, updated October 21, 2013 at
# 7:39 PM", "Updated 5:15 PM EST": when the page was published or changed, not an event.
_STAMP = re.compile(
    rf"""^(?:(?:on|posted|published|updated|last\ updated|modified)\b:?\s*)?
        (?:{_DATE}|(?:\w+day,?\s+)?{_MONTH}\s+\d{{1,2}})?,?\s*(?:at\s+)?(?:{_CLOCK})?
        (?:,?\s*(?:updated|modified)\b:?\s*(?:on\s+)?{_DATE}?,?\s*(?:at\s+)?(?:{_CLOCK})?)?$""",
    _I,
)
# Calls to action: the reader is asked to do something on the page.
_CTA = re.compile(
    r"""^(?:sign\ up|subscribe|share|follow|read\ more|read\ the\ full|continue\ reading|
        tell\ us|click|tap|join\ (?:us|now|the)|
        get\ (?:the|our)\ (?:free\ |daily\ |weekly\ )?(?:latest|newsletters?|app)|
        enter\ your\ e-?mail|(?:contact|email|e-mail|reach)\ the\ (?:reporter|writer|author)|
        download\ (?:the|our)|listen\ (?:to|now)|watch\ (?:now|live|the\ full)|
        check\ back|email\ the\ author|more\ must-reads|want\ (?:more|weekly|daily)\b)\b""",
    _I,
)
_CTA_ANYWHERE = re.compile(
    r"\?\s*sign\ up\b|\bsign\ up\ (?:now|here|today|for\ (?:our|the)\ .{0,40}newsletter)\b|"
    r"\bwe(?:'|’)re\ interested\ in\ your\ feedback\b|\btell\ us\ what\ you\ think\b|"
    r"\|\s*follow\ on\ \w+|\bsubscribe\ to\ (?:our|the)\ .{0,30}newsletter\b|"
    r"\b(?:like|follow)\ us\ on\b|\bhave\ a\ (?:news\ )?(?:tip|story\ idea)\?|"
    r"^report\ (?:an\ )?(?:error|typo)\b|\bleave\ a\ (?:comment|reply)\b|"
    r"\bdelivered\ (?:straight\ |directly\ )?to\ your\ inbox\b|"
    r"\bfollow\ (?:him|her|them|me)\ on\ \w+|"
    # link text left without its link: "The full list can be found here."
    r"\b(?:can|may|is|are)\ (?:be\ )?(?:found|read|seen|viewed|watched|accessed|available)\ "
    r"(?:in\ full\ )?here\.?$",
    _I,
)
# A pointer to another page: a short label with a reading verb or a list word, a colon,
# then a headline ("ALSO READ: ...", "See also: ...", "MORE COVERAGE: ...").
_POINTER = re.compile(
    r"""^(?:also\ read|read\ also|see\ also|recommended(?:\ for\ you)?|more\ coverage|
        related\ (?:stories|story|coverage|articles?|links?|reading)|further\ reading|
        more\ (?:from|on|about)\b[^:]{0,30}|listen|don'?t\ miss|must[-\ ]reads?|
        editor'?s\ picks?|top\ (?:stories|headlines)|you\ (?:may|might)\ also\ like)
        \s*:\s*(?P<rest>.*)$""",
    _I,
)
# A stamp with a label and a date but no clock: "Updated: March 24, 2014", "Posted on
# March 24, 2014 by Jane Smith".
_LABELLED_DATE = re.compile(
    rf"""^(?:posted|published|updated|last\ updated|first\ published|modified)\b:?\s*
        (?:on\s+)?(?:\w+day,?\s+)?{_DATE}(?:,?\s*(?:at\s+)?(?:{_CLOCK}))?
        (?:\s*[|·•,]?\s*(?:last\ )?(?:updated|modified)\b:?\s*(?:on\s+)?(?:\w+day,?\s+)?{_DATE}
        (?:,?\s*(?:at\s+)?(?:{_CLOCK}))?)?
        (?:\s+by\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}})?$""",
    _I,
)
# Notes about the page rather than the story.
_PAGE_NOTE = re.compile(
    r"""^(?:a\ version\ of\ this\ (?:article|story)\ appears\ in\ print\b|
        from\ the\ section\b|this\ (?:article|story)\ (?:was|has\ been)\ (?:updated|corrected)\b|
        the\ following\ press\ release\ was\ published\b|tag\ archive\ for\b|
        found\ \d[\d,]*\ (?:posts|results|articles)\b|\(information\ provided\ by\b|
        related\s*:\s*\S.{0,150}$|.{1,60},\ page\ \d+$|
        (?:category|tags?|filed\ under|section|topics?|posted\ in)\s*:\s*\S|
        this\ (?:article|story)\ (?:was\ )?(?:originally|first)\ (?:published|appeared)\b|
        our\ standards\s*:|story\ continues\ (?:below|after)\b|
        (?:page\ )?last\ (?:reviewed|updated|modified)\s*:|content\ source\s*:|
        editor'?s\ note\s*:|
        this\ (?:article|story|page)\ is\ (?:more\ than|over)\ \w+\ (?:years?|months?)\ old\b)""",
    _I,
)
# Rights notices and wire credits: the page's, whatever the outlet ("Copyright 2023 The
# Associated Press. All rights reserved.", "Reporting by X; Editing by Y", "X contributed
# to this report.").
_RIGHTS = re.compile(
    r"\ball\ rights\ reserved\b|\bmay\ not\ be\ (?:published|reproduced|redistributed)\b", _I
)
# A photo described as a photo ("In this Sept. 10, 2017 file photo, ...", "This satellite
# image provided by NOAA shows ...", "Photo shows ..."): a caption, with or without credit.
_CAPTION = re.compile(
    r"""^(?:file\s*[-–—:]\s*)?(?:in\ this\ (?:[\w.,\-]+\ ){0,6}?(?:file\ )?(?:photo|image|
        picture|frame\ grab|video\ grab|handout|screenshot)s?\b|
        this\ (?:[\w\-]+\ ){0,3}?(?:photo|image|picture|screenshot)s?\ (?:provided|released|
        taken|made|obtained|shows|from)\b|(?:photo|picture|image)s?\ (?:shows?|taken)\b)""",
    _I,
)
# Press-release furniture: the issuer line and the wire's link, and the legal tail.
_RELEASE_LINE = re.compile(
    r"^(?:(?-i:SOURCE):?\ [A-Z].{0,80}|view\ (?:original|source)\ (?:content|version)\b.*|"
    r"logo\ [-–—]\ https?://\S+)$",
    _I,
)
_LEGAL_TAIL = re.compile(
    r"^(?:cautionary\ )?(?:(?:note|statement|information)s?\ (?:regarding|concerning|about|on)\ )?"
    r"(?:forward[-\ ]looking\ (?:statements?|information)|safe\ harbou?r\ statement)"
    r"(?:\ and\ [\w\ ]{1,40})?:?$",
    _I,
)
# Words that only a picture's description uses, next to a credit.
_CAPTION_WORDS = re.compile(
    r"\b(?:file\ (?:photo|image)|photo\ (?:shows|taken)|pictured|poses?\ for|is\ seen|are\ seen|"
    r"\((?:left|right|center|centre|l|r|c|top|bottom|front|back)\)|in\ this\ (?:photo|image))",
    _I,
)
_WIRE_CREDIT = re.compile(
    r"""^\(?(?:(?:additional\ )?reporting|writing|editing|compiled|produced)\ by\b
        [^()]{0,200}?(?:;|\band\b|,)\s*(?:additional\ reporting|writing|editing)\ by\b|
        [^"“”]{0,120}\bcontributed\ (?:reporting\ )?to\ this\ (?:report|story|article)\.?$""",
    _I,
)
# Credits: "Credit Name/Agence France-Presse — Getty Images", "(AP Photo/Evan Vucci)",
# "(Xinhua/ Chogo) Photo Gallery", "(Mark Tower | Mlive.com)", "Photo: ...", "IMG_1.JPG".
_AGENCY = (
    r"(?:getty\ images|agence\ france-presse|afp|associated\ press|ap|reuters|epa|xinhua|"
    r"shutterstock|alamy|pool|nasa|(?<![\w.\-])[\w.\-]{1,40}\.(?:com|org|net|co\.uk))"
)
_CREDIT_TAIL = re.compile(
    rf"""\s*(?:\((?:ap\ photo|photo|xinhua|[^()|]{{1,40}}\|\s*{_AGENCY}|
        (?:[^()/]{{0,40}}\s[^()/]{{0,40}}|{_AGENCY})/[^()]{{0,40}}?)[^()]{{0,60}}\)
        (?:\s+photo\ gallery)?|
        (?:credit|photograph|photo|image|picture)s?:?\s+[^.!?]{{1,60}}/\s*{_AGENCY}
        (?:\s*[—–-]\s*getty\ images)?|
        (?:photograph|photo|image|picture)s?(?:\ credit)?:\s*(?-i:[A-Z])[\w\ .'’&/-]{{1,60}}?\.?|
        \(?{_AGENCY}\ photo\)?\s+photo\ gallery)\s*$""",
    _I,
)
_CREDIT_LINE = re.compile(
    r"""^(?:credits?\b.{1,80}|.{0,60}[/—–-]\s*getty\ images|
        (?:photo|photograph|image|picture|illustration)s?(?:\ credit)?\s*[:|]\s*.{1,80}|
        \(?(?:ap\ photo|photo\ by)\b.{0,80}|[\w\ ()\-]{1,60}\.(?:jpe?g|png|gif|webp)|
        \(?(?:(?:photo|image|picture)s?\ )?courtesy\ (?:of\ )?[A-Z][^.!?]{0,60}\)?|
        (?:photography|illustration|video|graphic|images?)\ by\ [A-Z][^.!?]{0,60})$""",
    _I,
)
# A press office's contact run inside a line: "WWW.USDOJ.GOV CRM (202) 514-2008 TDD (202) ...".
_CONTACT_RUN = re.compile(
    r"(?:\s*(?:(?i:www)\.|https?://)\S+)?(?:\s+[A-Z]{2,5}:?\s+\(?\d{3}\)?[\s.-]?\d{3}-\d{4}){2,}"
)
# A photo or graphic credited by a name alone: "Daniel Walters graphic", "Jane Doe photo".
_NAME_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’.\-]*\s+){1,3}(?:graphic|photo|photograph|illustration|video)s?$"
)
# A feed reader's collapse toggle, with the mangled date before it: "., 21 .[−]".
_WIDGET_TAIL = re.compile(r"(?:,[\s\d.]{0,12})?\[[−+x×-]\]$")
_WEB_ADDRESS = re.compile(r"\b[\w\-]{2,40}\.(?:com|org|net|co\.uk|gov)\b", re.IGNORECASE)
_CTA_LEAD = re.compile(r"(?:continue\ reading|read\ more)\s*(?:\.{3}|…)\s*", _I)
_BYLINE = re.compile(r"^(?:by|and)\s+[A-Z]", re.UNICODE)
_PULL = re.compile(r"[^\"“”:]{3,80}:\s*[\"“](?P<q>[^\"“”]{30,400})[\"”]\s*$")
_PULL_READS = 20
_R_NAME_ONLY = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\.?")  # who is pictured
_CREDIT_HINT = re.compile(r"credit|photo|picture|image|getty|gallery", re.IGNORECASE)
_TAIL_CHARS = 160  # a credit is looked for at a line's end only (and in linear time)
_LIST_RUN = 3  # this many headline-shaped lines in a row, inside the story, are other stories
_TAIL_MAX = 16  # words: a longer line after the last sentence is still read as story

# The patterns searched through a line behind a lookahead of their first characters (scan).
_R_DATE, _R_CLOCK, _R_STAMP_VERB, _CTA_ANYWHERE, _CONTACT_RUN, _CREDIT_HINT = map(
    prefiltered, (_R_DATE, _R_CLOCK, _R_STAMP_VERB, _CTA_ANYWHERE, _CONTACT_RUN, _CREDIT_HINT)
)
_CAPTION_WORDS, _QUOTE_MARKS, _WIDGET_TAIL = map(
    prefiltered, (_CAPTION_WORDS, _QUOTE_MARKS, _WIDGET_TAIL)
)


class LineLike(Protocol):
    """A cleaning line (a dataclass): its text as written and without markup."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def raw(self) -> str: ...
    @property
    def plain(self) -> str: ...
    @property
    def bullet(self) -> bool: ...


_L = TypeVar("_L", bound=LineLike)


@dataclass(frozen=True)
class Verdict:
    """Lines to drop, and lines to keep with a trailing credit cut off."""

    drop: dict[int, str]  # line index -> why
    trim: dict[int, tuple[str, str]]  # line index -> (kept text, cut credit)


def judge(lines: Sequence[LineLike]) -> Verdict:
    plains = [ln.plain for ln in lines]
    drop: dict[int, str] = {}
    trim: dict[int, tuple[str, str]] = {}
    seen: set[str] = set()
    for i, plain in enumerate(plains):
        why = _own_shape(plain)
        if why is None and plain in seen and len(plain.split()) >= 4:
            why = "repeated"
        seen.add(plain)
        if why is not None:
            drop[i] = why
            continue
        tail = max(0, len(plain) - _TAIL_CHARS)
        hint = plain.endswith(")") or _CREDIT_HINT.search(plain, tail)  # cheap test first
        m = _CREDIT_TAIL.search(plain, tail) if hint else None
        if m and m.start() > 0 and not _QUOTE_MARKS.search(m.group()):
            kept = plain[: m.start()].rstrip()
            if _CAPTION_WORDS.search(kept) or _R_NAME_ONLY.fullmatch(kept):
                drop[i] = "caption"  # "... poses for a photo (AP Photo/X)", "Gregory Wong."
            elif _SENTENCE_END.search(kept) or len(kept.split()) >= 8:
                trim[i] = (kept, m.group().strip())
            else:
                drop[i] = "caption"
        elif (m := _CTA_LEAD.match(plain)) and m.end() < len(plain):
            trim[i] = (plain[m.end() :], m.group().strip())  # "Continue reading...February 12"
        elif (m := _WIDGET_TAIL.search(plain, max(0, len(plain) - 20))) and m.start() > 0:
            trim[i] = (plain[: m.start()].rstrip(), m.group())
        elif m := _CONTACT_RUN.search(plain):
            trim[i] = (plain[: m.start()] + plain[m.end() :], m.group().strip())
    for i in [i for i, why in drop.items() if why in ("caption", "credit")]:
        # an image's alt text above its caption: "Ventus Lau" / "Ventus Lau Photo: ..."
        above = plains[i - 1].rstrip(".") if i and i - 1 not in drop else ""
        if above and headline_shaped(above) and plains[i].startswith(above):
            drop[i - 1] = "caption"
    for i in [i for i, why in drop.items() if why == "credit"]:  # "Name graphic" / "/" / "Outlet"
        j = i + 1 + (i + 1 < len(plains) and plains[i + 1].strip() in ("/", "|"))
        if j < len(plains) and len(plains[j].split()) == 1 and headline_shaped(plains[j]):
            drop.update({k: "credit" for k in range(i + 1, j + 1)})
    drop.update(_pull_quotes(plains, drop))
    sentences = [0 if i in drop else _prose_words(p) for i, p in enumerate(plains)]
    prose = [i for i, n in enumerate(sentences) if n >= 6]
    ended = [i for i, n in enumerate(sentences) if n >= 3]
    if len(prose) > 1 and _section_blurb(plains, prose[0], prose[1], drop):
        drop[prose.pop(0)] = "section description"
    legal = next(
        (i for i in range(prose[0] if prose else 0, len(plains)) if _legal(plains[i])), None
    )
    if legal is not None:  # a release's legal tail runs to the end of the page
        drop.update((i, "legal tail") for i in range(legal, len(plains)))
        prose = [i for i in prose if i < legal]
        ended = [i for i in ended if i < legal]
    if prose:
        drop.update(_head(lines, prose[0], drop))
        drop.update((i, "time stamp") for i in range(prose[0], len(lines)) if is_stamp(plains[i]))
        drop.update(_runs(lines, prose[0], drop))
        drop.update(_tail(lines, ended[-1], drop))
    return Verdict(drop, trim)


def _own_shape(plain: str) -> str | None:
    """Why this line alone is chrome, or None."""
    words = plain.split()
    if _PAGE_NOTE.match(plain):
        return "page note"
    if _other_script(plain):
        return "other script"
    if _QUOTE_MARKS.search(plain) and not _CTA_ANYWHERE.search(plain):
        return None
    if (m := _POINTER.match(plain)) and (not m["rest"] or headline_shaped(m["rest"])):
        return "pointer"
    if _LABELLED_DATE.match(plain):
        return "time stamp"
    if _CAPTION.match(plain) and len(words) <= 80:
        return "caption"
    if len(words) <= 20 and _RELEASE_LINE.match(plain):
        return "release furniture"
    if len(words) <= 40 and _RIGHTS.search(plain):
        return "rights notice"
    if len(words) <= 40 and _WIRE_CREDIT.match(plain):
        return "credit"
    if is_stamp(plain) and _R_STAMP_VERB.search(plain):
        return "time stamp"
    if (_CREDIT_LINE.match(plain) and len(words) <= 14) or _NAME_CREDIT.match(plain):
        return "credit"
    if _nav(words):
        return "page control"
    if len(words) <= 30 and _CTA_ANYWHERE.search(plain):
        return "call to action"
    if _CTA.match(plain) and len(words) <= 16 and _WEB_ADDRESS.search(plain):
        return "call to action"  # "Check back at MLive.com/Saginaw for updates."
    if _CTA.match(plain) and (len(words) <= 4 or not _SENTENCE_END.search(plain)):
        # "Continue reading...February 12, 2018": a date stays (its link is trimmed)
        return None if _R_DATE.search(plain) else "call to action"
    return None


def _pull_quotes(plains: Sequence[str], drop: dict[int, str]) -> dict[int, str]:
    """A label, a colon and a quotation the story quotes again elsewhere ("Dan Zubich about
    the regular season: "How do you get 91 points? ...""): a pull quote or a video's
    caption, with the headline-shaped title right above it.  At most ``_PULL_READS`` lines
    are looked up in the text, so a page of such lines stays linear."""
    out: dict[int, str] = {}
    whole = "\n".join(plains)
    reads = 0
    for i, plain in enumerate(plains):
        m = _PULL.match(plain) if i not in drop and len(plain) < 600 else None
        if m is None:
            continue
        reads += 1
        if reads > _PULL_READS:
            break
        said = m["q"].strip()
        first = whole.find(said)
        if first >= 0 and whole.find(said, first + 1) >= 0:
            out[i] = "pull quote"
            above = plains[i - 1] if i and i - 1 not in drop else ""
            if above and headline_shaped(above, 4) and not _QUOTE_MARKS.search(above):
                out[i - 1] = "pull quote"
    return out


def _other_script(plain: str) -> bool:
    """A line written mostly in a script other than Latin (an embedded post in Chinese):
    the story is read as English, so it is not the story's prose."""
    letters = [c for c in plain if c.isalpha()]
    other = sum(not ("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f") for c in letters)
    return other >= 2 and other > len(letters) / 2


def _nav(words: Sequence[str]) -> bool:
    """A page's control: "Next article", "Print this page", "More stories like this"."""
    bare = [w.lower().strip("|»›«‹<>") for w in words]
    nav, objects = ENGLISH.nav_words, ENGLISH.nav_objects
    return 1 < len(bare) <= 5 and all(w in nav for w in bare) and bool(set(bare) & objects)


def _legal(plain: str) -> bool:
    return len(plain.split()) <= 12 and bool(_LEGAL_TAIL.match(plain))


def is_stamp(plain: str) -> bool:
    return bool(_STAMP.match(plain) and _R_CLOCK.search(plain))


def _prose_words(plain: str) -> int:
    """The words of a line of prose (a sentence, stop words in it), else 0."""
    if not _SENTENCE_END.search(plain):
        return 0
    words = plain.split()
    return len(words) if _stop_share(words) >= 0.15 else 0


def _stop_share(words: Sequence[str]) -> float:
    return sum(w.lower().strip(".,;:!?\"'“”‘’()") in _STOP for w in words) / max(len(words), 1)


def headline_shaped(plain: str, min_words: int = 1) -> bool:
    """Short, no closing punctuation, capital first: a headline, label or name line."""
    words = plain.split()
    if not min_words <= len(words) <= 16 or plain[-1] in ".,;:!?":
        return False
    first = plain.lstrip("\"'“‘(")[:1]
    return first.isupper() or first.isdigit()


def _head(lines: Sequence[LineLike], first_prose: int, drop: dict[int, str]) -> dict[int, str]:
    """Before the headline: breadcrumbs, section names, labels ("Home News News Blog")."""
    title = None
    for i in range(first_prose - 1, -1, -1):
        plain = lines[i].plain
        if i in drop or _BYLINE.match(plain) or is_stamp(plain):
            continue
        if headline_shaped(plain, 4) and not is_stamp(plain):
            title = i
        break
    if title is None:
        return {}
    out = {}
    for i in range(title):
        plain = lines[i].plain
        short = headline_shaped(plain) or len(plain.split()) <= 4
        # A full date above the headline may be the story's own: it stays.
        dated = _R_DATE.search(plain)
        if i not in drop and short and not _BYLINE.match(plain) and not dated:
            out[i] = "above the headline"
    return out


def _section_blurb(plains: Sequence[str], first: int, second: int, drop: dict[int, str]) -> bool:
    """A section's one-sentence description between its name and the story's headline.

    "Press Releases" / "Official announcements highlighting ..." / "SEC Charges ...": the
    first sentence of prose sits below a label of at most three words and above a headline
    that the story's prose follows, so it is the page's, not the story's.
    """
    shown = [i for i in range(len(plains)) if i not in drop and plains[i].strip()]
    at = shown.index(first)
    if at == 0 or at + 2 >= len(shown) or shown[at + 2] != second:
        return False
    label, headline = plains[shown[at - 1]], plains[shown[at + 1]]
    return (
        headline_shaped(label) and len(label.split()) <= 3 and headline_shaped(headline, 4)
        and len(plains[first].split()) <= 30 and plains[first].count(". ") == 0
    )  # fmt: skip


def _runs(lines: Sequence[LineLike], first_prose: int, drop: dict[int, str]) -> dict[int, str]:
    """Three or more headline-shaped lines in a row inside the story: a list of other stories.

    A subhead is one such line followed by prose; a list the story itself gives is
    introduced by a colon or made of bullets, and names in it are short.
    """
    out: dict[int, str] = {}
    run: list[int] = []
    for i in [*range(first_prose + 1, len(lines)), None]:
        if i is not None and i in drop:
            continue
        if i is not None and _listed_headline(lines[i]):
            run.append(i)
            continue
        if len(run) >= _LIST_RUN:
            before = _previous(lines, run[0], drop)
            if before is None or not lines[before].plain.endswith(":"):
                out.update((j, "headline list") for j in run)
                if before is not None and headline_shaped(lines[before].plain):
                    out[before] = "headline list"
        run = []
    return out


def _tail(lines: Sequence[LineLike], last_prose: int, drop: dict[int, str]) -> dict[int, str]:
    """After the story's last sentence: headline-shaped lines are other stories or furniture."""
    out = {}
    listed = False  # after "Candidates so far:" short lines are the story's own list
    pointed = False  # after "More from the Planet:" they are other stories
    for i in range(last_prose + 1, len(lines)):
        line = lines[i]
        if i in drop or _QUOTE_MARKS.search(line.plain):
            continue
        words = len(line.plain.split())
        if line.bullet and not (pointed and headline_shaped(line.plain)):
            continue  # a story's own bullets stay, unless a pointer heading lists them
        if headline_shaped(line.plain) and words <= _TAIL_MAX and not (listed and words < 4):
            out[i] = "after the story"
        if line.plain.endswith(":"):  # "More from the Planet:" points; "Candidates:" lists
            pointed = bool(_POINTER.match(line.plain))
            listed = listed or not pointed
            if pointed:
                out[i] = "pointer"
    return out


def _listed_headline(line: LineLike) -> bool:
    plain = line.plain
    return (
        not line.bullet
        and headline_shaped(plain, 4)
        and not _QUOTE_MARKS.search(plain[1:])
        and ":" not in plain
    )


def _previous(lines: Sequence[LineLike], i: int, drop: dict[int, str]) -> int | None:
    for j in range(i - 1, -1, -1):
        if j not in drop:
            return j
    return None


def apply(lines: list[_L], removed: list[str]) -> list[_L]:
    """``lines`` without the chrome ``judge`` finds; what goes is appended to ``removed``."""
    verdict = judge(lines)
    out: list[_L] = []
    for i, line in enumerate(lines):
        if i in verdict.drop:
            removed.append(line.raw)
        elif i in verdict.trim:
            kept, credit = verdict.trim[i]
            at = line.raw.rfind(credit)
            raw = (line.raw[:at].rstrip() + " " + line.raw[at + len(credit) :].lstrip()).strip()
            raw = raw if at >= 0 else kept
            removed.append(credit)
            out.append(replace(line, raw=raw, plain=kept))
        else:
            out.append(line)
    return out
