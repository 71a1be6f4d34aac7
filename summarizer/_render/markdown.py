"""Markdown report: quotes as blockquotes, the timeline as a table."""

from __future__ import annotations

from summarizer._digest import Digest


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(digest: Digest) -> str:
    s = digest.summary
    out = [f"# {s.headline or digest.source.title or 'Digest'}", ""]
    if digest.source.published:
        out += [f"*Published {digest.source.published}*", ""]
    if s.abstract:
        out += [s.abstract, ""]
    if s.key_points:
        out += ["## Key points", "", *(f"- {p}" for p in s.key_points), ""]
    if digest.claims:
        out += ["## Claims", ""]
        for c in digest.claims:
            who = c.speaker or "The article"
            checked = f" *(checked: {', '.join(c.checks)})*" if c.checks else ""
            out.append(f"**{who}** ({c.kind}): {c.text}{checked}")
            out.append("")
            for e in c.evidence:
                out += [f"> {e.quote}", f"> — sentence {e.sentence}", ""]
    if digest.stances:
        out += ["## Stances", "", "| Actor | Topic | Stance | Summary |", "|---|---|---|---|"]
        out += [
            f"| {_cell(x.actor)} | {_cell(x.topic)} | {x.stance} | {_cell(x.summary)} |"
            for x in digest.stances
        ]
        out.append("")
    if digest.timeline:
        out += ["## Timeline", "", "| Date | As written | Event |", "|---|---|---|"]
        out += [
            f"| {e.date or 'undated'} | {_cell(e.date_text)} | {_cell(e.event)} |"
            for e in digest.timeline
        ]
        out.append("")
    m = digest.meta
    out.append(
        f"<sub>{m.model} ({m.backend}), prompt {m.prompt_version}, "
        f"{m.usage.prompt_tokens}+{m.usage.completion_tokens} tokens</sub>"
    )
    return "\n".join(out) + "\n"
