"""The headline of a page and the lines around it: which line is the title, and what
stands above it (breadcrumbs, section names) or under it (a date line, a stamp, a byline,
the writer's name, a score line, a standfirst) without being the story.

Read by the chrome pass (what goes above the headline) and by cleaning (which line is
the title); shapes only, so they carry over to outlets nobody wrote a rule for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from summarizer._lang.words import fresh_bag
from summarizer._text.chrome_reader import R_ORDINAL_DAY, calendar_line, calendar_only
from summarizer._text.chrome_shapes import (
    _BYLINE,
    _BYLINE_LINE,
    _DATE,
    _MONTH,
    _R_CLOCK,
    _R_DATE,
    _R_NAME_ONLY,
    _STAMP,
    _STOP,
)
from summarizer._text.words import iter_words, stretches, word_count


class _Lined(Protocol):
    """A cleaning line as these rules read it."""

    @property
    def plain(self) -> str: ...
    @property
    def para(self) -> int: ...
    @property
    def bullet(self) -> bool: ...


def is_dateline(plain: str) -> bool:
    """A time stamp, or a full date standing alone or beside one section's word ("Mar 18,
    2020 News"): the page's clock, never its title."""
    bare = plain.strip()
    return (
        is_stamp(plain)
        or bool(_R_DATE.fullmatch(bare) or _R_DATE_LABEL.fullmatch(bare))
        or calendar_line(plain)  # "Monday, June 12th 2023"
    )


# A full date and a capitalised word or two either side: the page's date and its sections
# ("Mar 18, 2020 News", "Nation Politics 06 Mar 2021 Explainer").
_R_DATE_LABEL = re.compile(
    rf"(?:(?i:{_DATE})\s+[A-Z][a-z]+|(?:[A-Z][a-z]+\s+){{1,2}}(?i:{_DATE})(?:\s+[A-Z][a-z]+)?)"
)


def is_stamp(plain: str) -> bool:
    return bool(_STAMP.match(plain) and _R_CLOCK.search(plain))


def stop_share(words: Sequence[str]) -> float:
    return sum(_is_stop(w) for w in words) / max(len(words), 1)


def _is_stop(word: str) -> bool:
    return word.lower().strip(_PUNCT) in _STOP


_PUNCT = ".,;:!?\"'“”‘’()"  # what a stop word is read without


def stop_counts(text: str) -> tuple[int, int]:
    """``text``'s words and how many are stop words (``stop_share`` is their ratio), read a
    stretch at a time: a line of a megabyte is never a list of its words.  A stretch's
    words are tested in one comprehension (a call per word was a fifth of cleaning); no
    table of words seen is kept (gold's articles, one by one, would each add theirs)."""
    words = stops = 0
    for stretch in stretches(text):
        split = stretch.split()
        words += len(split)
        stops += sum([w.lower().strip(_PUNCT) in _STOP for w in split])
    return words, stops


def cut_short(line: str) -> bool:
    """A title the page cut short, its ellipsis spaced off ("Trucking prospects improve, but
    ..."): its final stop ends no sentence."""
    return line.endswith(" ...")


def headline_shaped(plain: str, min_words: int = 1) -> bool:
    """Short, no closing punctuation, capital first: a headline, label or name line."""
    words = plain.split(None, 16)  # 17 at most: a longer line is no headline either way
    if not min_words <= len(words) <= 16:
        return False
    if plain[-1] in ".,;:!?" and not cut_short(plain):
        return False
    first = plain.lstrip("\"'“‘([")[:1]  # "[Breaking] NK underlines ..."
    return first.isupper() or first.isdigit()


def headline_at(lines: Sequence[_Lined], first_prose: int, drop: dict[int, str]) -> int | None:
    """The headline's line, found from the story up (None: no line there is shaped as one):
    the line of four words or more right above the story's first sentence, past its date
    lines, bylines, score line, and the lines of ``_passed_meta`` the chrome pass's own walk
    stops at.  A list's item, or the first line of the story's own paragraph (a wrapped
    line as likely as a headline), is not one."""
    title, _ = _walk_up(lines, first_prose, drop, lenient=True)
    if title is None or lines[title].bullet:
        return None
    wrapped = lines[title].para == lines[first_prose].para and all(
        j in drop for j in range(title + 1, first_prose)
    )
    return None if wrapped else title


def lead_bag(story: str) -> frozenset[str]:
    """The content words of a story's first 200 words, what a headline must share."""
    return fresh_bag(" ".join(story[:STORY_CHARS].split()[:200]))


def tells_story(title: str, story: str) -> bool:
    """A headline names what its story is about: a title sharing no content word with the
    story's first 200 words is another line of the page (a site's name, a section, a
    teaser) that stood first, not its headline.  A title of stop words only is kept: it
    says nothing either way."""
    mine = fresh_bag(title)
    shared = mine & lead_bag(story)
    if _name_row(title):  # "News Sport Weather Culture": one word met by chance is no tie
        return 2 * len(shared) >= len(mine)
    return not mine or bool(shared)


def _name_row(title: str) -> bool:
    """A row of three or more capitalised words, no stop word, digit or mark: a site's
    sections side by side (a headline has its function words, or ties to its story word
    for word)."""
    words = title.split()
    return len(words) >= 3 and all(
        w.isalpha() and w[0].isupper() and not _is_stop(w) for w in words
    )


STORY_CHARS = 3000  # the characters read for the story's first 200 words (they seldom take more)


def meta_line(plain: str) -> bool:
    """A line under a headline that is never one: a stamp, a date line, a byline, the
    writer's name or post, a wire dateline."""
    return bool(_BYLINE.match(plain)) or _byline_or_stamp(plain) or _passed_meta(plain)


def _walk_up(
    lines: Sequence[_Lined], first_prose: int, drop: dict[int, str], lenient: bool
) -> tuple[int | None, bool]:
    """The headline from the story up, and whether the walk passed a line that is never
    the headline (a byline, a date line) on its way: a label may then stand right above it.
    ``lenient`` also passes the lines of ``_passed_meta``."""
    title = None
    past_meta = False
    for i in range(first_prose - 1, -1, -1):
        plain = lines[i].plain
        # A stamp or a score line is passed as before; the other lines that are never the
        # headline mean a label may come next (only short lines go above it).
        if i in drop or _BYLINE.match(plain) or is_stamp(plain) or _R_SCORELINE.fullmatch(plain):
            continue
        if _byline_or_stamp(plain) or (lenient and _passed_meta(plain)):
            past_meta = True
            continue
        if headline_shaped(plain, 4) and not _R_ENTRY.match(plain):
            title = i  # a live blog's entry heading is no page's headline
        break
    if title is None:
        return None, past_meta
    if (over := _over_byline(lines, title, first_prose, drop)) is not None:
        title = over  # (a verified headline: what stands above it goes as before)
    above = next((j for j in range(title - 1, -1, -1) if j not in drop), None)
    if (
        above is not None
        and lines[above].para == lines[title].para
        and standfirst(lines[title].plain)
        and headline_shaped(lines[above].plain, 4)
        and not _R_CRUMBS.fullmatch(lines[above].plain)
    ):
        title = above  # the headline and its standfirst on the next line: both stay
    return title, past_meta


_OVER_BYLINE = 3  # lines between a byline and the story: a standfirst, a caption, at most
# "By Ronan Early at Dr Hyde Park": a byline and where the writer was.
_R_BY = re.compile(r"By:?\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s+(?:at|in)\s.{1,40})?")


def _byline_like(plain: str) -> bool:
    """A byline, or a name alone (the writer's: "Dylan White"; not a release's number,
    "SEC-PR-2024-90")."""
    return bool(
        _R_BY.fullmatch(plain)
        or _BYLINE_LINE.fullmatch(plain)
        or (
            _name_alone(plain)
            and not any(map(str.isdigit, plain))
            and not _R_SECTION.search(plain)  # "World News", "News Asia": a menu's sections
        )
    )


_R_SECTION = re.compile(
    r"\b(?:News|Sports?|Opinion|Entertainment|Lifestyle|Politics|Weather|Showbiz|Business"
    r"|Videos?|Photos?)\b"
)


def _over_byline(
    lines: Sequence[_Lined], title: int, first_prose: int, drop: dict[int, str]
) -> int | None:
    """The headline above the byline over the line the walk took: a page writes its
    headline, then its byline, then perhaps a standfirst or a picture's caption, then the
    story ("Dogged London on the march to Connacht final" / "By Ronan Early at Dr Hyde
    Park" / "London celebrate their victory over Leitrim"); what stands under the byline
    is not the headline, when the line over it tells the story."""
    seen = 0
    for j in range(title - 1, -1, -1):
        if j in drop:
            continue
        plain = lines[j].plain
        if _byline_like(plain):
            k = next((k for k in range(j - 1, -1, -1) if k not in drop), None)
            while k is not None and (_byline_like(lines[k].plain) or is_stamp(lines[k].plain)):
                k = next((i for i in range(k - 1, -1, -1) if i not in drop), None)
            if k is None or not headline_shaped(lines[k].plain, 4):
                return None
            if _R_CRUMBS.fullmatch(lines[k].plain):
                return None
            return k if fresh_bag(lines[k].plain) & _story_lead(lines, first_prose, drop) else None
        seen += 1
        if seen >= _OVER_BYLINE or not (headline_shaped(plain, 4) or standfirst(plain)):
            return None
    return None


# A breadcrumb: three or more short steps between slashes or arrows ("Home / News /
# Government & Politics"), never a headline over its standfirst.
_R_CRUMBS = re.compile(r"[^/>»›|\n]{1,40}(?:\s[/>»›]\s[^/>»›|\n]{1,40}){2,}")


# A live blog's entry heading: its time, then its label ("12.45pm: Fiscal rules met",
# "12:43 - Age of optimism").
_R_ENTRY = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[:\-–—|]\s+\S")


def above_headline(
    lines: Sequence[_Lined], first_prose: int, drop: dict[int, str]
) -> dict[int, str]:
    """Before the headline: breadcrumbs, section names, labels ("Home News News Blog").

    Past a byline or date line the walk may reach a label that only looks like a headline
    ("Press Release: <the sender>"), so above it only short lines go (breadcrumbs, section
    names): a longer one may be the headline.  The walk is the strict one; when it took a
    line the lenient one passes for the headline (a date line with an ordinal day, a wire
    dateline, a writer's post), the headline ``headline_at`` finds above it is spared."""
    title, past_meta = _walk_up(lines, first_prose, drop, lenient=False)
    if title is None:
        return {}
    spared = _rival(lines, title, first_prose, drop)
    out = {}
    for i in range(title):
        plain = lines[i].plain
        if i == spared:
            continue
        short = word_count(plain, 4) <= 4 or (headline_shaped(plain) and not past_meta)
        # A full date above the headline may be the story's own: it stays.
        dated = _R_DATE.search(plain)
        if i not in drop and short and not _BYLINE.match(plain) and not dated:
            out[i] = "above the headline"
    at = headline_at(lines, first_prose, drop) if _passed_meta(lines[title].plain) else None
    if at is not None:
        out.pop(at, None)
    for i in range(title + 1, first_prose):  # "The Latest", "Jane Doe" under the headline
        plain = lines[i].plain  # (the walk passed them as a writer's name alone)
        own = lines[i].para == lines[first_prose].para  # the story's own heading: "Rollout"
        if i not in drop and not own and _name_alone(plain):
            out[i] = "name or label under the headline"
    return out | _listed_dates(lines, title, out)


_R_CRUMB_MARK = re.compile(r"\s[/|»>›]\s")
_R_LOWER = re.compile(r"(?:^|\s)[a-z]")
_TELLS = 2  # content words a headline over its standfirst shares with the story, at least
_RIVAL_WORDS = 6  # a headline's length: breadcrumbs and section names are shorter
_RIVAL_LINES = 12  # the story's lines whose words a rival must share (its first 200 words)
_RIVAL_ABOVE = 12  # lines above the walk's headline read for a rival: a page's header


def _rival(
    lines: Sequence[_Lined], title: int, first_prose: int, drop: dict[int, str]
) -> int | None:
    """The page's own headline above the line the walk took for it, or None.

    The line right above the story may be a share row, a caption or an alt text ("Tweet
    Recommend Google + LinkedIn Email Print" under "Floods batter U.S. Southeast reeling
    from deadly tornadoes"): a headline-shaped line of six words or more, up to twelve lines
    above it, that shares more content words with the story's first 200 words is the
    headline, and stays.
    Ties go to the walk's line (a caption naming the story's place ties with the headline
    as often as not), then to the lowest rival (a breadcrumb that repeats the headline
    stands above it)."""
    lead = _story_lead(lines, first_prose, drop)
    best, most = None, len(fresh_bag(lines[title].plain) & lead)
    for i in range(title - 1, max(-1, title - 1 - _RIVAL_ABOVE), -1):
        plain = lines[i].plain
        if i in drop or not headline_shaped(plain, _RIVAL_WORDS):
            continue
        if (n := len(fresh_bag(plain) & lead)) > most:
            best, most = i, n
    up = title - 1
    if (
        best is None
        and up >= 0
        and up not in drop
        and headline_shaped(lines[up].plain, _RIVAL_WORDS - 1)
        and not _R_CRUMB_MARK.search(lines[up].plain)  # "Home / News / Politics"
        and _R_LOWER.search(lines[up].plain)  # a name alone: "The Joplin Globe, Joplin, MO"
        and not fresh_bag(lines[title].plain) <= fresh_bag(lines[up].plain)  # a browser's
        # title over the page's headline: "<headline> - Ruck"
        and all(i in drop or word_count(lines[i].plain, 5) <= 4 for i in range(up))
        and len(fresh_bag(lines[up].plain) & lead) >= _TELLS  # not another story's headline
    ):
        # the page's first long line, right over the walk's and telling the story too: the
        # headline over its unpunctuated standfirst ("Bruton promises rescue for local
        # radio" / "Communications Minister working with Broadcasting Authority")
        best = up
    return best


def _story_lead(lines: Sequence[_Lined], first_prose: int, drop: dict[int, str]) -> frozenset[str]:
    """The content words of the story's first lines kept (``lead_bag``), what a headline
    found above the story must share."""
    end = min(len(lines), first_prose + _RIVAL_LINES)
    return lead_bag(" ".join(lines[j].plain for j in range(first_prose, end) if j not in drop))


def _listed_dates(lines: Sequence[_Lined], title: int, out: dict[int, str]) -> dict[int, str]:
    """Above the headline, a list of other stories, each headline with its date line under
    it ("Council approves budget" / "March 1, 2024" / "Police name ..." / "February 28,
    2024"): those lines are theirs, not the page's headline or clock.  Two such pairs make
    a list; one may be a site's tagline over the page's own date, which stays."""
    pairs = [
        i
        for i in range(1, title)
        if is_dateline(lines[i].plain)
        and not is_dateline(lines[i - 1].plain)
        and headline_shaped(lines[i - 1].plain, 3)
    ]
    if len(pairs) < 2:
        return {}
    return {j: "listed story" for i in pairs for j in (i - 1, i) if j not in out}


def _passed_meta(plain: str) -> bool:
    """Lines under a headline that the chrome pass's walk took for it, so dropping the
    headline above as chrome: a writer's post ("Jane Doe, Economics Editor"), a wire
    dateline ("TOKYO, Sept. 16, Kyodo"), a date line with an ordinal day ("Wednesday, July
    29th 2020, 4:14 pm").  Read by that walk they would change what it drops above."""
    return bool(
        _R_AUTHOR_ROLE.fullmatch(plain)
        or _wire_dateline(plain)
        or (R_ORDINAL_DAY.search(plain) is not None and calendar_line(plain))
    )


def _byline_or_stamp(plain: str) -> bool:
    """Lines between a headline and its story that are never the headline: a stamp, a date
    and clock in any order ("Sunday 9 February 2025, 6:45pm"), a byline ("By Jane Doe |
    March 12, 2024"), the writer's name alone."""
    return bool(
        is_stamp(plain)
        or calendar_only(plain)
        or _BYLINE_LINE.match(plain)
        or _name_alone(plain)
        or _R_SCORELINE.fullmatch(plain)
    )


def _name_alone(plain: str) -> bool:
    """A name of at most three capitalised words alone on a line: the writer's, or a
    label's ("Corey Paul", "The Latest")."""
    return word_count(plain, 3) <= 3 and bool(_R_NAME_ONLY.fullmatch(plain))


# The writer and their post alone on a line: "Jane Doe, Economics Editor", "Jane Doe
# Education correspondent" (a name, at most three words of beat, the post after a comma
# or in lower case: "Times Names New Editor" is a headline).
_ROLES = "editor|correspondent|reporter|writer|columnist|contributor|journalist|producer"
_R_AUTHOR_ROLE = re.compile(
    rf"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}}(?:\s*[,|–-]\s*(?:[A-Za-z&]+\s+){{0,3}}"
    rf"(?i:{_ROLES})|\s+(?:[A-Za-z&]+\s+){{0,3}}(?:{_ROLES}))s?"
)
# A month and a day: the date a wire dateline carries ("Sept. 16", "16 Sept").
_R_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}\s+{_MONTH}", re.I)


_R_LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters


def _wire_dateline(plain: str) -> bool:
    """A place, a date and an agency alone on a line ("TOKYO, Sept. 16, Kyodo"): a wire
    story's dateline, capitalised words around a month and day, no verb among them."""
    m = _R_MONTH_DAY.search(plain)
    if m is None:
        return False
    rest = _R_LETTERS.findall(plain[: m.start()] + " " + plain[m.end() :])
    return len(rest) <= 3 and all(w[0].isupper() for w in rest) and "," in plain[: m.end() + 2]


# A match report's score line under its headline: "Riverside City 2 Kingsbridge Town 1".
_R_SCORELINE = re.compile(
    r"(?:[A-Z][\w.'&’-]*\s){1,4}\d{1,3}\s*[-–,]?\s*(?:[A-Z][\w.'&’-]*\s?){1,4}\d{1,3}"
)


def under_headline(plain: str) -> bool:
    """A line that goes under a headline in its paragraph: a date line, stamp or byline, the
    writer's name, a standfirst."""
    return is_dateline(plain) or _byline_or_stamp(plain) or standfirst(plain)


def standfirst(plain: str) -> bool:
    """A standfirst under a headline: a sentence in sentence case, without its full stop
    ("Residents of three towns were told to leave as the river rose")."""
    words = lower = stops = 0
    for w in iter_words(plain):  # a stretch at a time (stop_counts)
        words, lower, stops = words + 1, lower + w[:1].islower(), stops + _is_stop(w)
    return words >= 8 and 2 * lower > words and stops / words >= 0.2
