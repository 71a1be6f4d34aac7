"""Twelfth round of tuning cases (written right after ``speakers_heldout12``, before any rule
of the round; read while writing rules): speakers described, not named."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    ('"We could see the smoke from the motorway," a witness said.', "We could see the smoke",
     "witness"),
    ('"He was a gentle giant," his father said.', "He was a gentle giant", "father"),
    ('The bus crashed into a wall on Monday.\n\n"I was thrown out of my seat," one '
     'passenger said.', "I was thrown out", "passenger"),
    ('"The plan is dead in the water," said a senior government source.',
     "The plan is dead", "source"),
    ('"We are cooperating fully with the investigation," a company spokeswoman said.',
     "We are cooperating fully", "spokeswoman"),
    ('An 82-year-old woman was taken to hospital.\n\n"It happened so fast," the woman told '
     'the BBC from her bed.', "It happened so fast", "woman"),
    ('"There was glass everywhere," said one shop owner on the high street.',
     "There was glass everywhere", "owner"),
    ('Students staged a sit-in. "We just want to be heard," a 20-year-old student said.',
     "We just want to be heard", "student"),
    ('A nurse who treated the victims, who asked not to be named, said: "I have never seen '
     'anything like it."', "I have never seen", "nurse"),
    ('"It is a sad day for the town," said a local councillor.', "It is a sad day",
     "councillor"),
    ('"My son was terrified," his mother told the court.', "My son was terrified", "mother"),
    ('"The prices are out of control," said one shopper outside the supermarket.',
     "The prices are out of", "shopper"),
    # guards
    ('"We are looking into it," said Lisa Grant, a spokeswoman for the airline.',
     "We are looking into it", "Lisa Grant"),
    ('The council has faced criticism.\n\n"We will respond in due course," a spokesperson '
     'for Leeds City Council said.', "We will respond in due", "Leeds City Council"),
    ('The sign said "Closed until further notice".', "Closed until further", None),
    ('Critics called the scheme "a waste of money".', "a waste of money", None),
]  # fmt: skip
