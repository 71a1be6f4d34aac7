"""An extractive summary: what the digest says when the model's summary is not grounded.

Headline = the article's title (else its lead), abstract = its lead (the first sentence
of prose with a final mark: a long line without one may be a caption or a notice), key
points = the most central sentences (sharing the most content words with the rest of the
article, naming its actors, stating numbers), in article order.  Every word is the
article's own.  What a reader cannot use as a key point is left out: a photo caption, a
sentence said inside a quotation with nobody named, a repeat of a chosen one, a line
without a final mark (a heading or another story's title).
"""

from __future__ import annotations

import math
import re
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from summarizer._digest import Summary
from summarizer._extract.actors import FoundActor
from summarizer._grounding import cited, evidence
from summarizer._lang import LanguagePack, pack
from summarizer._lang.words import Stems
from summarizer._text.scan import prefiltered
from summarizer._text.segment import Document, Sentence
from summarizer._text.words import word_count


# A photo caption: "X is seen ...", "from left", "(Xinhua/ Chogo)", a date closing it.  The
# phrases are English; the month names come from the pack.
@cache
def _captions(lang: LanguagePack) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The caption pattern and a date closing a line, for ``lang``; compiled once per pack."""
    month = rf"(?:{'|'.join(forms[-1] for forms in lang.months)})[a-z]*\.?"
    caption = re.compile(
        r"\b(?:is|are)\s+(?:seen|pictured|shown)\b|\bpictured\b|^Photos?\b|\bPhoto\s+Gallery\b"
        r"|(?:,|\()\s*(?:left|right|center|centre|front|top|bottom|from\s+left)\s*(?:,|\))"
        r"|\((?:AP|Reuters|AFP|Getty|Xinhua|EPA|PA)\b\s*(?:/|Photo)[^)]{0,60}\)"
        r"|\b(?:Credit|Photograph|Illustration)\b:?\s+[A-Z]|\bGetty\s+Images\b"
        r"|/(?:AP|Reuters|AFP|Getty|EPA|PA|Shutterstock|Bloomberg)\b"
        rf"|,\s+{month}\s+\d{{1,2}},\s+\d{{4}}\.?$",
    )
    dated_end = re.compile(rf"\b{month}\s+\d{{1,2}},\s+\d{{4}}\.?$")
    return prefiltered(caption), prefiltered(dated_end)  # searched in every sentence


# "The ceremony ... is held on April 29, 2009.": the present tense of a dated photo.
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:[a-z]+ed|held|seen|shown|taken|given)\b")
_PRESENT_PASSIVE = prefiltered(_PRESENT_PASSIVE)
_NUMBER = re.compile(r"\d")
_FINAL = '.!?"”’'  # how a sentence of prose ends
_OPENING = '“"‘«'
_REPEAT = 0.6  # a key point sharing this share of its words with one chosen is a repeat
_PROSE = 6  # words: shorter lines are labels, stamps and exclamations, not points
_R_LETTER = re.compile(r"[A-Za-z]")
_STEMS = 8192  # words an article's stems table holds at most (then emptied): a vocabulary


@cache
def _dateline(lang: LanguagePack) -> re.Pattern[str]:
    return re.compile(rf"^(?:{lang.dateline})+")  # "LONDON (ShareCast) - (ShareCast News) - "


def dateline_end(text: str, lang: LanguagePack) -> int:
    """Where the story's words start after a wire dateline opening ``text`` ("NEW YORK (AP)
    -- ", "PLANO, Texas, June 30, 2020 /PRNewswire/ -- "): 0 when none does."""
    m = _dateline(lang).match(text)
    return m.end() if m and m.end() < len(text) else 0


def is_caption(text: str, lang: LanguagePack) -> bool:
    """A photo's caption: never a key point, the lead or a timeline event's words."""
    caption, dated_end = _captions(lang)
    return bool(caption.search(text) or (dated_end.search(text) and _PRESENT_PASSIVE.search(text)))


def _quoted(doc: Document) -> set[int]:
    """Sentences said wholly inside a quotation: opening with its mark or within an open one.

    Marks are counted along each paragraph once, so the cost is the text's length."""
    inside: set[int] = set()
    open_quote, para = False, -1
    for s in doc.sentences:
        if s.paragraph != para:
            open_quote, para = False, s.paragraph
        text = s.text  # sliced from the document at each read (segment.Sentence)
        starts = text.lstrip(" *_")[:1] in _OPENING
        if open_quote or starts:
            closing = max(text.rfind("”"), text.rfind('"'))
            tail = text[closing + 1 :] if closing >= 0 else ""
            if not _R_LETTER.search(tail):  # nothing said around it: all quotation
                inside.add(s.id)
        curly = text.count("“") - text.count("”")
        straight = text.count('"') % 2
        open_quote = (open_quote or curly > 0 or bool(straight)) and not (
            curly < 0 or (open_quote and straight)
        )
    return inside


def _central(
    doc: Document, body: Sequence[Sentence], actors: Sequence[FoundActor], stems: Stems
) -> list[Sentence]:
    # Each sentence's distinct words as a tuple, not a set: sets per sentence held
    # ten times the text's size on long articles.  A word is one string for all sentences.
    same: dict[str, str] = {}
    bags = {s.id: tuple([same.setdefault(w, w) for w in stems.bag(s.text, _STEMS)]) for s in body}
    mentions = {s.id: 0 for s in body}
    for actor in actors:
        for m in actor.mentions:
            s = doc.sentence_at(m.start)
            if s is not None and s.id in mentions:
                mentions[s.id] += 1

    # Shared words with every other sentence, summed: each word counts the other sentences
    # that have it (one count of the words, not a comparison of every pair of sentences).
    df = Counter(w for bag in bags.values() for w in bag)

    def score(s: Sentence) -> float:
        mine = bags[s.id]
        if len(mine) < 4:
            return 0.0
        overlap = sum(df[w] - 1 for w in mine)
        numbers = 2.0 if _NUMBER.search(s.text) else 0.0  # "19 points", "$37 million"
        return overlap / math.log(len(mine) + 2) + 2.0 * min(mentions[s.id], 3) + numbers

    return sorted(body, key=score, reverse=True)


def _pick(ranked: Sequence[Sentence], lead: Sentence, points: int, stems: Stems) -> list[Sentence]:
    """The best-ranked sentences that do not repeat the lead or one already picked."""
    chosen: list[Sentence] = []
    seen = [stems.bag(lead.text, _STEMS)]
    for s in ranked:
        if len(chosen) == points:
            break
        mine = stems.bag(s.text, _STEMS)
        if any(len(mine & other) >= _REPEAT * max(1, min(len(mine), len(other))) for other in seen):
            continue
        chosen.append(s)
        seen.append(mine)
    return chosen


def lead_sentence(
    doc: Document, quoted: set[int] | None = None, captions: set[int] | None = None
) -> Sentence | None:
    """The story's first sentence of prose: not the title, a section name, a stamp, a byline
    or a caption above it (a line without a final mark, however long, may be a caption or
    a notice), nor a quotation with nobody named.  What stands before it is the page's.
    ``quoted`` and ``captions`` (sentence ids), when the caller has them, are not read again."""
    global _LAST_LEAD
    lang = pack(doc.language)
    last, sid = _LAST_LEAD  # one tuple read: another thread may set the next
    if last() is doc:
        return None if sid is None else doc.sentences[sid - 1]
    quoted = _quoted(doc) if quoted is None else quoted

    def caption(s: Sentence) -> bool:
        return s.id in captions if captions is not None else is_caption(s.text, lang)

    lead = next((s for s in doc.sentences if _prose(s) and s.text != doc.title
                 and s.id not in quoted and not caption(s)), None)  # fmt: skip
    _LAST_LEAD = weakref.ref(doc), (lead.id if lead else None)
    return lead


# The last document's lead: the extractive summary and the timeline (its page's dates above
# the story) each ask it of one document, and each reading is a walk of its sentences.  The
# document held weakly and the lead by its id: nothing outlives them.  ``quoted`` and
# ``captions`` do not change the answer (the extractive summary's are the document's own).
_LAST_LEAD: tuple[Callable[[], Document | None], int | None] = (lambda: None, None)


def _prose(s: Sentence) -> bool:
    """Long enough to tell something, and ended as a sentence is (not a heading or a label)."""
    return word_count(s.text, _PROSE) >= _PROSE and s.text[-1] in _FINAL


def extractive_summary(doc: Document, actors: Sequence[FoundActor], points: int = 4) -> Summary:
    body = [s for s in doc.sentences if s.text != doc.title]
    if not body:
        body = list(doc.sentences)
    lang = pack(doc.language)
    caption = {s.id for s in body if is_caption(s.text, lang)}
    quoted = _quoted(doc)
    lead = lead_sentence(doc, quoted, caption) or body[0]
    # Key points are sentences: a line without a final mark is a heading, a label or an
    # entry of a list of other stories' headlines.
    rest = [
        s
        for s in body
        if s.id != lead.id and _prose(s) and s.id not in caption and s.id not in quoted
    ]
    stems = Stems(lang)  # the article's words, each stemmed once (``fresh_bag``'s sets)
    ranked = _central(doc, rest, actors, stems)
    chosen = sorted(_pick(ranked, lead, points, stems), key=lambda s: s.start)
    # The abstract's evidence is what it says: the lead without its wire dateline ("NEW YORK
    # (AP) --" is the wire's, not the story's).
    cut = dateline_end(lead.text, lang)
    abstract = lead.text[cut:]
    own = evidence(doc, lead.id, lead.start + cut, lead.end, "exact", abstract) if cut else None
    return Summary(
        headline=doc.title or abstract,
        abstract=abstract,
        key_points=[s.text for s in chosen],
        evidence=[own, *cited(doc, (s.id for s in chosen))]
        if own
        else cited(doc, [lead.id, *(s.id for s in chosen)]),
        method="code",
    )
