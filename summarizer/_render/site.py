"""A batch's results as pages: one evidence report per done article, and an index.

Reads the results JSONL a batch wrote (the last line per id wins, a torn last
line is skipped) and only renders: no model is called.  Lines are located in a
first pass and parsed one at a time, so a large batch is not held in memory.
"""

from __future__ import annotations

import hashlib
import json
import re
from html import escape
from pathlib import Path

from summarizer._digest import Digest
from summarizer._exceptions import InputError
from summarizer._render.html import to_html


def page_name(ident: str) -> str:
    """A safe, unique file name for an article id (ids may hold any characters)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", ident)[:80].strip("._") or "article"
    return f"{stem}-{hashlib.sha256(ident.encode()).hexdigest()[:8]}.html"


def _last_lines(results: Path) -> dict[str, int]:
    offsets: dict[str, int] = {}
    try:
        with results.open("rb") as fh:
            offset = 0
            for raw in fh:
                start, offset = offset, offset + len(raw)
                try:
                    obj = json.loads(raw)
                except ValueError:
                    continue  # a line torn by a killed batch
                if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                    offsets[obj["id"]] = start
    except OSError as exc:
        raise InputError(f"cannot read {results}: {exc.strerror}") from exc
    return offsets


def write_site(results: Path, out: Path) -> list[Path]:
    """Write ``out/<page>.html`` per done article and ``out/index.html``; return the pages."""
    offsets = _last_lines(results)
    out.mkdir(parents=True, exist_ok=True)
    rows: list[str] = []
    written: list[Path] = []
    with results.open("rb") as fh:
        for ident, start in offsets.items():
            fh.seek(start)
            obj = json.loads(fh.readline())
            if obj.get("status") == "done":
                digest = Digest.model_validate(obj["digest"])
                page = out / page_name(ident)
                page.write_text(to_html(digest), encoding="utf-8")
                written.append(page)
                headline = digest.summary.headline or digest.source.title or ident
                rows.append(
                    f'<tr><td><a href="{escape(page.name, quote=True)}">{escape(ident)}</a></td>'
                    f"<td>{escape(headline)}</td><td>{len(digest.claims)}</td>"
                    f"<td>{len(digest.timeline)}</td><td>done</td></tr>"
                )
            else:
                error = obj.get("error") or {}
                reason = f"{error.get('kind', 'failed')}: {error.get('message', '')}"
                rows.append(
                    f"<tr><td>{escape(ident)}</td><td>{escape(reason)}</td>"
                    f"<td></td><td></td><td>failed</td></tr>"
                )
    index = out / "index.html"
    index.write_text(_INDEX.format(source=escape(results.name), rows="\n".join(rows)), "utf-8")
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
</table></body></html>
"""
