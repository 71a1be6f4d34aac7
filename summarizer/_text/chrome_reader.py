"""Chrome that speaks to the reader or describes the page, judged on a line's words.

A news story reports on people in the third person; the page around it talks to its
reader ("you", "your", an imperative verb, "our" newsroom) about the page's own objects
(articles, accounts, newsletters, apps, comments), or states facts about the page (when it
was updated, how long it takes to read, whose photo it shows).  These rules read those
features, not an outlet's wording: a line of the reader's words and the page's objects, a
line made only of a time stamp's tokens, a short line crediting a picture, a closing line
that introduces the writer.  Each keeps lines with quotation marks or a speech verb, since
a story may quote someone saying anything.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered
from summarizer._text.words import word_count

_w = frozenset[str]
# Words a page uses for its own objects: what the reader is asked to read, join or use.
_PAGE_OBJECTS: _w = frozenset(
    """article articles story stories subscriber subscribers subscription subscriptions
    account newsletter newsletters podcast podcasts episode app apps inbox donation
    donations reporting journalism newsroom comment comments alerts notifications access
    trial membership member members gallery video videos audio photos images event events
    tip tips ad ads coverage discussion conversation""".split()
)
_SECOND_PERSON: _w = frozenset("you your you've you're you'll yours".split())
# Verbs a page opens its prompts with (imperatives), and the words that close a short one.
_IMPERATIVES: _w = frozenset(
    """download listen subscribe sign get follow watch read join donate support become
    unlock start create log register send submit share gift save view see hear explore play
    enlarge open expand skip scroll click tap turn never give try claim upgrade make add be
    show swipe load leave visit learn discover find check keep stay fill""".split()
)
# The outlet of itself: "we"/"our" and what it asks its readers to fund or join.
_FIRST_PLURAL: _w = frozenset("we we're our us".split())
_OWN_OBJECTS: _w = frozenset(
    """newsroom journalism donation donations subscribers membership newsletter newsletters
    gift""".split()
)
_PAGE_THINGS: _w = frozenset("article story comments commenting audio video podcast".split())
_SOCIAL: _w = frozenset(
    """facebook twitter x linkedin whatsapp email e mail reddit pinterest telegram threads
    bluesky instagram tiktok flipboard messenger print copy link share sms""".split()
)
_CREDIT_ALONE: _w = frozenset("supplied handout submitted courtesy".split())
# The reader's software, which only the page speaks of with its own objects: "Notifications
# can be managed in browser preferences", "This site uses cookies to improve your visit".
_SOFTWARE: _w = frozenset("browser browsers cookies javascript".split())
_SETTINGS: _w = frozenset("settings preferences site website page".split())
# A page thing's state: "Commenting is not available", "Comments are moderated", "This
# article is available exclusively to subscribers".
_R_UNAVAILABLE = re.compile(
    r"\b(?:is|are)\ (?:(?:not|no\ longer|currently\ not)\ available|"
    r"(?:currently\ |temporarily\ )?unavailable|moderated|"
    r"closed|disabled|loading|turned\ off|available\ (?:only\ |exclusively\ )?(?:to|for)\ "
    r"(?:paid\ )?(?:subscribers|members))\b",
    re.X,
)
_R_READER_QUESTION = re.compile(
    r"(?i:want|need|looking|interested|planning|have|got)\b[^?]{0,40}\?", re.X
)
_R_ADDRESS = re.compile(r"\b[\w\-]{2,40}\.(?:com|org|net|co\.uk|gov)\b|\S@\S", re.I)
_R_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_R_SHOUTED_LABEL = re.compile(r"^[A-Z][A-Z ]{2,30}:\s+")
_PROMPT_CLOSERS: _w = frozenset(  # "updates": a live blog's "Show 3 new updates"
    "now here today more us our free unlimited this continue updates".split()
)
_OUTLET_VOICE: _w = frozenset("our us".split())
# What an imperative asks of the reader when the page speaks: "Help us serve you better!",
# "Stay informed on ... the important headlines".
_ASKED: _w = _OUTLET_VOICE | _PAGE_OBJECTS | frozenset({"headlines"})
# A time stamp's tokens: clock, date, zone, reading time, the stamp's verbs.
_STAMP_WORDS: _w = frozenset(
    """updated update posted published modified last first on at min mins minute minutes
    read reading duration video audio listen watch play sec secs seconds hours hour ago
    length runtime h hr hrs d views count hits""".split()  # "Posted 21h ago", "3d ago": a
    # unit glued; "Published : Sunday, 19 June, 2022 at 12:00 AM  Count : 147": a counter
)
_STAMP_VERBS: _w = frozenset("updated posted published modified last first".split())
_CALENDAR: _w = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep
    sept september oct october nov november dec december mon monday tue tues tuesday wed
    wednesday thu thur thurs thursday fri friday sat saturday sun sunday a p m am pm et ct
    mt pt est edt cst cdt mst mdt pst pdt gmt bst utc cet cest ist aest aedt jst kst hkt
    sgt""".split()
)
_R_TOKEN = prefiltered(re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?::\d+)*"))
_R_EMAIL = re.compile(r"\S+@\S+\.\w+")
_R_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|\b\d{3}-\d{4}\b")
_R_CONTACT = prefiltered(re.compile(
    r"\b(?:reach|contact|e-?mail|call|write\ to|follow)\ (?:him|her|them|me|us|the\ newsroom|"
    r"our\ newsroom)\b|\bcan\ be\ reached\b|"
    r"^(?:contact|reach|e-?mail|follow)\ (?-i:[A-Z][\w'’\-]*)(?:\ (?-i:[A-Z][\w'’\-]*)){0,2}\ "
    r"(?:at|on|via)\b|"
    r"^(?:media\ |press\ )?contacts?:\ ",  # "CONTACTS: Yeong Kim, (765) 494-3042"
    re.I | re.X,
))  # fmt: skip
# "Sarah Kim is a reporter covering ...", "John Park covers city hall for the Tribune."
_BIO_POSTS = (
    r"(?:reporter|writer|correspondent|editor|journalist|columnist|photographer|"
    r"photojournalist|contributor|producer|fellow|intern|critic|freelancer)s?\b"
)
_R_BIO = re.compile(
    r"^(?:about\ the\ (?:author|writer)\s*:\s*)?[A-Z][\w'’.\-]+(?:\ [A-Z][\w'’.\-]+){1,3}\ "
    rf"(?:(?:is|was)\ (?:an?|the)\ (?:[\w\-]+\ ){{0,3}}{_BIO_POSTS}|covers\ )",
    re.X,
)
# "Nancy Odindo, a journalist at TUKO.co.ke, brings ...": the post in apposition, a bio only
# with its second sign (a story's "Jane Doe, a reporter at the Post, said ..." is none).
_R_BIO_APPOSED = re.compile(
    r"^[A-Z][\w'’.\-]+(?:\ [A-Z][\w'’.\-]+){1,3},\ (?:an?|the)\ (?:[\w\-]+\ ){0,3}" + _BIO_POSTS,
    re.X,
)
_R_ABOUT = re.compile(r"(?i:about\ the\ (?:author|writer|reporter)s?)\s*:", re.X)
_R_UPDATED_NOTE = prefiltered(re.compile(
    r"\bthis\ (?:story|article|post|page|report)\ (?:has\ been|was|is\ being|will\ be)\ "
    r"(?:updated|corrected)\b",
    re.I | re.X,
))  # fmt: skip
# A bio's second sign: the writer's other work.
_R_BIO_MORE = re.compile(
    r"\b(?:work|writing|reporting|byline)s?\ (?:has|have)\ (?:also\ )?appeared\ in\b|"
    r"\bis\ the\ author\ of\b|\bpreviously\ (?:worked|covered|reported|wrote)\b|"
    r"\b(?:brings|has)\ (?:more\ than\ |over\ |nearly\ )?\w+\ years\ of\ experience\b",
    re.I | re.X,
)
_CREDIT_WORDS: _w = frozenset(
    """photo photos photograph photographs illustration handout courtesy credit getty
    supplied submitted provided pool""".split()
)
_R_CREDIT_LINK = re.compile(r"\s(?i:by|via)\s+(?:the\s+)?[A-Z]|/|\bshould\ read\b", re.X)
_R_UNAVAILABLE, _R_PHONE, _R_BIO_MORE, _R_CREDIT_LINK = map(  # searched: behind a lookahead
    prefiltered, (_R_UNAVAILABLE, _R_PHONE, _R_BIO_MORE, _R_CREDIT_LINK)
)
_SPEECH: _w = ENGLISH.speech_verbs


@lru_cache(maxsize=8)
def _tokens(plain: str) -> tuple[str, ...]:
    """A line's tokens, lowercased: each rule of this module asks for them, five times a line,
    one line after another (a few lines kept: a larger cache would outlive its article).
    An ISO time's "T" ("2023-08-07T23:06:27+00:00") parts its date from its clock."""
    if "T" in plain:
        plain = _R_ISO_T.sub(" ", plain)
    return tuple(map(str.lower, _R_TOKEN.findall(plain)))


_R_ISO_T = re.compile(r"(?<=\d)T(?=\d)")


def _more_tokens(plain: str, most: int) -> bool:
    """``len(_tokens(plain)) > most``, read one token past ``most`` at most."""
    return next(islice(_R_TOKEN.finditer(plain), most, None), None) is not None


def _first_token(plain: str) -> str:
    """``_tokens(plain)[0]`` ("" when none), read without tokenizing the rest of the line:
    the rules that need every token in a set reject most lines on their first one."""
    m = _R_TOKEN.search(plain)
    return m[0].lower() if m else ""


def _stamp_token(t: str) -> bool:
    """A token a time stamp may hold: a number, a stamp's, a date's or a zone's word."""
    return t[0].isdigit() or t in _STAMP_WORDS or t in _CALENDAR


def forget() -> None:
    """Drop the lines' tokens kept: they serve one line's rules, and a page of one long line
    would keep ten times its size past cleaning (cleaning calls this at its end)."""
    _tokens.cache_clear()


def _timed(tokens: tuple[str, ...]) -> bool:
    """Every token a clock's, a date's, a zone's or a stamp's, with a number among them."""
    return (
        1 < len(tokens) <= 20
        and any(t[0].isdigit() for t in tokens)
        and all(map(_stamp_token, tokens))
    )


def stamp_only(plain: str) -> bool:
    """ "Updated 4:31 PM EST, Tue March 12, 2024", "7 min read · Mar 3, 2024", "Duration:
    02:15": a line of a stamp's tokens with a stamp's word ("Feb 09, 2016 09:45 AM" alone may
    be the story's own clock: it stays)."""
    if not (first := _first_token(plain)) or not _stamp_token(first):
        return False  # not every token a stamp's (most lines: their first already)
    tokens = _tokens(plain)
    return _timed(tokens) and any(t in _STAMP_WORDS and t not in ("on", "at") for t in tokens)


def stamp_word_only(plain: str) -> bool:
    """ "Published", "Last updated", "Posted on": a stamp's words whose date the page shows
    elsewhere (or in a script the copy lost); no story line is only these."""
    tokens = _tokens(plain) if len(plain) <= 30 else ()
    if len(tokens) > 1 and tokens[-1] in ("on", "at"):
        tokens = tokens[:-1]  # "Posted on": the date after it lost
    return bool(tokens) and all(t in _STAMP_VERBS for t in tokens) and tokens[-1] != "last"


def calendar_only(plain: str) -> bool:
    """A line of a date and a clock and nothing else ("Sunday 9 February 2025, 6:45pm", "Tue
    12 Mar 2024 09.30 GMT"), a stamp's word or not: never a headline, whatever its shape."""
    if not (first := _first_token(plain)) or not _stamp_token(first):
        return False  # as in stamp_only
    tokens = _tokens(plain)
    return _timed(tokens) and not _CALENDAR.isdisjoint(tokens)


# "29th": the day's suffix; the tokens of a date line are numbers and calendar words.
R_ORDINAL_DAY = prefiltered(re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b"))


def calendar_line(plain: str) -> bool:
    """``calendar_only`` with a day's ordinal suffix read as its number ("Wednesday, July
    29th 2020, 4:14 pm")."""
    return calendar_only(R_ORDINAL_DAY.sub(r"\1", plain))


def reader_prompt(plain: str) -> bool:
    """The page addressing its reader about its own objects ("You've read 3 of 5 free
    articles", "Log in to comment", "Listen to our podcast wherever you listen"), or the
    outlet speaking of itself ("We're a nonprofit newsroom. Please consider a gift.")."""
    if _more_tokens(plain, 35):
        return False  # a long line: its tokens never built (nor cached: ``_tokens``)
    tokens = _tokens(plain)
    if not tokens or not _SPEECH.isdisjoint(tokens):
        return False
    words = set(tokens)
    if words & _SECOND_PERSON and words & _PAGE_OBJECTS:
        return True
    if words & _FIRST_PLURAL and words & _OWN_OBJECTS:
        return True
    if (words & _PAGE_THINGS or "sorry" in words) and _R_UNAVAILABLE.search(plain):
        return True  # "Commenting is not available on this story.", "We're sorry, this
        # feature is currently unavailable."
    if words & _SOFTWARE and words & (_PAGE_OBJECTS | _SETTINGS) and _plain_words(plain, 10):
        return True  # "Notifications can be managed in browser preferences."
    if _R_READER_QUESTION.match(plain) and (words & _PAGE_OBJECTS or _R_ADDRESS.search(plain)):
        return True  # "Want to go? Tickets available at example.com/tickets"
    if len(tokens) > 25:
        return False
    for sentence in _R_SENTENCE_START.split(plain, maxsplit=3):
        sentence = _R_SHOUTED_LABEL.sub("", sentence)  # "PAY ATTENTION: Leave your ..."
        said = _tokens(sentence)
        first = said[:1]
        if first and sentence.lower().startswith(first[0] + "-"):
            first = ()  # "Follow-up inspections found ...": a compound, not a verb
        if first == ("please",) and words & _PAGE_OBJECTS:
            return True  # "Please keep comments respectful and on topic."
        if first and first[0] in _IMPERATIVES and words & _ASKED:
            return True
        if first and first[0] in _IMPERATIVES and len(said) <= 3 and said[-1] in _PROMPT_CLOSERS:
            return True  # "Your support matters. Donate today."
    short = len(tokens) <= 6 and plain[-1] not in ".!?" and tokens[0] in _IMPERATIVES
    paired = len(tokens) > 2 and tokens[1] == "and" and tokens[2] in _IMPERATIVES
    return short and (paired or bool(words & _PROMPT_CLOSERS))  # "Listen and subscribe on X"


def _plain_words(plain: str, most: int) -> bool:
    """At most ``most`` tokens and no capital past the first word: no name a story about
    a browser maker would hold ("Google's browser app blocks ads")."""
    words = plain.split()
    return len(words) <= most and not any(w[:1].isupper() for w in words[1:])


def page_row(plain: str) -> bool:
    """A row of sharing buttons ("Facebook Twitter LinkedIn Email") or a one-word credit
    ("Supplied", "Handout"): every word a network's, a sharing verb's or a credit's."""
    first = _first_token(plain)
    if first not in _SOCIAL and first not in _CREDIT_ALONE:
        return False  # neither a row (every token a network's) nor a credit alone
    tokens = _tokens(plain)
    if len(tokens) == 1:
        return tokens[0] in _CREDIT_ALONE
    return 1 < len(tokens) <= 10 and all(t in _SOCIAL for t in tokens)


def contact_line(plain: str) -> bool:
    """A writer's or newsroom's contact: an address or number and "reach/contact him"."""
    if len(plain) > 600 or not _R_CONTACT.search(plain):  # a contact is short: no rescans
        return False
    return bool(("@" in plain and _R_EMAIL.search(plain)) or _R_PHONE.search(plain))


def bio_line(plain: str) -> bool:
    """ "Maya Brown is a senior editor at ...", "John Park covers city hall for the Post.":
    the writer introduced, read only on the story's closing line."""
    return word_count(plain, 60) <= 60 and bool(_R_BIO.match(plain))


def page_note(plain: str) -> bool:
    """A note about the writer or the page anywhere on it: "About the author: ...", a bio
    with the writer's other work, "Update, 5:20 p.m.: This story has been updated ..."."""
    if len(plain) > 600:
        return False
    if _R_ABOUT.match(plain) or _R_UPDATED_NOTE.search(plain):
        return True
    bio = _R_BIO.match(plain) or _R_BIO_APPOSED.match(plain)
    return bool(bio and _R_BIO_MORE.search(plain))


def credit_shaped(plain: str) -> bool:
    """A short line without a sentence's end that credits a picture: "Staff photo by Derek
    Davis", "AFP via Getty Images", "Photo credit should read X/AFP via Getty Images"."""
    if word_count(plain, 12) > 12 or plain[-1:] in ".!?" or ". " in plain:
        return False  # a sentence before its credit is a caption: the credit alone is cut
    return bool(set(_tokens(plain)) & _CREDIT_WORDS) and bool(_R_CREDIT_LINK.search(plain))


# A site's hover card run into a politician's name: "Mitch McConnellAddison (Mitch) Mitchell
# McConnellFox News has covered ... MORE (R-Ky.)": the name, then (no space) the full name
# ending in the same last name, the person's latest headlines, and "MORE".  The name's last
# word is bounded, so a run of capitals costs no rescans.
_R_HOVER_CARD = re.compile(
    r"(?P<last>[A-Z][\w'’\-]{0,24}[a-z])(?P<card>[A-Z][^\n]{0,80}?(?P=last)[^\n]{0,1200}?\sMORE)\b"
)
_R_RUN_ON = re.compile(r"[a-z][A-Z]")


def hover_card(plain: str) -> str | None:
    """The hover card run into a name in ``plain`` (the card's text, name excluded), or None."""
    if " MORE" not in plain or not _R_RUN_ON.search(plain):
        return None
    m = _R_HOVER_CARD.search(plain)
    return m["card"] if m else None
