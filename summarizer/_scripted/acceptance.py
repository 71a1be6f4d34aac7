"""Acceptance: which scripted items reached the digest as the model's, per tag.

The scripted server logs every item it served; after the pipeline ran, an item
counts as accepted when the digest holds it as the model's (``method`` model,
the same words), and as dropped otherwise (``meta.warnings`` says why).  The
capable fixture should be accepted almost whole; each distortion type of the
liar almost never.  A liar run distorts one type at a time, and the headline and
the abstract each in a run of their own: a dropped headline takes the abstract and
the key points with it, which would count their lies as caught when they were not.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from summarizer._backends.client import Policy
from summarizer._config import resolve_backend
from summarizer._digest import Digest
from summarizer._exceptions import InputError
from summarizer._pipeline import run
from summarizer._scripted.fixture import CAPABLE, Fixture, Item, load_fixtures
from summarizer._scripted.liar import TYPES, distort
from summarizer._scripted.server import ScriptedServer
from summarizer._verify import check_verify

# Fixtures written after the checks were tuned on the other eight: a check on over-fitting.
HELD_OUT = frozenset({"voa-liberia-ebola-goal", "voa-us-election-2012"})


@dataclass
class Tally:
    served: int = 0
    accepted: int = 0
    unresolved: int = 0
    missed: list[str] = field(default_factory=list)  # accepted liars / dropped capable items
    held_served: int = 0  # of ``served``, on the HELD_OUT fixtures
    held_accepted: int = 0

    @property
    def share(self) -> float:
        return self.accepted / self.served if self.served else 0.0


@dataclass
class Outcome:
    rows: dict[str, Tally]
    warnings: list[str] = field(default_factory=list)
    digests: dict[str, Digest] = field(default_factory=dict)  # capable runs, by slug


def reached(digest: Digest, item: Item, names: tuple[str, ...] = ()) -> bool:
    """Does the digest hold ``item`` as the model wrote it?  ``names``: the stance actor's."""
    s = digest.summary
    if item.kind == "headline":
        return s.method != "code" and s.headline == item.text
    if item.kind == "abstract":
        return s.method != "code" and s.abstract == item.text
    if item.kind == "key_point":
        return s.method != "code" and item.text in s.key_points
    if item.kind == "claim":
        return any(c.method == "model" and c.text == item.text for c in digest.claims)
    if item.kind == "stance":
        return any(
            x.method == "model" and x.summary == item.text and x.topic == item.topic
            and x.stance == item.stance
            and any(_same_actor(x.actor, n) for n in names or (item.actor,))
            for x in digest.stances
        )  # fmt: skip
    return any(e.method == "model" and e.event == item.text for e in digest.timeline)


def _same_actor(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a in b or b in a or a.split()[-1] == b.split()[-1]


def default_folder(gold_dir: Path) -> Path:
    """``eval/scripted`` next to ``eval/gold``."""
    return gold_dir.parent / "scripted"


def fixtures_for(folder: Path, root: Path, slugs: Iterable[str] | None = None) -> list[Fixture]:
    fixtures = load_fixtures(folder / "capable", root)
    if slugs is not None:
        wanted = set(slugs)
        fixtures = [f for f in fixtures if f.slug in wanted]
    return fixtures


def plans(fixtures: Sequence[Fixture], which: str) -> list[tuple[str, list[Fixture]]]:
    """(tag, fixtures to serve) per run: one capable run, or per type two liar runs."""
    if which == "capable":
        return [(CAPABLE, list(fixtures))]
    out = []
    for kind in TYPES:
        for part in ("items", "headline", "abstract"):
            lied = [distort(f, kind, fixtures, part=part) for f in fixtures]
            if any(i.tag == kind for f in lied for i in f.items):
                out.append((kind, lied))
    return out


def measure(
    fixtures: Sequence[Fixture],
    which: str,
    say: Callable[[str], None] = lambda _: None,
    verify: str = "code",
) -> Outcome:
    """Run the pipeline on every fixture's article for every plan; tally per tag."""
    rows: dict[str, Tally] = {}
    outcome = Outcome(rows)
    server = ScriptedServer([], model=f"scripted-{which}")
    with server.running():
        for tag, serving in plans(fixtures, which):
            row = rows.setdefault(tag, Tally())
            for fixture in serving:
                if not any(i.tag == tag for i in fixture.items):
                    continue
                server.use([fixture])
                say(f"{tag}: {fixture.slug}")
                digest = asyncio.run(_digest(fixture, server.base_url, verify))
                if which == "capable":
                    outcome.digests[fixture.slug] = digest
                outcome.warnings.extend(f"{fixture.slug}: {w}" for w in digest.meta.warnings)
                for item in server.log.served.values():
                    if item.tag != tag:
                        continue
                    row.served += 1
                    ok = reached(digest, item, fixture.names_of(item.actor))
                    row.accepted += ok
                    if fixture.slug in HELD_OUT:
                        row.held_served += 1
                        row.held_accepted += ok
                    if ok != (tag == CAPABLE):
                        row.missed.append(f"{fixture.slug} {item.kind}: {item.text}")
                row.unresolved += sum(i.tag == tag for i in server.log.unresolved.values())
    return outcome


async def _digest(fixture: Fixture, base_url: str, verify: str = "code") -> Digest:
    """No re-asks: a scripted model answers a re-ask exactly as before, and the final
    attempt drops exactly what the first would have re-asked about.  ``verify`` "off"
    measures ``support()`` alone."""
    backend = resolve_backend(base_url=base_url, model="scripted", api_key="none")
    policy = Policy(reasks=0, verify=check_verify(verify))
    return await run(fixture.source, published=fixture.published, backend=backend, policy=policy)


def table(rows: dict[str, Tally]) -> str:
    """One aligned row per tag: served, accepted, share, anchors that did not resolve, and
    accepted/served on the fixtures the checks were tuned on and on the held-out ones."""
    head = ["items", "served", "accepted", "share", "unresolved", "tuning", "held out"]

    def part(accepted: int, served: int) -> str:
        return f"{accepted}/{served} {accepted / served:.0%}" if served else "-"

    body = [
        [tag, str(t.served), str(t.accepted), f"{t.share:.0%}", str(t.unresolved),
         part(t.accepted - t.held_accepted, t.served - t.held_served),
         part(t.held_accepted, t.held_served)]
        for tag, t in rows.items()
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        rest = (c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([cells[0].ljust(widths[0]), *rest]).rstrip()

    return "\n".join([line(head), "-" * len(line(head)), *(line(r) for r in body)])


def repo_root(folder: Path) -> Path:
    """Fixture ``source`` paths are relative to the repository holding ``eval/``."""
    return folder.resolve().parent.parent


def report(gold_dir: Path, which: str, say: Callable[[str], None]) -> int:
    """``summarizer eval GOLD --scripted capable|liar``: print the acceptance table."""
    import sys

    folder = default_folder(gold_dir)
    fixtures = fixtures_for(folder, repo_root(folder))
    if not fixtures:
        raise InputError(f"no scripted fixtures under {folder / 'capable'}")
    say(f"summarizer: scripted {which} model, {len(fixtures)} articles")
    outcome = measure(fixtures, which, say=lambda m: say(f"  {m}"))
    for tag, row in outcome.rows.items():  # what to look at: the checks' misses
        verdict = "dropped" if tag == CAPABLE else "accepted"
        for line in row.missed:
            say(f"{tag} {verdict}: {line}")
    if which == CAPABLE:  # and why capable items were dropped
        for line in outcome.warnings:
            say(f"warning: {line}")
    sys.stdout.write(table(outcome.rows) + "\n")
    return 0
