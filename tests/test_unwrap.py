"""Hard-wrapped text is read as its sentences (``_text.unwrap``): a dev article of gold batch
22 (Reuters copy wrapped at ~70 characters, no blank lines) lost a name to a break
("San Bernardino County Sheriff" / "John McMahon."), and a wrap's fragment stood as its
headline.  Lists of headlines, numbered lists and a line per paragraph stay as they are."""

from __future__ import annotations

from summarizer._text.cleaning import clean
from summarizer._text.unwrap import unwrapped

WRAPPED = """The suspect, Charles Merritt, 57, was described by police
as a former business associate of the father, Joseph McStay, who was
reported missing with his wife and two boys in February 2010 from
the family's Southern California home.
Merritt, arrested without incident in Los Angeles on Wednesday, is
believed to have acted alone, though investigators are keeping mum
about any motives for the killings, San Bernardino County Sheriff
John McMahon.
San Bernardino County authorities took over the investigation last
November after their remains were unearthed near Victorville, about
70 miles northeast of Los Angeles."""


def test_a_wrapped_run_is_joined_at_its_soft_breaks() -> None:
    out = unwrapped(WRAPPED.split("\n"))
    assert out[1].endswith("San Bernardino County Sheriff John McMahon.")
    assert "investigation last November after" in out[2]
    assert len(out) == 3  # a line ending a sentence keeps its break
    cleaned = clean(WRAPPED)
    assert cleaned.title is None  # no fragment of a wrap is the headline
    assert "Sheriff John McMahon." in cleaned.text
    # a span inside one input line maps back to it; one across a joined break does not
    # (its space is no character of the input)
    assert cleaned.input_map is not None
    at = cleaned.text.index("John McMahon")
    span = cleaned.input_map.locate(at, at + 12, "John McMahon")
    assert span is not None and WRAPPED[span[0] : span[1]] == "John McMahon"
    at = cleaned.text.index("Sheriff John")
    assert cleaned.input_map.locate(at, at + 12, "Sheriff John") is None


def test_lists_and_a_line_per_paragraph_stay() -> None:
    headlines = [
        "Three arrested after man found critically injured at a beauty spot",
        "Boxer's nightclub affray charge is dropped as CPS say witness pulls",
        "Untouchable head of cocaine empire ordered to pay back millions now",
        "Schoolboy almost killed in bike fall speaks for first time on radio",
        "Council approves budget for new leisure centre after long debate",
    ]
    assert unwrapped(headlines) == headlines  # no line goes on in lowercase
    numbered = [f"{i}. {h}" for i, h in enumerate(headlines, 1)]
    assert unwrapped(numbered) == numbered
    paragraphs = [
        "The council met on Tuesday to discuss the plan, which has divided the region for "
        "years, and voted it down.",
        "the mayor said the vote would go ahead next week as planned by officials and staff.",
        "Residents have until Friday to comment on the plan, which will cost 2 million pounds.",
        "the plan goes to a final vote in May, when the new council will have been elected.",
    ]
    assert unwrapped(paragraphs) == paragraphs  # lines over 100 characters: not a wrap
    short = ["Name: Jane Hart", "age 34", "home town: Leeds", "job: nurse", "status: free"]
    assert unwrapped(short) == short  # lines shorter than a wrap's width
