"""Page chrome one line shows by its words: the phrase tables cleaning reads line by line.

``cleaning`` walks the page's lines and decides where the story ends; what a single line
says alone ("Share this article", "Accept all cookies", a contact card, "Home | News |
Sport", a sales pitch, a consent notice) is named here, exactly, as whole English phrases,
and tried only where the words each pattern needs stand in the line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer._lang.en import ENGLISH
from summarizer._text.casing import lowered
from summarizer._text.chrome_shapes import _DATE, _SENTENCE_END
from summarizer._text.scan import prefiltered
from summarizer._text.words import word_count

if TYPE_CHECKING:
    from summarizer._text.chrome import LineLike

_I = re.IGNORECASE | re.VERBOSE
# The patterns below are whole English phrases (labels, pitches, consent banners); the month
# names come from the English pack, at module level: cleaning runs before a Document exists.
_MONTH = ENGLISH.month_prefix()  # cleaning runs before segmenting; the text is checked English

# One pattern per kind of page chrome; each must match a whole line (markup stripped).
_CHROME_LINE = re.compile(
    rf"""^(?:
        # links to other stories and site furniture
        read\ more(?:\ [:>»›].*)?|read\ next|continue\ reading|see\ also|
        related(?:\ (?:articles|stories|coverage|content|news|terms|topics|videos?))?:?|
        more\ from\ .{{1,40}}|most\ (?:read|popular|viewed)|trending(?:\ now)?|
        recommended(?:\ (?:for\ you|posts|stories|videos?|reading))?|contact\ us|report\ a\ problem|
        back\ to\ top|top\ of\ page|click\ here\ .{{0,80}}|breaking\ news|accessibility\ links|
        # a print edition's page ("A1 A1") and its e-edition's owner notice
        (?-i:[A-H]\d{{1,2}})(?:\ (?-i:[A-H]\d{{1,2}})){{0,3}}|
        you\ are\ the\ owner\ of\ this\ page\.?|
        # "Return to Main Page   Home Page": a site's way back
        (?:return|back|go)\ to\ (?:the\ )?(?:main|home|front)\ ?page(?:\s+home\ ?page)?|
        \[(?:back\ )?to\ top(?:\ of\ [\w\ ]{{1,30}})?\]\s*\|?|  # "[to top of second column] |"
        (?:skip|jump)\ to\ (?:main\ )?(?:content|navigation)|menu|search|close|back|notifications|
        article|
        # a picture's or a player's file alone (a list's number before it): "1. damien-lucas
        # .thumb.jpg.ca624c4d.jpg"
        (?:\d{{1,3}}[.)]\ )?\S{{1,200}}\.(?:jpe?g|png|gif|webp|svg|mp3|mp4)|
        (?:main|site|primary|mobile)\ (?:menu|navigation)|
        # a site's tagline: "Constellations, Launch, New Space and more…"
        [^.!?]{{0,80}},\ [^.!?]{{0,60}}\ and\ more(?:\.\.\.|…)|
        # an editor's note of a change: "Updated 12/16 at 12:08 p.m. PST with information about
        # Planet Labs acquisition of Salo Sciences."
        updated\ (?:on\ )?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?:\ at\ \d{{1,2}}[:.]\d\d\ ?[ap]\.?m\.?
        (?:\ [a-z]{{2,4}})?)?\ (?:with|to\ (?:include|add|reflect|correct))\b.{{0,200}}|
        # a print page's pointer to another page: "... local elections – find out how on page 10."
        .{{0,160}}\ [–—-]\ (?:find\ out\ (?:more|how)|see|turn\ to|more|full\ story|story)
        \ (?:on\ )?page\ \d{{1,3}}\.?|
        # "Google News LinkFor all latest news, follow The Daily Star's Google News channel."
        .{{0,60}}\bfollow\ .{{0,60}}\bgoogle\ news(?:\ channel)?\b.{{0,80}}|
        # an app's pitch: "Download in the Apple Store or Google Play."
        (?:download|get\ (?:it|the\ app|our\ app))(?:\ (?:it|now|free))?\ (?:on|in|from|at)
        \ (?:the\ )?(?:apple\ store|app\ store|google\ play)\b.{{0,40}}|
        (?:select|click|tap)\ (?:this|the)\ search\ icon\b.{{0,60}}|
        connect\ with\ us|digital\ edition|e-?paper|
        (?:error:\ )?content\ is\ protected\b.{{0,10}}|  # a copy-protection plug-in's alert
        (?:blog\ )?comments\ powered\ by\ \w+|
        .{{0,80}}\badjust\ (?:font|text)\ size:?|  # "Xinhua, October 22, 2015 Adjust font size:"
        # a player the copy cannot run: "Adobe Flash player 9 is required to view this video"
        (?:adobe\ )?flash(?:\ player)?(?:\ [\d.]+)?\ is\ required\ to\ (?:view|watch|play)
        \ this\ \w+|
        \d{{1,3}}\ min(?:ute)?s?\ read|
        (?:learn|find\ out|find|see|discover|explore)\ more\ (?:about|from|on|at|information)\b
        .{{0,100}}|
        (?:read\ (?:this|the)\ (?:article|story)\ in|lee\ este\ art[ií]culo\ en)\b.*|
        the\ [\w'’\ ]{{1,40}}\ for\ (?:\w+day,?\ )?{_MONTH}\ \d{{1,2}},?\ \d{{4}}|  # issue masthead
        # advertising and calls to action
        advertisement(?:\s*[-–—:|·•]\s*.{{0,60}}|\s+\d{{1,2}})?|sponsored(?:\ content)?|
        # sharing and following
        (?:share|tweet|email|print|pin|copy\ link)(?:\ (?:this|on\ \w+|article|story|link|it!?))*|
        share\ this\ (?:article|story)|
        \d[\d,.]*k?\ shares?(?:\ (?:share|tweet|email|pin|print))*|  # "0 SHARES Share Tweet"
        # a writer's post ("– Reporter, Buffalo Business First"), a wire's share ("— with a
        # file from Global News' Aaron D'Andrea", "With files from The Canadian Press"), a
        # newsletter's offer ("Get weekly health news"), a category label ("Review Category :
        # Local News")
        [–—-]?\ ?(?:staff\ |senior\ |contributing\ )?(?:reporter|editor|correspondent|writer),
        \ (?-i:[A-Z])[\w\ .'’&-]{{1,60}}|
        [–—-]?\ ?with\ (?:a\ )?files?\ from\ (?-i:[A-Z]).{{1,80}}|
        get\ (?:daily|weekly|monthly)\ [\w\ ]{{1,30}}\ news(?:letters?)?|
        (?:review\ )?categor(?:y|ies)\s*:\s*[\w\ ,&]{{1,40}}|
        # "Phone us – (02) 4981 8882": an advertiser's number
        (?:phone|call|ring)\ us\s*[–—:-]?\s*\+?[\d(][\d()\ .-]{{6,20}}|
        (?:facebook|fb|twitter|x|linkedin|whatsapp|reddit|f|t|in)|
        sign\ up\ (?:for|to)\ .{{0,80}}|subscribe(?:\ (?:now|today|to\ .{{0,60}}))?|
        # a press release's last line: "For more information, visit promowestlive.com."
        for\ (?:more|further)\ (?:information|details|info),?\ (?:please\ )?
        (?:visit|see|go\ to|contact|e-?mail)\ (?:us\ at\ )?\S+\.\w\S*|
        (?:newsletter|get\ the\ latest).{{0,80}}\bsign\ up\b.*|follow\ us\ on\ .{{1,60}}|
        # photos: credits, captions, placeholders
        \(?(?:photo|image|video|credit|photograph|picture)s?(?:\ credit)?:\ [^)]{{1,80}}\)?|
        \(?(?:photo|image)\ (?:by|courtesy\ of)\ .{{1,60}}\)?|
        # a closing bracket of source and credit: "[Boston Herald; Photo Credit: Boston Herald]"
        \[[^\]]{{0,60}}\b(?:photo|image)s?\ credits?:\ [^\]]{{1,80}}\]|
        (?:photo|image|picture)s?\ used\ with\ permission(?:\ (?:by|of|from)\ .{{1,60}})?\.?|
        (?:getty\ images|ap\ photo|reuters|afp)(?:\ /.{{0,40}})?|
        (?:\d+x\d+\ )?(?:image|photo)|(?:image|media)\ (?:caption|source)\b.*|
        file(?:\ photo)?\ [-–—]\ .*|
        # a broadcast transcript's notices and stage directions
        this\ is\ a\ rush\ transcript\.(?:\ .{{0,120}})?|
        \((?:commercial\ break|(?:begin|end)\ (?:video\ clip|videotape|audio\ clip))\)|
        # audio and video players
        listen(?:\ to\ this\ (?:article|story))?(?:\ [\d:]+(?:\ min(?:utes?)?)?)?|
        (?:play|watch|pause)(?:\ (?:video|audio|now))?|embed|download|direct\ link|please\ wait|
        no\ media\ source\ currently\ available|loading(?:\ [\w\ ]{{1,30}})?(?:\.\.\.|…)?|
        (?:(?:xs|sm|md|lg|xl)\b\ ?)+|
        # a scoreboard's note: "*All times CAT (GMT+2)", "All times ET"
        \*?all\ times\ (?:are\ )?(?:in\ )?(?:[a-z]{{2,5}}|local|eastern|pacific|central)
        (?:\ time)?(?:\ \((?:gmt|utc)\ ?[+-]\ ?\d{{1,2}}\))?\.?|
        # a browser's notice: "JavaScript is off. Please enable to view full site."
        (?:javascript\ is\ (?:off|disabled|not\ enabled)|please\ enable\ javascript)\b.{{0,80}}|
        (?=[\d:.\ ]*+$)[\d:.\ ]*\d:\d\d[\d:.\ ]*|  # time codes (the lookahead: no rescans)
        download\ (?:(?:the|our)\ )?(?:content|images?|photos?|video|audio|app|pdf)\b.{{0,80}}|
        # comments counters, feedback, consent buttons
        (?:\d+\ )?comments?|(?:view|show)\ comments|leave\ a\ comment|
        (?:reply|report|like|load\ more\ comments)(?:\ [·|•]\ (?:reply|report|like|load\ more.*))*|
        was\ this\ (?:page|article)\ (?:helpful|useful)\??|
        (?:accept|reject|decline|allow)(?:\ all)?(?:\ cookies)?|
        manage\ (?:cookies|preferences|settings|consent)|cookie\ (?:settings|preferences|policy)|
        # publisher footers and contact blocks
        (?:©|\(c\)|copyright\ (?:©|\d{{4}})).{{0,80}}|
        (?:call|phone|tel|telephone|text|sms|fax|mobile|helpline)\b:?\ *\+?\d[\d\ ()./-]{{4,}}|
        (?:web(?:site)?|e-?mail|twitter|facebook|instagram|online)\ *:\ *\S+|
        (?!\d{{4}}-\d\d-\d\d$)\+?(?:\(\d+\)\ ?)?\d{{2,5}}(?:[\ -]\d{{2,5}}){{1,3}}|  # phone number
        (?:https?://|www\.)\S+|\S[^\s@]*+@\S+\.\w+(?:\ /\ \S[^\s@]*+@\S+\.\w+)*|  # first @
        main\ switchboard|out\ of\ hours|
        (?:media|press)\ (?:contacts?|enquiries|inquiries)
    )$""",
    _I,
)
# The branches of a chrome line that open on any characters, tried along its first
# characters: apart, and only in a line holding what each needs (``_LOOSE_NEEDS``).
_CHROME_LINE_LOOSE = re.compile(
    r"""^(?:
        .{1,150}\s[-–—|]\s*(?:join|sign\ up|subscribe|register|apply|donate)
        \ (?:now|today|here)!?|
        .{1,60}\ /\ (?:getty\ images|reuters|ap|afp|epa)|
        .{0,80}all\ rights\ reserved\.?|
        (?:[\w\ ]{0,30}\ )?press\ office
    )$""",
    _I,
)
_LOOSE_NEEDS = (" now", " today", " here", " / ", "all rights reserved", "press office")
# A label whose value sits on the next line ("Last Updated" / "Jan 12, 2026").
_LABEL = re.compile(r"^(?:last\ updated|updated|location|details|tags|topics|filed\ under):?$", _I)
# A sales pitch: two of these in a line, or one in a short line.
_PITCH = re.compile(
    r"""\b(?:join\ today|plans\ start(?:ing)?\ (?:from|at)|already\ a\ (?:subscriber|member)|
        log\ ?in\ to\ continue|to\ continue\ reading|free\ articles?\ (?:left|remaining)|
        support\ (?:our|independent)\ journalism|become\ a\ (?:member|subscriber|supporter)|
        paywall|free\ for\ personal\ use|subscribe\ (?:now|today)|free\ trial)\b""",
    _I,
)
# A contact card: an e-mail address or phone number in a line that is no sentence.
# (An address is tried from a word's start and its first @ only: the same lines, linear time.)
_CONTACT = re.compile(
    r"(?<!\S)\S[^\s@]*+@\S+?\.[a-z]{2}|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b", re.IGNORECASE
)
# Lines of separated short items: "Home | News | Sport", "Home » World » Europe".
_PIPE_SPLIT = re.compile(r"\s*[»›]\s*|\s[|•·>]\s")
_CODE = re.compile(
    r"(?<![\w\-.#:])[\w\-.#:]+\s*\{[^{}:]*:[^{}]*\}|^(?:var|let|const|function)\b.*[=(]|"
    r"\b(?:window|document)\.\w+\s*[=(]|^</?(?:script|style|div|span)\b"
)
# A consent notice: two of these in a paragraph, or one in a short paragraph.
_CONSENT = re.compile(
    r"""\b(?:we|this\ (?:site|website)|our\ (?:site|website|partners))\b[^.]{0,60}
        \buses?\ cookies\b|\bcookie\ (?:policy|settings|preferences|notice)\b|
        \bmanage\ (?:settings|preferences|consent)\b|
        \baccept(?:ing)?\ (?:all\ |these\ |our\ |the\ use\ of\ )?cookies\b|\bby\ continuing\ to\ |
        \b(?:privacy|consent)\ (?:policy|preferences|settings)\b""",
    _I,
)
_BULLET = re.compile(r"^(?:[*•·▪►‣+]|-(?=\s))\s*")
_MD_IMAGE = re.compile(r"^!(?:\[|[A-Z])")
_LINKS_ONLY = re.compile(r"^(?:\s*\[[^\]]*\]\([^)]*\))+\s*$")
# A date alone, a weekday before it or not ("Thursday, May 13, 2021").
_DATE_ONLY = re.compile(rf"(?:[A-Z][a-z]+day,?\s+)?{_DATE}", re.I)
# Searched through lines and paragraphs: behind their first characters' lookahead (scan).
_PITCH, _CONSENT, _PIPE_SPLIT = map(prefiltered, (_PITCH, _CONSENT, _PIPE_SPLIT))
_CODE, _CONTACT, _CHROME_LINE = map(prefiltered, (_CODE, _CONTACT, _CHROME_LINE))
_PHONE_DIGITS = re.compile(r"\d{3}[-. ]\d{3}[-. ]\d{4}")  # what _CONTACT's phone branch needs
_PHONE_DIGITS = prefiltered(_PHONE_DIGITS)
# What a match of _PITCH, _CONSENT and _PIPE_SPLIT needs in the line (lowered): without one,
# the pattern is not tried along the line.
_PITCH_NEEDS = ("join today", "plans start", "already a", "to continue", "free ", "journalism",
                "become a", "paywall", "subscribe")  # fmt: skip
_CONSENT_NEEDS = ("cookie", "manage", "continuing", "privacy", "consent")
_R_PIPE_CHAR = re.compile(r"[»›|•·>]")
_R_QUOTE_MARK = re.compile(r"[\"“”]")


def _may_code(plain: str) -> bool:
    """Whether ``_CODE`` can match at all: each of its branches needs "{", a line opening a
    script ("var", "<script"), or "window." or "document."; tried from every word of every
    line, it cost a tenth of cleaning."""
    return (
        "{" in plain
        or plain.startswith(("var", "let", "const", "function", "<"))
        or "window." in plain
        or "document." in plain
    )


def _may_contact(plain: str) -> bool:
    """Whether ``_CONTACT`` can match at all: an address needs "@", a phone number its
    digits ("555-123-4567")."""
    return "@" in plain or _PHONE_DIGITS.search(plain) is not None


def _is_chrome(line: LineLike) -> bool:
    plain = line.plain
    return bool(
        not any(c.isalnum() for c in plain)
        or _MD_IMAGE.match(bare := _BULLET.sub("", line.raw))
        or _LINKS_ONLY.match(bare)
        or _chrome_line(plain)
        or (plain[-1:] in (":", " ") and _chrome_line(plain.rstrip(": ")))
        or _LABEL.match(plain)
        or _is_credit(plain)
        or (_may_code(plain) and _CODE.search(plain))
        or _is_pipe_menu(plain)
        or _pitched(plain)
        or (
            _may_contact(plain)
            and _CONTACT.search(plain)
            and word_count(plain, 30) <= 30
            and not _SENTENCE_END.search(plain)
        )
    )


def _chrome_line(plain: str) -> bool:
    """A whole line of page chrome (``_CHROME_LINE`` or its loose branches)."""
    if _CHROME_LINE.match(plain):
        return True
    low = lowered(plain)
    return any(map(low.__contains__, _LOOSE_NEEDS)) and bool(_CHROME_LINE_LOOSE.match(plain))


def _pitched(plain: str) -> bool:
    """A sales pitch: two of its phrases in a line, or one in a short line."""
    low = lowered(plain)
    if not any(map(low.__contains__, _PITCH_NEEDS)):
        return False  # no phrase
    return len(_PITCH.findall(plain)) >= (1 if word_count(plain, 12) <= 12 else 2)


def _is_consent(paragraph: str) -> bool:
    """Consent phrases and no quotation marks: a story about cookies quotes someone."""
    low = lowered(paragraph)
    if not any(map(low.__contains__, _CONSENT_NEEDS)):
        return False  # no hit
    hits = len(_CONSENT.findall(paragraph))
    short = word_count(paragraph, 25) <= 25
    return hits >= (1 if short else 2) and not _R_QUOTE_MARK.search(paragraph)


def _is_credit(plain: str) -> bool:
    """ "NASA/Bill Ingalls", "Maxim Shemetov/Reuters": an agency and a name, all capitalised."""
    if plain.count("/") != 1 or " " not in plain or word_count(plain, 5) > 5:
        return False
    parts = [p.split() for p in plain.split("/")]
    return all(0 < len(p) <= 3 and all(w[:1].isupper() for w in p) for p in parts)


def _is_pipe_menu(plain: str) -> bool:
    if not _R_PIPE_CHAR.search(plain):
        return False  # no separator: one item
    items = [it for it in _PIPE_SPLIT.split(plain) if it.strip()]
    if len(items) < 2 or (len(items) == 2 and items[0].lower() != "home"):
        return False
    return all(word_count(it, 4) <= 4 and not it.rstrip().endswith(".") for it in items)


def _dated_menu(line: LineLike) -> str | None:
    """The page's own date heading a row of stamps ("May 13, 2021 • 30 minutes ago • 1 minute
    read • Join the conversation"): the date stays, as a date line alone would; the rest is
    chrome.  None when the line is no such row."""
    if not _is_pipe_menu(line.plain):
        return None
    first = _PIPE_SPLIT.split(line.raw, maxsplit=1)[0].strip()
    return first if _DATE_ONLY.fullmatch(first) else None
