"""The command line: exit codes and one-line errors, never a traceback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from summarizer._cli import main
from tests.fakes import FakeServer, Reply
from tests.support import SEED


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, needle: str) -> None:
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if "error:" in ln]
    assert len(lines) == 1 and needle in lines[0], err


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "summarize", str(tmp_path / "missing.txt"))
    assert code == 3 and out == ""
    assert_one_line_error(err, "no such file")


@pytest.mark.parametrize(
    ("data", "needle"), [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 10, "binary")]
)
def test_empty_and_binary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, needle: str
) -> None:
    f = tmp_path / "in.txt"
    f.write_bytes(data)
    code, out, err = run(capsys, "summarize", str(f))
    assert code == 3 and out == ""
    assert_one_line_error(err, needle)


def test_bad_published_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "summarize", str(SEED), "--published", "yesterday")
    assert code == 3
    assert_one_line_error(err, "YYYY-MM-DD")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["summarize", str(SEED), "--json", "--markdown"])
    assert exc.value.code == 2


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_unreachable_backend(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, out, err = run(
        capsys, "summarize", str(SEED), "--base-url", f"http://127.0.0.1:{port}/v1",
        "--model", "m", "--json",
    )  # fmt: skip
    assert code == 4 and out == ""
    assert_one_line_error(err, "unavailable")


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_output_invalid_after_reasks(capsys: pytest.CaptureFixture[str]) -> None:
    server = FakeServer([Reply(content="this is not JSON {")] * 16)
    with server.running():
        code, out, err = run(
            capsys, "summarize", str(SEED), "--base-url", server.base_url, "--model", "m",
            "--reasks", "1", "--published", "2017-04-12",
        )  # fmt: skip
    assert code == 5 and out == ""
    assert_one_line_error(err, "invalid")
    assert len(server.requests) == 10  # 5 tasks x (1 ask + 1 re-ask), nothing more


def test_schema_command_writes_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "schema", "--out", str(tmp_path))
    assert code == 0 and (tmp_path / "digest.schema.json").is_file() and "wrote" in err


def test_file_without_command_is_summarised(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # `summarizer article.txt` is what a new user types first: it means `summarize`
    f = tmp_path / "in.txt"
    f.write_bytes(b"")
    code, out, err = run(capsys, str(f))
    assert code == 3 and out == ""
    assert_one_line_error(err, "empty")


def test_mistyped_command_still_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["summarise", "nothing-here.txt"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
