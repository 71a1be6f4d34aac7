"""``summarizer report`` on hostile and damaged results: never a traceback, always an index."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

import pytest

from summarizer import BatchResult, InputError
from summarizer._batch.local import Item, run_batch
from summarizer._cli import main
from summarizer._render.site import page_name, safe_text
from tests.test_render_html import seed_digest


def write_lines(path: Path, lines: list[Any]) -> Path:
    raw = [x if isinstance(x, bytes) else json.dumps(x).encode() for x in lines]
    path.write_bytes(b"\n".join(raw) + b"\n")
    return path


def report(capsys: pytest.CaptureFixture[str], results: Path, out: Path) -> tuple[int, str]:
    code = main(["report", str(results), "--out", str(out)])
    return code, capsys.readouterr().err


def test_damaged_lines_are_listed_as_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.loads(seed_digest().model_dump_json())
    results = write_lines(tmp_path / "r.jsonl", [
        {"id": "ok", "status": "done", "digest": good},
        {"id": "bad-digest", "status": "done", "digest": {"summary": 3}},
        {"id": "no-digest", "status": "done"},
        {"id": "plain-error", "status": "failed", "error": "server exploded"},
        {"id": "null-error", "status": "failed", "error": None},
        {"id": "odd-status", "status": "maybe"},
        {"id": 7, "status": "done"},
        ["not", "an", "object"],
        b"\xff\xfe not utf-8 at all",
        b'{"id": "torn", "status": "do',
    ])  # fmt: skip
    out = tmp_path / "site"
    code, err = report(capsys, results, out)
    assert code == 0 and "Traceback" not in err and "wrote 1 pages" in err
    index = (out / "index.html").read_text()
    assert index.count("<tr>") == 1 + 6  # header + ok, bad, no-digest, two failed, odd-status
    assert "failed: server exploded" in index
    assert "Unreadable lines (7)" in index  # bad/no digest, odd status, id 7, list, bytes, torn
    for needle in ("a done line with an invalid digest", "a done line with no digest",
                   "line 7: no article id", "line 10: not a JSON line"):  # fmt: skip
        assert needle in index
    assert (out / page_name("ok")).is_file()


def test_ids_from_undecodable_names_surrogates_and_controls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The batch's own output first: a folder whose file name is not UTF-8.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("x")
    digest = seed_digest()

    async def work(item: Item) -> BatchResult:
        return BatchResult(item.id, digest=digest)

    results = tmp_path / "r.jsonl"
    asyncio.run(run_batch(folder, results, work=work))
    # Then hand-written ids: a lone surrogate, NUL and other control characters, markup.
    hostile = ["\ud800lone", "nul\x00byte", "bell\x07\x1b[31mred", "<b>x</b>\u2028"]
    with results.open("a", encoding="utf-8", errors="surrogatepass") as fh:
        for ident in hostile:
            line = {
                "id": ident,
                "status": "failed",
                "error": {"kind": "InputError", "message": ident},
            }
            fh.write(json.dumps(line) + "\n")
    out = tmp_path / "site"
    code, err = report(capsys, results, out)
    assert code == 0 and "Traceback" not in err
    index = (out / "index.html").read_bytes().decode("utf-8")  # valid UTF-8 throughout
    for bad in ("\x00", "\x07", "\x1b", "\ud800", "<b>x"):
        assert bad not in index
    assert "caf\\udce9.txt" in index and "nul\\x00byte" in index and "&lt;b&gt;x" in index
    page = out / page_name(os.fsdecode(b"caf\xe9.txt"))
    assert page.is_file() and page.name.isascii()


def test_safe_text_and_page_names() -> None:
    assert safe_text("a\x00b\ud800c\x7fd\te\nf") == "a\\x00b\\ud800c\\x7fd\te\nf"
    names = {page_name(i) for i in ("\ud800", "\udc00", "\x00", "")}
    assert len(names) == 4 and all(n.isascii() and "\x00" not in n for n in names)


def test_out_onto_an_existing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = write_lines(tmp_path / "r.jsonl", [{"id": "a", "status": "failed", "error": {}}])
    target = tmp_path / "index.html"
    target.write_text("keep me")
    code, err = report(capsys, results, target)
    assert code == 2 and "not a folder" in err and "Traceback" not in err
    assert target.read_text() == "keep me"


def test_unwritable_out_is_an_output_write_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = write_lines(tmp_path / "r.jsonl", [{"id": "a", "status": "failed", "error": {}}])
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, err = report(capsys, results, blocker / "site")  # a folder under a file
    assert code == 6 and "cannot create" in err


def test_results_that_are_a_folder_or_fifo_are_input_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer._render.site import write_site

    os.mkfifo(tmp_path / "pipe.jsonl")
    for bad in (tmp_path, tmp_path / "pipe.jsonl"):
        with pytest.raises(InputError, match="not a regular file"):
            write_site(bad, tmp_path / "site")
