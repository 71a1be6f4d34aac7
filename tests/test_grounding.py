from __future__ import annotations

from summarizer._grounding import ground_quote, sentence_evidence
from summarizer._text.segment import segment

TEXT = (
    "Ünïcode first. Tillerson called the meeting “productive.” "
    '"The world\'s two   foremost nuclear powers cannot have this kind of relationship," he said.'
)


def test_exact_quote_spans_source_characters() -> None:
    doc = segment(TEXT)
    ev = ground_quote(doc, 2, "called the meeting")
    assert ev is not None and ev.alignment == "exact"
    assert TEXT[ev.start : ev.end] == ev.quote == "called the meeting"


def test_normalized_quote_returns_source_characters_not_model_wording() -> None:
    doc = segment(TEXT)
    ev = ground_quote(doc, 3, "the WORLD'S two foremost nuclear powers")
    assert ev is not None and ev.alignment == "normalized"
    assert TEXT[ev.start : ev.end] == ev.quote
    assert ev.quote == "The world's two   foremost nuclear powers"
    curly = ground_quote(doc, 2, 'the meeting "productive')
    assert curly is not None and curly.quote == "the meeting “productive"


def test_quote_outside_cited_sentence_or_invented_is_rejected() -> None:
    doc = segment(TEXT)
    assert ground_quote(doc, 1, "called the meeting") is None
    assert ground_quote(doc, 2, "a Russian missile strike") is None
    assert ground_quote(doc, 99, "anything") is None
    assert ground_quote(doc, 2, "a") is None  # too short to mean anything


def test_sentence_evidence() -> None:
    doc = segment(TEXT)
    ev = sentence_evidence(doc, 1)
    assert ev is not None and ev.alignment == "sentence" and TEXT[ev.start : ev.end] == ev.quote


def test_evidence_walk_finds_what_the_full_walk_finds() -> None:
    """``evidence_in`` skips the leaves ``walk`` visits: the same spans, in the same order,
    on digests holding evidence in every kind of item."""
    from summarizer._digest import Evidence, walk
    from summarizer._grounding import evidence_in
    from tests.test_render_html import seed_digest, unit_digest, xss_digest

    for digest in (seed_digest(), unit_digest(), xss_digest()):
        full = [x for x in walk(digest) if isinstance(x, Evidence)]
        assert len(full) >= 3
        assert [id(x) for x in evidence_in(digest)] == [id(x) for x in full]
        for item in walk(digest):  # from any node down too
            assert list(evidence_in(item)) == [x for x in walk(item) if isinstance(x, Evidence)]


def test_only_fields_that_can_hold_no_model_are_skipped() -> None:
    from typing import Any, Literal, Optional

    from summarizer._digest import Evidence, Source, _may_hold_model

    holds = [Evidence, list[Evidence], Any, list[Any], Evidence | None, dict[str, Source],
             tuple[int, Evidence], object]  # fmt: skip
    scalars = [str, int, float, bool, str | None, list[str], dict[str, float], tuple[int, ...],
               Literal["a", "b"], Optional[Literal["x"]], list[dict[str, int | None]]]  # noqa: UP045  # fmt: skip
    assert all(map(_may_hold_model, holds))
    assert not any(map(_may_hold_model, scalars))
