"""What ``summarizer batch --engine ray`` reads and writes: JSONL or Parquet, by suffix.

Input JSONL is read by Ray as lines and parsed by the local batch's ``item_from``,
so a bad line is a failed row, as in the local batch, not a failed job.  Output
JSONL goes through the local batch's ``ResultLog``: a line appended and fsynced
per row as rows stream out of the cluster, so a SIGKILL loses only rows in
flight and the re-run skips the rest.  Parquet is a file written whole: the old
file's rows are kept, the new rows are streamed into a temp file beside it
(memory stays flat), and the temp file replaces the old one only at the end, so
a run killed mid-way leaves the old file as it was and loses that run's rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from summarizer._batch.local import Item, item_from
from summarizer._batch.results import BatchResult, ResultLog
from summarizer._exceptions import InputError

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data

log = logging.getLogger("summarizer")
ROW_GROUP = 512  # Parquet rows buffered per write
READ_CPUS = 0.25  # reading is light; the actors must not starve it of CPUs
_ARTICLE = ("id", "text", "path", "url", "published", "problem")


def utf8(text: str | None) -> str | None:
    """Arrow strings are UTF-8: a lone surrogate (an undecodable file name) becomes an escape."""
    return None if text is None else text.encode("utf-8", "backslashreplace").decode("utf-8")


def _parse_lines(batch: pa.Table, base: str, allowed: list[str]) -> pa.Table:
    """JSONL lines as article rows; a bad line becomes a row with its ``problem``.

    Ray reads lines without their numbers, so a line with no usable id is named
    by a hash of its text (``line-<12 hex>``), the same on every run.
    """
    import pyarrow as pa

    rows = []
    for raw in batch.column("text").to_pylist():
        fallback = "line-" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        try:
            item = item_from(json.loads(raw), fallback, Path(base), [Path(a) for a in allowed])
        except ValueError:
            item = Item(fallback, None, problem=f"{fallback} is not JSON")
        source = item.source
        rows.append({
            "id": utf8(item.id), "url": utf8(item.url), "published": utf8(item.published),
            "text": source.decode("utf-8") if isinstance(source, bytes) else None,
            "path": utf8(os.fspath(source)) if isinstance(source, Path) else None,
            "problem": utf8(item.problem),
        })  # fmt: skip
    return pa.Table.from_pylist(rows, schema=pa.schema([(c, pa.string()) for c in _ARTICLE]))


def read_articles(source: Path, allowed: list[Path]) -> ray.data.Dataset:
    import ray.data

    if source.suffix.lower() == ".parquet":
        return ray.data.read_parquet(str(source), num_cpus=READ_CPUS)
    lines = ray.data.read_text(str(source), num_cpus=READ_CPUS)
    kwargs = {"base": str(source.resolve().parent), "allowed": [str(a) for a in allowed]}
    return lines.map_batches(_parse_lines, fn_kwargs=kwargs,
                             batch_format="pyarrow", num_cpus=READ_CPUS)  # fmt: skip


class Sink(Protocol):
    def done_ids(self) -> set[str]: ...
    def append(self, result: BatchResult, row: dict[str, Any]) -> None: ...
    def finish(self, *, complete: bool) -> None: ...


class JsonlSink:
    def __init__(self, output: ResultLog) -> None:
        self.output = output

    def done_ids(self) -> set[str]:
        return self.output.done_ids()

    def append(self, result: BatchResult, row: dict[str, Any]) -> None:
        self.output.append(result)

    def finish(self, *, complete: bool) -> None:
        if complete:
            try:
                self.output.compact()
            except OSError as exc:  # still correct: the last line per id wins
                log.warning("%s not compacted: %s", self.output.path, exc)


class ParquetSink:
    """Old rows + this run's rows, written to ``.NAME.writing`` and renamed over NAME."""

    def __init__(self, path: Path) -> None:
        import pyarrow.parquet as pq

        from summarizer._batch.ray_engine import result_schema

        self.path, self.schema = path, result_schema()
        self.old: dict[str, str] = {}  # id -> status of the rows already in the file
        if path.exists():
            try:
                table = pq.read_table(path, columns=["id", "status"])
            except Exception as exc:  # pyarrow raises its own kinds for a bad file
                raise InputError(f"cannot read {path} as results: {exc}") from exc
            self.old = dict(zip(table["id"].to_pylist(), table["status"].to_pylist(), strict=True))
        self.tmp = path.with_name(f".{path.name}.writing")
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.buffer: list[dict[str, Any]] = []
        self.new: set[str] = set()

    def done_ids(self) -> set[str]:
        return {ident for ident, status in self.old.items() if status == "done"}

    def append(self, result: BatchResult, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        self.new.add(result.id)
        if len(self.buffer) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def finish(self, *, complete: bool) -> None:
        """Keep old rows whose ids this run did not redo, then put the file in place."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        self._flush()
        if self.old:
            kept = pa.array([i for i in self.old if i not in self.new], pa.string())
            for batch in pq.ParquetFile(self.path).iter_batches():
                table = pa.Table.from_batches([batch]).select(self.schema.names)
                mask = pc.is_in(table["id"], value_set=kept)
                self.writer.write_table(table.filter(mask).cast(self.schema))
        self.writer.close()
        os.replace(self.tmp, self.path)

    def abandon(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


@contextmanager
def open_sink(path: Path, kind: str) -> Iterator[Sink]:
    if kind == "jsonl":
        with ResultLog(path) as output:
            yield JsonlSink(output)
        return
    sink = ParquetSink(path)
    try:
        yield sink
    except BaseException:
        sink.abandon()
        raise
