"""The task abstraction and the figures task it was proven by.

Articles are the seed and dev-split gold articles only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from summarizer import summarize
from summarizer._digest import Claim, Digest, Evidence
from summarizer._eval import split_of
from summarizer._grounding import check_digest
from summarizer._pipeline import find, prepare
from summarizer._render import to_html, to_markdown
from summarizer._render.items import sections
from summarizer._tasks import ANSWERS, embedded_skips, registered
from summarizer._tasks.context import validation_context
from summarizer._tasks.figures import TASK as FIGURES
from summarizer._tasks.figures import FiguresAnswer, figures
from summarizer._text.segment import segment
from tests.support import ROOT, SEED, assert_grounded

GOLD = ROOT / "eval" / "gold"


def _dev(slug: str) -> Path:
    assert split_of(slug) == "dev", slug  # rules are written against dev articles only
    return GOLD / slug / "article.txt"


def _figures(path: Path | str, day: date | None = None) -> list[tuple[str, float, float | None,
                                                                      str | None]]:  # fmt: skip
    doc = prepare(path)
    f = find(doc, day)
    return [(doc.text[c.start : c.end], c.value, c.high, c.unit) for c in FIGURES.figures(f)]


def test_registry_order_traits_and_schemas() -> None:
    assert [t.name for t in registered()] == ["summary", "claims", "stances", "timeline",
                                              "figures"]  # fmt: skip
    assert set(ANSWERS) == {t.name for t in registered()}
    # the embedded model is not asked what it does not improve (a trait of each task)
    assert embedded_skips() == {"stances", "timeline", "figures"}
    for t in registered():
        assert (ROOT / "prompts" / f"{t.name}.j2").is_file()
        assert (ROOT / "schemas" / f"answer-{t.name}.schema.json").is_file()


def test_money_percent_ranges_and_counts_on_a_dev_article() -> None:
    got = _figures(_dev("sec-whistleblower-award-37m"))
    assert ("$37 million", 37e6, None, "USD") in got
    assert ("10 to 30 percent", 10.0, 30.0, "percent") in got
    assert ("$1 million", 1e6, None, "USD") in got


def test_quantities_and_counts_but_no_dates_or_names() -> None:
    got = _figures(_dev("nasa-crew11-splashdown"), date(2026, 1, 15))
    texts = [g[0] for g in got]
    assert ("71 million miles", 71e6, None, "mile") in got
    assert ("five-month", 5.0, None, "month") in got
    assert ("167-day", 167.0, None, "day") in got
    assert "2,670" in texts and "140" in texts  # counts followed by a noun
    assert "74" not in texts  # "Expedition 74" is a name
    outage = [g[0] for g in _figures(_dev("mlive-saginaw-council-outage"), date(2019, 10, 21))]
    assert outage == ["20,000"]  # not "6:30 p.m.", "Oct. 21" or "5 p.m."


def test_barrels_six_month_and_speaker() -> None:
    doc = segment(
        "Oil Minister Ana Ruiz said Russia would cut output by 3.5 million barrels a day. "
        '"We expect a six-month freeze and a 12% drop in exports," Ruiz said on Tuesday. '
        "In 2017, 14 tankers were idle."
    )
    f = find(doc, None)
    found = FIGURES.figures(f)
    got = {doc.text[c.start : c.end]: (c.value, c.unit, c.speaker) for c in found}
    assert got["3.5 million barrels"] == (3.5e6, "barrel", "Ana Ruiz")
    assert got["six-month"] == (6.0, "month", "Ana Ruiz")
    assert got["12%"] == (12.0, "percent", "Ana Ruiz")
    assert got["14"] == (14.0, None, None)  # a count with its noun; "2017" is a year
    for c in found:  # code's label is words of the sentence, exactly
        assert c.label in c.sentence.text and doc.text[c.start : c.end] in c.label


def _labelled(labels: list[dict[str, object]], final: bool = False) -> FiguresAnswer:
    doc = prepare(_dev("sec-whistleblower-award-37m"))
    f = find(doc, None)
    asked = FIGURES.prompt(doc, f, {s.id for s in doc.sentences})
    assert asked is not None
    asked.ctx.final = final
    return FiguresAnswer.model_validate({"labels": labels}, context=validation_context(asked.ctx))


def _range_id() -> int:
    doc = prepare(_dev("sec-whistleblower-award-37m"))
    found = FIGURES.figures(find(doc, None))
    return next(c.id for c in found if doc.text[c.start : c.end] == "10 to 30 percent")


def test_a_faithful_label_passes_the_checks() -> None:
    got = _labelled([{"candidate": _range_id(), "measure": "share of the money collected"}])
    assert [x.measure for x in got.labels] == ["share of the money collected"]
    assert "support" in got.labels[0].checks


@pytest.mark.parametrize(
    ("measure", "check"),
    [
        ("award of 40 percent of the money collected", "numbers"),
        ("awards never range from the money collected", "polarity"),
        ("Goldman awards range of the money collected", "names"),
    ],
)
def test_a_wrong_number_negation_or_name_in_a_label_is_rejected(measure: str, check: str) -> None:
    label = {"candidate": _range_id(), "measure": measure}
    with pytest.raises(ValidationError, match=f"{check}:"):
        _labelled([label])
    assert _labelled([label], final=True).labels == []  # the last attempt drops it


def test_labels_become_model_items_and_the_rest_stay_codes() -> None:
    doc = prepare(_dev("sec-whistleblower-award-37m"))
    f = find(doc, None)
    rid = _range_id()
    answer = _labelled([{"candidate": rid, "measure": "share of the money collected"}])
    out = figures(doc, FIGURES.figures(f), answer)
    by_text = {x.text: x for x in out}
    assert by_text["10 to 30 percent"].method == "model"
    assert by_text["10 to 30 percent"].measure == "share of the money collected"
    assert {x.method for x in out if x.text != "10 to 30 percent"} == {"code"}
    for x in out:
        (ev,) = x.evidence
        assert doc.text[ev.start : ev.end] == ev.quote == x.text


def test_no_model_yields_codes_figures_in_every_format() -> None:
    digest = summarize(_dev("sec-whistleblower-award-37m"), backend="none")
    assert_grounded(digest)
    assert digest.figures and {x.method for x in digest.figures} == {"code"}
    assert digest.meta.usage.requests == 0
    html, md = to_html(digest), to_markdown(digest)
    assert 'data-item="figure-0"' in html and "k-figure" in html
    assert "## Figures" in md and "10 to 30 percent" in md
    seed = summarize(SEED, published="2017-04-12", backend="none")
    assert {x.method for x in seed.figures} <= {"code"}


def test_a_new_digest_field_cannot_escape_the_span_check_or_the_report() -> None:
    """The span check and the renderers walk the Digest's types, not a list of fields."""

    class Wider(Digest):
        extra: list[Claim]

    base = summarize(SEED, published="2017-04-12", backend="none")
    text = base.source.text
    wrong = Evidence(sentence=1, quote="not the text", start=0, end=12)
    wider = Wider(**dict(base), extra=[Claim(text="x", speaker=None, kind="other",
                                             evidence=[wrong])])  # fmt: skip
    assert text[0:12] != "not the text"
    assert check_digest(wider) == ["span 0:12 is not its quote 'not the text'"]
    assert "extra" in [s.field for s in sections(wider)]
    assert 'data-item="extra-0"' in to_html(wider)
    assert "## Extra" in to_markdown(wider)


def test_figures_skip_a_number_in_a_name_and_a_time_said_relative_to_now() -> None:
    """From an earnings story written for the purpose: "S&P 500" names an index, "a year
    earlier" says when; "$468 million" and "18%" stay, and so do "12 months" and a count."""
    text = (
        "Northwind reported net income of $412 million, compared with $468 million a year "
        "earlier, the company said on Wednesday.\n\n"
        "Its shares have fallen 18% over the past 12 months, compared with a 4% gain in the "
        "S&P 500 food index.\n\n"
        "The plan, announced two weeks ago, will cut 800 jobs at the company's plants.\n\n"
        "The plant will close about a month earlier than planned, officials said.\n\n"
        "Fees rise to $2.25 an hour and will raise about $1.2 million a year, he said.\n"
    )
    digest = summarize(text, backend="none")
    assert_grounded(digest)
    got = [x.text for x in digest.figures]
    assert "500" not in got and "a year" not in got and "two weeks" not in got
    assert "an hour" not in got  # a rate of the figure before it, however quantities are listed
    for kept in (
        "$412 million",
        "$468 million",
        "18%",
        "12 months",
        "4%",
        "800",
        "a month",
        "$1.2 million",
    ):
        assert kept in got
