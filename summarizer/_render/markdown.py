"""Markdown report: quotes as blockquotes, the timeline as a table.

Sections come from the digest's types (``items.sections``), one hook per kind of item;
a kind without a hook is listed plainly, so no section goes unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarizer._digest import Actor, Claim, Digest, Figure, Stance, Summary, TimelineEvent
from summarizer._render.items import Section, abstract_shown, event_shown, plain, sections

Hook = Callable[[Digest, Section], list[str]]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _title(section: Section) -> str:
    return section.field.capitalize()  # "claims" -> "Claims"


def _summary(digest: Digest, section: Section) -> list[str]:
    s: Summary = section.items[0]
    out = [f"# {s.headline or digest.source.title or 'Digest'}", ""]
    if digest.source.published:
        out += [f"*Published {digest.source.published}*", ""]
    if abstract := abstract_shown(s):
        out += [abstract, ""]
    if s.key_points:
        out += ["## Key points", "", *(f"- {p}" for p in s.key_points), ""]
    return out


def _claims(digest: Digest, section: Section) -> list[str]:
    out = [f"## {_title(section)}", ""]
    c: Claim
    for c in section.items:
        who = c.speaker or "The article"
        checked = f" *(checked: {', '.join(c.checks)})*" if c.checks else ""
        out.append(f"**{who}** ({c.kind}): {c.text}{checked}")
        out.append("")
        for e in c.evidence:
            out += [f"> {e.quote}", f"> — sentence {e.sentence}", ""]
    return out


def _stances(digest: Digest, section: Section) -> list[str]:
    out = [f"## {_title(section)}", "", "| Actor | Topic | Stance | Summary |", "|---|---|---|---|"]
    out += [
        f"| {_cell(x.actor)} | {_cell(x.topic)} | {x.stance} | {_cell(x.summary)} |"
        for x in section.items
    ]
    return [*out, ""]


def _timeline(digest: Digest, section: Section) -> list[str]:
    out = [f"## {_title(section)}", "", "| Date | As written | Event |", "|---|---|---|"]
    out += [
        f"| {e.date or 'undated'} | {_cell(e.date_text)} | {_cell(event_shown(e))} |"
        for e in section.items
    ]
    return [*out, ""]


def _figures(digest: Digest, section: Section) -> list[str]:
    out = [
        f"## {_title(section)}",
        "",
        "| Figure | Measures | Stated by | Sentence |",
        "|---|---|---|---|",
    ]
    out += [
        f"| {_cell(f.text)} | {_cell(f.measure)} | {_cell(f.speaker or '—')} | "
        f"{', '.join(str(e.sentence) for e in f.evidence)} |"
        for f in section.items
    ]
    return [*out, ""]


def _plain(digest: Digest, section: Section) -> list[str]:
    return [f"## {_title(section)}", "", *(f"- {plain(x)}" for x in section.items), ""]


HOOKS: dict[type[Any], Hook | None] = {
    Summary: _summary,
    Actor: None,  # named in the other sections
    Claim: _claims,
    Stance: _stances,
    TimelineEvent: _timeline,
    Figure: _figures,
}


def to_markdown(digest: Digest) -> str:
    out: list[str] = []
    for section in sections(digest):
        hook = HOOKS.get(section.type, _plain)
        if hook is not None and (section.items or section.type is Summary):
            out += hook(digest, section)
    m = digest.meta
    out.append(
        f"<sub>{m.model} ({m.backend}), prompt {m.prompt_version}, "
        f"{m.usage.prompt_tokens}+{m.usage.completion_tokens} tokens</sub>"
    )
    return "\n".join(out) + "\n"
