"""Polarity and stance direction: "not" added or dropped, "oppose" over a sentence of support.

A negation in the item must stand over the same predicate as a negation in
the cited text (the content words just after each cue are compared), and a
predicate the cited text negates must not reappear in the item un-negated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer._text.scan import prefiltered

_CUE = prefiltered(
    re.compile(
        r"\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|unable|lacks?|lacked"
        r"|den(?:y|ies|ied|ying|ial)|refus(?:e|es|ed|ing|al)|fail(?:s|ed|ing)?\s+to|reject(?:s|ed|ing)?"
        r"|dismiss(?:es|ed|ing)?|no\s+longer|non(?=-))\b|n['’]t\b",
        re.IGNORECASE,
    )
)
_FILLER = frozenset(
    """a an the be been being is are was were has have had do does did any just very so at all
    yet to of that this it its their his her he she they we i you in on for with as by also
    much more most quite really strongly certainly only still ever""".split()
)
_WINDOW = 5
# Stance cues, as lowercase stem prefixes; a cue that is part of the topic ("Russia's
# support for Assad", "a resolution condemning ...") says nothing about the stance.
_PRO = """welcom support backs backed backing prais endors applaud congratulat favour favor hail
    champion approv embrac agree want hope successful success productive proud pledg promis
    urge urging demand allies supporter defend appropriate keen achiev historic thank excit
    pleased delight positive benefit improv boost progress confiden lawful""".split()
_CON = """oppos critici condemn reject denounc accus warn caution against veto slam objected
    objection protest pushed blam illegal refus deny denied denies dismiss evil criminal animal
    worse degrad cover-up ouster rethink stop halt fear threat shadow corrupt scandal
    dismay inappropriate problem concern risk danger harm damag crisis violat wrong unfair
    unlawful hide hiding conceal""".split()
_PRO += "launch introduc unveil intend greatest".split()  # doing or praising the thing
_PRO_EXACT = frozenset(
    """like likes liked ally commit commits committed commitment legal ask asks asked asking
    aim aims aimed aiming goal goals seek seeks seeking sought works callfor rightway
    ontrack""".split()
)
# Multi-word cues, folded to one token first: "called for" (not "called it"), "in the right
# direction", "on track".  Each with a word its matches hold (a text without it is not
# searched) and prefiltered (tried only where it can start): tried at every position, the
# three cost a stance check as much as the rest of it.
_PHRASES = (
    ("call", prefiltered(re.compile(r"\bcall(?:s|ed|ing)?\s+(?:for|on)\b")), " callfor "),
    ("right", prefiltered(re.compile(r"\b(?:the\s+)?right\s+(?:direction|track|way)\b")),
     " rightway "),
    ("track", prefiltered(re.compile(r"\bon\s+track\b")), " ontrack "),
)  # fmt: skip
_CON_EXACT = frozenset("end ends low".split())
_NEGATORS = frozenset("not no never n't without cannot nor nothing none nobody neither".split())


_IRREGULAR = {
    "said": "say", "says": "say", "held": "hold", "met": "meet", "meets": "meet", "told": "tell",
    "did": "do", "does": "do", "made": "make", "took": "take", "gave": "give", "went": "go",
    "came": "come", "saw": "see", "seen": "see", "found": "find", "left": "leave", "won": "win",
    "lost": "lose", "sent": "send", "thought": "think", "brought": "bring", "kept": "keep",
    "became": "become", "began": "begin", "wrote": "write", "spoke": "speak", "sold": "sell",
    "stood": "stand", "paid": "pay", "ran": "run", "got": "get", "led": "lead", "knew": "know",
}  # fmt: skip


_ENDING = re.compile(r"(?:ing|ed|es|s)$")
_HYPHENATED = re.compile(r"[A-Za-z-]+")
_TOKENS = re.compile(r"[a-z]+(?:-[a-z]+)?|n't")


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """Five letters of the lemma: "said" and "say", "holds" and "held" compare equal."""
    w = word.lower()
    w = _IRREGULAR.get(w, w)
    if len(w) > 5:
        w = _ENDING.sub("", w)
    return w[:5]


_SAME_CUE = {"n't": "not", "cannot": "can't", "denied": "deny", "denies": "deny"}


_LETTERS = re.compile(r"[A-Za-z]+")
_WORD2 = re.compile(r"[A-Za-z]{2,}")


@lru_cache(maxsize=2048)
def negations(
    text: str, prefixes: bool = False
) -> tuple[tuple[str, frozenset[str], str, bool], ...]:
    """(cue, stems of the content words right after it, the first of them, whether that one
    is a lower-case word, i.e. a predicate rather than a name) per negation.

    ``prefixes``: "non-" counts too (on the cited side: "non-OPEC" covers "not in OPEC").
    """
    out = []
    for m in _CUE.finditer(text):
        if m.group(0).lower() == "non" and not prefixes:
            continue
        following = [
            w for w in _LETTERS.findall(text, m.end(), m.end() + 80) if w.lower() not in _FILLER
        ][:_WINDOW]
        content = [_stem(w) for w in following]
        cue = " ".join(m.group(0).lower().split())
        head, lower = (content[0], following[0].islower()) if content else ("", False)
        out.append((_SAME_CUE.get(cue, cue), frozenset(content), head, lower))
    return tuple(out)


@lru_cache(maxsize=512)
def _content(text: str) -> frozenset[str]:
    words = set(_WORD2.findall(text))  # each word once: the whole article repeats most
    return frozenset({_stem(w) for w in words if w.lower() not in _FILLER})


_MODAL = prefiltered(
    re.compile(r"\b(can|will|would|could|should|must|do|does|did)(?:n['’]t|not| not)\b", re.I)
)


def check_polarity(item: str, cited: str, whole: bool = False) -> str | bool | None:
    """Negations of the item stand in the cited text over the same words, and vice versa.

    An item's negation fails when the word it negates is stated un-negated in the cited
    text.  Otherwise it passes when the cited text negates that word or (a short cited
    text, not the whole article) uses the same cue as often: "cannot go on like this" over
    "cannot have this kind of relationship".  A cited negation whose clause the item
    restates needs a negation there, and a negated modal ("cannot") may not come back bare.
    """
    mine, theirs = negations(item), negations(cited, prefixes=True)
    if not mine and not theirs:
        return None
    for cue, _after, head, predicate in mine:
        covered = any(head in t[1] for t in theirs)
        if not head or covered:
            continue
        # Read the cited text's words only here: most items negate nothing the article
        # does not, and the whole article's words cost a headline 0.3 ms.
        if predicate and head in _content(cited):
            return f"{cue!r} {head}...: the cited text states it without negation"
        same = sum(m[0] == cue for m in mine) <= sum(t[0] == cue for t in theirs)
        if whole or not same:
            return f"{cue!r} ({head}...) is not negated in the cited text"
    item_words = _content(item)
    for cue, after, head, _predicate in theirs:
        if (
            cue == "non"
            or not head
            or head not in item_words
            or len(after & item_words) < min(2, len(after))
        ):
            continue  # the item does not restate this negated clause
        if not any(m[0] == cue or head in m[1] for m in mine):
            return f"the cited text says {cue!r} before {head!r}..., the item does not"
    if not mine and not whole:
        for m in _MODAL.finditer(cited):
            if re.search(rf"\b{m.group(1)}\b", item, re.I):
                return f"the cited text says {m.group(0)!r}, the item {m.group(1)!r}"
    return True if (mine or theirs) else None


_PRO_STARTS, _CON_STARTS = tuple(_PRO), tuple(_CON)


def _sign(word: str) -> int:
    """+1 a support cue, -1 an opposition cue, 0 neither (or both)."""
    pro = word in _PRO_EXACT or word.startswith(_PRO_STARTS)
    return int(pro) - int(word in _CON_EXACT or word.startswith(_CON_STARTS))


@lru_cache(maxsize=16384)
def _cue(word: str) -> int | None:
    """None for a negator, else ``_sign``: one lookup a token."""
    return None if word in _NEGATORS else _sign(word)


def _polarity_score(text: str, topic: str) -> int:
    """Support cues minus opposition cues (negated cues count the other way)."""
    own = {_stem(w) for w in _HYPHENATED.findall(topic)}
    score, flip_until = 0, -1
    folded = text.lower()
    for word, pattern, token in _PHRASES:
        if word in folded:
            folded = pattern.sub(token, folded)
    tokens = _TOKENS.findall(folded)
    for i, w in enumerate(tokens):
        sign = _cue(w)
        if sign is None:
            flip_until = i + 3
            continue
        # A word that is no cue adds nothing, negated or not: its stem is not needed.
        if not sign or _stem(w) in own:
            continue
        # "could not be prouder": a negated comparative is not a negation of the stance.
        negated = i <= flip_until and not (w.endswith("er") and len(w) > 5)
        score += -sign if negated else sign
    return score


def check_stance(label: str, topic: str, summary: str, cited: str) -> str | bool | None:
    """A "support" or "oppose" label needs the summary and cited text to lean that way.

    Approval and disapproval predicates are counted (negated ones the other way: "did not
    support" is opposition).  Leaning the other way fails; leaning neither way fails too:
    a direction code cannot see in the text is not verified (on the eight tuning articles
    of eval/scripted only 1 of 28 correct support/oppose stances had no cue, while every
    flipped label over a cue-less text went through).  "neutral" and "mixed" are not
    checked.
    """
    if label not in ("support", "oppose"):
        return None
    score = _polarity_score(f"{summary} {cited}", topic)
    if label == "oppose" and score > 0:
        return f"'oppose' on {topic!r}, but the cited text leans to support"
    if label == "support" and score < 0:
        return f"'support' on {topic!r}, but the cited text leans to opposition"
    if not score:
        return f"{label!r} on {topic!r}, but the cited text states no approval or disapproval"
    return True
