"""Readable terminal output with rich: what a person wants to see first.

Sections come from the digest's types (``items.sections``); each kind of item has a
hook here, and a kind without one is listed plainly, so no section goes unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer._digest import Actor, Claim, Digest, Evidence, Figure, Stance, Summary
from summarizer._digest import TimelineEvent as Event
from summarizer._render.items import Section, abstract_shown, event_shown, plain, sections

Hook = Callable[[Digest, Section, Console], None]


def _where(evidence: list[Evidence]) -> str:
    return ", ".join(f"[{e.sentence}]" for e in evidence)


def _summary(digest: Digest, section: Section, console: Console) -> None:
    s: Summary = section.items[0]
    head = Text(s.headline or "(no headline)", style="bold")
    body = [head]
    if abstract := abstract_shown(s):
        body.append(Text(abstract))
    if s.key_points:
        body.append(Text("\n".join(f"• {p}" for p in s.key_points)))
    title = digest.source.title or "Digest"
    console.print(Panel(Group(*body), title=escape(title), subtitle=digest.source.published))


def _claims(digest: Digest, section: Section, console: Console) -> None:
    t = Table(title=section.field.capitalize(), show_lines=False, expand=True)
    t.add_column("Speaker", style="cyan", no_wrap=True)
    t.add_column("Kind", style="magenta")
    t.add_column("Claim")
    t.add_column("Evidence", style="dim")
    c: Claim
    for c in section.items:
        quote = c.evidence[0].quote if c.evidence else ""
        t.add_row(
            escape(c.speaker or "—"),
            c.kind,
            escape(c.text),
            f"{_where(c.evidence)} “{escape(quote[:120])}”",
        )
    console.print(t)


def _stances(digest: Digest, section: Section, console: Console) -> None:
    t = Table(title=section.field.capitalize(), expand=True)
    t.add_column("Actor", style="cyan")
    t.add_column("Topic")
    t.add_column("Stance", style="magenta")
    t.add_column("Summary")
    t.add_column("Sentences", style="dim")
    st: Stance
    for st in section.items:
        t.add_row(
            escape(st.actor), escape(st.topic), st.stance, escape(st.summary), _where(st.evidence)
        )
    console.print(t)


def _timeline(digest: Digest, section: Section, console: Console) -> None:
    t = Table(title=section.field.capitalize(), expand=True)
    t.add_column("Date", style="green", no_wrap=True)
    t.add_column("As written", style="dim")
    t.add_column("Event")
    t.add_column("Actors", style="cyan")
    e: Event
    for e in section.items:
        shown = (e.date or "undated", e.date_text, event_shown(e), ", ".join(e.actors))
        t.add_row(*(escape(c) for c in shown))
    console.print(t)


def _figures(digest: Digest, section: Section, console: Console) -> None:
    t = Table(title=section.field.capitalize(), expand=True)
    t.add_column("Figure", style="green")
    t.add_column("Measures")
    t.add_column("Stated by", style="cyan")
    t.add_column("Sentence", style="dim")
    f: Figure
    for f in section.items:
        t.add_row(escape(f.text), escape(f.measure), escape(f.speaker or "—"), _where(f.evidence))
    console.print(t)


def _plain(digest: Digest, section: Section, console: Console) -> None:
    t = Table(title=section.field.capitalize(), expand=True)
    t.add_column("Item")
    for x in section.items:
        t.add_row(escape(plain(x)))
    console.print(t)


HOOKS: dict[type[Any], Hook | None] = {
    Summary: _summary,
    Actor: None,  # named in the other sections
    Claim: _claims,
    Stance: _stances,
    Event: _timeline,
    Figure: _figures,
}


def to_terminal(digest: Digest, console: Console) -> None:
    for section in sections(digest):
        hook = HOOKS.get(section.type, _plain)
        if hook is not None and (section.items or section.type is Summary):
            hook(digest, section, console)
    m = digest.meta
    console.print(
        f"[dim]{escape(m.model)} ({m.backend}) · prompt {m.prompt_version} · "
        f"{m.usage.requests} requests, {m.usage.prompt_tokens}+{m.usage.completion_tokens} tokens"
        f" · {m.retries} retries · {m.latency_s:.1f}s · {len(m.warnings)} warnings[/dim]"
    )
