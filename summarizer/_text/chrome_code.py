"""What a page's template left behind as text, by shape: unrendered placeholders
("[[title]] [[text]] [[success]] Email address Sign up"), an asset's name ("search-icon-img",
"hero-image"), an image's alt text naming who it shows ("Headshot of Simone Grogan"),
a comment counter ("Comments (0)"), a wire agency standing as the byline ("by AAP").

None of these is ever written as a story's sentence, so each is read on the line alone
(``chrome_line._own_shape`` asks); they came from real pages of the ``realpages`` probe's
tuning half and carry over to any site built from the same kinds of templates.
"""

from __future__ import annotations

import re

# "[[title]]", "{{ headline }}", "%%NAME%%": a template's slot never filled.
_R_PLACEHOLDER = re.compile(r"\[\[\s*\w+\s*\]\]|\{\{\s*[\w.]+\s*\}\}|%%\w+%%")
# An asset's file or class name: lower-case words joined by hyphens or underscores, one of
# them what the asset is ("search-icon-img", "hero-image", "logo_white").
_R_ASSET = re.compile(
    r"[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:icon|img|image|logo|svg|png|jpe?g|gif|webp|banner|"
    r"thumb|thumbnail|avatar|placeholder|sprite)(?:[-_][a-z0-9]+)*"
    r"|(?:icon|img|image|logo)[-_][a-z0-9]+(?:[-_][a-z0-9]+)*"
)
# A picture's file name left as a line: one token with a long hexadecimal hash in it
# ("1997089_web1_1997089-b766635d942847b0a573c37794cefa03").
_R_FILE_ID = re.compile(r"[\w\-.]*[0-9a-f]{16,}[\w\-.]*")
# The reader's account controls alone on a line, and an offer to pay the ads away.
_R_ACCOUNT = re.compile(
    r"log\ ?in|log\ ?out|sign\ ?in|sign\ ?out|my\ account|register|"
    r"(?:tired\ of\ (?:too\ many\ )?ads\?\s*)?go\ ad[\ -]free(?:\ now)?",
    re.I,
)
# A contact card's telephone line alone: "T: (305) 948-8063", "Tel: +44 20 7946 0000".
_R_PHONE_LINE = re.compile(
    r"(?:t|tel|telephone|phone|ph|mobile|mob|cell|m|office|fax)\.?\s*:\s*\+?[\d\ ().\-]{7,24}"
    r"|\(?\d{3}\)?[\ .\-]\d{3}[\ .\-]\d{4}"  # "(305) 948-8063": a North American number
    r"|\+\d{1,3}[\ .\-]?(?:\(?\d{1,4}\)?[\ .\-]?){2,5}\d{2,4}",  # "+44 20 7946 0000"
    re.I,
)
_PHONE_DIGITS = 7  # a telephone number's digits at least; a year or a score has fewer
_LABEL_MOST = 16  # words after an icon's name: a label or another story's headline


def _asset_label(plain: str) -> bool:
    """An icon's name glued before a label or a headline ("premium_icon Subscriber only",
    "premium_icon BREAKING: Four reasons ..."): the icon is the template's, the line a
    teaser's or a control's, never a story's sentence."""
    head, _, rest = plain.partition(" ")
    return (
        bool(rest)
        and _R_ASSET.fullmatch(head) is not None
        and (len(rest.split(None, _LABEL_MOST)) <= _LABEL_MOST)
    )


# An image's alt text naming who it shows: "Headshot of Simone Grogan", "Portrait of ...",
# "Picture of St James's Place logo".
_R_ALT_OF = re.compile(
    r"(?:headshot|portrait|mugshot|(?:profile\ )?(?:photo|picture|image)|author\ photo)"
    r"\ of\ (?-i:[A-Z])[\w'’.\-]*(?:\ (?-i:[A-Z])[\w'’.\-]*){0,3}(?:\ (?-i:logo|badge|crest))?",
    re.I,
)
# A page's comment counter: "Comments (0)", "Replies (12)".
_R_COMMENT_COUNT = re.compile(r"(?:comments?|replies|responses|reactions)\s*\(\d{1,6}\)", re.I)
# The wire agencies a byline or credit line may name (a picture's sources: chrome_shapes).
_WIRE_AGENCY = (
    r"(?:AAP|AFP|AP|Reuters|PA|PTI|IANS|ANI|UNI|Xinhua|Yonhap|Kyodo|Bernama|"
    r"Anadolu|EFE|ANSA|DPA|Reuters\ staff|AP\ staff|AFP\ staff|wire\ services|"
    r"news\ agencies|agencies)"
)
# A wire agency as the whole byline or credit line ("by AAP", "AAP", "By Reuters"), or
# agencies side by side ("By DPA, IANS", "AFP/Reuters", "By AP and Reuters").
_R_AGENCY_BYLINE = re.compile(
    rf"(?:by\s+)?{_WIRE_AGENCY}(?:\s*(?:,|/|&|\band\b)\s*{_WIRE_AGENCY}){{0,3}}", re.I
)
# Writers and their agency without "By": "Eric Olson and Tom Coyne, Associated Press".
_NAME = r"(?-i:[A-Z][\w'’.\-]+)(?:\ (?-i:[A-Z][\w'’.\-]+)){1,2}"
_R_WRITERS_AGENCY = re.compile(
    rf"{_NAME}(?:,\ {_NAME})*(?:,?\ and\ {_NAME})?,\ (?:{_WIRE_AGENCY}|associated\ press)", re.I
)
# A sponsor's line over the story: "Sponsored by Lane Powell", "Presented by Acme Bank".
_R_SPONSOR = re.compile(
    r"(?:sponsored|presented|brought\ to\ you|paid\ for|supported|powered)\s+by:?\s+"
    r"(?-i:[A-Z])[\w&'’.\-]*(?:\s+[\w&'’.\-]+){0,5}",
    re.I,
)

# A student paper's tagline under its name, as its site template prints it: "The Student
# News Site of San Francisco State University", "The Independent Student Newspaper of X".
_R_TAGLINE = re.compile(
    r"(?:the\ )?(?:independent\ |official\ |award-winning\ )?student(?:-run)?\ "
    r"(?:news\ site|newspaper|news\ source|news\ organization|media)\ "
    r"(?:of|at|for|serving)\ (?:the\ )?(?-i:[A-Z][\w&'’.\-]*)"  # a name's words, no clause
    r"(?:,?\ (?:of|at|in|the|and|&|(?-i:[A-Z])[\w&'’.\-]*)){0,8}",
    re.I,
)


def template_leftover(plain: str) -> str | None:
    """Why the line is a template's leftover ("page code", "caption", "page control",
    "credit"), or None."""
    if len(plain) > 200:
        return None
    slots = _R_PLACEHOLDER.findall(plain)
    if len(slots) >= 2 or (slots and plain.startswith(slots[0])):
        return "page code"
    if _R_ASSET.fullmatch(plain) or _asset_label(plain) or _R_FILE_ID.fullmatch(plain):
        return "page code"
    if _R_ACCOUNT.fullmatch(plain):
        return "page control"
    if _R_PHONE_LINE.fullmatch(plain) and sum(c.isdigit() for c in plain) >= _PHONE_DIGITS:
        return "contact"
    if _R_ALT_OF.fullmatch(plain):
        return "caption"
    if _R_COMMENT_COUNT.fullmatch(plain):
        return "page control"
    if _R_AGENCY_BYLINE.fullmatch(plain) or _R_WRITERS_AGENCY.fullmatch(plain):
        return "credit"
    if _R_SPONSOR.fullmatch(plain):
        return "sponsor"
    if _R_TAGLINE.fullmatch(plain):
        return "tagline"
    return None
