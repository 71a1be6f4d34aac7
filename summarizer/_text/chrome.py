"""Page chrome judged on features of a line and its neighbours, not on phrase lists alone.

``cleaning`` drops the chrome the tables of ``chrome_phrases`` name exactly; this pass
catches what those tables cannot list: lists of other stories' headlines (a run of short
lines without final punctuation after the story began, or anything headline-shaped after
its last sentence), photo captions' credits, calls to action, print-edition and section
notes, time stamps, labels, and paragraphs repeated verbatim.  Each rule looks at shapes
(length, capitals, final punctuation, stopword density, position) so it carries over to
outlets nobody wrote a rule for, and each errs on keeping: a line with quotation marks,
or a sentence of ordinary prose, is never called chrome by shape alone.  What a line's
own shape shows is read in ``chrome_line``; here, what its neighbours and its place on
the page show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import Field, dataclass, replace
from typing import Any, ClassVar, Protocol, TypeVar

from summarizer._text.chrome_captions import (
    R_DASH,
    R_PHOTO_BY,
    alt_texts,
    credit_line,
    credited_twice,
    enlarged_captions,
    gallery_captions,
    pull_quotes,
)
from summarizer._text.chrome_line import _doubled, _legal, _own_shape, _prose_words
from summarizer._text.chrome_reader import bio_line, hover_card, stamp_only
from summarizer._text.chrome_shapes import (
    _CAPTION_WORDS,
    _CLICK_TAIL,
    _CONTACT_RUN,
    _CREDIT_HINT,
    _CREDIT_TAIL,
    _CTA_LEAD,
    _HASHTAG,
    _HEADING,
    _LIST_RUN,
    _POINTER,
    _POST_SIGNATURE,
    _QUOTE_MARKS,
    _R_DASHED_DIGITS,
    _R_NAME_ONLY,
    _SCORE,
    _SENTENCE_END,
    _TAIL_CHARS,
    _TAIL_MAX,
    _VIDEO_TAIL,
    _WIDGET_TAIL,
)
from summarizer._text.headline import above_headline, headline_shaped, is_stamp
from summarizer._text.words import word_count


class LineLike(Protocol):
    """A cleaning line (a dataclass): its text as written and without markup."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def raw(self) -> str: ...
    @property
    def plain(self) -> str: ...
    @property
    def bullet(self) -> bool: ...
    @property
    def para(self) -> int: ...


_L = TypeVar("_L", bound=LineLike)


@dataclass(frozen=True)
class Verdict:
    """Lines to drop, and lines to keep with a trailing credit cut off."""

    drop: dict[int, str]  # line index -> why
    trim: dict[int, tuple[str, str]]  # line index -> (kept text, cut credit)


def judge(lines: Sequence[LineLike]) -> Verdict:
    plains = [ln.plain for ln in lines]
    drop: dict[int, str] = {}
    trim: dict[int, tuple[str, str]] = {}
    seen: dict[str, int] = {}  # a line -> where it was first written
    credited: dict[str, str] = {}  # a caption cut from its credit -> the credit
    for i, plain in enumerate(plains):
        why = _own_shape(plain)
        if why is None and ((plain in seen and word_count(plain, 4) >= 4) or _doubled(plain)):
            why = "repeated"
            first = seen.get(plain, i)
            if first == i - 1 and _HEADING.match(lines[first].raw):
                pass  # "# Title" over "Title": a Markdown heading and its plain copy
            elif credited_twice(plains, first, i):  # and its credit between
                drop[first] = "caption"
                drop.update((k, "credit") for k in range(first + 1, i) if credit_line(plains[k]))
            elif first == i - 1 and not _SENTENCE_END.search(plain):
                drop[first] = "caption"  # "Storm damage in Raleigh" twice: alt text, caption
            elif first < i - 1 and first < _HEADER_LINES and i - first <= _HEADER_LINES:
                # the story restarts with the summary above it: the titles between were the
                # page's header (a video's, another story's), never a sentence of its own
                drop.update(
                    (k, "header")
                    for k in range(first + 1, i)
                    if not _SENTENCE_END.search(plains[k]) and not _QUOTE_MARKS.search(plains[k])
                )
        seen.setdefault(plain, i)
        if why is None and plain in credited:  # the caption again, then its credit's name
            why = "caption"
            if i + 1 < len(plains) and R_DASH.sub("", plains[i + 1]) == credited[plain]:
                drop[i + 1] = "credit"
        if why is not None:
            drop[i] = why
            continue
        tail = max(0, len(plain) - _TAIL_CHARS)
        if _VIDEO_TAIL.search(plain, tail):
            drop[i] = "caption"
            continue
        hint = plain.endswith(")") or "/" in plain[-60:] or _CREDIT_HINT.search(plain, tail)
        m = _CREDIT_TAIL.search(plain, tail) if hint else None
        if m and m.start() > 0 and not _QUOTE_MARKS.search(m.group()):
            kept = plain[: m.start()].rstrip()
            if (
                _CAPTION_WORDS.search(kept)
                or _R_NAME_ONLY.fullmatch(kept)
                or m.group().lstrip()[:1] in "—–-"
                or R_PHOTO_BY.match(m.group().lstrip(" \t(["))  # "... (Photo by X/Outlet)"
            ):
                drop[i] = "caption"  # "... poses for a photo (AP Photo/X)", "Gregory Wong."
                credited.setdefault(kept, R_DASH.sub("", m.group().strip()))
            elif _SENTENCE_END.search(kept) or word_count(kept, 8) >= 8:
                trim[i] = (kept, m.group().strip())
            else:
                drop[i] = "caption"
        elif (m := _BYLINE_BAR.match(plain)) and stamp_only(plain[m.end() :]):
            trim[i] = (plain[m.end() :], m.group().strip())  # "By OLGA R. RODRIGUEZ | Nov..."
        elif (m := _CTA_LEAD.match(plain)) and m.end() < len(plain):
            trim[i] = (plain[m.end() :], m.group().strip())  # "Continue reading...February 12"
        elif "(" in plain and (m := _CLICK_TAIL.search(plain, max(0, len(plain) - 160))):
            trim[i] = (plain[: m.start()].rstrip(), m.group().strip())  # "(Click here to read"
        elif (m := _WIDGET_TAIL.search(plain, max(0, len(plain) - 20))) and m.start() > 0:
            trim[i] = (plain[: m.start()].rstrip(), m.group())
        elif _R_DASHED_DIGITS.search(plain) and (m := _CONTACT_RUN.search(plain)):
            trim[i] = (plain[: m.start()] + plain[m.end() :], m.group().strip())
        elif card := hover_card(plain):
            at = plain.find(card)
            trim[i] = (plain[:at].rstrip() + " " + plain[at + len(card) :].lstrip(), card)
    for i, plain in enumerate(plains):  # an embedded post: its signature, and its text above
        if i not in drop and _POST_SIGNATURE.fullmatch(plain):
            drop[i] = "embedded post"
            if i and i - 1 not in drop and _HASHTAG.search(plains[i - 1]):
                drop[i - 1] = "embedded post"
    for i in [i for i, why in drop.items() if why in ("caption", "credit")]:
        # an image's alt text above its caption: "Ventus Lau" / "Ventus Lau Photo: ..."
        above = plains[i - 1].rstrip(".") if i and i - 1 not in drop else ""
        if above and headline_shaped(above) and plains[i].startswith(above):
            drop[i - 1] = "caption"
        elif above and word_count(above, 3) <= 3 and _R_NAME_ONLY.fullmatch(above):
            drop[i - 1] = "caption"  # who is pictured, above the credit: "Jeff Lawson"
    for i in [i for i, why in drop.items() if why == "credit"]:  # "Name graphic" / "/" / "Outlet"
        j = i + 1 + (i + 1 < len(plains) and plains[i + 1].strip() in ("/", "|"))
        if j < len(plains) and word_count(plains[j], 1) == 1 and headline_shaped(plains[j]):
            drop.update({k: "credit" for k in range(i + 1, j + 1)})
    drop.update(gallery_captions(plains, drop))
    drop.update(enlarged_captions(plains, drop))
    drop.update(pull_quotes(plains, drop))
    drop.update(_prompt_headings(plains, drop))
    drop.update(_arrow_links(lines, drop))
    closing = next((i for i in range(len(plains) - 1, 0, -1) if i not in drop and plains[i]), 0)
    if closing and bio_line(plains[closing]):  # the writer introduced below the story
        drop[closing] = "author bio"
    sentences = [0 if i in drop else _prose_words(p) for i, p in enumerate(plains)]
    prose = [i for i, n in enumerate(sentences) if n >= 6]
    ended = [i for i, n in enumerate(sentences) if n >= 3]
    if len(prose) > 1 and _section_blurb(plains, prose[0], prose[1], drop):
        drop[prose.pop(0)] = "section description"
    legal = next(
        (i for i in range(prose[0] if prose else 0, len(plains)) if _legal(plains[i])), None
    )
    if legal is not None:  # a release's legal tail runs to the end of the page
        drop.update((i, "legal tail") for i in range(legal, len(plains)))
        prose = [i for i in prose if i < legal]
        ended = [i for i in ended if i < legal]
    if len(prose) > 1 and (alt := alt_texts(plains, prose[1], drop)):
        drop.update(alt)  # an alt text may read as the story's first prose
        prose = [i for i in prose if i not in alt]
    if prose:
        drop.update(above_headline(lines, prose[0], drop))
        drop.update(_names_above(lines, plains, prose[0], drop))
        stamps = range(prose[0], len(lines))  # above the story a stamp may be its clock
        drop.update(
            (i, "time stamp") for i in stamps if is_stamp(plains[i]) or stamp_only(plains[i])
        )
        drop.update(_runs(lines, prose[0], drop))
        drop.update(_tail(lines, ended[-1], drop))
    return Verdict(drop, trim)


_NAME_LINES = 12  # a byline stands this near the story's first sentence, above it


def _names_above(
    lines: Sequence[LineLike], plains: Sequence[str], first: int, drop: dict[int, str]
) -> dict[int, str]:
    """Above the story's first sentence, a line of two or three capitalised words none of
    which the story says ("Rodney Stevens" under the headline, "Beth Abbit" over it): the
    writer's or photographer's name, a byline without its "By"; a name the story uses
    (who is pictured, whom it is about) stays.  Only the few lines near the story are
    read, and the story once, for all their words together (no index of its words: on a
    long text that set cost more memory than the text)."""
    named: dict[int, list[str]] = {}
    for i in range(max(0, first - _NAME_LINES), first):
        plain = plains[i]
        if i in drop or plain.endswith(".") or not 2 <= word_count(plain, 4) <= 3:
            continue
        if _HEADING.match(lines[i].raw):
            continue  # "# Weekend Edition Extra": the page's own heading, named as such
        if not _R_NAME_ONLY.fullmatch(plain):
            continue
        if words := [w.casefold() for w in plain.split() if len(w) >= 3 and w.isalpha()]:
            named[i] = words
    if not named:
        return {}
    said = _said_in({w for ws in named.values() for w in ws}, plains[first:])
    return {i: "byline" for i, ws in named.items() if said.isdisjoint(ws)}


def _said_in(words: set[str], story: Sequence[str]) -> set[str]:
    """Which of ``words`` the story's lines hold as whole words, any case: one pass, all
    the words in one pattern, stopping once every word is found."""
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)
    found: set[str] = set()
    for line in story:
        found.update(m.group().casefold() for m in pattern.finditer(line))
        if words <= found:
            break
    return found


# A writer's byline, then a bar, before the page's stamp: the stamp stays (the page's clock).
_BYLINE_BAR = re.compile(r"By:?\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s*\|\s*")
# A summary repeated by the story's first lines sits this high at most, and its repeat this
# few lines below it: a bounded look, never a walk over the page per repeated line.
_HEADER_LINES = 6
# A pop-up's heading speaks to the reader ("We've got news for you.", "Talk to us").
_ADDRESSED = re.compile(r"\b(?:you|your|us|our|we|we['’]ve)\b", re.IGNORECASE)


_ARROW = re.compile(r"[>›»▸→]\s+\S")  # a line opening with an arrow, then its words
_ARROW_WORDS = 8  # a link's words at most ("> More Herald contact information.")


def _arrow_links(lines: Sequence[LineLike], drop: dict[int, str]) -> dict[int, str]:
    """Short lines marked with an arrow beside another such line dropped ("> Give us your
    news tips." / "> More Herald contact information."): a list of links, all of it.  A
    quoted passage set off the same way is longer, or has no dropped neighbour."""
    arrows = [bool(_ARROW.match(ln.raw)) for ln in lines]
    out: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if not arrows[i] or i in drop or word_count(ln.plain, _ARROW_WORDS + 1) > _ARROW_WORDS:
            continue
        if any(0 <= j < len(lines) and arrows[j] and j in drop for j in (i - 1, i + 1)):
            out[i] = "link"
    return out


def _prompt_headings(plains: Sequence[str], drop: dict[int, str]) -> dict[int, str]:
    """A short line speaking to the reader right above a call to action is its heading."""
    return {
        i: "call to action"
        for i in range(len(plains) - 1)
        if i not in drop
        and drop.get(i + 1) == "call to action"
        and word_count(plains[i], 7) <= 6
        and _ADDRESSED.search(plains[i])
        and not _QUOTE_MARKS.search(plains[i])
    }


def _section_blurb(plains: Sequence[str], first: int, second: int, drop: dict[int, str]) -> bool:
    """A section's one-sentence description between its name and the story's headline.

    "Press Releases" / "Official announcements highlighting ..." / "SEC Charges ...": the
    first sentence of prose sits below a label of at most three words and above a headline
    that the story's prose follows, so it is the page's, not the story's.
    """
    shown = [i for i in range(len(plains)) if i not in drop and plains[i].strip()]
    at = shown.index(first)
    if at == 0 or at + 2 >= len(shown) or shown[at + 2] != second:
        return False
    label, headline = plains[shown[at - 1]], plains[shown[at + 1]]
    return (
        headline_shaped(label) and word_count(label, 3) <= 3 and headline_shaped(headline, 4)
        and word_count(plains[first], 30) <= 30 and plains[first].count(". ") == 0
    )  # fmt: skip


def _runs(lines: Sequence[LineLike], first_prose: int, drop: dict[int, str]) -> dict[int, str]:
    """Three or more headline-shaped lines in a row inside the story: a list of other stories.

    A subhead is one such line followed by prose; a list the story itself gives is
    introduced by a colon or made of bullets, and names in it are short.
    """
    out: dict[int, str] = {}
    run: list[int] = []
    for i in [*range(first_prose + 1, len(lines)), None]:
        if i is not None and i in drop:
            continue
        if i is not None and _listed_headline(lines[i]):
            run.append(i)
            continue
        if len(run) >= _LIST_RUN:
            before = _previous(lines, run[0], drop)
            if before is None or not lines[before].plain.endswith(":"):
                out.update((j, "headline list") for j in run)
                if before is not None and headline_shaped(lines[before].plain):
                    out[before] = "headline list"
        run = []
    return out


def _tail(lines: Sequence[LineLike], last_prose: int, drop: dict[int, str]) -> dict[int, str]:
    """After the story's last sentence: headline-shaped lines are other stories or furniture."""
    out = {}
    listed = False  # after "Candidates so far:" short lines are the story's own list
    pointed = False  # after "More from the Planet:" they are other stories
    for i in range(last_prose + 1, len(lines)):
        line = lines[i]
        if i in drop or _QUOTE_MARKS.search(line.plain) or _score(line.plain):
            continue
        words = word_count(line.plain, _TAIL_MAX)  # compared with _TAIL_MAX (16) and 4 only
        if line.bullet and not (pointed and headline_shaped(line.plain)):
            continue  # a story's own bullets stay, unless a pointer heading lists them
        if headline_shaped(line.plain) and words <= _TAIL_MAX and not (listed and words < 4):
            out[i] = "after the story"
        if line.plain.endswith(":"):  # "More from the Planet:" points; "Candidates:" lists
            pointed = bool(_POINTER.match(line.plain))
            listed = listed or not pointed
            if pointed:
                out[i] = "pointer"
    return out


def _score(plain: str) -> bool:
    """A result closing a match report ("Auckland FC 3 Wellington Phoenix 1"): the story's."""
    return plain[-1:].isdigit() and _SCORE.fullmatch(plain) is not None


def _listed_headline(line: LineLike) -> bool:
    plain = line.plain
    return (
        not line.bullet
        and headline_shaped(plain, 4)
        and not _QUOTE_MARKS.search(plain[1:])
        and ":" not in plain
        and not (word_count(plain, _UPDATE_WORDS) > _UPDATE_WORDS and _PROSE_UPDATE.search(plain))
    )


# A live blog's update with no final stop, not a headline: long, with the copula headlines
# leave out ("Normal traffic conditions are expected to return between 12.15pm and ...").
_UPDATE_WORDS = 13  # more words than this: "Boxer's ... charge is dropped as ..." is shorter
# (no question or numbered item: "5. What is Cheryl's second name? ..." heads a list)
_PROSE_UPDATE = re.compile(
    r"^(?![\d.]+\s)(?:[^\s?]+\s+){2,}(?:are|is|was|were|will\s+be|has\s+been)\s"
    r"(?:[^\s?]+\s+){6,}[^\s?]+$"
)


def _previous(lines: Sequence[LineLike], i: int, drop: dict[int, str]) -> int | None:
    for j in range(i - 1, -1, -1):
        if j not in drop:
            return j
    return None


def apply(lines: list[_L], removed: list[str]) -> list[_L]:
    """``lines`` without the chrome ``judge`` finds; what goes is appended to ``removed``."""
    verdict = judge(lines)
    out: list[_L] = []
    for i, line in enumerate(lines):
        if i in verdict.drop:
            removed.append(line.raw)
        elif i in verdict.trim:
            kept, credit = verdict.trim[i]
            at = line.raw.rfind(credit)
            raw = (line.raw[:at].rstrip() + " " + line.raw[at + len(credit) :].lstrip()).strip()
            raw = raw if at >= 0 else kept
            removed.append(credit)
            out.append(replace(line, raw=raw, plain=kept))
        else:
            out.append(line)
    return out
