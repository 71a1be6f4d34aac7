"""``casing.lower`` is ``str.lower``, block by block: the same string, whatever is cut."""

from __future__ import annotations

import random
import tracemalloc

from summarizer._text import casing

# Letters whose lower form depends on their neighbours or changes the length, case-ignorable
# marks the final-sigma rule reads past, and every kind of whitespace a block may be cut at.
_ALPHABET = "ΣσςΑΒabcİIıſK\u212a\u0345\u00ad'’.\u0301 \t\n\u00a0\u2028\u3000xyzŉﬃ“”"


def test_lower_is_str_lower_at_every_cut() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
        for block in (1, 2, 3, 5, 8):
            assert casing.lower(text, block) == text.lower(), (text, block)


def test_final_sigma_across_a_cut() -> None:
    """Σ is final before a space, not before a letter: a cut just after the space keeps
    the letters each side of every sigma in one block."""
    for text in ("ΟΔΟΣ ΑΣΑ", "ΑΣ\u0301 Σ", "Σ Σ Σ", "ΑΣ\u00adΑ ΑΣ\u00ad ΣΑ"):
        for block in range(1, len(text) + 1):
            assert casing.lower(text, block) == text.lower()


def test_a_long_text_is_lowered_without_the_scratch_buffer() -> None:
    """One curly quote in 1 MB: ``str.lower`` takes 12 bytes a character for a moment."""
    text = "“" + "The Quick Brown Fox said. " * 40_000
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        low = casing.lowered(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert low == text.lower()
    assert peak - before < 6 * len(text)  # the result and its blocks, at two bytes a character


def test_fold_test_and_lowered_fast_paths_are_the_general_reading() -> None:
    """``folds_to_ascii`` scans for each letter; ``lowered`` of an ASCII text skips the fold:
    both as the set test and the fold-then-lower they replace."""
    rng = random.Random(11)
    folding = frozenset("\u0130\u0131\u017f\u212a")
    for _ in range(5000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        assert casing.folds_to_ascii(text) == (not text.isascii() and not folding.isdisjoint(text))
        assert casing.lowered(text) == casing.lower(casing.ascii_folded(text))
