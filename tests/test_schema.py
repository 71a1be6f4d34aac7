from __future__ import annotations

import json

from summarizer import _schema
from tests.support import ROOT


def test_exported_schemas_are_current() -> None:
    """Fails when a model changed without ``summarizer schema`` being re-run."""
    folder = ROOT / "schemas"
    expected = _schema.schemas()
    on_disk = {p.name for p in folder.glob("*.json")}
    assert on_disk == set(expected), "run: summarizer schema"
    for name, schema in expected.items():
        assert (folder / name).read_text(encoding="utf-8") == _schema.render(schema), name


def test_digest_schema_has_the_contract_keys() -> None:
    schema = json.loads((ROOT / "schemas" / "digest.schema.json").read_text())
    assert set(schema["required"]) >= {"source", "summary", "claims", "stances", "timeline", "meta"}
    evidence = schema["$defs"]["Evidence"]["properties"]
    assert {"sentence", "quote", "start", "end"} <= set(evidence)


def test_every_model_facing_string_and_list_is_capped() -> None:
    """Small models loop without max_length: every string and array must carry one."""

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "string" and "enum" not in node:
                assert "maxLength" in node, path
            if node.get("type") == "array":
                assert "maxItems" in node, path
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}/{i}")

    for name, schema in _schema.schemas().items():
        if name.startswith("answer-"):
            walk(schema, name)
