"""Lists of other stories below (or beside) a story: the heading that opens one ("Related
stories", "Most read", and below the story only, "Popular") and the lines that go on it
(other stories' titles, their writers glued to their teasers), which cleaning drops while
they last."""

from __future__ import annotations

import re

from summarizer._text.chrome_shapes import _SENTENCE_END
from summarizer._text.words import word_count

# Headings of other stories that only close a story: above it they may be a menu's.
_RELATED_BELOW = re.compile(
    r"^(?:popular(?: (?:now|stories|news|posts|articles))?|other (?:news|stories))$", re.I
)
# A listed story's writer glued to its teaser: "By Brian Campued President Ferdinand ...".
_R_BY_TEASER = re.compile(r"By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} (?:\| [^|]{1,40} )?[A-Z]")
# Headings that open a list of other stories; headline-like lines after them go too.
# "BACKGROUND" in capitals only: GOV.UK's "Background" heads its notes to editors.
_RELATED_HEAD = re.compile(
    r"""^(?:related(?:\ (?:articles?|stories|coverage|content|news|links|readings?|terms|topics))?|
        more\ (?:top\ )?(?:stories|news|headlines|on\ this\ (?:story|topic))(?:\ from\ .{1,40})?|
        more\ from\ .{1,40}|you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|have\ missed)|
        recommended(?:\ (?:for\ you|stories|reading))?|read\ (?:next|more|also)|also\ read|
        see\ also|most\ (?:read|popular|viewed|shared)|top\ stories|(?-i:BACKGROUND)|
        most\ watched(?:\ \w+){0,2}\ videos?|trending(?:\ now)?|
        (?:watch|video):\ .{1,120}|watch\ (?:more|next)|related\ videos?\b.*):?$""",
    re.I | re.X,
)
_LISTED_WORDS = 25  # a listed story's title, at most


def opens_list(plain: str, told: bool) -> bool:
    """The heading of a list of other stories; ``told``: the story has begun above it."""
    return bool(_RELATED_HEAD.match(plain) or (told and _RELATED_BELOW.match(plain)))


def listed(plain: str, told: bool) -> bool:
    """A line of such a list: another story's title by shape; under the story (``told``)
    also a long title without a stop or a writer glued to a teaser ("By Brian Campued
    President Ferdinand R. Marcos ..."): above it, such a line may be the page's headline."""
    if _headline_like(plain):
        return True
    long_title = (
        not _SENTENCE_END.search(plain) and word_count(plain, _LISTED_WORDS) <= _LISTED_WORDS
    )
    return told and (long_title or bool(_R_BY_TEASER.match(plain)))


def _headline_like(plain: str) -> bool:
    """Short, no closing period, mostly capitalised words: another story's title."""
    words = plain.split(None, 20)  # 21 at most: a longer line is no title
    shouted = plain.endswith(".") and plain[:-1].isupper()  # "CHASS HOLDS ... WORKSHOP."
    if not words or len(words) > 20 or (plain[-1] in ".,;:" and not shouted):
        return False
    if not (plain[0].isupper() or plain[0].isdigit() or plain[0] in "\"'“‘"):
        return False
    long = [w.strip("\"'“”‘’()") for w in words if len(w.strip("\"'“”‘’()")) >= 4]
    return not long or 2 * sum(1 for w in long if w[:1].isupper()) >= len(long)
