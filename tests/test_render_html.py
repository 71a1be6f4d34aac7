"""The HTML evidence report: spans, escaping, no external resources, and (in Chromium) the JS.

Browser tests run the real Debian ``chromium`` headless, with no Python packages: the
page's own hook (``#test-click=claim-0``) clicks an item on load and mirrors the state
on ``<body data-highlighted=...>``, which ``--dump-dom`` prints after the JS ran.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import struct
import subprocess
import warnings
import zlib
from collections import Counter
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from summarizer import Claim, Digest, Evidence, Meta, Source, Stance, Summary, TimelineEvent, Usage
from summarizer._pipeline import prepare
from summarizer._render import to_html
from summarizer._text.segment import Document
from tests.support import ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
with warnings.catch_warnings():  # until pyproject registers the marker
    warnings.simplefilter("ignore", pytest.PytestUnknownMarkWarning)
    browser = pytest.mark.browser

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTR = '"><img src=x onerror=alert(1)>'


# --- building digests by hand -------------------------------------------------------------


def _ev(text: str, quote: str, sentence: int = 1, after: int = 0) -> Evidence:
    start = text.find(quote, after)
    assert start >= 0, quote
    return Evidence(sentence=sentence, quote=quote, start=start, end=start + len(quote))


def _meta(model: str = "test-model", warnings: list[str] | None = None) -> Meta:
    return Meta(
        model=model,
        backend="openai",
        prompt_version="p-test",
        usage=Usage(prompt_tokens=120, completion_tokens=34, requests=4),
        retries=1,
        latency_s=2.5,
        warnings=warnings or [],
    )


def _source(text: str, title: str | None = "Titel") -> Source:
    return Source(
        title=title,
        published="2024-03-05",
        chars=len(text),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
    )


UNIT_TEXT = (
    "Zürich — Die Stadträtin Ana Núñez sprach am Dienstag.\n\n"
    "„Wir bauen 500 Wohnungen bis 2026“, sagte Núñez 🙂 vor dem Rat.\n"
    "Der Rat lehnte ab: «zu teuer», hieß es."
)


def unit_digest() -> Digest:
    t = UNIT_TEXT
    sentence2 = "„Wir bauen 500 Wohnungen bis 2026“, sagte Núñez 🙂 vor dem Rat."
    return Digest(
        source=_source(t),
        summary=Summary(
            headline="Núñez verspricht Wohnungen",
            abstract="Die Stadt plant 500 Wohnungen; der Rat ist dagegen.",
            key_points=["500 Wohnungen bis 2026", "Der Rat lehnt ab"],
            evidence=[_ev(t, "Die Stadträtin Ana Núñez sprach am Dienstag.")],
        ),
        claims=[
            # claim-0 holds the whole sentence; stance-0 and timeline-0 nest and overlap in it
            Claim(
                text="Die Stadt baut 500 Wohnungen.",
                speaker="Ana Núñez",
                kind="prediction",
                evidence=[_ev(t, sentence2, 2)],
            ),
            Claim(
                text="Das Projekt ist zu teuer.",
                speaker=None,
                kind="opinion",
                evidence=[_ev(t, "«zu teuer»", 3)],
                method="code",
            ),
        ],
        stances=[
            Stance(
                actor="Ana Núñez",
                actor_type="person",
                topic="Wohnungsbau",
                stance="support",
                summary="Sie will bauen.",
                evidence=[_ev(t, "500 Wohnungen bis 2026“, sagte Núñez 🙂", 2)],
            ),
            Stance(
                actor="Der Rat",
                actor_type="group",
                topic="Wohnungsbau",
                stance="oppose",
                summary="Er lehnt ab.",
                evidence=[_ev(t, "Der Rat lehnte ab: «zu teuer»", 3)],
            ),
        ],
        timeline=[
            TimelineEvent(
                date="2026",
                date_text="2026",
                event="Wohnungen fertig",
                actors=["Ana Núñez"],
                evidence=[_ev(t, "bis 2026“, sagte", 2)],
                anchor="absolute",
                method="code",
            ),
            TimelineEvent(
                date=None, date_text="irgendwann", event="Ohne Beleg", actors=[], evidence=[]
            ),
        ],
        meta=_meta(),
    )


def xss_digest(script: str = XSS_SCRIPT, attr: str = XSS_ATTR, title: str | None = None) -> Digest:
    t = f"Headline {script} here.\n\nThe speaker said {attr} and left. {script}"
    bad = f"{script}{attr}"
    return Digest(
        source=_source(t, title=bad if title is None else title),
        summary=Summary(headline=bad, abstract=bad, key_points=[bad], evidence=[_ev(t, script)]),
        claims=[Claim(text=bad, speaker=bad, kind="other", evidence=[_ev(t, attr, 2)])],
        stances=[
            Stance(
                actor=bad,
                actor_type="other",
                topic=bad,
                stance="mixed",
                summary=bad,
                evidence=[_ev(t, f"said {attr}", 2)],
            )
        ],
        timeline=[TimelineEvent(date=None, date_text=bad, event=bad, actors=[bad], evidence=[])],
        meta=_meta(model=bad, warnings=[bad]),
    )


def _span(doc: Document, sid: int, quote: str | None = None) -> Evidence:
    s = doc.sentences[sid - 1]
    if quote is None:
        return Evidence(sentence=sid, quote=s.text, start=s.start, end=s.end, alignment="sentence")
    return _ev(doc.text, quote, sid, after=s.start)


def seed_digest() -> Digest:
    """The seed article with hand-written items whose evidence are real sentence spans."""
    doc = prepare(SEED)

    def sp(sid: int, quote: str | None = None) -> list[Evidence]:
        return [_span(doc, sid, quote)]

    text = doc.text
    return Digest(
        source=Source(
            title=doc.title,
            published="2017-04-12",
            chars=len(text),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
        ),
        summary=Summary(
            headline="Trump says U.S.-Russia ties may be at an all-time low",
            abstract="After Tillerson met Putin and Lavrov in Moscow, both sides described "
            "relations as poor; they disagreed over Assad and the chemical attack in Syria.",
            key_points=[
                "Tillerson met Putin and Lavrov in Moscow on Wednesday.",
                "The U.S. says Assad's rule is ending; Russia warns against ousting him.",
                "Russia vetoed a U.N. resolution condemning the chemical attack.",
            ],
            evidence=[_span(doc, 2), _span(doc, 3)],
        ),
        claims=[
            Claim(
                text="The U.S.-Russia relationship may be at an all-time low.",
                speaker="Donald Trump",
                kind="opinion",
                evidence=sp(2, "may be at an all-time low"),
            ),
            Claim(
                text="U.S.-Russia relations are at a low point.",
                speaker="Rex Tillerson",
                kind="opinion",
                evidence=sp(8, "the current state of U.S.-Russia relations is at a low point"),
            ),
            Claim(
                text="Syria's future must be determined by Syrians.",
                speaker="Sergey Lavrov",
                kind="opinion",
                evidence=sp(14, "The future of Syria has to be determined by the Syrians"),
            ),
            Claim(
                text="The Syrian government was not responsible for the attack.",
                speaker="Sergey Lavrov",
                kind="denial",
                evidence=sp(16),
                method="code",
            ),
            Claim(
                text="Putin is backing an evil person.",
                speaker="Donald Trump",
                kind="accusation",
                evidence=sp(29, "Putin is backing a person that is truly an evil person"),
            ),
        ],
        stances=[
            Stance(
                actor="Rex Tillerson",
                actor_type="person",
                topic="Assad's rule",
                stance="oppose",
                summary="Says the Assad family's regime is coming to an end.",
                evidence=[*sp(11), *sp(12)],
            ),
            Stance(
                actor="Sergey Lavrov",
                actor_type="person",
                topic="Assad's ouster",
                stance="oppose",
                summary="Cautions against fixating on removing Assad.",
                evidence=sp(13, "Lavrov cautioned against fixating on Assad's ouster"),
            ),
            Stance(
                actor="Donald Trump",
                actor_type="person",
                topic="Relations with Russia",
                stance="mixed",
                summary="Calls relations very low but the meeting successful.",
                evidence=[*sp(2), *sp(5)],
            ),
            Stance(
                actor="Vladimir Putin",
                actor_type="person",
                topic="Relations with the U.S.",
                stance="oppose",
                summary="Says relations worsened under Trump.",
                evidence=sp(20),
            ),
        ],
        timeline=[
            TimelineEvent(
                date="2003",
                date_text="2003",
                event="U.S. envoys presented alleged Iraqi chemical weapons at the U.N.",
                actors=["United States"],
                evidence=sp(24),
                anchor="absolute",
                method="code",
            ),
            TimelineEvent(
                date="2017-04-11",
                date_text="Tuesday",
                event="The White House declassified an intelligence report accusing Putin.",
                actors=["White House", "Vladimir Putin"],
                evidence=sp(22),
                anchor="published",
            ),
            TimelineEvent(
                date="2017-04-12",
                date_text="Wednesday",
                event="Tillerson met Putin and Lavrov in Moscow.",
                actors=["Rex Tillerson", "Vladimir Putin", "Sergey Lavrov"],
                evidence=sp(3, "Tillerson met with Russian President Vladimir Putin"),
                anchor="published",
            ),
            TimelineEvent(
                date="2017-04-12",
                date_text="Wednesday afternoon",
                event="Russia vetoed a U.N. Security Council resolution.",
                actors=["Russia"],
                evidence=sp(31),
                anchor="published",
            ),
        ],
        meta=_meta(model="SmolLM2-135M-Instruct", warnings=["timeline: dropped 1 event"]),
    )


# --- reading the page back ------------------------------------------------------------------


class Page(HTMLParser):
    """Tags with attributes, segment texts, the article's text, script and title contents."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.marks: list[tuple[dict[str, str], str]] = []
        self.items: dict[str, dict[str, str]] = {}
        self.article = ""
        self.scripts: list[str] = []
        self.title = ""
        self._stack: list[str] = []
        self._in_article = 0
        self._mark: dict[str, str] | None = None
        self._mark_text = ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag in ("meta", "br", "input", "img", "link"):
            return  # void elements
        self._stack.append(tag)
        if tag == "article":
            self._in_article += 1
        if tag == "mark":
            self._mark, self._mark_text = a, ""
        if "data-item" in a:
            self.items[a["data-item"]] = a

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article -= 1
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark, self._mark_text))
            self._mark = None
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        top = self._stack[-1] if self._stack else ""
        if self._in_article:
            self.article += data
        if self._mark is not None:
            self._mark_text += data
        if top == "script":
            self.scripts.append(data)
        if top == "title":
            self.title += data


def _item_evidence(digest: Digest) -> dict[str, list[Evidence]]:
    out = {"summary-0": list(digest.summary.evidence)}
    out |= {f"claim-{i}": list(c.evidence) for i, c in enumerate(digest.claims)}
    out |= {f"stance-{i}": list(s.evidence) for i, s in enumerate(digest.stances)}
    out |= {f"timeline-{i}": list(t.evidence) for i, t in enumerate(digest.timeline)}
    return out


def assert_spans_match(digest: Digest, page: Page) -> None:
    text = digest.source.text
    assert page.article == text  # paragraphs kept, nothing added or lost
    cited = _item_evidence(digest)
    for attrs, content in page.marks:
        a, b = int(attrs["data-start"]), int(attrs["data-end"])
        assert content == text[a:b]
        covering = {i for i, evs in cited.items() if any(e.start <= a and b <= e.end for e in evs)}
        assert set(attrs["data-items"].split()) == covering
    for item, evidence in cited.items():
        for ev in evidence:
            assert text[ev.start : ev.end] == ev.quote
            pieces = sorted(
                (int(m["data-start"]), int(m["data-end"]), s)
                for m, s in page.marks
                if item in m["data-items"].split()
                and ev.start <= int(m["data-start"])
                and int(m["data-end"]) <= ev.end
            )
            assert pieces[0][0] == ev.start and pieces[-1][1] == ev.end
            assert all(x[1] == y[0] for x, y in pairwise(pieces))
            assert "".join(s for _, _, s in pieces) == ev.quote
    assert set(page.items) == set(cited)


def assert_self_contained(html: str, page: Page) -> None:
    assert "http://" not in html and "https://" not in html
    assert "url(" not in html and "@import" not in html
    linking = {"src", "href", "srcset", "action", "formaction", "poster", "data", "xlink:href"}
    for tag, attrs in page.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base"), tag
        assert not linking & set(attrs), (tag, attrs)
    csp = next(
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp
    (script,) = page.scripts
    sha = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{sha}'" in csp  # our script runs, nothing else does


# --- unit tests -----------------------------------------------------------------------------


def test_every_span_renders_its_quote_with_overlaps_and_non_ascii() -> None:
    digest = unit_digest()
    html = to_html(digest)
    page = Page(html)
    assert_spans_match(digest, page)
    # the nested/overlapping spans really were cut into several segments
    assert any(len(m["data-items"].split()) == 3 for m, _ in page.marks)
    assert page.title == "Titel"


def test_page_is_self_contained() -> None:
    html = to_html(unit_digest())
    assert_self_contained(html, Page(html))


def test_items_show_method_badges_kinds_and_meta() -> None:
    digest = unit_digest()
    html = to_html(digest)
    page = Page(html)
    assert page.items["claim-1"]["data-kind"] == "claim"
    assert page.items["timeline-1"].get("data-empty") == "true"  # no evidence: not clickable
    assert "tabindex" not in page.items["timeline-1"]
    for item in ("claim-1", "timeline-0"):
        block = html.split(f'data-item="{item}"', 1)[1].split("</li>", 1)[0]
        assert 'class="badge m-code"' in block
    block = html.split('data-item="claim-0"', 1)[1].split("</li>", 1)[0]
    assert 'class="badge m-model"' in block and "Ana Núñez" in block and "prediction" in block
    footer = html.split("<footer", 1)[1]
    for fact in ("test-model", "openai", "p-test", "120 prompt + 34 completion"):
        assert fact in footer
    assert 'class="legend"' in html


def test_markup_in_the_digest_renders_as_text() -> None:
    digest = xss_digest()
    html = to_html(digest)
    page = Page(html)
    assert_spans_match(digest, page)
    assert_self_contained(html, page)
    assert len(page.scripts) == 1  # ours only
    assert all(t != "img" and not any(k.startswith("on") for k in a) for t, a in page.tags)
    assert html.count("<script") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert page.title == XSS_SCRIPT + XSS_ATTR


def test_seed_digest_renders() -> None:
    digest = seed_digest()
    html = to_html(digest)
    page = Page(html)
    assert_spans_match(digest, page)
    assert_self_contained(html, page)
    assert page.title == digest.source.title
    assert html.count("<p>") >= 20  # paragraphs preserved


def test_empty_digest_renders() -> None:
    t = "Only a sentence or two of plain text, nothing cited at all."
    digest = Digest(
        source=_source(t, title=None),
        summary=Summary(headline="", abstract="", key_points=[]),
        claims=[],
        stances=[],
        timeline=[],
        meta=_meta(),
    )
    page = Page(to_html(digest))
    assert page.article == t and page.marks == []
    assert page.title == "Digest"


# --- browser tests --------------------------------------------------------------------------


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture
def chromium() -> Path:
    if not CHROMIUM.exists():
        if _ci():
            pytest.fail(f"{CHROMIUM} is missing under CI: install the Debian package chromium")
        pytest.skip(
            f"{CHROMIUM} not installed (apt-get install chromium); set CI=1 to fail instead"
        )
    return CHROMIUM


def _run(chromium: Path, profile: Path, url: str, *extra: str) -> str:
    cmd = [
        str(chromium),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=2000",
        *extra,
        url,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _write(tmp_path: Path, digest: Digest) -> Path:
    path = tmp_path / "report.html"
    path.write_text(to_html(digest), encoding="utf-8")
    return path


def _body(dom: str) -> dict[str, str]:
    page = Page(dom)
    return next(a for t, a in page.tags if t == "body")


def _png_colours(data: bytes) -> Counter[bytes]:
    """Pixel counts by RGB of an 8-bit, non-interlaced RGB(A) PNG: stdlib zlib only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, head = 8, b"", b""
    while pos < len(data):
        n, chunk = struct.unpack(">I4s", data[pos : pos + 8])
        body, pos = data[pos + 8 : pos + 8 + n], pos + 12 + n
        if chunk == b"IHDR":
            head = body
        elif chunk == b"IDAT":
            idat += body
    w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", head)
    assert depth == 8 and ctype in (2, 6) and interlace == 0, (depth, ctype, interlace)
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), w * bpp
    prev, counts = bytearray(stride), Counter[bytes]()
    for y in range(h):
        row = y * (stride + 1)
        kind, line = raw[row], bytearray(raw[row + 1 : row + 1 + stride])
        for i in range(stride):  # undo the per-line filter (PNG spec, section 9)
            left = line[i - bpp] if i >= bpp else 0
            up, corner = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 255
        counts.update(bytes(line[i : i + 3]) for i in range(0, stride, bpp))
        prev = line
    return counts


@browser
def test_clicking_an_item_highlights_its_spans(chromium: Path, tmp_path: Path) -> None:
    digest = seed_digest()
    url = _write(tmp_path, digest).as_uri()
    dom = _run(chromium, tmp_path / "profile", url + "#test-click=claim-0", "--dump-dom")
    page = Page(dom)
    body = _body(dom)
    lit = body.get("data-highlighted", "").split()
    ours = [m for m, _ in page.marks if "claim-0" in m["data-items"].split()]
    assert lit and sorted(lit) == sorted(m["id"] for m in ours)
    for m in ours:
        assert "active" in m["class"].split()
    others = [m for m, _ in page.marks if m["id"] not in lit]
    assert others and all("active" not in m["class"].split() for m in others)
    assert body["data-selected"] == "claim-0"
    assert "selected" in page.items["claim-0"]["class"].split()
    assert page.items["claim-0"]["aria-pressed"] == "true"
    text = "".join(s for m, s in page.marks if m["id"] in lit)
    assert text == digest.claims[0].evidence[0].quote


@browser
def test_clicking_a_span_selects_the_items_citing_it(chromium: Path, tmp_path: Path) -> None:
    digest = seed_digest()
    page = Page(to_html(digest))
    # "may be at an all-time low" is cited by claim-0, by stance-2 and by the summary
    seg = next(m for m, _ in page.marks if len(m["data-items"].split()) == 3)
    url = _write(tmp_path, digest).as_uri() + f"#test-span={seg['id']}"
    body = _body(_run(chromium, tmp_path / "profile", url, "--dump-dom"))
    assert set(body["data-selected"].split()) == set(seg["data-items"].split())
    assert seg["id"] in body["data-highlighted"].split()


@browser
def test_screenshot_of_the_seed_report(chromium: Path, tmp_path: Path) -> None:
    out = ROOT / "artifacts" / "report-seed.png"
    out.parent.mkdir(exist_ok=True)
    out.unlink(missing_ok=True)
    url = _write(tmp_path, seed_digest()).as_uri() + "#test-click=claim-0"
    _run(chromium, tmp_path / "profile", url, f"--screenshot={out}", "--window-size=1280,900")
    assert out.exists() and out.stat().st_size > 10_000
    colours = _png_colours(out.read_bytes())
    # report.css palette: the clicked claim's span, and other claims' (faded) highlights
    assert colours[bytes.fromhex("ff9f43")] > 1000, "no active span painted"
    assert colours[bytes.fromhex("fff6d6")] > 1000, "unselected claim spans not painted"


@browser
def test_markup_in_the_article_does_not_run(chromium: Path, tmp_path: Path) -> None:
    digest = xss_digest(
        "<script>document.title='PWNED'</script>",
        "<img src=x onerror=\"document.title='PWNED'\">",
        title="XSS probe",
    )
    url = _write(tmp_path, digest).as_uri() + "#test-click=claim-0"
    dom = _run(chromium, tmp_path / "profile", url, "--dump-dom")
    page = Page(dom)
    assert page.title == "XSS probe"  # neither injected script nor handler ran
    assert not any(t == "img" for t, _ in page.tags)
    assert len(page.scripts) == 1
    assert _body(dom)["data-selected"] == "claim-0"  # our own script did run
    assert re.search(r"&lt;img src=x onerror=", dom)
