"""What the words around a time expression say about it, for `summarizer._extract.dates`.

News reports the past, so a bare weekday is the latest one; but "Boise State wraps up
non-conference play Tuesday" or "the vote will be held Tuesday" look ahead, and "would
be finished in two years" counts forward from the story's date.  Each cue is read in a
bounded window before the expression (its clause), so the cost stays linear.
"""

from __future__ import annotations

import re

from summarizer._extract import date_clause as clause
from summarizer._extract import date_spans as spans
from summarizer._lang.en import ENGLISH
from summarizer._text.scan import prefiltered

# The patterns here are module-level: ``dates`` builds its finders at import, with no
# document at hand.  Their word lists come from the English pack; the phrases written
# inside the regexes below ("will", "is set to", "the end of") are English too.

# A year standing alone as the object of a verb that takes a span of time ("started 2021
# with a thriller", "spent 2019 abroad") or as a clause's subject ("2021 was a year ...");
# prepositions and determiners have their own patterns.  Any other word before a year
# leaves it alone: counts, codes and labels use bare numbers too ("Archive: 2023").
_SPAN_VERBS = " ".join(ENGLISH.span_verbs)
_YEAR_THEN = r"\s+(?:was|has|is|saw|had|will|brought)\b"
BARE_YEAR = re.compile(
    rf"(?:(?:^|(?<=[.!?]\s))(?P<s>(?:19|20)\d\d)\b(?={_YEAR_THEN})"
    rf"|\b(?:{_SPAN_VERBS.replace(' ', '|')})\s+"
    r"(?P<y>(?:19|20)\d\d)\b(?![,.]\d|-\d|%|[’']s?\b|\s+[a-z]+s\b))",
    re.MULTILINE,
)

BARE_YEAR = prefiltered(BARE_YEAR)  # a whole-text finder (_text.scan)

# Words that put a bare weekday ahead of the story's date.
_FUTURE = re.compile(
    r"\b(?:will|shall|won[’']t|(?:is|are)\s+(?:set|scheduled|due|expected|slated|going|forecast)\s+to"
    r"|(?:is|are)\s+(?:set|due)\s+for|(?:is|are)\s+(?:scheduled|slated|expected|planned)"
    r"|(?:is|are)\s+(?:now\s+|still\s+)?likely"
    r"|(?:plans?|aims?|hopes?|intends?)\s+to|upcoming|wraps\s+up|hosts|faces|visits"
    r"|travels\s+to|takes\s+on|returns\s+to|resumes|kicks\s+off|opens|begins|ahead\s+of|until"
    r"|this\s+coming|(?:should|must)(?!\s+have)|(?:is|are)\s+(?:next\s+)?due"
    # "an election may be held in September"
    r"|(?:may|might)\s+(?:now\s+|still\s+)?be\s+(?:[a-z]+(?:ed|en)|held|set|run))\b"
    r"|[’']ll\b"
    # "City host Burnley on Tuesday", "Leeds visit": a club's name takes a plural present
    r"|(?-i:\b[A-Z][\w’'-]+)\s+(?:host|face|visit|welcome|entertain|travel\s+to|take\s+on)\b",
    re.IGNORECASE,
)
# "The ruling, expected on Wednesday,": a participle of schedule in an apposition (no past).
_APPOSED_SCHEDULE = re.compile(
    r",\s*(?:expected|due|scheduled|slated|set)\s+(?:on\s+|for\s+)?$", re.IGNORECASE
)
# A past verb right before the weekday ("said Tuesday") keeps it in the past.
_PAST_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|said|told|met|spoke|wrote|made|took|gave|went|came|saw|held|won|lost"
    r"|left|began|ran|sent|put|set|got|did|was|were|had|became|found|brought|began|fell"
    r"|rose|hit|led|beat|paid|sold|bought|struck|shot|flew|drove)(?:\s+on)?\s+$"
    r"|\b(?:after|since|following)\s+$",  # "recovering after Tuesday's crash"
    re.IGNORECASE,
)
# "will be announced on", "to be held": a passive after a modal or "to" looks ahead.
_BE_PARTICIPLE = re.compile(r"\b(?:be|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+on)?\s+$", re.I)
# "The game is on Saturday": an event stated in the present is ahead.
# "The vote is on Thursday", "Kick-off is at 3pm on Saturday", "The funeral is at 11 a.m.":
# an event's time stated in the present is to come.
_PRESENT_EVENT = re.compile(
    r"\b(?:is|are)(?:\s+at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight))?"
    r"(?:\s+on)?\s+$",
    re.I,
)
# Looking ahead from the story's date: a modal or plan before "in two years".
_AHEAD_MODAL = re.compile(
    r"\b(?:will|would|shall|could|should|expected|scheduled|plans?|planned|aims?|due|set"
    r"|hopes?|intends?|promised|pledged|vowed)\b|[’']ll\b",
    re.IGNORECASE,
)
# "the first time in two years", "the highest in five years": a stretch back, not ahead.
_BACK = re.compile(
    r"\b(?:first|time|times|since|lowest|highest|best|worst|most|least|biggest|largest"
    r"|smallest|fastest|slowest|[a-z]+est)\s+$",
    re.IGNORECASE,
)

# Any past-tense verb in a clause: a past auxiliary, a regular past (not a participle after a
# form of "be": "is expected to"), or a common irregular past.
_PAST_ANY = re.compile(
    r"\b(?:was|were|had|did|said|told|met|spoke|wrote|made|took|gave|went|came|saw|held|won"
    r"|lost|began|ran|sent|got|became|found|brought|fell|rose|led|paid|sold|bought|struck|shot"
    r"|flew|drove|slid|fled|broke|kept|heard|felt|stood|threw|knew|thought|chose|spent|drew"
    r"|grew|withdrew|sank|swept|sat|lay|dealt|hid|rang|sang|swam|wore|tore|bore|woke|forgot"
    r"|meant|built|sought|taught|caught|fought|lent|bent|dug|hung|stuck|stole|froze|shook|lit"
    r"|fed|bled|sped|spun|slept|swung|wept|overtook|undertook|underwent|rebuilt|ate|bit"
    r"|seen|taken|given|done|gone|known|shown|written|spoken|stolen|driven|broken|chosen"
    r"|fallen|begun|hidden|beaten|eaten|thrown|grown|drawn|been|rode|overrode|strode|blew"
    r"|slew|overthrew|forgave|forbade|awoke|crept|knelt|clung|stung|drank|shrank|sprang|wed)\b"
    r"|\b[a-z]*(?:ought|aught)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bthe )(?<!\ba )(?<!\ban )\b[a-z]{2,}ed\b",
    re.IGNORECASE,
)
_PAST_ANY = prefiltered(_PAST_ANY)
# A verb in the simple present after its subject ("The museum reopens Saturday", "the
# ceasefire takes effect at midnight Friday"): with a named day, news uses it for a schedule.
# Not after a determiner, preposition or possessive (a plural noun: "the new rules"), and not
# a verb of saying ("says", reporting the present, not a plan).
_PRESENT_VERB = re.compile(
    r"(?<![’'])\b(?!(?i:the|a|an|its|his|her|their|our|this|that|these|those|of|in|on|at|for"
    r"|to|with|by|from|and|or|as|new|two|three|four|five|several|many|some|all"
    # a count's noun, not a verb: "$457 million dollars", "two thousand fans"
    r"|hundred|thousand|million|billion|trillion|dozen)\b)[A-Za-z]+"
    r"\s+(?!(?:says|tells|adds|notes|writes|reports|shows|suggests|claims|argues|insists"
    r"|explains|warns|is|was|has|does|this|its|his|us|as|plus|news|less|unless|always"
    r"|perhaps|sometimes|thus|across|various|previous|serious)\b)[a-z]{2,}[^s\W]s\b"
)
# A plural subject and a verb in the present ("Tickets go on sale Friday", "the new rules
# come into force"): the second word is no preposition, determiner, pronoun or adverb, and
# not a past, participle or -s form (nor one that is also a past: "Prices hit a record").
_PLURAL_PRESENT = re.compile(
    r"(?<![’'])\b[A-Za-z]{2,}[^s\W’']s\s+(?!(?:of|in|on|at|for|to|with|by|from|and|or|as|the"
    r"|a|an|that|who|which|this|these|those|its|their|his|her|our|after|before|over|under|into"
    r"|near|since|during|about|against|than|but|also|say|tell|were|are|have|had|will|would"
    r"|could|can|may|might|must|should|not|all|both|each|more|most|only|just|still|now|then"
    r"|here|there|so|too|very|up|down|out|off|per|across|around|through|until|while|when"
    r"|hit|cut|put|set|quit|shut|spread|cast|cost|hurt|let|read|beat|bet|burst|split)\b)"
    r"[a-z]{2,}\b(?<!s)(?<!ed)(?<!ing)(?<!ly)"
)
# An infinitive ("expect the bridge to reopen Monday") or "would" + verb ("said the talks
# would resume Wednesday"): the day is ahead of the clause's own time.
_INFINITIVE = re.compile(r"(?<!according )\bto\s+(?!(?:the|a|an|be)\b)[a-z]+\b", re.I)
_POSSESSIVE = re.compile(r"\w+[’']s\b")
_WOULD = re.compile(
    # not "could" of a past ability in a clause of time ("had to wait before they could
    # then clean up ... on Saturday")
    r"(?<!\bbefore they )(?<!\bbefore we )(?<!\bbefore he )(?<!\bbefore she )"
    r"(?<!\buntil they )(?<!\buntil we )(?<!\buntil he )(?<!\buntil she )"
    r"\b(?:would|could|might)\s+(?!have\b)[a-z]+\b"
    # a plan reported in the past ("said they planned to file charges Thursday"), not one
    # that lapsed ("had hoped to play Sunday")
    r"|(?<!\bhad )\b(?:planned|intended|hoped|wanted|aimed|promised|pledged|vowed|agreed"
    r"|decided|threatened)\s+to\s+(?!have\b)[a-z]+\b"
    # someone asked to act ("urging his followers to protest ... on Saturday", "ordered him
    # to appear in court on Monday"): the act lies ahead of the asking (an object between,
    # so not the passive "were asked to leave")
    r"|\b(?:urg|ask|order|encourag|invit|instruct|advis|beg|warn)(?:ed|ing)\s+"
    r"(?:[\w’'-]+\s+){1,3}?to\s+(?!have\b)[a-z]+\b"
    r"|\bcall(?:ed|ing)\s+on\s+(?:[\w’'-]+\s+){1,3}?to\s+(?!have\b)[a-z]+\b",
    re.I,
)


def _scheduled(before: str, after: str, prose: bool) -> bool:
    """A clause in the present or an infinitive, with no past tense, looks ahead; after
    "would" only the words that follow it count ("said ... would resume Wednesday").  A
    headline's present reports the past ("Biden signs bill Tuesday"): only prose's counts."""
    # Past tense before and after the day, each looked for once (every rule below asks).
    past_before = bool(_PAST_ANY.search(before))
    past_after = bool(_PAST_ANY.search(clause.own_after(after)))
    if _listed(before, past_before or past_after):
        return True
    if _PRESENT_PASSIVE.search(before[-40:]) and not past_after:
        return prose  # "The report is published Thursday"
    if _PAST_BEFORE.search(before[-40:]):
        return False  # "after Sunday's storm"
    if _SQUAD.search(before) and _FIXTURE.match(after):
        return True  # "has been ruled out of Saturday's game": a team picked for a fixture
    would = (m := _WOULD.search(before)) is not None and not _PAST_ANY.search(before, m.end())
    if _POSSESSIVE.match(after):  # "victims of Tuesday's attack" names an event
        if would and _FIXTURE.match(after):  # "said he would miss Saturday's game"
            return not _past_before_condition(after)
        return _fixture(before, after, past_before or bool(_PAST_ANY.search(after)))
    if would:
        return not _past_before_condition(after)
    if past_before or past_after:
        return False
    present = prose and (
        _PRESENT_VERB.search(before)
        or _PLURAL_PRESENT.search(before)
        or _WE_PRESENT.search(before)
        or _FOR_PRESENT.search(before)
    )
    return bool(present or _INFINITIVE.search(before))


# A condition after a plan reported in the past keeps the report's tense ("would strike on
# Friday unless talks resumed", "once the runway was repaired"): its past is no past.
_CONDITION = re.compile(r"\b(?:unless|if|once|whether)\b")


def _past_before_condition(after: str) -> bool:
    """Past tense in the weekday's own clause after "would", a condition's cut off."""
    own = clause.own_after(after)
    if m := _CONDITION.search(own):
        own = own[: m.start()]
    return bool(_PAST_ANY.search(own))


def _fixture(before: str, after: str, past: bool | None = None) -> bool:
    """ "Thursday's deadline looms", "a doubt for Saturday's match": a fixture the day owns
    (or one a state is for), past tense nowhere in the clause (``past``: whether it is
    somewhere, when the caller read it)."""
    if not (_FIXTURE.match(after) or _FOR_PRESENT.search(before)):
        return False
    if _OUTCOME.match(after):  # "over Tuesday's Election Day results": it has been held
        return False
    if past is not None:
        return not past
    return not _PAST_ANY.search(before) and not _PAST_ANY.search(after)


def _listed(before: str, past: bool) -> bool:
    """A schedule's listing, past tense nowhere (``past``: whether it is somewhere in the
    clause): "Next up: Friday at Duke", "When: Saturday, 10 a.m.", "Kickoff is 7 p.m.
    Friday" (a clock alone is no schedule: a health alert lists past exposures "from 6:25
    to 10:15 pm Tuesday")."""
    if past:
        return False
    return bool(_NEXT_LABEL.search(before) or _IS_CLOCK.search(before))


# "Next up:", "When:": a listing's label right before the day.
# "Next round:", "Last day:", "Deadline:" too: what comes, or how long a thing still lasts.
_NEXT_LABEL = re.compile(
    r"(?:^|\b)(?:[Nn]ext(?: [a-z]+)?|[Ww]hen|(?:[Ll]ast|[Ff]inal|[Cc]losing) (?:day|date)"
    r"|[Dd]eadline)\s*:\s*$"
)
_IS_CLOCK = re.compile(  # "Kickoff is 7 p.m. Friday": an event in the present, at a time
    r"\b(?:is|are)\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)[,\s]*$"
)
# "The report is published Thursday": a present passive with a day names a schedule.
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\s+(?:on\s+)?$")
# "They visit Boston on Friday", "Leeds, who visit on Saturday, ...": a plural pronoun (or
# "who") and a verb in the present.
_WE_PRESENT = re.compile(
    r"\b(?:[Tt]hey|[Ww]e|who)\s+(?!(?:are|were|have|had|did|do|say|said|will|would|could|can"
    r"|may|might|must|should|also|not|still|just|now|then)\b)[a-z]{2,}\b(?<!ed)(?<!ing)"
)
# "He is a doubt for Saturday's match", "is fit for Sunday": a state for a day ahead.
_FOR_PRESENT = re.compile(r"\b(?:is|are)\b[^.,;:]{0,30}\bfor\s+(?:the\s+)?$")
# "Saturday's derby is ...", "Thursday's deadline looms": a fixture the day is the owner of.
# Scheduled events only: a weekday owning one looks ahead with a present or "would".
# date_finders._MONTH_EVENTS, what a month may name, adds happenings ("the March floods").
_EVENTS = (
    r"(?:deadline|game|match|final|semi-?final|derby|clash|fixture|opener|showdown|vote"
    r"|meeting|election|hearing|debate|summit|race|ceremony|parade|concert|launch|kick-?off"
    r"|session|rally|service|funeral|auction|draw|primary|caucus|referendum|trial|talks"
    r"|conference|festival|visit|trip|tie)"
)
_FIXTURE = re.compile(rf"\w+[’']s\s+(?:[a-z]+\s+)?{_EVENTS}\b", re.I)
# What only a fixture held has: "Tuesday's election results", "Saturday's game outcome".
_OUTCOME = re.compile(
    rf"\w+[’']s\s+(?:[a-z]+\s+)?{_EVENTS}(?:\s+[a-z]+)?\s+(?:results?|outcomes?|aftermath"
    r"|fallout|winners?|losers?|upsets?|turnout|returns)\b",
    re.I,
)
# "the December deadline", "the Saturday clash": the day or month names the event after it.
_DAY_EVENT = re.compile(rf"\w+\s+{_EVENTS}\b", re.I)
_THE_END = re.compile(r"\b[Tt]he\s+$")
# "The vote on Thursday will be close", "The election in November could ...": an event named
# with its date opens the clause, its verb after the date.
_EVENT_SUBJECT = re.compile(
    rf"^\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Nn]ext|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z-]+\s+)?{_EVENTS}"
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*)?\s+(?:on|in|at)\s+$",
    re.I,
)


# A clause that opens with its time ("On Friday, the council will vote"; "Starting Monday,
# masks are required"): the verb comes after it.
_OPENER = re.compile(
    r"^\s*(?:(?:on|by|from|in|at|during|starting|beginning|as\s+of|effective|until|early|late"
    r"|around|about|just|after|noon|midnight|\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?)\s*)*$",
    re.I,
)
_AHEAD_AFTER = re.compile(  # lower case: "May" opening the clause is a month
    r"\b(?:will|shall|must|may|can|should)\b|[’']ll\b"
    r"|\b(?:is|are)\s+(?:set|due|expected|scheduled|slated|required|allowed|banned)\b"
)


# A team picked, or not, for a fixture: "has been ruled out of", "have been named in the
# squad for" (a present perfect: the state holds now, the fixture is to come).
_SQUAD = re.compile(
    r"\b(?:has|have)\s+been\s+(?:ruled\s+out|left\s+out|named|selected|called\s+up|recalled"
    r"|included|picked|dropped)\b[^.;:]{0,30}\b(?:of|for|in)\s+$"
)
# A fixture line: the day, a colon, teams facing each other or a clock time.
_FIXTURE_LINE = re.compile(
    r"\w+:\s[^.]*?(?:\sv\.?\s|\svs\.?\s|\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b\.?|[AP]M\b))"
)
_R_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
# Words that make a verb finite: a clause before the day holding none of them (nor a past or
# present verb) is its subject still ("The march on Saturday ...", "Fans heading to the game
# on Saturday ..."), and the clause's verb comes after the day.
_FINITE = re.compile(
    r"\b(?:is|are|am|was|were|be|been|has|have|had|do|does|did|can|could|may|might|must"
    r"|shall|should|will|would|says|said)\b|[’'](?:ll|s|re|ve|d)\b",
    re.I,
)
_SUBJECT_WORDS = 8  # a subject this long at most before the day
# After a subject holding the day, what is said of it that holds only ahead: an obligation
# ("Drivers travelling on Saturday should expect delays", "must not block"), how it looks
# or promises to be, a schedule, a request to those who go.  Not "will", "could", "is
# likely to": said of a past event too, of its consequence ("The storm on Sunday will cost
# insurers millions", dates round 8).
_SUBJECT_AHEAD = re.compile(
    r"\b(?:should|must)\b(?!\s+have\b)|\b(?:looks|promises)\b"
    r"|\b(?:is|are)\s+(?:set|due|scheduled|slated|asked|urged|advised|invited)\b"
)


def _in_subject(before: str) -> bool:
    """The day inside its clause's subject: no finite verb before it, few words."""
    return (
        len(before.split()) <= _SUBJECT_WORDS
        and not _FINITE.search(before)
        and not _PAST_ANY.search(before)
        and not _FUTURE.search(before)
        and not _PRESENT_VERB.search(before)
        and not _PLURAL_PRESENT.search(before)
        and not _WE_PRESENT.search(before)
    )


def _subject_ahead(after: str) -> bool:
    """The clause's verb after the day looks ahead, with no past tense before it."""
    m = _SUBJECT_AHEAD.search(clause.own_after(after))
    return m is not None and not _PAST_ANY.search(after, 0, m.start())


def _opens_ahead(after: str) -> bool:
    """The main clause after an opening time looks ahead, with no past tense before that."""
    m = _AHEAD_AFTER.search(after)
    return m is not None and not _PAST_ANY.search(after, 0, m.start())


# A date moved to the weekday ("was pushed back to Thursday", "postponed until Sunday").
_MOVED = re.compile(
    r"\b(?:moved|pushed(?:\s+back)?|put\s+back|postponed|delayed|rescheduled|bumped|deferred"
    r"|brought\s+forward|adjourned)\s+(?:to|until|till|for)\s+$",
    re.I,
)


def looks_ahead(text: str, start: int) -> bool:
    """A bare weekday the clause before it puts in the future ("will vote Tuesday"); a
    participle after "be" is no past ("will be announced on Monday")."""
    before = clause.main_before(text, start)
    if _PRESENT_EVENT.search(before) or _MOVED.search(before[-40:]):
        return True
    if _APPOSED_SCHEDULE.search(before[-40:]):
        return True
    for_day = _FOR_END.search(before) is not None
    if for_day or _DAY_IS.match(text, start):
        after = clause.after(text, start)
        if _DAY_IS_CLOCK.match(after) or (for_day and _DAY_IS.match(after)):
            return not _PAST_ANY.search(before)
    if _OPENER.match(before) or _EVENT_SUBJECT.match(before):
        after = clause.after(text, start)
        if not before.strip() and _FIXTURE_LINE.match(after):
            # "Saturday: Leeds v Hull, 3pm"; names aside ("United" is no past tense)
            return not _PAST_ANY.search(_R_CAPITALISED.sub("", after))
        return _opens_ahead(after) or bool(_POSSESSIVE.match(after) and _fixture(before, after))
    after = clause.after(text, start)  # the clause after the day, read once for the rest
    if _THE_END.search(before) and _DAY_EVENT.match(after) and _opens_ahead(after):
        return True  # "The December deadline will not be met": the event takes its verb's tense
    if _in_subject(before) and _subject_ahead(after):
        return True  # "Drivers travelling on Saturday should expect delays"
    if not _FUTURE.search(before):
        return _scheduled(before, after, clause.in_prose(text, start))
    tail = before[-40:]
    past = _PAST_BEFORE.search(tail)  # "will hit on Friday": a modal's verb is no past
    if past is None or _BE_PARTICIPLE.search(tail):
        return True
    return bool(_MODAL_END.search(tail, 0, past.start()))


# The day, then its clause's verb in the present: "Tickets for Sunday are still available",
# "The forecast for Sunday is dry" (what is for the day), "Kick-off on Sunday is at 3pm" (the
# day's event at a clock time): a schedule, when no past comes before.
_DAY_IS = re.compile(r"(?:on\s+)?\S+\s+(?:is|are|remains?)\b")
_DAY_IS_CLOCK = re.compile(
    r"(?:on\s+)?\S+\s+(?:is|are)\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
)
_FOR_END = re.compile(r"\bfor\s+$")

_MODAL_END = re.compile(
    r"\b(?:will|would|shall|can|could|may|might|must|should|to)\s+$|[’']ll\s+$", re.I
)


# A preposition that may point ahead from a past verb ("was postponed until Jan. 20").
_OPEN_PREP = re.compile(r"\b(?:for|until|till|to|by|before|from)\s+$", re.IGNORECASE)
_NEAR_WORDS = 4  # a past verb this close before a day governs it ("took effect on Jan. 1")


# A verb whose past is its present, right after a singular subject: a past ("The storm hit
# on Oct. 9", "The bank cut its rate on Nov. 3"; the present would be "hits", "cuts").  Not
# "set" or "put": their object may be the date itself ("set Oct. 9 as the deadline").
_SINGULAR_PAST = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?[a-z]{2,}(?<!s)"
    r"\s+(?:hit|cut|shut|spread|cost|quit|split|hurt)\b"
)


def looks_back(text: str, start: int) -> bool:
    """A clause in the past tense before a yearless day ("The tax took effect on Jan. 1"),
    with nothing pointing ahead: the day is the latest one, not the nearest."""
    before = clause.before(text, start)
    tail = " ".join(before.split()[-_NEAR_WORDS:]) + " "  # the verb that governs the day
    past = _PAST_ANY.search(tail)
    if past is None and _SINGULAR_PAST.search(before):
        return not _OPEN_PREP.search(tail) and not looks_ahead(text, start)
    if past is None or _OPEN_PREP.search(tail) or _INFINITIVE.search(tail, past.end()):
        return False
    return not looks_ahead(text, start)


def counts_ahead(text: str, start: int) -> bool:
    """'would be finished in two years': a modal before it, no superlative right before."""
    before = clause.before(text, start)
    return bool(_AHEAD_MODAL.search(before)) and not _BACK.search(before[-40:])


# Shapes looser than a date's own ("started 2021", "for 2024", "this summer"): a headline
# or a list of other stories uses them too ("Best TV for 2024", "What to Watch This
# Summer"), so they count only in a line of prose (``date_clause.in_prose``).
LOOSE = (BARE_YEAR, *spans.FIND)
