"""Hostile input: seconds per MB of each of code's stages, and peak memory per input byte.

    python -m bench.bench_hostile                     # about 2-4 minutes on 2 busy cores
    python -m bench.bench_hostile --sizes 250000,1000000 --shapes quotes,dates

Each shape is generated (nothing stored), at each size, in a child process of its own:
the child builds the text, resets its memory high-water mark (``/proc/self/clear_refs``),
runs load, clean, segment, actors, quotes, claims, dates, extractive and assemble (the
digest built and its spans checked, as the pipeline does) with no model, and prints the
CPU seconds of each stage and its peak RSS above what it held before. Targets: at most
1 s per MB of input for all of code's work, and peak RSS at most 10x the input. Numbers,
never assertions. ``gold`` is every eval/gold article (and the seed) run one by one;
``normal`` is those articles joined into one long article.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LEAD = (
    "Officials in Geneva said on Tuesday that the talks would resume next week, after a "
    "pause of several days that worried diplomats and observers alike.\n\n"
)
_SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vu", "ne", "di", "bor"]


# Imports and first calls are no cost per MB: dateparser compiles its patterns on first
# use, so the warm-up also holds the relative dates that reach it.
WARM_UP = (
    LEAD + '"It was good," Smith said on Monday. Three days ago and two weeks ago the '
    "ministry said so; a year ago, last month and 10 days ago it did not.\n"
)


def _fill(unit: Callable[[int], str], size: int, sep: str = "") -> str:
    """LEAD, then ``unit(i)`` for i = 0, 1, ... until the text has ``size`` characters."""
    out, n, i = [LEAD], len(LEAD), 0
    while n < size:
        piece = unit(i) + sep
        out.append(piece)
        n, i = n + len(piece), i + 1
    return "".join(out)[:size]


def _surname(i: int) -> str:
    """A distinct surname per ``i``: thousands of different speakers."""
    out = ""
    for _ in range(4):
        out, i = out + _SYLLABLES[i % 10], i // 10
    return out.capitalize()


def long_line(size: int) -> str:
    """One line without spaces: letters, digits and URL punctuation."""
    r = random.Random(1)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789.-/:"
    return LEAD + "".join(r.choice(alphabet) for _ in range(size - len(LEAD)))


def token(size: int) -> str:
    """One word of ``size`` letters."""
    return LEAD + ("abcdefghij" * (size // 10 + 1))[: size - len(LEAD)]


def base64_text(size: int) -> str:
    """A paragraph of base64 after a sentence."""
    r = random.Random(2)
    data = base64.b64encode(r.randbytes(size * 3 // 4 + 3)).decode()
    return LEAD + "The attachment follows: " + data[: size - len(LEAD) - 24]


def base64_html(size: int) -> str:
    """The same inside an HTML page (trafilatura extracts it)."""
    body = base64_text(size - 200).split("\n\n")
    return (
        "<!doctype html><html><head><title>Talks resume</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</article></body></html>"
    )


def dates(size: int) -> str:
    """Thousands of dated phrases, weekdays stated with full dates."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    months = ["January", "March", "June", "October", "December"]
    return _fill(
        lambda i: f"They met on {days[i % 5]}, {months[i % 5]} {i % 28 + 1}, {2000 + i % 20}.",
        size,
        " ",
    )


def said(size: int) -> str:
    """Thousands of 'X said' sentences, each by a different person."""
    return _fill(lambda i: f"Officer John {_surname(i)} said the plan was good.", size, " ")


def quotes(size: int) -> str:
    """Quotation marks of every kind mixed with words, in one paragraph."""
    r = random.Random(3)
    words = ["the", "plan", "said", "Smith", "good", "\u201c", '"', "\u201d", "'", "it", "\u2018a"]
    return _fill(lambda _: r.choice(words), size, " ")


def unattributed(size: int) -> str:
    """Thousands of quoted sentences, no speaker named, in one paragraph."""
    return _fill(lambda i: f'"Plan {i} is not fine at all."', size, " ")


def capitals(size: int) -> str:
    """One sentence of capitalised words (a lowercase word keeps it prose): no body's head."""
    text = _fill(lambda i: "They said" if i == 0 else f"Kalo{_SYLLABLES[i % 10]}", size - 1, " ")
    return text.rstrip() + "."


_HEAD = "Storm hits the coast\nThe storm hit the coast on Tuesday night\nVideo: the storm arrives"


def repeats(size: int) -> str:
    """A page's title, summary and a video's title, then the summary repeated on every other
    line: the page header the story restarts after is looked for once, near the top."""
    summary = _HEAD.split("\n")[1]
    return _fill(
        lambda i: _HEAD if i == 0 else summary if i % 2 else f"Crews cleared road {i}, they said.",
        size,
        "\n",
    )


def normal(size: int) -> str:
    """The gold articles (and the seed), cleaned of page chrome (whose "comments" or author
    card would end the story), joined into one long normal article.  Each paragraph of the
    n-th copy ends with "Copy n.": else cleaning drops the copies' lines as repeated chrome
    and a large input measures almost nothing but cleaning."""
    from summarizer._text.cleaning import clean

    texts = [clean(p.read_text(encoding="utf-8")).text.split("\n\n") for p in _articles()]

    def copy(i: int) -> str:
        return "\n\n".join(f"{p} Copy {i // len(texts)}." for p in texts[i % len(texts)])

    return _fill(copy, size, "\n\n")


def _articles() -> list[Path]:
    return sorted(ROOT.glob("examples/*.txt")) + sorted(ROOT.glob("eval/gold/*/article.txt"))


SHAPES: dict[str, Callable[[int], str]] = {
    "long_line": long_line,
    "token": token,
    "base64": base64_text,
    "base64_html": base64_html,
    "dates": dates,
    "said": said,
    "quotes": quotes,
    "unattributed": unattributed,
    "capitals": capitals,
    "repeats": repeats,
    "normal": normal,
}
STAGES = (
    "load", "clean", "segment", "actors", "quotes", "claims", "dates", "extractive", "assemble",
)  # fmt: skip


def stage_times(text: str, day: date | None = date(2020, 3, 4)) -> dict[str, float]:
    """CPU seconds of each of code's stages on ``text`` (no model, no prepare checks)."""
    from summarizer._digest import Digest, Meta, Source, Usage
    from summarizer._extract.actors import find_actors
    from summarizer._extract.claims import find_candidates
    from summarizer._extract.dates import find_time_expressions
    from summarizer._extract.extractive import extractive_summary
    from summarizer._extract.quotes import find_quotes
    from summarizer._grounding import check_digest
    from summarizer._input.loading import load
    from summarizer._tasks import claims, findings, summary, timeline
    from summarizer._text.cleaning import clean
    from summarizer._text.segment import segment

    spent: dict[str, float] = {}
    clock = time.process_time

    def timed(name: str, work: Callable[[], Any]) -> Any:
        started = clock()
        out = work()
        spent[name] = clock() - started
        return out

    raw = timed("load", lambda: load(text))
    cleaned = timed("clean", lambda: clean(raw.text))
    doc = timed("segment", lambda: segment(cleaned.text, cleaned.title))
    actors = timed("actors", lambda: find_actors(doc))
    found = timed("quotes", lambda: find_quotes(doc, actors))
    cands = timed("claims", lambda: find_candidates(doc, actors, found))
    times = timed("dates", lambda: find_time_expressions(doc.text, day))
    extract = timed("extractive", lambda: extractive_summary(doc, actors))

    def assemble() -> Any:
        mentioned = findings.actor_sentences(doc, actors)
        dated = timeline.dated_candidates(doc, times)
        digest = Digest(
            source=Source(title=doc.title, published=None, chars=len(doc.text), sha256="0" * 64,
                          text=doc.text),
            summary=summary.summary(doc, None, extract),
            actors=findings.actors(doc, actors),
            claims=claims.claims(cands, None),
            stances=[],
            timeline=timeline.timeline(doc, dated, None, lambda n: n, mentioned),
            meta=Meta(model="none", backend="none", prompt_version="v", usage=Usage(),
                      retries=0, latency_s=0.0, warnings=[]),
        )  # fmt: skip
        return check_digest(digest)

    timed("assemble", assemble)
    return spent


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child(shape: str, size: int) -> None:
    """Run one shape at one size; print a JSON line (stage seconds, bytes, RSS KiB)."""
    import summarizer._input.html_text  # noqa: F401  (imports before the baseline: not the input's cost)

    if shape == "gold":
        texts = [p.read_text(encoding="utf-8") for p in _articles()]
    else:
        texts = [SHAPES[shape](size)]
    stage_times(WARM_UP)  # imports and first calls
    if Path("/proc/self/clear_refs").exists():
        Path("/proc/self/clear_refs").write_text("5")
    before = _status_kib("VmRSS")
    total: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    for text in texts:
        for name, seconds in stage_times(text).items():
            total[name] += seconds
    peak = _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sizes = [len(t.encode("utf-8")) for t in texts]
    print(json.dumps({"stages": total, "bytes": sum(sizes), "largest": max(sizes),
                      "rss_kib": peak - before}))  # fmt: skip


def run(shape: str, size: int, timeout: float) -> dict[str, Any] | None:
    cmd = [sys.executable, "-m", "bench.bench_hostile", "--child", shape, str(size)]
    try:
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if out.returncode != 0:
        print(out.stderr[-2000:], file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def one_sentence(size: int) -> str:
    """Words, names, speech verbs and dates with no full stop: one sentence of ``size``."""
    r = random.Random(5)
    words = ("the plan officials Smith said on Tuesday Geneva talks would resume and "
             "Minister John March 3, 2005 that United Nations Council agreed with Russia"
             ).split()  # fmt: skip
    return ("Officials said " + " ".join(r.choice(words) for _ in range(size // 5)))[:size] + "."


def model_side(size: int) -> None:
    """One sentence of ``size`` through the whole pipeline against a fake server that answers
    at once: requests, prompt characters, wall and CPU seconds (code's work included)."""
    from bench.bench_batch import AnswerServer
    from summarizer import summarize

    prompts: list[int] = []

    class Counting(AnswerServer):
        def reply(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
            prompts.append(len(json.dumps(body["messages"])))
            return super().reply(body)

    text = one_sentence(size)
    with Counting() as server:
        wall, cpu = time.perf_counter(), time.process_time()
        summarize(text, published="2020-03-04", base_url=server.base_url, api_key="x",
                  model="fake", cache=False)  # fmt: skip
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"| one sentence | {len(text):,} B | {len(prompts)} | {max(prompts):,} | "
          f"{sum(prompts):,} | {wall:.1f} s | {cpu:.1f} s |")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sizes", default="250000,1000000,4000000", help="input sizes in bytes")
    ap.add_argument("--shapes", default=",".join(["gold", *SHAPES]))
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per child")
    ap.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    ap.add_argument("--model-side", type=int, metavar="SIZE",
                    help="one sentence of SIZE bytes against an instant fake server")  # fmt: skip
    args = ap.parse_args(argv)
    if args.model_side:
        print("| input | size | requests | largest prompt (chars) | all prompts | wall | CPU |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        model_side(args.model_side)
        return
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    print("| shape | input | " + " | ".join(STAGES) + " | all code | s/MB | RSS/input |")
    print("|---|---:|" + "---:|" * (len(STAGES) + 3))
    for shape in args.shapes.split(","):
        for size in [0] if shape == "gold" else map(int, args.sizes.split(",")):
            got = run(shape, size, args.timeout)
            if got is None:
                print(f"| {shape} | {size:,} B | killed or failed after {args.timeout:.0f} s |")
                continue
            stages: dict[str, float] = got["stages"]
            mb = int(got["bytes"]) / 1e6
            spent = sum(stages.values())
            rss = int(got["rss_kib"]) * 1024 / int(got["largest"])
            cells = " | ".join(f"{stages[s] / mb:.2f}" for s in STAGES)
            print(
                f"| {shape} | {int(got['bytes']):,} B | {cells} | {spent:.2f} s | "
                f"{spent / mb:.2f} | {rss:.1f}x |",
                flush=True,
            )
    print("\nStage columns are CPU seconds per MB of input; RSS/input is the peak RSS above the")
    print("child's baseline over the (largest) input's bytes.")


if __name__ == "__main__":
    main()
