"""No secret reaches a screen or a file: a planted key and URL credentials, grepped everywhere.

Real ``summarizer`` processes (so logging, --debug and traceback printing are exactly what
a user gets) against a fault server on 127.0.0.1, one that echoes the request headers
(``Authorization: Bearer ...``) back in its error body, as some proxies do.  Every stdout,
stderr and file written is searched for each secret and for its encoded forms.
"""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from summarizer._redact import RedactFilter, redact, register
from tests.fault_server import Fault, FaultServer, good
from tests.support import SEED

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
KEY = "plantedKEY-4f9c2e7a1b"  # not sk-shaped: only the exact-value layer can catch it
SK_KEY = "sk-proj-PLANTEDsk0123456789abcdef"  # an OpenAI-shaped key we were never told about
PASSWORD = "hunter2-PLANTEDpw"
QUERY_KEY = "PLANTEDquery77"


def secrets() -> list[str]:
    basic = base64.b64encode(f"user:{PASSWORD}".encode()).decode()
    return [KEY, SK_KEY, PASSWORD, QUERY_KEY, basic, quote(PASSWORD), "4f9c2e7a1b"]


def url(port: int, creds: bool = False) -> str:
    """With ``creds``, URL credentials (httpx then sends them as Basic auth, not the key)."""
    if creds:
        return f"http://user:{PASSWORD}@127.0.0.1:{port}/v1?api-key={QUERY_KEY}"
    return f"http://127.0.0.1:{port}/v1"


def cli(tmp_path: Path, *argv: str, key: str = KEY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OPENAI_API_KEY": key, "SUMMARIZER_CACHE": "0"}
    return subprocess.run([sys.executable, "-m", "summarizer", *argv], capture_output=True,
                          text=True, timeout=120, env=env, cwd=tmp_path)  # fmt: skip


def assert_no_secret(tmp_path: Path, *procs: subprocess.CompletedProcess[str]) -> None:
    texts = {f"{p.args[3]} stdout": p.stdout for p in procs}
    texts |= {f"{p.args[3]} stderr": p.stderr for p in procs}
    for path in tmp_path.rglob("*"):
        if path.is_file():
            texts[str(path)] = path.read_bytes().decode("utf-8", "replace")
    for where, text in texts.items():
        for secret in secrets():
            assert secret not in text, f"{secret!r} leaked in {where}"


def echoing_401() -> Fault:
    return Fault(status=401, echo=True)


def test_planted_key_and_url_credentials_never_printed_or_stored(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SEED.read_text())
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "path": "a.txt"}\n')
    bad = FaultServer([], default=echoing_401())
    with bad.running():
        rejected = cli(tmp_path, "summarize", "a.txt", "--base-url", url(bad.port), "--model",
                       "m", "--debug", "--json")  # fmt: skip
        failed_batch = cli(tmp_path, "batch", "in.jsonl", "--out", "failed.jsonl",
                           "--base-url", url(bad.port), "--model", "m", "--debug")  # fmt: skip
        sk = cli(tmp_path, "summarize", "a.txt", "--base-url", url(bad.port), "--model", "m",
                 "--debug", key=SK_KEY)  # fmt: skip
        creds = cli(tmp_path, "summarize", "a.txt", "--base-url", url(bad.port, creds=True),
                    "--model", "m", "--debug")  # fmt: skip
    # The server did receive the secrets (so the test can see them echoed) ...
    sent = " ".join(str(r.headers) + r.path for r in bad.posts)
    assert KEY in sent and SK_KEY in sent and QUERY_KEY in sent
    # ... and the errors are still reported, with their exit codes unchanged by --debug.
    assert rejected.returncode == 4 and "rejected the request (HTTP 401)" in rejected.stderr
    assert "Traceback" in rejected.stderr and "AuthenticationError" in rejected.stderr
    assert sk.returncode == creds.returncode == 4
    assert "HTTP 401" in (tmp_path / "failed.jsonl").read_text()
    assert "backend: openai-compatible m at http://***@127.0.0.1" in creds.stderr
    assert "api-key=***" in creds.stderr and "Basic ***" in creds.stderr
    ok = FaultServer([], default=good)
    with ok.running():
        done = cli(tmp_path, "summarize", "a.txt", "--base-url", url(ok.port, True), "--model", "m",
                   "--debug", "--html", "report.html", "--published", "2017-04-12")  # fmt: skip
        done_batch = cli(tmp_path, "batch", "in.jsonl", "--out", "done.jsonl", "--base-url",
                         url(ok.port), "--model", "m", "--debug")  # fmt: skip
    assert done.returncode == 0 and done_batch.returncode == 0, done.stderr[-2000:]
    assert "DEBUG" in done.stderr  # the debug logs of openai/httpx were there, redacted
    site = cli(tmp_path, "report", "failed.jsonl", "--out", "site")
    assert site.returncode == 0
    assert_no_secret(tmp_path, rejected, failed_batch, sk, creds, done, done_batch, site)


def test_redact_patterns() -> None:
    register("exactSecretValue123")
    cases = {
        "http://u:p4ss@host/v1": "http://***@host/v1",
        "https://host/v1?api-key=abc123&x=1": "https://host/v1?api-key=***&x=1",
        "https://host/v1?key=abc&token=def": "https://host/v1?key=***&token=***",
        "{'authorization': 'Bearer sk-abcdefgh12345678'}": "{'authorization': 'Bearer ***'}",
        "Authorization: Basic dXNlcjpwYXNz": "Authorization: Basic ***",
        '"api-key": "azure0123"': '"api-key": "***"',
        "key sk-proj-ABCDEFGH12345 in text": "key sk-*** in text",
        "exactSecretValue123 and exactSecretValue123": "*** and ***",
        "nothing secret, http://localhost:8080/v1": "nothing secret, http://localhost:8080/v1",
    }
    for raw, expected in cases.items():
        assert redact(raw) == expected, raw


def test_logging_filter_redacts_message_args_and_traceback() -> None:
    record = logging.LogRecord("openai", logging.DEBUG, __file__, 1,
                               "headers %s", ({"Authorization": "Bearer sk-abcdefgh12345678"},),
                               None)  # fmt: skip
    try:
        raise RuntimeError("token=sk-abcdefgh12345678 in an exception")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    assert RedactFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert "sk-abcdefgh12345678" not in formatted
    assert "Bearer ***" in formatted and "RuntimeError" in formatted
