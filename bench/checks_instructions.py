"""Instructions per cold replay of one article's checks, counted by callgrind: load-free.

    python -m bench.checks_instructions [OTHER_CHECKOUT] [--only tillerson] [--replays 3]

On a machine shared with other work, CPU time drifts by a fifth from one minute to the
next; the instructions a replay executes do not.  Each checkout (this one, and the other
if given, side by side) runs in a child under ``valgrind --tool=callgrind`` with
PYTHONHASHSEED=0: it records every ``check_item`` call of the scripted capable runs of
the fixtures whose slug holds ``--only`` (as ``ab_checks.record``), then replays them cold
``--replays`` times, callgrind instrumenting and collecting only during the replays (client
requests from a tiny C library compiled here with the system's ``valgrind/callgrind.h``).
Each replay starts after a full collection: otherwise one of the recording's heap (~200k
objects, ~80 M instructions) fell inside a replay in some runs and not others (the seed
read 56.6 or 84.5 M, run to run), and the calls of each article are replayed in one order
(``_order``), not the order its tasks happened to finish in, after one replay not counted
(the patterns ``re`` compiles on demand, which its cache may or may not still hold after
the recording, compiled).  Printed: instructions per
replay (all its articles), and the ratio this / other.  Counts repeat to a few in a
million from run to run; they do not see the CPU's caches, which inside the pipeline make
the same calls ~2x slower (bench/README.md).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

_REQUESTS = """
#include <valgrind/callgrind.h>
void toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
void start(void) { CALLGRIND_START_INSTRUMENTATION; }
"""
_HERE = Path(__file__).resolve()


def _requests() -> Any:
    """``toggle()`` starts or stops collecting, ``start()`` instrumenting (the recording
    runs uninstrumented, ~50x faster); both no-ops outside valgrind."""
    folder = Path(tempfile.mkdtemp(prefix="cg_requests"))
    (folder / "r.c").write_text(_REQUESTS)
    out = folder / "r.so"
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(out), str(folder / "r.c")],
                   check=True)  # fmt: skip
    return ctypes.CDLL(str(out))


def child(only: str, replays: int) -> None:
    """Record, then replay cold ``replays`` times with callgrind collecting (in valgrind)."""
    import gc

    import summarizer._checks as checks
    from bench.ab_checks import record  # the checkout's own recorder (PYTHONPATH)
    from bench.bench_checks import clear_caches

    calls = {slug: sorted(c, key=_order) for slug, c in record().items() if only in slug}
    requests = _requests()
    for k in range(replays + 1):  # the first not counted: what it compiles stays compiled
        if k == 1:
            requests.start()
        for replay in calls.values():
            clear_caches()
            for _t, cited, _kw in replay:
                if cited.locate is not None:
                    cited.locate.__self__._located.clear()
            gc.collect()  # no full collection of the recording's heap inside a replay
            requests.toggle()
            for text, cited, kw in replay:
                checks.check_item(text, cited, **kw)
            requests.toggle()
    print(f"{len(calls)} articles, {sum(map(len, calls.values()))} calls")


def _order(call: tuple[str, Any, dict[str, Any]]) -> tuple[str, ...]:
    """One order of an article's calls whatever order its tasks finished in: which item
    reads a sentence first moved a replay's count by ~1% from run to run."""
    text, cited, kw = call
    plain = sorted((k, repr(v)) for k, v in kw.items() if isinstance(v, str | tuple | bool))
    return (text, cited.text, cited.names, repr(plain))


def count(checkout: Path, only: str, replays: int) -> tuple[subprocess.Popen[str], Path]:
    """A child counting ``checkout``'s instructions (its ``summarizer`` and ``bench``)."""
    out = Path(tempfile.mkdtemp(prefix="cg_out")) / "callgrind.out"
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0"}
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--instr-atstart=no",
           f"--callgrind-out-file={out}", sys.executable, str(_HERE), "--child",
           "--only", only, "--replays", str(replays)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)  # fmt: skip
    return proc, out


def instructions(child: tuple[subprocess.Popen[str], Path], replays: int) -> int:
    """The child's instructions per replay, from its callgrind file's totals."""
    proc, out = child
    proc.wait()
    text = out.read_text()
    found = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
    if proc.returncode or found is None:
        sys.exit(f"checks_instructions: the child failed ({proc.returncode})")
    return int(found.group(1)) // replays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, nargs="?", help="another checkout to compare")
    parser.add_argument("--only", default="tillerson", help="fixtures whose slug holds this")
    parser.add_argument("--replays", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.only, args.replays)
        return
    this = _HERE.parent.parent
    procs = {"this": count(this, args.only, args.replays)}
    if args.other is not None:
        procs["other"] = count(args.other.resolve(), args.only, args.replays)
    got = {name: instructions(p, args.replays) for name, p in procs.items()}
    line = ", ".join(f"{name} {n / 1e6:.2f} M" for name, n in got.items())
    ratio = f"; ratio {got['this'] / got['other']:.3f}" if "other" in got else ""
    print(f"instructions per cold replay of the checks ({args.only!r}): {line}{ratio}")


if __name__ == "__main__":
    main()
