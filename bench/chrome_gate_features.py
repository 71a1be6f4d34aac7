"""Features of a kept line and its neighbours for the learned chrome gate.

Shape only: no word's identity beyond small closed classes (stop words, a few calls to
action and caption verbs), so a model on them cannot memorise one outlet's phrases.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from summarizer._lang.en import ENGLISH
from summarizer._text.chrome_line import _prose_words
from summarizer._text.chrome_shapes import _SENTENCE_END
from summarizer._text.headline import stop_counts

_FINITE = frozenset(
    "is was are were has have had will would said says can could did does told say be been "
    "may might must should".split()
)
_CTA = frozenset(
    "subscribe follow share click sign download read watch join log register tap get listen "
    "like comment email print tweet sponsored advertisement advertise".split()
)
_CAPTION = frozenset(
    "arrives arrive pictured poses gestures attends speaks walks looks seen addresses stands "
    "sits holds waves leaves shows shown delivers greets".split()
)
_MONTHS = frozenset(f.lower().rstrip(".") for forms in ENGLISH.months for f in forms)
_DAYS = frozenset(d.lower() for d in ENGLISH.weekdays)
_R_CLOCK = re.compile(r"\d{1,2}:\d\d")
_R_WORD = re.compile(r"[^\W\d_]+")
_QUOTES = frozenset('"“”')
_ODD = frozenset("|/@©#•")

NAMES = (
    "bias lw title stop end_sent finite digits dated quotes odd http nonascii cta caption "
    "bullet heading prose first_line before_first after_last pos dist_first "
    "prev_prose prev_end prev_lw prev_title next_prose next_end next_lw next_title "
    "run para_lines repeat dup"
).split()


def _shape(plain: str) -> list[float]:
    """What one line alone shows (the first 15 features after the bias)."""
    words, stops = stop_counts(plain)
    tokens = plain.split()
    alpha = [t for t in tokens if any(c.isalpha() for c in t)]
    low = [t.lower().strip(".,;:!?\"'“”‘’()") for t in tokens]
    letters = [c for c in plain if c.isalpha()]
    return [
        math.log1p(min(words, 60)),
        sum(t.lstrip("\"'“‘(")[:1].isupper() for t in alpha) / max(len(alpha), 1),
        stops / max(words, 1),
        float(bool(_SENTENCE_END.search(plain))),
        float(any(w in _FINITE or (len(w) > 4 and w.endswith("ed")) for w in low)),
        sum(c.isdigit() for c in plain) / max(len(plain), 1),
        float(any(w in _MONTHS or w in _DAYS for w in low) or bool(_R_CLOCK.search(plain))),
        float(any(c in _QUOTES for c in plain)),
        float(any(c in _ODD for c in plain)),
        float("http" in plain or "www." in plain),
        sum(not c.isascii() for c in letters) / max(len(letters), 1),
        float(bool(low) and low[0] in _CTA),
        float(any(w in _CAPTION for w in low)),
    ]


def features(lines: Sequence[tuple[str, int, bool, bool]]) -> list[list[float]]:
    """One feature row per line; each line is (plain text, paragraph, bullet, heading)."""
    n = len(lines)
    shapes = [_shape(p) for p, _, _, _ in lines]
    prose = [_prose_words(p) >= 6 for p, _, _, _ in lines]
    first = next((i for i in range(n) if prose[i]), n)
    last = next((i for i in reversed(range(n)) if prose[i]), -1)
    paras: dict[int, int] = {}
    for _, para, _, _ in lines:
        paras[para] = paras.get(para, 0) + 1
    bags = [{w.lower() for w in _R_WORD.findall(p) if len(w) >= 4} for p, _, _, _ in lines]
    seen: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            seen[w] = seen.get(w, 0) + 1
    texts = [" ".join(p.split()).casefold() for p, _, _, _ in lines]
    count: dict[str, int] = {}
    for t in texts:
        count[t] = count.get(t, 0) + 1
    rows = []
    for i, (_plain, para, bullet, heading) in enumerate(lines):
        s = shapes[i]
        prev = shapes[i - 1] if i > 0 else [0.0] * len(s)
        nxt = shapes[i + 1] if i + 1 < n else [0.0] * len(s)
        run = 1
        j = i - 1
        while j >= 0 and prose[j] == prose[i] and run < 5:
            run, j = run + 1, j - 1
        j = i + 1
        while j < n and prose[j] == prose[i] and run < 5:
            run, j = run + 1, j + 1
        bag = bags[i]
        rows.append(
            [
                1.0,
                *s,
                float(bullet),
                float(heading),
                float(prose[i]),
                float(i == 0),
                float(i < first),
                float(i > last),
                i / max(n - 1, 1),
                max(-5, min(5, i - first)) / 5 if first < n else 0.0,
                float(i > 0 and prose[i - 1]),
                prev[3],
                prev[0],
                prev[1],
                float(i + 1 < n and prose[i + 1]),
                nxt[3],
                nxt[0],
                nxt[1],
                run / 5,
                min(paras[para], 5) / 5,
                sum(seen[w] > 1 for w in bag) / len(bag) if bag else 0.0,
                float(count[texts[i]] > 1),
            ]
        )
    return rows
