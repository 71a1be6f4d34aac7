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
# An image's alt text naming who it shows: "Headshot of Simone Grogan", "Portrait of ...".
_R_ALT_OF = re.compile(
    r"(?:headshot|portrait|mugshot|(?:profile\ )?(?:photo|picture|image)|author\ photo)"
    r"\ of\ (?-i:[A-Z])[\w'’.\-]*(?:\ (?-i:[A-Z])[\w'’.\-]*){0,3}",
    re.I,
)
# A page's comment counter: "Comments (0)", "Replies (12)".
_R_COMMENT_COUNT = re.compile(r"(?:comments?|replies|responses|reactions)\s*\(\d{1,6}\)", re.I)
# A wire agency as the whole byline or credit line: "by AAP", "AAP", "By Reuters".
_R_AGENCY_BYLINE = re.compile(
    r"(?:by\s+)?(?:AAP|AFP|AP|Reuters|PA|PTI|IANS|ANI|UNI|Xinhua|Yonhap|Kyodo|Bernama|"
    r"Anadolu|EFE|ANSA|DPA|dpa|Reuters\ staff|AP\ staff|AFP\ staff|wire\ services|"
    r"news\ agencies|agencies)",
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
    if _R_ASSET.fullmatch(plain):
        return "page code"
    if _R_ALT_OF.fullmatch(plain):
        return "caption"
    if _R_COMMENT_COUNT.fullmatch(plain):
        return "page control"
    if _R_AGENCY_BYLINE.fullmatch(plain):
        return "credit"
    return None
