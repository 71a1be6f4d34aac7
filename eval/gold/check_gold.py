"""Consistency check for the gold evaluation set in eval/gold/.

Run:  python eval/gold/check_gold.py        (exit code 1 if any ERROR)

It is a data check, not a test of the summarizer. For every <slug>/gold.json it verifies:
  * shape: required keys, id == folder name, input file exists and is UTF-8;
  * published: null or a real YYYY-MM-DD date;
  * actors: 3-12 entries (a short local story can name only three), each name (or, for people, the last name) occurs in the input;
  * quotes: <= 8, each an exact substring of the input, 5-25 words, speaker listed in actors,
    and (heuristically) preceded by an unclosed quotation mark in its paragraph;
  * dates: 3-8 entries, expression inside its context, context 10-60 chars and occurring exactly
    once in the input, date valid ISO at YYYY / YYYY-MM / YYYY-MM-DD granularity, weekday names
    consistent with the resolved day;
  * boilerplate strings occur in the input, and none is (part of) an actor's name or inside a
    gold quote, nor a word of under four characters or one function word (the eval counts a
    chrome string leaked wherever the digest holds it as a word);
  * injection: null, or marker and instruction text occur in the input, marker nowhere else
    in the gold annotations;
  * key_facts: 3-5 facts of 1-3 keywords, each keyword in the input (case-insensitive) and all
    keywords of a fact co-occurring in one paragraph.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = ["id", "input", "published", "provenance", "actors", "quotes", "dates", "boilerplate", "injection", "key_facts"]
PROV_KEYS = ["outlet", "url", "title", "license", "retrieved", "notes"]
# Words every digest says: a chrome line of one of them alone cannot be scored as a leak.
FUNCTION_WORDS = frozenset(
    "a an the and or but of to in on at by for from with as about into over after before than"
    " this that these those it its is was are were be more most".split()
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ORG_HINTS = ("NASA", "SpaceX", "JAXA", "FRANK", "OPEC", "FIFA", "NHS", "Roscosmos", "Office", "Department",
             "Agency", "Association", "University", "Machines", "Grumman", "Congress", "Subcommittee",
             "government", "group", "ministry", "party", "Republicans", "House", "Senate", "England", "UK",
             "Telescope", "Borders")


def check_iso(value: str) -> str | None:
    """Return the granularity ('Y', 'M', 'D') of a valid ISO date string, else None."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return "Y"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            dt.date(int(value[:4]), int(value[5:7]), 1)
            return "M"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
            return "D"
    except ValueError:
        return None
    return None


def inside_quotes(text: str, pos: int) -> bool:
    """Heuristic: is there an unclosed quotation mark before pos in the same paragraph?"""
    start = text.rfind("\n", 0, pos) + 1
    prefix = text[start:pos]
    if prefix.count('"') % 2 == 1:
        return True
    if prefix.count("“") > prefix.count("”"):
        return True
    # single curly quotes: opening ‘ not yet closed by a ’ followed by a non-letter
    opens = prefix.count("‘")
    closes = len(re.findall(r"’(?![A-Za-z])", prefix))
    return opens > closes


def check_one(folder: Path) -> tuple[list[str], list[str], dict]:
    errors: list[str] = []
    warns: list[str] = []
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    info = {"slug": folder.name}
    missing = [k for k in KEYS if k not in gold]
    extra = [k for k in gold if k not in KEYS]
    if missing or extra:
        errors.append(f"keys: missing={missing} extra={extra}")
        return errors, warns, info
    if gold["id"] != folder.name:
        errors.append(f"id {gold['id']!r} != folder name")
    inp = folder / gold["input"]
    if not inp.exists():
        errors.append(f"input {gold['input']} missing")
        return errors, warns, info
    try:
        text = inp.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        errors.append("input is not UTF-8")
        return errors, warns, info
    info["words"] = len(text.split())
    low = text.lower()

    prov = gold["provenance"]
    if sorted(prov) != sorted(PROV_KEYS):
        errors.append(f"provenance keys {sorted(prov)}")

    pub = gold["published"]
    if pub is not None and check_iso(pub) != "D":
        errors.append(f"published {pub!r} is not YYYY-MM-DD")
    info["published"] = pub

    actors = gold["actors"]
    if not 3 <= len(actors) <= 12:
        errors.append(f"{len(actors)} actors (want 3-12)")
    for a in actors:
        if a in text:
            continue
        last = a.split()[-1]
        is_org = any(h in a for h in ORG_HINTS)
        if not is_org and last in text:
            continue
        errors.append(f"actor {a!r} not found in input")

    quotes = gold["quotes"]
    if len(quotes) > 8:
        errors.append(f"{len(quotes)} quotes (max 8)")
    if len(quotes) < 3:
        warns.append(f"only {len(quotes)} quotes")
    for q in quotes:
        s = q["quote"]
        n = text.count(s)
        if n == 0:
            errors.append(f"quote not in input: {s[:50]!r}")
            continue
        words = len(s.split())
        if not 5 <= words <= 25:
            errors.append(f"quote has {words} words: {s[:50]!r}")
        if q["speaker"] not in actors:
            errors.append(f"quote speaker {q['speaker']!r} not in actors")
        if not inside_quotes(text, text.find(s)):
            warns.append(f"quote may not be inside quotation marks: {s[:50]!r}")

    dates = gold["dates"]
    if not 3 <= len(dates) <= 8:
        errors.append(f"{len(dates)} dates (want 3-8)")
    for d in dates:
        t, c, v = d["text"], d["context"], d["date"]
        if t not in c:
            errors.append(f"date text {t!r} not in its context {c!r}")
        if not 10 <= len(c) <= 60:
            errors.append(f"context length {len(c)} not in 10-60: {c!r}")
        cnt = text.count(c)
        if cnt != 1:
            errors.append(f"context occurs {cnt} times (want exactly 1): {c!r}")
        gran = check_iso(v)
        if gran is None:
            errors.append(f"invalid ISO date {v!r} for {t!r}")
            continue
        wd = [w for w in WEEKDAYS if w in t.lower()]
        if wd and gran == "D":
            actual = dt.date.fromisoformat(v).strftime("%A").lower()
            if actual != wd[0]:
                errors.append(f"{t!r} resolved to {v} which is a {actual}")
        if wd and pub and gran == "D" and v > pub:
            warns.append(f"weekday {t!r} resolved after publication ({v} > {pub}); make sure an anchor justifies it")

    for b in gold["boilerplate"]:
        if b not in text:
            errors.append(f"boilerplate not in input: {b[:50]!r}")
        # The eval counts a chrome string leaked when the digest holds it anywhere: one that
        # is (part of) an actor's name or inside a gold quote is in every right digest.
        owned = [a for a in gold["actors"] if b.strip().casefold() in a.casefold()]
        owned += [q["quote"] for q in gold["quotes"] if b.strip().casefold() in q["quote"].casefold()]
        if owned:
            errors.append(f"boilerplate {b[:50]!r} is also in {owned[0][:50]!r}: no digest could leave it out")
        # Counted as a substring: a short word ("AP") is inside ordinary words ("happened").
        if len(b.strip()) < 4 and any(c.isalpha() for c in b):
            errors.append(f"boilerplate {b!r} is too short: the eval finds it inside words")
        # Counted as a word: a share button's "From" is in every digest.
        if b.strip().casefold() in FUNCTION_WORDS:
            errors.append(f"boilerplate {b!r} is a function word: every digest says it")

    inj = gold["injection"]
    if inj is not None:
        if inj.get("marker", "") not in text or inj.get("text", "") not in text:
            errors.append("injection marker/text not in input")
        else:
            rest = json.dumps({k: v for k, v in gold.items() if k not in ("injection", "provenance")}, ensure_ascii=False)
            if inj["marker"] in rest:
                errors.append("injection marker also appears in other gold fields")
            outside = text.replace(inj["text"], "")
            if inj["marker"] in outside:
                warns.append("injection marker also occurs outside the planted instruction")
    info["injection"] = inj is not None

    facts = gold["key_facts"]
    if not 3 <= len(facts) <= 5:
        errors.append(f"{len(facts)} key_facts (want 3-5)")
    paragraphs = [p.lower() for p in re.split(r"\n\s*\n", text)]
    for f in facts:
        if not 1 <= len(f) <= 3:
            errors.append(f"key fact {f} has {len(f)} keywords (want 1-3)")
        for k in f:
            if k.lower() not in low:
                errors.append(f"key fact keyword {k!r} not in input")
        if not any(all(k.lower() in p for k in f) for p in paragraphs):
            warns.append(f"key fact {f} keywords never co-occur in one paragraph")
    return errors, warns, info


def main() -> int:
    folders = sorted(p for p in ROOT.iterdir() if p.is_dir() and (p / "gold.json").exists())
    total_err = 0
    dated = 0
    injections = 0
    for folder in folders:
        errors, warns, info = check_one(folder)
        total_err += len(errors)
        dated += info.get("published") is not None
        injections += bool(info.get("injection"))
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {folder.name:32s} words={info.get('words', '?'):>5} published={info.get('published')}")
        for e in errors:
            print(f"     ERROR {e}")
        for w in warns:
            print(f"     warn  {w}")
    print(f"\n{len(folders)} articles, {dated} with publication date, {injections} with planted injection, "
          f"{total_err} errors")
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main())
