from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import InputError
from summarizer._input.loading import MAX_BYTES, load
from summarizer._pipeline import parse_published, prepare


def test_text_path_and_pathlike(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Héllo wörld. Second sentence.", encoding="utf-8")
    assert load(str(f)).text == load(f).text == "Héllo wörld. Second sentence."
    assert load("Just some words. More words.").origin == "<text>"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 20, "not UTF-8"),
    ],
)
def test_bad_bytes_fail_clearly(tmp_path: Path, data: bytes, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load(f)


def test_legacy_encodings_decode(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Le café de l’été, a “quote”.".encode("cp1252"))
    raw = load(f)
    assert raw.encoding == "cp1252" and "café" in raw.text and "“quote”" in raw.text
    g = tmp_path / "utf16.txt"
    g.write_bytes("Grüße aus Köln.".encode("utf-16"))
    assert load(g).text == "Grüße aus Köln."
    h = tmp_path / "bom.txt"
    h.write_bytes("\ufeffBOM text.".encode())
    assert load(h).text == "BOM text."


def test_missing_file_directory_and_huge(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        load(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    with pytest.raises(InputError, match="larger than"):
        load(big)


def test_not_an_article_and_bad_dates() -> None:
    with pytest.raises(InputError, match="no article text"):
        prepare("Read more\n\nShare on Facebook")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("12/04/2017")
    assert str(parse_published(" 2017-04-12 ")) == "2017-04-12"
