"""A batch's results as pages: one evidence report per done article, and an index.

Reads the results JSONL a batch wrote (the last line per id wins) and only
renders: no model is called.  Lines are located in a first pass and parsed one
at a time, so a large batch is not held in memory.

It never crashes on a line: a torn or damaged line (not JSON, no id, a done
line whose digest is missing or invalid, an error that is a plain string) is
listed as unreadable on the index, and every id is made safe before it becomes
a file name or HTML (lone surrogates from non-UTF-8 file names, NUL and other
control characters are shown as escapes).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer._digest import Digest
from summarizer._exceptions import InputError, OutputWriteError
from summarizer._render.html import to_html

MAX_UNREADABLE_LISTED = 1000  # a wholly corrupt file must not make a giant index
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def safe_text(text: str) -> str:
    """``text`` with control characters and lone surrogates as visible escapes (``\\x00``)."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 256 else
                       f"\\u{ord(m[0]):04x}", text)  # fmt: skip


def page_name(ident: str) -> str:
    """A safe, unique file name for an article id (ids may hold any characters)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", ident)[:80].strip("._") or "article"
    digest = hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{stem}-{digest}.html"


@dataclass
class _Scan:
    offsets: dict[str, tuple[int, int]] = field(default_factory=dict)  # id -> (offset, line)
    unreadable: list[str] = field(default_factory=list)
    unreadable_count: int = 0

    def bad(self, why: str) -> None:
        self.unreadable_count += 1
        if len(self.unreadable) < MAX_UNREADABLE_LISTED:
            self.unreadable.append(why)


def _scan(results: Path) -> _Scan:
    scan = _Scan()
    try:
        info = os.stat(results)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block, a directory cannot be read
            raise InputError(f"cannot read {results}: not a regular file")
        with results.open("rb") as fh:
            offset = 0
            for n, raw in enumerate(fh, start=1):
                start, offset = offset, offset + len(raw)
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except ValueError:  # torn by a killed batch, or not UTF-8
                    scan.bad(f"line {n}: not a JSON line (torn or damaged)")
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                    scan.offsets[obj["id"]] = (start, n)
                else:
                    scan.bad(f"line {n}: no article id")
    except OSError as exc:
        raise InputError(f"cannot read {results}: {exc.strerror}") from exc
    return scan


def _write(path: Path, text: str) -> None:
    try:  # a lone surrogate left in a digest's text becomes an escape, never a crash
        path.write_text(text, encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise OutputWriteError(f"cannot write {path}: {exc.strerror}") from exc


def _row(ident: str, cells: tuple[str, str, str], status: str, href: str | None = None) -> str:
    shown = escape(safe_text(ident))
    name = f'<a href="{escape(href, quote=True)}">{shown}</a>' if href else shown
    texts = "".join(f"<td>{escape(safe_text(c))}</td>" for c in cells)
    return f"<tr><td>{name}</td>{texts}<td>{status}</td></tr>"


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        return f"{error.get('kind', 'failed')}: {error.get('message', '')}"
    return f"failed: {error}" if error is not None else "failed"


def write_site(results: Path, out: Path) -> list[Path]:
    """Write ``out/<page>.html`` per done article and ``out/index.html``; return the pages."""
    if out.exists() and not out.is_dir():
        raise OutputWriteError(f"{out} exists and is not a folder")
    scan = _scan(results)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputWriteError(f"cannot create {out}: {exc.strerror}") from exc
    rows: list[str] = []
    written: list[Path] = []
    with results.open("rb") as fh:
        for ident, (start, n) in scan.offsets.items():
            fh.seek(start)
            obj = json.loads(fh.readline())
            status = obj.get("status")
            if status == "done":
                try:
                    digest = Digest.model_validate(obj.get("digest"))
                    html = to_html(digest)
                except (ValidationError, ValueError, TypeError) as exc:
                    why = "no digest" if obj.get("digest") is None else "an invalid digest"
                    scan.bad(f"line {n} ({safe_text(ident)}): a done line with {why}")
                    rows.append(_row(ident, (f"unreadable: {type(exc).__name__}", "", ""),
                                     "unreadable"))  # fmt: skip
                    continue
                page = out / page_name(ident)
                _write(page, html)
                written.append(page)
                headline = digest.summary.headline or digest.source.title or ident
                counts = (headline, str(len(digest.claims)), str(len(digest.timeline)))
                rows.append(_row(ident, counts, "done", page.name))
            elif status == "failed":
                rows.append(_row(ident, (_error_text(obj.get("error")), "", ""), "failed"))
            else:
                scan.bad(f"line {n} ({safe_text(ident)}): unknown status")
                rows.append(_row(ident, ("unreadable: unknown status", "", ""), "unreadable"))
    listed = "".join(f"<li>{escape(why)}</li>" for why in scan.unreadable)
    more = scan.unreadable_count - len(scan.unreadable)
    if more > 0:
        listed += f"<li>… and {more} more</li>"
    unreadable = (
        f"<h2>Unreadable lines ({scan.unreadable_count})</h2><ul>{listed}</ul>"
        if scan.unreadable_count else ""
    )  # fmt: skip
    index = _INDEX.format(source=escape(safe_text(results.name)), rows="\n".join(rows),
                          unreadable=unreadable)  # fmt: skip
    _write(out / "index.html", index)
    return written


_INDEX = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>summarizer batch: {source}</title>
<style>body{{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#1f2430}}
table{{border-collapse:collapse}}td,th{{padding:.3rem .8rem;border-bottom:1px solid #ddd;
text-align:left;vertical-align:top}}</style></head>
<body><h1>Batch results: {source}</h1>
<table><tr><th>article</th><th>headline or error</th><th>claims</th><th>events</th>
<th>status</th></tr>
{rows}
</table>
{unreadable}</body></html>
"""
