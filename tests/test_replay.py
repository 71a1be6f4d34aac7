"""The real pipeline on the seed article, replayed from cassettes recorded over real HTTP
from the embedded model.  Asserts invariants, never what a small model "should" say."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from summarizer import Digest, Policy, summarize
from summarizer._cli import main
from tests.support import (
    REPLAY_BASE_URL,
    REPLAY_MODEL,
    ROOT,
    SEED,
    assert_dates_consistent,
    assert_grounded,
)

# Re-asks as for any OpenAI-compatible server (2); generous time limits for recording runs,
# where the tasks' concurrent requests queue at the one-slot local server.
# verify="code": the cassettes hold no verify request (the default on a served model is
# "model", summarizer/_verify.py).
SLOW_OK = Policy(reasks=2, timeout_s=600, transport_deadline_s=1800, verify="code")
NO_REASK = Policy(reasks=0, timeout_s=600, transport_deadline_s=1800, verify="code")
SCHEMA = json.loads((ROOT / "schemas" / "digest.schema.json").read_text())


def recorded_usage(cassette: Any) -> tuple[int, int, int]:
    """Token totals read straight from the recorded server responses."""
    prompt = completion = requests = 0
    for response in cassette.responses:
        body = json.loads(response["body"]["string"])
        if "usage" in body:
            prompt += body["usage"]["prompt_tokens"]
            completion += body["usage"]["completion_tokens"]
            requests += 1
    return prompt, completion, requests


def check_invariants(digest: Digest) -> None:
    jsonschema.validate(json.loads(digest.model_dump_json()), SCHEMA)
    assert_grounded(digest)
    assert_dates_consistent(digest)
    assert "Read more" not in digest.source.text and "cookies" not in digest.source.text
    dates = [e.date for e in digest.timeline]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and dates == dated + [None] * (len(dates) - len(dated))


@pytest.mark.vcr
def test_seed_with_publication_date(vcr: Any) -> None:
    digest = summarize(
        SEED, published="2017-04-12", base_url=REPLAY_BASE_URL, model=REPLAY_MODEL, policy=SLOW_OK
    )
    check_invariants(digest)
    assert digest.source.published == "2017-04-12"
    assert digest.meta.prompt_version.startswith("v")
    usage = digest.meta.usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.requests) == recorded_usage(vcr)
    for event in digest.timeline:
        if event.date_text.endswith("Tuesday"):
            assert event.date == "2017-04-11"
        if "Wednesday" in event.date_text:
            assert event.date == "2017-04-12"


@pytest.mark.vcr
def test_seed_without_publication_date_resolves_no_relative_date(vcr: Any) -> None:
    digest = summarize(SEED, base_url=REPLAY_BASE_URL, model=REPLAY_MODEL, policy=NO_REASK)
    check_invariants(digest)
    assert digest.source.published is None
    for event in digest.timeline:
        assert event.date is None or event.anchor == "absolute", event
    assert digest.meta.usage.requests == recorded_usage(vcr)[2]


@pytest.mark.default_cassette("test_seed_with_publication_date.yaml")
@pytest.mark.vcr(record_mode="none")  # replays the first test's recording, even when rewriting
def test_cli_json_is_exactly_a_digest(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["summarize", str(SEED), "--published", "2017-04-12", "--json", "--verify", "code",
                 "--base-url", REPLAY_BASE_URL, "--model", REPLAY_MODEL])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    digest = Digest.model_validate_json(out)
    check_invariants(digest)
    assert "backend: openai-compatible" in err
