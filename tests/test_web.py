"""URLs and feeds: pages and RSS/Atom served from 127.0.0.1, never from the network.

The pages are real articles of the gold set (public-domain VOA and NASA texts) in an
HTML page of ours; the feeds are RSS 2.0 and Atom 1.0 documents listing them.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bench.bench_batch import AnswerServer
from summarizer import InputError, summarize
from summarizer._backends.client import Policy
from summarizer._cli import main
from summarizer._input import fetch as _fetch
from summarizer._input.feeds import feed_entries
from summarizer._input.fetch import HostGate, Limits, fetch
from tests.fakes import serving
from tests.support import ROOT

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
GOLD = ROOT / "eval" / "gold"
FAST = Policy(reasks=0, transport_attempts=2, backoff_base_s=0.001, timeout_s=5)
Route = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(_fetch, "GATE", HostGate(delay_s=0.0))
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


def page(slug: str, published: str) -> bytes:
    """A gold article as a web page: title, date in the markup, paragraphs, some chrome."""
    text = (GOLD / slug / "article.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    title = paragraphs[0].splitlines()[0]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta property="article:published_time" content="{published}T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{escape(title)}</h1>
{body}
</article><footer>Share this story. Subscribe to our newsletter.</footer></body></html>
""".encode()


ARTICLES = {
    "voa-opec-cut-2016": "2016-12-01",
    "voa-fifa-indictments-reaction": "2015-05-27",
    "voa-liberia-ebola-goal": "2014-11-16",
    "voa-newscast-kerry-rome": "2016-02-02",
    "voa-us-election-2012": "2012-11-06",
    "nasa-crew11-splashdown": "2026-01-15",
    "nasa-odysseus-moon-landing": "2024-02-28",
}


class Web:
    """A tiny web server on 127.0.0.1: fixed routes, and what each request carried."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[tuple[str, dict[str, str]]] = []
        self.in_flight = self.most_in_flight = 0
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            counted = False

            def do_GET(self) -> None:
                with outer.lock:
                    outer.seen.append((self.path, dict(self.headers)))
                    outer.in_flight += 1
                    outer.most_in_flight = max(outer.most_in_flight, outer.in_flight)
                    self.counted = True
                try:
                    outer.routes.get(self.path, _not_found)(self)
                finally:
                    self._done()

            def send_response(self, code: int, message: str | None = None) -> None:
                # Done before the client can see the answer and start its next request;
                # counting until the handler returns would see a slot already given back.
                self._done()
                super().send_response(code, message)

            def _done(self) -> None:
                with outer.lock:
                    if self.counted:
                        outer.in_flight -= 1
                        self.counted = False

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def serve(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8",
              status: int = 200, headers: dict[str, str] | None = None) -> None:  # fmt: skip
        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            h.send_header("content-type", content_type)
            h.send_header("content-length", str(len(body)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(body)

        self.routes[path] = route

    def redirect(self, path: str, to: str, cookie: str | None = None) -> None:
        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(302)
            h.send_header("location", to)
            if cookie:
                h.send_header("set-cookie", cookie)
            h.send_header("content-length", "0")
            h.end_headers()

        self.routes[path] = route

    @contextmanager
    def running(self) -> Iterator[Web]:
        with serving(self.httpd):
            yield self


def _not_found(h: BaseHTTPRequestHandler) -> None:
    h.send_response(404)
    h.send_header("content-length", "0")
    h.end_headers()


def rss(web: Web, slugs: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{slug}</title><link>{web.url}/a/{slug}.html</link>"
        f'<guid isPermaLink="false">urn:test:{slug}</guid>'
        f"<pubDate>{format_datetime(datetime.fromisoformat(ARTICLES[slug]).replace(tzinfo=UTC))}"
        "</pubDate></item>"
        for slug in slugs
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Test feed</title><link>{web.url}/</link><description>d</description>"
        f"{items}</channel></rss>"
    ).encode()


@pytest.fixture
def web() -> Iterator[Web]:
    w = Web()
    for slug, day in ARTICLES.items():
        w.serve(f"/a/{slug}.html", page(slug, day))
    with w.running():
        yield w


@pytest.fixture
def api() -> Iterator[AnswerServer]:
    with AnswerServer() as server:
        yield server


def comparable(digest: Any) -> dict[str, Any]:
    data: dict[str, Any] = digest.model_dump(mode="json")
    data.pop("meta")
    return data


def test_url_gives_the_same_digest_as_the_saved_page(
    web: Web, api: AnswerServer, tmp_path: Path
) -> None:
    saved = tmp_path / "article.html"
    saved.write_bytes(page("voa-opec-cut-2016", "2016-12-01"))
    url = f"{web.url}/a/voa-opec-cut-2016.html"
    from_url = summarize(url, base_url=api.base_url, model="fake", policy=FAST, cache=False)
    from_file = summarize(saved, base_url=api.base_url, model="fake", policy=FAST, cache=False)
    assert comparable(from_url) == comparable(from_file)
    assert from_url.source.published == "2016-12-01"  # the page's own date
    assert "OPEC" in from_url.source.text and "Subscribe" not in from_url.source.text
    headers = web.seen[-1][1]
    assert headers["User-Agent"].startswith("summarizer/")


def test_cli_summarizes_a_url_as_json(
    web: Web, api: AnswerServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"{web.url}/a/nasa-crew11-splashdown.html"
    code = main(["summarize", url, "--json", "--base-url", api.base_url, "--model", "fake",
                 "--no-cache", "--quiet"])  # fmt: skip
    assert code == 0
    digest = json.loads(capsys.readouterr().out)
    assert digest["source"]["published"] == "2026-01-15"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda w: None, "HTTP 404"),
        (lambda w: w.serve("/x", b"%PDF-1.7", "application/pdf"), "application/pdf"),
        (lambda w: w.serve("/x", b"<html>" + b"x" * 3000, "text/html"), "larger than 2,000"),
        (lambda w: w.redirect("/x", "/x"), "more than 5 redirects"),
        (lambda w: w.redirect("/x", "ftp://127.0.0.1/file"), r"not an http\(s\) URL"),
        (lambda w: w.serve("/x", b"gone", status=500), "HTTP 500"),
    ],
    ids=["404", "pdf", "too-big", "redirect-loop", "ftp-redirect", "500"],
)
def test_fetch_failures_are_one_input_error(
    web: Web, setup: Callable[[Web], None], message: str
) -> None:
    setup(web)
    with pytest.raises(InputError, match=message) as caught:
        fetch(f"{web.url}/x", limits=Limits(max_bytes=2000))
    assert "\n" not in str(caught.value)


def test_size_cap_holds_without_a_content_length(web: Web) -> None:
    def endless(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", "text/html")
        h.end_headers()  # no length: the cap must hold while reading
        for _ in range(1000):
            h.wfile.write(b"<p>" + b"y" * 1024 + b"</p>")

    web.routes["/endless"] = endless
    with pytest.raises(InputError, match="larger than 10,000 bytes"):
        fetch(f"{web.url}/endless", limits=Limits(max_bytes=10_000))


def test_a_silent_server_times_out(web: Web) -> None:
    def silent(h: BaseHTTPRequestHandler) -> None:
        time.sleep(2)

    web.routes["/silent"] = silent
    with pytest.raises(InputError, match="timed out"):
        fetch(f"{web.url}/silent", limits=Limits(read_s=0.3, connect_s=0.3))


def test_redirects_carry_no_cookies(web: Web) -> None:
    web.redirect("/start", "/a/voa-opec-cut-2016.html", cookie="session=secret; Path=/")
    got = fetch(f"{web.url}/start")
    assert got.final_url.endswith("/a/voa-opec-cut-2016.html")
    assert all("Cookie" not in headers for _, headers in web.seen)


def test_politeness_bounds_requests_per_host(web: Web) -> None:
    gate = HostGate(per_host=2, delay_s=0.05)

    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(0.2)
        _not_found(h)

    web.routes["/slow"] = slow

    def one() -> None:
        with pytest.raises(InputError):
            fetch(f"{web.url}/slow", gate=gate)

    threads = [threading.Thread(target=one) for _ in range(6)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert web.most_in_flight == 2
    assert time.monotonic() - started >= 5 * 0.05  # starts spaced by the delay at least


def test_a_feed_gives_one_row_per_entry_and_a_rerun_only_the_new(
    web: Web, api: AnswerServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slugs = list(ARTICLES)
    web.serve("/feed.xml", rss(web, slugs[:5]), "application/rss+xml")
    out = tmp_path / "results.jsonl"
    argv = ["batch", f"{web.url}/feed.xml", "--out", str(out), "--base-url", api.base_url,
            "--model", "fake", "--no-cache", "--quiet"]  # fmt: skip
    assert main(argv) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["done"] * 5
    assert {r["id"] for r in rows} == {f"urn:test:{s}" for s in slugs[:5]}
    first = {r["id"]: r for r in rows}
    assert first["urn:test:voa-opec-cut-2016"]["digest"]["source"]["published"] == "2016-12-01"

    web.serve("/feed.xml", rss(web, slugs), "application/rss+xml")  # two new entries
    fetched_before = len([p for p, _ in web.seen if p.startswith("/a/")])
    assert main(argv) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 7 and len({r["id"] for r in rows}) == 7
    fetched = len([p for p, _ in web.seen if p.startswith("/a/")]) - fetched_before
    assert fetched == 2  # entries already done cost nothing


def test_atom_feed_and_a_list_of_feeds_with_one_dead(web: Web, tmp_path: Path) -> None:
    entries = "".join(
        f"<entry><id>tag:test,2026:{s}</id><title>{s}</title>"
        f'<link href="{web.url}/a/{s}.html"/><updated>{ARTICLES[s]}T08:00:00Z</updated></entry>'
        for s in ("voa-opec-cut-2016", "nasa-crew11-splashdown")
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>t</title><id>tag:test,2026:feed</id><updated>2026-01-15T08:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()
    web.serve("/atom.xml", atom, "application/atom+xml")
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# two feeds, one gone\n{web.url}/atom.xml\n{web.url}/gone.xml\n")
    got = list(feed_entries(str(listing)))
    assert [(e.id, e.published) for e in got] == [
        ("tag:test,2026:voa-opec-cut-2016", "2016-12-01"),
        ("tag:test,2026:nasa-crew11-splashdown", "2026-01-15"),
    ]


def test_a_page_that_is_no_feed_is_an_input_error(web: Web) -> None:
    web.serve("/notfeed", b"just words, no feed at all", "text/plain")
    with pytest.raises(InputError, match="not a readable RSS or Atom feed"):
        list(feed_entries(f"{web.url}/notfeed"))


def test_jsonl_url_entries_are_fetched(web: Web, api: AnswerServer, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "url": f"{web.url}/a/voa-us-election-2012.html"}) + "\n"
        + json.dumps({"id": "b", "url": f"{web.url}/missing.html"}) + "\n"
        + json.dumps({"id": "c", "url": "file:///etc/passwd"}) + "\n"
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(src), "--out", str(out), "--base-url", api.base_url, "--model",
                 "fake", "--no-cache", "--quiet"])  # fmt: skip
    assert code == 1  # some failed
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["a"]["status"] == "done" and rows["a"]["url"].endswith("voa-us-election-2012.html")
    assert rows["b"]["error"] == {
        "kind": "InputError",
        "message": f"cannot fetch {web.url}/missing.html: HTTP 404",
    }
    assert rows["c"]["status"] == "failed" and "not http(s)" in rows["c"]["error"]["message"]
