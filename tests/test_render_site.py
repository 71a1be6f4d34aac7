"""Batch report pages: one per done article, an index, ids escaped, last line wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer._cli import main
from summarizer._render.site import page_name, write_site
from tests.test_render_html import seed_digest, xss_digest


def test_pages_and_index_from_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed, xss = seed_digest(), xss_digest()
    results = tmp_path / "results.jsonl"
    lines = [
        {"id": "seed", "status": "failed", "error": {"kind": "BackendUnavailable", "message": "x"}},
        {"id": "seed", "status": "done", "digest": json.loads(seed.model_dump_json())},
        {"id": "<script>alert(1)</script>", "status": "done",
         "digest": json.loads(xss.model_dump_json())},
        {"id": "bad", "status": "failed", "error": {"kind": "InputError", "message": "empty"}},
    ]  # fmt: skip
    results.write_text("\n".join(json.dumps(x) for x in lines) + '\n{"id": "torn', "utf-8")
    out = tmp_path / "site"
    assert main(["report", str(results), "--out", str(out)]) == 0
    assert "wrote 2 pages" in capsys.readouterr().err
    index = (out / "index.html").read_text()
    assert index.count("<tr>") == 4  # header + seed + xss + bad; the torn line is skipped
    assert "<script>alert" not in index and "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "InputError: empty" in index and "BackendUnavailable" not in index  # last line won
    page = out / page_name("seed")
    assert f'href="{page.name}"' in index
    assert seed.source.text[:40].split()[0] in page.read_text()
    assert {p.name for p in out.iterdir()} == {"index.html", page.name, page_name(xss_id())}


def xss_id() -> str:
    return "<script>alert(1)</script>"


def test_page_names_are_safe_and_distinct() -> None:
    names = {page_name(i) for i in ("a/b", "a_b", "../../etc/passwd", "")}
    assert len(names) == 4
    assert all("/" not in n and n.endswith(".html") and not n.startswith(".") for n in names)


def test_write_site_reports_a_missing_file(tmp_path: Path) -> None:
    from summarizer import InputError

    with pytest.raises(InputError, match="cannot read"):
        write_site(tmp_path / "none.jsonl", tmp_path / "out")
