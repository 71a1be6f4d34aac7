"""The digest cache: a hit costs no request, keys cover what decides a digest, writers coexist."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench.bench_batch import AnswerServer
from summarizer import summarize
from summarizer._backends.client import Policy
from summarizer._cache import (
    CACHE_NOTE,
    FILE_NAME,
    DigestCache,
    cache_key,
    default_dir,
    open_cache,
)
from summarizer._cli import main
from summarizer._config import resolve_backend
from summarizer._extract import ner
from summarizer._text.segment import segment
from tests.test_batch import tiny_digest

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
ARTICLE = (
    "The council of Springfield voted on Tuesday to fund four new schools.\n"
    'Mayor Ann Lee said the plan was "a good start for the city".\n'
    "Critics said the money would not last beyond next year."
)


@pytest.fixture(autouse=True)
def _cache_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """On by default as for users, but never in the real ~/.cache."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SUMMARIZER_CACHE", raising=False)
    return tmp_path / "cache"


def test_same_article_twice_costs_no_request(_cache_in_tmp: Path) -> None:
    with AnswerServer() as server:
        first = summarize(ARTICLE, published="2017-04-12", base_url=server.base_url, model="m")
        asked = server.requests
        second = summarize(ARTICLE, published="2017-04-12", base_url=server.base_url, model="m")
        assert server.requests == asked > 0
        other_day = summarize(ARTICLE, published="2017-04-13", base_url=server.base_url, model="m")
        assert server.requests > asked  # another published date is another digest
    assert (_cache_in_tmp / FILE_NAME).is_file()
    assert second.model_dump(exclude={"meta"}) == first.model_dump(exclude={"meta"})
    assert not any(w.startswith(CACHE_NOTE) for w in first.meta.warnings + other_day.meta.warnings)
    note = second.meta.warnings[-1]
    assert note.startswith(f"{CACHE_NOTE} (recorded 20") and "tokens then" in note
    assert second.meta.usage.requests == second.meta.usage.prompt_tokens == 0
    assert first.meta.usage.requests == asked


def test_off_switches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with AnswerServer() as server:

        def cost(**kwargs: object) -> int:
            before = server.requests
            summarize(ARTICLE, base_url=server.base_url, model="m", **kwargs)  # type: ignore[arg-type]
            return server.requests - before

        assert cost() > 0 and cost() == 0  # on by default: the second call is a hit
        assert cost(cache=False) > 0
        monkeypatch.setenv("SUMMARIZER_CACHE", "0")
        assert cost() > 0  # off by default now
        assert cost(cache=True) == 0  # an explicit argument wins over the environment
        assert cost(cache=tmp_path / "elsewhere") > 0 and cost(cache=tmp_path / "elsewhere") == 0
    assert (tmp_path / "elsewhere" / FILE_NAME).is_file()


def test_cli_no_cache_and_cache_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    with AnswerServer() as server:
        argv = ["summarize", str(article), "--base-url", server.base_url, "--model", "m", "--json"]
        counts = []
        for extra in ([], [], ["--no-cache"], ["--cache-dir", str(tmp_path / "c2")]):
            before = server.requests
            assert main([*argv, *extra]) == 0
            counts.append(server.requests - before)
    assert counts[0] > 0 and counts[1] == 0 and counts[2] > 0 and counts[3] > 0
    assert (tmp_path / "c2" / FILE_NAME).is_file()
    assert CACHE_NOTE in capsys.readouterr().out  # the second run's digest says so


def test_key_covers_what_decides_a_digest() -> None:
    doc = segment(ARTICLE)

    def key(doc_text: str = ARTICLE, published: str | None = "2017-04-12",
            policy: Policy | None = None, **backend: str) -> str:  # fmt: skip
        settings = {"base_url": "http://h/v1", "model": "m", **backend}
        return cache_key(resolve_backend(**settings, env={}), segment(doc_text), published, policy)

    base = key()
    assert key() == base == cache_key(resolve_backend(base_url="http://h/v1", model="m", env={}),
                                      doc, "2017-04-12")  # fmt: skip
    variants = [
        key(model="n"), key(base_url="http://other/v1"), key(mode="tools"),
        key(published=None), key(doc_text=ARTICLE + " More."), key(policy=Policy(reasks=0)),
    ]  # fmt: skip
    assert len({base, *variants}) == 1 + len(variants)
    # The embedded server's port changes every run; its digests stay valid.
    embedded = resolve_backend(env={})
    moved = replace(embedded, base_url="http://127.0.0.1:1234/v1")
    assert cache_key(embedded, doc, None) == cache_key(moved, doc, None)


def test_key_covers_the_ner_source(monkeypatch: pytest.MonkeyPatch) -> None:
    # spaCy's names change the candidates the model is asked about: a digest made with
    # the extra on is not one made with it off. Off, the key is what it always was.
    doc, backend = segment(ARTICLE), resolve_backend(base_url="http://h/v1", model="m", env={})
    monkeypatch.setattr(ner, "fingerprint", lambda: None)
    off = cache_key(backend, doc, None)
    monkeypatch.setattr(ner, "fingerprint", lambda: "spacy 3.8.18 core_web_sm 3.8.0")
    on = cache_key(backend, doc, None)
    monkeypatch.setattr(ner, "fingerprint", lambda: "spacy 3.9.0 core_web_sm 3.9.0")
    assert len({off, on, cache_key(backend, doc, None)}) == 3
    monkeypatch.undo()
    monkeypatch.setenv("SUMMARIZER_NER", "0")
    assert ner.fingerprint() is None and cache_key(backend, doc, None) == off


def test_default_dir_honours_env() -> None:
    assert default_dir({"SUMMARIZER_CACHE_DIR": "/x/y"}) == Path("/x/y")
    assert default_dir({"XDG_CACHE_HOME": "/xdg"}) == Path("/xdg/summarizer")
    assert default_dir({"XDG_CACHE_HOME": "relative"}) == Path.home() / ".cache" / "summarizer"
    assert default_dir({}) == Path.home() / ".cache" / "summarizer"


def test_unusable_cache_is_skipped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        assert open_cache(tmp_path) is None
    assert "cache off" in caplog.text
    with AnswerServer() as server:  # and digesting still works
        assert summarize(ARTICLE, base_url=server.base_url, model="m", cache=tmp_path)


def _write_keys(path: Path, prefix: str, n: int, start: Any) -> None:
    """One writer process: two threads, each opening its own connection at the same moment."""
    digest = tiny_digest()
    errors: list[BaseException] = []

    def write(part: int) -> None:
        try:
            start.wait(timeout=20)
            cache = DigestCache(path)
            for i in range(n):
                cache.put(f"{prefix}-{part}-{i}", digest)
            cache.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(t,)) for t in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]  # a non-zero exit code


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path, n = tmp_path / FILE_NAME, 400
    fork = multiprocessing.get_context("fork")  # no re-import: the writers start at once
    start = fork.Barrier(4)  # 2 processes x 2 threads, released together
    writers = [fork.Process(target=_write_keys, args=(path, f"p{k}", n, start)) for k in range(2)]
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=60)
        if w.exitcode is None:
            w.kill()
    assert [w.exitcode for w in writers] == [0, 0]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        keys = {row[0] for row in db.execute("SELECT key FROM digests")}
    expected = {f"p{k}-{t}-{i}" for k in range(2) for t in range(2) for i in range(n)}
    assert keys == expected


def test_server_default_model_is_asked_for_its_name() -> None:
    with AnswerServer() as server:  # no model given: the key names the one the server serves
        first = summarize(ARTICLE, base_url=server.base_url)
        asked = server.requests
        second = summarize(ARTICLE, base_url=server.base_url)
    assert first.meta.model == "fake" and server.requests == asked
    assert second.meta.warnings[-1].startswith(CACHE_NOTE)


def test_second_run_of_a_batch_costs_zero_requests(
    _cache_in_tmp: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.test_batch import article, lines, write_jsonl

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"c{i}", "text": article(i)}
                                                 for i in range(12)])  # fmt: skip
    with AnswerServer() as server:
        for out in ("first.jsonl", "second.jsonl"):  # a new output: nothing is skipped
            argv = ["batch", str(source), "--out", str(tmp_path / out),
                    "--base-url", server.base_url, "--model", "m", "--quiet"]  # fmt: skip
            before = server.requests
            assert main(argv) == 0
            spent = server.requests - before
            if out == "first.jsonl":
                assert spent > 0
    assert spent == 0  # the second run was served entirely from the cache
    second = lines(tmp_path / "second.jsonl")
    assert len(second) == 12 and all(r["status"] == "done" for r in second)
    assert all(r["digest"]["meta"]["usage"]["requests"] == 0 for r in second)
