"""Start-up cost: ``--version``, ``--help`` and a ``--no-model`` digest of the seed.

    python -m bench.bench_startup [--runs 10]

Each command runs ``--runs`` times as a fresh process (hyperfine-style: the
first run warms the file cache and is discarded); prints min, median and max
wall time, then which heavy libraries ``import summarizer`` loads (none should:
they load where a model is called).  Numbers only, nothing asserts.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"
CLI = [sys.executable, "-m", "summarizer"]
COMMANDS = {
    "--version": [*CLI, "--version"],
    "--help": [*CLI, "--help"],
    "summarize --no-model (seed)": [*CLI, "summarize", str(SEED), "--no-model", "--json", "-q"],
    "import summarizer": [sys.executable, "-c", "import summarizer"],
}
HEAVY = ("openai", "instructor", "tenacity", "httpx2", "rich", "dateparser", "jinja2", "pydantic")


def timed(cmd: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall seconds and CPU seconds (user + system) per run: CPU time hardly depends on load."""
    env = {**os.environ, "SUMMARIZER_CACHE": "0"}
    wall, cpu = [], []
    for n in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if n:  # the first run warms the page cache
            wall.append(time.perf_counter() - started)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall, cpu


def loaded_by(statement: str) -> list[str]:
    code = f"import sys\n{statement}\nprint('LOADED', *(m for m in {HEAVY!r} if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    line = next((x for x in run.stdout.splitlines() if x.startswith("LOADED")), "LOADED ?")
    return line.split()[1:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.runs} runs each")
    print(f"{'command':32} {'min s':>7} {'median s':>9} {'max s':>7} {'median CPU s':>13}")
    for name, cmd in COMMANDS.items():
        times, cpu = timed(cmd, args.runs)
        print(f"{name:32} {min(times):7.3f} {statistics.median(times):9.3f} {max(times):7.3f} "
              f"{statistics.median(cpu):13.3f}")  # fmt: skip
    print("heavy modules loaded by `import summarizer`:", loaded_by("import summarizer") or "none")
    print("... by `summarizer --version`:", loaded_by(
        "sys.argv=['summarizer','--version']\ntry:\n import summarizer._cli as c; c.main()\n"
        "except SystemExit: pass") or "none")  # fmt: skip


if __name__ == "__main__":
    main()
