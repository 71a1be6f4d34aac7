"""What each task of the embedded model adds to code's digest, on the gold DEV split.

    python -m bench.bench_task_gain

For each dev article of eval/gold that has a cassette (recorded from the
embedded SmolLM2 model, ``cassettes/test_eval_gold``), two digests: the
embedded model's, replayed (no CPU spent on the model), and the no-model one.
Then, for each task, the no-model digest with only that task's section taken
from the model's digest.  Scores are ``summarizer._eval``'s, micro-averaged;
the metric a task can move is marked.  Test-split articles are never opened.
Numbers only, nothing asserts.
"""

from __future__ import annotations

from pathlib import Path

import vcr

from summarizer import Digest, Policy, summarize
from summarizer._eval import Scores, _load_one, score, split_of, total

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"
CASSETTES = ROOT / "cassettes" / "test_eval_gold"
REPLAY = {"base_url": "http://127.0.0.1:8765/v1", "model": "SmolLM2-135M-Instruct"}
SECTIONS = {"summary": "summary", "claims": "claims", "stances": "stances",
            "timeline": "timeline"}  # fmt: skip
METRICS = ("actor_recall", "quote_attribution", "date_accuracy", "key_fact_coverage")


def main() -> None:
    recorder = vcr.VCR(record_mode="none", match_on=["method", "path", "body"],
                       decode_compressed_response=True)  # fmt: skip
    slugs = [p.name for p in sorted(GOLD.iterdir()) if p.is_dir() and split_of(p.name) == "dev"]
    rows: dict[str, list[Scores]] = {"code only": [], "embedded (all tasks)": []}
    rows.update({f"code + model {t}": [] for t in SECTIONS})
    items = dict.fromkeys(SECTIONS, 0)
    for slug in slugs:
        cassette = CASSETTES / f"{slug}.yaml"
        if not cassette.exists():
            continue
        gold, path = _load_one(GOLD / slug / "gold.json")
        code = summarize(path, published=gold.published, backend="none", cache=False)
        with recorder.use_cassette(str(cassette)):
            model = summarize(path, published=gold.published, cache=False,
                              policy=Policy(reasks=0, timeout_s=600), **REPLAY)  # fmt: skip
        rows["code only"].append(score(code, gold))
        rows["embedded (all tasks)"].append(score(model, gold))
        for task, field in SECTIONS.items():
            mixed = Digest.model_validate({**code.model_dump(), field: model.model_dump()[field]})
            rows[f"code + model {task}"].append(score(mixed, gold))
            section = getattr(model, field)
            items[task] += (
                (section.method != "code")
                if task == "summary"
                else sum(i.method != "code" for i in section)
            )
    print(f"dev articles with a cassette: {len(rows['code only'])} of {len(slugs)}")
    print(f"{'digest':24} " + " ".join(f"{m[:16]:>16}" for m in METRICS))
    for name, scores in rows.items():
        t = total(scores)
        print(f"{name:24} " + " ".join(f"{getattr(t, m):16.2f}" for m in METRICS))
    print("items written by the model, per task:", items)


if __name__ == "__main__":
    main()
