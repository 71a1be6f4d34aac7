"""The actors stage's memory cuts (issue 12) leave its answers as they were: the rules'
indexes dropped before the merge fail loudly if read, and the merge finds the same actors."""

from __future__ import annotations

import pytest

from bench.bench_hostile import normal, said
from summarizer._extract.actor_merge import merge
from summarizer._extract.actor_text import Text
from summarizer._extract.actors import find_actors
from summarizer._text.segment import segment


def test_released_rules_fail_loudly() -> None:
    t = Text(segment(normal(20_000)))
    scan = t.scan
    t.release_rules()
    assert t.scan == scan and t.scan is t.scan  # made once more, then held (actor_scan)
    for name in ("prose", "lower", "capitals", "things"):
        with pytest.raises(AttributeError):
            getattr(t, name)


def test_merge_needs_nothing_the_rules_release() -> None:
    """``merge`` on a released ``Text`` gives what it gives on a fresh one."""
    from summarizer._extract.actor_candidates import bodies
    from summarizer._extract.actor_person_rules import people

    doc = segment(normal(30_000))
    fresh, released = Text(doc), Text(doc)
    cands, links = bodies(fresh)
    cands += people(fresh, {c.name for c in cands}, set())
    released.release_rules()
    assert merge(released, cands, links) == merge(fresh, cands, links)


def test_thousands_of_speakers_are_each_an_actor() -> None:
    found = find_actors(segment(said(60_000)), None)
    people = [a for a in found if a.type == "person"]
    assert len(people) > 1000 and len({a.name for a in people}) == len(people)


def test_an_index_holds_a_lone_group_itself_and_gives_groups_in_order() -> None:
    from summarizer._extract.actor_people import Group, _add, _groups

    index: dict[str, Group | list[Group]] = {}
    a, b, c = Group("person", 1), Group("person", 2), Group("person", 3)
    assert _groups(index, "x") == []
    _add(index, "x", a)
    assert index["x"] is a and _groups(index, "x") == [a]
    _add(index, "x", b)
    _add(index, "x", c)
    _add(index, "y", c)
    assert _groups(index, "x") == [a, b, c] and _groups(index, "y") == [c]
