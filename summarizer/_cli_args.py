"""The command line's grammar: subcommands, their flags, and the checks on flag values.

Kept apart from ``_cli`` (which runs the commands and turns errors into exit codes) so
the whole surface of the command reads in one place; ``README.md`` documents the same.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summarizer import __version__


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarizer", description="Turn a news article into a grounded digest."
    )
    p.add_argument("--version", action="version", version=f"summarizer {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("summarize", help="digest one article (a file, or - for stdin)")
    s.add_argument(
        "source", help="a .txt or .html file, an http(s) URL of an article page, or - for stdin"
    )
    s.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date (resolves relative dates such as 'Tuesday'; without it the "
        "page's own stated date is used, else they stay unresolved)",
    )
    fmt = s.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the Digest as JSON")
    fmt.add_argument("--markdown", action="store_true", help="print a Markdown report")
    s.add_argument(
        "--html", type=Path, metavar="FILE", help="also write a self-contained HTML evidence report"
    )
    s.add_argument("--model", help="model name (env SUMMARIZER_MODEL)")
    s.add_argument(
        "--base-url",
        help="OpenAI-compatible server URL, e.g. "
        "http://localhost:11434/v1 (env SUMMARIZER_BASE_URL)",
    )
    s.add_argument(
        "--mode",
        choices=["json_schema", "tools", "tools_strict", "json"],
        help="request mode (env SUMMARIZER_MODE; default per backend)",
    )
    s.add_argument(
        "--reasks",
        type=int,
        help="re-asks on invalid output (default 0 on the embedded model, 2 elsewhere)",
    )
    s.add_argument(
        "--verify", choices=["code", "model", "off"],
        help="check model items by code only, plus a model entailment pass, or not at all "
        "(default: model on non-embedded backends where it pays, else code)",
    )  # fmt: skip
    _language_flag(s)
    s.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    s.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    _cache_flags(s)
    _no_model_flag(s)

    b = sub.add_parser(
        "batch", help="digest a folder of .txt/.html files or a JSONL file, resumably"
    )
    b.add_argument(
        "input", help="folder of articles; JSONL: one "
        '{"id", "text" or "path" or "url", "published"?} per line; '
        "an RSS/Atom feed URL; or a .txt file listing feed URLs",
    )  # fmt: skip
    b.add_argument(
        "--out", type=Path, required=True, metavar="FILE",
        help="results JSONL; rerunning skips ids already done and retries failed ones",
    )  # fmt: skip
    b.add_argument("--concurrency", type=_positive, default=4, metavar="N",
                   help="articles in flight (default 4)")  # fmt: skip
    b.add_argument("--published", metavar="YYYY-MM-DD", help="date for articles that give none")
    b.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="ray: Ray Data actors (pip install 'summarizer[ray]'; INPUT and --out "
        ".jsonl or .parquet; --concurrency = actors, 4 articles in flight each)",
    )
    b.add_argument("--address", metavar="auto|ray://HOST:PORT",
                   help="Ray cluster to use (default: start a local one)")  # fmt: skip
    b.add_argument("--model", help="model name (env SUMMARIZER_MODEL)")
    b.add_argument("--base-url", help="OpenAI-compatible server URL (env SUMMARIZER_BASE_URL)")
    b.add_argument("--mode", choices=["json_schema", "tools", "tools_strict", "json"],
                   help="request mode (env SUMMARIZER_MODE; default per backend)")  # fmt: skip
    b.add_argument("--reasks", type=int, help="re-asks on invalid output")
    _language_flag(b)
    b.add_argument(
        "--prices", type=Path, metavar="FILE",
        help='JSON {"model": {"prompt": usd_per_1M, "completion": usd_per_1M}} for a cost estimate',
    )  # fmt: skip
    b.add_argument(
        "--allow-paths", type=Path, action="append", default=[], metavar="DIR",
        help="a JSONL 'path' may also point into DIR (repeatable); by default only "
        "files in the JSONL file's own folder are read",
    )  # fmt: skip
    b.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    _cache_flags(b)
    _no_model_flag(b)

    rp = sub.add_parser("report", help="HTML pages for a batch: one per article, and an index")
    rp.add_argument("results", type=Path, help="the results JSONL a batch wrote")
    rp.add_argument("--out", type=Path, required=True, help="folder for the pages (not a file)")

    ca = sub.add_parser("cache", help="show or delete the digest cache")
    ca.add_argument("action", choices=["info", "clear"], help="info: where and how big; "
                    "clear: delete it (also the way to reset a corrupt cache)")  # fmt: skip
    ca.add_argument(
        "--cache-dir", type=Path, metavar="DIR",
        help="cache folder (env SUMMARIZER_CACHE_DIR; default ~/.cache/summarizer)",
    )  # fmt: skip

    sc = sub.add_parser("schema", help="write the JSON Schemas of the output to a folder")
    sc.add_argument("--out", type=Path, default=Path("schemas"), help="folder (default schemas/)")

    ev = sub.add_parser(
        "eval", help="score digests of a gold set (eval/gold) against its annotations"
    )
    ev.add_argument("gold_dir", type=Path, help="folder of <article>/gold.json + input file")
    ev.add_argument("--model", help="model name (env SUMMARIZER_MODEL)")
    ev.add_argument("--base-url", help="OpenAI-compatible server URL (env SUMMARIZER_BASE_URL)")
    ev.add_argument("--out", type=Path, help="also write each digest as <id>.json here")
    ev.add_argument(
        "--split",
        choices=["dev", "test", "all"],
        default="all",
        help="score only the dev or the held-out test articles (default all)",
    )
    ev.add_argument("--totals", action="store_true",
                    help="print each split's TOTAL only (no per-article rows)")  # fmt: skip
    ev.add_argument("--debug", action="store_true", help="show tracebacks")
    ev.add_argument("--scripted", choices=["capable", "liar"],
                    help="serve eval/scripted fixtures; print the share accepted")  # fmt: skip
    _no_model_flag(ev)

    sv = sub.add_parser("serve", help="run the embedded model server in the foreground")
    sv.add_argument("--port", type=_port, default=8765, help="port on 127.0.0.1 (default 8765)")
    return p


def _cache_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-cache", action="store_true",
                   help="neither read nor write the digest cache")  # fmt: skip
    p.add_argument(
        "--cache-dir", type=Path, metavar="DIR",
        help="cache folder (env SUMMARIZER_CACHE_DIR; default ~/.cache/summarizer)",
    )  # fmt: skip


def _language_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--language", default="en", metavar="CODE",
                   help="language pack of the article: its words for speakers, quotes and "
                   "dates, and the report's lang (default en; README, Languages)")  # fmt: skip


def _no_model_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-model", action="store_const", const="none", dest="backend",
                   help="no request, code's findings only (env SUMMARIZER_BACKEND=none)",
                   )  # fmt: skip


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535)")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 1")
    return value
