"""Tenth round of tuning cases (written after ``speakers_heldout10`` was scored, from the dev
articles of gold batch 17 and the held-out round's misses): a surname that is a month
beside a speech verb, a role a body's possessive qualifies, a plural opening a sentence
before a speech verb, and guards."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    ('Republican floor leader Brian May disagreed.\n\n"There is a lot of merit in the idea,"'
     ' May said. "The problem is the timing."', "The problem is the timing", "Brian May"),
    ('Prime Minister Theresa May arrived in Brussels.\n\n"We will leave on time," said May.',
     "We will leave on time", "Theresa May"),
    ('Theresa May and Brian May met. "It went well," May said.', "It went well", None),
    ('Annalena Baerbock arrived in Kyiv. "We stand with you," Germany\'s foreign minister '
     'said.', "We stand with you", "Annalena Baerbock"),
    ('Lord David Frost met EU officials in Brussels. "We are close," the UK\'s chief '
     'negotiator said.', "We are close", "David Frost"),
    ('Tim Cook spoke at the launch. "We are proud," Apple\'s spokesman said.',
     "We are proud", "Apple"),
    ('Reporters asked Mayor Joan Hart about the fire. "We are doing everything we can," she '
     'said.', "We are doing everything", "Joan Hart"),
    ('Parents said the school had ignored them. "Nobody listened," said Tom Reid, a father of'
     ' two.', "Nobody listened", "Tom Reid"),
]  # fmt: skip
