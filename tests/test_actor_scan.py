"""The actor rules' ``scan`` is no longer held beside ``prose`` while the rules run (issue
12): ``actor_scan.Masked`` answers from the document's text and the blanked spans what the
whole blanked text answered, and ``Text`` keeps no third copy of the text."""

from __future__ import annotations

import random
import re

from summarizer._extract.actor_cue_patterns import cues
from summarizer._extract.actor_cues import _R_BARE_LABEL
from summarizer._extract.actor_rules import rules
from summarizer._extract.actor_scan import Masked, detached
from summarizer._extract.actor_text import Text
from summarizer._extract.actors import _line_bits, find_actors
from summarizer._lang.en import ENGLISH
from summarizer._text.segment import segment

_PIECES = [
    "Smith", "said", "the", "plan", "\n", "\n\n", "https://x.com/Smith", "www.example.org/a",
    "a.b@example.com", "WASHINGTON, March 3 -- ", "KIRBY: We will.", "(Reuters: RTRS)",
    "Mr. Jones: Yes.", "’", "“Good,”", "Smith’s", "SmithSmith", " ", "—",
]  # fmt: skip


def _texts(seed: int, n: int) -> list[str]:
    r = random.Random(seed)
    return [" ".join(r.choice(_PIECES) for _ in range(r.randint(0, 60))) for _ in range(n)]


def _blanked(rx: re.Pattern[str], text: str) -> str:
    return rx.sub(lambda m: " " * len(m.group()), text)


def test_masked_equals_the_blanked_text() -> None:
    r = random.Random(3)
    for mask in (rules(ENGLISH).mask, rules(ENGLISH).mask_no_mail):
        for text in _texts(1, 400):
            masked, whole = Masked(text, mask), _blanked(mask, text)
            assert masked.made() == whole
            for _ in range(5):
                a = r.randint(0, len(text))
                b = r.randint(a, len(text))
                assert masked.slice(a, b) == whole[a:b]
            for word in ("Smith", "SmithSmith", "x.com/Smith", "example", "S", "’"):
                for most in (1, 2, 3, 100):
                    assert masked.count(word, most) == min(whole.count(word), most)


def test_nothing_blanked_is_the_text_itself() -> None:
    text = "Smith said the plan was good."
    assert Masked(text, rules(ENGLISH).mask).made() is text


def test_detached_matches_read_as_the_matches() -> None:
    for rx in (cues(ENGLISH).label, _R_BARE_LABEL):
        for text in _texts(2, 300):
            text = text.replace(" \n", "\n")
            got, want = detached(rx.finditer(text)), list(rx.finditer(text))
            assert len(got) == len(want)
            for g, w in zip(got, want, strict=True):
                for name in (0, *rx.groupindex):
                    assert (g.start(name), g.end(name), g[name]) == (
                        w.start(name), w.end(name), w[name],
                    )  # fmt: skip
                    assert g.span(name) == w.span(name) and g.group(name) == w.group(name)


def test_text_holds_no_blanked_copy_while_the_rules_run() -> None:
    body = "Talks resumed, officials said on Tuesday, after a pause of several days.\n\n"
    text = (
        "TALKS RESUME IN GENEVA\n\nWASHINGTON, March 3 -- " + body + "See https://x.com/a.\n\n"
        "KIRBY: We will meet again.\n\nKIRBY: And again after that.\n\n" + body * 20
    )
    doc = segment(text)
    t = Text(doc, _line_bits(ENGLISH))
    assert t.prose != text and t.scan != t.prose and t.scan != text  # three different texts
    held = [v for v in vars(t).values() if isinstance(v, str) and len(v) == len(text)]
    assert [v is t.prose for v in held] == [True]  # prose alone: scan is made when read
    assert t.scan == _blanked(rules(ENGLISH).mask_no_mail, text)
    assert "KIRBY" in [a.name for a in find_actors(doc)]  # the label, read in scan
