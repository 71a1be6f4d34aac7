"""Fifth round of held-out cases (written with ``speakers_cases5``; only run for totals)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Teacher Amy Cole said the strike was a last resort.\n\n"
        '"Nobody wants to lose a day\'s pay," she said.\n\n'
        "Education minister Peter Ward said the pay offer was generous.\n\n"
        '"It is the best offer in a decade," he said.\n\n'
        '"Generous would be matching inflation," Cole said.',
        "Generous would be matching",
        "Amy Cole",
    ),
    (
        "Chef Marco Ruiz opened the restaurant in 2019. He closed it last week.\n\n"
        "His landlord, Peter Grey, raised the rent by 60%.\n\n"
        '"I could not make it work," Ruiz said.',
        "I could not make it work",
        "Marco Ruiz",
    ),
    (
        "Climber Nima Sherpa reached the summit on Tuesday.\n\n"
        '"The wind was unbelievable," he said.\n\n'
        "Expedition leader Clara Jung said the team would descend on Wednesday.\n\n"
        '"Everyone is safe," she said.\n\n'
        '"I want to go back next year," Sherpa added.',
        "I want to go back next year",
        "Nima Sherpa",
    ),
    (
        "Sue Barton's cat went missing in May.\n\n"
        '"I had given up hope," she said.\n\n'
        "The cat was found 200 miles away.\n\n"
        '"It is a miracle."',
        "It is a miracle",
        "Sue Barton",
    ),
    (
        "Councillor Ian Frost chairs the committee.\n\n"
        "Councillor Jane Moss proposed the motion.\n\n"
        '"It is time to act," Moss said.\n\n'
        '"I agree," Frost said.',
        "I agree",
        "Ian Frost",
    ),
]
