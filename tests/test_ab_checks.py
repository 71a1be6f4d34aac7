"""bench/ab_checks.py: the replay that measures a speed-up of the checks must stop when the
other version decides otherwise, and compare like with like when it does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench import ab_checks

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def calls() -> dict[str, list[ab_checks.Call]]:
    return ab_checks.record()


def _copy(tmp_path: Path) -> Path:
    """A checkout holding this one's checks and words, to be changed by the test."""
    for part in ("_checks", "_lang"):
        shutil.copytree(ROOT / "summarizer" / part, tmp_path / "summarizer" / part)
    return tmp_path


def test_the_same_checks_give_the_same_outcomes(
    calls: dict[str, list[ab_checks.Call]], tmp_path: Path
) -> None:
    assert len(calls) >= 6 and all(calls.values())
    other, words = ab_checks.load_other(_copy(tmp_path))
    mean = ab_checks.compare(calls, other, words, replays=1)
    assert set(mean) == {"this", "other"} and all(ms > 0 for ms in mean.values())


def test_a_check_that_decides_otherwise_stops_the_comparison(
    calls: dict[str, list[ab_checks.Call]], tmp_path: Path
) -> None:
    checkout = _copy(tmp_path)
    numbers = checkout / "summarizer" / "_checks" / "numbers.py"
    source = numbers.read_text()
    head = "def check_numbers("
    assert head in source
    # Every item with a number in it now passes the numbers check unread.
    numbers.write_text(
        source.replace(head, "def _checked_numbers(")
        + (
            "\n\ndef check_numbers(item, cited, spans=(), locate=None):\n"
            "    return True if any(c.isdigit() for c in item) else None\n"
        )
    )
    other, words = ab_checks.load_other(checkout)
    with pytest.raises(SystemExit, match="gives other outcomes"):
        ab_checks.compare(calls, other, words, replays=1)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])  # the scripted server, in-process
def test_the_pipeline_comparison_times_both_versions(tmp_path: Path) -> None:
    other, _words = ab_checks.load_other(_copy(tmp_path))
    got = ab_checks.in_pipeline(other, runs=1, only="tillerson")
    assert set(got) == {"this", "other"}
    assert all(len(v) == 1 and v[0] > 0 for v in got.values())
