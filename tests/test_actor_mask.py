"""The actor rules' mask without its e-mail branch, used on a text with no "@", blanks what
the whole mask blanks: the e-mail branch never matches there."""

from __future__ import annotations

import random

import pytest

from summarizer._extract.actor_rules import rules
from summarizer._lang.en import ENGLISH

_PIECES = [
    "https://x.org/a", "www.example.com", "](http://a)", "[link]", "WASHINGTON (AP) -- ",
    "LONDON, Jan. 5 — ", "KYIV, Ukraine (Reuters) – ", "(NYSE: ABC)", "(Nasdaq: XY; TSX: Z)",
    "mail.me", "John Smith", "said", ".", ",", " ", " ", "\n", "\n\n", "-- ", "—", "(", ")",
    "SMITH", "A.B.", "x", ": ", "a.b", "user",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_the_mask_without_mail_blanks_the_same_in_a_text_without_at(seed: int) -> None:
    r = rules(ENGLISH)
    rnd = random.Random(seed)
    blanked = 0
    for _ in range(300):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 40)))
        want = [m.span() for m in r.mask.finditer(text)]
        assert [m.span() for m in r.mask_no_mail.finditer(text)] == want, text
        blanked += len(want)
    assert blanked > 300


def test_the_whole_mask_blanks_an_address() -> None:
    assert rules(ENGLISH).mask.search("write to jo.smith@example.com today")
