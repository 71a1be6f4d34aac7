"""Probe: real news pages as stored, their chrome annotated line by line.

    python -m bench.probes.realpages_probe [--round 2] [--held-out | --all] [-q]

Each page in ``realpages/`` is a stored copy of a real news page (``<slug>.txt``) and what
a careful reader marks in it (``<slug>.json``: the headline line or null, every chrome line,
three story lines), collected by helpers who never ran the code. The pages are split in two
by a hash of the slug, fixed before any was scored: *tuning* (read while writing rules) and
*held out* (scored only; its pages' lines are never printed).

A page is summarised with no model and scored on what the gold set's ``leaked`` count
asks, and more:

* ``leaked``: a chrome line said anywhere in the digest (title, key points, claims,
  timeline...), as a whole phrase (a one-word line as written, capitals and all: a menu's
  "Weather" is no leak when the story says "adverse weather");
* ``title``: the title cleaning chooses is not the headline, nor the headline without a
  label beside it ("Explainer | <headline>"; or, with no headline, is a chrome line);
* ``dropped``: a story line missing from the cleaned text (all three when the page is
  refused as no article: ``refused``);
* ``kept``: a chrome line left in the cleaned text (what the model would read; not wrong
  in the digest by itself, so counted apart).

Prints the tuning pages' problems (``-q``: counts only) and, per split, the counts.
``--round 2`` reads ``realpages2/`` (a second round, collected after the first round's
rules), ``--round 3`` to ``--round 20`` the later ones; ``--all`` scores every page of a round,
counts only (its first scoring, before anything of it is read).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("SUMMARIZER_BACKEND", "none")
os.environ.setdefault("SUMMARIZER_NER", "0")

from summarizer import InputError, summarize
from summarizer._eval import _said
from summarizer._text.cleaning import clean
from summarizer._text.page_title import unpiped

HERE = Path(__file__).parent / "realpages"
ROUNDS = {str(n): HERE.with_name(f"realpages{n if n > 1 else ''}") for n in range(1, 21)}


def held_out(slug: str) -> bool:
    """Half the pages, by a hash of the slug: fixed before any page was scored."""
    return hashlib.sha1(slug.encode()).digest()[0] % 2 == 0


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


@dataclass
class Result:
    """What one page got wrong (and kept), each a list of the lines concerned."""

    slug: str
    chrome: int
    leaked: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    refused: str = ""  # the InputError a page got instead of a digest: every story line lost

    @property
    def wrong(self) -> bool:
        return bool(self.leaked or self.title or self.dropped or self.refused)


def score(slug: str, where: Path = HERE) -> Result:
    """Summarise one page with no model and compare with its annotation."""
    text = (where / f"{slug}.txt").read_text(encoding="utf-8")
    note = json.loads((where / f"{slug}.json").read_text(encoding="utf-8"))
    chrome = [c for c in note["chrome"] if c.strip()]
    headline = note.get("headline")
    res = Result(slug, len(chrome))
    doc = clean(text)
    try:
        digest = summarize(text, backend="none", cache=False)
    except InputError as e:  # a real page refused as no article: a finding, not a crash
        res.refused, res.dropped = str(e), list(note["story"])
        return res
    said = _said(digest)
    blob, cased = "\n".join(_norm(s) for s in said), "\n".join(said)
    kept = _norm(doc.text)
    for line in chrome:
        c = _norm(line)
        # one word ("Weather", a menu's) is matched as written, case and all: the story's
        # own "adverse weather events" is no leak of it, "Advertisement The mayor ..." is
        word = line.strip()
        one_word = len(c.split()) == 1
        if re.search(
            rf"(?<!\w){re.escape(word if one_word else c)}(?!\w)", cased if one_word else blob
        ):
            res.leaked.append(line)
        if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", kept):
            res.kept.append(line)
    title = _norm(doc.title or "")
    # a label beside the headline ("Explainer | <headline>") is left out by design
    if headline is not None and title not in (_norm(headline), _norm(unpiped(headline))):
        res.title.append(doc.title or "(none)")
    elif headline is None and title and any(title == _norm(c) for c in chrome):
        res.title.append(doc.title or "")
    for line in note["story"]:
        if _norm(line) not in kept:
            res.dropped.append(line)
    return res


def main() -> None:
    held = "--held-out" in sys.argv
    every = "--all" in sys.argv
    quiet = "-q" in sys.argv or every
    where = ROUNDS[sys.argv[sys.argv.index("--round") + 1] if "--round" in sys.argv else "1"]
    slugs = sorted(p.stem for p in where.glob("*.json") if every or held_out(p.stem) == held)
    results = [score(s, where) for s in slugs]
    if not held and not quiet:
        for r in results:
            if r.refused:
                print(f"{r.slug}: refused {r.refused[:100]!r}")
            for kind in ("title", "leaked", "dropped"):
                for line in getattr(r, kind):
                    print(f"{r.slug}: {kind} {line[:100]!r}")
    chrome = sum(r.chrome for r in results)
    name = "all" if every else "held-out" if held else "tuning"
    print(
        f"{name}: {sum(r.wrong for r in results)} of "
        f"{len(results)} pages wrong; leaked {sum(len(r.leaked) for r in results)} of "
        f"{chrome} chrome lines; titles wrong {sum(bool(r.title) for r in results)}; "
        f"story lines dropped {sum(len(r.dropped) for r in results)} of "
        f"{sum(3 for _ in results)}; chrome lines kept in the text "
        f"{sum(len(r.kept) for r in results)} of {chrome}"
        + (f"; refused as no article {n}" if (n := sum(bool(r.refused) for r in results)) else "")
    )


if __name__ == "__main__":
    main()
