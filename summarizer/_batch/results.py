"""The batch output file and the run's accounting.

The output is JSONL, one line per finished article, appended, flushed and
fsynced the moment it is done, so a SIGKILL loses at most what was in flight.
The last line per id wins (a retried failure supersedes its old line); a torn
last line is cut off before appending resumes, and a run that reaches the end
of its input compacts the file to exactly one line per id, through a temp
file and ``os.replace`` so a kill during compaction loses nothing either.
Reading it back keeps ids only, never digests, so resuming 100,000 articles
stays small.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from summarizer._cache import CACHE_NOTE
from summarizer._digest import Digest
from summarizer._exceptions import BackendError, InputError, OutputWriteError
from summarizer._redact import redact

_FAST = re.compile(rb'^\{"id": ("(?:[^"\\\n]|\\.)*"), "status": "(done|failed)"[,}]')


@dataclass(frozen=True)
class BatchResult:
    """What became of one article: a digest, or the error that stopped it."""

    id: str
    digest: Digest | None = None
    error: Exception | None = None
    url: str | None = None

    @property
    def ok(self) -> bool:
        return self.digest is not None

    @property
    def cached(self) -> bool:
        return self.digest is not None and any(
            w.startswith(CACHE_NOTE) for w in self.digest.meta.warnings
        )

    def record(self) -> dict[str, Any]:
        """The output line; ``id`` and ``status`` first, so resuming can read them cheaply."""
        out: dict[str, Any] = {"id": self.id, "status": "done" if self.ok else "failed"}
        if self.url is not None:
            out["url"] = self.url
        if self.digest is not None:
            out["digest"] = self.digest.model_dump(mode="json")
        else:
            err = self.error
            out["error"] = {"kind": type(err).__name__, "message": redact(str(err))}
        return out


class ResultLog:
    """The output JSONL, locked against a second batch writing the same file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._fh = path.open("a+b")
        except OSError as exc:
            raise OutputWriteError(f"cannot write {path}: {exc.strerror}") from exc
        try:
            import fcntl

            fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # not POSIX: no lock, one batch per output file is on the user
            pass
        except OSError:
            self._fh.close()
            raise OutputWriteError(f"{path} is being written by another batch") from None
        try:
            self.torn = self._repair()
        except OSError as exc:
            self._fh.close()
            raise OutputWriteError(f"cannot write {path}: {exc.strerror}") from exc

    def __enter__(self) -> ResultLog:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._fh.close()

    def _repair(self) -> int:
        """Cut a torn last line (killed mid-write) so the next append starts a clean line."""
        fh = self._fh
        size = end = fh.seek(0, os.SEEK_END)
        while end > 0:
            step = min(1 << 16, end)
            fh.seek(end - step)
            newline = fh.read(step).rfind(b"\n")
            if newline >= 0:
                end = end - step + newline + 1
                break
            end -= step
        if end < size:
            fh.truncate(end)
            os.fsync(fh.fileno())
        return size - end

    def records(self) -> Iterator[tuple[int, str, str]]:
        """(byte offset, id, status) of every readable line, in file order."""
        with self.path.open("rb") as fh:
            offset = 0
            for raw in fh:
                start, offset = offset, offset + len(raw)
                m = _FAST.match(raw)
                if m and raw.endswith(b"}\n"):  # our own line: no need to parse the digest
                    yield start, json.loads(m.group(1)), m.group(2).decode()
                    continue
                try:
                    obj = json.loads(raw)
                except ValueError:
                    continue
                if (
                    isinstance(obj, dict)
                    and isinstance(obj.get("id"), str)
                    and obj.get("status") in ("done", "failed")
                ):
                    yield start, obj["id"], obj["status"]

    def done_ids(self) -> set[str]:
        """Ids whose last line says done: a retried failure's new line supersedes the old."""
        last: dict[str, bool] = {}
        for _, ident, status in self.records():
            last[ident] = status == "done"
        return {ident for ident, done in last.items() if done}

    def append(self, result: BatchResult) -> None:
        line = json.dumps(result.record(), ensure_ascii=False) + "\n"
        # A lone surrogate (an undecodable file name as id) becomes a JSON escape, not a crash.
        try:
            self._fh.write(line.encode("utf-8", "backslashreplace"))
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except OSError as exc:  # disk full, a vanished mount: stop, the input is not at fault
            raise OutputWriteError(f"cannot write {self.path}: {exc.strerror}") from exc

    def compact(self) -> bool:
        """Rewrite the file with one line per id (its last), atomically; False if already so."""
        last: dict[str, int] = {}
        readable = 0
        for offset, ident, _ in self.records():
            last[ident] = offset
            readable += 1
        lines = self._count_lines()
        if readable == len(last) == lines:
            return False
        keep = set(last.values())
        tmp = self.path.with_name(f".{self.path.name}.compacting")
        with self.path.open("rb") as src, tmp.open("wb") as dst:
            offset = 0
            for raw in src:
                if offset in keep:
                    dst.write(raw)
                offset += len(raw)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # the rename itself survives a power cut
        finally:
            os.close(dir_fd)
        return True

    def _count_lines(self) -> int:
        with self.path.open("rb") as fh:
            return sum(1 for _ in fh)


# ---------------------------------------------------------------- accounting


def load_prices(path: Path) -> dict[str, tuple[float, float]]:
    """``{"model": {"prompt": usd_per_1M, "completion": usd_per_1M}}`` -> {model: (p, c)}."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read prices {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise InputError(f"prices {path} is not JSON: {exc}") from exc
    try:
        return {str(m): (float(p["prompt"]), float(p["completion"])) for m, p in data.items()}
    except (AttributeError, KeyError, TypeError, ValueError):
        raise InputError(
            f"prices {path}: expected "
            '{"model": {"prompt": usd_per_1M, "completion": usd_per_1M}}'
        ) from None


@dataclass
class Stats:
    """Counts, tokens and cost of one run, for the progress bar and the final line."""

    prices: dict[str, tuple[float, float]] | None = None
    total: int = 0
    skipped: int = 0  # already done in the output
    duplicates: int = 0  # ids seen earlier in this input
    done: int = 0
    failed: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    unpriced: set[str] = field(default_factory=set)
    streak: int = 0  # backend failures in a row
    stopped: str | None = None
    started: float = field(default_factory=time.perf_counter)

    def stop_if_down(self, result: BatchResult, limit: int) -> bool:
        """After ``limit`` backend failures in a row the server is down: say so, and stop."""
        if self.streak < limit:
            return False
        self.stopped = (
            f"stopped after {self.streak} articles in a row failed with "
            f"{type(result.error).__name__}: {result.error}; the rest are "
            "undone: rerun the same command to resume"
        )
        return True

    def add(self, result: BatchResult) -> None:
        digest = result.digest or getattr(result.error, "partial", None)
        if isinstance(digest, Digest):  # an OutputError's partial digest spent tokens too
            used = digest.meta.usage
            self.prompt_tokens += used.prompt_tokens
            self.completion_tokens += used.completion_tokens
            if self.prices is not None and used.requests:
                price = self.prices.get(digest.meta.model)
                if price is None:
                    self.unpriced.add(digest.meta.model)
                else:
                    self.cost += (used.prompt_tokens * price[0]
                                  + used.completion_tokens * price[1]) / 1e6  # fmt: skip
        if result.ok:
            self.done += 1
            self.cached += result.cached
            self.streak = 0
        else:
            self.failed += 1
            self.streak = self.streak + 1 if isinstance(result.error, BackendError) else 0

    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def per_minute(self) -> float:
        return (self.done + self.failed) / max(self.seconds(), 1e-9) * 60

    def eta_s(self) -> float | None:
        left = self.total - self.skipped - self.duplicates - self.done - self.failed
        rate = self.per_minute() / 60
        return max(left, 0) / rate if rate > 0 else None

    def money(self) -> str:
        if self.prices is None:
            return "est. $? (no --prices)"
        unknown = f" (no price for {', '.join(sorted(self.unpriced))})" if self.unpriced else ""
        return f"est. ${self.cost:.4f}{unknown}"

    def brief(self) -> str:
        """The progress bar's text: short enough for an 80-column terminal next to the bar."""
        eta = self.eta_s()
        parts = [f"done {self.done}", f"failed {self.failed}",
                 f"tokens {self.prompt_tokens}+{self.completion_tokens}"]  # fmt: skip
        if self.prices is not None:
            parts.append(f"est. ${self.cost:.4f}")
        parts.append(f"{self.per_minute():.1f}/min")
        if eta is not None:
            parts.append(f"ETA {int(eta) // 3600}:{time.strftime('%M:%S', time.gmtime(eta))}")
        return ", ".join(parts)

    def line(self) -> str:
        extra = [f"skipped {self.skipped} already done"] if self.skipped else []
        extra += [f"{self.duplicates} duplicate ids ignored"] if self.duplicates else []
        extra += [f"{self.cached} from cache"] if self.cached else []
        return (
            f"done {self.done}, failed {self.failed}, tokens {self.prompt_tokens}+"
            f"{self.completion_tokens}, {self.money()}, {self.seconds():.1f} s, "
            f"{self.per_minute():.1f} articles/min" + ("; " + ", ".join(extra) if extra else "")
        )
