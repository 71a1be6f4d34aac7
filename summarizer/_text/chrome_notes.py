"""Notes a newsroom adds around a story, judged on a line's shape: credits, editor's notes,
disclaimers, corrections, print-edition lines and calls to follow the outlet on a channel.

Regional and wire pages close (or open) their stories with lines the story never holds:
"Edited by X", "With files from Reuters", "Source: Reuters/ec", a desk's initials
("sah/lth"), "(Nathan Denette/The Canadian Press)", a whole paragraph in parentheses about
the author or the page ("(The author is ... Views are personal.)"), "This article was
amended on ...", "Published in Dawn, March 12th, 2024", "Join ST's WhatsApp Channel ...".
Each rule reads a shape (a credit's verb and a name, a parenthesised note about the page,
an imperative naming a channel), not an outlet's wording, and keeps lines with quotation
marks or a speech verb: a story may quote anyone saying anything.
"""

from __future__ import annotations

import re

from summarizer._lang.en import ENGLISH
from summarizer._text.chrome_shapes import _DATE
from summarizer._text.headline import headline_shaped
from summarizer._text.words import word_count

_I = re.IGNORECASE | re.VERBOSE
_NAME = r"(?-i:[A-Z][\w'’.\-]*)(?:\s+(?-i:[A-Z][\w'’.\-]*)){0,3}"
# "Edited by Chandrashekar Srinivasan", "— WITH A REPORT FROM INQUIRER RESEARCH", "With
# files from Reuters", "With inputs from PTI": who edited or fed the story, alone on a line.
_CREDIT = re.compile(
    rf"""^[—–-]*\s*\(?(?:(?:edited|curated|compiled|moderated)\ by\ {_NAME}
        (?:\s*(?:,|and)\s*{_NAME})?|
        with\ (?:files|a\ report|reports|(?:agency\ )?inputs?|additional\ reporting|reporting)
        \ (?:from|by)\ \S.{{0,60}})\)?\.?$""",
    _I,
)
# "Source: Reuters/ec", "Source: AFP", "sah/lth", "sah/lth (AFP, dpa)": an agency and a
# desk's initials, or the initials alone (a wire's sign-off).
_DESK = r"(?-i:[a-z]{2,4})(?:/(?-i:[a-z]{2,4}))+"
_SOURCE = re.compile(rf"^(?:source|sources|input|inputs)\s*:\s*{_NAME}(?:\s*/\s*[\w]{{1,4}})?$", _I)
_SIGN_OFF = re.compile(rf"^{_DESK}(?:\s*\([A-Za-z ,.\-]{{1,40}}\))?$")
# "(Nathan Denette/The Canadian Press)", "(Supplied: Queensland Police)", "(Photo: X)": a
# picture's credit in brackets, alone on its line.
_BRACKET_CREDIT = re.compile(
    rf"""^\((?:{_NAME}\s*/\s*{_NAME}|(?:supplied|source|courtesy|handout|photo|picture|image|
        file|credit)s?\s*:\s*{_NAME}(?:\s*/\s*{_NAME})?)\)$""",
    _I,
)
# A whole paragraph in brackets about the page or its writer, not about the news: "(This
# story has not been edited by Business Standard staff ...)", "(The author is a professor
# ... Views are personal.)", "(The writer is ...)".
_BRACKETED = re.compile(r"^\((?P<note>.{10,600})\)$")
_ABOUT_PAGE = re.compile(
    r"""^(?:this\ (?:story|article|report|piece|column|copy)|the\ (?:author|writer|columnist)s?
        \b|views\ (?:are|expressed))|\bviews\ (?:are\ )?(?:personal|expressed)\b|
        \b(?:auto-generated|syndicated\ feed)\b""",
    _I,
)
# A disclaimer of the outlet's views: "Disclaimer: ...", "The views expressed are the
# author's own", "The opinions expressed within this article are the personal opinions of
# the author": views or opinions, and the author or the outlet disowning them.
_DISCLAIMER = re.compile(
    r"""^(?:the\ )?(?:views|opinions)\ (?:expressed\ )?(?:in|within|here)\b
        .{0,60}\b(?:are|is)\ (?:those|the\ (?:personal\ )?(?:opinions?|views?)|solely|personal)
        |^views\ (?:are\ )?(?:personal|the\ author)""",
    _I,
)
_DISCLAIMER_LABEL = re.compile(r"^disclaimer\s*:", re.I)
# Corrections: "This article was amended on 3 February 2024.", "An earlier version of this
# story misstated ...", "Correction appended".
_CORRECTION = re.compile(
    r"""^(?:this\ (?:article|story|report|piece|column|headline)\ (?:was|has\ been|is\ being)
        \ (?:amended|corrected|changed|edited|revised)\b|an\ (?:earlier|previous)\ version\ of
        \ this\ (?:article|story|report|piece|column|headline)\b|corrections?\ appended\b
        # "This post first appeared in the Nov. 14 Morning Report.": where the page ran first
        |this\ (?:post|article|story|report|piece|column)\ (?:first\ |originally\ )?
        (?:appeared|ran|was\ (?:first\ |originally\ )?published)\ (?:in|on)\b)""",
    _I,
)
# The print edition's line: "Published in Dawn, March 12th, 2024", "Appeared in The Print
# edition, 4 March 2024".
_PRINTED = re.compile(
    rf"^(?:published|printed|appeared)\ in\ (?:the\ )?{_NAME}(?:\s+edition)?,?\s+{_DATE}\.?$", _I
)
# "Image used for representational purpose only.", "Representational image": a picture's note.
_REPRESENTATIONAL = re.compile(
    r"""^(?:(?:the\ )?(?:image|photo|picture)s?\ (?:is\ |are\ )?(?:used\ )?(?:for\ )?
        (?:representational?|representation|illustrative)(?:\ purposes?)?(?:\ only)?|
        (?:representational|representative|file)\ (?:image|photo|picture))\.?$""",
    _I,
)
# A link row scraped without its spaces: "CBC's Journalistic Standards and Practices|About
# CBC News"; a story never glues a bar between two capitalised phrases.
_GLUED_BAR = re.compile(r"^[^|]{3,80}[\w'’)]\|[A-Z][^|]{2,80}(?:\|[A-Z][^|]{2,80})*$")
# A reading-aloud player's note: "Listening to articles is free for open-access content—
# explore other articles or learn more about text-to-speech.", "Listen to this article".
_LISTEN = re.compile(
    r"\btext-to-speech\b|^listen(?:ing)?\ to\ (?:this\ |the\ )?(?:articles?|story)\b", _I
)

# The channels a page asks its reader to follow it on, and the verbs it asks with.
_CHANNELS = frozenset(
    """whatsapp telegram app apps channel channels youtube instagram facebook twitter x
    threads tiktok linkedin newsletter newsletters podcast notifications alerts""".split()
)
_ASKING = frozenset(
    """catch download follow join stay get subscribe install continue tap click sign turn
    find watch listen read check""".split()
)
# After the verb, a page's prompt goes on with an object or a direction ("Download The
# Mint News App", "Join ST's ...", "Catch all the news"); a sentence opening on a noun
# ("Download speeds on the app fell") goes on with a lower-case word outside these.
_PROMPT_NEXT = frozenset("the our us all up in on to with now today free it this".split())
_R_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
_R_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_R_QUOTE = re.compile(r"[\"“”]")
_SPEECH = ENGLISH.speech_verbs


def note_shape(plain: str) -> str | None:
    """Why ``plain`` is a newsroom's note around the story (a credit, an editor's note, a
    disclaimer, a correction, a call to follow the outlet), or None."""
    if not plain or len(plain) > 700 or _R_QUOTE.search(plain):
        return None
    short = word_count(plain, 14) <= 14
    if short and (_CREDIT.match(plain) or _SOURCE.match(plain) or _SIGN_OFF.match(plain)):
        return "credit"
    if short and (_BRACKET_CREDIT.match(plain) or _REPRESENTATIONAL.match(plain)):
        return "credit"
    if short and _glued_bar(plain):
        return "page control"
    if word_count(plain, 30) <= 30 and _LISTEN.search(plain):
        return "page control"
    if _PRINTED.match(plain) or _CORRECTION.match(plain) or _DISCLAIMER_LABEL.match(plain):
        return "page note"  # each opens on the page's own words, whatever it then reports
    tokens = [t.lower() for t in _R_TOKEN.findall(plain)]
    if not _SPEECH.isdisjoint(tokens):
        return None  # "The views expressed ..., he said": the story's
    if _DISCLAIMER.match(plain):
        return "page note"
    if (m := _BRACKETED.match(plain)) and _ABOUT_PAGE.search(m["note"]):
        return "editor's note"
    if _channel_prompt(plain):
        return "call to action"
    return None


def _glued_bar(plain: str) -> bool:
    """Link texts glued by bars; a row with a digit may hold the page's date: it stays, for
    the dates to read."""
    if "|" not in plain or any(c.isdigit() for c in plain) or not _GLUED_BAR.match(plain):
        return False
    return all(headline_shaped(part.strip()) for part in plain.split("|"))


def _channel_prompt(plain: str) -> bool:
    """A sentence opening on an asking verb and naming a channel: "Follow KT on WhatsApp
    Channels.", "Download The Mint News App to get ...", "Continue in App"."""
    if word_count(plain, 60) > 60:
        return False
    for sentence in _R_SENTENCES.split(plain, maxsplit=4):
        words = sentence.split(None, 2)
        tokens = [t.lower() for t in _R_TOKEN.findall(sentence)]
        if len(words) < 2 or len(tokens) > 30 or words[0].lower() not in _ASKING:
            continue  # "Follow-up inspections ...": no verb alone
        second = words[1].strip("'’")
        asks = second[:1].isupper() or second.lower() in _PROMPT_NEXT
        if asks and not _CHANNELS.isdisjoint(tokens):
            return True
    return False
