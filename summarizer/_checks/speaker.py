"""Speakers: a claim is not put in the mouth of someone other than its speaker.

"X said ..." in an item must name one who makes the statement in the cited text
(or, for a headline or abstract, in the sentences that best state what X is said
to have said).  Apart from names.py, whose actor mentions it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from summarizer._checks.names import _SPEECH, Resolve, _akin, _mentions
from summarizer._text.scan import prefiltered

_ACCORDING = prefiltered(re.compile(r"\b(?i:according to)\s+((?:[A-Z][\w'’.-]*\s?)+)"))
_CLAUSE_BREAK = re.compile(r"[;:]|\band\b")


def asserted_by(item: str, resolve: Resolve) -> list[tuple[str, str, str]]:
    """(as written, actor, what follows) for each actor the item names as asserting."""
    out = []
    for start, end, name in _mentions(item, resolve):
        rest = item[end:]
        if item[start:end].endswith(("'s", "’s")):
            rest = "'s" + rest  # "Russia's foreign ministry said": the ministry is Russia's
        m = _ASSERTS.match(rest)
        if m:
            out.append((item[start:end], name, rest[m.end() :]))
    for m in _ACCORDING.finditer(item):
        said = resolve(m.group(1).strip())
        if said is not None:
            out.append((m.group(1).strip(), said, item[m.end() :]))
    return out


@lru_cache(maxsize=1024)
def _asserters(text: str, resolve: Resolve) -> frozenset[str]:
    """Who ``text`` names as asserting: cached, items citing the same sentences share it."""
    return frozenset(name for _, name, _ in asserted_by(text, resolve))


_ASSERTS = re.compile(
    r"(?:['’]s(?:\s+(?!(?:and|but|or|who|which|that|to)\b)[a-z]\w*){1,2}\s+)?"
    rf"\s*(?:,[^,]{{1,60}},\s*)?{_SPEECH}"
)


def _part_of(name: str, speakers: set[str]) -> bool:
    """ "Russia" for the "Russian foreign ministry" code found speaking."""
    words = [w.casefold() for w in name.split()]
    return any(_akin(w, o.casefold()) for s in speakers for o in s.split() for w in words)


def _fits(name: str, speakers: set[str]) -> bool:
    """``name`` is one of ``speakers``, or part of one."""
    return name in speakers or _part_of(name, speakers)


Locate = Callable[[str], tuple[str, frozenset[str]]]


def check_speaker(
    item: str,
    cited: str,
    allowed: set[str],
    resolve: Resolve,
    *,
    strict: bool,
    locate: Locate | None = None,
) -> str | bool | None:
    """Whoever the item names as asserting is one code found asserting in the cited text.

    ``strict`` (a claim line): ``allowed`` is the statement's speaker; anyone else the item
    has asserting must be reported as asserting by the cited text itself ("X said the US
    believes ...").  Otherwise ``allowed`` are the speakers code found in the cited text.
    ``locate`` (headline and abstract, which cite the whole article) finds the sentence
    that best states what follows the speech verb: (its text with the one before, its
    speakers); the asserter must be one of them.
    """
    said = asserted_by(item, resolve)
    if not said:
        return None
    nested: set[str] | None = None  # who the cited text has asserting: read if needed
    for written, name, clause in said:
        if locate is not None:
            text, speakers = locate(_CLAUSE_BREAK.split(clause)[0])
            fits = _fits(name, set(speakers) | _asserters(text, resolve))
        # One of ``allowed`` (or part of one) passes whoever else asserts: most claims.
        elif not (fits := _fits(name, allowed)):
            nested = set(_asserters(cited, resolve)) if nested is None else nested
            fits = _fits(name, allowed | nested)
        if not fits:
            if strict:
                return f"{written!r} did not make this statement ({', '.join(allowed)} did)"
            return f"{written!r} is not the one who says this in the cited text"
    return True
