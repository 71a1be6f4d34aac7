"""Groups and unnamed people, found among the actors named with no cue word (``actor_cues``):
a role in the plural as a speech verb's subject, with its qualifier ("City records officers
say", "King County officials", "aid workers"), and a person the story keeps naming by role
alone ("the whistleblower", three times and once acting).  Also where a line ends as prose
does, which ``actor_cues`` reads too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from summarizer._digest import ActorType
from summarizer._extract.actor_cue_patterns import cues as _cues
from summarizer._extract.actor_text import Cand, Text

_R_QUALIFIER = re.compile(
    r"(?<![\w\-'’.])(?:(?P<caps>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})(?P<lo> [a-z][\w\-]+)?"
    r"|(?P<one>[a-z][\w\-]+)) $"
)
_UNNAMED_MENTIONS = 3  # "the whistleblower" this often, once acting: the story's actor


_R_LINE_CLOSED = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")


def line_closed(text: str, at: int) -> tuple[int, bool]:
    """Where the line holding ``at`` ends, and whether it ends as prose does
    (``_R_LINE_CLOSED``, read from ``at`` on)."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return end, bool(_R_LINE_CLOSED.search(text, max(at, end - 8), end))


def _in_sentences(pattern: re.Pattern[str], t: Text) -> Iterator[re.Match[str]]:
    """Matches on lines that end as prose does: a headline ("Judge criticises decision to bring
    man to Kildare court") retells the lede's "a man", and is no mention of its own.  Each
    line's end is looked up once, however many matches it holds."""
    end, closed, text = -1, False, t.prose
    for m in t.find(pattern):
        if m.start() > end:
            end, closed = line_closed(text, m.end())
        if closed:
            yield m


def speaking_groups(
    t: Text, found: list[Cand], known: set[str], new: Callable[[int, str, ActorType], None]
) -> None:
    """The groups and unnamed people of the module docstring, each given to ``new`` (which
    also adds it to ``known``), in text order of the rules as ``actor_cues.cued`` runs them."""
    cues, r, nw = _cues(t.lang), t.r, t.lang.names
    lone = {c.name for c in found if c.type == "person" and " " not in c.name}  # "Witnesses"
    folded: set[str] | None = None  # known casefolded: built for the first role phrase only
    heads: set[str] = set()
    roles = Counter[str]()
    acts: list[tuple[int, int]] = []
    for m in t.find(cues.role_acts):
        roles[m["r"].lower()] += 1
        if m["by"] or m["act"]:
            acts.append((m.start("r"), m.end("r")))
    spans = [(m.start(g), m.end(g)) for m in t.find(cues.speakers) for g in ("r", "r2") if m[g]]
    spans += [(a, b) for a, b in acts if roles[t.prose[a:b].lower()] >= 2]
    for start, end in sorted(spans):
        q = _R_QUALIFIER.search(t.prose, max(0, start - 60), start)
        qual = (q["one"] or (q["lo"] or "").strip()) if q else ""  # "[The] aid workers"
        if q and q["caps"] and not set(q["caps"].split()) & r.stop:  # "King County officials"
            start = q.start()
        elif qual and qual not in nw.quantifiers and qual not in nw.function_words:
            start -= len(qual) + 1  # "local authorities", "aid workers"
        name = t.prose[start:end]
        head = name.rsplit(" ", 1)[-1].casefold()  # "officials" after "King County officials"
        key = name.casefold()  # asked of each set: their union was built per span
        if folded is None and name not in lone and name not in known:
            folded = {k.casefold() for k in known}  # a string per name: ~4.7x the input
            # for thousands of speakers, whose articles name no group by its role
        if name in lone or (name not in known and key not in (folded or ()) and key not in heads):
            new(start, name, "group")
            if folded is not None:
                folded.add(name.casefold())
            heads.add(head)
    unnamed = Counter(m.group() for m in _in_sentences(cues.people_noun, t))
    acting: dict[str, int] = {}
    for m in t.find(cues.unnamed):
        if m["poss"] or m["verb"]:
            acting.setdefault(m["n"], m.start("n"))
    for noun, at in acting.items():
        if unnamed[noun] >= _UNNAMED_MENTIONS and noun not in known:
            new(at, noun, "other")
