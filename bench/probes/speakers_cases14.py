"""Fourteenth round, tuning (written after speakers_heldout14.py was scored: 6 of 16 wrong,
each a generic noun or a party's office given to the person named before): the same
shapes in other words."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        'Ryan Cole, 23, died at the scene.\n\n"The car came out of nowhere," the cyclist said.',
        "The car came out",
        "the cyclist",
    ),
    (
        'Firefighters pulled Gina Moore from the house.\n\n"The smoke was black and thick," the '
        "neighbour said.",
        "The smoke was black",
        "the neighbour",
    ),
    (
        'Sean Kerr admitted fraud at Bristol Crown Court.\n\n"This was a cynical scheme," the '
        "prosecutor said.",
        "This was a cynical",
        "the prosecutor",
    ),
    (
        'Midfielder Jack Ross was sent off in the first half.\n\n"We have to be smarter," the '
        "coach said.",
        "We have to be smarter",
        "the coach",
    ),
    (
        'Nurses cared for Eva Stone for a week.\n\n"She never complained once," the doctor said.',
        "She never complained",
        "the doctor",
    ),
    (
        'Rishi Sunak called the election on Wednesday.\n\n"Now is the moment," the prime minister '
        "said.",
        "Now is the moment",
        "Rishi Sunak",
    ),
    (
        'Sadiq Khan unveiled the plan at City Hall.\n\n"London deserves better," the mayor said.',
        "London deserves better",
        "Sadiq Khan",
    ),
    (
        'Kim Lowe founded the charity in 2015.\n\n"We started with nothing," the 38-year-old said.',
        "We started with nothing",
        "Kim Lowe",
    ),
    (
        'Prosecutor Dana Field told the jury about the night.\n\n"He planned every step," the '
        "prosecutor said.",
        "He planned every step",
        "Dana Field",
    ),
]
