"""A time expression's own clause: where it starts and ends around the expression, read in
a bounded window (never a rescan), and which words around it are another clause's (a
clause set off by commas, a subordinate clause or reporting tag after it), whose tense is
not the expression's (``date_cues`` reads the tense); and its line: prose, or a headline's,
a label's or a stamp's."""

from __future__ import annotations

import re

from summarizer._text.scan import prefiltered

_PROSE_LINE = 17  # words: a line this long is prose even without a final mark (a standfirst)
_LINE_READ = 400  # characters read to a line's end: a longer line is prose anyway


def in_prose(text: str, at: int) -> bool:
    """Whether ``at`` lies in a line of prose (a sentence's mark at its end, or long), not in
    a headline, label or link, whose years are no events of the story."""
    lo = text.rfind("\n", max(0, at - _LINE_READ), at) + 1
    hi = text.find("\n", at, at + _LINE_READ)
    if (lo == 0 and at > _LINE_READ) or (hi < 0 and at + _LINE_READ < len(text)):
        return True  # a line longer than a headline
    line = text[lo : hi if hi >= 0 else len(text)].rstrip()
    return line[-1:] in '.!?"”’)' or len(line.split()) >= _PROSE_LINE


def opens_line(text: str, at: int) -> bool:
    """Whether ``at`` starts its line: a live blog's entry stamp ("12.45pm: ...")."""
    return at == 0 or text[at - 1] == "\n"


_WINDOW = 160  # characters read back for a clause's start: a bounded look, never a rescan
# A full stop after a lone letter is an abbreviation's ("3 p.m. on Saturday", "U.S."), and
# one between digits a decimal point ("measured 9.3 million square miles on Sept. 16"): no end.
_CLAUSE_END = prefiltered(re.compile(r"[!?;\n]|(?<!\b[A-Za-z])(?<!\d(?=\.\d))\."))


def before(text: str, at: int) -> str:
    """The text from the start of ``at``'s clause (at most ``_WINDOW`` back) up to ``at``."""
    lo = max(0, at - _WINDOW)
    stop = max((m.end() for m in _CLAUSE_END.finditer(text, lo, at)), default=lo)
    return text[stop:at]


def after(text: str, at: int) -> str:
    """The rest of ``at``'s clause (at most ``_WINDOW`` on)."""
    m = _CLAUSE_END.search(text, at, at + _WINDOW)
    return text[at : m.start() if m else at + _WINDOW]


# A clause set off by commas inside the weekday's own ("The storm, which formed Sunday, is
# forecast to make landfall Thursday"; "The hearing, originally set for May, was moved"):
# its tense is its own, not the main clause's.
_INSERTION = re.compile(
    r",\s*(?:who|which|whose|whom|where|(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|set|held|built"
    r"|made|known|cut|hit|shut|put))\b[^,]*,"
)
_LEAD_INSERTION = re.compile(r"\s*(?:who|which|whose|whom)\b[^,]*,")
# Where the weekday's own clause ends after it: a reporting tag ("reopens Friday, officials
# said"; a comma alone may end an opening phrase: "Sitting in the news conference after the
# loss Thursday, the coach was asked") or a subordinate clause ("head to the polls Thursday
# after a campaign that was marred").
_OWN_END = re.compile(
    r",(?=\s*(?:[\w'’.-]+\s+){1,5}(?:said|says|told|added|reported|wrote|stated|announced)\b"
    r"|\s*according\b)"
    r"|\b(?:after|before|that|which|who|whom|whose|where|when|while|because|since|as"
    r"|following|until)\b"
)


def own_after(rest: str) -> str:
    """The words of ``rest`` (what follows a weekday) up to its clause's end (``_OWN_END``)."""
    m = _OWN_END.search(rest)
    return rest[: m.start()] if m else rest


def main_before(text: str, at: int) -> str:
    """``before``, without the clauses set off by commas inside it (``_INSERTION``).  After
    an apposition ("Blake Masker, a former Meyers standout, scored 19 points, working ...")
    the verb is the main clause's own, not an insertion: it stays."""
    found = before(text, at)
    if "," not in found:
        return found
    # the window opened inside such a clause ("Watson, who announced her plans to run ...
    # Thursday, invited Lane to speak as the council was readying to adjourn late Wednesday")
    if lead := _LEAD_INSERTION.match(found):
        found = found[lead.end() :]
    out, last = [], 0
    for m in _INSERTION.finditer(found):
        prev = found.rfind(",", 0, m.start())
        if prev >= 0 and _APPOSITION.match(found, prev + 1, m.start()):
            continue
        out.append(found[last : m.start()] + " ")
        last = m.end()
    return "".join(out) + found[last:]


# A noun phrase set off by commas after a name: "a former Meyers standout", "the club's captain".
_APPOSITION = re.compile(r"\s*(?:a|an|the|his|her|their|its)\s[^,]*$")
