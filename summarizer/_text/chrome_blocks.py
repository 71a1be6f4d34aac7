"""Chrome found by its place among the lines that the other passes kept.

``cleaning`` and ``chrome`` drop lines that are chrome alone; this last pass reads what
survived them for shapes that only neighbours reveal: a paywall's offer (a price per week,
its billing footnote, and the short unpunctuated lines of features above them), a note
that the page is old and the greeting over it, an embed code, a photo credit "Name /
Outlet" and the caption that repeats it, an image's alt text glued to its caption, a
caption written as a sentence without its period between two sentences of the story, a
membership appeal, a site's banner and tagline above the headline.  Each rule keeps lines
with quotation marks, and errs on keeping: only these shapes go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from summarizer._text.chrome import LineLike
from summarizer._text.chrome_line import _prose_words
from summarizer._text.chrome_shapes import _SENTENCE_END, _TEASER_END
from summarizer._text.headline import headline_shaped, stop_counts
from summarizer._text.scan import prefiltered
from summarizer._text.words import word_count

_L = TypeVar("_L", bound=LineLike)

_X = re.IGNORECASE | re.VERBOSE
# A price per period ("$4.75 per week*", "£1 a month"): an offer, when alone or footnoted.
_PRICE_PERIOD = re.compile(
    r"[$£€]\s?\d[\d.,]*\s*(?:(?:\+|plus)\s*\w+\s*)?(?:per|a|an|/|every|for\s+\d+)\s+(?:\w+\s+)?"
    r"(?:day|week|month|year|fortnight)s?\b",
    re.IGNORECASE,
)
_BILLING = re.compile(r"^\*|\bcancel\s+any\s?time\b|\bbilled\b|\bsave\s+\d+\s?%", re.IGNORECASE)
_OFFER_WALK = 8  # lines above a billing line that may be its list of features
# "This article was published 13/01/2014 (3435 days ago), so information in it may no
# longer be current.": the page telling its reader that it is old.
_STALE = re.compile(
    r"\b(?:may|might|could)\ no\ longer\ be\ (?:current|accurate|up[\ -]to[\ -]date|relevant)\b|"
    r"^this\ (?:article|story|page|content)\ (?:was|is)\ (?:first\ )?published\b.{0,40}"
    r"\(\d[\d,]*\ (?:days?|weeks?|months?|years?)\ ago\)|"
    r"\bmay\ be\ (?:outdated|out\ of\ date)\b",  # "This is an archived article ... may be outdated"
    _X,
)
_PAGE_SELF = re.compile(
    r"\bthis\ (?:article|story|page|post|report)\b|\bthis\ is\ an\ archived\ (?:article|story)\b",
    re.IGNORECASE,
)
# "wfpvideo:3050838821001:wfpvideo": a player's embed code left as text.
_EMBED_TOKEN = re.compile(r"\[*[A-Za-z][\w\-]*:[\w:\-]*\d{4,}[\w:\-]*\]*")  # "[[nid:80755]]"
# A writer's name in capitals after a dash on a line of its own ("- SUSAN LAZARUK").
_CAPS_NAME = re.compile(r"(?:[A-Z][A-Z'’.-]+\s+){1,3}[A-Z][A-Z'’.-]+")
_DASH_BYLINE = re.compile(rf"[-–—]\s*{_CAPS_NAME.pattern}")
# A wire story's closing links: "On the Net:", then "Krispy Kreme: www.krispykreme.com".
_ON_THE_NET = re.compile(r"(?:On the (?:Net|Web|Internet)|Online|Links?):", re.IGNORECASE)
_NAMED_LINK = re.compile(r"[^:\s][^:]{0,60}:\s*(?:https?://|www\.)\S+")
# A paper's name alone above the story ("Arab News", "- The Daily Record"), as pages print
# their masthead and a source line; a headline says more than a name.
_MASTHEAD = re.compile(
    r"(?:[-–—]\s*)?(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}"
    r"(?:News|Times|Post|Herald|Tribune|Gazette|Journal|Chronicle|Telegraph|Guardian|Express"
    r"|Mirror|Mail|Observer|Independent|Standard|Record|Echo|Courier|Examiner|Inquirer"
    r"|Register|Reporter|Today|Online|Wire|Press|Daily|Weekly)"
)
_CAP_WORD = r"[A-Z][\w'’.\-]*"
# A paragraph of a name and its titles alone, and a full stop: the caption of a portrait
# (a sentence has a word in lower case, a crosshead no stop).
_TITLED_NAME = re.compile(rf"(?:{_CAP_WORD}\s){{1,5}}[A-Z][\w'’\-]*\.")


# A name and where or when it was pictured, in one short sentence with no verb.
_R_PICTURED = re.compile(
    rf"{_CAP_WORD}(?:\s{_CAP_WORD}){{1,2}},?\s(?:in|at|with|during|outside|inside)\s[^.!?]{{3,70}}\."
)
_R_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|said|says"
    r"|told|[a-z]{2,}ed)\b"
)


def _alone(paras: Sequence[int], i: int) -> bool:
    """Line ``i`` is a paragraph of its own."""
    return (i == 0 or paras[i - 1] != paras[i]) and (
        i + 1 == len(paras) or paras[i + 1] != paras[i]
    )


# "Joe Bryksa / Winnipeg Free Press": a photographer and an outlet, both capitalised.
_SLASH_CREDIT = re.compile(
    rf"{_CAP_WORD}(?:\s{_CAP_WORD}){{1,2}}\s/\s{_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}}"
)
# "(William Duncan – Santa Cruz Local)" closing a paragraph: the photo's credit, so the
# paragraph is the photo's caption.
_DASH_CREDIT = re.compile(
    rf"\(\s?{_CAP_WORD}(?:\s{_CAP_WORD}){{1,2}}\s[–—-]\s{_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}}\s?\)$"
)
# A membership or donation appeal: two of these in one paragraph.
_APPEAL = re.compile(
    r"""\bpeople\ like\ you\b|\bcount\ on\ (?:you|your)\b|
        \byour\ (?:help|support|donation|contribution|membership)\b|
        \bdepends?\ on\ (?:\w+\ ){0,2}(?:memberships?|donations?|readers?|support|subscribers?)\b|
        \bas\ a\ public\ service\b|\bbecome\ a\ (?:member|supporter|donor|subscriber)\b|
        \b(?:make|give)\ a\ (?:donation|contribution|gift)\b|
        \bavailable\ to\ (?:all|everyone)\b|\bfree\ (?:to|for)\ (?:all|everyone)\b""",
    _X,
)
_QUOTE = re.compile(r"[\"“”]")
_SAID = re.compile(r"\b(?:said|says|told|according\ to)\b")  # reported speech: the story's
_SITE_LINK = re.compile(r"^(?:advertise|advertising)(?:\ (?:with|on)\ (?:us|\w+))?$", re.IGNORECASE)
# "breaking: ...", "LIVE: ...": a ticker's label over a headline, above the story's own one.
_TICKER = re.compile(
    r"^(?:breaking(?:\ news)?|developing|just\ in|latest|live)\s*:\s*(?P<rest>.+)$", _X
)
# "NewsOK: Oklahoma City News, Sports, Weather & Entertainment": a site's name and sections.
_TAGLINE = re.compile(
    rf"^{_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}}:\s(?:{_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}},\s){{1,}}"
    rf"{_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}},?\s(?:&|and)\s{_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}}$"
)

# A paper's motto with its founding year: "News you can trust since 1952", "Serving the
# valley since 1887", "Est. 1887" (not "Crime at its lowest since 1990": no paper's words).
_MOTTO = re.compile(
    r"(?:(?:est\.?|established|founded(?: in)?)"
    r"|(?=[^.!?\n]{0,50}\b(?:news|serving|serves|trust|trusted|voice|paper|covering)\b)"
    r"[^.!?\n]{3,60}\bsince)\s+1[6-9]\d\d$",
    re.IGNORECASE,
)

# Searched through lines and paragraphs: behind their first characters' lookahead (scan).
_BILLING, _STALE, _PAGE_SELF, _APPEAL, _SAID = map(
    prefiltered, (_BILLING, _STALE, _PAGE_SELF, _APPEAL, _SAID)
)


def apply(lines: list[_L], removed: list[str]) -> list[_L]:
    """``lines`` without what ``judge`` finds; what goes is appended to ``removed``."""
    drop = judge([ln.plain for ln in lines], [ln.para for ln in lines], [ln.bullet for ln in lines])
    removed.extend(ln.raw for i, ln in enumerate(lines) if i in drop)
    return [ln for i, ln in enumerate(lines) if i not in drop]


def judge(plains: Sequence[str], paras: Sequence[int], bullets: Sequence[bool]) -> dict[int, str]:
    """Index -> why, for the lines these neighbour rules call chrome."""
    drop: dict[int, str] = {}
    prose = [i for i, p in enumerate(plains) if _prose(p)]
    first = prose[0] if prose else len(plains)
    for i, plain in enumerate(plains):
        if _QUOTE.search(plain):
            continue
        if _billing(plain):
            drop[i] = "offer"
            drop.update(_offer_above(plains, i, drop))
        elif word_count(plain, 40) <= 40 and _STALE.search(plain) and _PAGE_SELF.search(plain):
            drop[i] = "page note"
            above = i - 1
            if above >= 0 and paras[above] == paras[i] and _greeting(plains[above]):
                drop[above] = "page note"
        elif _embed(plain) or _SITE_LINK.match(plain):
            drop[i] = "embed code"
        elif _SLASH_CREDIT.fullmatch(plain):
            drop[i] = "credit"
            drop.update(_caption_after_credit(plains, i))
        elif (_DASH_CREDIT.search(plain) or _POSITION.search(plain)) and word_count(
            plain, 80
        ) <= 80:
            drop[i] = "caption"
        elif i < first and _page_head(plains, i, first):
            drop[i] = "page head"
        elif i < first and _MASTHEAD.fullmatch(plain):
            drop[i] = "masthead"
        elif _TITLED_NAME.fullmatch(plain) and _alone(paras, i) and word_count(plain, 3) >= 3:
            drop[i] = "caption"  # "Health Minister Dr. Irving McIntyre.": who is pictured
        elif _R_PICTURED.fullmatch(plain) and not _R_FINITE.search(plain) and _alone(paras, i):
            drop[i] = "caption"  # "David Eades in his office in 2015.": who, where, no verb
        elif _DASH_BYLINE.fullmatch(plain) or (bullets[i] and _CAPS_NAME.fullmatch(plain)):
            drop[i] = "byline"
        elif _ON_THE_NET.fullmatch(plain):  # a wire's closing links, each "Name: URL"
            drop[i] = "links"
            j = i + 1
            while j < len(plains) and _NAMED_LINK.fullmatch(plains[j]):
                drop[j], j = "links", j + 1
    drop.update(_appeals(plains, paras))
    drop.update(_contact_block(plains))
    drop.update(_label_credits(plains))
    drop.update(_glued_captions(plains, drop))
    drop.update(_bare_captions(plains, bullets, first, drop))
    drop.update(_teasers(plains))
    return drop


# A press release's contact heading; the short lines under it are the contact's name,
# firm, phone and address ("Bernadette Morris" / "Sonshine Communications" / "T: ...").
_CONTACT_HEAD = re.compile(
    r"^(?:(?:media|press|news)\s+)?contacts?(?:\s+(?:information|details|info))?\s*:?$", re.I
)
_CONTACT_LINES = 6


def _contact_block(plains: Sequence[str]) -> dict[int, str]:
    """A contact heading and the lines under it while they are short and unpunctuated."""
    out: dict[int, str] = {}
    for i, plain in enumerate(plains):
        if not _CONTACT_HEAD.match(plain):
            continue
        out[i] = "contact"
        for j in range(i + 1, min(len(plains), i + 1 + _CONTACT_LINES)):
            line = plains[j]
            if line and (word_count(line, 7) > 6 or _SENTENCE_END.search(line)):
                break
            out[j] = "contact"
    return out


# "Daily Echo:" / "Daily Echo: 1983-84 - Dave Armstrong": an outlet's or agency's label on
# its photos, alone or before a caption; a story's lines never share such a short prefix.
_LABEL = re.compile(r"^([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}):(?:\s|$)")


def _label_credits(plains: Sequence[str]) -> dict[int, str]:
    """Lines of ten words or fewer, without a sentence's end, opening with the same label,
    two or more of them."""
    seen: dict[str, list[int]] = {}
    for i, plain in enumerate(plains):
        m = _LABEL.match(plain)
        if m and word_count(plain, 11) <= 10 and not _SENTENCE_END.search(plain):
            seen.setdefault(m.group(1), []).append(i)
    return {i: "credit" for at in seen.values() if len(at) > 1 for i in at}


def _prose(plain: str) -> bool:
    """A line of prose of six words or more, as the chrome pass reads one (``_prose_words``)."""
    return _prose_words(plain) >= 6


def _billing(plain: str) -> bool:
    """ "$4.75 per week*", "*Billed as $19.00 plus GST every four weeks. Cancel anytime."."""
    if not _PRICE_PERIOD.search(plain):
        return False
    return word_count(plain, 5) <= 5 or bool(_BILLING.search(plain))


def _offer_above(plains: Sequence[str], i: int, drop: dict[int, str]) -> dict[int, str]:
    """The offer's short unpunctuated lines above its price ("Play interactive puzzles")."""
    out: dict[int, str] = {}
    for j in range(i - 1, max(-1, i - 1 - _OFFER_WALK), -1):
        words = plains[j].split(None, 10)  # compared with 10 only
        if j in drop:
            continue
        if len(words) > 10 or _SENTENCE_END.search(plains[j]) or _QUOTE.search(plains[j]):
            break
        out[j] = "offer"
    return out


def _greeting(plain: str) -> bool:
    """ "Hey there, time traveller!": a short exclamation over the page's note."""
    return word_count(plain, 6) <= 6 and plain.endswith("!")


def _embed(plain: str) -> bool:
    tokens = plain.split(None, 6)  # at most 7: six or fewer are read
    return 0 < len(tokens) <= 6 and all(_EMBED_TOKEN.fullmatch(t) for t in tokens)


# Where a photo's people stand ("Prayuth Chan-ocha (c.) arrives", "Macron (L) and Merkel"):
# only a caption says so; "(R)" is left out, a party's letter ("Sen. Ted Cruz (R)").
_POSITION = re.compile(
    r"[\w.'’] \((?:[clr]\.|center|centre|left|right|[LC]|L-R|l-r|from left"
    r"|(?:2nd|3rd|second|third) (?:[LR]|left|right))\)"
)


def _caption_after_credit(plains: Sequence[str], i: int) -> dict[int, str]:
    """The caption that repeats the credit ("Joe Bryksa / Winnipeg Free Press I'm going to
    ... says new head coach Paul Maurice"), and its alt text between the two."""
    credit = plains[i]
    for j in range(i + 1, min(len(plains), i + 3)):
        if plains[j].startswith(credit + " "):
            out = {j: "caption"}
            rest = plains[j][len(credit) :]
            out.update((k, "caption") for k in range(i + 1, j) if plains[k].rstrip(",.") in rest)
            return out
    return {}


def _page_head(plains: Sequence[str], i: int, first: int) -> bool:
    """A ticker line or a site's tagline above the story, with a headline below them."""
    plain = plains[i]
    if _TAGLINE.match(plain) or _MOTTO.match(plain):
        return True
    m = _TICKER.match(plain)
    if m is None or not headline_shaped(m["rest"]):
        return False
    below = range(i + 1, first)
    return any(headline_shaped(plains[j], 4) and not _TICKER.match(plains[j]) for j in below)


def _appeals(plains: Sequence[str], paras: Sequence[int]) -> dict[int, str]:
    """A paragraph asking for memberships or donations (two appeal phrases, no quotation)."""
    out: dict[int, str] = {}
    by_para: dict[int, list[int]] = {}
    for i, p in enumerate(paras):
        by_para.setdefault(p, []).append(i)
    for idx in by_para.values():
        text = " ".join(plains[i] for i in idx)
        short = word_count(text, 80) <= 80 and not _QUOTE.search(text) and not _SAID.search(text)
        if short and len(_APPEAL.findall(text)) >= 2:
            out.update((i, "appeal") for i in idx)
    return out


def _glued_captions(plains: Sequence[str], drop: dict[int, str]) -> dict[int, str]:
    """An alt text, then the same text with a credit glued on ("... next week.Read
    moreJESSICA GRIFFIN / File"): both are the photo's."""
    out: dict[int, str] = {}
    for i in range(len(plains) - 1):
        alt, nxt = plains[i], plains[i + 1]
        if i in drop or word_count(alt, 4) < 4 or not nxt.startswith(alt) or len(nxt) == len(alt):
            continue
        tail = nxt[len(alt) :]
        if word_count(tail, 8) <= 8 and not _SENTENCE_END.search(tail) and not _QUOTE.search(tail):
            out[i] = out[i + 1] = "caption"
    return out


# One sentence's end and the next one's start inside a line: a caption is a sentence or
# two (a label, a credit after it), not three.
_R_SENTENCES = re.compile(r"[a-z]{2}[.!?] +[A-Z]")


# A caption says who or what the picture shows, not what a thing is or does ("The Worker
# Adjustment and Retraining Notification Act of 1988 (WARN Act) is a U.S. labor law which
# requires ...").
_R_NOT_SHOWN = re.compile(r"\bwhich\b")
_TEASERS = 3  # lines cut short in a row: a widget's list of other stories


def _teasers(plains: Sequence[str]) -> dict[int, str]:
    """Other stories' titles and summaries, each cut short by the widget ("Enhancing energy
    efficiency and..." / "To increase energy efficiency ... of the mining..."): a run of
    lines ending in an ellipsis glued to a word. A story's sentence trails off alone."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, plain in enumerate([*plains, ""]):
        if plain and _TEASER_END.search(plain) and not _QUOTE.search(plain):
            run.append(i)
            continue
        if len(run) >= _TEASERS:
            out.update((j, "teaser") for j in run)
        run = []
    return out


def _bare_captions(
    plains: Sequence[str], bullets: Sequence[bool], first: int, drop: dict[int, str]
) -> dict[int, str]:
    """A sentence without its period between two sentences of the story (a picture's
    caption: "Philippe Coutinho has been ruled out for two to three weeks with a leg muscle
    injury"). Text wrapped at a width goes on in lower case, and is left alone."""
    out: dict[int, str] = {}
    shown = [i for i in range(first + 1, len(plains)) if i not in drop]
    for k, i in enumerate(shown[:-1]):
        plain = plains[i]
        if (
            k
            and _R_NAME_LINE.fullmatch(plain)
            and _runs_on(plains[shown[k - 1]], plains[shown[k + 1]])
        ):
            out[i] = "caption"  # "John Collop" between two paragraphs of one quotation
            continue
        if bullets[i] or word_count(plain, 10) < 10 or _SENTENCE_END.search(plain):
            continue
        if _QUOTE.search(plain) or plain[-1] in ",;:-–—" or not plain[0].isupper():
            continue
        if len(_R_SENTENCES.findall(plain)) >= 2:
            continue  # sentences, then a tail: an embedded post's "— Name (@handle) March 9"
        if _SAID.search(plain) or _R_NOT_SHOWN.search(plain):
            continue  # what someone said, what a law requires: no picture shows that
        words, stops = stop_counts(plain)
        if stops / words < 0.15:
            continue
        before = plains[shown[k - 1]] if k else plains[first]
        after = plains[shown[k + 1]]
        if _SENTENCE_END.search(before) and (after[:1].isupper() or after[:1] in "'‘\"“"):
            out[i] = "caption"
    return out


_R_NAME_LINE = re.compile(r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){1,2}")


def _runs_on(before: str, after: str) -> bool:
    """A quotation opened in ``before`` and not closed there goes on in ``after``."""
    if after[:1] not in '"“' or before[:1] not in '"“':
        return False
    return before.count("“") > before.count("”") or (
        "“" not in before and before.count('"') % 2 == 1
    )
