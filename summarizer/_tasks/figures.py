"""The figures task: numbers and quantities the article states, found and checked by code.

Code finds each figure and its exact span in the story's sentences (percentages, money,
quantities with a unit, counts followed by a noun, ranges; not dates, clock times,
ordinals, ages in commas, score lines, or numbers in headline-like lines), reading
values and units with ``_checks.numbers``, and who states it (the speaker of the quote
or reported statement it lies in).  The model only says what each numbered figure
measures, in a few words; that label must pass the checks in code (support, numbers,
names, polarity) against the figure's sentence, else it is re-asked and dropped.  A
figure the model does not label keeps a label taken from its sentence
(``method="code"``).  Not asked on the embedded model: the 135M model cannot label well
and each request costs about 15 s there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Self, cast

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from summarizer import _budget
from summarizer._checks.numbers import Quantity, quantities
from summarizer._digest import Figure
from summarizer._grounding import evidence as span
from summarizer._lang import pack
from summarizer._limits import keep_first
from summarizer._tasks import Prompt, Task
from summarizer._tasks.context import Checked, Short, _context, _record, _screen
from summarizer._tasks.findings import MAX_CANDIDATES, Findings
from summarizer._text.segment import Document, Sentence
from summarizer._text.words import word_count

_NOT_NOUNS = {"p.m", "a.m", "pm", "am", "min", "gmt", "bst", "utc", "edt", "est", "et"}
_NEXT_WORD = re.compile(r"[ -]([A-Za-z][\w.'’]*)")
_RANGE = re.compile(r"\s*(?:-|–|—|to)\s*|\s+and\s+")
_SKIP_UNITS = {"clock", "ordinal"}
_DURATIONS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
_WINDOW = 4  # words of the clause on each side of a figure in code's label
_ENDS = (".", "!", "?", '"', "”", "’", ")")
_MIN_WORDS = 5
_CLAUSE = ',;:()"“”—'


@dataclass(frozen=True)
class FigureCandidate:
    id: int
    sentence: Sentence
    start: int  # offsets in the article (doc.text)
    end: int
    value: float
    high: float | None
    unit: str | None
    speaker: str | None
    label: str  # code's: the figure's clause, a few words either side, as written


def _counted(q: Quantity, rest: str, stop: frozenset[str]) -> bool:
    """A unitless number counts something when a noun follows ("14 people", "20,000 homes")."""
    m = _NEXT_WORD.match(rest)
    if m is None:
        return False
    word = m.group(1).rstrip(".").casefold()
    if word in _NOT_NOUNS or word in stop or not word.isalpha():
        return False
    if m.group(1)[0].isupper():  # "3-3 Wolves", "18 U.S.C.": a name follows, not a count
        return q.value >= 100 and not _year_like(q)
    return not _year_like(q)


def _year_like(q: Quantity) -> bool:
    return q.text.isdigit() and len(q.text) == 4 and 1000 <= q.value <= 2100


def _before(text: str, q: Quantity) -> str:
    words = text[: q.start].split()
    return words[-1].casefold() if words else ""


def _prose(text: str) -> bool:
    """A sentence of the story, not a headline, caption, counter or byline left by cleaning:
    it ends like a sentence and has a few words ("3 min read", "Photo 1 of 12" do not)."""
    return text.rstrip().endswith(_ENDS) and word_count(text, _MIN_WORDS) >= _MIN_WORDS


def _rate(text: str, prev: Quantity, q: Quantity) -> bool:
    """ "a year" in "400 students a year" is a rate of the figure before, not one year."""
    return q.text.split()[0].casefold() in ("a", "an") and len(text[prev.end : q.start]) < 24


def _trimmed(text: str, q: Quantity) -> tuple[int, int]:
    """``q``'s span in ``text`` without the leading space its pattern may take."""
    start = q.start + len(text[q.start : q.end]) - len(text[q.start : q.end].lstrip())
    return start, q.end


def _label(s: Sentence, start: int, end: int) -> str:
    """A few words of the figure's clause on each side, exactly as the sentence writes them."""
    text = s.text
    a, b = start - s.start, end - s.start
    left = max((text.rfind(c, 0, a) for c in _CLAUSE), default=-1) + 1
    right = min((i for c in _CLAUSE if (i := text.find(c, b)) >= 0), default=len(text))
    before = [m.start() for m in re.finditer(r"\S+", text[left:a])][-_WINDOW:]
    after = [m.end() for m in re.finditer(r"\S+", text[b:right])][:_WINDOW]
    first = left + before[0] if before else a
    last = b + after[-1] if after else b
    return text[first:last].strip(" .") or text[a:b]


_NAME_WORD = re.compile(r"[A-Z][A-Za-z&]*")  # "Expedition", "S&P", "FTSE"
# A span of time said relative to now ("a year earlier", "two weeks ago"): when, not how much
# ("a month earlier than planned" is how much).
_RELATIVE = re.compile(
    r"\s+(?:(?:earlier|later)(?!\s+than\b)|ago|before|after|previously|prior)\b", re.I
)


def _named(text: str, q: Quantity) -> bool:
    """A number that is part of a name or a span of years: "Expedition 74", "S&P 500",
    "1967-68"."""
    head = text[: q.start]
    words = head.split()
    if head.endswith(("-", "–")) and re.search(r"\d[-–]$", head):
        return True
    return len(words) > 1 and bool(_NAME_WORD.fullmatch(words[-1]))


def find_figures(doc: Document, f: Findings) -> list[FigureCandidate]:
    """Every figure code can read, in article order, with who states it.

    English only, like ``_checks.numbers`` whose reading it shares: another language
    yields no figures rather than English rules applied to it.
    """
    if doc.language != "en":
        return []
    stop = pack(doc.language).content_stopwords
    dated = [(t.start, t.end) for t in f.times]
    said = [(ev.start, ev.end, c.speaker) for c in f.claims if c.speaker for ev in c.evidence]
    out: list[FigureCandidate] = []
    cap = f.caps.figures
    for s in doc.sentences:
        if cap is not None and len(out) > cap:  # one past the cap: the rest is never read
            break
        if not _prose(s.text):
            continue
        found = [
            q for q in sorted(quantities(s.text), key=lambda q: q.start)  # text order
            if not q.pair and q.unit not in _SKIP_UNITS
            and not (q.unit == "fraction" and q.text.isalpha())  # "half-time", "a third time"
            and _before(s.text, q) != "half"  # "half a century": not one century
            and not any(a < s.start + q.end and s.start + q.start < b for a, b in dated)
        ]  # fmt: skip
        found = [q for n, q in enumerate(found) if not (n and _rate(s.text, found[n - 1], q))]
        k = 0
        while k < len(found):
            low, high = found[k], None
            between = s.text[low.end : found[k + 1].start] if k + 1 < len(found) else ""
            joined = between and _RANGE.fullmatch(between) and found[k + 1].value > low.value
            if joined and (" and " not in between or _before(s.text, low) == "between"):
                high = found[k + 1]
                k += 1
            k += 1
            last = high or low
            unit = last.unit if high else low.unit
            if unit is None and not _counted(last, s.text[last.end :], stop):
                continue
            if unit is None and (_year_like(low) or _named(s.text, low)):
                continue
            if unit in _DURATIONS and _RELATIVE.match(s.text, last.end):
                continue
            a, _ = _trimmed(s.text, low)
            start, end = s.start + a, s.start + last.end
            who = next((p for x, y, p in said if x <= start < y), None)
            out.append(FigureCandidate(
                len(out) + 1, s, start, end, low.value, high.value if high else None, unit,
                who, _label(s, start, end),
            ))  # fmt: skip
    keep_first(out, cap, "figures", f.notes, whole=False)
    return out


class FigureLabel(Checked):
    candidate: int = Field(description="the number of the figure")
    measure: Short = Field(description="what the figure measures, in a few words")


class FiguresAnswer(BaseModel):
    labels: list[FigureLabel] = Field(max_length=12)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        ctx = _context(info)

        def check(x: FigureLabel) -> str | None:
            if ctx.candidates.get(x.candidate) is None:
                return f"figure {x.candidate} does not exist"
            outcome = ctx.check(x.measure, ctx.cited_candidate(x.candidate), 0.5)
            return _record(
                x, outcome, f"{x.measure!r} is not what the sentence of figure {x.candidate} says"
            )

        self.labels = _screen(self.labels, check, ctx, "figures")
        return self


class FiguresTask(Task[FiguresAnswer]):
    name = "figures"
    answer = FiguresAnswer
    order = 50
    on_embedded = False  # the 135M model cannot label them, at about 15 s a request

    def find(self, doc: Document, f: Findings) -> list[FigureCandidate]:
        return find_figures(doc, f)

    def figures(self, f: Findings) -> list[FigureCandidate]:
        return cast(list[FigureCandidate], f.found.get(self.name, []))

    def prompt(self, doc: Document, f: Findings, ids: set[int]) -> Prompt | None:
        shown = [c for c in self.figures(f) if c.sentence.id in ids][:MAX_CANDIDATES]
        if not shown:
            return None
        sentences = {c.id: c.sentence.id for c in self.figures(f)}
        ctx = f.context(doc, {c.id: c.sentence.text for c in shown}, sentences)
        listed = [{"id": c.id, "text": doc.text[c.start : c.end],
                   "sentence": _budget.capped(c.sentence.text, c.start - c.sentence.start)}
                  for c in shown]  # fmt: skip
        return Prompt(ctx, {"candidates": listed})

    def assemble(self, doc: Document, f: Findings, answer: FiguresAnswer | None) -> dict[str, Any]:
        return {"figures": figures(doc, self.figures(f), answer)}


def figures(
    doc: Document, candidates: Sequence[FigureCandidate], answer: FiguresAnswer | None
) -> list[Figure]:
    """Code's figures, each labelled by the model where its label passed the checks."""
    labels: dict[int, FigureLabel] = {}
    for given in answer.labels if answer else []:
        labels.setdefault(given.candidate, given)
    out = []
    for c in candidates:
        got = labels.get(c.id)
        out.append(Figure(
            text=doc.text[c.start : c.end], value=c.value, high=c.high, unit=c.unit,
            measure=got.measure if got else c.label, speaker=c.speaker,
            evidence=[span(doc, c.sentence.id, c.start, c.end)],
            method="model" if got else "code", checks=got.checks if got else [],
        ))  # fmt: skip
    return out


TASK = FiguresTask()
