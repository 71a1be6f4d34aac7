"""The checks' shortcuts (bench/bench_checks.py: their cost) skip only work that finds nothing.

Each quick test must be a necessary condition of what it skips: a name ending in no
actor's last word resolves to no one; a text without digits or number words states no
quantity; one without digits or date words has no date word; the actor index answers as
the walk over every alias did; label swaps, names and numbers looked up sentence by
sentence answer as the whole text read at once.  Sentences come from the
seed article and dev-split gold articles only.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from summarizer._checks import label_swap, names, numbers, role_labels, textual
from summarizer._eval import split_of
from summarizer._extract import date_finders
from summarizer._extract.actor_people import surname_key
from summarizer._extract.actor_rules import rules
from summarizer._extract.actors import ActorIndex, FoundActor, find_actors
from summarizer._extract.actors import resolve as resolve_actor
from summarizer._extract.date_find import candidates
from summarizer._extract.date_finders import FINDERS, _finder
from summarizer._lang import LanguagePack, alternation, words
from summarizer._lang.en import ENGLISH
from summarizer._pipeline import prepare
from summarizer._tasks.context import _may_end, name_ends
from summarizer._text.segment import Document, Sentence

ROOT = Path(__file__).resolve().parent.parent
# A date word of an item as an alternation (what textual._dateish finds by lookup).
_DATEISH = re.compile(
    rf"\b(?:(?:19|20)\d\d|{alternation(textual._DATE_WORDS)})\b|\d-\d", re.IGNORECASE
)
_RUNS = re.compile(r"(?:[A-Z][\w'’.-]*|U\.S\.)(?:\s+(?:[A-Z][\w'’.-]*))*")
_R_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


@cache
def articles() -> list[tuple[Document, list[FoundActor]]]:
    paths = [ROOT / "examples" / "cbs-2017-04-12-tillerson-moscow.txt"]
    for folder in sorted((ROOT / "eval" / "gold").iterdir()):
        if (folder / "article.txt").exists() and split_of(folder.name) == "dev":
            paths.append(folder / "article.txt")
    out = []
    # The seed and the 11 dev articles with the most sentence ends (a file's size is mostly
    # its chrome): the most sentences, names and times to hold each shortcut to, whatever
    # articles the gold set gains.
    ends = {p: len(_R_SENTENCE_END.findall(p.read_text(encoding="utf-8"))) for p in paths[1:]}
    paths = paths[:1] + sorted(paths[1:], key=lambda p: (-ends[p], p.name))[:11]
    for path in paths:
        doc = prepare(path)
        out.append((doc, find_actors(doc)))
    return out


def test_a_name_ending_in_no_actors_last_word_resolves_to_no_one() -> None:
    checked = skipped = 0
    for doc, found in articles():
        ends = name_ends(found)
        for s in doc.sentences:
            for m in _RUNS.finditer(s.text):
                words = m.group(0).split()
                for i in range(len(words)):
                    for j in range(i + 1, min(len(words), i + 4) + 1):
                        name = " ".join(words[i:j]).rstrip(".,")
                        checked += 1
                        if not _may_end(name, ends):
                            skipped += 1
                            assert resolve_actor(name, found) is None, name
    assert checked > 500 and skipped > checked // 4  # the shortcut is taken, and sound


def test_numberless_and_dateless_texts_are_skipped_soundly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    texts += ["a month earlier", "one-third of the budget", "Two-thirds", "2 p.m.", "in May"]
    digitless = [t for t in texts if not numbers._DIGIT.search(t)]
    # Codes and clock times are masked only in a text with a digit: they need one.
    assert not any(numbers._CODE.search(t) or numbers._TIME.search(t) for t in digitless)
    numberless = [t for t in digitless if numbers._numberless(t)]
    assert numberless and len(numberless) < len(texts)
    monkeypatch.setattr(numbers, "_numberless", lambda text: False)  # the full patterns
    full = numbers._sentence_quantities.__wrapped__  # uncached
    assert all(full(t) == () for t in numberless)
    assert full("a month earlier") and full("Two-thirds")
    dateless = [
        t
        for t in texts
        if not textual._DIGIT.search(t)
        and textual._DATE_FIRST.isdisjoint(textual._LETTERS.findall(t.lower()))
    ]
    assert dateless and not any(_DATEISH.search(t) for t in dateless)


def test_date_words_found_by_lookup_are_the_alternations_matches() -> None:
    """``_dateish`` reads each word once; it must find exactly what the alternation finds."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    texts += ["New Year's Eve", "new  year", "Jan5 Jan 5 _today today's MAY Mayday",
              "x2019 2019x 2019-2020 5-6 1999_", "on Tuesday, Dec. 4, 2018 at 10 a.m.",
              "\u017fpring", "this \u017fummer", "wee\u212a", "mayor's year",
              "Mayday May"]  # fmt: skip
    # Random runs of date words, their parts and neighbours: one, two or none of them.
    r = random.Random(5)
    vocabulary = [*textual._DATE_WORDS, "New", "new", "Year", "mayor", "Jan5", "2019", "x",
                  "MARCH", "5-6", "\u017fpring", "Sept.", "_may", "may_", "é"]  # fmt: skip
    for _ in range(3000):
        t = "".join(r.choice(vocabulary) + r.choice((" ", "  ", "-", "", ", ", "'s "))
                    for _ in range(r.randrange(1, 6)))  # fmt: skip
        texts.append(t)
    found = 0
    for t in texts:
        expected = [(m.start(), m.end()) for m in _DATEISH.finditer(t)]
        assert textual._dateish(t) == expected, t
        found += len(expected)
    assert found > 5000


def test_texts_whose_date_finder_is_skipped_have_no_candidates() -> None:
    """``item_times`` skips ``candidates`` on a text holding no anchor of any finder (nor a
    digit): the date finder must find nothing there."""
    end_of = _finder(r"(?i:end|beginning|start|middle)")
    assert not end_of.flags & re.IGNORECASE  # its months are matched capitalised only
    assert [f.pattern.pattern for f in FINDERS if f.anchored is None] == [
        r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])",
        date_finders._RANGE_TO + r"(?:19|20)\d\d\b(?![,.]?\d|-\d|%)",  # "between 1999-2004"
        r"\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY)(?:['’]?[0-3]\d|\s?(?:19|20)\d\d)\b(?![,./]\d|-\d|%)",
        r"(?:(?<=\b(?:19|20)\d\d to )|(?<=\b(?:19|20)\d\d through )|(?<=\b(?:19|20)\d\d and ))"
        r"['’]\d\d\b(?![\d%])",
    ]  # (each holds a digit)
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    texts += ["the end of may", "the end of May", "in two weeks", "may march", "at noon",
              "\u017fpring", "wee\u212a", "the next day", "three decades ago",
              "in a fortnight"]  # fmt: skip
    r = random.Random(8)
    vocabulary = [*textual._DATE_WORDS, *(w.lower() for w in textual._DATE_WORDS), "may",
                  "march", "MAY", "Sept.", "decade", "decades", "fortnight", "hour", "now",
                  "later", "earlier", "next", "last", "this", "the", "of", "in", "two", "a few",
                  "first", "Eve", "eve", "Hanukkah", "Ramadan", "Labor", "Black", "mid", "early",
                  "late", "since", "until", "between", "by", "end", "start", "noon", "midnight",
                  "\u017fpring", "\u212a", "’", "“", "—", "é", "Russia", "said"]  # fmt: skip
    for _ in range(6000):
        texts.append("".join(r.choice(vocabulary) + r.choice((" ", "  ", "-", "", ", ", "'s "))
                             for _ in range(r.randrange(1, 7))))  # fmt: skip
    skipped = 0
    for t in texts:
        if textual._finds_nothing(t):
            skipped += 1
            assert candidates(t) == [], t
    assert skipped > 800 and "may" in " ".join(t for t in texts if textual._finds_nothing(t))


def test_a_date_word_with_its_neighbours_is_written_as_the_text_has_it() -> None:
    text = 'Earlier Wednesday, Putin said so on (Monday) last week, "Tuesday" too.'
    spans = {text[s:e]: (s, e) for s, e in textual._dateish(text)}
    assert textual._with_neighbours(text, *spans["Wednesday"]) == "Earlier Wednesday, Putin"
    assert textual._with_neighbours(text, *spans["Monday"]) == "Monday"
    assert textual._with_neighbours(text, *spans["week"]) == 'last week, "Tuesday'
    # A sentence cited as it is needs no date resolved: its date words are verbatim.
    assert textual.item_times(text, text, None) is None


def _walk(name: str, actors: list[FoundActor]) -> FoundActor | None:
    """``resolve`` as it was, walking every actor's every alias: the reference the index
    must agree with."""
    r = rules(ENGLISH)
    text = re.sub(r"^(?:the|The)\s+|['’]s?$", "", name.strip().strip("\"'“”‘’")).strip()
    words = text.split()
    while len(words) > 1 and (words[0] in r.title_words or words[0] in r.demonyms):
        words = words[1:]
    whole = name.strip().strip("\"'“”‘’")
    for form in filter(None, dict.fromkeys((whole, text, " ".join(words)))):
        exact = [a for a in actors if form in (a.name, *a.aliases)]
        fold = form.casefold()
        folded = [a for a in actors if fold in {f.casefold() for f in (a.name, *a.aliases)}]
        if exact or folded:
            return (exact or folded)[0]
    if not words:
        return None
    last, given = surname_key(words[-1]), words[0].casefold() if len(words) > 1 else None
    kinds = ("person", "other")
    people = [a for a in actors if a.type in kinds and surname_key(a.name.split()[-1]) == last]
    first = [a for a in people if a.name.split()[0].casefold() == given]
    return first[0] if first else people[0] if people else None


def test_the_actor_index_resolves_as_the_walk_over_every_alias_did() -> None:
    asked = found = 0
    for doc, actors in articles():
        index = ActorIndex(actors)
        names = {m.group(0) for s in doc.sentences for m in _RUNS.finditer(s.text)}
        names |= {f"{variant}{a.name}{end}" for a in actors for variant in ("", "the ", "Mr. ")
                  for end in ("", "'s", "’s")}  # fmt: skip
        names |= {a.name.upper() for a in actors} | {a.name.split()[-1].lower() for a in actors}
        for name in sorted(names):
            asked += 1
            expected = _walk(name, actors)
            assert index.resolve(name) is expected, name
            found += expected is not None
    assert asked > 500 and found > 100


def _resolver(found: list[FoundActor]) -> Callable[[str], str | None]:
    def resolve(name: str) -> str | None:
        actor = resolve_actor(name, found)
        return actor.name if actor else None

    return resolve


def _label_swap_reading_everything(item: str, cited: str, resolve: Any) -> str | None:
    """``role_labels._label_swap`` as it was: every sentence's labels, then who holds each."""
    mine = role_labels.labels(item, resolve, True)
    if len(mine) < 2:
        return None
    theirs = role_labels.labels(cited, resolve)
    holders: dict[Any, set[str]] = {}
    for who, held in theirs.items():
        for label in held:
            holders.setdefault(label, set()).add(who)

    def takes(a: str, b: str) -> Any:
        return next(
            (x for x in sorted(mine[a]) if b in holders.get(x, ()) and a not in holders[x]),
            None,
        )

    present = [who for who in mine if who in theirs]
    for a, b in itertools.combinations(present, 2):
        first, second = takes(a, b), takes(b, a)
        if first and second:
            gives = f"gives {first[0]!r}... to {role_labels._shown(b)}"
            shown = f"{role_labels._shown(a)} and {role_labels._shown(b)}"
            return f"{shown} are swapped (the cited text {gives})"
    return None


def swapped(text: str, names: Sequence[tuple[int, int, str]], most: int) -> list[str]:
    """``text`` as written, and with each of its first ``most`` pairs of ``names`` swapped."""
    out = [text]
    for (a0, a1, _), (b0, b1, _) in itertools.islice(itertools.combinations(names, 2), most):
        out.append(text[:a0] + text[b0:b1] + text[a1:b0] + text[a0:a1] + text[b1:])
    return out


def paragraph_of(doc: Document, s: Sentence) -> str:
    """The sentences of ``s``'s paragraph, joined: a cited text of several sentences."""
    return " ".join(x.text for x in doc.sentences if x.paragraph == s.paragraph)


def test_label_swaps_read_sentence_by_sentence_as_over_the_whole_text() -> None:
    """Each sentence as an item, as written and with two of its names swapped, against the
    whole article and against its own paragraph's sentences: the same verdict."""
    checked = swaps = 0
    for doc, found in articles():
        resolve = names._resolver(_resolver(found))
        for s in doc.sentences:
            items = swapped(s.text, role_labels._names(s.text, resolve, True), 1)
            near = paragraph_of(doc, s)
            for item in items:
                for cited in (doc.text, near):
                    want = _label_swap_reading_everything(item, cited, resolve)
                    assert label_swap._label_swap(item, cited, resolve) == want, (item, cited)
                    checked += 1
                    swaps += want is not None
    assert checked > 500 and swaps > 20, (checked, swaps)


def test_names_and_numbers_looked_up_sentence_by_sentence_as_in_the_whole_text() -> None:
    """``named_in`` and ``_stated`` stop at the first sentence that has the name or number;
    what they answer is what the whole text's vocabulary and quantities answer."""
    foreign = ["Macron", "Beijing", "Zelensky", "NATO", "Putin-Trump", "Russian", "U.N.", "EU"]
    found_names = checked = 0
    for doc, _found in articles():
        folded, stems = names._vocabulary(doc.text)
        initials = frozenset().union(
            *(names._sentence_initials(p) for _, p in names.pieces(doc.text))
        )
        for s in doc.sentences[:40]:
            for name in [*names.proper_names(s.text), *foreign]:
                key = name.casefold().replace(".", "")
                bare = key.removesuffix("'s").removesuffix("’s")
                parts = [p for p in name.split("-") if p]
                want = (
                    key in folded
                    or bare in folded
                    or names._stem(name) in stems
                    or (name.replace(".", "").isupper() and len(bare) >= 2 and bare in initials)
                    or (
                        len(parts) > 1
                        and all(p.casefold() in folded or names._stem(p) in stems for p in parts)
                    )
                    or any(names._akin(bare, other) for other in folded)
                )
                assert names.named_in(name, (doc.text, "")) == want, name
                found_names += want
                checked += 1
            for q in numbers.quantities(s.text):
                for value in (q.value, q.value + 1):
                    moved = numbers.Quantity(q.text, value, q.unit, q.start, q.end, q.pair)
                    want = any(
                        numbers._same(t.value, value) and t.unit == q.unit
                        for t in numbers.quantities(doc.text)
                    )
                    assert numbers._stated(moved, doc.text) == want, (q, value)
    assert checked > 500 and 0 < found_names < checked, (checked, found_names)


def test_support_against_several_texts_is_support_against_them_joined() -> None:
    """A claim's words are compared with its sentences and its speaker's name: each one's
    content words cached on their own, their union is the joined text's."""
    pairs = 0
    for doc, found in articles():
        speakers = [a.name for a in found][:5] or ["Nobody"]
        for s, t in itertools.pairwise(doc.sentences):
            for who in speakers:
                joined = words.support(t.text, f"{s.text} {who}")
                assert words.support(t.text, (s.text, who)) == joined, (s.text, who)
                pairs += 1
    assert pairs > 500, pairs
    # A cited text is compared sentence by sentence (``pieces``): the same words as a whole.
    texts = [doc.text for doc, _ in articles()]
    texts += [" ".join(s.text for s in doc.sentences[i : i + 3]) for doc, _ in articles()
              for i in range(0, len(doc.sentences), 2)]  # fmt: skip
    for text in texts:
        parts = tuple(p for _, p in names.pieces(text))
        assert words.bag(text) == frozenset().union(*(words.bag(p) for p in parts))


def test_cited_times_found_by_bisection_are_those_starting_in_the_sentences() -> None:
    from summarizer._extract.dates import find_time_expressions
    from summarizer._tasks.context import GroundingContext

    windows = 0
    for doc, _found in articles():
        times = find_time_expressions(doc.text, None)
        ctx = GroundingContext(doc=doc, times=[*reversed(times)])  # any order is kept
        for s, t in itertools.pairwise(doc.sentences):
            for ids in ([s.id], [s.id, t.id], [t.id, s.id]):
                sents = [x for i in dict.fromkeys(ids) if (x := doc.sentence(i)) is not None]
                want = [x for x in ctx.times if any(y.start <= x.start < y.end for y in sents)]
                assert ctx.cited(ids).times == want, ids
                windows += 1
    assert windows > 500, windows


def test_number_words_as_tries_find_what_the_alternations_found() -> None:
    """``_whole_number()`` is built from tries; built from plain alternations (longest first) it
    must find the same matches with the same groups, in articles and in random strings."""
    flat = re.compile(
        numbers._whole_number().pattern.replace(numbers._NUMWORD, alternation([*numbers._WORDS,
            *numbers._ORDINALS, *numbers._FRACTIONS]))
        .replace(numbers._SCALE, alternation(numbers._SCALES))
        .replace(numbers._UNIT, alternation(numbers._UNITS)),
        numbers._whole_number().flags,
    )  # fmt: skip
    assert flat.pattern != numbers._whole_number().pattern

    def found(pattern: re.Pattern[str], text: str) -> list[Any]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    pieces = [*"0123456789 ,.-$€£%abdefhimnorstuyUS", "one ", "Two-", "million", "bn", "per cent",
              "percentage points", "first", "half", "Thirty", "thirds", "  ", "\u00a0"]  # fmt: skip
    rng = random.Random(7)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    assert sum(bool(found(numbers._whole_number(), t)) for t in texts) > 1000
    assert all(found(numbers._whole_number(), t) == found(flat, t) for t in texts)


def test_numbers_found_number_first_are_the_full_patterns_matches() -> None:
    """``numbers._numbers`` (the number words a text contains, the currency sign and space
    read back from the number) must find what ``_whole_number()`` finds: the same spans, currency
    signs and groups, in articles and in random strings (case folding included)."""

    def full(text: str) -> list[Any]:
        return [(m.span(), m.groupdict()) for m in numbers._whole_number().finditer(text)]

    def fast(text: str) -> list[Any]:
        return [((start, m.end()), {**m.groupdict(), "cur": cur})
                for start, cur, m in numbers._numbers(text)]  # fmt: skip

    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    pieces = [*"0123456789 ,.-$€£¥%abdefhimnorstuyUS", "one ", "Two-", "million", "bn", "US$",
              "us$", "per cent", "percentage points", "first", "half", "Thirty", "thirds",
              "Fourteen", "fourth", "  ", "\u00a0", "\n", "ſix", "\u212a", "ı", "İ", "$ ",
              "one$", "aged ", "the two"]  # fmt: skip
    rng = random.Random(11)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    assert sum(bool(found) for t in texts if (found := full(t)) and found[0][1]["cur"]) > 300
    assert all(fast(t) == full(t) for t in texts)


def test_labels_read_from_short_windows_are_the_full_windows_labels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``_opens`` answers ``_OPEN``'s search; ``_before`` and ``_after`` read the words
    around a name from a short window when it holds enough: at every position of every
    sentence, and of random strings, they must answer as from the full windows."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    pieces = ["the ", "a ", "has ", "was ", "also ", "quickly ", "by ", "accused ", "in ", "X",
              "Y's ", "’s ", " ", "  ", "\n", ", ", ". ", '"', "—", "(", "re-elect ", "with ",
              "government ", "envoy ", "don't ", "1", "’"]  # fmt: skip
    rng = random.Random(5)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(600)]
    spots = [(t, i) for t in texts for i in range(len(t) + 1)]
    assert all(
        role_labels._opens(t, i) == (role_labels._OPEN.search(t, max(0, i - 64), i) is not None)
        for t, i in spots
    )
    short = [(role_labels._before(t, i), role_labels._after(t, i)) for t, i in spots]
    monkeypatch.setattr(role_labels, "_SHORT", 10**9)  # the full windows only
    full = [(role_labels._before(t, i), role_labels._after(t, i)) for t, i in spots]
    assert sum(map(any, full)) > 1000 and short == full


def test_words_split_without_a_regex_are_the_regexes_matches() -> None:
    """``words._runs`` (bytes translated to spaces, then split) must find what the regexes
    ``[a-z0-9]+`` and ``[a-z]+`` find, with non-ASCII text; ``bag`` and ``fresh_bag`` are
    ``regex_bag``."""
    texts = [s.text for doc, _ in articles() for s in doc.sentences]
    chars = [*"abcxyzABZ0189 \t\n.,'’“”é-_", "\u212a", "ſ", "ı", "İ", "\ud800", "\x00", "\x80",
             "ß", "\u00a0"]  # fmt: skip
    rng = random.Random(3)
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    for text in texts:
        lower = text.lower()
        assert words._tokens(lower) == re.findall(r"[a-z0-9]+", lower)
        assert words.letter_runs(lower) == re.findall(r"[a-z]+", lower)
        assert words.bag.__wrapped__(text) == words.fresh_bag(text) == regex_bag(text)


def regex_bag(text: str, lang: LanguagePack = ENGLISH) -> frozenset[str]:
    """``words.fresh_bag`` as a regex and a set per text (as it was): the reference."""
    suffix, n = lang.stem_suffix, lang.stem_length
    tokens = set(re.findall(r"[a-z0-9]+", text.lower().replace("'s", "")))
    tokens -= lang.content_stopwords
    return frozenset({w.rstrip(suffix)[:n] for w in tokens if len(w) > 2})


def test_clear_caches_forgets_every_text_the_checks_cached() -> None:
    """bench/bench_checks measures every article cold: no text cache may survive
    ``clear_caches`` (per-word caches may: stems, signs, date and number patterns)."""
    from summarizer._checks import clear_caches, polarity, roles, speaker

    per_word = {"_stem", "_cue", "_date_pattern", "_number_pattern", "_whole_number"}
    doc, found = articles()[0]
    index = ActorIndex(found)
    resolve = index.resolve

    def who(name: str) -> str | None:
        actor = resolve(name)
        return actor.name if actor else None

    from summarizer._tasks.context import GroundingContext

    ctx = GroundingContext(doc=doc, resolve=who)
    whole = ctx.whole()
    ctx.check(doc.sentences[0].text, whole, 0.5)
    for s in doc.sentences[:8]:
        ctx.check(s.text, ctx.cited([s.id]), 0.5)
    caches = [
        (f"{module.__name__}.{name}", fn)
        for module in (names, numbers, polarity, role_labels, roles, speaker, textual)
        for name, fn in vars(module).items()
        if hasattr(fn, "cache_info") and name not in per_word
    ]
    assert sum(fn.cache_info().currsize > 0 for _, fn in caches) > 10
    clear_caches()
    assert [name for name, fn in caches if fn.cache_info().currsize] == []


def test_a_name_is_looked_for_by_its_words_only_where_they_are_written() -> None:
    """``_names_in`` skips a sentence that lacks the words of another name's key: it must
    answer as ``_who`` does, for every name of an article against each of its sentences."""
    checked = skipped = 0
    for doc, found in articles():
        resolve = names._resolver(_resolver(found))
        parts = [s.text for s in doc.sentences]
        everyone = {who for p in parts for who in role_labels._who(p, resolve)}
        for who in everyone:
            for part in parts:
                got = role_labels._names_in(who, part, resolve)
                assert got == (who in role_labels._who(part, resolve)), (who, part)
                checked += 1
                skipped += who.startswith("~") and not all(w in part for w in who[1:].split())
    assert checked > 3000 and skipped > checked // 4, (checked, skipped)


def test_each_sentence_pieces_cuts_a_text_into_is_one_piece_on_its_own() -> None:
    """``pieces`` remembers the sentences it cut a text into and does not search them for
    breaks again: searched, each must be one piece (articles, and random texts of
    abbreviations, initials, quotes, brackets and line breaks)."""
    texts = [doc.text for doc, _ in articles()]
    tokens = ["U.S.", "Mr.", "said.", "end!", "why?", '"', "“", "”", "’", "(", ")", "A", "Bo",
              "b", " ", " ", "  ", "\n", "\n\n", " \n", "p.m.", "J.", "D.C.", "—", "."]  # fmt: skip
    rng = random.Random(11)
    texts += ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 40))) for _ in range(4000)]
    split = 0
    for text in texts:
        names._SENTENCES.clear()
        parts = names.pieces.__wrapped__(text)
        split += len(parts) > 1
        for _, part in parts:
            names._SENTENCES.clear()
            assert names.pieces.__wrapped__(part) == ((0, part),), (text, part)
    assert split > 1000
    names._SENTENCES.clear()


def _names_reading_each_run(text: str, resolve: Any, initial: bool) -> tuple[Any, ...]:
    """``role_labels._sentence_names`` as it was written before the runs were shared."""
    ms = list(names._mentions(text, resolve))
    taken = [(s, e) for s, e, _ in ms]
    for m in role_labels._NAME_RUN.finditer(text):
        a, b = m.span()
        if any(s < b and a < e for s, e in taken):
            continue
        words = m.group(0).rstrip(".").split()
        if words[0] in names._COMMON or words[0] in role_labels._STOP_CAPS:
            continue
        if words[0] in role_labels._TITLE_WORDS:
            continue
        if not initial and role_labels._OPEN.search(text, max(0, a - 64), a):
            continue
        key = " ".join(w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in words)
        ms.append((a, a + len(m.group(0).rstrip(".")), "~" + key))
    return tuple(sorted(ms))


def test_names_and_labels_with_and_without_initial_share_one_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence read as an item (``initial``) and as cited text shares its runs of names,
    and, when no name opens it, its labels: each as reading everything gives."""
    shared = 0
    for doc, found in articles():
        resolve = names._resolver(_resolver(found))
        for s in doc.sentences:
            for initial in (True, False):
                want = _names_reading_each_run(s.text, resolve, initial)
                assert role_labels._sentence_names(s.text, resolve, initial) == want
            shared += not role_labels._opening_names(s.text, resolve)
    assert shared > 100
    texts = [
        (s.text, names._resolver(_resolver(f))) for doc, f in articles() for s in doc.sentences
    ]
    got = [role_labels._sentence_labels(t, r, True) for t, r in texts]
    role_labels._sentence_labels.cache_clear()
    monkeypatch.setattr(role_labels, "_opening_names", lambda text, resolve: True)
    assert got == [role_labels._sentence_labels(t, r, True) for t, r in texts]
    role_labels._sentence_labels.cache_clear()


def test_breaks_found_at_their_marks_are_the_lookbehinds_breaks() -> None:
    """``names._BREAK`` matches the mark before a break (so it is tried at marks, not at
    every space): its break groups must be the spans the lookbehind pattern found."""
    plain = re.compile(r"(?<=[.!?\"”’)])\s+(?=[\"“‘(]?[A-Z])|\n+")
    texts = [doc.text for doc, _ in articles()]
    tokens = ["U.S.", "Mr.", "said.", "end!", "why?", '"', "“", "”", "’", "‘", "(", ")", "A",
              "b", " ", "  ", "\n", "\n\n", " \n", "\t", ".", "!", "\u00a0", "\u2028"]  # fmt: skip
    rng = random.Random(5)
    texts += ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 40))) for _ in range(5000)]
    found = 0
    for text in texts:
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span(m.lastindex or 0) for m in names._BREAK.finditer(text)] == want, text
        found += len(want)
    assert found > 10000
