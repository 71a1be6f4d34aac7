"""Fourth round of held-out cases (written with ``speakers_cases4``; only run for totals)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        '"This partnership is a milestone for us," said Helena Voss, chief operating officer '
        'of Norvik Energy. "It opens new markets."',
        "It opens new markets",
        "Helena Voss",
    ),
    (
        'Prosecuting, Sarah Dean said the attack was "brutal and sustained".',
        "brutal and sustained",
        "Sarah Dean",
    ),
    (
        'United manager Phil Knox says: "We need to be braver on the ball."',
        "We need to be braver",
        "Phil Knox",
    ),
    (
        'In a letter to parents, head teacher Omar Said wrote: "The safety of our pupils '
        'comes first."',
        "The safety of our pupils",
        "Omar Said",
    ),
    (
        'An aide, who spoke on condition of anonymity, said: "He is furious."',
        "He is furious",
        "aide",  # round 12: a speaker described is the description (was None)
    ),
    (
        "14:05\n\nForeign secretary Dana Holt is answering questions now.\n\n"
        '"Diplomacy is the only way out," she tells reporters.',
        "Diplomacy is the only way out",
        "Dana Holt",
    ),
    (
        "Cyclist Tom Varley won the stage in the rain.\n\n"
        '"I was on the limit," the Briton said. "But it was worth it."',
        "But it was worth it",
        "Tom Varley",
    ),
    (
        '"We have waited long enough" — those were the words of nurse Kate Olsen outside the '
        "hospital.",
        "We have waited long enough",
        "Kate Olsen",
    ),
    (
        'Asked about the rumours, Minister Ivan Petrov replied: "I do not comment on gossip."',
        "I do not comment",
        "Ivan Petrov",
    ),
    (
        '"I saw smoke and ran," the 12-year-old told officers.\n\nThe child cannot be named.',
        "I saw smoke and ran",
        None,
    ),
]
