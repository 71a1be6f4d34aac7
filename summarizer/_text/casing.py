"""Whole texts lowered for literal prechecks, without CPython's per-call scratch buffer.

``str.lower`` on a text with any character outside ASCII first writes its result into
a scratch buffer of three 4-byte code points per character (a character may lower to
three): twelve bytes a character, 10 MB for a 1 MB article with one curly quote, and the
peak memory of the stage that asked.  ``lowered`` lowers such a text a block at a time,
each block cut just after a whitespace character, and joins the blocks: the same string,
since lowering is per character except for the Greek capital sigma, whose final form
depends on the letters around it, and no whitespace character is a letter or one the
rule reads past (it reads past case-ignorable characters only).
"""

from __future__ import annotations

import re

# The letters outside ASCII that re's IGNORECASE matches to an ASCII letter (see scan._FOLDS).
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDING = ("\u0130", "\u0131", "\u017f", "\u212a")
BLOCK = 1 << 16  # characters lowered at once: a 768 KiB scratch buffer at most
_R_SPACE = re.compile(r"\s")


def folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds one of those letters: where it does, a word an IGNORECASE
    pattern matched may not be the ASCII word it stands for (``isascii`` is a flag read)."""
    return not text.isascii() and any(map(text.__contains__, _FOLDING))  # four C scans


def ascii_folded(text: str) -> str:
    """``text`` with the four letters an IGNORECASE pattern takes for ASCII ones (İ ı ſ K)
    made those, one character each (offsets hold): a word such a pattern matched ("laſt
    week", "ſix") is then a key of the tables its reader looks it up in, not a KeyError."""
    return text.translate(_TO_ASCII) if folds_to_ascii(text) else text


def lowered(text: str) -> str:
    """``text`` lowercased for a literal precheck of an IGNORECASE pattern: a lowercase ASCII
    phrase such a pattern matches in ``text`` is a substring of it (the letters that fold to
    an ASCII one are made that one first).  ``phrase in lowered(text)`` costs a C scan where
    the pattern would be tried at every character.  Also the key of a matched word."""
    if text.isascii():  # most lines: nothing to fold, lowered at once
        return text.lower()
    return lower(ascii_folded(text))


def lower(text: str, block: int = BLOCK) -> str:
    """``text.lower()``, a block at a time where CPython would take a scratch buffer of
    twelve bytes a character (any text that is not ASCII)."""
    if len(text) <= block or text.isascii():
        return text.lower()
    parts, at = [], 0
    while at < len(text):
        space = _R_SPACE.search(text, at + block)
        cut = space.end() if space else len(text)
        parts.append(text[at:cut].lower())
        at = cut
    return "".join(parts)


def lowered_bytes(text: str, block: int = BLOCK) -> bytearray | None:
    """``lowered(text)`` one byte a character, Latin-1, each character outside Latin-1 a
    "?": a word of Latin-1 characters without "?" is at the same places in both.  Made a
    block of ``lower``'s into a buffer sized once: ``lowered`` of a text with one curly
    quote is two bytes a character, held through the dates stage, where it was a long
    normal article's peak (issue 12).  None where lowering changes the length."""
    out = bytearray(len(text))
    at, whole = 0, len(text) <= block and not text.isascii()
    while at < len(text):
        space = None if whole else _R_SPACE.search(text, at + block)
        cut = space.end() if space else len(text)
        low = ascii_folded(text[at:cut]).lower()  # lowering reads no further than a space
        if len(low) != cut - at:
            return None
        out[at:cut] = low.encode("latin-1", "replace")
        at = cut
    return out
