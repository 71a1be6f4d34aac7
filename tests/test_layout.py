"""The file tree shows the flow: layer packages, every module says why, no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support import ROOT

PACKAGE = ROOT / "summarizer"
LAYERS = (
    "_input",
    "_text",
    "_lang",
    "_extract",
    "_checks",
    "_tasks",
    "_backends",
    "_batch",
    "_render",
    "_scripted",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _load_time_imports(path: Path, known: set[str]) -> set[str]:
    """summarizer modules imported when ``path`` is imported (not in functions, not for typing)."""
    found: set[str] = set()
    todo: list[ast.stmt] = list(ast.parse(path.read_text(encoding="utf-8")).body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue  # runs when called, not when imported
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            found |= {n for n in names if n in known}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in known}
        for field in ("body", "orelse", "finalbody", "handlers"):
            todo.extend(getattr(node, field, []))
    return found


def test_every_layer_package_exists_with_a_one_line_docstring() -> None:
    for layer in LAYERS:
        init = PACKAGE / layer / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc, f"{layer} has no docstring"
        assert doc.splitlines()[0].strip(), layer


def test_every_module_has_a_docstring() -> None:
    missing = [
        name
        for name, path in _modules().items()
        if path.stat().st_size and not ast.get_docstring(ast.parse(path.read_text("utf-8")))
    ]
    assert missing == []


def test_no_import_cycles_at_load_time() -> None:
    modules = _modules()
    known = set(modules)
    graph = {name: _load_time_imports(path, known) - {name} for name, path in modules.items()}
    # A package's __init__ runs before its modules; importing a package is not a cycle edge.
    graph = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append([*stack[stack.index(dep) :], dep])
            elif dep not in state:
                visit(dep, [*stack, dep])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_flat_modules_of_the_old_layout_are_gone() -> None:
    """The layers own these concerns now; a module back at the top would hide the flow."""
    for old in ("_loading", "_cleaning", "_segment", "_actors", "_quotes", "_dates", "_llm",
                "_embedded", "_results", "_ray"):  # fmt: skip
        assert not (PACKAGE / f"{old}.py").exists(), old


def test_lower_layers_never_import_upper_ones() -> None:
    """Data flows one way: text and code's findings never reach into tasks, backends or output."""
    order = ["_lang", "_input", "_text", "_extract", "_checks"]
    # _limits: the item caps, a leaf that imports nothing of ours
    shared = {"summarizer", "summarizer._digest", "summarizer._exceptions", "summarizer._grounding"}
    shared.add("summarizer._limits")
    wrong = []
    for name, path in _modules().items():
        layer = name.split(".")[1] if name.count(".") else ""
        if layer not in order:
            continue
        allowed = tuple(f"summarizer.{x}" for x in order[: order.index(layer) + 1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # lazy imports too
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                target = node.module
                ours = target.startswith("summarizer") and target not in shared
                if ours and not target.startswith(allowed):
                    wrong.append(f"{name} -> {target}")
    assert wrong == []
