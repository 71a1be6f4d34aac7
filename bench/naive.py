"""The naive baseline: one instructor call that asks the model for the whole digest.

This is the common recipe summarizer is measured against: one prompt ("summarise
this article ... copy quotes verbatim" + the article text), one Pydantic schema,
``instructor.from_openai(..., mode=JSON_SCHEMA)``, temperature 0, 1024 max tokens,
no re-asks (a single request, like summarizer's embedded default).  Nothing checks
the quotes; this module only measures how many of them occur verbatim in the article.

The schema caps every string and list (``max_length``), and llama.cpp turns the caps
into its grammar.  SmolLM2-135M fills every list to its cap and repeats itself, so
without caps (or with loose ones: 6 items, 200-char quotes) it loops until
``max_tokens``, the answer is cut off and instructor raises: the recipe returns
nothing.  The caps below are sized so a worst-case answer (every field at its cap)
is about 970 SmolLM2 tokens, under the 1024 limit.  Reproduce the failure with
``python -m bench.naive ARTICLE --uncapped`` (uses ``--base-url``, or starts the
embedded server).
"""

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import instructor
import openai
from instructor.core.exceptions import InstructorError
from instructor.core.hooks import Hooks
from pydantic import BaseModel, Field, ValidationError

MAX_TOKENS = 1024
PROMPT = (
    "Summarise this news article as JSON: a headline, a short abstract and the key points; "
    "the claims it reports, each with its speaker and a quote copied verbatim from the "
    "article; each actor's stance on a topic, with a verbatim quote; and a timeline of "
    "dated events, each with a verbatim quote. Copy quotes verbatim, character for "
    "character, from the article. Do not invent anything.\n\nArticle:\n\n"
)
VERBATIM = "copied verbatim from the article"
_QUOTE_MARKS = " \t\r\n\"'“”‘’«»„"


def schema(capped: bool = True) -> type[BaseModel]:
    """The answer model; ``capped=False`` drops every max_length (the model then loops)."""

    def cap(n: int, description: str | None = None) -> Any:
        return Field(max_length=n if capped else None, description=description)

    class Summary(BaseModel):
        headline: str = cap(100)
        abstract: str = cap(250)
        key_points: list[Annotated[str, Field(max_length=100 if capped else None)]] = cap(3)

    class Claim(BaseModel):
        speaker: str = cap(40)
        claim: str = cap(100)
        quote: str = cap(100, VERBATIM)

    class Stance(BaseModel):
        actor: str = cap(40)
        topic: str = cap(50)
        stance: Literal["support", "oppose", "neutral", "mixed"]
        quote: str = cap(100, VERBATIM)

    class Event(BaseModel):
        date: str = cap(20)
        event: str = cap(100)
        quote: str = cap(100, VERBATIM)

    class ArticleDigest(BaseModel):
        summary: Summary
        claims: list[Claim] = cap(3)
        stances: list[Stance] = cap(3)
        timeline: list[Event] = cap(3)

    return ArticleDigest


@dataclass
class NaiveResult:
    wall_s: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    finish_reason: str | None = None
    items: int = 0  # claims + stances + timeline events
    quotes: int = 0
    grounded: int = 0  # quotes found verbatim in the article
    error: str | None = None
    raw: str | None = None  # the model's text when it could not be parsed
    ungrounded: list[str] = field(default_factory=list)
    answer: dict[str, Any] | None = None

    @property
    def grounding_share(self) -> float | None:
        return self.grounded / self.quotes if self.quotes else None


def verbatim(quote: str, text: str) -> bool:
    """The quote, stripped of surrounding quote marks and whitespace, is a substring."""
    needle = quote.strip(_QUOTE_MARKS)
    return bool(needle) and needle in text


def run_naive(text: str, *, base_url: str, model: str, capped: bool = True) -> NaiveResult:
    """One instructor call on ``text``; never raises for a bad answer, only for transport."""
    client = instructor.from_openai(
        openai.OpenAI(base_url=base_url, api_key="x", max_retries=0, timeout=600),
        mode=instructor.Mode.JSON_SCHEMA,
    )
    seen: list[Any] = []
    hooks = Hooks()
    hooks.on("completion:response", seen.append)
    started = time.perf_counter()
    answer: BaseModel | None = None
    error = None
    try:
        answer, _ = client.create_with_completion(
            model=model,
            messages=[{"role": "user", "content": PROMPT + text}],
            response_model=schema(capped),
            max_retries=1,  # one request: no re-ask
            temperature=0,
            max_tokens=MAX_TOKENS,
            hooks=hooks,
        )
    except (InstructorError, ValidationError) as exc:
        if isinstance(exc.__cause__, openai.APIConnectionError | openai.APIStatusError):
            raise exc.__cause__ from None
        error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
    result = NaiveResult(wall_s=time.perf_counter() - started, error=error, requests=len(seen))
    for completion in seen:
        usage = getattr(completion, "usage", None)
        if usage is not None:
            result.prompt_tokens += usage.prompt_tokens or 0
            result.completion_tokens += usage.completion_tokens or 0
        choices = getattr(completion, "choices", None) or []
        if choices:
            result.finish_reason = choices[0].finish_reason
            if answer is None:
                result.raw = choices[0].message.content
    if answer is not None:
        data = answer.model_dump()
        result.answer = data
        items = [*data["claims"], *data["stances"], *data["timeline"]]
        result.items = len(items)
        for item in items:
            result.quotes += 1
            if verbatim(item["quote"], text):
                result.grounded += 1
            else:
                result.ungrounded.append(item["quote"])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.naive", description=__doc__)
    parser.add_argument("article", type=Path)
    parser.add_argument("--base-url", help="OpenAI-compatible server (default: embedded)")
    parser.add_argument("--model", default="", help="model name sent to the server")
    parser.add_argument("--uncapped", action="store_true", help="drop the max_length caps")
    args = parser.parse_args(argv)
    base_url = args.base_url
    if base_url is None:
        from summarizer._backends import llama_server as _embedded

        base_url = _embedded.start()
    result = run_naive(
        args.article.read_text(encoding="utf-8"),
        base_url=base_url,
        model=args.model or "default",
        capped=not args.uncapped,
    )
    json.dump(asdict(result), sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
