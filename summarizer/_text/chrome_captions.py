"""Captions and what credits them, judged from a line and its neighbours for ``chrome``: a
caption printed twice with its credit between, an image's alt text above the story, a
gallery's captions between their credits, a pull quote the story quotes again.  Plain
functions over the lines' plain text and the verdicts made so far."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer._text.chrome_shapes import _PULL, _PULL_READS, _QUOTE_MARKS, _SENTENCE_END
from summarizer._text.headline import headline_shaped
from summarizer._text.words import word_count

_CREDIT_GAP = 4  # lines between a caption's two copies: a credit, "/", an outlet's name


# The dash before a credit's name: "— Myles Dolphin" is the credit "-- Myles Dolphin".
R_DASH = re.compile(r"^[—–-]+\s*")


# A credit naming a photo's maker: what it follows is the photo's caption.
R_PHOTO_BY = re.compile(r"(?:file\ )?(?:photo|photograph|picture)s?\ by\b", re.I)


_R_LOWER_WORD = re.compile(r"[a-z]+\b(?![’'.-])")


def alt_texts(plains: Sequence[str], first: int, drop: dict[int, str]) -> dict[int, str]:
    """Above the story, a short line opening on a lower-case word with no stop ("specific
    date has been circled with red marker on calendar"): an image's alt text; no headline,
    standfirst or byline opens so (a brand's "iPhone" has a capital inside), and a lead
    that lost its initial is longer."""
    return {
        i: "alt text"
        for i in range(first)
        if i not in drop
        and _R_LOWER_WORD.match(plains[i])
        and not _SENTENCE_END.search(plains[i])
        and 4 <= word_count(plains[i], 15) <= 14
    }


def credited_twice(plains: Sequence[str], first: int, again: int) -> bool:
    """A line written again after a few short lines ("Scott Willis", "/", "WAER News") or
    right after itself (an image's alt text, then its caption): a photo's caption printed
    twice; a story never repeats a paragraph with only a name between, so the first copy
    is the caption too.  Only counters between ("0": the comments') are no credit: that is
    the headline over its share row, written again above the story."""
    gap = plains[first + 1 : again]
    if gap and not any(credit_line(p) for p in gap):
        return False
    if len(gap) == 2 and gap[0] == gap[1]:  # a caption twice between a standfirst and the
        return False  # lead that repeats it ("Town of Cochrane." twice): no credit of theirs
    return first < again and len(gap) <= _CREDIT_GAP and all(word_count(p, 5) <= 4 for p in gap)


def credit_line(plain: str) -> bool:
    """A line between a caption's two copies that is its credit ("Scott Willis", "/"), not
    a date line (the page's clock, which the dates read)."""
    return bool(plain) and not any(c.isdigit() for c in plain)


_CAPTION_WORDS_MOST = 40  # a caption is one sentence of a line
_DOUBLE_QUOTE = re.compile(r"[\"“”]")


def gallery_captions(plains: Sequence[str], drop: dict[int, str]) -> dict[int, str]:
    """A gallery's caption: a line of one sentence between its picture's credit alone on a
    line ("AP") and the next picture's file name or credit ("1997089_web1_...", "AP"),
    both already chrome. A story's sentence after a credit is followed by the story."""
    out: dict[int, str] = {}
    for i, why in drop.items():
        j = i + 1
        if why != "credit" or j + 1 >= len(plains) or j in drop or j + 1 not in drop:
            continue
        if drop[j + 1] not in ("credit", "page code") or _DOUBLE_QUOTE.search(plains[j]):
            continue  # (an apostrophe is no quotation: "The Penguins' Bryan Rust scores")
        if word_count(plains[j], _CAPTION_WORDS_MOST) < _CAPTION_WORDS_MOST:
            out[j] = "caption"
    return out


# A pull quote cut short, no marks ("I think the competition this year has really focussed
# on being a community competition..."): forty characters or more, then an ellipsis.
_PULL_CUT = re.compile(r"(?P<q>[A-Z][^\"“”\n]{40,300}?)(?:\.\.\.|…)")


# A picture's control and its caption on one line: "click to enlarge Sam Borozan: 1928-2019".
_ENLARGE = re.compile(r"(?i:(?:click|tap)\s+to\s+(?:enlarge|expand|zoom))\s+(?P<rest>\S.*)")


def enlarged_captions(plains: Sequence[str], drop: dict[int, str]) -> dict[int, str]:
    """The caption printed again on the line under its picture's "click to enlarge <caption>"
    (that line already chrome): the same words alone are the caption, not a heading."""
    out: dict[int, str] = {}
    for i, why in drop.items():
        j = i + 1
        if why != "call to action" or j >= len(plains) or j in drop:
            continue
        m = _ENLARGE.match(plains[i])
        if m and m["rest"].strip() == plains[j].strip():
            out[j] = "caption"
    return out


def pull_quotes(plains: Sequence[str], drop: dict[int, str]) -> dict[int, str]:
    """A label, a colon and a quotation the story quotes again elsewhere ("Dan Zubich about
    the regular season: "How do you get 91 points? ...""), or the start of a paragraph cut
    off by an ellipsis (``_PULL_CUT``): a pull quote or a video's caption, with the
    headline-shaped title right above it.  At most ``_PULL_READS`` lines
    are looked up in the text, so a page of such lines stays linear."""
    out: dict[int, str] = {}
    whole = "\n".join(plains)
    reads = 0
    for i, plain in enumerate(plains):
        m = _PULL.match(plain) if i not in drop and len(plain) < 600 else None
        found = m or (_PULL_CUT.fullmatch(plain) if i not in drop else None)
        if found is None:
            continue
        reads += 1
        if reads > _PULL_READS:
            break
        said = found["q"].strip()  # a cut one's words, the ellipsis off
        first = whole.find(said)
        if first >= 0 and whole.find(said, first + 1) >= 0:
            out[i] = "pull quote"
            above = plains[i - 1] if i and i - 1 not in drop else ""
            if above and headline_shaped(above, 4) and not _QUOTE_MARKS.search(above):
                out[i - 1] = "pull quote"
    return out
