"""summarizer._text.scan: a pattern searched only where its first characters stand (re's own
first-character class, or a lookahead of them) matches the same."""

from __future__ import annotations

import random
import re

import pytest

from summarizer._extract import actor_rules, date_finders
from summarizer._lang.en import ENGLISH
from summarizer._text import scan
from summarizer._text.scan import first_class, prefiltered, scans_fast

TEXT = (
    "Officials in Geneva said on Tuesday that talks would resume. Foreign Minister Sergey "
    "Lavrov said Russia's Security Council and NATO met in March 2019; \u017fince then, "
    "LAST WEEK and last week, the U.N. (United Nations) said so. \u212aelvin, Émile Zola "
    "and O'Neil spoke on Christmas Day, 2020 and in 2021.\n2023-04-05: Smith said.\n"
)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?i:since|last)\s+week",  # case-insensitive: the long s and Kelvin sign fold too
        r"(?i)\bkelvin",
        r"(?<![\w\-])(?:[A-Z]\w+ )+Council",
        r"\b(?:Monday|Tuesday)\b|\d{4}-\d\d-\d\d",
        r"(?:on\s+)?Christmas(?:\s+Day)?(?:,\s+\d{4})?",
        r"^[A-Z][a-z]+:|\(([^()]{2,20})\)",
        r"(?P<n>[A-Z]\.){2,}",
        r"(?x) \b (?: Lavrov | Zola )  # a verbose pattern's comment",
        r"(?i:[éſ])\w+|Zola",  # a folded first letter outside ASCII: the lookahead
        r"(?<![\w])(?i:[a-f\d])\w*",
        r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?::\d+)*",  # a negated class: inside \w
        r"[^\S\n]+\w",
    ],
)
def test_same_matches_spans_and_groups(source: str) -> None:
    for flags in (0, re.IGNORECASE, re.MULTILINE):
        plain = re.compile(source, flags)
        fast = prefiltered(plain)
        got = [(m.span(), m.groups(), m.groupdict(), m.lastgroup) for m in fast.finditer(TEXT)]
        want = [(m.span(), m.groups(), m.groupdict(), m.lastgroup) for m in plain.finditer(TEXT)]
        assert got == want and want
        assert scans_fast(fast) and fast == prefiltered(fast)
        assert [m.span() for m in fast.finditer(TEXT, 20, 200)] == [
            m.span() for m in plain.finditer(TEXT, 20, 200)
        ]  # a lookbehind still sees the characters before ``pos``


def test_re_is_given_the_class_and_the_pattern_is_unchanged() -> None:
    plain = re.compile(r"(?<![\w\-])(?P<n>[A-Z]\w+) (?i:said)")
    fast = prefiltered(plain)
    assert fast.pattern == plain.pattern and fast.groupindex == plain.groupindex
    assert fast != plain  # the same text compiled to other code: the class
    folded = prefiltered(re.compile(r"(?i:[é])x"))  # outside ASCII: the lookahead instead
    assert folded.pattern.startswith("(?=") and scans_fast(folded)


def test_the_code_points_a_folded_ascii_letter_matches_are_listed() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    plain = re.compile(f"(?i:[{letters}])")
    others = [c for c in map(chr, range(128, 0x110000)) if plain.match(c)]
    listed = {c: letter for letter, extra in scan._FOLDS.items() for c in extra}
    assert sorted(others) == sorted(listed)
    for c in others:
        assert [x for x in letters if re.fullmatch(f"(?i){x}", c)] == [listed[c]]


def test_a_lookahead_only_where_the_first_characters_are_known() -> None:
    assert first_class(re.compile(r"\bon (?:Monday|Tuesday)")) == "(?=[o])"
    assert first_class(re.compile(r"(?:the )?(?i:may)")) == "(?=[t]|(?i:[m]))"
    for source in (r"a*", r".x", r"[^a]b", r"(?:x|)y?", r"(a?)\1b"):
        pattern = re.compile(source)  # empty match, any character, back-reference
        assert first_class(pattern) is None
        fast = prefiltered(pattern)
        assert [m.span() for m in fast.finditer("ab xy aab")] == [
            m.span() for m in pattern.finditer("ab xy aab")
        ]
    assert prefiltered(re.compile("a*")).pattern == "a*"  # may match empty: unchanged


def test_every_code_point_a_folded_first_letter_matches_passes_the_lookahead() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    look = re.compile(first_class(re.compile(f"(?i:[{letters}])x")) or "")
    plain = re.compile(f"(?i:[{letters}])")
    missed = [c for c in map(chr, range(0x3000)) if plain.match(c) and not look.match(c)]
    assert missed == []


def test_the_rules_finders_are_prefiltered() -> None:
    assert scans_fast(actor_rules.rules(ENGLISH).title)
    weekday = date_finders._WEEKDAY_FIND
    assert weekday in date_finders._FIND and scans_fast(weekday)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:says|said|say|s)\b",  # a prefix of another, moved past a disjoint opening
        r"(?<!\w)(?:in|into|i|on|one|o)(?P<tail>\w*)",
        r"\b(?i:in|Into|inside|it|Is)\b",  # folded: "I" and "i" open alike
        r"(?:[Oo]fficials|[Oo]fficers|[Pp]olice|[Pp]olicemen|officers)(?: said)?",
        r"(?:(?<=\bin )|(?<=\bon )|(?<=\bIn ))(?:May|March|Monday)",
        r"(?P<a>ab(?P<b>c)?|a(?P<c>bd)|abc)d?",  # groups inside joined alternatives
        r"(?:ab|ac|a|b\w|bd)+x",  # repeated: backtracking across the alternatives
        r"(?:(?:on|in) (?:Mon|Tue)day|Ma(?:y|rch) \d)",
        r"^(?:(?:said|told) it|say|(?:in)?to|(?P<o>o)n|(?:ab)+c|s\w+|\d+)",  # groups first
        r"(?:x?said|sa|(?:s|t)o|so)\b",  # overlapping openings: left as they were
    ],
)
def test_joined_alternatives_match_the_same_in_any_text(source: str) -> None:
    rng = random.Random(7)
    alphabet = [*"abcdinostxyIMOP \n", "said ", "says ", "into ", "officers ", "May "]
    texts = [TEXT] + ["".join(rng.choice(alphabet) for _ in range(400)) for _ in range(200)]
    for flags in (0, re.IGNORECASE):
        plain = re.compile(source, flags)
        fast = prefiltered(plain)
        for text in texts:
            got = [(m.span(), m.groups(), m.lastindex) for m in fast.finditer(text)]
            want = [(m.span(), m.groups(), m.lastindex) for m in plain.finditer(text)]
            assert got == want


def test_alternatives_are_joined_only_when_their_openings_never_share_a_character() -> None:
    tree = scan._p.parse(r"says|to|said|say")
    scan._factored(tree, False)
    (op, (_, alts)), *_ = tree.data
    assert str(op) == "BRANCH" and len(alts) == 2  # "s(?:a(?:y(?:s|)|id))|to"
    for source, ignore in ((r"[a-c]x|[b-d]y|[a-c]z", False), (r"ax|Ay|az", True)):
        tree = scan._p.parse(source)
        before = repr(tree.data)
        scan._factored(tree, ignore)
        assert repr(tree.data) == before  # overlapping openings: left as they were


def test_every_pattern_field_of_a_packs_rules_is_prefiltered() -> None:
    from summarizer._extract import actor_cues, actor_shapes

    for rules in (
        actor_rules.rules(ENGLISH),
        actor_cues._cues(ENGLISH),
        actor_shapes._shapes(ENGLISH),
    ):
        patterns = [v for v in vars(rules).values() if isinstance(v, re.Pattern)]
        assert patterns and all(scans_fast(p) or first_class(p) is None for p in patterns)


def test_the_finders_get_res_class_not_the_lookahead() -> None:
    """On CPython 3.11+ the class goes into the compiled code: a finder wrapped in the
    slower lookahead means a branch the rewrite could not read (it fell back)."""
    from summarizer._extract import actor_cues, date_relative

    finders = [*date_finders._FIND, date_finders.MD, date_relative.FIND, date_relative.SEASON]
    finders += [v for v in vars(actor_cues._cues(ENGLISH)).values() if isinstance(v, re.Pattern)]
    for p in finders:
        assert scans_fast(p) and not (p.pattern.startswith("(?=") and "(?:" in p.pattern[:60])


def test_lowered_holds_every_phrase_an_ignorecase_pattern_matches() -> None:
    """A lowercase ASCII phrase that an IGNORECASE pattern matches is in ``lowered``: the
    literal prechecks of cleaning's patterns may skip a line only when it is not."""
    letter = re.compile(r"(?i)[a-z]")
    for code in range(0x110000):
        ch = chr(code)
        if letter.fullmatch(ch):
            low = scan.lowered(f"x{ch}y")
            assert len(low) == 3 and re.fullmatch(f"(?i){low[1]}", ch), hex(code)
    text = "Please \u017fign up: \u212aEEP \u0130N TOUCH, \u0131nbox"
    for phrase in ("sign up", "keep", "in touch", "inbox"):
        assert re.search(f"(?i){phrase}", text)
        assert phrase in scan.lowered(text)
