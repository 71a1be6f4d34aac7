"""The rich path, without a capable model: scripted honest and lying models.

The capable fixture (eval/scripted/capable/, written by hand by reading each
article) must almost all reach the digest as the model's; each type of the
liar's distortions (generated from it) must almost never.  Served over real
HTTP through the whole pipeline, so what is measured is what a user gets.
"""

from __future__ import annotations

import importlib.util
import json
import urllib.request
from pathlib import Path

import pytest

from summarizer._scripted import acceptance
from summarizer._scripted.fixture import CAPABLE, Request, parse_request
from summarizer._scripted.liar import TYPES, distort
from summarizer._scripted.server import ScriptedServer

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "eval" / "scripted"
CHECKS = importlib.util.find_spec("summarizer._checks") is not None


@pytest.fixture(scope="module")
def fixtures() -> list[acceptance.Fixture]:
    return acceptance.fixtures_for(FOLDER, ROOT)


@pytest.fixture(scope="module")
def capable(fixtures: list[acceptance.Fixture]) -> acceptance.Outcome:
    return acceptance.measure(fixtures, "capable")


@pytest.fixture(scope="module")
def liar(fixtures: list[acceptance.Fixture]) -> acceptance.Outcome:
    return acceptance.measure(fixtures, "liar")


def test_enough_articles_and_items(fixtures: list[acceptance.Fixture]) -> None:
    assert len(fixtures) >= 7  # the seed and at least six gold articles
    kinds = {i.kind for f in fixtures for i in f.items}
    assert kinds == {"headline", "abstract", "key_point", "claim", "stance", "event"}


def test_capable_items_are_accepted(capable: acceptance.Outcome) -> None:
    row = capable.rows[CAPABLE]
    assert row.served >= 150
    assert row.unresolved <= 0.05 * (row.served + row.unresolved), "anchors no longer resolve"
    assert row.share >= 0.95, "\n".join(row.missed)


@pytest.mark.xfail(not CHECKS, reason="the checks in code (summarizer._checks) are not here yet")
def test_each_distortion_is_dropped(liar: acceptance.Outcome) -> None:
    assert set(liar.rows) == set(TYPES)
    for kind, row in liar.rows.items():
        assert row.served >= 5, f"{kind}: too few items to measure"
        assert row.share <= 0.05, f"{kind}: {row.accepted}/{row.served} accepted:\n" + "\n".join(
            row.missed
        )


def test_liar_is_deterministic_and_tags_every_change(fixtures: list[acceptance.Fixture]) -> None:
    for kind in TYPES:
        for f in fixtures:
            once = distort(f, kind, fixtures, summary=False)
            assert once == distort(f, kind, fixtures, summary=False)
            for old, new in zip(f.items, once.items, strict=True):
                changed = (old.text, old.topic, old.stance, old.actor) != (
                    new.text, new.topic, new.stance, new.actor
                )  # fmt: skip
                assert changed == (new.tag == kind)


def test_anchors_resolve_against_the_request_not_stored_ids() -> None:
    """A sentence split differently moves the ids; the anchor still finds its sentence(s)."""
    system = (
        "Rules mention <article> and </article>.\n<article>\n"
        "[1] A first one.\n[2] Tillerson met\n[3] Putin on Wednesday.\n</article>"
    )
    request = parse_request(system, "Task: summarise the article above.")
    assert request.sentence_ids("Tillerson met Putin") == [2, 3]
    assert request.sentence_ids("first one") == [1]
    assert request.sentence_ids("not in it") == []
    claims = parse_request(
        system, 'Task: x:\n[1] Rex Tillerson: "We met."\n[2] unattributed: "It rained."\n\nFor each'
    )
    assert isinstance(claims, Request)
    assert claims.candidate("It rained") == 2


def test_tools_mode_gets_a_tool_call(fixtures: list[acceptance.Fixture]) -> None:
    server = ScriptedServer(fixtures)
    body = {
        "model": "scripted",
        "messages": [{"role": "system", "content": "<article>\n[1] Nothing here.\n</article>"},
                     {"role": "user", "content": "Task: these statements were found:\n\nAnswer."}],
        "tools": [{"type": "function", "function": {"name": "ClaimsAnswer", "parameters": {
            "type": "object", "properties": {"labels": {"type": "array"}},
            "required": ["labels"]}}}],
    }  # fmt: skip
    with server.running():
        req = urllib.request.Request(
            server.base_url + "/chat/completions", data=json.dumps(body).encode(),
            headers={"content-type": "application/json"},
        )  # fmt: skip
        with urllib.request.urlopen(req) as response:
            message = json.load(response)["choices"][0]["message"]
    call = message["tool_calls"][0]["function"]
    assert call["name"] == "ClaimsAnswer"
    assert json.loads(call["arguments"]) == {"labels": []}  # no fixture holds this article
