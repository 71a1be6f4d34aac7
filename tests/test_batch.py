"""Batch: folder and JSONL input, failures recorded by kind, resume after a kill, flat memory."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from contextlib import aclosing
from pathlib import Path
from typing import Any

import pytest

from bench.bench_batch import AnswerServer
from summarizer import BatchResult, InputError, OutputWriteError, summarize_many
from summarizer._backends.client import Policy
from summarizer._batch.local import Item, Worker, outcomes, run_batch
from summarizer._batch.results import ResultLog
from summarizer._cli import main
from summarizer._config import resolve_backend
from summarizer._digest import Digest, Meta, Source, Summary, Usage
from tests.support import ROOT

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
FAST = Policy(reasks=0, transport_attempts=2, backoff_base_s=0.001, timeout_s=5)


@pytest.fixture(autouse=True)
def _cache_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """On by default as for users, but never in the real ~/.cache."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SUMMARIZER_CACHE", raising=False)


def article(i: int) -> str:
    return (
        f"Story {i}: the council of Springfield voted on Tuesday to fund {i + 2} new schools.\n"
        'Mayor Ann Lee said the plan was "a good start for the city".\n'
        "Critics said the money would not last beyond next year."
    )


def tiny_digest() -> Digest:
    return Digest(
        source=Source(title=None, published=None, chars=0, sha256="", text=""),
        summary=Summary(headline="h", abstract="a", key_points=[], method="code"),
        claims=[], stances=[], timeline=[],
        meta=Meta(model="m", backend="fake", prompt_version="v", retries=0, latency_s=0.0,
                  usage=Usage(prompt_tokens=1000, completion_tokens=100, requests=1), warnings=[]),
    )  # fmt: skip


def asked(server: AnswerServer) -> list[str]:
    """Ids of the articles the server was asked to summarise ("Story 3: ..." -> "s3")."""
    return [f"s{a.split(':')[0].split()[-1]}" for a in server.articles]


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text().splitlines()]


def write_jsonl(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in entries))
    return path


def batch(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str]:
    code = main(["batch", *argv, "--base-url", url, "--model", "m"])
    return code, capsys.readouterr().err


def test_folder_input_records_each_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"s{i}.txt").write_text(article(i))
    (folder / "page.html").write_text(
        f"<html><body><article><p>{article(7)}</p></article></body></html>"
    )
    (folder / "empty.txt").write_text("")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    out = tmp_path / "out.jsonl"
    with AnswerServer() as server:
        code, err = batch(capsys, server.base_url, str(folder), "--out", str(out))
    assert code == 1  # some failed
    by_id = {r["id"]: r for r in lines(out)}
    assert set(by_id) == {"s0.txt", "s1.txt", "s2.txt", "page.html", "empty.txt"}
    assert by_id["empty.txt"]["status"] == "failed"
    assert by_id["empty.txt"]["error"]["kind"] == "InputError"
    assert "empty" in by_id["empty.txt"]["error"]["message"]
    done = [r for r in by_id.values() if r["status"] == "done"]
    assert len(done) == 4 and all(Digest.model_validate(r["digest"]) for r in done)
    assert "Story 7" in by_id["page.html"]["digest"]["source"]["text"]
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("summarizer: done 4, failed 1, tokens ") and "articles/min" in summary


def test_jsonl_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "b.txt").write_text(article(2))
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": article(1), "published": "2017-04-12", "url": "https://x/a"},
        {"id": 7, "path": "texts/b.txt"},  # relative to the JSONL file; a numeric id
        {"id": "one-line", "text": "The 24/7 news cycle never stops for anyone at all today."},
        {"id": "bad-date", "text": article(3), "published": "yesterday"},
        {"text": "no id here"},
        {"id": "a", "text": article(4)},  # a duplicate id: ignored
    ])  # fmt: skip
    with source.open("a") as fh:
        fh.write("\n{not json\n")
    out = tmp_path / "out.jsonl"
    with AnswerServer() as server:
        code, err = batch(capsys, server.base_url, str(source), "--out", str(out))
    assert code == 1
    by_id = {r["id"]: r for r in lines(out)}
    assert set(by_id) == {"a", "7", "one-line", "bad-date", "line-5", "line-8"}
    assert by_id["a"]["url"] == "https://x/a"
    assert by_id["a"]["digest"]["source"]["published"] == "2017-04-12"
    assert "Story 1" in by_id["a"]["digest"]["source"]["text"]  # the first "a" won
    assert by_id["7"]["status"] == by_id["one-line"]["status"] == "done"  # text is never a path
    for bad in ("bad-date", "line-5", "line-8"):
        assert by_id[bad]["error"]["kind"] == "InputError", by_id[bad]
    assert "1 duplicate ids ignored" in err


async def test_backend_failures_are_recorded_then_retried(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl",
                         [{"id": f"s{i}", "text": article(i)} for i in range(4)])  # fmt: skip
    out = tmp_path / "out.jsonl"
    with AnswerServer(fail_marker="Story 2:") as server:
        work = Worker(resolve_backend(base_url=server.base_url, model="m", env={}), FAST, None)
        stats = await run_batch(source, out, work=work, concurrency=2)
    assert (stats.done, stats.failed, stats.stopped) == (3, 1, None)
    failed = [r for r in lines(out) if r["status"] == "failed"]
    assert [(r["id"], r["error"]["kind"]) for r in failed] == [("s2", "BackendUnavailable")]
    with AnswerServer() as server:  # the server is back: only s2 is asked again
        work = Worker(resolve_backend(base_url=server.base_url, model="m", env={}), FAST, None)
        stats = await run_batch(source, out, work=work, concurrency=2)
        assert [a.split(":")[0] for a in server.articles] == ["Story 2"]
    assert (stats.done, stats.skipped) == (1, 3)
    final = lines(out)  # compacted: one line per id, s2's new line superseded the failure
    assert sorted(r["id"] for r in final) == ["s0", "s1", "s2", "s3"]
    assert {r["status"] for r in final} == {"done"}


def test_dead_backend_stops_early_with_exit_4(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl",
                         [{"id": f"s{i}", "text": article(i)} for i in range(30)])  # fmt: skip
    out = tmp_path / "out.jsonl"
    with AnswerServer(fail_marker="", fail_status=401) as server:  # rejects every request
        code, err = batch(capsys, server.base_url, str(source), "--out", str(out),
                          "--concurrency", "3")  # fmt: skip
    assert code == 4
    errors = [ln for ln in err.splitlines() if "error:" in ln]
    assert len(errors) == 1 and "20 articles in a row" in errors[0] and "resume" in errors[0]
    recorded = lines(out)
    assert len(recorded) == 20 and {r["error"]["kind"] for r in recorded} == {"BackendError"}


def test_torn_last_line_is_cut_and_redone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl",
                         [{"id": f"s{i}", "text": article(i)} for i in range(3)])  # fmt: skip
    out = tmp_path / "out.jsonl"
    with AnswerServer() as server:
        assert batch(capsys, server.base_url, str(source), "--out", str(out), "--no-cache")[0] == 0
        kept = out.read_bytes().splitlines(keepends=True)
        out.write_bytes(b"".join(kept[:2]) + kept[2][: len(kept[2]) // 2])  # killed mid-write
        torn_id = json.loads(kept[2])["id"]
        server.articles.clear()
        code, err = batch(capsys, server.base_url, str(source), "--out", str(out), "--no-cache")
        assert code == 0 and asked(server) == [torn_id]
    assert sorted(r["id"] for r in lines(out)) == ["s0", "s1", "s2"]
    assert "skipped 2 already done" in err


def test_sigkill_mid_batch_resumes_without_loss_or_duplicates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    n = 30
    source = write_jsonl(tmp_path / "in.jsonl",
                         [{"id": f"s{i}", "text": article(i)} for i in range(n)])  # fmt: skip
    out = tmp_path / "out.jsonl"
    with AnswerServer(latency_s=0.04) as server:
        argv = ["batch", str(source), "--out", str(out), "--base-url", server.base_url,
                "--model", "m", "--concurrency", "2", "--no-cache", "--quiet"]  # fmt: skip
        kill_after_lines(argv, out, 5, timeout_s=30)
        before = _done_ids(out)
        assert 5 <= len(before) < n
        server.articles.clear()
        server.latency_s = 0.0
        assert main(argv) == 0
        again = set(asked(server))
    assert again and not again & before  # nothing done before the kill was asked again
    final = lines(out)
    assert Counter(r["id"] for r in final) == Counter(f"s{i}" for i in range(n))
    assert {r["status"] for r in final} == {"done"}
    assert f"skipped {len(before)} already done" in capsys.readouterr().err


def kill_after_lines(argv: list[str], out: Path, lines_wanted: int, *, timeout_s: float) -> None:
    """Run the CLI in a child process and SIGKILL it once ``out`` has that many lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "summarizer", *argv], cwd=ROOT, env=env,
                             stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and child.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= lines_wanted:
            break
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""


def _done_ids(out: Path) -> set[str]:
    """Done ids the way a resume reads them: complete lines only."""
    done = set()
    for raw in out.read_bytes().splitlines(keepends=True):
        if raw.endswith(b"\n"):
            record = json.loads(raw)
            if record["status"] == "done":
                done.add(record["id"])
    return done


def test_result_log_last_line_wins_and_compacts(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with ResultLog(out) as log:
        log.append(BatchResult("a", error=InputError("first try")))
        log.append(BatchResult("b", digest=tiny_digest()))
        log.append(BatchResult("a", digest=tiny_digest()))
        log.append(BatchResult("c", digest=tiny_digest()))
        log.append(BatchResult("c", error=InputError("later failure")))
        assert log.done_ids() == {"a", "b"}
        with pytest.raises(OutputWriteError, match="another batch"):
            ResultLog(out)
        assert log.compact() and not log.compact()
    assert [(r["id"], r["status"]) for r in lines(out)] == [
        ("b", "done"), ("a", "done"), ("c", "failed")
    ]  # fmt: skip


async def test_summarize_many_yields_as_completed_and_stops_on_close(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(article(1))
    with AnswerServer(latency_s=0.01) as server:
        dated = {"id": "x", "text": article(3), "published": "2017-04-12"}
        sources: list[Any] = [path, article(2), dated, b""]
        got = [r async for r in summarize_many(sources, base_url=server.base_url, model="m",
                                               concurrency=2, policy=FAST)]  # fmt: skip
        by_id = {r.id: r for r in got}
        assert set(by_id) == {str(path), "1", "x", "3"}
        assert isinstance(by_id["3"].error, InputError) and by_id["3"].digest is None
        assert by_id["x"].digest and by_id["x"].digest.source.published == "2017-04-12"
        asked = server.requests
        # A second pass is served from the cache, and closing early leaves nothing running.
        many = summarize_many((article(i) for i in range(100)), base_url=server.base_url,
                              model="m", concurrency=3, policy=FAST)  # fmt: skip
        async with aclosing(many) as stream:
            async for _ in stream:
                break
        settled = server.requests
        await asyncio.sleep(0.2)
        assert server.requests == settled and settled - asked <= 3 * 4


async def test_results_pull_input_lazily() -> None:
    pulled = 0
    gate = asyncio.Event()

    def items() -> Any:
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield Item(str(i), "text")

    async def work(item: Item) -> BatchResult:
        await gate.wait()
        return BatchResult(item.id, error=InputError("x"))

    async with aclosing(outcomes(items(), work, 4)) as stream:
        waiting = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0.01)
        assert pulled == 4  # no more than in flight
        gate.set()
        await waiting
        seen = 1 + sum([1 async for _ in stream])
    assert seen == pulled == 1000


async def test_memory_stays_flat_while_streaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", lambda fd: None)  # memory is the point here, not the disk
    text = article(0) * 40  # about 8 KB per line: 16 MB of input
    source = tmp_path / "in.jsonl"
    with source.open("w") as fh:
        for i in range(2000):
            fh.write(json.dumps({"id": f"s{i}", "text": text}) + "\n")
    digest = tiny_digest()

    async def work(item: Item) -> BatchResult:
        return BatchResult(item.id, digest=digest)

    tracemalloc.start()
    try:
        stats = await run_batch(source, tmp_path / "out.jsonl", work=work, concurrency=8)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert stats.done == 2000
    assert peak < 3 * 2**20, peak  # a few articles in flight, never the file


def test_prices_give_a_cost(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"m": {"prompt": 1000.0, "completion": 2000.0}}))
    out = tmp_path / "out.jsonl"
    with AnswerServer() as server:
        code, err = batch(capsys, server.base_url, str(source), "--out", str(out),
                          "--prices", str(prices))  # fmt: skip
    assert code == 0
    usage = lines(out)[0]["digest"]["meta"]["usage"]
    cost = (usage["prompt_tokens"] * 1000 + usage["completion_tokens"] * 2000) / 1e6
    assert f"tokens {usage['prompt_tokens']}+{usage['completion_tokens']}, est. ${cost:.4f}," in err
    prices.write_text("[1, 2]")
    code, err = batch(capsys, "http://127.0.0.1:9/v1", str(source), "--out", str(out),
                      "--prices", str(prices))  # fmt: skip
    assert code == 3 and "prices" in err


@pytest.mark.parametrize(("argv", "code"), [(["--concurrency", "0"], 2), ([], 3)])
def test_usage_errors(tmp_path: Path, argv: list[str], code: int) -> None:
    (tmp_path / "a.txt").write_text(article(1))
    try:
        got = main(["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o.jsonl"), *argv])
    except SystemExit as exc:
        got = int(str(exc.code))
    assert got == code


def test_undecodable_names_and_texts_are_recorded(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(article(1))  # not UTF-8: a surrogate
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "s", "text": "\ud800 lone"}])
    digest = tiny_digest()

    async def work(item: Item) -> BatchResult:
        if item.problem:
            return BatchResult(item.id, error=InputError(item.problem))
        return BatchResult(item.id, digest=digest)

    for path in (folder, source):
        out = tmp_path / f"{path.name}.out.jsonl"
        stats = asyncio.run(run_batch(path, out, work=work))
        assert stats.done + stats.failed == 1
        assert asyncio.run(run_batch(path, out, work=work)).skipped == stats.done
    assert lines(tmp_path / "in.jsonl.out.jsonl")[0]["error"]["kind"] == "InputError"


def test_200_real_articles_with_faults_killed_halfway_end_with_one_line_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The issue's scenario: 200 articles made from the real gold articles, 10% of them
    failing at the server, the batch SIGKILLed at about half and run again."""
    from summarizer._pipeline import prepare

    texts = [prepare(p).text for p in sorted((ROOT / "eval" / "gold").glob("*/article.txt"))]
    marker = "FAULT-INJECTED-HERE"
    entries = []
    for i in range(200):
        text = f"Dispatch number {i} follows.\n\n{texts[i % len(texts)]}"
        if i % 10 == 3:  # every tenth article: its every request gets HTTP 503
            text += f"\n\nThe wire service flagged this copy as {marker} for testing."
        entries.append({"id": f"a{i}", "text": text})
    source = write_jsonl(tmp_path / "in.jsonl", entries)
    out = tmp_path / "out.jsonl"
    with AnswerServer(fail_marker=marker) as server:
        argv = ["batch", str(source), "--out", str(out), "--base-url", server.base_url,
                "--model", "m", "--concurrency", "4", "--no-cache", "--quiet"]  # fmt: skip
        kill_after_lines(argv, out, 100, timeout_s=300)
        assert 100 <= len(out.read_bytes().splitlines()) < 200
        assert main(argv) == 1  # some articles failed: exit 1, as documented
    final = lines(out)
    assert Counter(r["id"] for r in final) == Counter(f"a{i}" for i in range(200))
    failed = {r["id"]: r for r in final if r["status"] == "failed"}
    assert set(failed) == {f"a{i}" for i in range(200) if i % 10 == 3}
    assert {r["error"]["kind"] for r in failed.values()} == {"BackendUnavailable"}
    assert all("HTTP 503" in r["error"]["message"] for r in failed.values())
    assert "skipped" in capsys.readouterr().err
