"""The liar's distortions of wording: negation, numbers, units, dates, invented quotes.

Each rewrites the item's own text where it holds something to change (a predicate, a
number, a unit after a number, a date); ``liar`` picks one per run and tags it.  Kept
apart from the distortions of who says what (``liar_actors``), which read the article's
actors rather than the item's words.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer._scripted.fixture import Fixture, Item, _norm


def _text(item: Item, new: str | None) -> Item | None:
    return replace(item, text=new) if new is not None and new != item.text else None


# --- negation ---------------------------------------------------------------------------

_REMOVE = (
    (r"\bcannot\b", "can"),
    (r"\bcan't\b", "can"),
    (r"\bwon't\b", "will"),
    (r"\b(is|are|was|were|do|does|did|has|have|had|could|would|should)n't\b", r"\1"),
    (r"\bnot\s+", ""),
    (r"\bnever\b", "always"),
)
_AUX = re.compile(
    r"\b(is|are|was|were|will|would|can|could|should|must|may|might)\b(?! not)"
    r"|\b(?:has|have|had)\b(?= (?:\w+(?:ed|en|wn)|been|made|held|said|met|got|become|left|won"
    r"|lost|cut|sent|told|seen)\b)"
)
_VERBS = {
    "said": "did not say", "says": "does not say", "met": "did not meet",
    "held": "did not hold", "called": "did not call", "warned": "did not warn",
    "vetoed": "did not veto", "declassified": "did not declassify", "showed": "did not show",
    "described": "did not describe", "told": "did not tell", "cautioned": "did not caution",
    "compared": "did not compare", "thinks": "does not think", "believes": "does not believe",
    "wants": "does not want", "landed": "did not land", "returned": "did not return",
    "splashed": "did not splash", "agreed": "did not agree", "launched": "did not launch",
    "announced": "did not announce", "reached": "did not reach", "welcomed": "did not welcome",
    "criticised": "did not criticise", "criticized": "did not criticize", "urged": "did not urge",
    "charged": "did not charge", "indicted": "did not indict", "won": "did not win",
"raised": "did not raise", "sent": "did not send",
    "completed": "did not complete", "confirmed": "did not confirm", "accused": "did not accuse",
    "released": "did not release", "touched": "did not touch", "arrested": "did not arrest",
    "asked": "did not ask", "debated": "did not debate", "answered": "did not answer",
    "praised": "did not praise", "backed": "did not back", "supported": "did not support",
    "opposed": "did not oppose", "pledged": "did not pledge", "promised": "did not promise",
    "reported": "did not report", "expects": "does not expect", "expected": "did not expect",
    "launches": "does not launch", "aims": "does not aim", "shows": "does not show",
    "depicts": "does not depict", "visited": "did not visit", "discussed": "did not discuss",
}  # fmt: skip
_VERB = re.compile(r"(?<!\bto )\b(" + "|".join(_VERBS) + r")\b")  # not an infinitive


def _negation(item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random) -> Item | None:
    text = item.text
    for pattern, repl in _REMOVE:
        new = re.sub(pattern, repl, text, count=1)
        if new != text:
            return _text(item, new)
    aux, verb = _AUX.search(text), _VERB.search(text)
    if aux and (verb is None or aux.start() < verb.start()):
        return _text(item, f"{text[: aux.end()]} not{text[aux.end() :]}")
    if verb:
        return _text(item, f"{text[: verb.start()]}{_VERBS[verb.group(1)]}{text[verb.end() :]}")
    return None


# --- numbers and units --------------------------------------------------------------------

_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
# Digits (not inside a name like "Crew-11", a clock time or "2003/04"), or number words.
_NUMBER = re.compile(
    r"(?<![A-Za-z]-)(?<![\w.:/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w:/-])"
    r"|\b(" + "|".join(_WORDS) + r")\b(?! of\b)",
    re.IGNORECASE,
)
_MONTH_NEAR = re.compile(r"\b(?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s*$")
_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(m[:3] for m in _MONTHS) + ")"
)
_QUANTITY = r"(?:\d[\d,.]*|" + "|".join(_WORDS) + r"|a|per)"


def _is_date_number(text: str, m: re.Match[str]) -> bool:
    """Years and days of a month belong to the wrong-date distortion, not this one."""
    value = m.group(1)
    if not value:
        return False
    if re.fullmatch(r"(19|20)\d\d", value):
        return True
    return bool(_MONTH_NEAR.search(text[: m.start()]) or _MONTH_AFTER.match(text[m.end() :]))


def _number(item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random) -> Item | None:
    text = item.text
    for m in _NUMBER.finditer(text):
        if _is_date_number(text, m) or re.search(r"\b(no|any|every|some)\s+$", text[: m.start()]):
            continue
        if m.group(2) and m.group(2)[0].isupper() and m.start() > 0:  # "Meeting Room One"
            continue
        if m.group(1):
            raw = m.group(1)
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            value = float(raw.replace(",", ""))
            # A new number, not one standing elsewhere in the article ("16 to 24" -> "24 to 24").
            shown = set(re.findall(r"\d[\d,.]*\d|\d", f.article))
            options = [round(value * k, decimals) for k in (0.5, 1.5, 2.0, 3.0)]
            options += [value + 1] if value < 100 else []
            rng.shuffle(options)
            sep = "," if "," in raw else ""
            texts = (f"{v:{sep}.{decimals}f}" for v in options)
            new = next((s for s in texts if s != raw and s not in shown), "")
            if not new:
                continue
        else:
            word = m.group(2).lower()
            i = _WORDS.index(word)
            new = _WORDS[(i + 1) % len(_WORDS)] if word != "hundred" else "thousand"
            new = new.capitalize() if m.group(2)[0].isupper() else new
        return _text(item, text[: m.start()] + new + text[m.end() :])
    return None


_UNITS = {
    "million": "billion", "billion": "million", "thousand": "million", "miles": "kilometers",
    "mile": "kilometer", "kilometers": "miles", "kilometres": "miles", "km": "miles",
    "feet": "meters", "meters": "feet", "metres": "feet", "days": "weeks", "day": "week",
    "hours": "days", "hour": "day", "minutes": "hours", "weeks": "months", "months": "years",
    "years": "decades", "barrels": "tonnes", "tonnes": "barrels", "tons": "barrels",
    "percent": "percentage points", "per cent": "percentage points", "dollars": "euros",
    "mph": "km/h",
}  # fmt: skip
_UNIT = re.compile(
    r"\b" + _QUANTITY + r"(?:-|\s+)(?:\w+\s+)?(" + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)  # fmt: skip
_CURRENCY = re.compile(r"([$£€])(?=\d)")


def _unit(item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random) -> Item | None:
    text = item.text
    m = _UNIT.search(text)
    c = _CURRENCY.search(text)
    if c and (m is None or c.start() < m.start()):
        swap = {"$": "€", "£": "$", "€": "$"}[c.group(1)]
        return _text(item, text[: c.start()] + swap + text[c.end() :])
    if m:
        unit = m.group(1)
        return _text(item, text[: m.start(1)] + _UNITS[unit.lower()] + text[m.end(1) :])
    return None


_EDGE_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "and",
    "or",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "that",
    "as",
    "is",
    "are",
    "was",
    "were",
    "his",
    "her",
    "its",
    "their",
    "from",
}

# --- dates and quotes -----------------------------------------------------------------------

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_RELATIVE = {"today": "yesterday", "yesterday": "last week", "tomorrow": "next week",
             "last week": "last month", "next week": "next month"}  # fmt: skip


def _wrong_date(item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random) -> Item | None:
    text = item.text
    pattern = (
        r"\b(" + "|".join(_DAYS + _MONTHS) + r"|(?i:" + "|".join(_RELATIVE) + r")|(19|20)\d\d)\b"
    )
    found = [(m.start(), m.end(), m.group(0)) for m in re.finditer(pattern, text)]
    # "May" the month, not the verb: only with a day number after it.
    found = [x for x in found if x[2] != "May" or re.match(r"May \d", text[x[0] :])]
    if not found:
        return None
    start, end, word = found[0]
    if word.isdigit():
        new = str(int(word) + rng.choice((-1, 1)))
    elif word.capitalize() in _DAYS:
        new = _DAYS[(_DAYS.index(word.capitalize()) + rng.choice((1, 2, 5, 6))) % 7]
    elif word.capitalize() in _MONTHS:
        new = _MONTHS[(_MONTHS.index(word.capitalize()) + rng.choice((1, 2, 10, 11))) % 12]
    else:
        new = _RELATIVE[word.lower()]
        new = new.capitalize() if word[0].isupper() else new
    return _text(item, text[:start] + new + text[end:])


def _invented_quote(
    item: Item, f: Fixture, _: Sequence[Fixture], rng: random.Random
) -> Item | None:
    """Quotation marks around the item's own paraphrase: words the article never says."""
    article = _norm(f.article).casefold()
    words = list(re.finditer(r"[\w'’.-]+", item.text))
    windows = []
    for size in (4, 3, 5):
        for i in range(1, len(words) - size + 1):
            start, end = words[i].start(), words[i + size - 1].end()
            span = item.text[start:end].rstrip(".")
            if re.search(r"[,;:]", span):  # a quoted phrase, not two clauses
                continue
            edges = (words[i].group(0).casefold(), words[i + size - 1].group(0).casefold())
            if '"' in span or _norm(span).casefold() in article or set(edges) & _EDGE_STOP:
                continue
            windows.append((start, start + len(span)))
        if windows:
            break
    if not windows:
        return None
    start, end = rng.choice(windows)
    return _text(item, f'{item.text[:start]}"{item.text[start:end]}"{item.text[end:]}')
