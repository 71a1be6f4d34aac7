"""Evidence offsets into the input as given (issue 9, item 5).

For every evidence span: ``source.text[start:end] == quote`` always, and where
``input_start`` is set, ``input[input_start:input_end] == quote``.  Checked on the seed,
every gold article of the dev split, and synthetic inputs that cleaning must alter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer._digest import Evidence
from summarizer._eval import split_of
from summarizer._extract.actors import find_actors
from summarizer._extract.claims import find_candidates
from summarizer._extract.quotes import find_quotes
from summarizer._grounding import cited
from summarizer._input.loading import load
from summarizer._pipeline import prepare
from summarizer._tasks.findings import actors
from tests.support import ROOT, SEED

DEV = sorted(
    p
    for p in (ROOT / "eval" / "gold").iterdir()
    if (p / "gold.json").is_file() and split_of(p.name) == "dev"
)


def _all_evidence(source: str | Path) -> tuple[str, list[Evidence]]:
    """Every span code builds for ``source``: sentences, actors' mentions, claims."""
    doc = prepare(source)
    found = find_actors(doc)
    spans = cited(doc, (s.id for s in doc.sentences))
    spans += [ev for a in actors(doc, found) for ev in a.evidence]
    for c in find_candidates(doc, found, find_quotes(doc, found)):
        spans.extend(c.evidence)
    assert doc.input_map is not None
    assert all(doc.text[ev.start : ev.end] == ev.quote for ev in spans)
    return doc.input_map.text, spans


def _check(given: str, spans: list[Evidence], complete: bool = False) -> float:
    """The invariant; returns the share of spans that got input offsets.

    ``complete``: a span without input offsets must really be changed in the input (its
    quote does not occur there verbatim), so no span that could be mapped is left out.
    """
    mapped = [ev for ev in spans if ev.input_start is not None]
    if complete:
        assert [ev.quote for ev in spans if ev.input_start is None and ev.quote in given] == []
    for ev in mapped:
        assert ev.input_end is not None
        assert given[ev.input_start : ev.input_end] == ev.quote
    assert all(ev.input_end is None for ev in spans if ev.input_start is None)
    return len(mapped) / len(spans)


def test_seed_spans_point_into_the_file_as_given() -> None:
    given, spans = _all_evidence(SEED)
    assert given == SEED.read_text(encoding="utf-8")
    assert _check(given, spans, complete=True) > 0.8  # "he\u00a0said" is changed: no offsets


# Hard-wrapped inputs (``_text.unwrap``): a sentence's line breaks are spaces in the cleaned
# text, so a span across one is not the input's characters and gets no input offsets.
WRAPPED = {
    "lincolndailynews-reuters-mcstay-family-murder-charge",
    "stockopedia-st-jamess-place-half-year-report-2024",  # a stock-exchange release's lines
}


@pytest.mark.parametrize("folder", DEV, ids=[p.name for p in DEV])
def test_dev_gold_spans_point_into_the_input(folder: Path) -> None:
    given, spans = _all_evidence(folder / "article.txt")
    assert given == load(folder / "article.txt").text
    share = _check(given, spans, complete=True)
    assert share >= (0.2 if folder.name in WRAPPED else 0.8)


def test_spans_survive_chrome_crlf_and_collapsed_spaces() -> None:
    given = (
        "Home | News | Sport\r\n\r\n"
        "Share this article\r\n\r\n"
        "Tillerson  met Lavrov in Moscow on Wednesday, officials said.\r\n\r\n"
        "Read more\r\n\r\n"
        '"The talks were productive," Tillerson told reporters after the meeting.\r\n'
    )
    _, spans = _all_evidence(given)
    assert _check(given, spans) > 0
    by_quote = {ev.quote: ev for ev in spans}
    told = by_quote['"The talks were productive," Tillerson told reporters after the meeting.']
    assert told.input_start == given.index('"The talks')
    # The first sentence lost a space in cleaning: no input offsets rather than wrong ones.
    met = by_quote["Tillerson met Lavrov in Moscow on Wednesday, officials said."]
    assert met.input_start is None and met.input_end is None


def test_cut_credit_and_non_breaking_space_leave_the_rest_mapped() -> None:
    given = (
        "Protesters gathered outside the embassy on Monday evening. (AP Photo/Evan Vucci)\n\n"
        "The minister\u00a0said the talks would go on, according to the ministry.\n\n"
        "Police said 40 people were arrested after the march on the capital.\n"
    )
    _, spans = _all_evidence(given)
    _check(given, spans)
    by_quote = {ev.quote: ev for ev in spans}
    first = by_quote["Protesters gathered outside the embassy on Monday evening."]
    assert first.input_start == 0
    police = by_quote["Police said 40 people were arrested after the march on the capital."]
    assert police.input_start == given.index("Police")
    nbsp = by_quote["The minister said the talks would go on, according to the ministry."]
    assert nbsp.input_start is None


def test_html_spans_point_into_the_extracted_text() -> None:
    page = (
        "<html><head><title>Talks resume</title></head><body><article>"
        "<h1>Talks resume in Geneva</h1>"
        "<p>Tillerson met Lavrov in Moscow on Wednesday, officials said.</p>"
        "<p>The two men spoke for four hours and agreed to meet again next month.</p>"
        "</article></body></html>"
    )
    given, spans = _all_evidence(page)
    assert "<p>" not in given
    assert _check(given, spans) > 0.5


def test_a_replaced_character_does_not_send_the_alignment_to_a_later_copy() -> None:
    """NBSP cleaned to a space: the words after it map to where they stand, not to the next
    occurrence of the same words (bench/probes/offsets_probe.py: 55 verbatim spans of the dev
    articles were left unmapped so, 4 now)."""
    from summarizer._text.offsets import align

    source = (
        "Officials met the\u00a0Security Council in Geneva on Monday, "
        "and the Security Council voted."
    )
    cleaned = source.replace("\u00a0", " ")
    where = align(source, cleaned)
    quote = "Security Council in Geneva on Monday"
    at = cleaned.find(quote)
    assert where.locate(at, at + len(quote), quote) == (
        source.find(quote),
        source.find(quote) + len(quote),
    )
    assert where.locate(0, len("Officials met the"), "Officials met the") == (0, 17)


def test_a_span_after_two_spaces_in_a_sentence_keeps_its_offsets() -> None:
    # kinyradio-new-juneau-assembly-to-organize-2019: two spaces after each stop; the aligner
    # stepped one character on at the collapsed run and lost every span after it in the line
    given = (
        "Juneau Assembly to organize next week\n\n"
        'Bryson was asked if the Assembly has gotten the message.  "Yes.  I fully expect '
        'that that is the direction that the Assembly will go," Bryson said.\n'
    )
    _, spans = _all_evidence(given)
    assert _check(given, spans, complete=True) > 0
    yes = [ev for ev in spans if ev.quote.endswith("Yes.")]
    assert yes and all(ev.input_start == given.index(ev.quote) for ev in yes)
