"""A batch reads only what it should: paths confined to the input's folder, regular files only.

Each probe is a line of the same batch, run as a real ``summarizer batch`` process with a
hard timeout (a FIFO that hangs the batch fails the test instead of hanging the suite),
against a fault server on 127.0.0.1 that answers every task well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fault_server import FaultServer, good
from tests.support import SEED

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
SECRET = "SECRET-CONTENT-never-to-be-read"


def run_batch_cli(
    source: Path, out: Path, url: str, *extra: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUMMARIZER_CACHE": "0"}
    env.pop("OPENAI_API_KEY", None)
    argv = [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(out),
            "--base-url", url, "--model", "m", "--reasks", "0", "--quiet", *extra]  # fmt: skip
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env)


def results(out: Path) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}


def sent(server: FaultServer) -> str:
    return "\n".join(json.dumps(r.body) for r in server.posts)


def test_jsonl_paths_are_confined_and_only_regular_files_read(tmp_path: Path) -> None:
    inside, other = tmp_path / "in", tmp_path / "other"
    inside.mkdir()
    other.mkdir()
    article = SEED.read_text()
    (inside / "a.txt").write_text(article)
    (other / "b.txt").write_text(article)
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{SECRET}. " * 40)
    (inside / "link.txt").symlink_to(secret)  # inside by name, outside once resolved
    os.mkfifo(inside / "pipe.txt")  # no writer: opening it for reading would block forever
    (inside / "sub").mkdir()
    entries = {
        "inside": "a.txt",
        "escape": "../secret.txt",
        "deep-escape": "../../../../../../etc/passwd",
        "absolute": "/etc/passwd",
        "symlink-out": "link.txt",
        "fifo": "pipe.txt",
        "directory": "sub",
        "device": "/dev/zero",  # allowed folder below, still not a regular file
        "allowed": "../other/b.txt",
        "missing": "nope.txt",
    }
    source = inside / "in.jsonl"
    source.write_text("".join(json.dumps({"id": k, "path": v}) + "\n" for k, v in entries.items()))
    out = tmp_path / "out.jsonl"
    server = FaultServer([], default=good)
    with server.running():
        proc = run_batch_cli(source, out, server.base_url,
                             "--allow-paths", str(other), "--allow-paths", "/dev")  # fmt: skip
    assert proc.returncode == 1, proc.stderr  # some articles failed, none hung
    got = results(out)
    assert set(got) == set(entries)
    assert got["inside"]["status"] == got["allowed"]["status"] == "done"
    expected = {
        "escape": "outside",
        "deep-escape": "outside",
        "absolute": "outside",
        "symlink-out": "outside",
        "fifo": "named pipe",
        "directory": "directory",
        "device": "device",
        "missing": "no such file",
    }
    for ident, needle in expected.items():
        line = got[ident]
        assert line["status"] == "failed" and line["error"]["kind"] == "InputError", line
        assert needle in line["error"]["message"], line
    assert "--allow-paths" in got["escape"]["error"]["message"]
    # Nothing outside was read: not sent to the model, not stored.
    for text in (sent(server), out.read_text(), proc.stderr):
        assert SECRET not in text and "root:x:" not in text
    assert len(server.posts) == 12  # two articles, five tasks and the verify pass each


def test_without_allow_paths_a_sibling_folder_is_refused(tmp_path: Path) -> None:
    inside, other = tmp_path / "in", tmp_path / "other"
    inside.mkdir()
    other.mkdir()
    (other / "b.txt").write_text(SEED.read_text())
    source = inside / "in.jsonl"
    source.write_text(json.dumps({"id": "b", "path": "../other/b.txt"}) + "\n")
    out = tmp_path / "out.jsonl"
    server = FaultServer([], default=good)
    with server.running():
        proc = run_batch_cli(source, out, server.base_url)
    assert proc.returncode == 1
    assert "outside" in results(out)["b"]["error"]["message"]
    assert server.posts == []


def test_folder_input_symlink_out_and_fifo_fail_their_own_article(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text())
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{SECRET}. " * 40)
    (folder / "out.txt").symlink_to(secret)
    os.mkfifo(folder / "pipe.txt")
    out = tmp_path / "out.jsonl"
    server = FaultServer([], default=good)
    with server.running():
        proc = run_batch_cli(folder, out, server.base_url)
    got = results(out)
    assert proc.returncode == 1, proc.stderr
    assert got["a.txt"]["status"] == "done"
    assert "outside" in got["out.txt"]["error"]["message"]
    assert "named pipe" in got["pipe.txt"]["error"]["message"]
    assert SECRET not in sent(server) and SECRET not in out.read_text()


def test_a_read_that_never_returns_times_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A regular file on a hung network drive: the read is abandoned, not waited for."""
    import threading

    from summarizer import InputError
    from summarizer._input.loading import read_regular

    release = threading.Event()
    monkeypatch.setattr("summarizer._input.loading._read_regular_now", lambda _: release.wait(30))
    try:
        with pytest.raises(InputError, match=r"no data after 0\.2s"):
            read_regular(tmp_path / "a.txt", timeout_s=0.2)
    finally:
        release.set()


def test_a_path_to_a_huge_file_fails_before_reading_it(tmp_path: Path) -> None:
    from summarizer._input.loading import MAX_BYTES

    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(MAX_BYTES * 10)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "big", "path": "big.txt"}) + "\n")
    out = tmp_path / "out.jsonl"
    proc = run_batch_cli(source, out, "http://127.0.0.1:9/v1")
    assert proc.returncode == 1
    assert "larger than 5,000,000 bytes" in results(out)["big"]["error"]["message"]


def test_batch_input_that_is_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    proc = run_batch_cli(fifo, tmp_path / "out.jsonl", "http://127.0.0.1:9/v1", timeout=60)
    assert proc.returncode == 3 and "regular .jsonl file" in proc.stderr
