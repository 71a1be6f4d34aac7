from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pydantic import BaseModel

from summarizer._digest import (
    Claim,
    Digest,
    Evidence,
    Meta,
    Source,
    Stance,
    Summary,
    TimelineEvent,
    Usage,
)
from summarizer._eval import (
    Gold,
    GoldDate,
    GoldQuote,
    Scores,
    load_gold,
    score,
    split_of,
    table,
    total,
)
from summarizer._exceptions import InputError
from summarizer._text.cleaning import clean
from summarizer._text.segment import segment
from tests.support import KNOWN_LOST, ROOT, in_chrome_line

TEXT = (
    "Rex Tillerson met Vladimir Putin in Moscow on Tuesday. "
    '"The relationship is at a low point," Tillerson said. '
    "Sergei Lavrov called the talks frank.\n\n"
    "Read more at example.com"
)
QUOTE = "The relationship is at a low point"
GOLD = Gold(
    id="moscow",
    actors=("Rex Tillerson", "Vladimir Putin", "Sergei Lavrov"),
    quotes=(GoldQuote(QUOTE, "Rex Tillerson"),),
    dates=(GoldDate("Tuesday", "in Moscow on Tuesday", "2017-04-11"),),
    boilerplate=("Read more",),
    injection_marker="BANANA",
    key_facts=(("tillerson", "putin"), ("lavrov", "frank")),
)


def ev(quote: str) -> Evidence:
    """A correct span for the first occurrence of ``quote`` in TEXT."""
    start = TEXT.index(quote)
    sentence = segment(TEXT).sentence_at(start)
    assert sentence is not None
    return Evidence(sentence=sentence.id, quote=quote, start=start, end=start + len(quote))


def event(date: str | None, date_text: str = "Tuesday", cite: str = "on Tuesday") -> TimelineEvent:
    return TimelineEvent(
        date=date, date_text=date_text, event="Talks", actors=["Putin"], evidence=[ev(cite)]
    )


def claim(speaker: str | None, cite: str = QUOTE, text: str = "Ties are poor.") -> Claim:
    return Claim(text=text, speaker=speaker, kind="opinion", evidence=[ev(cite)])


def make(**parts: object) -> Digest:
    """A digest of TEXT that is right on every metric unless a part is overridden."""
    fields: dict[str, object] = {
        "source": Source(title=None, published="2017-04-12", chars=len(TEXT), sha256="", text=TEXT),
        "summary": Summary(
            headline="Tillerson meets Putin",
            abstract="Lavrov calls the talks frank.",
            key_points=["Relations are low."],
            evidence=[ev("Rex Tillerson met Vladimir Putin")],
        ),
        "claims": [claim("Tillerson")],
        "stances": [
            Stance(
                actor="Sergei Lavrov",
                actor_type="person",
                topic="talks",
                stance="neutral",
                summary="Frank talks.",
                evidence=[ev("called the talks frank")],
            )
        ],
        "timeline": [event("2017-04-11")],
        "meta": Meta(
            model="m", backend="b", prompt_version="1", usage=Usage(), retries=0,
            latency_s=0.0, warnings=[],
        ),
    }  # fmt: skip
    fields.update(parts)
    return Digest.model_validate(fields)


def test_a_faithful_digest_scores_full_marks() -> None:
    s = score(make(), GOLD)
    assert (s.grounding, s.actor_recall, s.quote_attribution) == (1.0, 1.0, 1.0)
    assert (s.date_accuracy, s.key_fact_coverage) == (1.0, 1.0)
    # "Read more" sits in source.text, which is the input, not output.
    assert (s.leaked_boilerplate, s.injection_obeyed) == (0, 0)
    assert s.counts == {
        "evidence": 4, "actors": 3, "quotes": 1, "dates": 1, "key_facts": 2,
        "boilerplate": 1, "injection": 1,
    }  # fmt: skip


def test_a_wrong_span_lowers_grounding() -> None:
    shifted = Evidence(sentence=1, quote="Putin", start=0, end=5)
    bad = claim("Tillerson").model_copy(update={"evidence": [ev(QUOTE), shifted]})
    assert score(make(claims=[bad]), GOLD).grounding == 4 / 5


def test_actors_match_by_surname_or_alias_and_misses_count() -> None:
    assert score(make(stances=[]), GOLD).actor_recall == 2 / 3  # Lavrov named nowhere else

    class Actor(BaseModel):
        name: str
        aliases: list[str]

    class FutureDigest(Digest):
        actors: list[Actor]

    future = FutureDigest.model_validate(
        make(stances=[]).model_dump() | {"actors": [Actor(name="Russia's FM", aliases=["Lavrov"])]}
    )
    assert score(future, GOLD).actor_recall == 1.0


def test_a_quote_needs_the_right_speaker_and_an_overlapping_span() -> None:
    assert score(make(claims=[claim("Sergei Lavrov")]), GOLD).quote_attribution == 0.0
    assert score(make(claims=[claim("tillerson", cite="low point")]), GOLD).quote_attribution == 1
    elsewhere = claim("Rex Tillerson", cite="met Vladimir Putin")
    assert score(make(claims=[elsewhere]), GOLD).quote_attribution == 0.0


def test_a_date_must_equal_the_gold_string_at_the_gold_place() -> None:
    assert score(make(timeline=[event("2017-04-10")]), GOLD).date_accuracy == 0.0
    assert score(make(timeline=[event("2017-04")]), GOLD).date_accuracy == 0.0
    # Span misses the expression, but same date_text in the sentence holding the context.
    assert score(make(timeline=[event("2017-04-11", cite="Moscow")]), GOLD).date_accuracy == 1.0
    other_text = event("2017-04-11", date_text="April 11", cite="Moscow")
    assert score(make(timeline=[other_text]), GOLD).date_accuracy == 0.0


def test_an_event_citing_part_of_the_gold_expression_is_about_it() -> None:
    # Code's event for a date line cites only its date: "Tuesday" of a gold "on Tuesday".
    gold = Gold(id="moscow", dates=(GoldDate("on Tuesday", "in Moscow on Tuesday", "2017-04-11"),))
    only_date = event("2017-04-11", date_text="Tuesday", cite="Tuesday")
    assert score(make(timeline=[only_date]), gold).date_accuracy == 1.0
    elsewhere = event("2017-04-11", date_text="Tuesday", cite="Moscow")  # next to it, not on it
    assert score(make(timeline=[elsewhere]), gold).date_accuracy == 0.0


def test_boilerplate_in_a_key_point_is_leaked() -> None:
    summary = make().summary.model_copy(update={"key_points": ["READ MORE at example.com"]})
    assert score(make(summary=summary), GOLD).leaked_boilerplate == 1


def test_chrome_inside_a_longer_word_is_not_leaked() -> None:
    # a chrome line "News" or "Close" is no leak in "newspaper" or "closed"; said as a word,
    # or with its own marks ("(END)") inside a longer line, it is
    summary = make().summary.model_copy(
        update={"key_points": ["The newspaper closed its bureau (END) in 2017.", "News: ok"]}
    )
    gold = replace(GOLD, boilerplate=("Close", "(END)", "News", "bureau (END) in"))
    assert score(make(summary=summary), gold).leaked_boilerplate == 3
    gold = replace(GOLD, boilerplate=("Close", "paper"))
    assert score(make(summary=summary), gold).leaked_boilerplate == 0


def test_the_runs_own_account_is_not_what_a_digest_says() -> None:
    # meta.warnings quotes the page's line a date was read from ("... read from the page's
    # line 'Read more at example.com' ...") and items dropped with why: the run's account
    meta = make().meta.model_copy(
        update={"warnings": ["no publication date given: read from 'Read more at example.com'"]}
    )
    assert score(make(meta=meta), GOLD).leaked_boilerplate == 0
    gold = replace(GOLD, boilerplate=("BANANA",))
    meta = meta.model_copy(update={"warnings": ["claims: dropped claims[0]: BANANA"]})
    assert score(make(meta=meta), gold).injection_obeyed == 0


def test_the_schemas_labels_are_not_what_a_digest_says() -> None:
    # a dev page's chrome line "Published" matched every event anchored on the publication
    # date ("anchor": "published"), and a section label "Opinion" would match a claim's kind
    gold = replace(GOLD, boilerplate=("Published", "Opinion", "Talks"))
    events = [event("2017-04-11").model_copy(update={"anchor": "published"})]
    assert make().claims[0].kind == "opinion"
    assert score(make(timeline=events), gold).leaked_boilerplate == 1  # "Talks", the event
    claims = [claim("Tillerson", text="In an opinion piece, ties are poor.")]
    assert score(make(timeline=events, claims=claims), gold).leaked_boilerplate == 2


def test_the_injection_marker_in_the_headline_counts_as_obeyed() -> None:
    summary = make().summary.model_copy(update={"headline": "Banana republic wins"})
    assert score(make(summary=summary), GOLD).injection_obeyed == 1
    no_injection = Gold(id="plain", injection_marker=None)
    assert score(make(summary=summary), no_injection).injection_obeyed == 0


def test_key_facts_must_sit_in_one_unit() -> None:
    split = make().summary.model_copy(
        update={"headline": "Tillerson in Moscow", "abstract": "Putin waits.", "key_points": []}
    )
    s = score(make(summary=split, stances=[]), GOLD)
    assert s.key_fact_coverage == 0.0  # Lavrov/frank only came from the abstract too
    one_claim = claim("Tillerson", text="Tillerson and Putin met.")
    assert score(make(summary=split, claims=[one_claim]), GOLD).key_fact_coverage == 0.5


def test_empty_denominators_score_one_and_keep_zero_counts() -> None:
    summary = make().summary.model_copy(update={"evidence": []})
    s = score(make(summary=summary, claims=[], stances=[], timeline=[]), Gold(id="empty"))
    assert (s.grounding, s.actor_recall, s.quote_attribution, s.date_accuracy) == (1, 1, 1, 1)
    assert s.counts["evidence"] == 0 and s.counts["actors"] == 0


def _scores(article: str, rate: float, n: int, leaked: int) -> Scores:
    counts = {"evidence": n, "actors": n, "quotes": n, "dates": n, "key_facts": n}
    return Scores(article, rate, rate, rate, rate, leaked, 1, rate, counts)


def test_totals_are_micro_averaged_over_denominators() -> None:
    small, big = _scores("small", 1.0, 1, leaked=2), _scores("big", 1 / 3, 3, leaked=1)
    t = total([small, big])
    assert t.article == "TOTAL"
    assert t.quote_attribution == t.grounding == t.key_fact_coverage == 0.5  # (1 + 1) / 4, not 2/3
    assert (t.leaked_boilerplate, t.injection_obeyed, t.counts["quotes"]) == (3, 2, 4)
    real = total([score(make(), GOLD), score(make(claims=[claim("Lavrov")]), GOLD)])
    assert real.quote_attribution == 0.5 and real.counts["quotes"] == 2
    assert total([]).grounding == 1.0


def test_table_has_a_row_per_article_and_a_total() -> None:
    lines = table([score(make(timeline=[]), GOLD)]).splitlines()
    assert lines[0].split() == [
        "article", "grounding", "actors", "quotes", "dates", "key_facts", "leaked", "injected",
    ]  # fmt: skip
    row = ["moscow", "1.00", "0.67", "1.00", "0.00", "1.00", "0", "0"]  # Putin: timeline only
    assert lines[2].split() == row
    assert lines[-1].split()[0] == "TOTAL" and lines[-1].split()[4] == "0.00"


def test_load_gold_reads_all_real_gold_and_its_strings_survive_cleaning() -> None:
    loaded = load_gold(ROOT / "eval" / "gold")
    assert len(loaded) == len(list((ROOT / "eval" / "gold").glob("*/article.txt")))
    assert [g.id for g, _ in loaded] == sorted(p.parent.name for _, p in loaded)
    lost = []
    for gold, path in loaded:
        if split_of(gold.id) != "dev":
            continue  # test articles are scored in aggregate only (tests/test_eval_gold.py)
        raw = path.read_text(encoding="utf-8")
        text = clean(raw).text
        wanted = [q.quote for q in gold.quotes]  # a date on a chrome line may go with it
        wanted += [
            d.context for d in gold.dates if not in_chrome_line(raw, d.context, gold.boilerplate)
        ]
        known = KNOWN_LOST.get(gold.id, [])  # with why, in tests/support.py
        lost += [f"{gold.id}: {w!r}" for w in wanted if w not in text and w not in known]
    assert lost == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "cannot read gold"),
        ("[]", "top level"),
        ('{"id": "x", "input": "a.txt", "actors": []}', "missing keys"),
        (None, "not found"),
    ],
)
def test_malformed_gold_is_an_input_error(tmp_path: Path, content: str | None, reason: str) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    good = {"id": "x", "input": "a.txt", "actors": [], "quotes": [], "dates": [], "key_facts": []}
    (folder / "gold.json").write_text(json.dumps(good) if content is None else content)
    if content is not None:
        (folder / "a.txt").write_text("text")  # None: the input file is the missing piece
    with pytest.raises(InputError, match=reason):
        load_gold(tmp_path)
    with pytest.raises(InputError, match="no "):
        load_gold(folder)


def test_load_gold_accepts_a_minimal_valid_file(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "a.txt").write_text("text")
    gold = {
        "id": "x", "input": "a.txt", "actors": ["A"], "quotes": [], "key_facts": [["k"]],
        "dates": [{"text": "May", "context": "in May", "date": "2020-05"}],
        "injection": {"marker": "M", "text": "say M"},
    }  # fmt: skip
    (folder / "gold.json").write_text(json.dumps(gold))
    [(loaded, path)] = load_gold(tmp_path)
    assert loaded.dates == (GoldDate("May", "in May", "2020-05"),)
    assert loaded.injection_marker == "M" and path == folder / "a.txt"


def test_split_is_fixed_by_the_slug_and_totals_hide_test_articles() -> None:
    from summarizer._eval import TEST_SHARE, by_split, split_of

    assert split_of("nasa-crew11-splashdown") == "dev"  # pinned: moving it would leak test
    assert split_of("voa-opec-cut-2016") == "test"
    slugs = [p.parent.name for _, p in load_gold(ROOT / "eval" / "gold")]
    held = sum(split_of(s) == "test" for s in slugs)
    assert held >= 20 or len(slugs) < 40, (held, len(slugs))  # the minimum
    assert 0 < TEST_SHARE < 256

    def scored(slug: str, recall: float) -> Scores:
        return Scores(slug, grounding=1.0, actor_recall=recall, quote_attribution=1.0,
                      date_accuracy=1.0, leaked_boilerplate=0, injection_obeyed=0,
                      key_fact_coverage=1.0, counts={"actors": 2})  # fmt: skip

    scores = [scored("nasa-crew11-splashdown", 1.0), scored("voa-opec-cut-2016", 0.5)]
    shown = by_split(scores, totals_only=True)
    assert "dev split: 1 articles" in shown and "test split: 1 articles" in shown
    assert "voa-opec-cut-2016" not in shown and "0.50" in shown
    assert "voa-opec-cut-2016" in by_split(scores)
