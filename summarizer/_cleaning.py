"""Cleaning: from raw text to the article text that every offset refers to.

Cleaning may change characters freely (it runs before any offset exists):
line endings, Unicode normal form, page chrome that is not the story.
Chrome is dropped by whole lines, with rules kept here in one table so each
rule can be tested on real examples.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# One pattern per kind of page chrome; each must match a whole (stripped) line.
_CHROME_LINE = re.compile(
    r"""^(?:
        read\ more(?:\ [:>»›].*)?|read\ next|continue\ reading|see\ also|
        related(?:\ (?:articles|stories|coverage|content|news))?:?|
        more\ from\ .{1,40}|most\ (?:read|popular|viewed)|trending(?:\ now)?|
        recommended(?:\ for\ you)?|
        advertisement|sponsored(?:\ content)?|skip\ to\ (?:main\ )?content|
        (?:share|tweet|email|print|pin|copy\ link)(?:\ (?:this|on\ \w+|article|story|link))*|
        share\ this\ (?:article|story)|(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|f|t|in)|
        sign\ up\ (?:for|to)\ .{0,80}|subscribe(?:\ (?:now|today|to\ .{0,60}))?|
        (?:newsletter|get\ the\ latest).{0,80}\bsign\ up\b.*|
        (?:photo|image|video|credit|photograph)s?(?:\ credit)?:\ .{1,80}|
        \(?(?:photo|image)\ (?:by|courtesy\ of)\ .{1,60}\)?|
        .{1,60}\ /\ (?:getty\ images|reuters|ap|afp|epa)|
        (?:getty\ images|ap\ photo|reuters|afp)(?:\ /.{0,40})?|
        (?:\d+\ )?comments?|view\ comments|leave\ a\ comment|show\ comments|
        (?:back\ to\ top|top\ of\ page|click\ here\ .{0,80})
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A paragraph about cookies/consent: dropped whole, wherever it stands.
_CONSENT = re.compile(
    r"\b(?:we|this\ site|our\ partners)\b.{0,120}\bcookies?\b|\bcookie\ (?:policy|settings)\b|"
    r"\bmanage\ (?:settings|preferences|consent)\b|\baccept\ (?:all\ )?cookies\b",
    re.IGNORECASE | re.VERBOSE,
)
# Where reader comments begin, everything after is not the story.
_COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(\d+\))?:?$|^(?:join|add\s+to)\s+the\s+"
    r"(?:discussion|conversation)\b.*$|^(?:what\s+readers\s+are\s+saying|reader\s+comments)\b.*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    removed: list[str] = field(default_factory=list)


def clean(raw: str) -> CleanText:
    """Normalise ``raw`` and drop page chrome; the first short unpunctuated line is the title."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
    kept: list[str] = []
    removed: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if _COMMENTS_START.match(paragraph.splitlines()[0].strip()) and kept:
            removed.append(paragraph)
            removed.extend(p for p in paragraphs[paragraphs.index(paragraph) + 1 :] if p)
            break
        if _CONSENT.search(paragraph):
            removed.append(paragraph)
            continue
        lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in paragraph.splitlines()]
        good = [ln for ln in lines if ln and not _CHROME_LINE.match(ln)]
        removed.extend(ln for ln in lines if ln and _CHROME_LINE.match(ln))
        if good:
            kept.append("\n".join(good))
    title = kept[0] if kept and _is_title(kept[0]) else None
    return CleanText(text="\n\n".join(kept), title=title, removed=removed)


def _is_title(paragraph: str) -> bool:
    return "\n" not in paragraph and len(paragraph) <= 200 and not paragraph.endswith((".", ":"))
