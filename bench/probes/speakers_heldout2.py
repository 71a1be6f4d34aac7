"""Second round of held-out cases (written with ``speakers_cases2``; only run for totals)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Nurse practitioner Helen Gray has worked in the village for 20 years.\n\n"
        "The practice manager, Tony Briggs, says the surgery may close.\n\n"
        '"Where will my patients go?" she asked.',
        "Where will my patients go",
        "Helen Gray",
    ),
    (
        "Lifeboat coxswain Rhys Jones led the rescue.\n\n"
        "The crew pulled three people from the water.\n\n"
        '"Conditions were atrocious," he said.\n\n'
        '"Another ten minutes and we would have lost them."',
        "Another ten minutes",
        "Rhys Jones",
    ),
    (
        'The leader of the council, Mark Ogden, said:\n\n"Every penny will be spent on the roads."',
        "Every penny",
        "Mark Ogden",
    ),
    (
        '"We had no warning," said the owner of the cafe, Marie Dubois.',
        "We had no warning",
        "Marie Dubois",
    ),
    (
        "Councillor Jean Tate chairs the planning committee.\n\n"
        "The scheme was approved by six votes to three.\n\n"
        '"It was a difficult decision," the councillor said.',
        "It was a difficult decision",
        "Jean Tate",
    ),
    (
        'Vantage Bank said profits fell 12%.\n\n"Conditions remain challenging," the bank said.',
        "Conditions remain challenging",
        "Vantage Bank",
    ),
    (
        '"We are not going anywhere," according to a source close to the manager.',
        "We are not going anywhere",
        None,
    ),
    (
        'Senator Paul Reiner wrote on X: "This bill is dead on arrival."',
        "This bill is dead",
        "Paul Reiner",
    ),
    (
        'Economist Priya Nair said inflation was "sticky" and "stubborn".',
        "stubborn",
        "Priya Nair",
    ),
    (
        "Ministers Lucy Drake and Owen Pike argued for an hour.\n\n"
        '"We need more time," Drake said.\n\n'
        '"We have had enough time," Pike replied.',
        "We have had enough time",
        "Owen Pike",
    ),
    (
        'The nickname "the Beast from the East" stuck after the 2018 storm.',
        "the Beast from the East",
        None,
    ),
    (
        '"I will be back," said Tina Rossi, "stronger than before."',
        "stronger than before",
        "Tina Rossi",
    ),
    (
        "Presenter: How did you start?\n\nJames Kerr: I was a postman until I was 40.",
        "I was a postman",
        "James Kerr",
    ),
    (
        "The agency, Frontex, said it had recorded 5,000 crossings.\n\n"
        '"Numbers are rising again," it said.',
        "Numbers are rising again",
        "Frontex",
    ),
    (
        '"We are thrilled," said the museum\'s director, Clara Holt.',
        "We are thrilled",
        "Clara Holt",
    ),
]
