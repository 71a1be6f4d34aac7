"""The second pass: the model's verdicts keep, re-ask or drop items; defaults and the flag."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from summarizer._backends.client import Policy
from summarizer._config import resolve_backend
from summarizer._pipeline import run
from summarizer._scripted.acceptance import fixtures_for
from summarizer._scripted.server import ScriptedServer
from summarizer._tasks.claims import ClaimLabel, ClaimsAnswer
from summarizer._tasks.context import GroundingContext, validation_context
from summarizer._tasks.summary import KeyPoint, SummaryAnswer
from summarizer._verify import (
    VerifyAnswer,
    VerifyRewrite,
    check_verify,
    default_verify,
    entries,
    verify,
)
from tests.test_checks import SEED, context, sid

ROOT = Path(__file__).resolve().parent.parent


def _answers(ctx: GroundingContext) -> tuple[SummaryAnswer, ClaimsAnswer]:
    kp = KeyPoint(point="Tillerson called the meeting productive.",
                  sentences=[sid(ctx, "Tillerson called the meeting")])  # fmt: skip
    summary = SummaryAnswer.model_construct(
        headline="Trump says relations with Russia may be at an all-time low",
        abstract="Tillerson met Putin and Lavrov in Moscow.", key_points=[kp],
    )  # fmt: skip
    cid = next(c for c, t in ctx.candidates.items() if t.startswith("The future of Syria"))
    claims = ClaimsAnswer.model_construct(labels=[
        ClaimLabel(candidate=cid, kind="opinion",
                   claim="Lavrov said Syrians themselves must determine the future of Syria."),
    ])  # fmt: skip
    return summary, claims


class Judge:
    """A fake model: verdicts by item text, rewrites by item text; records the requests."""

    def __init__(self, verdicts: dict[str, str], rewrites: dict[str, str] | None = None) -> None:
        self.verdicts, self.rewrites = verdicts, rewrites or {}
        self.asked: list[str] = []

    async def __call__(
        self, messages: list[dict[str, str]], answer: type[BaseModel], ctx: GroundingContext
    ) -> Any:
        self.asked.append(answer.__name__)
        listed = ctx.candidates
        if answer is VerifyAnswer:
            said = {"entailed": "yes", "partly": "partly", "not entailed": "no"}
            verdicts = [said[self.verdicts.get(t, "entailed")] for t in listed.values()]
            return VerifyAnswer.model_validate(
                {"verdicts": verdicts}, context=validation_context(ctx)
            )
        rewrites = [{"item": n, "text": self.rewrites.get(t, "")} for n, t in listed.items()]
        return VerifyRewrite.model_validate({"rewrites": rewrites}, context=validation_context(ctx))


def _run(judge: Judge, ctx: GroundingContext) -> tuple[SummaryAnswer, ClaimsAnswer, list[str]]:
    summary, claims = _answers(ctx)
    items = entries(summary, claims, None, None, {"claims": ctx.cites, "timeline": {}},
                    ctx.speakers)  # fmt: skip
    warnings: list[str] = []
    asyncio.run(verify(judge, ctx, "2017-04-12", items, warnings))
    return summary, claims, warnings


def test_entailed_items_gain_the_entailment_check_in_one_request() -> None:
    ctx = context(*SEED)
    judge = Judge({})
    summary, claims, warnings = _run(judge, ctx)
    assert judge.asked == ["VerifyAnswer"]
    assert "entailment" in summary.checks and "entailment" in summary.key_points[0].checks
    assert "entailment" in claims.labels[0].checks
    assert warnings == []


def test_not_entailed_is_re_asked_once_then_dropped() -> None:
    ctx = context(*SEED)
    claim = "Lavrov said Syrians themselves must determine the future of Syria."
    judge = Judge({claim: "not entailed"})  # no rewrite offered: withdrawn
    _, claims, warnings = _run(judge, ctx)
    assert judge.asked == ["VerifyAnswer", "VerifyRewrite"]
    assert claims.labels == []
    assert any(w.startswith("verify: dropped claim") for w in warnings)


def test_a_rewrite_must_pass_the_checks_and_the_judge() -> None:
    ctx = context(*SEED)
    point = "Tillerson called the meeting productive."
    better = 'Tillerson called the meeting "productive."'
    judge = Judge({point: "not entailed"}, {point: better})
    summary, _, warnings = _run(judge, ctx)
    assert judge.asked == ["VerifyAnswer", "VerifyRewrite", "VerifyAnswer"]
    assert summary.key_points[0].point == better and "entailment" in summary.key_points[0].checks
    # A rewrite the code checks reject ("Macron") is never even judged: dropped.
    judge = Judge({point: "not entailed"}, {point: "Macron called the meeting productive."})
    summary, _, warnings = _run(judge, ctx)
    assert judge.asked == ["VerifyAnswer", "VerifyRewrite"]
    assert summary.key_points == [] and any("dropped key point" in w for w in warnings)


def test_defaults_and_values() -> None:
    assert default_verify(resolve_backend()) == "code"  # the embedded model: never the pass
    remote = resolve_backend(base_url="http://127.0.0.1:9/v1", model="m", api_key="x")
    # The pass measured +20.6% tokens per article (<= 25%): the model judges by default.
    assert default_verify(remote) == "model"
    assert check_verify("model") == "model"
    with pytest.raises(ValueError, match="verify must be"):
        check_verify("maybe")


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_model_pass_over_the_scripted_capable_seed() -> None:
    """End to end: the scripted server judges every item entailed; all keep their place."""
    (fixture,) = [
        f for f in fixtures_for(ROOT / "eval" / "scripted", ROOT) if "tillerson" in f.slug
    ]
    server = ScriptedServer([fixture], model="scripted-capable")
    with server.running():
        backend = resolve_backend(base_url=server.base_url, model="scripted", api_key="x")

        def digest(mode: str) -> Any:
            policy = Policy(reasks=0, verify=mode)
            return asyncio.run(run(fixture.source, published=fixture.published,
                                   backend=backend, policy=policy))  # fmt: skip

        checked, judged = digest("code"), digest("model")
    model_claims = [c for c in judged.claims if c.method == "model"]
    assert model_claims and all("entailment" in c.checks for c in model_claims)
    assert [c.text for c in checked.claims] == [c.text for c in judged.claims]
    assert judged.meta.usage.requests == checked.meta.usage.requests + 1
    assert not any(c.checks for c in judged.claims if c.method == "code")


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_served_model_judges_by_default() -> None:
    """No ``verify`` given: on a served model the pass runs (one request more than code)."""
    (fixture,) = [
        f for f in fixtures_for(ROOT / "eval" / "scripted", ROOT) if "tillerson" in f.slug
    ]
    server = ScriptedServer([fixture], model="scripted-capable")
    with server.running():
        backend = resolve_backend(base_url=server.base_url, model="scripted", api_key="x")
        default, checked = (
            asyncio.run(run(fixture.source, published=fixture.published, backend=backend,
                            policy=Policy(reasks=0, verify=mode)))
            for mode in (None, "code")
        )  # fmt: skip
    assert default.meta.usage.requests == checked.meta.usage.requests + 1
    assert any("entailment" in c.checks for c in default.claims if c.method == "model")
