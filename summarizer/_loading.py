"""Loading: turn whatever the caller handed us into one decoded string.

Bad input fails here, before any model is started, with an ``InputError``
that says what was wrong and what to do.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from summarizer._exceptions import InputError

MAX_BYTES = 5_000_000
_TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass(frozen=True)
class RawInput:
    text: str
    origin: str  # a path, "<stdin>" or "<text>"
    encoding: str
    title: str | None = None  # from an HTML page's metadata
    published: str | None = None  # YYYY-MM-DD, from an HTML page's metadata


def load(source: str | os.PathLike[str] | bytes) -> RawInput:
    """Read ``source`` as ``_load`` does; an HTML page becomes its article text, title and date."""
    from summarizer._html import extract, is_html

    if isinstance(source, str) and is_html(source):  # markup is no path, even on one line
        raw = RawInput(text=source, origin="<text>", encoding="str")
    else:
        raw = _load(source)
    if not is_html(raw.text, raw.origin):
        return raw
    page = extract(raw.text)
    return RawInput(page.text, raw.origin, raw.encoding, page.title, page.published)


def _load(source: str | os.PathLike[str] | bytes) -> RawInput:
    """Read ``source``: text, a path (``Path`` or a one-line string naming a file) or "-"."""
    if isinstance(source, bytes):
        return _decode(source, "<bytes>")
    if isinstance(source, os.PathLike):
        return _read_file(Path(source))
    if source == "-":
        return _decode(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
    if "\n" not in source and len(source) < 4096:
        path = Path(source).expanduser()
        if path.is_file():
            return _read_file(path)
        if source.lower().endswith(_TEXT_SUFFIXES) or os.sep in source.strip():
            raise InputError(f"no such file: {source}")
    return RawInput(text=source, origin="<text>", encoding="str")


def _read_file(path: Path) -> RawInput:
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a directory, not an article file")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    return _decode(data, str(path))


def _decode(data: bytes, origin: str) -> RawInput:
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{origin} is larger than {MAX_BYTES:,} bytes; split it into articles first"
        )
    if not data.strip():
        raise InputError(f"{origin} is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return RawInput(data.decode("utf-16"), origin, "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin} has a UTF-16 mark but does not decode") from exc
    if _looks_binary(data):
        raise InputError(f"{origin} looks like a binary file, not text")
    try:
        return RawInput(data.decode("utf-8-sig"), origin, "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # The common legacy encoding of Western news pages; strict, so bytes it
        # leaves undefined still fail below rather than turning into mojibake.
        return RawInput(data.decode("cp1252"), origin, "cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin} is not UTF-8 (nor cp1252); re-save it as UTF-8 (byte {exc.start})"
        ) from exc


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05
