"""The ``summarizer`` command.

Results go to stdout, everything else (backend in use, progress, warnings,
errors) to stderr, so ``--json`` output can be piped.  Errors are one line and
an exit code from the exception hierarchy (see ``_exceptions``); ``--debug``
also shows the traceback, and the exit code stays the same.  Everything printed
to stderr, traceback and log lines included, passes through ``_redact``: no
API key or URL credential reaches the screen.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

from summarizer import __version__, _redact
from summarizer._exceptions import BackendError, OutputWriteError, SummarizerError

if TYPE_CHECKING:
    from summarizer._backends.client import Policy
    from summarizer._batch.results import Stats

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BUG = 1


def _parser() -> argparse.ArgumentParser:
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
        help="publication date (resolves "
        "relative dates such as 'Tuesday'; without it they stay unresolved)",
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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    err = Console(stderr=True, highlight=False)
    debug = getattr(args, "debug", False)
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="summarizer: %(levelname)s: %(message)s",
    )
    _redact.install()  # every handler: openai, httpx and instructor log keys at DEBUG
    if not debug:  # instructor logs every failed attempt as an error; we report outcomes
        logging.getLogger("instructor").setLevel(logging.CRITICAL)
    try:
        return _command(args, err)
    except SummarizerError as exc:
        if debug:
            err.file.write(_redact.format_exception(exc))
        _error(err, str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        err.print("summarizer: interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: still no secret on screen, and a clear exit code
        if debug:
            err.file.write(_redact.format_exception(exc))
        _error(err, f"internal error: {type(exc).__name__}: {exc}"
               + ("" if debug else " (rerun with --debug for the traceback)"))  # fmt: skip
        return EXIT_BUG


def _error(err: Console, message: str) -> None:
    """The one error line: redacted, and never read as rich markup."""
    text = escape(_redact.redact(" ".join(message.split())))
    err.print(f"[bold red]summarizer: error:[/] {text}", markup=True, soft_wrap=True)


def _say(err: Console, message: str) -> None:
    """A plain stderr line (backend, warnings, progress notes), redacted."""
    err.print(_redact.redact(message), soft_wrap=True, markup=False)


def _command(args: argparse.Namespace, err: Console) -> int:
    """Run the chosen subcommand; errors propagate to ``main``, which reports them."""
    if args.command == "summarize":
        return _summarize(args, err)
    if args.command == "eval":
        return _evaluate(args, err)
    if args.command == "batch":
        return _batch(args, err)
    if args.command == "report":
        from summarizer._render.site import write_site

        if args.out.exists() and not args.out.is_dir():
            _error(err, f"report --out {args.out}: exists and is not a folder")
            return EXIT_USAGE
        pages = write_site(args.results, args.out)
        _say(err, f"wrote {len(pages)} pages and {args.out / 'index.html'}")
        return 0
    if args.command == "schema":
        from summarizer import _schema

        try:
            for path in _schema.write(args.out):
                _say(err, f"wrote {path}")
        except OSError as exc:
            raise OutputWriteError(f"cannot write {args.out}: {exc.strerror}") from exc
        return 0
    if args.command == "cache":
        return _cache(args, err)
    return _serve(args.port, err)


def _summarize(args: argparse.Namespace, err: Console) -> int:
    from summarizer._api import summarize
    from summarizer._config import resolve_backend
    from summarizer._lang import pack
    from summarizer._render import to_html, to_json, to_markdown, to_terminal

    pack(args.language)  # an unknown language fails first: exit 2, nothing read
    if args.html and not args.html.parent.is_dir():  # fail before the model work, not after
        raise OutputWriteError(f"cannot write {args.html}: no such folder {args.html.parent}")
    backend = resolve_backend(
        model=args.model, base_url=args.base_url, mode=args.mode, backend=args.backend
    )
    if not args.quiet:
        _say(err, f"summarizer: backend: {backend.describe()}")
    with err.status("reading the article", spinner="dots") as status:

        def progress(message: str) -> None:
            if not args.quiet:
                status.update(escape(_redact.redact(message)))

        digest = summarize(
            args.source,
            published=args.published,
            model=args.model,
            base_url=args.base_url,
            mode=args.mode,
            backend=args.backend,
            policy=_policy(args.reasks),
            progress=progress,
            cache=_cache_option(args),
            verify=args.verify,
            language=args.language,
        )
    for warning in digest.meta.warnings if not args.quiet else []:
        _say(err, f"summarizer: warning: {warning}")
    if args.html:
        try:
            args.html.write_text(to_html(digest), encoding="utf-8")
        except OSError as exc:
            raise OutputWriteError(f"cannot write {args.html}: {exc.strerror}") from exc
        if not args.quiet:
            _say(err, f"summarizer: wrote {args.html}")
    if args.json:
        sys.stdout.write(to_json(digest) + "\n")
    elif args.markdown:
        sys.stdout.write(to_markdown(digest))
    else:
        to_terminal(digest, Console())
    return 0


def _cache_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-cache", action="store_true",
                   help="neither read nor write the digest cache")  # fmt: skip
    p.add_argument(
        "--cache-dir", type=Path, metavar="DIR",
        help="cache folder (env SUMMARIZER_CACHE_DIR; default ~/.cache/summarizer)",
    )  # fmt: skip


def _policy(reasks: int | None) -> Policy | None:
    if reasks is None:
        return None
    from summarizer._backends.client import Policy  # imports openai: only when a model is called

    return Policy(reasks=max(0, reasks))


def _language_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--language", default="en", metavar="CODE",
                   help="language pack of the article: its words for speakers, quotes and "
                   "dates, and the report's lang (default en; README, Languages)")  # fmt: skip


def _no_model_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-model", action="store_const", const="none", dest="backend",
                   help="no request, code's findings only (env SUMMARIZER_BACKEND=none)",
                   )  # fmt: skip


def _cache_option(args: argparse.Namespace) -> bool | Path | None:
    if args.no_cache:
        return False
    cache_dir: Path | None = args.cache_dir
    return cache_dir  # None: on, unless SUMMARIZER_CACHE=0


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535)")
    return value


def _cache(args: argparse.Namespace, err: Console) -> int:
    from summarizer import _cache

    folder = _cache.cache_folder(args.cache_dir)
    if args.action == "info":
        _say(err, f"summarizer: cache: {_cache.info(folder)}")
        return 0
    try:
        removed = _cache.clear(folder)
    except OSError as exc:
        raise OutputWriteError(f"cannot delete the cache in {folder}: {exc.strerror}") from exc
    _say(err, f"summarizer: cache: removed {len(removed)} files from {folder}")
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 1")
    return value


def _batch(args: argparse.Namespace, err: Console) -> int:
    """Exit 0 when every article is done, 1 when some failed (see --out), 4 when stopped early."""
    import asyncio

    from summarizer._api import with_language
    from summarizer._backends.client import Policy
    from summarizer._batch.local import Worker, batch_input, run_batch
    from summarizer._batch.results import load_prices
    from summarizer._cache import open_cache
    from summarizer._config import resolve_backend
    from summarizer._lang import pack
    from summarizer._pipeline import parse_published

    language = pack(args.language).code  # an unknown language fails first: exit 2
    prices = load_prices(args.prices) if args.prices else None
    parse_published(args.published)  # fail before any work, not once per article
    backend = resolve_backend(
        model=args.model, base_url=args.base_url, mode=args.mode, backend=args.backend
    )
    if not args.quiet:
        _say(err, f"summarizer: backend: {backend.describe()}")
    policy = None if args.reasks is None else Policy(reasks=max(0, args.reasks))
    policy = with_language(policy, backend, language)  # in every worker, local or Ray
    if args.engine == "ray":
        from summarizer._batch.ray_engine import run_ray_batch

        stats = run_ray_batch(Path(args.input), args.out, backend=backend, policy=policy,
                              cache=_cache_option(args), published=args.published,
                              address=args.address, concurrency=args.concurrency, prices=prices,
                              console=None if args.quiet else err,
                              allow_paths=args.allow_paths)  # fmt: skip
        return _batch_end(stats, err)
    store = open_cache(_cache_option(args))

    async def go() -> Stats:
        work = await Worker.create(backend, policy, store, args.published)
        return await run_batch(batch_input(args.input), args.out, work=work,
                               concurrency=args.concurrency, prices=prices,
                               console=None if args.quiet else err,
                               allow_paths=args.allow_paths)  # fmt: skip

    try:
        stats = asyncio.run(go())
    finally:
        if store is not None:
            store.close()
    return _batch_end(stats, err)


def _batch_end(stats: Stats, err: Console) -> int:
    from summarizer._exceptions import BackendUnavailable

    _say(err, f"summarizer: {stats.line()}")
    if stats.stopped:
        raise BackendUnavailable(stats.stopped)
    return 1 if stats.failed else 0


def _evaluate(args: argparse.Namespace, err: Console) -> int:
    from summarizer import _eval
    from summarizer._api import summarize
    from summarizer._config import resolve_backend

    if args.scripted:
        from summarizer._scripted.acceptance import report

        return report(args.gold_dir, args.scripted, lambda m: _say(err, m))
    golds = [
        (gold, path)
        for gold, path in _eval.load_gold(args.gold_dir)
        if args.split == "all" or _eval.split_of(gold.id) == args.split
    ]
    backend = resolve_backend(model=args.model, base_url=args.base_url, backend=args.backend)
    _say(err, f"summarizer: backend: {backend.describe()}")
    scores = []
    failed = 0
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    for n, (gold, path) in enumerate(golds, start=1):
        err.print(f"[{n}/{len(golds)}] {gold.id}")
        try:
            digest = summarize(path, published=gold.published, model=args.model,
                               base_url=args.base_url, backend=args.backend)  # fmt: skip
        except SummarizerError as exc:
            if isinstance(exc, BackendError):
                raise  # a dead server fails every article alike
            failed += 1
            _say(err, f"  failed: {exc}")
            continue
        if args.out:
            target = args.out / f"{gold.id}.json"
            try:
                target.write_text(digest.model_dump_json(indent=2))
            except OSError as exc:
                raise OutputWriteError(f"cannot write {target}: {exc.strerror}") from exc
        scores.append(_eval.score(digest, gold))
    sys.stdout.write(_eval.by_split(scores, totals_only=args.totals) + "\n")
    return 1 if failed else 0


def _serve(port: int, err: Console) -> int:
    from summarizer._backends import llama_server as _embedded

    url = _embedded.start(port)
    err.print(f"summarizer: embedded {_embedded.MODEL_NAME} at {url} (Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    finally:
        _embedded.stop()


if __name__ == "__main__":
    sys.exit(main())
