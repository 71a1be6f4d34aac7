"""Page chrome one line shows by its shape alone: why a line, read without its neighbours,
is a page note, a credit, a stamp, a byline, a page control or a call to action.

``chrome`` asks this of every line first, then decides with the neighbours (runs of
headlines, what stands after the story's last sentence, pull quotes, section blurbs).
Apart, so the line's own features read in one place and the page's decisions in another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer._lang.en import ENGLISH
from summarizer._text.casing import lowered
from summarizer._text.chrome_code import template_leftover
from summarizer._text.chrome_notes import note_shape
from summarizer._text.chrome_reader import (
    contact_line,
    credit_shaped,
    page_note,
    page_row,
    reader_prompt,
    stamp_only,
    stamp_word_only,
)
from summarizer._text.chrome_shapes import (
    _BYLINE_LINE,
    _CAPTION,
    _CREDIT_LINE,
    _CTA,
    _CTA_ANYWHERE,
    _CTA_ANYWHERE_NEEDS,
    _CTA_MORE,
    _CTA_MORE_WORDS,
    _CTA_OPENING,
    _DASHED_LABEL,
    _LABELLED_DATE,
    _LEGAL_TAIL,
    _NAME_CREDIT,
    _NAV_MORE,
    _NAV_OBJECTS,
    _NAV_PLAIN,
    _NAV_SINGLE,
    _PAGE_NOTE,
    _PIPE_CREDIT,
    _POINTER,
    _QUOTE_MARKS,
    _R_CLOCK,
    _R_DATE,
    _R_LETTER,
    _R_OTHER_LETTER,
    _R_STAMP_VERB,
    _R_WORDS,
    _RELEASE_LINE,
    _RIGHTS,
    _SENTENCE_END,
    _STAFF_BYLINE,
    _STAMP_LEAD,
    _STAMP_PART,
    _STAMP_SPLIT,
    _WEB_ADDRESS,
    _WIRE_CONTRIBUTED,
    _WIRE_CREDIT,
)
from summarizer._text.headline import headline_shaped, is_stamp, stop_counts
from summarizer._text.words import word_count

# A template's label waiting for what the next line names ("An interview with:", "Remarks
# by:"): a few words ending in a preposition and a colon; a speaker's "He added:" has a verb.
_PREPOSITION_LABEL = re.compile(r"(?:\S+\s+){0,3}(?:with|by|from|for|of|to|about):", re.I)


def _glued(plain: str, at: int) -> bool:
    """A link's text glued to its label ("More:Gannett to close ..."): scraped from a
    widget, never written so in prose, whatever follows the headline (its summary)."""
    return plain[at - 1 : at] == ":" and plain[at : at + 1].isupper()


# A video player's caption as a page copies it: its "CLOSE" button, the caption, the credit
# of its makers ("... The Spectrum & Daily News staff", "... USA TODAY", "... Wochit").
_VIDEO_CLOSE = re.compile(r"CLOSE\s+\S.*(?:\b[Ss]taff|USA TODAY|Wochit|Storyful)\s*$")


# A caption under its image's file name: "voting.jpg People check in to cast their ballots".
_FILE_CAPTION = re.compile(r"[\w()\-]{1,60}\.(?i:jpe?g|png|gif|webp)\s+[A-Z]")
# A breadcrumb scraped without its separators: "Home" glued to a section and the headline.
_GLUED_CRUMBS = re.compile(r"Home(?:[A-Z][a-z]+){1,3}[A-Z]")


def _own_shape(plain: str) -> str | None:
    """Why this line alone is chrome, or None."""
    words = plain.split(None, 80)  # every rule below reads at most 80 words (text/words.py)
    if _PAGE_NOTE.match(plain):
        return "page note"
    if _other_script(plain):
        return "other script"
    if note := note_shape(plain):
        return note
    if leftover := template_leftover(plain):
        return leftover
    if _QUOTE_MARKS.search(plain) and not _prompt(plain):
        return None
    if (m := _POINTER.match(plain)) and (
        not m["rest"] or headline_shaped(m["rest"]) or _glued(plain, m.start("rest"))
    ):
        return "pointer"
    if _LABELLED_DATE.match(plain):
        return "time stamp"
    if _VIDEO_CLOSE.match(plain) and len(words) <= 40:
        return "caption"  # "CLOSE Flood rain ... homes. The Spectrum & Daily News staff"
    if (_CAPTION.match(plain) or _FILE_CAPTION.match(plain)) and len(words) <= 80:
        return "caption"
    if len(words) <= 20 and _RELEASE_LINE.match(plain):
        return "release furniture"
    if len(words) <= 40 and _RIGHTS.search(plain):
        return "rights notice"
    if len(words) <= 40 and _wire_credit(plain):
        return "credit"
    if is_stamp(plain) and _R_STAMP_VERB.search(plain):
        return "time stamp"
    if _STAMP_LEAD.match(plain) and _segmented_stamp(plain):
        return "time stamp"
    if " | " in plain and _sourced_stamp(plain):
        return "time stamp"
    if (_BYLINE_LINE.fullmatch(plain) and not _R_DATE.search(plain)) or _STAFF_BYLINE.fullmatch(
        plain
    ):
        return "byline"
    if " By " in plain and _stamped_byline(plain):
        return "byline"
    if _R_AUTHOR.fullmatch(plain) or _R_NAME_STAMP.fullmatch(plain) or _R_DESK.fullmatch(plain):
        return "byline"
    if plain.endswith(" |") and len(words) <= _ROW_WORDS:
        return "page row"  # "Tuesday 7th December 2010 |", "Text too small? |": a toolbar's
    if _R_DATELINE_ALONE.fullmatch(plain):
        return "dateline alone"  # "YERUSHALAYIM -": its story's paragraph starts below
    if "•" in plain and _ticker(plain):
        return "ticker"
    if _R_WORD_CLOCK.fullmatch(plain):
        return "time stamp"  # "dnes 18:23", "Today 09:41": one word and the page's clock
    if _PIPE_CREDIT.fullmatch(plain):
        return "credit"
    if _DASHED_LABEL.fullmatch(plain) or _PREPOSITION_LABEL.fullmatch(plain):
        return "section label"
    if _GLUED_CRUMBS.match(plain) and not _SENTENCE_END.search(plain):
        return "breadcrumb"  # "HomeNewsNanaimo council decompressing": scraped unspaced
    if (_CREDIT_LINE.match(plain) and len(words) <= 14) or _NAME_CREDIT.match(plain):
        return "credit"
    if credit_shaped(plain) or page_row(plain):
        return "credit"
    if _nav(words) or _NAV_MORE.match(plain):
        return "page control"
    if (stamp_only(plain) and not _R_DATE.search(plain)) or stamp_word_only(plain):
        return "time stamp"  # "Duration: 02:15"; one with a date may be the page's clock
    if (len(words) <= 30 and _prompt(plain)) or reader_prompt(plain):
        return "call to action"
    if contact_line(plain) or page_note(plain):
        return "contact"
    if len(words) <= 30 and _FOR_INFO.match(plain) and _R_SITE.search(plain):
        return "call to action"  # "For all official information ..., visit ... www.x.co.za"
    if _CTA.match(plain) and len(words) <= 16 and _WEB_ADDRESS.search(plain):
        return "call to action"  # "Check back at MLive.com/Saginaw for updates."
    if _CTA.match(plain) and (len(words) <= 4 or not _SENTENCE_END.search(plain)):
        # "Continue reading...February 12, 2018": a date stays (its link is trimmed)
        return None if _R_DATE.search(plain) else "call to action"
    if len(words) <= 50 and _WRITE_TO_US.search(plain) and _R_HANDLE.search(plain):
        return "call to action"  # "... please get in touch - tweet us at @CornwallLive"
    if plain.count(" | ") >= 3 and _ticker_row(plain):
        return "page row"  # "OLYMPICS NEWS: Opening ceremony details | Russia's Putin in ..."
    if _CONTROL_LABEL.fullmatch(plain):
        return "page control"  # "Font size: -+", "Sponsored by"
    if len(words) <= 15 and _CLICK_HERE.search(plain):
        return "call to action"  # "Environment Canada forecast for Vernon click HERE."
    if len(words) <= 12 and _ACCESS.match(plain):
        return "call to action"  # "Login for full access to ABQJournal.com"
    m = _R_LABELLED.match(plain) if len(words) <= 8 else None
    if m and m.end() < len(plain) and _own_shape(plain[m.end() :]) == "call to action":
        return "call to action"  # "New Users: Subscribe here"
    return None


def _ticker_row(plain: str) -> bool:
    """Four or more short titles set apart by bars, none a sentence: a ticker or a menu."""
    return _titles(plain.split(" | "), 1, _ROW_TITLE_WORDS, 0)


_ROW_TITLE_WORDS = 10  # words of a title between bars, at most


# "For all official information and updates regarding COVID-19, visit ... www.x.co.za".
_FOR_INFO = re.compile(
    r"(?i:for\ (?:more|all|further|the\ latest|additional|official)\b.{0,80}?\bvisit)\b"
)
_R_SITE = re.compile(r"\bwww\.[\w\-]+\.[\w.\-]+|https?://\S+")
# The reader asked to log in or pay for the page: "Login for full access to X".
_ACCESS = re.compile(
    r"(?i:log\s?-?in|sign\s?-?in|subscribe|register)\b.{0,40}?\b(?i:full|unlimited)\s+access\b"
)
# The page asking its readers to write to it ("tweet us at @CornwallLive", "email us at"),
# and where: a handle or the page's own channel.
_WRITE_TO_US = re.compile(r"(?i:\b(?:tweet|message|email|e-mail|contact|call|text|DM)\s+us\b)")
_R_HANDLE = re.compile(r"(?<![\w.])@\w{2,}|(?i:\bour\s+(?:facebook|twitter|instagram)\b)")
_CLICK_HERE = re.compile(r"(?i:\b(?:click|tap)\s+here\b)")
# A reading control or an advert's label alone on a line.
_CONTROL_LABEL = re.compile(
    r"(?i:(?:font|text)\s+size)\s*:?\s*[-+AaTt\s]{0,8}|(?i:sponsored\s+by|advertisement)\s*:?"
    r"|(?i:no|view\s+all)\s+(?i:results?)"  # a search box's "No Result" / "View All Result"
)
# A short label and its colon before the line's words: "New Users: ".
_R_LABELLED = re.compile(r"(?:[A-Z][\w'’]*\s){0,2}[A-Z][\w'’]*:\s+")


def _wire_credit(plain: str) -> bool:
    """ "Reporting by X; Editing by Y", "X contributed to this report."."""
    return bool(
        _WIRE_CREDIT.match(plain)
        or ("contributed" in lowered(plain) and _WIRE_CONTRIBUTED.match(plain))
    )


_ROW_WORDS = 12  # a toolbar's item and its bar, at most
# A city in capitals and a dash alone on a line, the paragraph it opens set apart.
_R_DATELINE_ALONE = re.compile(r"[A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,3}\s*[-–—]")
_R_WORD_CLOCK = re.compile(r"[^\W\d_]{2,12}\s+\d{1,2}:\d\d")
_R_BULLETS = re.compile(r"\s+•\s+")
_TICKER_ITEMS, _TICKER_LEAST, _TICKER_WORDS = 3, 4, 24  # items; words of a headline


def _ticker(plain: str) -> bool:
    """Other stories' headlines on one line between bullets ("ADB, Britain provide 270 mln
    USD to Pakistan • China, India conclude anti-terrorism drill • Urgent: ..."): three
    items or more, each headline-long, at most one a sentence (a list inside a sentence has
    shorter items: "three things • more buses • safer crossings")."""
    items = [p for p in _R_BULLETS.split(plain.strip(" •")) if p]
    if len(items) < _TICKER_ITEMS:
        return False
    return _titles(items, _TICKER_LEAST, _TICKER_WORDS, 1)


def _titles(items: Sequence[str], least: int, most: int, sentences: int) -> bool:
    """Each item ``least`` to ``most`` words long, at most ``sentences`` of them a sentence."""
    said = sum(bool(_SENTENCE_END.search(p)) for p in items)
    return said <= sentences and all(least <= word_count(p, most + 1) <= most for p in items)


_R_DASHES = re.compile(r"\s[-–—|]\s")


# A writer's name in a byline: two to four capitalised words.
_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}"
# "Author: Devin Kelly": a template's label before the writer's name.
_R_AUTHOR = re.compile(rf"(?:[•·*-]\s*)?(?:Author|Written by|Words by):?\s+{_NAME}")
# "Grant Prior 11 months ago": a byline and the page's stamp counted back.
_R_NAME_STAMP = re.compile(
    rf"{_NAME}\s+\d{{1,2}}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
)
# "Luis Martinez, Administration Editor", "by Emma Steiner News Editor": a byline and the
# writer's desk (a comma or "by" tells where the name ends: "Times Names New Editor" is a
# headline).
_R_DESK = re.compile(
    rf"(?:[Bb]y\s+{_NAME},?|{_NAME},)\s+(?:[A-Z][\w&\-]*\s+){{0,3}}"
    r"(?:Editor|Reporter|Writer|Correspondent|Columnist|Photographer)"
)


def _stamped_byline(plain: str) -> bool:
    """ "Jan. 9, 2018 - 14:35 By Jung Min-kyung": the page's stamp, then its byline."""
    at = plain.index(" By ")
    lead = _STAMP_LEAD.match(plain)  # "Published March 3, 2020 By ..."
    stamp = _R_DASHES.sub(" ", plain[lead.end() if lead else 0 : at]).strip()
    return bool(
        _R_DATE.search(stamp)
        and _STAMP_PART.fullmatch(stamp)
        and _BYLINE_LINE.fullmatch(plain, at + 1)
    )


def _segmented_stamp(plain: str) -> bool:
    """ "Posted: Jun 3, 2021 / 10:05 AM EDT / Updated: ...", "... | Updated: ...", "Updated
    on: June 3, 2021 / 10:05 AM EDT / CBS News": each part a labelled date or clock, or the
    outlet's name last."""
    parts = _STAMP_SPLIT.split(plain)
    if len(parts) < 2:
        return False
    *stamps, last = parts
    if headline_shaped(last) and word_count(last, 4) <= 4 and not _R_CLOCK.search(last):
        last = ""  # the outlet: "CBS News"
    return all(_STAMP_PART.fullmatch(_STAMP_LEAD.sub("", part)) for part in [*stamps, last] if part)


def _sourced_stamp(plain: str) -> bool:
    """A wire's name before the page's stamp: "ANI | Updated: Feb 21, 2024, 22:10 IST", "PTI
    | Published 3 hours ago": the name (a few capitalised words, no digit) and a stamp."""
    source, _, rest = plain.partition(" | ")
    if any(c.isdigit() for c in source) or word_count(source, 5) > 4:
        return False
    if not headline_shaped(source) or not _STAMP_LEAD.match(rest):
        return False
    return _own_shape(rest) == "time stamp" or stamp_only(rest)


def _doubled(plain: str) -> bool:
    """A line that is one text written twice ("Coach X. Source: WBRC video Coach X. Source:
    WBRC video"): an image's alt text run into its caption; a story never repeats itself so."""
    n = len(plain)
    return n >= 24 and any(
        plain[:mid].strip() == plain[mid:].strip() for mid in {n // 2, (n + 1) // 2}
    )


def _other_script(plain: str) -> bool:
    """A line written mostly in a script other than Latin (an embedded post in Chinese):
    the story is read as English, so it is not the story's prose."""
    if plain.isascii():  # most lines: no letter outside Latin, nothing to count
        return False
    other = len(_R_OTHER_LETTER.findall(plain))
    return other >= 2 and other > len(_R_LETTER.findall(plain)) / 2


def _nav(words: Sequence[str]) -> bool:
    """A page's control: "Next article", "Print this page", "More stories like this"."""
    if len(words) == 1:  # "LIVE", "EXCLUSIVE": a page's label alone on its line
        return words[0].lower().strip("|»›«‹<>:") in _NAV_SINGLE
    if not 1 < len(words) <= 5:  # most lines: no need to read their words
        return False
    bare = [w.lower().strip("|»›«‹<>.…") for w in words]
    return all(w in _NAV_ANY for w in bare) and bool(_NAV_THINGS.intersection(bare))


# The words of a page control, and the things it names (built once: asked of most lines).
_NAV_ANY = ENGLISH.nav_words | _NAV_OBJECTS | _NAV_PLAIN

_NAV_THINGS = ENGLISH.nav_objects | _NAV_OBJECTS


def _prompt(plain: str) -> bool:
    """The reader asked to do something, anywhere in the line or opening it."""
    if _CTA_OPENING.match(plain):
        return True
    low = lowered(plain)  # each pattern tried only where what it needs is in the line
    if any(map(low.__contains__, _CTA_ANYWHERE_NEEDS)) and _CTA_ANYWHERE.search(plain):
        return True
    if not any(map(low.__contains__, _CTA_MORE_WORDS)):
        return False  # none of them a word of the line either
    words = set(_R_WORDS.findall(plain.lower()))
    return bool(words & _CTA_MORE_WORDS) and bool(_CTA_MORE.search(plain))


def _legal(plain: str) -> bool:
    return word_count(plain, 12) <= 12 and bool(_LEGAL_TAIL.match(plain))


def _prose_words(plain: str) -> int:
    """The words of a line of prose (a sentence, stop words in it), else 0.  Kept per line
    (``_PROSE``): the chrome pass, the neighbour pass and the title's walk each ask it of
    most lines."""
    n = _PROSE.get(plain)
    if n is None:
        if len(_PROSE) >= _PROSE_KEPT:
            _PROSE.clear()
        n = _PROSE[plain] = _count_prose(plain)
    return n


def _count_prose(plain: str) -> int:
    if not _SENTENCE_END.search(plain):
        return 0
    words, stops = stop_counts(plain)
    return words if stops / max(words, 1) >= 0.15 else 0


# Lines -> their ``_prose_words``; emptied by ``forget`` at the end of each cleaning, and at
# this many lines (a long text's are not all kept: a dict of every line was half its size).
_PROSE: dict[str, int] = {}
_PROSE_KEPT = 2048


def forget() -> None:
    """Drop the lines' counts kept (cleaning calls this at its end, as ``chrome_reader``'s)."""
    _PROSE.clear()
