"""Schema export: ``schemas/*.json`` are generated from the Pydantic models.

``summarizer schema`` rewrites them; a test fails when they are stale, so the
published contract can never drift from the code.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from summarizer._digest import Digest
from summarizer._tasks import ANSWERS


def schemas() -> dict[str, dict[str, object]]:
    """File name -> JSON Schema: the digest, and what the model is asked for per task."""
    out: dict[str, dict[str, object]] = {"digest.schema.json": Digest.model_json_schema()}
    models: dict[str, type[BaseModel]] = ANSWERS
    for task, model in models.items():
        out[f"answer-{task}.schema.json"] = model.model_json_schema()
    return out


def render(schema: dict[str, object]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
