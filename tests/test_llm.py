"""Transport retries, re-asks and usage against a scripted server over real HTTP."""

from __future__ import annotations

import socket
import time

import pytest

from summarizer import BackendError, BackendUnavailable
from summarizer._answers import ClaimsAnswer, GroundingContext
from summarizer._backends.client import ModelClient, Policy
from summarizer._config import resolve_backend
from summarizer._text.segment import segment
from tests.fakes import FakeServer, Reply

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

DOC = segment(
    "Tillerson met Lavrov in Moscow on Wednesday. "
    '"The future of Syria has to be determined by the Syrians themselves," Lavrov said.'
)
LAVROV = DOC.sentences[1].text
GOOD = {
    "labels": [
        {
            "candidate": 1,
            "kind": "opinion",
            "claim": "The future of Syria has to be determined by the Syrians",
        }
    ]
}
INVENTED = {"labels": [{"candidate": 1, "kind": "opinion",
                        "claim": "Russia will veto every resolution"}]}  # fmt: skip
FAST = Policy(reasks=1, transport_attempts=3, backoff_base_s=0.01, timeout_s=5)


def client(url: str, policy: Policy = FAST) -> ModelClient:
    return ModelClient(resolve_backend(base_url=url, model="fake", env={}), policy)


async def ask(c: ModelClient) -> tuple[ClaimsAnswer, GroundingContext]:
    ctx = GroundingContext(doc=DOC, candidates={1: LAVROV})
    msgs = [{"role": "user", "content": "claims"}]
    return await c.ask(msgs, ClaimsAnswer, ctx, max_tokens=100), ctx


async def test_reask_fixes_an_ungrounded_quote_and_usage_sums_all_attempts() -> None:
    server = FakeServer([Reply(content=INVENTED), Reply(content=GOOD, prompt_tokens=150)])
    with server.running():
        c = client(server.base_url)
        answer, ctx = await ask(c)
    assert answer.labels[0].claim == "The future of Syria has to be determined by the Syrians"
    assert ctx.dropped == []
    assert (c.tally.requests, c.tally.prompt_tokens, c.tally.completion_tokens) == (2, 250, 40)
    assert c.tally.retries == 1
    reask = server.requests[1]["messages"]
    assert any("is not what statement 1 says" in str(m.get("content")) for m in reask)


async def test_still_ungrounded_on_last_attempt_is_dropped_and_reported() -> None:
    server = FakeServer([Reply(content=INVENTED), Reply(content=INVENTED)])
    with server.running():
        answer, ctx = await ask(client(server.base_url))
    assert answer.labels == []
    assert len(ctx.dropped) == 1 and "Russia will veto" in ctx.dropped[0]


async def test_5xx_then_success_is_retried_with_backoff() -> None:
    server = FakeServer([Reply(status=503), Reply(status=502), Reply(content=GOOD)])
    with server.running():
        c = client(server.base_url)
        answer, _ = await ask(c)
    assert len(answer.labels) == 1 and c.tally.retries == 2 and c.tally.requests == 1


async def test_429_retry_after_is_honoured() -> None:
    server = FakeServer([Reply(status=429, headers={"retry-after": "1"}), Reply(content=GOOD)])
    with server.running():
        started = time.monotonic()
        answer, _ = await ask(client(server.base_url))
    assert time.monotonic() - started >= 1.0
    assert len(answer.labels) == 1


async def test_persistent_5xx_gives_up_within_bounds() -> None:
    server = FakeServer([Reply(status=500)] * 5)
    with server.running(), pytest.raises(BackendUnavailable, match="after 3 attempts"):
        await ask(client(server.base_url))
    assert len(server.requests) == 3


async def test_client_errors_are_not_retried() -> None:
    server = FakeServer([Reply(status=401)])
    with server.running(), pytest.raises(BackendError, match="HTTP 401"):
        await ask(client(server.base_url))
    assert len(server.requests) == 1


async def test_connection_refused_is_backend_unavailable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(BackendUnavailable, match="connection failed"):
        await ask(client(f"http://127.0.0.1:{port}/v1"))
