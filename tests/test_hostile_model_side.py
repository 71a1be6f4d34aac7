"""Hostile input costs the model a bounded prompt: one giant sentence is shown cut, a giant
article is read up to a cap of parts (and the digest says so), and nothing else changes.

A 600 KB article with no full stop was one sentence sent whole in every task's system
message and again in each of the timeline's twelve candidates (7.8 MB of prompt, 853 s).
The fake server answers at once, so these tests count requests and prompt characters.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from bench.bench_batch import AnswerServer
from summarizer import Policy, _budget, summarize
from summarizer._asking import PART_CHARS, split_for_prompt
from summarizer._limits import ItemCaps
from summarizer._pipeline import prepare
from summarizer._tasks import registered

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

WORDS = ("the plan officials Smith said on Tuesday Geneva talks would resume and Minister John "
         "March 3, 2005 that United Nations Council agreed with Russia").split()  # fmt: skip


def one_sentence(size: int) -> str:
    """Words, names, speech verbs and dates, with no full stop until the end."""
    r = random.Random(5)
    text = "Officials said " + " ".join(r.choice(WORDS) for _ in range(size // 5))
    return text[:size] + "."


class Counting(AnswerServer):
    """The bench's instant fake server, keeping each request's prompt characters."""

    def __init__(self) -> None:
        super().__init__()
        self.httpd.socket.listen(256)  # forty requests at once: no connection dropped
        self.prompts: list[int] = []
        self.asked = 0  # first asks (system + task), re-asks not counted

    def reply(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.prompts.append(len(json.dumps(body["messages"])))
        self.asked += len(body["messages"]) == 2
        return super().reply(body)


def digest_of(text: str, policy: Policy | None = None) -> tuple[Any, Counting]:
    with Counting() as server:
        digest = summarize(text, published="2020-03-04", base_url=server.base_url,
                           api_key="x", model="fake", cache=False, policy=policy)  # fmt: skip
    return digest, server


def test_one_giant_sentence_is_cut_in_every_prompt() -> None:
    text = one_sentence(200_000)
    digest, server = digest_of(text)
    assert len(digest.timeline) > 100 and digest.claims  # code's findings cover the whole text
    assert server.requests == server.asked == 4
    # The system message shows the sentence cut; twelve timeline candidates, each cut too.
    assert max(server.prompts) < 14 * (_budget.SENTENCE_CHARS + 200) + 4_000, server.prompts
    assert not any("parts long" in w for w in digest.meta.warnings)


def test_capped_keeps_short_text_and_cuts_long_text_between_words_around_a_point() -> None:
    assert _budget.capped("short text", 3) == "short text"
    long = " ".join(f"w{i}" for i in range(5_000))
    cut = _budget.capped(long, long.index("w2500"))
    assert len(cut) <= _budget.SENTENCE_CHARS + 2 * len(_budget.CUT) + 2
    assert cut.startswith(_budget.CUT) and cut.endswith(_budget.CUT) and "w2500" in cut
    inner = cut.removeprefix(_budget.CUT + " ").removesuffix(" " + _budget.CUT)
    assert f" {inner} " in f" {long} "  # whole words of the sentence, in order


def test_a_giant_article_is_read_up_to_the_cap_of_parts_and_the_digest_says_so(
    tmp_path: Any,
) -> None:
    text = "\n\n".join(
        f"Officials in Geneva said on Tuesday that round {i} of the talks would resume next "
        f"week. Minister John Kalo said plan {i} was good, and {i + 7} delegates agreed."
        for i in range(1_000)
    )
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    parts = split_for_prompt(prepare(path))
    assert len(parts) > _budget.MAX_PARTS  # the article is longer than the cap
    # Items uncapped (summarizer/_limits.py): 1,000 paragraphs of claims, dates and figures
    # are past the caps, whose cut would leave the later parts nothing to ask.
    digest, server = digest_of(text, Policy(items=ItemCaps(None, None, None, None)))
    # (this fake server's summary of a later part fails validation: re-asks come on top)
    assert server.asked == len(registered()) * _budget.MAX_PARTS  # every task, every part read
    assert max(server.prompts) < 2 * PART_CHARS + 20_000
    warning = [w for w in digest.meta.warnings if "parts long" in w]
    assert warning == [
        f"model: the article is {len(parts)} parts long; the model read the first "
        f"{_budget.MAX_PARTS}, the rest has code's findings only"
    ]
    last_read = parts[_budget.MAX_PARTS - 1][-1].id  # code found dates past what the model read
    assert max(e.evidence[0].sentence for e in digest.timeline) > last_read
