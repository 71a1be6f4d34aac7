"""A self-contained HTML evidence report: the article with every cited span highlighted.

The page loads nothing: CSS and JS are inline (``report.css``/``report.js``, package
data), and a Content-Security-Policy allows no fetches and only our own script, by
hash, so even markup that slipped through escaping could not run.  Every string from
the digest goes through ``html.escape(quote=True)``.

Panel items carry ``data-item="claim-0"``; article segments carry
``data-items="claim-0 stance-1"`` plus ``data-start``/``data-end`` offsets into
``source.text``.  The text is cut at every span and paragraph boundary, so overlapping
and nested spans need no nesting of elements.  Between paragraphs the raw whitespace is
kept, so the article element's text content is exactly ``source.text``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from html import escape
from importlib.resources import files
from itertools import pairwise
from typing import Any, NamedTuple

from summarizer._digest import (
    Actor,
    Claim,
    Digest,
    Evidence,
    Figure,
    Method,
    Stance,
    Summary,
    TimelineEvent,
)
from summarizer._render.items import Section, abstract_shown, event_shown, plain, sections


def _e(value: object) -> str:
    return escape(str(value), quote=True)


@cache
def _asset(name: str) -> str:
    return files("summarizer._render").joinpath(name).read_text(encoding="utf-8")


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


class _Span(NamedTuple):
    start: int
    end: int
    item: str
    kind: str


def _spans(digest: Digest, shown: Sequence[Section]) -> list[_Span]:
    n = len(digest.source.text)
    out = []
    for section in shown:
        for i, item in enumerate(section.items):
            for ev in item.evidence:
                start, end = max(0, min(ev.start, n)), max(0, min(ev.end, n))
                if start < end:
                    out.append(_Span(start, end, f"{section.kind}-{i}", section.kind))
    return out


def _mark(
    seg: int, a: int, b: int, piece: str, covering: list[_Span], labels: dict[str, str]
) -> str:  # fmt: skip
    items = list(dict.fromkeys(s.item for s in covering))
    kinds = [k for k in labels if any(s.kind == k for s in covering)]
    classes = ["ev", *(f"k-{k}" for k in kinds)] + (["deep"] if len(items) > 1 else [])
    style = ""
    if len(kinds) > 1:  # one horizontal band per kind
        step = 100 / len(kinds)
        bands = ", ".join(
            f"var(--{k}) {i * step:.2f}% {(i + 1) * step:.2f}%" for i, k in enumerate(kinds)
        )
        style = f' style="background-image: linear-gradient(to bottom, {bands})"'
    tip = ", ".join(f"{labels[i.split('-')[0]]} {int(i.split('-')[1]) + 1}" for i in items)
    return (
        f'<mark id="seg-{seg}" class="{" ".join(classes)}" data-items="{" ".join(items)}"'
        f' data-start="{a}" data-end="{b}" title="{_e(tip)}"{style}>{piece}</mark>'
    )


def _article(text: str, spans: list[_Span], labels: dict[str, str]) -> str:
    """Paragraphs of segments, each covered by the same items all along its length.

    Text between paragraphs (newlines) is emitted bare, so the element's text content
    is exactly ``text``.  Spans lie within a sentence, so within a paragraph; one that
    did not would be highlighted in each paragraph it touches, the newlines left bare.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    cuts = {0, len(text)} | {s.start for s in spans} | {s.end for s in spans}
    cuts |= {x for p in paragraphs for x in p}
    order = sorted(cuts)
    starts = sorted(spans, key=lambda s: s.start)
    active: list[_Span] = []
    out: list[str] = []
    p = nxt = seg = 0
    for a, b in pairwise(order):
        while nxt < len(starts) and starts[nxt].start <= a:
            active.append(starts[nxt])
            nxt += 1
        active = [s for s in active if s.end > a]
        inside = p < len(paragraphs) and paragraphs[p][0] <= a
        if inside and a == paragraphs[p][0]:
            out.append("<p>")
        piece = _e(text[a:b])
        if inside and active:
            out.append(_mark(seg, a, b, piece, active, labels))
            seg += 1
        else:
            out.append(piece)
        if inside and b == paragraphs[p][1]:
            out.append("</p>")
            p += 1
    return "".join(out)


def _badge(method: Method) -> str:
    tip = "produced by code alone" if method == "code" else "produced by the model"
    return f'<span class="badge m-{_e(method)}" title="{tip}">{_e(method)}</span>'


def _checked(checks: Sequence[str]) -> str:
    """Which checks in code a model-written item passed (nothing for code's own items)."""
    if not checks:
        return ""
    tip = "checks in code this item passed against the sentences it cites"
    return f'<div class="checked" title="{tip}">checked: {_e(", ".join(checks))}</div>'


def _cites(evidence: Sequence[Evidence]) -> str:
    if not evidence:
        return '<div class="cites none">no evidence</div>'
    parts = []
    for ev in evidence:
        note = "" if ev.alignment == "exact" else f" ({_e(ev.alignment)})"
        parts.append(f"s{_e(ev.sentence)}{note}")
    return f'<div class="cites">cites {", ".join(parts)}</div>'


def _item(item_id: str, kind: str, evidence: Sequence[Evidence], body: str, tag: str = "li") -> str:
    attrs = f'class="item i-{kind}" data-item="{item_id}" data-kind="{kind}"'
    if evidence:
        attrs += ' tabindex="0" role="button" aria-pressed="false"'
    else:
        attrs += ' data-empty="true"'
    return f"<{tag} {attrs}>{body}{_cites(evidence)}</{tag}>"


def _summary(section: Section) -> str:
    s: Summary = section.items[0]
    k = section.kind
    body = f'<div class="head"><h3>{_e(s.headline or "(no headline)")}</h3>{_badge(s.method)}</div>'
    if abstract := abstract_shown(s):
        body += f'<p class="abstract">{_e(abstract)}</p>'
    if s.key_points:
        body += '<ul class="points">' + "".join(f"<li>{_e(p)}</li>" for p in s.key_points) + "</ul>"
    body += _checked(s.checks)
    return _section(k, _title(section), None, _item(f"{k}-0", k, s.evidence, body, "div"))


def _claim(k: str, i: int, c: Claim) -> str:
    body = (
        f'<div class="head"><span class="who">{_e(c.speaker or "The article")}</span>'
        f'<span class="tag kind-{_e(c.kind)}">{_e(c.kind)}</span>{_badge(c.method)}</div>'
        f'<p class="text">{_e(c.text)}</p>{_checked(c.checks)}'
    )
    return _item(f"{k}-{i}", k, c.evidence, body)


def _stance(k: str, i: int, s: Stance) -> str:
    body = (
        f'<div class="head"><span class="topic">{_e(s.topic)}</span>'
        f'<span class="tag stance-{_e(s.stance)}">{_e(s.stance)}</span>{_badge(s.method)}</div>'
        f'<p class="text">{_e(s.summary)}</p>{_checked(s.checks)}'
    )
    return _item(f"{k}-{i}", k, s.evidence, body)


def _stances(k: str, stances: Sequence[Stance]) -> str:
    by_actor: dict[str, list[tuple[int, Stance]]] = defaultdict(list)
    for i, s in enumerate(stances):
        by_actor[s.actor].append((i, s))
    groups = []
    for actor, rows in by_actor.items():
        kind = rows[0][1].actor_type
        groups.append(
            f'<div class="actor"><h4>{_e(actor)} <span class="atype">{_e(kind)}</span></h4>'
            f'<ul class="items">{"".join(_stance(k, i, s) for i, s in rows)}</ul></div>'
        )
    return "".join(groups)


def _event(k: str, i: int, t: TimelineEvent) -> str:
    when = _e(t.date or "undated")
    anchor = f' <span class="anchor">vs {_e(t.anchor)}</span>' if t.anchor else ""
    actors = f'<div class="actors">{_e(", ".join(t.actors))}</div>' if t.actors else ""
    body = (
        f'<div class="head"><time class="date">{when}</time>'
        f'<span class="written">“{_e(t.date_text)}”{anchor}</span>{_badge(t.method)}</div>'
        f'<p class="text">{_e(event_shown(t))}</p>{actors}{_checked(t.checks)}'
    )
    return _item(f"{k}-{i}", k, t.evidence, body)


def _section(kind: str, title: str, count: int | None, inner: str) -> str:
    n = f' <span class="count">{count}</span>' if count is not None else ""
    return f'<section class="panel p-{kind}"><h2>{title}{n}</h2>{inner}</section>'


def _list(kind: str, title: str, rows: Iterable[str], empty: str) -> str:
    rows = list(rows)
    inner = f'<ul class="items">{"".join(rows)}</ul>' if rows else f'<p class="empty">{empty}</p>'
    return _section(kind, title, len(rows), inner)


def _legend(labels: dict[str, str]) -> str:
    chips = "".join(
        f'<span class="chip"><span class="swatch k-{k}"></span>{_e(label)}</span>'
        for k, label in labels.items()
    )
    return (
        f'<div class="legend" aria-label="colour legend">{chips}'
        '<span class="chip"><span class="swatch mixed"></span>several kinds</span>'
        '<span class="chip"><span class="swatch deep k-claim"></span>several items</span>'
        '<span class="hint">Hover or click an item to find its evidence; '
        "click highlighted text to find the items citing it.</span></div>"
    )


def _footer(digest: Digest) -> str:
    m, src = digest.meta, digest.source
    facts = [
        ("model", m.model),
        ("backend", m.backend),
        ("prompt", m.prompt_version),
        ("tokens", f"{m.usage.prompt_tokens} prompt + {m.usage.completion_tokens} completion"),
        ("requests", m.usage.requests),
        ("retries", m.retries),
        ("latency", f"{m.latency_s:.1f} s"),
        ("source", f"{src.chars} chars, sha256 {src.sha256[:12]}"),
    ]
    dl = "".join(f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in facts)
    warn = ""
    if m.warnings:
        lis = "".join(f"<li>{_e(w)}</li>" for w in m.warnings)
        warn = f'<div class="warnings"><h3>Warnings ({len(m.warnings)})</h3><ul>{lis}</ul></div>'
    return f'<footer class="meta"><dl>{dl}</dl>{warn}</footer>'


class Hook(NamedTuple):
    """How one type of item is shown: a new digest section adds one (else ``_generic``).

    A section's kind (item ids, CSS classes, legend) is its field name in the singular,
    its panel title the field name.
    """

    colours: tuple[str, str, str]  # highlight, panel edge, highlight while another is selected
    panel: Callable[[Section], str] | None  # the section's panel; None: not in the report


def _title(section: Section) -> str:
    return section.field.capitalize()


def _claims(section: Section) -> str:
    rows = (_claim(section.kind, i, c) for i, c in enumerate(section.items))
    return _list(section.kind, _title(section), rows, "No claims.")


def _stances_panel(section: Section) -> str:
    inner = _stances(section.kind, section.items) or '<p class="empty">No stances.</p>'
    return _section(section.kind, _title(section), len(section.items), inner)


def _timeline(section: Section) -> str:
    rows = (_event(section.kind, i, t) for i, t in enumerate(section.items))
    return _list(section.kind, _title(section), rows, "No dated events.")


def _figure(k: str, i: int, f: Figure) -> str:
    who = f'<span class="who">{_e(f.speaker)}</span>' if f.speaker else ""
    body = (
        f'<div class="head"><span class="topic">{_e(f.text)}</span>{who}{_badge(f.method)}</div>'
        f'<p class="text">{_e(f.measure)}</p>{_checked(f.checks)}'
    )
    return _item(f"{k}-{i}", k, f.evidence, body)


def _figures(section: Section) -> str:
    rows = (_figure(section.kind, i, f) for i, f in enumerate(section.items))
    return _list(section.kind, _title(section), rows, "No figures.")


def _generic(section: Section) -> str:
    rows = (
        _item(
            f"{section.kind}-{i}", section.kind, x.evidence, f'<p class="text">{_e(plain(x))}</p>'
        )
        for i, x in enumerate(section.items)
    )
    return _list(section.kind, _title(section), rows, "None.")


HOOKS: dict[type[Any], Hook] = {
    Summary: Hook(("#e7d5ff", "#8a55d6", "#f5eeff"), _summary),
    Actor: Hook(("#eee", "#999", "#f6f6f6"), None),  # named in the other panels
    Claim: Hook(("#ffe27a", "#d29b00", "#fff6d6"), _claims),
    Stance: Hook(("#bcdcff", "#2f7bd8", "#e9f3ff"), _stances_panel),
    TimelineEvent: Hook(("#c3efcb", "#2e9a4b", "#e9f8ec"), _timeline),
    Figure: Hook(("#ffd0c2", "#d4552b", "#fff0eb"), _figures),
}


def _hook(section: Section) -> Hook:
    fallback = Hook(("#e3e6ea", "#6b7280", "#f3f4f6"), _generic)
    return HOOKS.get(section.type, fallback)


def _kind_css(shown: Sequence[Section]) -> str:
    """Each kind's colours as CSS variables, and the rules that use them."""
    out = []
    for section in shown:
        k, (fill, edge, faded) = section.kind, _hook(section).colours
        out.append(
            f":root {{ --{k}: {fill}; --{k}-edge: {edge}; }}\n"
            f".k-{k}, .p-{k}, .i-{k} {{ --k: var(--{k}); --edge: var(--{k}-edge); }}\n"
            f"body.focusing mark.ev:not(.active).k-{k} {{ --{k}: {faded}; }}"
        )
    return "\n".join(out)


def to_html(digest: Digest) -> str:
    src = digest.source
    title = src.title or digest.summary.headline or "Digest"
    shown = [x for x in sections(digest) if _hook(x).panel is not None]
    labels = {x.kind: x.kind.capitalize() for x in shown}  # paint order: the digest's fields
    script, style = _asset("report.js"), _asset("report.css") + _kind_css(shown)
    panels = "".join(panel(x) for x in shown if (panel := _hook(x).panel))
    published = f'<span class="pub">Published {_e(src.published)}</span>' if src.published else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(script)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f'<header class="top"><h1>{_e(title)}</h1>{published}{_legend(labels)}</header>\n'
        '<main class="layout">\n'
        f'<article class="article" id="article" lang="{_e(src.language)}">'
        f"{_article(src.text, _spans(digest, shown), labels)}</article>\n"
        f'<aside class="panels">{panels}</aside>\n'
        f"</main>\n{_footer(digest)}\n<script>{script}</script>\n</body></html>\n"
    )
