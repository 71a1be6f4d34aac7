"""News feeds: RSS and Atom entries as batch items (id, link, date).

A feed is the natural input of media monitoring: the same feed is read again
and again, and only entries not yet done should cost anything.  Each entry
becomes an item whose id is the entry's own id (its guid, else its link), so
the batch's resume logic skips entries already done and a re-run digests
exactly the new ones.  The entry's date becomes the article's publication
date (the anchor for "Tuesday"); a page's own date is the fallback.

A batch INPUT is a feed when it is an http(s) URL, or a ``.txt`` file listing
feed URLs (one a line, ``#`` comments).  Feed files on disk (``.xml``,
``.rss``, ``.atom``) are read too, for archives and tests.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer._exceptions import InputError
from summarizer._input.fetch import FEED_TYPES, fetch, is_url

FEED_SUFFIXES = (".rss", ".atom", ".xml")
log = logging.getLogger("summarizer")


@dataclass(frozen=True)
class Entry:
    id: str
    url: str
    published: str | None  # YYYY-MM-DD
    title: str | None


def is_feed_input(spec: str) -> bool:
    """Does this batch INPUT name feeds (a URL, a list of feed URLs, a feed file)?"""
    if is_url(spec):
        return True
    return spec.lower().endswith((".txt", *FEED_SUFFIXES)) and Path(spec).is_file()


def feed_urls(spec: str) -> list[str]:
    """The feeds an INPUT names: itself, or the URLs listed in a ``.txt`` file."""
    if is_url(spec) or spec.lower().endswith(FEED_SUFFIXES):
        return [spec]
    try:
        lines = Path(spec).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the feed list {spec}: {exc}") from None
    urls = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if bad := [u for u in urls if not is_url(u)]:
        raise InputError(f"{spec}: not an http(s) URL: {bad[0]!r}")
    if not urls:
        raise InputError(f"{spec} lists no feed URLs")
    return urls


def read_feed(source: str) -> list[Entry]:
    """The entries of one feed (a URL or a file), newest first as the feed lists them."""
    import feedparser

    if is_url(source):
        body = fetch(source, accept=FEED_TYPES).body
    else:
        try:
            body = Path(source).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read the feed {source}: {exc.strerror}") from None
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = getattr(parsed, "bozo_exception", None) or "no RSS or Atom entries"
        raise InputError(f"{source} is not a readable RSS or Atom feed ({why})")
    entries = []
    for e in parsed.entries:
        link = e.get("link")
        if not isinstance(link, str) or not is_url(link):
            continue  # an entry with no article to fetch
        ident = e.get("id") or link
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        day = time.strftime("%Y-%m-%d", stamp) if stamp else None
        entries.append(Entry(str(ident), link, day, e.get("title")))
    return entries


def feed_entries(spec: str) -> Iterator[Entry]:
    """Every entry of every feed the INPUT names; one id only once."""
    seen: set[str] = set()
    urls = feed_urls(spec)
    failures: list[InputError] = []
    for url in urls:
        try:
            entries = read_feed(url)
        except InputError as exc:
            if len(urls) == 1:
                raise
            log.warning("skipped a feed: %s", exc)  # one dead feed must not stop the others
            failures.append(exc)
            continue
        for entry in entries:
            if entry.id not in seen:
                seen.add(entry.id)
                yield entry
    if len(failures) == len(urls):
        raise InputError(f"no feed of {spec} could be read; the first: {failures[0]}")
