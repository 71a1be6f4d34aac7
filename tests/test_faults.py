"""Fault injection over real HTTP: every way a server can fail, on both the one-task path
(``ModelClient.ask``) and the public ``summarize``.

Each fault either succeeds after bounded retries or raises the documented error, Retry-After
is waited out (measured at the server, between the two requests), usage sums every request
that returned a completion, and no fault holds a run longer than a bound derived from the
policy.  The bound is about hanging, not speed.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import pytest

from summarizer import BackendError, BackendUnavailable, Digest, OutputError, Policy, summarize
from summarizer._backends.client import ModelClient
from summarizer._config import resolve_backend
from summarizer._tasks import registered
from summarizer._tasks.claims import ClaimsAnswer
from summarizer._tasks.context import GroundingContext
from summarizer._text.segment import segment
from tests.fault_server import (
    Fault,
    FaultServer,
    closed_port,
    drop,
    error,
    good,
    hang,
    not_json,
    not_json_claiming_json,
    ok,
    rate_limited,
    task_of,
    trickle,
    truncated,
)
from tests.support import SEED, assert_grounded

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

P = Policy(
    reasks=1, transport_attempts=3, transport_deadline_s=5, timeout_s=1.5, backoff_base_s=0.01
)


# Longest one task may take however the server misbehaves: every attempt timing out, then
# the deadline, then slack for a loaded 2-core machine.
def bound(policy: Policy) -> float:
    return policy.transport_attempts * policy.timeout_s + policy.transport_deadline_s + 2


BOUND = bound(P)
ASKED = len(registered())  # the seed gives every task something to ask: one request each
# For faults that never clear: fewer, shorter attempts keep the suite quick.
QUICK = Policy(
    reasks=1, transport_attempts=2, transport_deadline_s=2, timeout_s=1, backoff_base_s=0.01
)

DOC = segment(
    "Tillerson met Lavrov in Moscow on Wednesday. "
    '"The future of Syria has to be determined by the Syrians themselves," Lavrov said.'
)
GOOD = {
    "labels": [
        {
            "candidate": 1,
            "kind": "opinion",
            "claim": "The future of Syria has to be determined by the Syrians",
        }
    ]
}
MALFORMED = '{"labels": [{"candidate": 1, "kind": '  # cut mid-object, finish_reason "stop"
WRONG_FIELDS = {"verdict": "opinion", "statement": 1}  # valid JSON, not the schema


def in_2s() -> str:
    """An HTTP-date Retry-After: at least one whole second from now."""
    return email.utils.formatdate(time.time() + 2, usegmt=True)


async def ask(url: str, policy: Policy = P) -> tuple[ClaimsAnswer, ModelClient]:
    client = ModelClient(resolve_backend(base_url=url, model="m", env={}), policy)
    ctx = GroundingContext(doc=DOC, candidates={1: DOC.sentences[1].text})
    try:
        answer = await client.ask(
            [{"role": "user", "content": "claims"}], ClaimsAnswer, ctx, max_tokens=100
        )
    finally:
        await client.aclose()
    return answer, client


async def timed_ask(
    server: FaultServer,
    expected: type[Exception] | None = None,
    match: str = "",
    policy: Policy = P,
) -> tuple[ClaimsAnswer | None, ModelClient | None, float]:
    started = time.monotonic()
    answer = client = None
    with server.running():
        if expected is None:
            answer, client = await ask(server.base_url, policy)
        else:
            with pytest.raises(expected, match=match):
                await ask(server.base_url, policy)
    elapsed = time.monotonic() - started
    assert elapsed < bound(policy), f"took {elapsed:.1f}s, bound {bound(policy)}s"
    return answer, client, elapsed


# -- transient faults, then a good answer: retried, waited out, usage of the one success -----

RECOVERS: dict[str, tuple[Callable[[], list[Fault]], float]] = {
    # name: (faults before the good answer, least seconds the client must have waited)
    "429 retry-after 1s": (lambda: [rate_limited(retry_after="1")], 1.0),
    "429 retry-after-ms 600": (lambda: [rate_limited(retry_after_ms="600")], 0.6),
    # Dated when served, not when scripted: the client's first request may come seconds
    # later (its model libraries are imported on first use).
    "429 retry-after http-date": (lambda: [lambda _: rate_limited(retry_after=in_2s())], 0.9),
    "500 then 502": (lambda: [error(500), error(502)], 0.0),
    "503": (lambda: [error(503)], 0.0),
    "hang past the timeout": (lambda: [hang(10)], P.timeout_s),
    "connection closed unanswered": (lambda: [drop()], 0.0),
}


@pytest.mark.parametrize("name", list(RECOVERS))
async def test_transient_fault_recovers_after_waiting(name: str) -> None:
    make, least_wait = RECOVERS[name]
    faults = make()
    server = FaultServer([*faults, ok(GOOD)])
    answer, client, _ = await timed_ask(server)
    assert answer is not None and client is not None
    assert answer.labels[0].candidate == 1
    assert len(server.posts) == len(faults) + 1
    # The wait is measured at the server: from the failing request to its retry.  A read
    # timeout starts when the client has sent the request, a little before the server has
    # read it (1.49 s seen against a 1.5 s timeout on a loaded machine): that much slack.
    slack = 0.1 if name.startswith("hang") else 0.0
    assert server.gaps()[-1] >= least_wait - slack
    if name.startswith("429"):  # a hint is obeyed, not exceeded by much
        assert server.gaps()[-1] < least_wait + 1.5
    # Only the completion counts as a request; every failed attempt counts as a retry.
    assert (client.tally.requests, client.tally.prompt_tokens) == (1, 100)
    assert client.tally.retries == len(faults)


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_slow_but_complete_body_succeeds_without_retry(chunked: bool) -> None:
    # 4 pieces 0.55 s apart: each gap under the 1.5 s timeout, the whole body slower than it.
    server = FaultServer([trickle(GOOD, pieces=4, delay_s=0.55, chunked=chunked)])
    answer, client, elapsed = await timed_ask(server)
    assert answer is not None and client is not None
    assert elapsed >= 1.65 > P.timeout_s
    assert len(server.posts) == 1 and client.tally.retries == 0


# -- persistent transient faults: BackendUnavailable within the bound ------------------------

GIVES_UP: dict[str, tuple[Fault, str, int, float]] = {
    # name: (the fault, every time; message; requests the server sees; least elapsed),
    # under QUICK: 2 attempts, 1 s timeout, 2 s deadline.
    "503 forever": (error(503), "HTTP 503", 2, 0.0),
    "429 retry-after 1s forever": (rate_limited(retry_after="1"), "HTTP 429", 2, 1.0),
    # Waiting longer than the deadline is pointless: give up at once and say why.
    "429 retry-after beyond deadline": (rate_limited(retry_after="30"), "retry after 30s", 1, 0),
    "hang forever": (hang(30), "timed out", 2, 2 * QUICK.timeout_s),
    "connection closed forever": (drop(), "connection failed", 2, 0.0),
    # Each piece inside the read timeout, never done: only the wall-clock cap (the 2 s
    # deadline) stops it; without the cap this takes 30 s and fails the bound.
    "endless trickle": (trickle(GOOD, pieces=60, delay_s=0.5), "timed out", 1, 1.9),
}


@pytest.mark.parametrize("name", list(GIVES_UP))
async def test_persistent_fault_gives_up_within_bounds(name: str) -> None:
    fault, message, requests, least = GIVES_UP[name]
    server = FaultServer([], default=fault)
    _, _, elapsed = await timed_ask(server, BackendUnavailable, message, QUICK)
    assert len(server.posts) == requests
    assert elapsed >= least


async def test_connection_refused_gives_up_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(BackendUnavailable, match=r"connection failed\) after 3 attempts"):
        await ask(f"http://127.0.0.1:{closed_port()}/v1")
    assert time.monotonic() - started < 2


async def test_server_stopped_mid_conversation_is_refused() -> None:
    server = FaultServer([ok(GOOD)]).start()
    try:
        await ask(server.base_url)  # keeps a pooled keep-alive connection open ...
    finally:
        server.stop()  # ... which stop() closes along with the listener
    with pytest.raises(BackendUnavailable, match="connection failed"):
        await ask(server.base_url)


# -- output faults: re-asked, then the documented error; usage sums every completion ---------


@pytest.mark.parametrize(
    "bad", [ok(MALFORMED), ok(WRONG_FIELDS), ok("")], ids=["malformed", "wrong-fields", "empty"]
)
async def test_invalid_answer_is_reasked_then_output_error(bad: Fault) -> None:
    server = FaultServer([bad, bad])
    _, _, _ = await timed_ask(server, OutputError, "invalid after 2 attempts")
    assert len(server.posts) == 2
    # The re-ask carries the bad answer and the reason back to the model.
    assert len(server.posts[1].body["messages"]) > len(server.posts[0].body["messages"])


async def test_reask_repairs_and_usage_sums_retries_and_reasks() -> None:
    server = FaultServer(
        [error(503), ok(MALFORMED, prompt_tokens=110), drop(), ok(GOOD, prompt_tokens=130)]
    )
    answer, client, _ = await timed_ask(server)
    assert answer is not None and client is not None
    # 503 and the dropped connection returned nothing; the two completions are summed.
    assert (client.tally.requests, client.tally.prompt_tokens) == (2, 240)
    assert client.tally.completion_tokens == 40
    assert client.tally.retries == 3  # two transport retries and one re-ask


async def test_truncated_answer_is_output_error_not_retried() -> None:
    server = FaultServer([truncated('{"labels": [{"candidate": 1, "kind": "opin')])
    _, _, _ = await timed_ask(server, OutputError, "cut off at 100 tokens")
    assert len(server.posts) == 1


@pytest.mark.parametrize(
    "body", [not_json(), not_json_claiming_json()], ids=["text/html", "broken application/json"]
)
async def test_http_200_that_is_not_a_completion_is_a_backend_error(body: Fault) -> None:
    # A proxy page or a wrong base URL is the server's problem, not the model's output:
    # BackendError (exit 4) with a hint, never "the model's answer was invalid" (exit 5).
    server = FaultServer([body, body])
    _, _, _ = await timed_ask(server, BackendError, "not a chat completion.*base URL")


# -- the public summarize(): the same faults, on a whole article -----------------------------


def run(
    server: FaultServer, policy: Policy = P
) -> tuple[Digest | None, BaseException | None, float]:
    started = time.monotonic()
    digest = error_ = None
    with server.running():
        try:
            digest = summarize(
                SEED, published="2017-04-12", base_url=server.base_url, model="m", policy=policy
            )
        except Exception as exc:
            error_ = exc
    elapsed = time.monotonic() - started
    return digest, error_, elapsed


def faulty(task: str, fault: Fault) -> Callable[[dict[str, Any]], Fault]:
    """A server that answers every task well, except ``task``, which always gets ``fault``."""
    return lambda body: fault if task_of(body) == task else good(body)


async def test_summarize_recovers_from_a_fault_on_every_task() -> None:
    faults = [
        error(503),  # summary
        rate_limited(retry_after_ms="300"),  # claims
        drop(),  # stances
        hang(10),  # timeline
        error(502),  # figures
    ]
    server = FaultServer([], default=good)
    answers = iter(faults)

    def script(body: dict[str, Any]) -> Fault:
        # The first request of each task fails, its retry gets the good answer.
        if not any(task_of(r.body) == task_of(body) for r in server.posts[:-1]):
            return next(answers)
        return good(body)

    server.default = script
    digest, exc, elapsed = run(server)
    assert exc is None and digest is not None
    assert_grounded(digest)
    assert digest.meta.warnings == []
    assert digest.meta.retries == ASKED
    usage = digest.meta.usage
    assert (usage.requests, usage.prompt_tokens, usage.completion_tokens) == (
        ASKED,
        100 * ASKED,
        20 * ASKED,
    )
    assert len(server.posts) == 2 * ASKED
    assert elapsed < 4 * BOUND


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (error(503), "HTTP 503"),
        (hang(30), "timed out"),
        (drop(), "connection failed"),
        (rate_limited(retry_after="30"), "retry after 30s"),
    ],
    ids=["503", "hang", "dropped", "429-too-long"],
)
async def test_summarize_stops_on_a_dead_server_within_bounds(fault: Fault, message: str) -> None:
    server = FaultServer([], default=fault)
    _digest, exc, elapsed = run(server, QUICK)
    assert isinstance(exc, BackendUnavailable) and message in str(exc)
    # The tasks run at once; the first to give up stops the run (5 tasks on the seed).
    assert len(server.posts) <= ASKED * QUICK.transport_attempts
    assert elapsed < bound(QUICK)


async def test_summarize_on_a_server_stopped_mid_run() -> None:
    server = FaultServer([], default=good)
    served = 0

    def script(body: dict[str, Any]) -> Fault:
        nonlocal served
        served += 1
        if served == 2:  # the claims request: the server goes away for good
            server.stop()  # listener and connections closed before this handler returns
            return drop()
        return good(body)

    server.default = script
    _digest, exc, elapsed = run(server)
    assert isinstance(exc, BackendUnavailable) and "connection failed" in str(exc)
    assert elapsed < 2 * BOUND


@pytest.mark.parametrize(
    ("task", "fault", "warning"),
    [
        ("claims", ok(MALFORMED), "claims: ClaimsAnswer: the model's answer was invalid"),
        ("timeline", ok(WRONG_FIELDS), "timeline: TimelineAnswer: the model's answer was invalid"),
        ("summary", truncated('{"headline": "Trump'), "summary: SummaryAnswer: the answer was cut"),
    ],
    ids=["malformed", "wrong-fields", "truncated"],
)
async def test_summarize_drops_only_the_bad_section(task: str, fault: Fault, warning: str) -> None:
    server = FaultServer([], default=faulty(task, fault))
    digest, exc, _ = run(server)
    assert exc is None and digest is not None
    assert_grounded(digest)
    assert len(digest.meta.warnings) == 1 and digest.meta.warnings[0].startswith(warning)
    asked = 1 if fault.finish_reason == "length" else 1 + P.reasks  # truncation: no re-ask
    good_tasks = ASKED - 1
    assert digest.meta.usage.requests == good_tasks + asked  # the bad task's are counted too
    assert digest.meta.usage.prompt_tokens == 100 * (good_tasks + asked)
    if task == "summary":  # code's extractive summary stands in
        assert digest.summary.headline and digest.summary.key_points


async def test_summarize_every_answer_malformed_is_output_error_with_partial() -> None:
    server = FaultServer([], default=ok(MALFORMED))
    _digest, exc, _ = run(server)
    assert isinstance(exc, OutputError) and "every answer" in str(exc)
    assert exc.partial is not None
    assert_grounded(exc.partial)
    assert len(server.posts) == ASKED * (1 + P.reasks)
    assert exc.partial.meta.usage.requests == ASKED * (1 + P.reasks)  # re-asks are counted


async def test_summarize_on_a_non_api_url_is_backend_error_not_output_error() -> None:
    server = FaultServer([], default=not_json())
    _digest, exc, _ = run(server)
    assert type(exc) is BackendError and "not a chat completion" in str(exc)
    assert len(server.posts) <= ASKED  # stops at once: the tasks (asked together) are not retried
