"""Usage errors: one line and exit 2 or 3, never a traceback or five retries; write failures 6."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import InputError, summarize
from summarizer._cache import FILE_NAME, open_cache
from summarizer._cli import main
from summarizer._input.loading import load, looks_like_path
from tests.support import SEED
from tests.test_cli import assert_one_line_error, run

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


@pytest.mark.parametrize("port", ["99999", "-1", "0", "http"])
def test_serve_bad_port_is_a_usage_error(capsys: pytest.CaptureFixture[str], port: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", port])
    assert exc.value.code == 2
    assert_one_line_error(capsys.readouterr().err, "is not a port (1-65535)")


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://[::1/v1", "is not a valid URL"),
        ("not a url", "is not an http(s) URL"),
        ("ftp://example.org/v1", "is not an http(s) URL"),
        ("http://127.0.0.1:99999/v1", "is not a valid URL"),
        ("http:///v1", "is not an http(s) URL with a host"),
    ],
)
def test_bad_base_url_fails_at_once(
    capsys: pytest.CaptureFixture[str], url: str, needle: str
) -> None:
    code, out, err = run(capsys, "summarize", str(SEED), "--base-url", url, "--model", "m")
    assert code == 3 and out == ""
    assert_one_line_error(err, needle)
    assert "connection failed" not in err  # not retried as a dead server


def test_directory_and_device_as_the_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for source, needle in ((tmp_path, "is a directory"), ("/dev/zero", "is a device")):
        code, out, err = run(capsys, "summarize", str(source), "--model", "m",
                             "--base-url", "http://127.0.0.1:9/v1")  # fmt: skip
        assert code == 3 and out == ""
        assert_one_line_error(err, needle)


def test_fifo_as_the_article_fails_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # no writer: reading it would block forever
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", str(fifo), "--base-url",
         "http://127.0.0.1:9/v1", "--model", "m"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 3
    assert_one_line_error(proc.stderr, "is a named pipe (FIFO), not an article file")


def test_a_mistyped_file_name_is_no_such_file_not_the_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "summarize", "artcle", "--base-url", "http://127.0.0.1:9/v1",
                         "--model", "m")  # fmt: skip
    assert code == 3 and out == ""
    assert_one_line_error(err, "no such file: artcle (a string without spaces")
    with pytest.raises(InputError, match="no such file"):
        summarize("artcle", base_url="http://127.0.0.1:9/v1", model="m")
    # The rule, both ways: text has spaces; names do not, or look like paths.
    assert [looks_like_path(s) for s in ("artcle", "notes.TXT", "./my notes", "~/a b")] == [
        True, True, True, True,
    ]  # fmt: skip
    assert [looks_like_path(s) for s in ("Rain fell on 24/7 news.", "A short line", "")] == [
        False, False, False,
    ]  # fmt: skip
    assert load("Rain fell on the city all day.").origin == "<text>"


def test_debug_keeps_the_exit_code(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "summarize", str(tmp_path / "missing.txt"), "--debug")
    assert code == 3
    assert "Traceback" in err and "InputError: no such file" in err


# -- the cache: a corrupt one says how to reset it, and `cache clear` does ------------------


def test_corrupt_cache_says_how_to_reset_it_and_cache_clear_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        assert open_cache(folder) is None
    assert "reset it with `summarizer cache clear`" in caplog.text
    code, _, err = run(capsys, "cache", "info", "--cache-dir", str(folder))
    assert code == 0 and "unreadable" in err and "cache clear" in err
    code, _, err = run(capsys, "cache", "clear", "--cache-dir", str(folder))
    assert code == 0 and "removed 1 files" in err
    assert not (folder / FILE_NAME).exists()
    store = open_cache(folder)  # a fresh, working cache again
    assert store is not None and len(store) == 0
    store.close()
    code, _, err = run(capsys, "cache", "info", "--cache-dir", str(folder))
    assert code == 0 and "0 digests" in err


# -- a failure to write is not bad input: OutputWriteError, exit 6 ---------------------------


def test_write_failures_exit_6(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, _, err = run(capsys, "summarize", str(SEED), "--html", str(blocker / "r.html"),
                       "--base-url", "http://127.0.0.1:9/v1", "--model", "m")  # fmt: skip
    assert code == 6
    assert_one_line_error(err, "cannot write")
    (tmp_path / "a.txt").write_text(SEED.read_text())
    code, _, err = run(capsys, "batch", str(tmp_path / "a.txt").replace("a.txt", ""), "--out",
                       str(blocker / "out.jsonl"), "--base-url", "http://127.0.0.1:9/v1",
                       "--model", "m", "--quiet")  # fmt: skip
    assert code == 6
    assert_one_line_error(err, "cannot write")
    code, _, err = run(capsys, "schema", "--out", str(blocker / "schemas"))
    assert code == 6
    assert_one_line_error(err, "cannot write")
