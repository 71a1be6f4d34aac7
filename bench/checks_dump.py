"""Dump every check outcome of the scripted runs as JSON, to prove a speed-up of the
checks changes nothing they decide.

    python -m bench.checks_dump OUT.json            # capable and liar, every fixture
    python -m bench.checks_dump OUT.json --cold     # caches cleared before every run

Runs the pipeline against the scripted capable and liar servers (as
``summarizer eval --scripted`` and tests/test_scripted_models.py do) on every fixture
article and records, per run (tag, article): every call of the checks (the item's text,
what it cites, its threshold and extras, the checks it passed and its failure), whether
each served item reached the digest, and the run's warnings.  The tasks of one article
run concurrently, so a run's calls are sorted: the order they happen in is not a
decision.  Dump before a change and after it, then ``cmp`` the two files.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

from summarizer._checks import Cited, Outcome
from summarizer._checks import clear_caches as clear_check_caches
from summarizer._scripted import acceptance
from summarizer._scripted.fixture import Fixture
from summarizer._scripted.server import ScriptedServer
from summarizer._tasks import context

ROOT = Path(__file__).resolve().parent.parent


def _call(text: str, cited: Cited, threshold: float, extra: dict[str, Any], got: Outcome) -> str:
    """One check call as a line of JSON: what was checked against what, and the outcome."""
    whole = cited.text == cited.article
    return json.dumps(
        {
            "text": text,
            "cited": "<whole article>" if whole else cited.text,
            "names": "<whole article>" if whole else cited.names,
            "speakers": sorted(cited.speakers),
            "times": [(t.start, t.end) for t in cited.times],
            "threshold": threshold,
            "extra": {k: extra[k] for k in sorted(extra)},
            "passed": got.passed,
            "failure": got.failure,
        },
        ensure_ascii=False,
        sort_keys=True,
        default=repr,
    )


def dump(which: str, cold: bool) -> dict[str, Any]:
    """Per run of ``which`` ("capable" or "liar"): its calls, served items and warnings."""
    fixtures = acceptance.fixtures_for(ROOT / "eval" / "scripted", ROOT)
    calls: list[str] = []
    plain = context.GroundingContext.check

    def recorded(
        self: context.GroundingContext, text: str, cited: Cited, threshold: float, **extra: Any
    ) -> Outcome:
        got = plain(self, text, cited, threshold, **extra)
        calls.append(_call(text, cited, threshold, extra, got))
        return got

    runs: dict[str, Any] = {}
    context.GroundingContext.check = recorded  # type: ignore[method-assign]
    try:
        for plan, (tag, serving) in enumerate(acceptance.plans(fixtures, which)):
            for n, fixture in enumerate(serving):
                if cold:
                    clear_check_caches()
                    context._remembering.cache_clear()
                calls.clear()
                if not any(i.tag == tag for i in fixture.items):
                    continue  # as ``acceptance.measure``: nothing of this plan's type here
                got = _serve(fixture, which)
                key = f"{which} {plan:02d} {tag} {n:02d} {fixture.slug}"
                runs[key] = {"calls": sorted(calls), **got}
    finally:
        context.GroundingContext.check = plain  # type: ignore[method-assign]
    return runs


def _serve(fixture: Fixture, which: str) -> dict[str, Any]:
    """One run of one (perhaps distorted) fixture, as ``acceptance.measure`` runs it."""
    server = ScriptedServer([], model=f"scripted-{which}")
    with server.running():
        server.use([fixture])
        digest = asyncio.run(acceptance._digest(fixture, server.base_url, "code"))
        served = sorted(
            (item.index, item.kind, item.tag, item.text,
             acceptance.reached(digest, item, fixture.names_of(item.actor)))
            for item in server.log.served.values()
        )  # fmt: skip
        unresolved = sorted((i.index, i.tag) for i in server.log.unresolved.values())
    # The digest too: which items are the model's, and the checks each passed.
    kept = digest.model_dump(mode="json", exclude={"meta": {"latency_s", "timings_s"}})
    return {"served": served, "unresolved": unresolved, "digest": kept}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--cold", action="store_true", help="clear the checks' caches every run")
    ap.add_argument("--only", choices=("capable", "liar"), help="one model only (debugging)")
    args = ap.parse_args()
    out: dict[str, Any] = {}
    for which in ("capable", "liar"):
        if args.only and which != args.only:
            continue
        out.update(dump(which, args.cold))
    n = sum(len(r["calls"]) for r in out.values())
    Path(args.out).write_text(json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False))
    print(f"{len(out)} runs, {n} check calls dumped to {args.out}")


if __name__ == "__main__":
    main()
