"""Ray Data engine: the same rows as the local batch, resumable JSONL after SIGKILL, Parquet."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("ray.data", reason="the ray extra is not installed")

import pyarrow as pa
import pyarrow.parquet as pq
import ray
import ray.data

from bench.bench_batch import AnswerServer, write_jsonl
from summarizer._backends.client import Policy
from summarizer._batch.local import Worker, run_batch
from summarizer._batch.ray_engine import record_of, summarize_dataset
from summarizer._cli import main
from summarizer._config import resolve_backend
from summarizer._digest import Digest
from tests.support import ROOT
from tests.test_batch import article, asked, kill_after_lines

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
FAST = Policy(reasks=0, transport_attempts=2, backoff_base_s=0.001, timeout_s=5)
MARKER = "FAULT-INJECTED-HERE"
# The 13 gold articles of the first gold set (the set may grow; the test stays this size).
GOLD13 = [
    "govuk-frank-adverts", "govuk-phe-middle-age-health", "nasa-artemis2-final-steps",
    "nasa-crew11-splashdown", "nasa-odysseus-moon-landing", "scoop-vuwsa-mayoral-forum",
    "voa-fifa-indictments-reaction", "voa-liberia-ebola-goal", "voa-newscast-kerry-rome",
    "voa-opec-cut-2016", "voa-us-election-2012", "wikinews-jwst-first-image",
    "wikinews-nz-t20-final",
]  # fmt: skip
# What differs run to run for the same article: wall times, and transport retries (a
# connection the loaded fake server drops is retried and counted, with no other trace).
TIMING = ("latency_s", "timings_s", "server_model_s", "retries")


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    """One local Ray (2 CPUs) for the module: starting one takes seconds."""
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False,
             object_store_memory=200 * 2**20)  # fmt: skip
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in path.read_text().splitlines()]


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A result line without what differs run to run: wall times and transport retries."""
    out = json.loads(json.dumps(record))
    if "digest" in out:
        for key in TIMING:
            out["digest"]["meta"].pop(key, None)
    return out


def test_200_articles_with_faults_give_the_local_batch_rows(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, 200, inline=True)
    entries = [json.loads(ln) for ln in source.read_text().splitlines()]
    for i, entry in enumerate(entries):
        if i % 10 == 3:  # 10%: every request for this article gets HTTP 503
            entry["text"] = f"The wire service flagged this copy as {MARKER}.\n\n{entry['text']}"
    source.write_text("".join(json.dumps(e) + "\n" for e in entries))
    with AnswerServer(fail_marker=MARKER) as server:
        backend = resolve_backend(base_url=server.base_url, model="m", env={})
        out = tmp_path / "local.jsonl"
        asyncio.run(run_batch(source, out, work=Worker(backend, FAST, None), concurrency=8))
        local = {r["id"]: comparable(r) for r in lines(out)}
        ds = summarize_dataset(ray.data.from_items(entries), base_url=server.base_url,
                               model="m", policy=FAST, cache=False, concurrency=2)  # fmt: skip
        rows = ds.take_all()
    remote = [comparable(record_of(row)) for row in rows]
    assert Counter(r["id"] for r in remote) == Counter(f"a{i}" for i in range(200))
    failed = {r["id"] for r in remote if r["status"] == "failed"}
    assert failed == {f"a{i}" for i in range(3, 200, 10)}
    assert {r["error"]["kind"] for r in remote if r["id"] in failed} == {"BackendUnavailable"}
    for row in remote:
        want = local[row["id"]]
        if row["status"] == "failed":
            assert row["error"]["kind"] == want["error"]["kind"]
        else:
            assert row == want, row["id"]
    done = [r for r in rows if r["status"] == "done"]
    assert all(Digest.model_validate_json(r["digest"]) for r in done[:5])  # a JSON string column


def test_gold_via_cli_killed_mid_way_and_rerun_gives_13_rows(tmp_path: Path) -> None:
    gold = ROOT / "eval" / "gold"
    source = tmp_path / "in.jsonl"
    source.write_text("".join(
        json.dumps({"id": slug, "path": str(gold / slug / "article.txt")}) + "\n" for slug in GOLD13
    ))  # fmt: skip
    out = tmp_path / "out.jsonl"
    with AnswerServer(latency_s=0.3) as server:
        argv = ["batch", str(source), "--out", str(out), "--engine", "ray", "--concurrency", "1",
                "--allow-paths", str(gold),  # the articles lie outside the JSONL's folder
                "--base-url", server.base_url, "--model", "m", "--no-cache", "--quiet"]  # fmt: skip
        kill_after_lines(argv, out, 1, timeout_s=240)  # its own local Ray, SIGKILLed
        # The kill may tear the line being written (a long line takes several writes):
        # like the resume, count only complete lines as written before the kill.
        kept = [ln for ln in out.read_text().splitlines(keepends=True) if ln.endswith("\n")]
        before = {json.loads(ln)["id"]: ln.rstrip("\n") for ln in kept}
        assert 1 <= len(before) < 13
        server.latency_s = 0.0
        assert main(argv) == 0  # the rerun (in this process: the module's Ray)
    final = out.read_text().splitlines()
    ids = Counter(json.loads(ln)["id"] for ln in final)
    assert ids == Counter(GOLD13)  # 13 rows, no duplicates
    assert {json.loads(ln)["status"] for ln in final} == {"done"}
    assert set(before.values()) <= set(final)  # rows done before the kill were not redone


def test_parquet_in_and_out_round_trip_and_resume(tmp_path: Path) -> None:
    def write_input(n: int) -> Path:
        table = pa.table({
            "id": [f"s{i}" for i in range(n)] + ["blank"],
            "text": [article(i) for i in range(n)] + [None],
            "published": pa.array([None, *([dt.date(2017, 4, 12)] * (n - 1)), None]),
        })  # fmt: skip
        pq.write_table(table, tmp_path / "in.parquet")
        return tmp_path / "in.parquet"

    out = tmp_path / "out.parquet"
    with AnswerServer() as server:
        argv = ["batch", str(write_input(4)), "--out", str(out), "--engine", "ray", "-q",
                "--concurrency", "1",
                "--base-url", server.base_url, "--model", "m", "--no-cache"]  # fmt: skip
        assert main(argv) == 1  # "blank" has no text: failed
        first = pq.read_table(out).to_pylist()
        assert sorted(asked(server)) == ["s0", "s1", "s2", "s3"]
        server.articles.clear()
        write_input(6)  # two new articles: only they are asked for
        assert main(argv) == 1
        assert sorted(asked(server)) == ["s4", "s5"]
    final = {r["id"]: r for r in pq.read_table(out).to_pylist()}
    assert sorted(final) == ["blank", "s0", "s1", "s2", "s3", "s4", "s5"]
    assert final["blank"]["status"] == "failed"
    assert final["blank"]["error"]["kind"] == "InputError"
    assert final["blank"]["digest"] is None
    for row in first:
        if row["status"] == "done":
            assert final[row["id"]] == row  # kept as it was
    s1 = Digest.model_validate_json(final["s1"]["digest"])
    assert s1.source.published == "2017-04-12"  # a Parquet date column is a date
    assert Digest.model_validate_json(final["s0"]["digest"]).source.published is None
    assert record_of(final["s1"])["digest"] == json.loads(final["s1"]["digest"])


def test_paths_are_confined_to_the_input_folder_as_in_the_local_batch(tmp_path: Path) -> None:
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "a.txt").write_text(article(0), encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text(article(1), encoding="utf-8")
    src = inside / "in.jsonl"
    src.write_text(
        json.dumps({"id": "ok", "path": "a.txt"}) + "\n"
        + json.dumps({"id": "escape", "path": "../secret.txt"}) + "\n"
        + json.dumps({"id": "abs", "path": str(secret)}) + "\n"
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    with AnswerServer() as server:
        argv = ["batch", str(src), "--out", str(out), "--engine", "ray", "-q",
                "--concurrency", "1", "--base-url", server.base_url, "--model", "m",
                "--no-cache"]  # fmt: skip
        assert main(argv) == 1
        assert asked(server) == ["s0"]  # the file outside was never read nor sent
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["ok"]["status"] == "done"
    for key in ("escape", "abs"):
        assert rows[key]["status"] == "failed"
        assert "--allow-paths" in rows[key]["error"]["message"]
