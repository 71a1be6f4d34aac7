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

from summarizer import _redact
from summarizer._cli_args import parser
from summarizer._exceptions import BackendError, OutputWriteError, SummarizerError

if TYPE_CHECKING:
    from summarizer._backends.client import Policy
    from summarizer._batch.results import Stats

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BUG = 1


def _shortcut(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """``summarizer article.txt`` (or a URL, or ``-``) means ``summarizer summarize ...``: the
    first thing a new user types.  Only an input that exists or a URL is taken, so a
    mistyped command still gets argparse's list of the commands."""
    args = list(argv)
    first = args[0] if args else ""
    if first in commands or (first.startswith("-") and first != "-"):
        return args
    if first == "-" or first.startswith(("http://", "https://")) or Path(first).is_file():
        return ["summarize", *args]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    commands = next(a.choices for a in p._actions if isinstance(a, argparse._SubParsersAction))
    args = p.parse_args(_shortcut(sys.argv[1:] if argv is None else argv, list(commands)))
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


def _policy(reasks: int | None) -> Policy | None:
    if reasks is None:
        return None
    from summarizer._backends.client import Policy  # imports openai: only when a model is called

    return Policy(reasks=max(0, reasks))


def _cache_option(args: argparse.Namespace) -> bool | Path | None:
    if args.no_cache:
        return False
    cache_dir: Path | None = args.cache_dir
    return cache_dir  # None: on, unless SUMMARIZER_CACHE=0


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
