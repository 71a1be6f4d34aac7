"""Cleaning: from raw text to the article text that every offset refers to.

Cleaning may change characters freely (it runs before any offset exists): line endings,
Unicode normal form, page chrome that is not the story. Chrome is dropped by whole lines:
what a line says alone is in the phrase tables of ``chrome_phrases``; this walk adds what
its place shows (where the story ends, menus, lists of other stories, reader comments),
each rule tested on real pages (``tests/test_cleaning.py``). Rules err on keeping text: a
story line that merely mentions "share" or "comments" must stay.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import accumulate, islice

from summarizer._text import chrome as _chrome
from summarizer._text import chrome_blocks as _blocks
from summarizer._text import chrome_line as _line
from summarizer._text import chrome_reader as _reader
from summarizer._text import headline as _headline
from summarizer._text.chrome_line import _prose_words
from summarizer._text.chrome_phrases import (
    _BULLET,
    _LABEL,
    _dated_menu,
    _is_chrome,
    _is_consent,
)
from summarizer._text.chrome_shapes import _HEADING, _SENTENCE_END, _TEASER_END
from summarizer._text.chrome_widgets import WIDGET_LINES, widget_block
from summarizer._text.offsets import InputMap, align
from summarizer._text.page_title import unpiped, without_page_title
from summarizer._text.related_lists import listed, opens_list
from summarizer._text.scan import prefiltered
from summarizer._text.unwrap import unwrapped
from summarizer._text.words import word_count

_I = re.IGNORECASE | re.VERBOSE
# Where the story is over: comments, a press-release end mark, a feedback box.
_TAIL = re.compile(
    r"""^(?:(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(\d+\))?:?|
        (?:join|add\s+to)\s+the\s+(?:discussion|conversation)\b.*|
        (?:add|post|leave|write)\s+(?:a|your)\s+(?:comment|reply)|
        (?:blog\s+)?comments\s+powered\s+by\s+\w+|
        (?:what\s+readers\s+are\s+saying|reader\s+comments|have\s+(?:an\s+opinion|your\s+say))\b.*|
        (?:-+\s*)?(?:ends?|end\s+of\s+(?:release|story|article))(?:\s*-+)?|\#{3}|
        was\s+this\s+(?:page|article|story)\s+(?:helpful|useful)\??|about\s+the\s+authors?
    )$""",
    _I,
)
# An author card ("16x9 Image" / "VOA News" / blurb) ends the story when little follows it.
_AUTHOR_CARD = re.compile(r"^(?:\d+x\d+\ image|author\ (?:image|photo)|headshot|avatar)$", _I)
# "user · 2 days ago": a reader comment; its paragraph is dropped from there on.
_COMMENT_HEADER = re.compile(
    r"""^(?!(?:updated|posted|published|modified|edited)\b)@?[\w.\-]{2,30}(?:\ [\w.\-]{1,30}){0,2}
        \s*[·•|—–-]\s*(?:\d+\s*(?:[smhdwy]|mo|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)
        \s+ago|just\ now|yesterday|an?\ (?:minute|hour|day|week|month|year)\ ago|
        (?:on\ )?[\w ,]{3,20}\d{4},?\s+(?:at\ )?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?)$""",
    _I,
)
_HANDLE = re.compile(r"^(?:@|\S*[_\d]|[a-z]|[A-Z][a-z]+[A-Z])\S*\s*[·•|—–-]")
# Pieces of a story line that are not the story: photo credits, image pointers.
_INLINE = re.compile(
    r"(?<=[.!?”\"’)])\s+(?:Photo\ |Image\ )?(?:Credits?|Photo|Image|Picture):\s*[^.!?]{1,60}$|"
    r"(?<!\s)\s*\((?i:photo|image|picture|credit|file\ photo)s?(?i:\ credit)?:\s*[^)]{1,60}\)|"
    # (closing the line, a picture's credit makes it a caption: chrome.judge drops it whole)
    r"(?<!\s)\s*\((?i:photo|image|picture)s?\ (?i:by|courtesy\ of)\ [^)]{1,60}\)(?!\s*$)|"
    r"(?<!\s)\s*\((?i:(?:see|at|pictured|shown|photo|image)\ (?:left|right|above|below)"
    r"|pictured)\)|"
    # an old portal's link markers after a linked name ("the New York Stock Exchange (news
    # - web sites)", "Bush (news - photos)")
    r"\s\(news\ -\ (?:web\ sites|photos)\)(?=[\s,.;:])|"
    r"(?<!\s)\s*\bFollow\ us\ on\ (?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|Bluesky)\b"
    r"[^.]*$",
    re.VERBOSE,
)
# Searched through lines: behind their first characters' lookahead (scan).
_INLINE, _COMMENT_HEADER = map(prefiltered, (_INLINE, _COMMENT_HEADER))
_NAV_RUN = 5  # this many short bullet items in a row are a menu, not a list in the story
_R_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")  # compiled once, not looked up per line
_R_BLANKS = re.compile(r"[ \t]+")
# A page template's marker the site never filled in ("...to be false.{{more}} The cheques"):
# no story writes one.
# An image's placeholder word glued to its caption, a name, at a line's end ("... for
# highly-respected journalist thumbnailAustin Hunter."): the picture's, not the line's.
_R_THUMBNAIL = re.compile(r"\s*\bthumbnail[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}\.?$")
_R_TEMPLATE = re.compile(r"\{\{\s*[\w.\- ]{1,40}\s*\}\}|\{%[^%\n]{1,60}%\}")
_R_PUNCT_END = re.compile(r"[.!?;:,]$")


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    removed: list[str] = field(default_factory=list)
    input_map: InputMap | None = None  # where each character of ``text`` stands in the input


@dataclass
class _Line:
    raw: str  # whitespace-normalised line as it stands in the text
    plain: str  # the same without markdown, bullets and arrows: what rules match
    para: int
    bullet: bool
    heading: bool


_BLOCK_LINES = 4  # lines of one paragraph read for a copy that keeps one block per line


def _one_block_per_line(lines: list[str]) -> bool:
    """A copy that lost all its blank lines keeps one block per line (headline, credit, then a
    paragraph a line: "Multiple crews tackle house blaze in the Fens" / "- Credit: ..." /
    "Fire crews from Wisbech ... were called to a house fire."): most of its lines are whole
    sentences, so each line is read as its own paragraph, as the page showed it."""
    if len(lines) < _BLOCK_LINES:
        return False
    ended = sum(word_count(ln, 8) >= 8 and bool(_SENTENCE_END.search(ln)) for ln in lines)
    return 2 * ended >= len(lines)


def clean(raw: str) -> CleanText:
    """Normalise ``raw`` and drop page chrome; the headline above the story is the title."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    removed: list[str] = []
    lines: list[_Line] = []
    pno = -1
    paragraphs = _R_PARAGRAPH_BREAK.split(text)
    # a copy that lost all its blank lines (read without a copy of each paragraph)
    whole = len(list(islice((p for p in paragraphs if p and not p.isspace()), 2))) == 1
    for paragraph in paragraphs:
        pno += 1
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if _is_consent(paragraph):
            removed.append(paragraph)
            continue
        found = [
            (_R_BLANKS.sub(" ", ln) if "  " in ln or "\t" in ln else ln).strip()
            for ln in paragraph.splitlines()
        ]
        found = [_R_TEMPLATE.sub("", ln) if "{" in ln else ln for ln in found]
        found = [_R_THUMBNAIL.sub("", ln) if "thumbnail" in ln else ln for ln in found]
        found = [ln for ln in found if ln]
        # a banner or gate with buttons (its lines' plain text read only for a paragraph of
        # enough lines to be one: most paragraphs are a single line)
        if len(found) >= WIDGET_LINES and widget_block([_plain(ln) for ln in found]):
            removed.append(paragraph)
            continue
        found = unwrapped(found)  # no line comes back empty
        blocks = whole and _one_block_per_line(found)
        for ln in found:
            bullet, heading = bool(_BULLET.match(ln)), bool(_HEADING.match(ln))
            lines.append(_Line(ln, _plain(ln), pno, bullet, heading))
            pno += blocks
    kept = _chrome.apply(_filter(lines, removed), removed)  # shapes and neighbours
    kept = _blocks.apply(kept, removed)  # what only the kept lines' neighbours show
    cleaned = _assemble(_drop_empty_headings(kept, removed), removed)
    _reader.forget()
    _line.forget()
    return replace(cleaned, input_map=align(raw, cleaned.text))


def _unpiped_line(line: _Line) -> tuple[str, str] | None:
    """The first line without the section label or site name a pipe sets beside its
    headline (``headline.unpiped``), and what was cut; None when nothing is."""
    mark = "# " if line.raw.startswith("# ") else ""
    body = line.raw[len(mark) :]
    head = unpiped(body)
    if head == body:
        return None
    at = body.index(head)
    return mark + head, f"{body[:at].strip()} {body[at + len(head) :].strip()}".strip()


def _filter(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """Walk the lines once, keeping story lines; stop where the story ends."""
    menu = _menu_lines(lines)
    # Words from line i on, each line's counted to 101: only ``rest <= 100`` is asked.
    words = [word_count(ln.plain, 100) for ln in lines]
    after = list(accumulate(reversed(words), initial=0))[::-1]
    commenters = [ln.plain for ln in lines if _COMMENT_HEADER.match(ln.plain)]
    # One "name - 2 hours ago" may be a wire dateline; several, or a user handle, are comments.
    comments = len(commenters) >= 2 or any(_HANDLE.match(c) for c in commenters)
    kept: list[_Line] = []
    told = related = label = False  # a sentence kept / in other headlines / after a label
    comment_para = -1  # paragraph in which a reader comment began
    for i, line in enumerate(lines):
        if told and _ends_story(lines, i, after[i + 1]):
            removed.extend(ln.raw for ln in lines[i:])
            break
        drop = (
            i in menu
            or line.para == comment_para
            or _is_chrome(line)
            or (label and word_count(line.plain, 6) <= 6 and not _SENTENCE_END.search(line.plain))
        )
        if _COMMENT_HEADER.match(line.plain):
            comment_para, drop = (line.para if comments else -1), True
        if opens_list(line.plain, told):
            related, drop = True, True
        elif related and (drop or listed(line.plain, told)):
            drop = True
        else:
            related = False
        label = bool(_LABEL.match(line.plain))
        if not drop and kept and line.raw == kept[-1].raw and word_count(line.plain, 4) >= 4:
            drop = True  # the same caption twice (image alt text, then the caption)
            # a title twice inside the story, not a sentence: both (the headline written
            # twice above the story stays once); so too a line twice in one paragraph right
            # under a headline-long line (an image's alt text and its caption, a line break
            # apart), not under a menu's word ("Home", then the headline twice)
            under = (
                len(kept) >= 2
                and kept[-1].para == line.para != kept[-2].para
                and _headline.headline_shaped(kept[-2].plain, 4)
            )
            if (told or under) and not _SENTENCE_END.search(line.plain):
                removed.append(kept.pop().raw)
        if not drop and not kept and (head := _unpiped_line(line)) is not None:
            removed.append(head[1])  # "Letter |" before the headline, "| The Courier" after
            line = _Line(head[0], _plain(head[0]), line.para, line.bullet, line.heading)
        if not drop and _may_inline(line.raw):
            pieces = _INLINE.findall(line.raw)
            removed.extend(m.strip() for m in pieces)
            stripped = _INLINE.sub("", line.raw).strip() if pieces else line.raw
            if stripped != line.raw:
                line = _Line(stripped, _plain(stripped), line.para, line.bullet, line.heading)
            drop = not line.plain
        if drop and (dated := _dated_menu(line)) is not None:
            removed.append(line.raw[len(dated) :].strip())  # "30 minutes ago • 1 minute read"
            line, drop = _Line(dated, _plain(dated), line.para, line.bullet, line.heading), False
        if drop:
            removed.append(line.raw)
        else:
            kept.append(line)
            # a teaser cut short ("... the mining...") has not told the story yet
            told = told or bool(
                _SENTENCE_END.search(line.plain) and not _TEASER_END.search(line.plain)
            )
    return kept


def _may_inline(raw: str) -> bool:
    """Whether ``_INLINE`` can match at all (a colon, a bracket or "Follow us"): most story
    lines have none, and the pattern, tried at every character, cost a fifth of cleaning."""
    return ":" in raw or "(" in raw or "Follow us" in raw


def _ends_story(lines: list[_Line], i: int, rest: int) -> bool:  # rest: words after, to 101
    """A tail marker, or an author card (picture, name, at most a short blurb) at the end."""
    if _TAIL.match(lines[i].plain):
        return True
    if _AUTHOR_CARD.match(lines[i].plain) and i + 1 < len(lines):
        name = lines[i + 1].plain  # "VOA News": a name, not a sentence
        return word_count(name, 4) <= 4 and not _SENTENCE_END.search(name) and rest <= 100
    return False


def _menu_lines(lines: list[_Line]) -> set[int]:
    """Indexes of runs of short bullet items in one paragraph: site navigation."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        item = line is not None and _menu_item(line)
        if item and line is not None and run and lines[run[-1]].para == line.para:
            run.append(i)
            continue
        if sum(1 for j in run if lines[j].plain) >= _NAV_RUN:
            out.update(run)
        run = [i] if item else []
    return out


def _menu_item(line: _Line) -> bool:
    return line.bullet and word_count(line.plain, 8) <= 8 and not _R_PUNCT_END.search(line.plain)


def _drop_empty_headings(kept: list[_Line], removed: list[str]) -> list[_Line]:
    """A markdown heading with nothing under it (the next line is a heading too) is a menu label."""
    out: list[_Line] = []
    dropped: list[str] = []
    for line in reversed(kept):
        if line.heading and (not out or out[-1].heading):
            dropped.append(line.raw)
            continue
        out.append(line)
    removed.extend(reversed(dropped))
    return out[::-1]


def _assemble(kept: list[_Line], removed: list[str]) -> CleanText:
    paragraphs: list[list[str]] = []
    last = -1
    for line in kept:
        body = _HEADING.sub("", line.raw)
        if line.para != last:
            paragraphs.append([])
            last = line.para
        paragraphs[-1].append(body)
    paragraphs = without_page_title(paragraphs, removed, _TITLE_PARAGRAPHS)
    # A markdown "# " heading names the page; otherwise a lone short first line does (unless
    # it is a date line or dateline: then the headline found above the story).
    h1 = bool(kept) and kept[0].raw.startswith("# ")
    # A date stamp or a bare date above the headline ("Feb 09, 2016 09:45 AM", "June 25,
    # 2018") is not the title.
    # Nor is a paragraph of one- and two-word lines above it ("Home", "DT" / "PT"): a menu's
    # leftovers, never a headline; the headline is the next paragraph's line if any is.
    lead = next(
        (
            p
            for p in paragraphs
            if not (len(p) == 1 and _headline.is_dateline(p[0]))
            and not all(word_count(ln, 3) <= 2 for ln in p)
        ),
        [],
    )
    # A headline with its date line, byline or standfirst under it in one paragraph is the
    # title too (shaped as one: a wrapped line of prose is no headline).
    one_line = bool(lead) and _is_title(lead[0])
    if one_line and len(lead) > 1:
        one_line = _headline.headline_shaped(lead[0], 3) and all(
            map(_headline.under_headline, lead[1:])
        )
    title = paragraphs[0][0] if h1 else lead[0] if one_line else None
    if title is not None and not h1 and _speaker_heading(title, paragraphs, lead):
        title = None  # "COACH PETE CARROLL" over "COACH PETE CARROLL: We gave you ..."
    if not h1 and title is not None and _headline.is_dateline(title):
        title = _walked_title(kept)  # a date line over a press release's contact block
    elif not h1 and title is not None and _headline.meta_line(title):
        title = _walked_title(kept) or title  # a date line or dateline is never the headline
    if title is not None:
        title = unpiped(title)  # "Letter | <headline>", "<headline> | <site>"
    text = "\n\n".join("\n".join(p) for p in paragraphs)
    if title is not None and not h1 and not _headline.tells_story(title, _after(text, title)):
        walked = _walked_title(kept)  # the headline right above the story, if it tells it
        title = walked if walked and _headline.tells_story(walked, _after(text, walked)) else None
        if title is None:  # a site's name first, a glued stamp right above the story
            title = _telling_title(paragraphs, text)
    return CleanText(text=text, title=title, removed=removed)


_TITLE_PARAGRAPHS = 4  # paragraphs above the story read for a headline the walks missed


def _telling_title(paragraphs: list[list[str]], text: str) -> str | None:
    """The first one-line paragraph above the story's first sentence that is shaped as a
    title and tells the story ("Vietnam.vn - <the site's motto>" first, then the headline,
    then a stamp glued to its source's name right above the story): read only when the
    first line and the walked headline both failed."""
    for para in paragraphs[:_TITLE_PARAGRAPHS]:
        if len(para) != 1 or (_prose_words(para[0]) >= 6 and para[0][-1:] in ".!"):
            break  # the story's first sentence: no headline below it
        line = para[0]
        if _headline.is_dateline(line):
            continue  # the page's date and its section ("Mar 18, 2020 News"): no title
        if _is_title(line) and _headline.tells_story(line, _after(text, line)):
            return unpiped(line)
    return None


def _after(text: str, line: str) -> str:
    """The start of the text after ``line``'s first occurrence (the title's story): as much
    as ``headline.tells_story`` reads, never a copy of a long text's rest."""
    at = text.find(line)
    at = at + len(line) if at >= 0 else 0
    return text[at : at + _headline.STORY_CHARS]


def _speaker_heading(title: str, paragraphs: list[list[str]], lead: list[str]) -> bool:
    """A transcript names its speaker above their answer and again as its label: the name
    is who speaks, not the page's headline."""
    at = next((i for i, p in enumerate(paragraphs) if p is lead), -1)
    after = paragraphs[at + 1][0] if 0 <= at < len(paragraphs) - 1 else ""
    return after.startswith(title + ":")


def _walked_title(kept: list[_Line]) -> str | None:
    """The headline found from the story's first sentence up (``headline.headline_at``).

    Read only when the first short line is a date line, a wire dateline or a byline:
    preferred over any first line, it measured worse on the test split (leaked 45 -> 47;
    why was not read: perhaps the line right above the story is chrome, an image's alt
    text or a video's title, more often than the first line is)."""
    first = next((i for i, ln in enumerate(kept) if _prose_words(ln.plain) >= 6), None)
    at = None if first is None else _headline.headline_at(kept, first, {})
    return None if at is None else _HEADING.sub("", kept[at].raw)


def _plain(line: str) -> str:
    s = _BULLET.sub("", _HEADING.sub("", line))
    s = _unlink(s).replace("**", "").replace("__", "")
    return s.strip().strip("_*›»> ").strip()


def _unlink(s: str) -> str:
    """``_MD_LINK.sub(r"\1", s)`` in one pass: every "[" before one "]" shares its fate, so
    the regex would rescan that stretch from each of them (quadratic on "[[[[...")."""
    out, i, at = [], 0, 0  # kept up to i; looking from at
    while (p := s.find("[", at)) >= 0 and (q := s.find("]", p)) >= 0:
        at = q + 1
        if not s.startswith("(", at):
            continue  # no "[" before this "]" opens a link
        r = s.find(")", at + 1)
        if r < 0:
            break  # nor does any later one: no ")" follows
        out += [s[i : p - 1 if p > i and s[p - 1] == "!" else p], s[p + 1 : q]]
        i = at = r + 1
    return "".join([*out, s[i:]])


def _is_title(paragraph: str) -> bool:
    """One line, not a sentence; three words at least ("Press Releases" is a section name)."""
    return (
        "\n" not in paragraph
        and len(paragraph) <= 200
        and (not paragraph.endswith((".", ":")) or _headline.cut_short(paragraph))
        and word_count(paragraph, 3) >= 3
    )
