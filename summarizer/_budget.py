"""What one article may cost the model: sentences cut for prompts, and a cap on parts.

Code works on the whole text; the model need not.  One sentence of 600 KB (no full stop
in it) was sent whole in the system message of every task, and again in each of the
timeline's twelve candidates: a 7.8 MB prompt, 853 s on the model side.  News sentences
run to a few hundred characters (486 at most in the seed and gold articles), so a cut
at ``SENTENCE_CHARS`` leaves every normal prompt as it was.  An article longer than
``MAX_PARTS`` parts is read by the model up to there; the rest keeps code's findings and
``meta.warnings`` says so.  Validators still check every answer against the whole text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from summarizer._text.segment import Sentence, Shown

SENTENCE_CHARS = 2_000  # the most of one sentence a prompt shows
MAX_PARTS = 10  # parts of at most PART_CHARS: ~120,000 characters, 40 requests at most
CUT = "[…]"
P = TypeVar("P")


def capped(text: str, at: int = 0, limit: int = SENTENCE_CHARS) -> str:
    """``text`` if it is short; else about ``limit`` characters of it around ``at``, cut
    between words, with ``[…]`` where text was left out."""
    if len(text) <= limit:
        return text
    lo = max(0, min(at - limit // 2, len(text) - limit))
    hi = lo + limit
    if lo and (space := text.find(" ", lo, lo + 100)) >= 0:
        lo = space + 1
    if hi < len(text) and (space := text.rfind(" ", hi - 100, hi)) > lo:
        hi = space
    return (f"{CUT} " if lo else "") + text[lo:hi] + (f" {CUT}" if hi < len(text) else "")


def shown_length(s: Sentence) -> int:
    """Characters the sentence takes in a prompt."""
    return min(len(s.text), SENTENCE_CHARS + 2 * len(CUT) + 2)


def shown(part: Sequence[Sentence]) -> tuple[Sentence, ...]:
    """The part's sentences as a prompt shows them (only overlong ones change)."""
    return tuple(s if len(s.text) <= SENTENCE_CHARS
                 else Shown(s.id, s.start, s.end, s.source, s.paragraph, capped(s.text))
                 for s in part)  # fmt: skip


def bounded(parts: list[P]) -> tuple[list[P], str | None]:
    """At most ``MAX_PARTS`` parts, and the warning when some were left out."""
    if len(parts) <= MAX_PARTS:
        return parts, None
    return parts[:MAX_PARTS], (
        f"model: the article is {len(parts)} parts long; the model read the first "
        f"{MAX_PARTS}, the rest has code's findings only"
    )
