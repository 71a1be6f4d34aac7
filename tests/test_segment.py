from __future__ import annotations

import pytest

from summarizer._text.cleaning import clean
from summarizer._text.segment import segment
from tests.support import SEED


def sentences(text: str) -> list[str]:
    doc = segment(text)
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meetings come on the heels of a U.S. missile strike on an air base. "
            "Russia is a key supporter of Assad's.",
            [
                "The meetings come on the heels of a U.S. missile strike on an air base.",
                "Russia is a key supporter of Assad's.",
            ],
        ),
        (
            'Tillerson called the meeting "productive." He left Moscow.',
            ['Tillerson called the meeting "productive."', "He left Moscow."],
        ),
        (
            "Tillerson called the meeting “productive.” He left Moscow.",
            ["Tillerson called the meeting “productive.”", "He left Moscow."],
        ),
        (
            '"We\'ll see," Trump said. "Frankly, Putin is backing a person."',
            ['"We\'ll see," Trump said.', '"Frankly, Putin is backing a person."'],
        ),
        (
            "Mr. Smith met Dr. Jones on Dec. 18 in Washington, D.C. for talks. They agreed.",
            ["Mr. Smith met Dr. Jones on Dec. 18 in Washington, D.C. for talks.", "They agreed."],
        ),
        (
            "Sen. J. R. Rivera spoke. Did he win? Yes!",
            ["Sen. J. R. Rivera spoke.", "Did he win?", "Yes!"],
        ),
        (
            "Le président Macron a parlé à Zürich. Les élèves ont répondu.",
            ["Le président Macron a parlé à Zürich.", "Les élèves ont répondu."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_lines_are_boundaries_and_ids_start_at_one() -> None:
    doc = segment("Headline Without Period\n\nFirst sentence here. Second one.")
    assert [s.id for s in doc.sentences] == [1, 2, 3]
    assert doc.sentences[0].text == "Headline Without Period"
    assert doc.sentence(0) is None and doc.sentence(4) is None
    assert doc.sentence_at(doc.sentences[2].start) == doc.sentences[2]


def test_seed_article_offsets_exact_and_non_ascii_safe() -> None:
    cleaned = clean("Ünïcödé — “quoted” text é. " + SEED.read_text(encoding="utf-8"))
    doc = segment(cleaned.text)
    assert len(doc.sentences) > 25
    for s in doc.sentences:
        assert cleaned.text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


# --- sentences ending in an abbreviation (issue 9) ------------------------------------------
# Each from a real sentence: NASA's Crew-11 release (eval dev split), and the shapes the issue
# quotes from articles outside the gold set.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Roscosmos cosmonaut Oleg Platonov returned to Earth at 12:41 a.m. PST. Teams aboard "
            "SpaceX recovery vessel were standing by.",
            [
                "Roscosmos cosmonaut Oleg Platonov returned to Earth at 12:41 a.m. PST.",
                "Teams aboard SpaceX recovery vessel were standing by.",
            ],
        ),
        (
            "The rocket will lift off from Launch Pad 39B. The crew boarded at dawn.",
            ["The rocket will lift off from Launch Pad 39B.", "The crew boarded at dawn."],
        ),
        (
            "The probe measured the wind from the Sun. This had never been done.",
            ["The probe measured the wind from the Sun.", "This had never been done."],
        ),
        (
            "The sanctions were announced in the U.S. The European Union followed a day later.",
            [
                "The sanctions were announced in the U.S.",
                "The European Union followed a day later.",
            ],
        ),
        (
            "He was due in Washington, D.C. But the flight was cancelled.",
            ["He was due in Washington, D.C.", "But the flight was cancelled."],
        ),
        (
            "The deal values Acme Corp. It closes in June.",
            ["The deal values Acme Corp.", "It closes in June."],
        ),
        (
            "The council meets at 6:30 p.m. The agenda is online.",
            ["The council meets at 6:30 p.m.", "The agenda is online."],
        ),
        (
            "The resolution went to a vote at the U.N. Both sides claimed victory.",
            ["The resolution went to a vote at the U.N.", "Both sides claimed victory."],
        ),
        # A capitalised word that is no starter, with a lower-case word after it.
        (
            "Polls closed at 9 p.m. Officials then began counting the ballots.",
            ["Polls closed at 9 p.m.", "Officials then began counting the ballots."],
        ),
        (
            "The draft was tabled at the U.N. Diplomats said a vote could come on Friday.",
            ["The draft was tabled at the U.N.", "Diplomats said a vote could come on Friday."],
        ),
        (
            "Retail sales fell 2 percent in the U.S. Economists had expected a small rise.",
            ["Retail sales fell 2 percent in the U.S.", "Economists had expected a small rise."],
        ),
        (
            "Solar Orbiter took the closest pictures ever of the Sun. "
            "Scientists hope to learn more.",
            [
                "Solar Orbiter took the closest pictures ever of the Sun.",
                "Scientists hope to learn more.",
            ],
        ),
        (
            "The company has a plan B. It would sell the plant.",
            ["The company has a plan B.", "It would sell the plant."],
        ),
        (
            "The shop is at 123 Main St. The owner said it would reopen.",
            ["The shop is at 123 Main St.", "The owner said it would reopen."],
        ),
    ],
)
def test_abbreviation_ends_a_sentence_when_a_sentence_follows(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # mlive (dev): a time before a weekday, and a name after "U.S."
        "The meeting set for 6:30 p.m. Monday, Oct. 21, is canceled due to a power outage.",
        "U.S. President Donald Trump spoke to reporters.",
        "said Paul M. Abbate, assistant director in charge of the FBI's Washington Field Office.",
        "Ch. Insp. David Howieson said the road would stay closed.",
        "Shares of Apple Inc. Chief Executive Tim Cook sold were worth millions.",
        # SEC press release (dev): a month in capitals before its day.
        "SEC NEWS - SEC-PR-2024-90 (JUL. 26, 2024) awards whistleblower.",
        "The U.S. Army said the drill was planned.",
        "At the U.S. Secretary of State Antony Blinken's request, talks resumed.",
        "Doors open at 7 p.m. Eastern time on Friday.",
        "Michael J. Fox spoke at the gala.",
        "He flew to St. Louis on Monday.",
        "Martin Luther King Jr. Day is a holiday.",
    ],
)
def test_abbreviation_inside_a_sentence_does_not_split(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title opens the next sentence after "U.K."
        (
            "Mr. Smith flew in from the U.K. Mr. Jones met him at the airport.",
            ["Mr. Smith flew in from the U.K.", "Mr. Jones met him at the airport."],
        ),
        # "Sun." is a weekday only before a date: here it is the star
        (
            "The probe passed closer to the Sun. NASA engineers cheered.",
            ["The probe passed closer to the Sun.", "NASA engineers cheered."],
        ),
        # after a time no body's name goes on: "Police" opens a sentence
        (
            "The package arrived at 11 a.m. Police were called soon after.",
            ["The package arrived at 11 a.m.", "Police were called soon after."],
        ),
        (
            "The company is based in Washington, D.C. It employs 200 people.",
            ["The company is based in Washington, D.C.", "It employs 200 people."],
        ),
        (
            'The firm is based in the U.S. "We are ready," he said.',
            ["The firm is based in the U.S.", '"We are ready," he said.'],
        ),
    ],
)
def test_abbreviation_before_a_title_a_name_or_a_body(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The market opens Sun. Jan. 5 at noon.",
        "The event starts at 7 p.m. ET Friday in the main hall.",
        "Polls close at 8 p.m. Eastern time on Tuesday.",
        "The talks in Washington, D.C. ended with no deal.",
        "D.C. Police Chief Pamela Smith spoke.",
    ],
)
def test_a_date_or_zone_after_an_abbreviation_does_not_split(text: str) -> None:
    assert sentences(text) == [text]


# From bench/probes/segment_cases.py (common news shapes, not the gold set): each fix with
# the cases it must not change.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Bros." is a name's suffix: it goes on before a name, ends before a sentence.
        (
            "Warner Bros. Discovery cut 1,000 jobs. Unions protested.",
            ["Warner Bros. Discovery cut 1,000 jobs.", "Unions protested."],
        ),
        (
            "They joined Warner Bros. The deal closed.",
            ["They joined Warner Bros.", "The deal closed."],
        ),
        # "a.k.a." stands before a name, like a title.
        (
            "The rapper, a.k.a. Slim, was arrested. He was freed.",
            ["The rapper, a.k.a. Slim, was arrested.", "He was freed."],
        ),
        # A quotation closed after the period: the sentence ends, whatever the word was.
        ("He said 'no.' Then he walked out.", ["He said 'no.'", "Then he walked out."]),
        ('She called it "a no." Then she left.', ['She called it "a no."', "Then she left."]),
        ("The shirt was No. 23. Fans cheered.", ["The shirt was No. 23.", "Fans cheered."]),
        # Two initials no acronym list knows go on before a surname, as one initial does.
        (
            "J.K. Rowling's new book sold well. Critics were kinder.",
            ["J.K. Rowling's new book sold well.", "Critics were kinder."],
        ),
        ("He met H.G. Wells in 1934. They argued.", ["He met H.G. Wells in 1934.", "They argued."]),
        ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
        (
            "She grew up in N.Y. Neighbours said she left.",
            ["She grew up in N.Y.", "Neighbours said she left."],
        ),
        (
            "The case went to the F.B.I. It declined.",
            ["The case went to the F.B.I.", "It declined."],
        ),
        # A brand written with a lower-case first letter opens a sentence.
        (
            "iPhone sales rose 5%. eBay's shares fell.",
            ["iPhone sales rose 5%.", "eBay's shares fell."],
        ),
        ("They use e.g. iOS devices. Sales rose.", ["They use e.g. iOS devices.", "Sales rose."]),
        ("It rose 5%. and then fell.", ["It rose 5%. and then fell."]),
        (
            "Temperatures hit 40 deg. C in Madrid. Hospitals filled.",
            ["Temperatures hit 40 deg. C in Madrid.", "Hospitals filled."],
        ),
    ],
)
def test_probe_shapes_of_sentence_ends(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wire dateline with a state as AP abbreviates it is one sentence with its lead.
        (
            "ROCKFORD, Ill. (AP) — A treasurer was sentenced. He apologised.",
            ["ROCKFORD, Ill. (AP) — A treasurer was sentenced.", "He apologised."],
        ),
        # The abbreviation still ends a sentence before one.
        (
            "He moved to Springfield, Ill. Officials said so.",
            ["He moved to Springfield, Ill.", "Officials said so."],
        ),
        (
            "He left Salem, Ore., in 2001. He never returned.",
            ["He left Salem, Ore., in 2001.", "He never returned."],
        ),
    ],
)
def test_a_state_abbreviated_in_a_dateline(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_sentence_text_is_its_span_whether_sliced_or_held() -> None:
    """Short sentences slice the document's text when read (none held: issue 12), a long
    one holds its own (read once per quote or claim in it, a slice each time would be
    quadratic); either way ``text`` is ``doc.text[start:end]``, and a prompt's cut
    sentence (``Shown``) reads as cut."""
    from summarizer._text.segment import SLICED, Shown

    long = "Officials said " + "the plan was good and " * (SLICED // 10) + "so."
    doc = segment(f"He came. {long} Then he left.\n\nAnother one.")
    assert [s.text for s in doc.sentences] == [doc.text[s.start : s.end] for s in doc.sentences]
    held = [s for s in doc.sentences if s.source is not doc.text]
    assert [s.text for s in held] == [long]
    s = doc.sentences[0]
    assert Shown(s.id, s.start, s.end, s.source, s.paragraph, "He [...]").text == "He [...]"
