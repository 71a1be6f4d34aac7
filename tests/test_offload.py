"""Code's work on a large input runs in a child process, and changes nothing but where.

The child is what keeps one hostile article from stalling a batch (see
``test_hostile_scaling``); these hold that what comes back is what a thread would
have produced, errors included, and that a child that cannot run costs no hang.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest

from bench.bench_hostile import SHAPES
from summarizer import InputError, _offload, summarize
from summarizer._digest import Digest


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    jobs: list[str] = []
    call = _offload.call

    async def counting(job: str, *args: Any) -> Any:
        jobs.append(job)
        return await call(job, *args)

    monkeypatch.setattr(_offload, "call", counting)
    return jobs


def _comparable(digest: Digest) -> dict[str, Any]:
    data = digest.model_dump(mode="json")
    data["meta"].pop("timings_s", None)
    data["meta"].pop("latency_s", None)
    return data


@pytest.fixture(scope="module")
def large() -> str:
    return SHAPES["normal"](_offload.LARGE * 3 // 2)


def test_a_large_input_gives_in_a_child_the_digest_a_thread_gives(
    monkeypatch: pytest.MonkeyPatch, large: str
) -> None:
    jobs = _counted(monkeypatch)
    in_child = summarize(large, published="2024-05-02", backend="none", cache=False)
    assert jobs == ["prepare", "find"]
    monkeypatch.setenv("SUMMARIZER_OFFLOAD", "0")
    in_thread = summarize(large, published="2024-05-02", backend="none", cache=False)
    assert jobs == ["prepare", "find"]  # not called again
    assert in_child.actors and in_child.claims
    assert _comparable(in_child) == _comparable(in_thread)
    assert {"load", "clean", "segment", "extract"} <= set(in_child.meta.timings_s)


def test_a_normal_input_stays_in_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = _counted(monkeypatch)
    summarize(SHAPES["normal"](20_000), backend="none", cache=False)
    assert jobs == []


def test_a_large_file_goes_to_the_child_and_a_small_one_does_not(tmp_path: Any, large: str) -> None:
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text(large, encoding="utf-8")
    small.write_text(large[:1000], encoding="utf-8")
    assert _offload.wanted(big) and _offload.wanted(large)
    assert not _offload.wanted(small) and not _offload.wanted(tmp_path)
    assert not _offload.wanted(tmp_path / "missing.txt")


def test_the_child_raises_the_error_a_thread_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not UTF-8, over the size where a child is used: the same InputError, same words."""
    bad = b"\xff\xfe\x00" * (_offload.LARGE // 2)
    jobs = _counted(monkeypatch)
    with pytest.raises(InputError) as in_child:
        summarize(bad, backend="none", cache=False)
    assert jobs == ["prepare"]
    monkeypatch.setenv("SUMMARIZER_OFFLOAD", "0")
    with pytest.raises(InputError) as in_thread:
        summarize(bad, backend="none", cache=False)
    assert str(in_child.value) == str(in_thread.value)


def test_a_child_killed_while_working_is_that_articles_input_error(
    monkeypatch: pytest.MonkeyPatch, large: str, tmp_path: Any
) -> None:
    """Killed by a signal (the out-of-memory killer's SIGKILL): the work itself failed, and a
    thread of this process would fare no better."""
    killed = tmp_path / "killed"
    killed.write_text("#!/bin/sh\nkill -9 $$\n")
    killed.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(killed))
    with pytest.raises(InputError, match=r"worker process \(exit -9"):
        summarize(large, backend="none", cache=False)


def test_a_child_that_cannot_run_our_code_leaves_the_work_to_a_thread(
    monkeypatch: pytest.MonkeyPatch, large: str
) -> None:
    """It exits at once with an error and no answer (a frozen app's executable takes no
    "-c"): the work never started, so a thread does it."""
    monkeypatch.setattr(sys, "executable", "/bin/false")
    digest = summarize(large, backend="none", cache=False)
    assert digest.actors


def test_a_child_that_cannot_start_leaves_the_work_to_a_thread(
    monkeypatch: pytest.MonkeyPatch, large: str
) -> None:
    monkeypatch.setattr(sys, "executable", os.path.join(os.sep, "no", "such", "python"))
    digest = summarize(large, backend="none", cache=False)
    assert digest.actors


async def test_a_batch_of_large_articles_runs_one_child_per_core_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from summarizer import summarize_many

    monkeypatch.setattr(_offload.os, "cpu_count", lambda: 1)
    running, most = 0, 0
    in_child = _offload._in_child

    async def tracked(job: str, args: tuple[Any, ...]) -> Any:
        nonlocal running, most
        running += 1
        most = max(most, running)
        try:
            return await in_child(job, args)
        finally:
            running -= 1

    monkeypatch.setattr(_offload, "_in_child", tracked)
    texts = [SHAPES["normal"](_offload.LARGE + 20_000 * k) for k in (1, 2, 3)]
    results = [r async for r in summarize_many(texts, backend="none", concurrency=3, cache=False)]
    assert sorted(r.id for r in results if r.ok) == ["0", "1", "2"]
    assert most == 1
