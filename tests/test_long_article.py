"""Long articles: the model sees them in parts of whole sentences; offsets stay global."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from summarizer import Policy, summarize
from summarizer._pipeline import PART_CHARS, PART_OVERLAP, prepare, split_for_prompt
from tests.fault_server import FaultServer, good
from tests.support import ROOT, assert_grounded

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
GOLD = ROOT / "eval" / "gold"
SEVEN = ("govuk-frank-adverts", "govuk-phe-middle-age-health", "nasa-artemis2-final-steps",
         "nasa-crew11-splashdown", "nasa-odysseus-moon-landing", "scoop-vuwsa-mayoral-forum",
         "voa-fifa-indictments-reaction")  # fmt: skip


def long_article(tmp_path: Path) -> Path:
    """About 30,000 characters of real news: the cleaned text of seven gold articles."""
    text = "\n\n".join(prepare(GOLD / name / "article.txt").text for name in SEVEN)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_parts_cover_every_sentence_in_order_with_overlap(tmp_path: Path) -> None:
    doc = prepare(long_article(tmp_path))
    assert len(doc.text) > 2 * PART_CHARS
    parts = split_for_prompt(doc)
    assert len(parts) >= 3
    seen = [s.id for part in parts for s in part]
    assert sorted(set(seen)) == [s.id for s in doc.sentences]
    for a, b in itertools.pairwise(parts):
        assert [s.id for s in a[-PART_OVERLAP:]] == [s.id for s in b[:PART_OVERLAP]]
        assert sum(len(s.text) + 1 for s in a) <= PART_CHARS + len(a[-1].text) + 1
    assert (
        split_for_prompt(prepare(ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"))[0]
        == prepare(ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt").sentences
    )


def test_long_article_is_asked_in_parts_and_merged_with_exact_spans(tmp_path: Path) -> None:
    path = long_article(tmp_path)
    parts = split_for_prompt(prepare(path))
    server = FaultServer([], default=good)
    with server.running():
        digest = summarize(path, published="2026-01-15", base_url=server.base_url, model="m",
                           policy=Policy(reasks=0, timeout_s=10))  # fmt: skip
    systems = {p.body["messages"][0]["content"] for p in server.posts}
    assert len(systems) == len(parts)  # one system prompt per part, shared by its tasks
    assert all(len(s) < PART_CHARS + 2_000 for s in systems)
    assert_grounded(digest)
    assert digest.source.text == prepare(path).text  # offsets refer to the whole article
    model_items = [c for c in digest.claims if c.method == "model"]
    assert {c.evidence[0].sentence for c in model_items} - {s.id for s in parts[0]}, (
        "labels from later parts must reach the digest"
    )
    assert digest.meta.usage.requests == len(server.posts)
