"""Prompting: render the versioned templates in ``prompts/`` into chat messages.

Every task shares one system message (rules plus the numbered article), so
consecutive calls on one article reuse the server's prompt cache; only the
short task message differs.  The prompt version is the number in
``prompts/VERSION`` plus a hash of the templates, so an edited template can
never pass for the one its cassettes were recorded with.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from summarizer._text.segment import Document

Message = dict[str, str]


def prompts_dir() -> Path:
    """Installed wheels carry the templates inside the package; a checkout has them at the top."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "prompts", here.parent / "prompts"):
        if (candidate / "VERSION").is_file():
            return candidate
    raise FileNotFoundError("prompt templates not found next to the summarizer package")


@cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(prompts_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,  # plain text for a model, not HTML
    )


@cache
def prompt_version() -> str:
    folder = prompts_dir()
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    number = (folder / "VERSION").read_text().strip()
    return f"v{number}+{digest.hexdigest()[:8]}"


def render(name: str, **variables: Any) -> str:
    return _env().get_template(f"{name}.j2").render(**variables).strip()


_DELIMITER = re.compile(r"<(/?)(article)", re.IGNORECASE)


def fenced(text: str) -> str:
    """Article text cannot close (or reopen) the <article> block it is quoted in."""
    return _DELIMITER.sub(lambda m: f"‹{m.group(1)}{m.group(2)}", text)


def messages(task: str, doc: Document, published: str | None, **variables: Any) -> list[Message]:
    sentences = [{"id": s.id, "text": fenced(s.text)} for s in doc.sentences]
    system = render("system", sentences=sentences, published=published)
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": render(task, **variables)},
    ]
