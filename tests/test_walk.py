"""_digest.walk visits every node in the order of a recursive pre-order walk."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from summarizer import summarize
from summarizer._digest import Source, walk


def _recursive(node: object) -> Iterator[object]:
    yield node
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if not (isinstance(node, Source) and name == "text"):
                yield from _recursive(getattr(node, name))
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _recursive(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _recursive(value)


def test_the_same_nodes_in_the_same_order() -> None:
    text = (
        "Officials in Geneva said on Tuesday that the talks would resume next week.\n\n"
        '"It was good," Foreign Minister Sergey Lavrov said on Monday.\n'
    )
    digest = summarize(text, published="2020-03-04", backend="none", cache=False)
    for node in (digest, [1, (2, {"a": [3, "x"]}), {}], "leaf"):
        got, want = list(walk(node)), list(_recursive(node))
        assert len(got) == len(want) and all(a is b for a, b in zip(got, want, strict=True))
    assert digest.source.text not in list(walk(digest))  # the input itself is not entered
