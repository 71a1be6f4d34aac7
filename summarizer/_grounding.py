"""Grounding: place a cited quote on the exact characters of the source.

The model cites a sentence id and, optionally, a short quote; code finds the
characters.  Alignment is tried exactly first, then on a folded form (case,
whitespace, quote marks, dashes) mapped back to source offsets, so the
returned ``quote`` is always ``text[start:end]`` and never the model's wording.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from summarizer._digest import Alignment, Digest, Evidence, models_in
from summarizer._text.segment import Document

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_TRIM = " \t\n\"'“”‘’.,;:"


def evidence(
    doc: Document,
    sid: int,
    start: int,
    end: int,
    alignment: Alignment = "exact",
    quote: str | None = None,
) -> Evidence:
    """``doc.text[start:end]`` as evidence, with its span in the input where it is unchanged.

    The quote is a string already held where one is (``quote``, when it is exactly those
    characters, or the whole sentence's text), not a copy per span: a long article's digest
    holds tens of thousands of spans.
    """
    if quote is None or len(quote) != end - start or not doc.text.startswith(quote, start):
        s = doc.sentence(sid)
        quote = s.text if s and s.start == start and s.end == end else doc.text[start:end]
    where = doc.input_map.locate(start, end, quote) if doc.input_map is not None else None
    return Evidence(
        sentence=sid, quote=quote, start=start, end=end, alignment=alignment,
        input_start=where[0] if where else None, input_end=where[1] if where else None,
    )  # fmt: skip


def sentence_evidence(doc: Document, sid: int) -> Evidence | None:
    s = doc.sentence(sid)
    if s is None:
        return None
    return evidence(doc, sid, s.start, s.end, "sentence")


def cited(doc: Document, ids: Iterable[int]) -> list[Evidence]:
    """Whole-sentence evidence for each distinct, existing sentence id."""
    out: list[Evidence] = []
    for sid in dict.fromkeys(ids):
        ev = sentence_evidence(doc, sid)
        if ev is not None:
            out.append(ev)
    return out


def ground_quote(doc: Document, sid: int, quote: str) -> Evidence | None:
    """The span of ``quote`` inside sentence ``sid``, or None if it is not there."""
    s = doc.sentence(sid)
    needle = quote.strip(_TRIM)
    if s is None or len(needle) < 3:
        return None
    at = s.text.find(needle)
    if at >= 0:
        start = s.start + at
        return evidence(doc, sid, start, start + len(needle), "exact")
    folded, index = _fold(s.text)
    target, _ = _fold(needle)
    at = folded.find(target)
    if at < 0 or not target:
        return None
    start = s.start + index[at]
    end = s.start + index[at + len(target) - 1] + 1
    return evidence(doc, sid, start, end, "normalized")


def _fold(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded char, the index of its source char."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch.casefold()[0])
        index.append(i)
    return "".join(out), index


def evidence_in(node: object) -> Iterator[Evidence]:
    """Every ``Evidence`` below ``node`` (a model, list or dict), however deep, in order."""
    return models_in(node, Evidence)


def all_evidence(digest: Digest) -> list[Evidence]:
    """Every span in ``digest``, found by walking its models: no field can escape the check."""
    return list(evidence_in(digest))


def check_digest(digest: Digest) -> list[str]:
    """Every broken evidence invariant in ``digest`` (empty when all spans are exact)."""
    text = digest.source.text
    problems = []
    for ev in all_evidence(digest):
        if text[ev.start : ev.end] != ev.quote:
            problems.append(f"span {ev.start}:{ev.end} is not its quote {ev.quote[:40]!r}")
    return problems
