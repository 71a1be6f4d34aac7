"""The transport's two bounds: response size (read while streaming) and the total deadline.

Against the fault server on 127.0.0.1.  Elapsed times are checked against bounds derived
from the policy (with slack for a loaded machine), never against speed targets: the point
is that a server cannot hold a request longer than ``transport_deadline_s``.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from summarizer import BackendUnavailable, OutputError, Policy
from summarizer._backends.transport import ResponseTooLarge
from tests.fault_server import Fault, FaultServer, error, good, hang, ok, task_of, trickle
from tests.support import assert_grounded
from tests.test_faults import GOOD, ask, run

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
SLACK_S = 1.5  # a loaded 2-core machine; far below what the old behaviour took
CAP = 64 * 1024


def capped() -> Policy:
    return Policy(reasks=1, transport_attempts=3, transport_deadline_s=5, timeout_s=2,
                  backoff_base_s=0.01, max_response_bytes=CAP)  # fmt: skip


def huge(chunked: bool) -> Fault:
    """A completion of about 1 MB: far over CAP; chunked means no content-length to trust."""
    return Fault(content={"labels": [], "pad": "x" * 1_000_000}, chunked=chunked, pieces=50)


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_oversized_answer_is_an_output_error_not_retried(chunked: bool) -> None:
    server = FaultServer([huge(chunked)], default=ok(GOOD))
    with server.running(), pytest.raises(OutputError, match="larger than 65,536 bytes") as exc:
        await ask(server.base_url, capped())
    assert isinstance(exc.value.__cause__, ResponseTooLarge)
    assert len(server.posts) == 1  # neither a transport retry nor a re-ask


async def test_answer_under_the_cap_is_read_whole() -> None:
    server = FaultServer([ok(GOOD, chunked=True, pieces=5)])
    with server.running():
        answer, _ = await ask(server.base_url, capped())
    assert answer.labels[0].candidate == 1


async def test_oversized_answer_costs_only_its_task() -> None:
    def script(body: dict[str, Any]) -> Fault:
        return huge(chunked=True) if task_of(body) == "claims" else good(body)

    server = FaultServer([], default=script)
    digest, exc, _ = run(server, capped())
    assert exc is None and digest is not None
    assert_grounded(digest)
    assert [w.split(":")[0] for w in digest.meta.warnings] == ["claims"]
    assert "larger than" in digest.meta.warnings[0]
    assert digest.claims and all(c.method == "code" for c in digest.claims)  # code stands in


# -- the deadline is a bound on the whole exchange -------------------------------------------

DEADLINE = Policy(reasks=0, transport_attempts=5, transport_deadline_s=1.5, timeout_s=4,
                  backoff_base_s=0.01)  # fmt: skip


@pytest.mark.parametrize(
    "fault",
    [hang(30), trickle(GOOD, pieces=60, delay_s=0.5)],
    ids=["never-answers", "endless-trickle"],
)
async def test_deadline_bounds_every_attempt_and_read(fault: Fault) -> None:
    # One read timeout (4 s) alone exceeds the deadline (1.5 s): only a real bound stops
    # this near 1.5 s; before, the first attempt ran its full 4 s, and each retry could
    # start just before the deadline and run a full timeout again.
    server = FaultServer([], default=fault)
    started = time.monotonic()
    with server.running(), pytest.raises(BackendUnavailable) as exc:
        await ask(server.base_url, DEADLINE)
    elapsed = time.monotonic() - started
    assert elapsed < DEADLINE.transport_deadline_s + SLACK_S, elapsed
    message = str(exc.value)
    assert "timed out: no complete answer within the 1.5s deadline" in message
    assert "limits: 5 attempts, 1.5s" in message


async def test_deadline_includes_retries_and_their_waits() -> None:
    # 503 with a short Retry-After, forever: attempts and waits share one 1.5 s budget.
    server = FaultServer([], default=error(503, retry_after="0.4"))
    policy = Policy(reasks=0, transport_attempts=50, transport_deadline_s=1.5, timeout_s=4)
    started = time.monotonic()
    with server.running(), pytest.raises(BackendUnavailable, match="HTTP 503"):
        await ask(server.base_url, policy)
    assert time.monotonic() - started < policy.transport_deadline_s + SLACK_S
    assert 2 <= len(server.posts) <= 5


async def test_a_completion_renews_the_deadline_for_the_re_ask() -> None:
    # Two slow answers of 0.9 s each: 1.8 s in all, over the 1.5 s deadline, but the server
    # is alive and answering; the first (invalid) completion restarts the clock.
    slow_bad, slow_good = Fault(content={"verdict": 1}, delay_s=0.9), Fault(GOOD, delay_s=0.9)
    server = FaultServer([slow_bad, slow_good])
    policy = Policy(reasks=1, transport_attempts=2, transport_deadline_s=1.5, timeout_s=4)
    with server.running():
        answer, _ = await ask(server.base_url, policy)
    assert answer.labels[0].candidate == 1 and len(server.posts) == 2
