"""Polarity and stance direction: "not" added or dropped, "oppose" over a sentence of support.

A negation in the item must stand over the same predicate as a negation in
the cited text (the content words just after each cue are compared), and a
predicate the cited text negates must not reappear in the item un-negated.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CUE = re.compile(
    r"\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|unable|lacks?|lacked"
    r"|den(?:y|ies|ied|ying|ial)|refus(?:e|es|ed|ing|al)|fail(?:s|ed|ing)?\s+to|reject(?:s|ed|ing)?"
    r"|dismiss(?:es|ed|ing)?|no\s+longer)\b|n['’]t\b",
    re.IGNORECASE,
)
_FILLER = frozenset(
    """a an the be been being is are was were has have had do does did any just very so at all
    yet to of that this it its their his her he she they we i you in on for with as by also
    much more most quite really strongly certainly only still ever""".split()
)
_WINDOW = 5
_SUPPORT = re.compile(
    r"\b(?:welcom|support|back(?:s|ed|ing)?\b|prais|endors|applaud|congratulat|favou?r|"
    r"hail|champion|approv|embrac|agree|call(?:s|ed)? for|urg|wants?\b|hop(?:e|es|ed)\b)",
    re.IGNORECASE,
)
_OPPOSE = re.compile(
    r"\b(?:oppos|criticis|criticiz|condemn|reject|denounc|accus|warn|caution|veto|slam|"
    r"object|protest|push(?:ed)? back|blam|against|illegal|attack|refus|deni|den(?:y|ies)|"
    r"dismiss|evil|criminal|animal|worse|degrad|low point|all-time low|cover-up)",
    re.IGNORECASE,
)


def _stem(word: str) -> str:
    return word.lower()[:5]


@lru_cache(maxsize=2048)
def negations(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(cue, stems of the content words right after it) for each negation in ``text``."""
    out = []
    for m in _CUE.finditer(text):
        following = re.findall(r"[A-Za-z]+", text[m.end() : m.end() + 80])
        content = [w for w in following if w.lower() not in _FILLER][:_WINDOW]
        out.append((m.group(0).lower(), frozenset(_stem(w) for w in content)))
    return tuple(out)


def _content(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z]{4,}", text) if w.lower() not in _FILLER}


def check_polarity(item: str, cited: str) -> str | bool | None:
    """Negations of the item stand in the cited text over the same words, and vice versa."""
    mine, theirs = negations(item), negations(cited)
    for cue, after in mine:
        if not any(after & t_after or not after for _, t_after in theirs):
            words = " ".join(sorted(after))[:40]
            return f"{cue!r} ({words}...) is not negated in the cited text"
    if not mine:
        item_words = _content(item)
        for cue, after in theirs:
            # Only the first content word: what the cue negates, not the rest of the clause.
            shared = [w for w in after if w in item_words]
            if len(shared) < min(2, len(after)):
                continue  # the item does not restate this negated clause
            head = next((w for w in shared if _negated_head(cited, cue, w)), None)
            if head is not None:
                return f"the cited text says {cue!r} before {head!r}..., the item does not"
    return True if (mine or theirs) else None


def _negated_head(cited: str, cue: str, head: str) -> bool:
    """Whether ``head`` is among the first two content words after ``cue`` in ``cited``."""
    for m in _CUE.finditer(cited):
        if m.group(0).lower() != cue:
            continue
        following = re.findall(r"[A-Za-z]+", cited[m.end() : m.end() + 60])
        content = [_stem(w) for w in following if w.lower() not in _FILLER][:2]
        if head in content:
            return True
    return False


def check_stance(label: str, topic: str, cited: str) -> str | bool | None:
    """ "oppose" over text that only supports (or "support" over text that only opposes) fails."""
    if label not in ("support", "oppose"):
        return None
    pro = bool(_SUPPORT.search(cited))
    con = bool(_OPPOSE.search(cited)) or bool(negations(cited))
    if label == "oppose" and pro and not con:
        return f"'oppose' on {topic!r}, but the cited text only shows support"
    if label == "support" and con and not pro:
        return f"'support' on {topic!r}, but the cited text only shows opposition"
    return True if (pro or con) else None
