"""Loading: turn whatever the caller handed us into one decoded string.

Bad input fails here, before any model is started, with an ``InputError``
that says what was wrong and what to do.

Which string is a path: a one-line string names a file when that file exists,
and is reported as a missing file ("no such file") when it has no whitespace,
ends in .txt/.text/.md/.html/.htm, or starts with ``/``, ``./``, ``../`` or
``~``.  Anything else is article text: text has spaces between its words, so
a mistyped name such as ``artcle`` is never digested as an article.

Only regular files are read, with a size cap and a timeout: a FIFO, a device
(``/dev/zero``), a socket or a directory is an ``InputError``, checked before a
single byte is read, so nothing blocks on a pipe with no writer.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from summarizer._exceptions import InputError
from summarizer._input.fetch import is_url

MAX_BYTES = 5_000_000
READ_TIMEOUT_S = 30.0  # a regular file on a hung network drive must not hold a run forever
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
    from summarizer._input.html_text import extract, is_html

    if isinstance(source, str) and is_url(source):
        return load_url(source.strip())
    if isinstance(source, str) and len(source) > MAX_BYTES // 4:  # cheap test first
        _check_size(len(source.encode("utf-8", "replace")), "<text>")
    if isinstance(source, str) and is_html(source):  # markup is no path, even on one line
        raw = RawInput(text=source, origin="<text>", encoding="str")
    else:
        raw = _load(source)
    if not is_html(raw.text, raw.origin):
        return raw
    page = extract(raw.text)
    return RawInput(page.text, raw.origin, raw.encoding, page.title, page.published)


def load_url(url: str) -> RawInput:
    """A web page's article (title and page date included), or a plain-text document."""
    from summarizer._input.fetch import decode, fetch
    from summarizer._input.html_text import extract

    page = fetch(url)
    text = decode(page)
    if page.content_type == "text/plain":
        return RawInput(text, url, page.charset or "utf-8")
    article = extract(text, url=page.final_url)
    return RawInput(article.text, url, page.charset or "utf-8", article.title, article.published)


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
        if _exists(path):
            return _read_file(path)
        if looks_like_path(source):
            plain = os.sep not in source and not source.lower().endswith(_TEXT_SUFFIXES)
            hint = " (a string without spaces is taken as a file name)" if plain else ""
            raise InputError(f"no such file: {source}{hint}")
    if _looks_binary(source[:8192].encode("utf-8", "replace")):
        raise InputError("<text> looks like binary data, not text")
    return RawInput(text=source, origin="<text>", encoding="str")


def looks_like_path(source: str) -> bool:
    """A one-line string meant as a file name (see the module docstring for the rule)."""
    text = source.strip()
    if not text:
        return False
    return (
        not any(c.isspace() for c in text)
        or text.lower().endswith(_TEXT_SUFFIXES)
        or text.startswith(("/", "./", "../", "~"))
    )


def _exists(path: Path) -> bool:
    try:
        os.stat(path)
    except (OSError, ValueError):  # missing, a name too long, a NUL in it: not a file
        return False
    return True


def _read_file(path: Path) -> RawInput:
    return _decode(read_regular(path), str(path))


def read_regular(path: Path, timeout_s: float = READ_TIMEOUT_S) -> bytes:
    """Up to ``MAX_BYTES + 1`` bytes of the regular file ``path``, within ``timeout_s``."""
    box: list[bytes | BaseException] = []

    def read() -> None:
        try:
            box.append(_read_regular_now(path))
        except BaseException as exc:  # handed to the caller's thread
            box.append(exc)

    reader = threading.Thread(target=read, name="summarizer-read", daemon=True)
    reader.start()
    reader.join(timeout_s)
    if not box:  # the daemon thread is left behind; it cannot hold the process at exit
        raise InputError(f"cannot read {path}: no data after {timeout_s:g}s")
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _read_regular_now(path: Path) -> bytes:
    try:
        info = os.stat(path)  # before opening: opening a device can itself have effects
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    _check_regular(path, info.st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: a FIFO swapped in meanwhile cannot hang us
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise InputError(f"{path} is a socket or device, not an article file") from None
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())  # what we actually opened
        _check_regular(path, info.st_mode)
        _check_size(info.st_size, str(path))  # fail before reading 5 GB
        os.set_blocking(fh.fileno(), True)
        try:
            return fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = (
        "a directory" if stat.S_ISDIR(mode)
        else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
        else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket" if stat.S_ISSOCK(mode)
        else "not a regular file"
    )  # fmt: skip
    raise InputError(f"{path} is {kind}, not an article file")


def _check_size(size: int, origin: str) -> None:
    if size > MAX_BYTES:
        raise InputError(
            f"{origin} is larger than {MAX_BYTES:,} bytes; split it into articles first"
        )


def _decode(data: bytes, origin: str) -> RawInput:
    _check_size(len(data), origin)
    if not data.strip():
        raise InputError(f"{origin} is empty")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16's mark
        try:
            return RawInput(data.decode("utf-32"), origin, "utf-32")
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin} has a UTF-32 mark but does not decode") from exc
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
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin} is not UTF-8 (nor cp1252); re-save it as UTF-8 (byte {exc.start})"
        ) from exc
    # Western text is mostly ASCII; Shift-JIS, cp1251 or GBK read as cp1252 is mostly not.
    visible = [c for c in text if not c.isspace()]
    if sum(c > "\x7f" for c in visible) > 0.3 * len(visible):
        raise InputError(
            f"{origin} is not UTF-8, and as cp1252 it would be mostly symbols (another "
            "legacy encoding, such as Shift-JIS or cp1251?); re-save it as UTF-8"
        )
    return RawInput(text, origin, "cp1252")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


_CODE_SYMBOLS = frozenset("{}[]()=<>_;\\`@")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")  # a Markdown link: keep its text
# Prose's own brackets: a party tag, an acronym, an aside opened after a space ("Niall
# Gaffney (FF)"), kept as their words; code calls a name straight before "(".
_ASIDE = re.compile(r"(?<![\w)\]])\(([^\W_][^()\[\]{}=<>;\\`@\n,'\"_:*]{0,40})\)")
_URL = re.compile(r"\S+://\S+|\bwww\.\S+")
_JSON_KEY = re.compile(r'^[\[{]?\s*"[^"\n]{1,80}"\s*:')
_DELIMITERS = (",", "\t", ";", "|")
_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", "。", "！", "？", "」")


def ensure_article(text: str, origin: str) -> None:
    """Raise ``InputError`` when cleaned ``text`` is plainly no article: data, a table, code.

    Deliberately lenient (character classes, not language): a news article in any
    script passes; JSON, CSV/TSV, number dumps and source code or markup do not.
    """
    why = _not_prose(text)
    if why:
        raise InputError(
            f"{origin} does not look like an article ({why}); pass the text of a news article"
        )


def _not_prose(text: str) -> str | None:
    stripped = text.strip()
    lines = [ln.strip() for ln in stripped.splitlines() if ln.strip()]
    if not lines:
        return None  # nothing to judge: prepare's word count reports it
    try:
        if isinstance(json.loads(stripped), dict | list):
            return "it is JSON data"
    except ValueError:
        if sum(bool(_JSON_KEY.match(ln)) for ln in lines) >= 0.5 * len(lines):
            return "it is JSON data"  # cleaning drops the lines of bare brackets
    visible = [
        c for c in _ASIDE.sub(r"\1", _URL.sub(" ", _LINK.sub(r"\1", stripped))) if not c.isspace()
    ]
    # Letters and combining marks (Devanagari or Thai vowels are marks, not letters).
    letters = sum(unicodedata.category(c)[0] in "LM" for c in visible)
    if letters < 0.5 * len(visible):
        return "it is mostly numbers and symbols"
    if len(lines) >= 5 and sum(ln.endswith(_ENDS) for ln in lines) < len(lines) / 2:
        for sep in _DELIMITERS:
            count, n = Counter(ln.count(sep) for ln in lines).most_common(1)[0]
            if count >= 2 and n >= 0.8 * len(lines):
                return "it is a table of delimited values"
    if sum(c in _CODE_SYMBOLS for c in visible) > 0.04 * len(visible):
        return "it looks like source code or markup"
    return None
