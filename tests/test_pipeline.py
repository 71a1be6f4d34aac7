"""The pipeline's own rules (not the extractors'): what each task is shown."""

from __future__ import annotations

from summarizer._pipeline import MAX_CANDIDATES, find
from summarizer._text.segment import segment

NAMES = [
    "Anna Berg", "Boris Kohl", "Carla Diaz", "David Estes", "Elena Fox", "Frank Gill",
    "Greta Hahn", "Henry Ives", "Irene Jung", "Jonas Kirk", "Karen Lund", "Lars Moen",
    "Maria Nash", "Nils Ortiz",
]  # fmt: skip
DOC = segment(" ".join(f"{n} said the plan was a serious mistake for the town." for n in NAMES))


def test_an_actor_named_after_the_first_twelve_still_gets_a_stance() -> None:
    """Regression: actors were capped over the whole article, then filtered per part."""
    findings = find(DOC, None)
    assert [a.name for a in findings.actors] == NAMES
    late_part = {s.id for s in DOC.sentences[-2:]}
    listed = findings.stance_actors(late_part)
    assert [a["name"] for a in listed] == ["Maria Nash", "Nils Ortiz"]
    assert [a["sentences"] for a in listed] == [[13], [14]]


def test_a_part_lists_at_most_the_cap_of_actors() -> None:
    listed = find(DOC, None).stance_actors({s.id for s in DOC.sentences})
    assert [a["name"] for a in listed] == NAMES[:MAX_CANDIDATES]
