"""Deterministic checks of what the model writes against the text it cites.

``support`` (enough shared content words) cannot see the errors fluent models
make: a swapped name, a changed number, an added "not", two actors swapped.
Each check here looks for one such error and has a short name; a failure is
reported as ``"<check>: <what is wrong>"`` so the re-ask message and
``meta.warnings`` say which check caught it.  Checks that find nothing to
check (an item without numbers) are not listed as passed, so an item's
``checks`` say what was actually verified.

| check    | catches                                                        |
|----------|----------------------------------------------------------------|
| support  | wording the cited text does not contain (>= half content words), |
|          | an item stating nothing but names ("Dan Zubich:"), or one about  |
|          | the article instead of its story ("The article discusses ...")   |
| numbers  | a number or unit not stated with the same value                 |
| names    | a proper name the cited text does not contain                   |
| polarity | a negation added or dropped                                     |
| roles    | two actors swapped around a verb                                |
| dates    | a date or weekday that resolves to none the cited text states   |
| quotes   | quoted words that are not verbatim                              |
| stance   | a label the cited text's polarity contradicts                   |
| speaker  | a claim put in the mouth of someone other than its speaker      |
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from summarizer._checks.names import check_names, pieces
from summarizer._checks.numbers import check_numbers
from summarizer._checks.polarity import check_polarity, check_stance
from summarizer._checks.roles import check_roles
from summarizer._checks.speaker import Locate, check_speaker
from summarizer._checks.textual import check_dates, check_quotes, item_times
from summarizer._extract.dates import TimeExpression

__all__ = ["CHECKS", "SAYS_NOTHING", "Cited", "Outcome", "check_item", "clear_caches"]

CHECKS = ("support", "numbers", "names", "polarity", "roles", "dates", "quotes", "stance",
          "speaker")  # fmt: skip
Resolve = Callable[[str], str | None]
_SLACK = 0.2  # how far below the threshold a headline or abstract's support may fall
Support = Callable[[str, str | tuple[str, ...]], float]


def clear_caches() -> None:
    """Forget every text the checks have seen (bench/: each article measured cold).

    Per-word caches (stems) stay: they hold vocabulary, not articles."""
    from summarizer._checks import (
        label_swap,
        names,
        numbers,
        polarity,
        role_labels,
        roles,
        speaker,
        textual,
    )
    from summarizer._lang import words

    words.bag.cache_clear()
    words.letter_set.cache_clear()

    for fn in (names.pieces, names._resolver, names._vocabulary, names._vocabularies,
               names._sentence_vocabulary, names._sentence_initials, names._forms,
               names._lower_word, names._mentions,
               names._sentence_mentions, names._run_mentions, speaker._asserters,
               numbers.quantities, numbers._sentence_quantities, polarity.negations,
               polarity._content, role_labels._sentence_names, role_labels._sentence_runs,
               role_labels._other_name, role_labels._who, role_labels.labels,
               role_labels._sentence_labels, role_labels._label,
               roles._triples, roles._stretches, roles._owned, roles._bound,
               roles._sentence_owned, roles._sentence_bound, roles._after_modifier,
               textual._hay, textual._bare, label_swap._held):  # fmt: skip
        fn.cache_clear()
    names._SENTENCES.clear()


@dataclass(frozen=True)
class Cited:
    """What an item is checked against."""

    text: str  # the sentences it cites (the whole article for headline and abstract)
    article: str  # the whole article: which words it writes in lower case
    names: str  # where its names may come from: ``text`` plus the sentence before it
    times: Sequence[TimeExpression] = ()  # the article's time expressions inside ``text``
    speakers: frozenset[str] = frozenset()  # who code found making statements in ``text``
    # For the whole article: the sentence best stating a clause (with the one before it),
    # and its speakers, so "X says <clause>" can be checked against who says it.
    locate: Locate | None = None


@dataclass
class Outcome:
    passed: list[str] = field(default_factory=list)
    failure: str | None = None

    def ok(self) -> bool:
        return self.failure is None


def check_item(
    text: str,
    cited: Cited,
    *,
    resolve: Resolve,
    published: date | None,
    support: Support,
    threshold: float,
    speaker: str | None = None,
    actor: str | None = None,
    stance: tuple[str, str] | None = None,
    phrase: bool = False,
) -> Outcome:
    """Run every check on one item; stop at the first failure (one reason is enough to re-ask).

    ``speaker`` is the candidate's speaker for a claim line (only they may be said to
    assert it); ``actor`` the actor of a stance, ``stance`` its (label, topic).  A ``phrase``
    (a stance's topic) is a noun phrase, not a statement: no polarity, roles or speaker.
    """
    out = Outcome()
    # Code found the speaker and the actor: their names may be used though not in the text.
    known = " ".join(n for n in (speaker, actor) if n)
    # Against the whole article (headline, abstract) shared words say little either way:
    # a fair paraphrase ("close race") may fall short of ``threshold``; down to
    # ``threshold - _SLACK`` it passes if all the precise checks pass and the item's own
    # names or numbers were verified (not only the article's negations, say).
    # A cited text's words are its sentences' words (a word never spans the space between
    # them): each sentence's are cached, shared with every item citing it, and with the
    # headline's search for the sentences stating its clauses, which reads them all (so
    # the whole article's words, the headline's and abstract's, are not read a second time).
    whole = cited.text == cited.article
    if not phrase and (
        nothing := _states_nothing(text, known, whole, support) or _meta(text, cited)
    ):
        out.failure = f"support: {nothing}"
        return out
    parts = tuple(p for _, p in pieces(cited.text))
    score = support(text, (*parts, known) if known else parts)  # same words
    weak = score < threshold
    if weak and not (whole and score >= threshold - _SLACK):
        out.failure = "support: most of its words are not in the cited text"
        return out
    passed = out.passed
    if not weak:
        passed.append("support")
    found = item_times(text, cited.text, published, cited.times)
    times = found or []
    locate = cited.locate
    located = (lambda clause: locate(clause)[0]) if locate is not None else None
    # The checks in order, each run where it applies; the first failure ends the item.
    # Written out, not as a list of closures: they were built for every item.
    if not phrase:
        allowed = {speaker} if speaker else {*cited.speakers, *([actor] if actor else [])}
        result = check_speaker(
            text, cited.names, allowed, resolve, strict=bool(speaker), locate=locate
        )
        if _failed(out, "speaker", result):
            return out
    result = check_numbers(text, cited.text, [(t.start, t.end) for t in times], located)
    if _failed(out, "numbers", result):
        return out
    names = (cited.names, f"{known} {' '.join(cited.speakers)}")  # speakers code found count
    if _failed(out, "names", check_names(text, names, cited.article)):
        return out
    if not phrase:
        if _failed(out, "polarity", check_polarity(text, cited.text, whole)):
            return out
        if _failed(out, "roles", check_roles(text, cited.text, resolve, whole, located)):
            return out
    result = True if found is None else check_dates(times, cited.text, cited.times)
    if _failed(out, "dates", result):
        return out
    if _failed(out, "quotes", check_quotes(text, cited.text)):
        return out
    label, topic = stance or ("", "")
    if stance is not None and _failed(out, "stance", check_stance(label, topic, text, cited.text)):
        return out
    if weak and "names" not in passed and "numbers" not in passed:  # its own names or numbers
        out.failure = "support: most of its words are not in the cited text"
    return out


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_DIGITS = re.compile(r"\d+")
_EMPTY, _ONLY_NAMES, _ABOUT = SAYS_NOTHING = (
    "it states nothing",
    "it states nothing but names",
    "it tells of the article, not of what it reports",
)
# The text itself as the item's subject ("The article discusses ...", "this text"): what the
# embedded model writes when it has nothing to say ("The article on the hole in the Earth's
# ozone is about to be edited" passed as a dev article's headline).  Not "the text" ("the
# text of the deal"), "the passage" ("the passage of the bill") or "the author" ("the
# author of the bill"): news uses them of its own subjects.
_META = re.compile(r"\b(?:(?:the|this)\s+(?:news\s+)?article|this\s+text)\b", re.I)


def _meta(text: str, cited: Cited) -> str | None:
    """An item about the article rather than its story, unless the cited text speaks of an
    article too (a story about a paper's article)."""
    if _META.search(text) is None or _META.search(cited.text):
        return None
    return _ABOUT


def _states_nothing(text: str, known: str, whole: bool, support: Support) -> str | None:
    """Whether a statement states nothing: no content word but numbers ("He said:", a
    figure's measure "2", an event "2017-04-12"), or none but those and the words of
    names, the speaker's and actor's or written capitalised ("Dan Zubich:" as a claim
    line, the tiny model echoing its prompt's speaker).  Support scores such an item 1.0
    (every word of it is in the text that names it), and the numbers check passes a
    number the cited text states.  A headline's or abstract's capitals may be its title
    case: there only the speaker's and actor's names count as names (they have none)."""
    numbers = " ".join(_DIGITS.findall(text))
    if support(text, (numbers,)) >= 1.0:  # (1.0 for an item without words, too)
        return _EMPTY
    names = known if whole else " ".join([*_CAPITALISED.findall(text), known])
    if names and support(text, (f"{names} {numbers}",)) >= 1.0:
        return _ONLY_NAMES
    return None


def _failed(out: Outcome, name: str, result: str | bool | None) -> bool:
    """Record one check's result: a failure message ends the item, True is a check passed
    (None: nothing to check)."""
    if isinstance(result, str):
        out.failure = f"{name}: {result}"
        return True
    if result:
        out.passed.append(name)
    return False
