"""The rich path, without a capable model: scripted honest and lying models.

The capable fixture (eval/scripted/capable/, written by hand by reading each
article) must almost all reach the digest as the model's; each type of the
liar's distortions (generated from it) must almost never.  Served over real
HTTP through the whole pipeline, so what is measured is what a user gets.
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from summarizer._render import to_html
from summarizer._scripted import acceptance
from summarizer._scripted.fixture import CAPABLE, Item, Request, answer, parse_request
from summarizer._scripted.liar import TYPES, distort
from summarizer._scripted.server import ScriptedServer
from tests import test_render_html as render_tests

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "eval" / "scripted"


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


@pytest.mark.parametrize("kind", TYPES)
def test_each_distortion_is_dropped(liar: acceptance.Outcome, kind: str) -> None:
    row = liar.rows[kind]
    assert row.served >= 20, f"{kind}: too few items to measure"
    assert row.share <= 0.05, f"{kind}: {row.accepted}/{row.served} accepted:\n" + "\n".join(
        row.missed
    )


def test_liar_is_deterministic_and_tags_every_change(fixtures: list[acceptance.Fixture]) -> None:
    for kind in TYPES:
        for f in fixtures:
            once = distort(f, kind, fixtures)
            assert once == distort(f, kind, fixtures)
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


@pytest.fixture
def chromium() -> Path:
    return render_tests.chromium.__wrapped__()  # type: ignore[attr-defined,no-any-return]


@render_tests.browser
def test_screenshot_of_the_seed_under_the_capable_model(
    capable: acceptance.Outcome, chromium: Path, tmp_path: Path
) -> None:
    """The report marks the model's items as the model's, with the checks they passed."""
    digest = capable.digests["cbs-2017-04-12-tillerson-moscow"]
    page = tmp_path / "report.html"
    page.write_text(to_html(digest), encoding="utf-8")
    dom = render_tests._run(chromium, tmp_path / "profile", page.as_uri(), "--dump-dom")
    model_items = [c for c in digest.claims if c.method == "model"]
    assert len(model_items) >= 8
    assert dom.count("checked: ") >= len(model_items)
    out = ROOT / "artifacts" / "report-seed-capable.png"
    out.parent.mkdir(exist_ok=True)
    out.unlink(missing_ok=True)
    render_tests._run(chromium, tmp_path / "profile", page.as_uri(), f"--screenshot={out}",
         "--window-size=1280,2000")  # fmt: skip
    assert out.exists() and out.stat().st_size > 10_000


def test_eval_cli_prints_the_acceptance_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer._cli import main

    slug = "voa-fifa-indictments-reaction"
    (tmp_path / "eval" / "scripted" / "capable").mkdir(parents=True)
    (tmp_path / "eval" / "gold" / slug).mkdir(parents=True)
    fixture = FOLDER / "capable" / f"{slug}.json"
    (tmp_path / "eval" / "scripted" / "capable" / fixture.name).write_text(fixture.read_text())
    article = ROOT / "eval" / "gold" / slug / "article.txt"
    (tmp_path / "eval" / "gold" / slug / "article.txt").write_text(article.read_text())
    assert main(["eval", str(tmp_path / "eval" / "gold"), "--scripted", "capable"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "items", "served", "accepted", "share", "unresolved", "tuning", "held", "out"
    ]  # fmt: skip
    row = out[2].split()
    assert row[0] == "capable" and int(row[1]) >= 20 and row[4] == "0"
    assert row[5] == f"{row[2]}/{row[1]}" and row[-1] == "-"  # the fixture is a tuning one


def test_a_stance_names_its_actor_as_the_request_lists_it() -> None:
    system = "<article>\n[1] Russia spoke.\n[2] The Russian foreign ministry said no.\n</article>"
    task = (
        "Task: these actors appear in the article:\n- Russia (country): sentences 1\n"
        "- Russian foreign ministry (organization): sentences 2\n\nFor up to 6 of them"
    )
    stance = Item(
        kind="stance", text="The ministry said no.", anchors=("ministry said no",),
        actor="foreign ministry", actor_type="organization", topic="x", stance="oppose",
    )  # fmt: skip
    names = {"foreign ministry": ("Russian foreign ministry", "foreign ministry")}
    got = answer("stances", [stance], parse_request(system, task), lambda a: names.get(a, (a,)))
    assert got.content["stances"][0]["actor"] == "Russian foreign ministry"
    assert got.content["stances"][0]["sentences"] == [2]
