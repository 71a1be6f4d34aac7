"""Where one article's time goes, and what the pipeline buys over one naive call.

    python -m bench.bench_pipeline [--articles seed|gold|all] [--limit N]
                                   [--base-url U --model M] [--skip-naive]

Starts the embedded model server once (unless ``--base-url``), measures its raw
speed with one fixed request, digests each article with ``summarizer.summarize``
and renders it (JSON, Markdown, HTML), then runs the naive baseline
(``bench/naive.py``) on the same model and articles.  Prints aligned text tables
and writes everything to ``bench/results/<timestamp>.json``.  Numbers only: nothing
here asserts.  Timings are wall-clock on a shared machine and therefore noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import openai

from bench.naive import run_naive
from summarizer import Claim, OutputError, Policy, Stance, SummarizerError, TimelineEvent, summarize
from summarizer._grounding import all_evidence, check_digest
from summarizer._render import to_html, to_json, to_markdown

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"
GOLD = ROOT / "eval" / "gold"
RESULTS = Path(__file__).resolve().parent / "results"
STAGES = ("clean", "segment", "extract", "model", "validate", "render")
# A fixed probe: about 300 prompt tokens, 64 generated (ignore_eos), prompt cache off.
SENTENCE = "The city council met on Tuesday to debate the budget; the mayor said it cuts waste. "
PROBE = "Summarise in one sentence. " + SENTENCE * 14


@dataclass(frozen=True)
class Article:
    name: str
    path: Path
    published: str | None


@dataclass(frozen=True)
class Speed:
    prompt_tps: float
    gen_tps: float
    prompt_n: int
    predicted_n: int


def articles(which: str) -> list[Article]:
    found = []
    if which in ("seed", "all"):
        found.append(Article(SEED.stem, SEED, "2017-04-12"))
    if which in ("gold", "all"):
        for folder in sorted(p for p in GOLD.iterdir() if (p / "gold.json").is_file()):
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            found.append(Article(folder.name, folder / gold["input"], gold.get("published")))
    return found


def probe(base_url: str, model: str) -> Speed:
    """The server's own prompt and generation speed on a fixed request (after a warm-up)."""
    client = openai.OpenAI(base_url=base_url, api_key="x", max_retries=0, timeout=300)
    ask: Any = {"model": model, "temperature": 0, "messages": [{"role": "user", "content": PROBE}]}
    ask["extra_body"] = {"cache_prompt": False, "ignore_eos": True}
    # The first request after start pays for page faults and buffers: warm up, then measure.
    for max_tokens in (8, 64):
        done = client.chat.completions.create(**ask, max_tokens=max_tokens)
    timings = (done.model_extra or {}).get("timings")
    if not isinstance(timings, dict):
        raise SystemExit(f"{base_url} reports no llama.cpp `timings`: cannot measure raw speed")
    t = timings
    said = f"{t['prompt_per_second']:.0f} prompt tok/s, {t['predicted_per_second']:.1f} gen tok/s"
    print(f"  raw speed: {said} ({t['prompt_n']} + {t['predicted_n']} tokens)", file=sys.stderr)
    return Speed(t["prompt_per_second"], t["predicted_per_second"], t["prompt_n"], t["predicted_n"])


def bench_article(
    article: Article,
    measure: Callable[[], Speed],
    base_url: str | None,
    model: str | None,
    policy: Policy | None,
) -> dict[str, Any]:
    """One digest, timed; raw speed is probed just before and after it (the load drifts)."""
    before = measure()
    started = time.perf_counter()
    try:
        digest = summarize(article.path, published=article.published, base_url=base_url,
                           model=model, policy=policy, cache=False)  # fmt: skip
    except OutputError as exc:  # every task failed: code's findings still make a digest
        if exc.partial is None:
            raise
        digest = exc.partial
    wall = time.perf_counter() - started
    after = measure()
    # Mean time per token of the two probes (harmonic mean of their speeds).
    prompt_tps = 2 / (1 / before.prompt_tps + 1 / after.prompt_tps)
    gen_tps = 2 / (1 / before.gen_tps + 1 / after.gen_tps)
    rendering = time.perf_counter()
    for render in (to_json, to_markdown, to_html):
        render(digest)
    render_s = time.perf_counter() - rendering
    meta, usage = digest.meta, digest.meta.usage
    stages = {name: meta.timings_s.get(name, 0.0) for name in STAGES[:-1]}
    stages["render"] = render_s
    e2e = wall + render_s
    stages["other"] = e2e - sum(stages.values())  # load, server, prompt, assemble, client
    generation = usage.completion_tokens / gen_tps
    est = usage.prompt_tokens / prompt_tps + generation
    uncached = (usage.prompt_tokens - usage.cached_prompt_tokens) / prompt_tps + generation
    spans = all_evidence(digest)
    items: list[Claim | Stance | TimelineEvent] = [*digest.claims, *digest.stances]
    items += digest.timeline
    return {
        "speed_before_after": [asdict(before), asdict(after)],
        "e2e_s": e2e,
        "stages_s": stages,
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "requests": usage.requests,
        "retries": meta.retries,
        "cached_prompt_tokens": usage.cached_prompt_tokens,
        "raw_model_est_s": est,
        "raw_model_est_uncached_s": uncached,
        "server_model_s": meta.server_model_s,
        "evidence": len(spans),
        "grounded": len(spans) - len(check_digest(digest)),
        "items": len(items),
        "items_by_model": sum(item.method == "model" for item in items),
        "warnings": meta.warnings,
    }


def share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def fmt(value: object) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


Row = tuple[str, dict[str, object]]


def table(title: str, rows: list[Row]) -> str:
    """An aligned plain-text table; the last row (the total) sits under a rule."""
    cells = [["article", *rows[0][1]], *([name, *map(fmt, row.values())] for name, row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]

    def line(row: list[str]) -> str:
        rest = (c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))
        return "  ".join([row[0].ljust(widths[0]), *rest])

    rule = "-" * len(line(cells[0]))
    return "\n".join([title, line(cells[0]), rule, *map(line, cells[1:-1]), rule, line(cells[-1])])


def total(records: list[dict[str, Any]], key: str) -> Any:
    values = [r[key] for r in records if r[key] is not None]
    return sum(values) if values else None


def _time_row(r: dict[str, Any]) -> dict[str, object]:
    return {"e2e": r["e2e_s"], **r["stages_s"]}


def _token_row(r: dict[str, Any]) -> dict[str, object]:
    prompt, cached, server = r["prompt_tokens"], r["cached_prompt_tokens"], r["server_model_s"]
    return {
        "prompt": prompt,
        "compl": r["completion_tokens"],
        "req": r["requests"],
        "re-asks": r["retries"],
        "cached": cached,
        "cached%": share(100 * cached, prompt),
        "est s": r["raw_model_est_s"],
        "server s": server,
        "e2e/est": share(r["e2e_s"], r["raw_model_est_s"]),
        "e2e/server": share(r["e2e_s"], server or 0),
    }


def _versus_row(s: dict[str, Any], n: dict[str, Any]) -> dict[str, object]:
    return {
        "compl S": s["completion_tokens"],
        "compl N": n["completion_tokens"],
        "wall S": s["e2e_s"],
        "wall N": n["wall_s"],
        "grounded S": share(s["grounded"], s["evidence"]),
        "grounded N": share(n["grounded"], n["quotes"]),
        "spans S": s["evidence"],
        "quotes N": n["quotes"],
        "items S": s["items"],
        "by model S": s["items_by_model"],
        "items N": n["items"],
    }


def report(runs: list[dict[str, Any]]) -> str:
    summ = [r["summarizer"] for r in runs]
    pairs = [*((r["name"], r["summarizer"]) for r in runs), ("TOTAL", _totals(summ))]
    out = [
        table("summarizer: wall time by stage (s)", [(a, _time_row(r)) for a, r in pairs]),
        table("summarizer: tokens and model time", [(a, _token_row(r)) for a, r in pairs]),
    ]
    naive = [r["naive"] for r in runs if r["naive"]]
    if naive:
        both = [*((r["name"], r["summarizer"], r["naive"]) for r in runs)]
        both.append(("TOTAL", pairs[-1][1], _naive_totals(naive)))
        rows = [(a, _versus_row(s, n)) for a, s, n in both]
        out.append(table("summarizer (S) vs naive one-call baseline (N)", rows))
        lost = [f"  {r['name']}: {r['naive']['error']}" for r in runs if r["naive"]["error"]]
        if lost:
            out.append("naive answers lost:\n" + "\n".join(lost))
    return "\n\n".join(out)


def _totals(records: list[dict[str, Any]]) -> dict[str, Any]:
    keys = [k for k, v in records[0].items() if isinstance(v, int | float) or v is None]
    out = {k: total(records, k) for k in keys}
    out["stages_s"] = {s: sum(r["stages_s"][s] for r in records) for s in records[0]["stages_s"]}
    return out


def _naive_totals(records: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not records:
        return None
    keys = ("wall_s", "prompt_tokens", "completion_tokens", "requests", "items", "quotes")
    out = {k: total(records, k) for k in (*keys, "grounded")}
    out["grounding_share"] = share(out["grounded"], out["quotes"])
    out["failed"] = sum(r["error"] is not None for r in records)
    return out


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--articles", choices=["seed", "gold", "all"], default="seed")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--base-url", help="an OpenAI-compatible llama.cpp server (default: start the embedded one)"
    )
    parser.add_argument("--model", help="model name for --base-url")
    parser.add_argument("--skip-naive", action="store_true", help="no naive baseline")
    parser.add_argument("--timeout", type=float, help="per-request timeout (s) for summarizer")
    args = parser.parse_args(argv)
    chosen = articles(args.articles)[: args.limit]
    if not chosen:
        parser.error("no articles selected")
    load_start = os.getloadavg()
    if args.base_url:
        base_url, model = args.base_url, args.model
    else:
        from summarizer._backends import llama_server as _embedded

        print("starting the embedded model server", file=sys.stderr)
        base_url, model = _embedded.start(), None  # summarize() reuses it as "embedded"
    served = model or openai.OpenAI(base_url=base_url, api_key="x").models.list().data[0].id

    policy = None  # the library's default, unless a busy machine needs a longer timeout
    if limit := args.timeout:  # re-asks as summarize() picks them: 0 embedded, 2 otherwise
        policy = Policy(2 if args.base_url else 0, timeout_s=limit, transport_deadline_s=3 * limit)
    runs: list[dict[str, Any]] = []
    for i, article in enumerate(chosen, 1):
        run = asdict(article) | {"path": str(article.path.relative_to(ROOT)), "naive": None}
        runs.append(run)
        print(f"[{i}/{len(chosen)}] {article.name}: summarizer ...", file=sys.stderr)
        try:
            run["summarizer"] = bench_article(
                article, partial(probe, base_url, served), args.base_url, model, policy
            )
        except SummarizerError as exc:  # e.g. a timeout: report it, go on with the others
            run["error"] = f"{type(exc).__name__}: {exc}"
            print(f"  failed: {run['error']}", file=sys.stderr)
            continue
        if not args.skip_naive:
            print(f"[{i}/{len(chosen)}] {article.name}: naive ...", file=sys.stderr)
            result = run_naive(article.path.read_text(encoding="utf-8"), base_url=base_url,
                               model=served)  # fmt: skip
            run["naive"] = asdict(result) | {"grounding_share": result.grounding_share}
    done = [r for r in runs if "summarizer" in r]
    if done:
        print(report(done))
    if failed := [f"FAILED {r['name']}: {r['error']}" for r in runs if "error" in r]:
        print("\n".join(failed))
    record = {
        "machine": {"cpus": os.cpu_count(), "loadavg_start_end": [load_start, os.getloadavg()]},
        "base_url": base_url,
        "model": served,
        "embedded": not args.base_url,
        "articles": runs,
        "totals": _totals([r["summarizer"] for r in done]) if done else None,
        "naive_totals": _naive_totals([r["naive"] for r in done if r["naive"]]),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{datetime.now():%Y%m%dT%H%M%S}.json"
    out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {out.relative_to(ROOT)}", file=sys.stderr)
    return 0 if len(done) == len(runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
