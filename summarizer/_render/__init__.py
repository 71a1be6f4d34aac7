"""Renderers: a digest in, text out.  They read the digest only; none calls the model."""

from summarizer._digest import Digest
from summarizer._render.html import to_html
from summarizer._render.markdown import to_markdown
from summarizer._render.terminal import to_terminal


def to_json(digest: Digest) -> str:
    return digest.model_dump_json(indent=2)


__all__ = ["to_html", "to_json", "to_markdown", "to_terminal"]
