"""Readable terminal output with rich: what a person wants to see first."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer._digest import Digest, Evidence


def _where(evidence: list[Evidence]) -> str:
    return ", ".join(f"[{e.sentence}]" for e in evidence)


def to_terminal(digest: Digest, console: Console) -> None:
    s = digest.summary
    head = Text(s.headline or "(no headline)", style="bold")
    body = [head]
    if s.abstract:
        body.append(Text(s.abstract))
    if s.key_points:
        body.append(Text("\n".join(f"• {p}" for p in s.key_points)))
    title = digest.source.title or "Digest"
    console.print(Panel(Group(*body), title=escape(title), subtitle=digest.source.published))

    if digest.claims:
        t = Table(title="Claims", show_lines=False, expand=True)
        t.add_column("Speaker", style="cyan", no_wrap=True)
        t.add_column("Kind", style="magenta")
        t.add_column("Claim")
        t.add_column("Evidence", style="dim")
        for c in digest.claims:
            quote = c.evidence[0].quote if c.evidence else ""
            t.add_row(
                escape(c.speaker or "—"),
                c.kind,
                escape(c.text),
                f"{_where(c.evidence)} “{escape(quote[:120])}”",
            )
        console.print(t)

    if digest.stances:
        t = Table(title="Stances", expand=True)
        t.add_column("Actor", style="cyan")
        t.add_column("Topic")
        t.add_column("Stance", style="magenta")
        t.add_column("Summary")
        t.add_column("Sentences", style="dim")
        for st in digest.stances:
            t.add_row(
                escape(st.actor),
                escape(st.topic),
                st.stance,
                escape(st.summary),
                _where(st.evidence),
            )
        console.print(t)

    if digest.timeline:
        t = Table(title="Timeline", expand=True)
        t.add_column("Date", style="green", no_wrap=True)
        t.add_column("As written", style="dim")
        t.add_column("Event")
        t.add_column("Actors", style="cyan")
        for e in digest.timeline:
            t.add_row(
                e.date or "undated",
                escape(e.date_text),
                escape(e.event),
                escape(", ".join(e.actors)),
            )
        console.print(t)

    m = digest.meta
    console.print(
        f"[dim]{escape(m.model)} ({m.backend}) · prompt {m.prompt_version} · "
        f"{m.usage.requests} requests, {m.usage.prompt_tokens}+{m.usage.completion_tokens} tokens"
        f" · {m.retries} retries · {m.latency_s:.1f}s · {len(m.warnings)} warnings[/dim]"
    )
